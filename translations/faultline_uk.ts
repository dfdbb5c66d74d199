<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Faultline::AboutDialog</name>
    <message>
        <source>About Faultline</source>
        <translation>Про Faultline</translation>
    </message>
    <message>
        <source>Faultline %1</source>
        <translation>Faultline %1</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting, as a timeline and an actor graph. Every event leads back to the sentence it was read in.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.

Built with Qt %1.</source>
        <translation>Датовані події та актори з висвітлення конфліктів у вигляді хронології та графа акторів. Кожна подія веде назад до речення, у якому її прочитано.

Ліцензія: GNU General Public License, версія 3 або пізніша (GPL-3.0-or-later). Ця програма постачається БЕЗ БУДЬ-ЯКИХ ГАРАНТІЙ.

Зібрано з Qt %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::AcceptImportCommand</name>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>Імпортувати %n статтю</numerusform>
            <numerusform>Імпортувати %n статті</numerusform>
            <numerusform>Імпортувати %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::AcledCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::Actor</name>
    <message>
        <source>State</source>
        <translation>Держава</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Уряд</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Збройні сили</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>Збройне угруповання</translation>
    </message>
    <message>
        <source>Political party</source>
        <translation>Політична партія</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародна організація</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>Перей&amp;менувати…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Об’єднати з…</translation>
    </message>
    <message>
        <source>Set &amp;Affiliation…</source>
        <translation>Встановити &amp;належність…</translation>
    </message>
    <message>
        <source>&amp;Clear Affiliation</source>
        <translation>&amp;Скасувати належність</translation>
    </message>
    <message>
        <source>Rename Actor</source>
        <translation>Перейменувати актора</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Нова назва для «%1»:</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>Об’єднати актора</translation>
    </message>
    <message>
        <source>Merge “%1” into (its name and aliases become aliases there):</source>
        <translation>Об’єднати «%1» з (його назва та псевдоніми стануть там псевдонімами):</translation>
    </message>
    <message>
        <source>Set Affiliation</source>
        <translation>Встановити належність</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>«%1» належить до:</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphBuilder</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Робочий простір не відкрито.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPainter</name>
    <message>
        <source>Cooperation</source>
        <translation>Співпраця</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфлікт</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Не класифіковано</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Належність</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPanel</name>
    <message numerus="yes">
        <source> step(s)</source>
        <comment>suffix of the neighbourhood depth</comment>
        <translation>
            <numerusform> крок</numerusform>
            <numerusform> кроки</numerusform>
            <numerusform> кроків</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Оточення</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors within the chosen number of steps</source>
        <translation>Показати лише вибраного актора та акторів у межах вибраної кількості кроків</translation>
    </message>
    <message>
        <source>How many steps from the actor the neighbourhood reaches</source>
        <translation>На скільки кроків від актора сягає оточення</translation>
    </message>
    <message>
        <source>All Actors</source>
        <translation>Усі актори</translation>
    </message>
    <message>
        <source>Leave the neighbourhood and show the whole graph again</source>
        <translation>Вийти з оточення й знову показати весь граф</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Перші:</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>усі актори</translation>
    </message>
    <message>
        <source> actors</source>
        <translation> акторів</translation>
    </message>
    <message>
        <source>Show at most this many actors, those with most events</source>
        <translation>Показати щонайбільше стільки акторів — тих, що мають найбільше подій</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation>Показати весь граф (Home)</translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation>Експортувати &amp;граф…</translation>
    </message>
    <message>
        <source>Save the actor graph as a PNG, PDF or SVG file</source>
        <translation>Зберегти граф акторів у файл PNG, PDF або SVG</translation>
    </message>
    <message>
        <source>Show &amp;Neighbourhood</source>
        <translation>Показати &amp;оточення</translation>
    </message>
    <message numerus="yes">
        <source>Show only this actor and the actors within %n step(s) of it</source>
        <translation>
            <numerusform>Показати лише цього актора та акторів на відстані до %n кроку від нього</numerusform>
            <numerusform>Показати лише цього актора та акторів на відстані до %n кроків від нього</numerusform>
            <numerusform>Показати лише цього актора та акторів на відстані до %n кроків від нього</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;All Actors</source>
        <translation>Показати &amp;всіх акторів</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphView</name>
    <message>
        <source>Actor graph</source>
        <translation>Граф акторів</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s); %2 actors hidden</source>
        <translation>
            <numerusform>Оточення %1, %Ln крок; приховано акторів: %2</numerusform>
            <numerusform>Оточення %1, %Ln кроки; приховано акторів: %2</numerusform>
            <numerusform>Оточення %1, %Ln кроків; приховано акторів: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s)</source>
        <translation>
            <numerusform>Оточення %1, %Ln крок</numerusform>
            <numerusform>Оточення %1, %Ln кроки</numerusform>
            <numerusform>Оточення %1, %Ln кроків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) hidden: only the top %1 are shown</source>
        <translation>
            <numerusform>Приховано %Ln актора: показано лише перших %1</numerusform>
            <numerusform>Приховано %Ln акторів: показано лише перших %1</numerusform>
            <numerusform>Приховано %Ln акторів: показано лише перших %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Жодного робочого простору не відкрито</translation>
    </message>
    <message>
        <source>Open or create a workspace to see who deals with whom.</source>
        <translation>Відкрийте або створіть робочий простір, щоб побачити, хто з ким має справу.</translation>
    </message>
    <message>
        <source>The actor graph could not be built</source>
        <translation>Не вдалося побудувати граф акторів</translation>
    </message>
    <message>
        <source>The workspace is empty</source>
        <translation>Робочий простір порожній</translation>
    </message>
    <message>
        <source>Import articles (File &gt; Import, or drop files here) and the actors of their events appear here.</source>
        <translation>Імпортуйте статті (Файл &gt; Імпорт або перетягніть файли сюди), і тут з’являться актори їхніх подій.</translation>
    </message>
    <message>
        <source>%1 is not in the current filter</source>
        <translation>%1 не входить до поточного фільтра</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names this actor. Widen the filters or go back to all actors.</source>
        <translation>Жодна подія в поточних фільтрах і часовому діапазоні не називає цього актора. Розширте фільтри або поверніться до всіх акторів.</translation>
    </message>
    <message>
        <source>No actors in the current filter</source>
        <translation>У поточному фільтрі немає акторів</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names an actor. Widen the time range or clear the filters.</source>
        <translation>Жодна подія в поточних фільтрах і часовому діапазоні не називає актора. Розширте часовий діапазон або очистьте фільтри.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln подія</numerusform>
            <numerusform>%Ln події</numerusform>
            <numerusform>%Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закріплено</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>належить до</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared event(s)</source>
        <translation>
            <numerusform>%Ln спільна подія</numerusform>
            <numerusform>%Ln спільні події</numerusform>
            <numerusform>%Ln спільних подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the actor graph…</source>
        <translation>Будується граф акторів…</translation>
    </message>
    <message>
        <source>In a large workspace this takes a few seconds; the timeline and the table can be used meanwhile.</source>
        <translation>У великому робочому просторі це триває кілька секунд; тим часом можна користуватися хронологією й таблицею.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorListPanel</name>
    <message>
        <source>Filter actors</source>
        <translation>Фільтрувати акторів</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Також відомий як: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>Актор повинен мати назву.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>Актор із назвою %1 уже існує.</translation>
    </message>
    <message>
        <source>An actor cannot be affiliated with itself.</source>
        <translation>Актор не може бути пов’язаний сам із собою.</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Немає актора з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Актора не можна об’єднати з самим собою.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorsCommand</name>
    <message>
        <source>Print the actors of a workspace as JSON or CSV.</source>
        <translation>Виводить акторів робочого простору у форматі JSON або CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>Файл робочого простору; якщо його немає, буде створено новий.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ПРОСТІР</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Формат виведення: json (типово) або csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>Потрібен параметр --db ПРОСТІР.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>Невідомий формат «%1»; використовуйте json або csv.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The actors cannot be written: %1</source>
        <translation>Не вдалося записати акторів: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleAssembler</name>
    <message>
        <source>Only the date of the last update is known; it is used as the publication date.</source>
        <translation>Відома лише дата останнього оновлення; її використано як дату публікації.</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleRepository</name>
    <message>
        <source>The workspace already holds an article with the same text.</source>
        <translation>У робочому просторі вже є стаття з таким самим текстом.</translation>
    </message>
    <message>
        <source>There is no article with the id %1.</source>
        <translation>Немає статті з ідентифікатором %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::BulkWriter</name>
    <message>
        <source>Writing to the workspace failed (%1): %2</source>
        <translation>Не вдалося записати до робочого простору (%1): %2</translation>
    </message>
    <message>
        <source>Writing to the workspace failed: %1</source>
        <translation>Не вдалося записати до робочого простору: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Жодного робочого простору не відкрито.</translation>
    </message>
    <message>
        <source>An actor has no name.</source>
        <translation>Актор не має назви.</translation>
    </message>
    <message>
        <source>The bulk write has not begun.</source>
        <translation>Пакетний запис не розпочато.</translation>
    </message>
</context>
<context>
    <name>Faultline::CalendarFormatter</name>
    <message>
        <source>Gregorian</source>
        <translation>Григоріанський</translation>
    </message>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>Сонячна хіджра (перський)</translation>
    </message>
    <message>
        <source>Islamic (civil)</source>
        <translation>Ісламський (цивільний)</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>%1 до н. е.</translation>
    </message>
    <message>
        <source>%1 BH</source>
        <comment>a year before the Hijra</comment>
        <translation>%1 до Хіджри</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>не визначено</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>близько %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>після %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>month range</comment>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>%1-ті роки</translation>
    </message>
    <message>
        <source>the decade from %1</source>
        <translation>десятиліття від %1</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>century</comment>
        <translation>століття від %1</translation>
    </message>
    <message>
        <source>the century from %1</source>
        <translation>століття від %1</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <comment>two months of one year</comment>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>year range</comment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>Faultline::ChangeActorKindCommand</name>
    <message>
        <source>Make “%1” %2</source>
        <translation>Тип «%1»: %2</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Немає актора з ідентифікатором %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата кінця</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Type (CAMEO code)</source>
        <translation>Тип (код CAMEO)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ініціатор</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Стовпці %1</translation>
    </message>
    <message>
        <source>Choose the columns that hold each part of an event. A date and a title are needed; the whole row is kept as evidence.</source>
        <translation>Виберіть стовпці, що містять кожну частину події. Потрібні дата й назва; увесь рядок зберігається як доказ.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(виберіть стовпець)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Choose a column for the date and the title.</source>
        <translation>Виберіть стовпець для дати й для назви.</translation>
    </message>
</context>
<context>
    <name>Faultline::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Неочікуваний аргумент «%1».</translation>
    </message>
</context>
<context>
    <name>Faultline::CommandLine</name>
    <message>
        <source>Usage: faultline [WORKSPACE]
       faultline COMMAND --db WORKSPACE [options]

</source>
        <translation>Використання: faultline [ПРОСТІР]
               faultline КОМАНДА --db ПРОСТІР [параметри]

</translation>
    </message>
    <message>
        <source>Faultline turns news articles about armed conflicts into dated events and actors, shown as a timeline and an actor graph.
Without a command it opens WORKSPACE (or the last one) in the main window.

</source>
        <translation>Faultline перетворює новинні статті про збройні конфлікти на датовані події та акторів, показані як хронологія та граф акторів.
Без команди програма відкриває ПРОСТІР (або останній використаний) у головному вікні.

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Команди:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
  --lang CODE    Use this language (such as fr or ar) instead of the system&apos;s.

Run &apos;faultline COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Параметри:
  -h, --help     Показати цю довідку.
  -v, --version  Показати версію.
  --lang КОД     Використовувати цю мову (наприклад, fr або ar) замість системної.

Запустіть «faultline КОМАНДА --help», щоб побачити параметри команди.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показати версію.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Команда, яку слід виконати.</translation>
    </message>
    <message>
        <source>faultline: No command given; see &apos;faultline --help&apos;.
</source>
        <translation>faultline: команду не вказано; див. «faultline --help».
</translation>
    </message>
    <message>
        <source>faultline: &apos;%1&apos; is not a command (see &apos;faultline --help&apos;); to create a workspace, name it like %1.faultline.
</source>
        <translation>faultline: «%1» не є командою (див. «faultline --help»); щоб створити робочий простір, назвіть його, наприклад, %1.faultline.
</translation>
    </message>
</context>
<context>
    <name>Faultline::CreateEventCommand</name>
    <message>
        <source>New Event “%1”</source>
        <translation>Нова подія «%1»</translation>
    </message>
</context>
<context>
    <name>Faultline::CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не вдається прочитати файл: %1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Рядок %1: поле в лапках не закрито до кінця файлу.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes; a quote may be missing.</source>
        <translation>Рядок %1: поле довше за %2 байтів; можливо, бракує лапки.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes.</source>
        <translation>Рядок %1: поле довше за %2 байтів.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>Рядок %1: понад %2 стовпців.</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFileWriter</name>
    <message>
        <source>TimelineJS (JSON)</source>
        <translation>TimelineJS (JSON)</translation>
    </message>
    <message>
        <source>Events as CSV</source>
        <translation>Події у форматі CSV</translation>
    </message>
    <message>
        <source>Events as JSON</source>
        <translation>Події у форматі JSON</translation>
    </message>
    <message>
        <source>ACLED-style CSV</source>
        <translation>CSV у стилі ACLED</translation>
    </message>
    <message>
        <source>Actor graph as GEXF (Gephi)</source>
        <translation>Граф акторів у форматі GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Actor graph as GraphML</source>
        <translation>Граф акторів у форматі GraphML</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>Events of the workspace %1, each with the sentences it was read in and their sources; made with Faultline.</source>
        <translation>Події робочого простору %1, кожна з реченнями, у яких її прочитано, та їхніми джерелами; створено за допомогою Faultline.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>Робочий простір не відкрито.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFormat</name>
    <message>
        <source>unknown format</source>
        <translation>невідомий формат</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <translation>Електронна таблиця TimelineJS</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV з відповідністю стовпців</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>Скасування імпорту %1…</translation>
    </message>
    <message>
        <source>Redoing the import of %1…</source>
        <translation>Повторення імпорту %1…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportDialog</name>
    <message>
        <source>Import Event Data</source>
        <translation>Імпорт даних про події</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Файли для імпорту:</translation>
    </message>
    <message>
        <source>When a row cannot be read</source>
        <translation>Коли рядок не вдається прочитати</translation>
    </message>
    <message>
        <source>Import nothing from that file</source>
        <translation>Нічого не імпортувати з цього файлу</translation>
    </message>
    <message>
        <source>Skip the row and import the others</source>
        <translation>Пропустити рядок та імпортувати інші</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>%1: not imported; no columns were chosen.</source>
        <translation>%1: не імпортовано; стовпці не вибрано.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Імпорт %1 (%2 з %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2, %n подія</numerusform>
            <numerusform>%1: %2, %n події</numerusform>
            <numerusform>%1: %2, %n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>, %n новий актор</numerusform>
            <numerusform>, %n нові актори</numerusform>
            <numerusform>, %n нових акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>, пропущено %n хибний рядок: </numerusform>
            <numerusform>, пропущено %n хибні рядки: </numerusform>
            <numerusform>, пропущено %n хибних рядків: </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the file being imported was not written.</source>
        <translation>Скасовано; файл, що імпортувався, не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n event(s) imported.</source>
        <translation>
            <numerusform>Готово: імпортовано %n подію.</numerusform>
            <numerusform>Готово: імпортовано %n події.</numerusform>
            <numerusform>Готово: імпортовано %n подій.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImporter</name>
    <message>
        <source>item %1: %2</source>
        <translation>елемент %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is in no format Faultline reads. Expected an ACLED or UCDP GED export, a GDELT event file (tab-separated, 57, 58 or 61 columns), a TimelineJS spreadsheet (Year, Month, Day, Headline, ...) or JSON, vis-timeline JSON, or a CSV with a date and a title column.</source>
        <translation>Файл не має жодного формату, який читає Faultline. Очікувано експорт ACLED або UCDP GED, файл подій GDELT (розділений табуляціями, 57, 58 або 61 стовпець), електронну таблицю TimelineJS (Year, Month, Day, Headline, ...) або JSON, JSON vis-timeline чи CSV зі стовпцями дати й назви.</translation>
    </message>
    <message>
        <source>Its columns: %1.</source>
        <translation>Його стовпці: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>The JSON file is too large to read.</source>
        <translation>Файл JSON завеликий для читання.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не вдається прочитати файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>The JSON file is larger than %n MB, the most Faultline reads.</source>
        <translation>
            <numerusform>Файл JSON більший за %n МБ — найбільший розмір, який читає Faultline.</numerusform>
            <numerusform>Файл JSON більший за %n МБ — найбільший розмір, який читає Faultline.</numerusform>
            <numerusform>Файл JSON більший за %n МБ — найбільший розмір, який читає Faultline.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), so nothing was imported: </source>
        <translation>
            <numerusform>%n хибний рядок, тому нічого не імпортовано: </numerusform>
            <numerusform>%n хибні рядки, тому нічого не імпортовано: </numerusform>
            <numerusform>%n хибних рядків, тому нічого не імпортовано: </numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before (article %1); nothing was imported again.</source>
        <translation>Цей файл уже імпортовано раніше (стаття %1); повторно нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>Faultline::DeleteEventsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Видалити «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>Видалити %n подію</numerusform>
            <numerusform>Видалити %n події</numerusform>
            <numerusform>Видалити %n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>Жодної події не вибрано.</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentImporter</name>
    <message>
        <source>holds no article text</source>
        <translation>не містить тексту статті</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentReader</name>
    <message>
        <source>is too large (%1 MB); Faultline imports articles up to %2 MB</source>
        <translation>завеликий (%1 МБ); Faultline імпортує статті розміром до %2 МБ</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не існує</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>є папкою, а не файлом</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>порожній</translation>
    </message>
    <message>
        <source>is not a text, HTML or PDF file</source>
        <translation>не є текстовим, HTML- чи PDF-файлом</translation>
    </message>
    <message>
        <source>contains no article text</source>
        <translation>не містить тексту статті</translation>
    </message>
</context>
<context>
    <name>Faultline::EditEventCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Змінити «%1»</translation>
    </message>
    <message>
        <source>The event is not stored yet.</source>
        <translation>Подію ще не збережено.</translation>
    </message>
</context>
<context>
    <name>Faultline::Event</name>
    <message>
        <source>Source</source>
        <translation>Ініціатор</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
</context>
<context>
    <name>Faultline::EventCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDetailsPanel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Season or quarter</source>
        <translation>Сезон або квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Десятиліття</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Століття</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Подробиці події</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table to see its date, actors and evidence.</source>
        <translation>Виберіть подію на хронології або в таблиці, щоб побачити її дату, акторів і докази.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Як написано:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Точність:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Актори:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Достовірність:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Перевірка:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Unresolved: no publication date to resolve it against</source>
        <translation>Не визначено: немає дати публікації, щоб її визначити</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 (належить до: %2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, inferred from a generic mention</source>
        <translation>%1, виведено із загальної згадки</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>Нічого не розпізнано</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Стаття без назви</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>дата публікації невідома</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Стаття %1</translation>
    </message>
    <message>
        <source>The article is no longer in the workspace</source>
        <translation>Статті більше немає в робочому просторі</translation>
    </message>
    <message>
        <source>Missing article</source>
        <translation>Стаття відсутня</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No evidence recorded for this event.</source>
        <translation>Для цієї події не записано доказів.</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Загиблі:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Координати:</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>Ідентифікатор у наборі даних:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude in degrees</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDraft</name>
    <message>
        <source>An event needs a title.</source>
        <translation>Подія повинна мати назву.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventEditDialog</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Quarter or season</source>
        <translation>Квартал або сезон</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Десятиліття</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Століття</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown</source>
        <translation>РРРР-ММ-ДД, РРРР-ММ або РРРР; порожньо, якщо невідомо</translation>
    </message>
    <message>
        <source>Same as the start</source>
        <translation>Як початок</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>Точно</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Приблизно</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add Actor</source>
        <translation>Додати актора</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Точність:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Актори:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Змінити подію</translation>
    </message>
    <message>
        <source>Give a start date, or leave both dates empty when the date is unknown.</source>
        <translation>Вкажіть дату початку або залиште обидві дати порожніми, якщо дата невідома.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«%1» не є датою; напишіть РРРР-ММ-ДД, РРРР-ММ або РРРР.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата кінця раніша за дату початку.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Дайте події назву.</translation>
    </message>
    <message>
        <source>Latitude, −90 to 90</source>
        <translation>Широта, від −90 до 90</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude, −180 to 180</source>
        <translation>Довгота, від −180 до 180</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>&amp;Загиблі:</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>Коо&amp;рдинати:</translation>
    </message>
    <message>
        <source>“%1” is not a number of fatalities; write a whole number, or leave it empty when it is unknown.</source>
        <translation>«%1» — не кількість загиблих; напишіть ціле число або залиште поле порожнім, якщо воно невідоме.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude; write degrees from −90 (south) to 90 (north).</source>
        <translation>«%1» — не широта; напишіть градуси від −90 (південь) до 90 (північ).</translation>
    </message>
    <message>
        <source>“%1” is not a longitude; write degrees from −180 (west) to 180 (east).</source>
        <translation>«%1» — не довгота; напишіть градуси від −180 (захід) до 180 (схід).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Укажіть і широту, і довготу, або жодної.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventRepository</name>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>Немає події з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>The actor %1 cannot take part in the event: %2</source>
        <translation>Актор %1 не може брати участь у події: %2</translation>
    </message>
    <message>
        <source>The evidence from article %1 cannot be stored: %2</source>
        <translation>Не вдалося зберегти докази зі статті %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableModel</name>
    <message>
        <source>Unreviewed</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>бл. %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>після %1</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Не визначено</translation>
    </message>
    <message>
        <source>%1
Written as: %2</source>
        <translation>%1
Написано: %2</translation>
    </message>
    <message>
        <source>Unresolved: %1</source>
        <translation>Не визначено: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
</context>
<context>
    <name>Faultline::EventType</name>
    <message>
        <source>Make public statement</source>
        <translation>Зробити публічну заяву</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Звернутися із закликом</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>Висловити намір співпрацювати</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Консультуватися</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>Дипломатична співпраця</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>Матеріальна співпраця</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>Надати допомогу</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Поступитися</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Розслідувати</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Вимагати</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>Висловити несхвалення</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>Погрожувати</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Протестувати</translation>
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation>Демонструвати силу</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>Скоротити відносини</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>Примушувати</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Напасти</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>Воювати</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>Застосувати нетрадиційне масове насильство</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Невідомий тип</translation>
    </message>
    <message>
        <source>Verbal cooperation</source>
        <translation>Словесна співпраця</translation>
    </message>
    <message>
        <source>Material cooperation</source>
        <translation>Матеріальна співпраця</translation>
    </message>
    <message>
        <source>Verbal conflict</source>
        <translation>Словесний конфлікт</translation>
    </message>
    <message>
        <source>Material conflict</source>
        <translation>Матеріальний конфлікт</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
</context>
<context>
    <name>Faultline::EventsCommand</name>
    <message>
        <source>Print the events of a workspace as JSON or CSV.</source>
        <translation>Виводить події робочого простору у форматі JSON або CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>Файл робочого простору; якщо його немає, буде створено новий.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ПРОСТІР</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Формат виведення: json (типово) або csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>Only events that reach this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Лише події, що сягають цієї дати (РРРР, РРРР-ММ або РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Only events that start by this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Лише події, що починаються не пізніше цієї дати (РРРР, РРРР-ММ або РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>Only events with this actor (name or alias).</source>
        <translation>Лише події з цим актором (назва або псевдонім).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>Only events of this CAMEO root category (01-20).</source>
        <translation>Лише події цієї кореневої категорії CAMEO (01-20).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>Потрібен параметр --db ПРОСТІР.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>Невідомий формат «%1»; використовуйте json або csv.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» не є датою для --from; використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» не є датою для --to; використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>Дата --from пізніша за дату --to.</translation>
    </message>
    <message>
        <source>The option --actor needs a name.</source>
        <translation>Параметру --actor потрібна назва.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CAMEO root category; use 01 to 20.</source>
        <translation>«%1» не є кореневою категорією CAMEO; використовуйте від 01 до 20.</translation>
    </message>
    <message>
        <source>The events cannot be written: %1</source>
        <translation>Не вдалося записати події: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportCommand</name>
    <message>
        <source>Export the timeline or graph as PNG, PDF or SVG, or the data as TimelineJS, CSV, JSON, ACLED CSV, GEXF or GraphML.</source>
        <translation>Експортує хронологію або граф у PNG, PDF чи SVG або дані у TimelineJS, CSV, JSON, ACLED CSV, GEXF чи GraphML.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Файл робочого простору.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ПРОСТІР</translation>
    </message>
    <message>
        <source>What to export: timeline (the default), graph (the actor graph) or report (a PDF briefing).</source>
        <translation>Що експортувати: timeline (хронологію, типово), graph (граф акторів) або report (довідку у PDF).</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ВИГЛЯД</translation>
    </message>
    <message>
        <source>Export data instead of a picture: timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>Експортувати дані замість зображення: timelinejs, csv, json, acled, gexf або graphml.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>The file to write; for a picture its suffix (.png, .pdf or .svg) chooses the format.</source>
        <translation>Файл для запису; для зображення його суфікс (.png, .pdf або .svg) визначає формат.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Start of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the first event.</source>
        <translation>Початок часового діапазону (РРРР, РРРР-ММ або РРРР-ММ-ДД); типово: перша подія.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>End of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the last event.</source>
        <translation>Кінець часового діапазону (РРРР, РРРР-ММ або РРРР-ММ-ДД); типово: остання подія.</translation>
    </message>
    <message>
        <source>Width of a PNG or SVG in pixels (default 1600).</source>
        <translation>Ширина PNG або SVG у пікселях (типово 1600).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>ПКС</translation>
    </message>
    <message>
        <source>Height of a PNG or SVG in pixels (default: as tall as the lanes need).</source>
        <translation>Висота PNG або SVG у пікселях (типово: скільки потрібно доріжкам).</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 96): text and marks grow with it, so the image prints at its width divided by N inches.</source>
        <translation>Роздільність PNG (типово 96): текст і позначки збільшуються разом із нею, тож зображення друкується шириною, що дорівнює його ширині, поділеній на N, у дюймах.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A title above the timeline.</source>
        <translation>Заголовок над хронологією.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>A subtitle under the title.</source>
        <translation>Підзаголовок під заголовком.</translation>
    </message>
    <message>
        <source>Lanes: none (default), actor, type or article.</source>
        <translation>Доріжки: none (немає, типово), actor (за актором), type (за типом) або article (за статтею).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>РЕЖИМ</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 (default), letter or a3.</source>
        <translation>Розмір сторінки PDF: a4 (типово), letter або a3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РОЗМІР</translation>
    </message>
    <message>
        <source>Landscape PDF pages (the default).</source>
        <translation>Альбомні сторінки PDF (типово).</translation>
    </message>
    <message>
        <source>Portrait PDF pages.</source>
        <translation>Книжкові сторінки PDF.</translation>
    </message>
    <message>
        <source>Split the time range of a timeline PDF across N pages, each with its axis and lanes (default 1).</source>
        <translation>Розділити часовий діапазон PDF-хронології на N сторінок, кожна зі своєю віссю та доріжками (типово 1).</translation>
    </message>
    <message>
        <source>A transparent background instead of white (PNG, SVG).</source>
        <translation>Прозоре тло замість білого (PNG, SVG).</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Не показувати легенду.</translation>
    </message>
    <message>
        <source>Leave out the line naming the source articles.</source>
        <translation>Не показувати рядок із назвами статей-джерел.</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>Потрібен параметр --db ПРОСТІР.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>Невідомий формат «%1»; використовуйте timelinejs, csv, json, acled, gexf або graphml.</translation>
    </message>
    <message>
        <source>--%1 applies to pictures, not to --format.</source>
        <translation>--%1 стосується зображень, а не --format.</translation>
    </message>
    <message>
        <source>The option --out FILE is required.</source>
        <translation>Потрібен параметр --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» не є датою для --from; використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» не є датою для --to; використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>Дата --from пізніша за дату --to.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use timeline, graph or report.</source>
        <translation>Невідомий вигляд «%1»; використовуйте timeline, graph або report.</translation>
    </message>
    <message>
        <source>The report is a PDF; name the file .pdf.</source>
        <translation>Довідка — це PDF; назвіть файл із суфіксом .pdf.</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;; name the file .png, .pdf or .svg.</source>
        <translation>Не вдається визначити формат «%1»; назвіть файл із суфіксом .png, .pdf або .svg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width in pixels.</source>
        <translation>«%1» не є шириною в пікселях.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a height in pixels.</source>
        <translation>«%1» не є висотою в пікселях.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resolution; use %2 to %3 dpi.</source>
        <translation>«%1» не є роздільністю; використовуйте від %2 до %3 dpi.</translation>
    </message>
    <message>
        <source>Unknown lane mode &apos;%1&apos;; use none, actor, type or article.</source>
        <translation>Невідомий режим доріжок «%1»; використовуйте none, actor, type або article.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use a4, letter or a3.</source>
        <translation>Невідомий розмір сторінки «%1»; використовуйте a4, letter або a3.</translation>
    </message>
    <message>
        <source>Choose either --landscape or --portrait.</source>
        <translation>Виберіть або --landscape, або --portrait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of pages; use 1 to %2.</source>
        <translation>«%1» не є кількістю сторінок; використовуйте від 1 до %2.</translation>
    </message>
    <message>
        <source>--pages applies to timeline PDF files only.</source>
        <translation>--pages стосується лише PDF-файлів хронології.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Експорт даних</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Усе</translation>
    </message>
    <message>
        <source>The current &amp;filter</source>
        <translation>Поточний ф&amp;ільтр</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Обсяг:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Виберіть файл для експорту.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Експортовано до %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Експорт графа</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Експорт хронології</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>&amp;Видимий діапазон</translation>
    </message>
    <message>
        <source>&amp;Visible range (%1)</source>
        <translation>&amp;Видимий діапазон (%1)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Зображення PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Малюнок SVG</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Усе</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Text and marks grow with the resolution: at 300 dpi, 9 point text is 37 pixels tall.</source>
        <translation>Текст і позначки збільшуються з роздільністю: при 300 dpi текст розміром 9 пунктів має висоту 37 пікселів.</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Прозоре тло</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Роздільність:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжкова</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Роз&amp;мір сторінки:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Орієнтація:</translation>
    </message>
    <message>
        <source>Split the range across</source>
        <translation>Розділити діапазон на</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> сторінок</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>&amp;Діапазон дат</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>Джерел&amp;а</translation>
    </message>
    <message>
        <source>Time of e&amp;xport</source>
        <translation>&amp;Час експорту</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Обсяг:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Підза&amp;головок:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
        <translation>%1 × %2 пікселів, %3 × %4 см при %5 dpi</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пікселів</translation>
    </message>
    <message>
        <source>actor-graph</source>
        <translation>граф-акторів</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>хронологія</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Малюнок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Помилка експорту</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionJob</name>
    <message>
        <source>holds no article text</source>
        <translation>не містить тексту статті</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionPipeline</name>
    <message>
        <source>No publication date is known, so relative dates such as &quot;last month&quot; stay unresolved; give one with --published or in the review.</source>
        <translation>Дата публікації невідома, тому відносні дати на кшталт «минулого місяця» лишаються невизначеними; вкажіть її параметром --published або під час перевірки.</translation>
    </message>
</context>
<context>
    <name>Faultline::FilterBar</name>
    <message>
        <source>Article %1</source>
        <translation>Стаття %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>Search titles and evidence</source>
        <translation>Шукати в назвах і доказах</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип події</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата кінця</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Очистити всі фільтри</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>No actor of that name or alias in this workspace</source>
        <translation>У цьому робочому просторі немає актора з такою назвою чи псевдонімом</translation>
    </message>
    <message>
        <source>Events involving this actor (name or alias)</source>
        <translation>Події за участі цього актора (назва або псевдонім)</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Це не дата: використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>The start is after the end</source>
        <translation>Початок пізніший за кінець</translation>
    </message>
</context>
<context>
    <name>Faultline::GdeltRowMapper</name>
    <message>
        <source>The file is not a GDELT event file: it has %1 columns, GDELT has 57, 58 or 61.</source>
        <translation>Файл не є файлом подій GDELT: він має %1 стовпців, а GDELT має 57, 58 або 61.</translation>
    </message>
    <message>
        <source>“%1” is not a CAMEO root code (EventRootCode).</source>
        <translation>«%1» не є кореневим кодом CAMEO (EventRootCode).</translation>
    </message>
</context>
<context>
    <name>Faultline::GenericRowMapper</name>
    <message>
        <source>No column is chosen for the %1.</source>
        <translation>Не вибрано стовпця для поля «%1».</translation>
    </message>
    <message>
        <source>The file has no column “%1” for the %2.</source>
        <translation>У файлі немає стовпця «%1» для поля «%2».</translation>
    </message>
    <message>
        <source>The date (%1) is empty.</source>
        <translation>Дата (%1) порожня.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» не є датою (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an end date on or after the start (%2).</source>
        <translation>«%1» не є датою кінця, що збігається з початком або пізніша за нього (%2).</translation>
    </message>
    <message>
        <source>The title (%1) is empty.</source>
        <translation>Назва (%1) порожня.</translation>
    </message>
</context>
<context>
    <name>Faultline::GexfWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY, YYYY-MM or YYYY-MM-DD; -0500 for 501 BCE):</source>
        <translation>&amp;Дата (РРРР, РРРР-ММ або РРРР-ММ-ДД; -0500 означає 501 р. до н. е.):</translation>
    </message>
    <message>
        <source>2020-09-14</source>
        <translation>2020-09-14</translation>
    </message>
    <message>
        <source>Not a date in ISO form</source>
        <translation>Це не дата у форматі ISO</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphExporter</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Жодного робочого простору не відкрито.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>Джерела: %1; і ще %n</numerusform>
            <numerusform>Джерела: %1; і ще %n</numerusform>
            <numerusform>Джерела: %1; і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors</source>
        <translation>Немає акторів</translation>
    </message>
    <message>
        <source>No actor of the workspace takes part in an event of this export.</source>
        <translation>Жоден актор робочого простору не бере участі в подіях цього експорту.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with fewer events not shown</source>
        <translation>
            <numerusform>%n актора з меншою кількістю подій не показано</numerusform>
            <numerusform>%n актори з меншою кількістю подій не показано</numerusform>
            <numerusform>%n акторів з меншою кількістю подій не показано</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Експортовано з Faultline %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Недостатньо пам’яті для зображення %1 × %2 пікселів.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>Не вдалося намалювати сторінку.</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Граф акторів</translation>
    </message>
    <message>
        <source>Actor graph exported from Faultline</source>
        <translation>Граф акторів, експортований з Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>Не вдалося намалювати SVG.</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphmlWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportCommand</name>
    <message>
        <source>Import articles (text, Markdown, HTML, PDF) and extract their events, or event data (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</source>
        <translation>Імпортує статті (текст, Markdown, HTML, PDF) і видобуває з них події, або дані про події (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>Файл робочого простору; якщо його немає, буде створено новий.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ПРОСТІР</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative dates such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>Дата публікації (РРРР-ММ-ДД), відносно якої визначаються відносні дати на кшталт «минулого місяця»; має перевагу над датою, вказаною у файлі.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Import the good rows of a data file and report the bad ones; without it a data file with a bad row is not imported at all.</source>
        <translation>Імпортувати правильні рядки файлу даних і повідомити про хибні; без цього параметра файл даних із хибним рядком не імпортується взагалі.</translation>
    </message>
    <message>
        <source>Article files or folders to import.</source>
        <translation>Файли або папки зі статтями для імпорту.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>ШЛЯХ...</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>Потрібен параметр --db ПРОСТІР.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» не є датою для --published; використовуйте РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>Name at least one article file or folder to import.</source>
        <translation>Вкажіть принаймні один файл або папку зі статтями для імпорту.</translation>
    </message>
    <message>
        <source>%1: No such file or folder.</source>
        <translation>%1: немає такого файлу чи папки.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already in the workspace as article %2; not imported again.</source>
        <translation>%1: уже є в робочому просторі як стаття %2; повторно не імпортовано.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n подія</numerusform>
            <numerusform>%1: %n події</numerusform>
            <numerusform>%1: %n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from other articles)</source>
        <translation>
            <numerusform> (%n уже відома з інших статей)</numerusform>
            <numerusform> (%n уже відомі з інших статей)</numerusform>
            <numerusform> (%n уже відомих з інших статей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n actor(s)</source>
        <translation>
            <numerusform>, %n актор</numerusform>
            <numerusform>, %n актори</numerusform>
            <numerusform>, %n акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n новий)</numerusform>
            <numerusform> (%n нові)</numerusform>
            <numerusform> (%n нових)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n попередження</numerusform>
            <numerusform>, %n попередження</numerusform>
            <numerusform>, %n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>попередження: %1</translation>
    </message>
    <message>
        <source>Use --skip-bad-rows to import the other rows.</source>
        <translation>Використайте --skip-bad-rows, щоб імпортувати інші рядки.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2, %n подія</numerusform>
            <numerusform>%1: %2, %n події</numerusform>
            <numerusform>%1: %2, %n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>, %n новий актор</numerusform>
            <numerusform>, %n нові актори</numerusform>
            <numerusform>, %n нових акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)</source>
        <translation>
            <numerusform>, %n джерело</numerusform>
            <numerusform>, %n джерела</numerusform>
            <numerusform>, %n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>, пропущено %n хибний рядок: </numerusform>
            <numerusform>, пропущено %n хибні рядки: </numerusform>
            <numerusform>, пропущено %n хибних рядків: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop reading articles; what was read stays for review</source>
        <translation>Припинити читання статей; прочитане залишиться для перевірки</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>Faultline imports .txt, .md, .html and .pdf articles and .csv, .tsv and .json event data; “%1” is none of these.</source>
        <translation>Faultline імпортує статті .txt, .md, .html і .pdf та дані про події .csv, .tsv і .json; «%1» не належить до жодного з них.</translation>
    </message>
    <message>
        <source>Open a workspace to import articles into it.</source>
        <translation>Відкрийте робочий простір, щоб імпортувати до нього статті.</translation>
    </message>
    <message>
        <source>This workspace is read-only; articles cannot be imported into it.</source>
        <translation>Цей робочий простір доступний лише для читання; імпортувати до нього статті не можна.</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>Триває імпорт; дочекайтеся його завершення або скасуйте його.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Немає чого імпортувати.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %n file(s) or folder(s) for review.</source>
        <translation>
            <numerusform>Відпустіть, щоб прочитати %n файл або папку для перевірки.</numerusform>
            <numerusform>Відпустіть, щоб прочитати %n файли або папки для перевірки.</numerusform>
            <numerusform>Відпустіть, щоб прочитати %n файлів або папок для перевірки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline imports files from this computer, not web addresses; save the page first.</source>
        <translation>Faultline імпортує файли з цього комп’ютера, а не веб-адреси; спершу збережіть сторінку.</translation>
    </message>
    <message>
        <source>The dropped text is empty.</source>
        <translation>Перетягнутий текст порожній.</translation>
    </message>
    <message>
        <source>Drop to read the text as an article for review.</source>
        <translation>Відпустіть, щоб прочитати текст як статтю для перевірки.</translation>
    </message>
    <message>
        <source>Faultline imports articles as files, text or HTML; this is none of these.</source>
        <translation>Faultline імпортує статті як файли, текст або HTML; це не є жодним із них.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» не існує.</translation>
    </message>
    <message>
        <source>Dropped HTML</source>
        <translation>Перетягнутий HTML</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Перетягнутий текст</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Пошук статей…</translation>
    </message>
    <message>
        <source>Import cancelled; no article was read.</source>
        <translation>Імпорт скасовано; жодної статті не прочитано.</translation>
    </message>
    <message>
        <source>There were no articles to import.</source>
        <translation>Не було статей для імпорту.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>Читання статей…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>Імпортовано %n статтю</numerusform>
            <numerusform>Імпортовано %n статті</numerusform>
            <numerusform>Імпортовано %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n event(s)</source>
        <translation>
            <numerusform> з %n подією</numerusform>
            <numerusform> з %n подіями</numerusform>
            <numerusform> з %n подіями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the workspace</source>
        <translation>
            <numerusform>, %n уже в робочому просторі</numerusform>
            <numerusform>, %n уже в робочому просторі</numerusform>
            <numerusform>, %n уже в робочому просторі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed: </source>
        <translation>
            <numerusform>, %n з помилкою: </numerusform>
            <numerusform>, %n з помилкою: </numerusform>
            <numerusform>, %n з помилкою: </numerusform>
        </translation>
    </message>
    <message>
        <source>Import discarded; nothing was written.</source>
        <translation>Імпорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>Читання %1 (%2 з %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>Прочитано %n статтю</numerusform>
            <numerusform>Прочитано %n статті</numerusform>
            <numerusform>Прочитано %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (скасовано)</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportReviewDialog</name>
    <message>
        <source>asserted</source>
        <translation>стверджено</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>заперечено</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>гіпотетично</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>Review Import</source>
        <translation>Перевірка імпорту</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Видання:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>As Written</source>
        <translation>Як написано</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Модальність</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>Прийняти &amp;усе</translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation>Прийняти ви&amp;бране</translation>
    </message>
    <message>
        <source>Import the checked articles with their checked events</source>
        <translation>Імпортувати позначені статті з їхніми позначеними подіями</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Відкинути</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
%n подія</numerusform>
            <numerusform>%1
%n події</numerusform>
            <numerusform>%1
%n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
already in the workspace</source>
        <translation>%1
уже в робочому просторі</translation>
    </message>
    <message>
        <source>%1
could not be read</source>
        <translation>%1
не вдалося прочитати</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>Ще нічого не прочитано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>“%1” %2; it is not imported.</source>
        <translation>«%1» %2; не імпортовано.</translation>
    </message>
    <message>
        <source>This article is already in the workspace (article %1); it is not imported again.</source>
        <translation>Ця стаття вже є в робочому просторі (стаття %1); повторно не імпортовано.</translation>
    </message>
    <message>
        <source>This article has the same text as another one of this import; it is not imported twice.</source>
        <translation>Ця стаття має той самий текст, що й інша стаття цього імпорту; двічі не імпортовано.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>не визначено</translation>
    </message>
    <message numerus="yes">
        <source>No publication date was found: relative dates stay unresolved until you give one (%n event(s) without a date).</source>
        <translation>
            <numerusform>Дату публікації не знайдено: відносні дати лишаються невизначеними, доки ви її не вкажете (%n подія без дати).</numerusform>
            <numerusform>Дату публікації не знайдено: відносні дати лишаються невизначеними, доки ви її не вкажете (%n події без дати).</numerusform>
            <numerusform>Дату публікації не знайдено: відносні дати лишаються невизначеними, доки ви її не вкажете (%n подій без дати).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed from %1 found in the article; relative dates follow it.</source>
        <translation>Змінено порівняно з %1, знайденою в статті; відносні дати слідують за нею.</translation>
    </message>
    <message>
        <source>Given by you; relative dates follow it.</source>
        <translation>Вказано вами; відносні дати слідують за нею.</translation>
    </message>
    <message>
        <source>Found in the article; relative dates such as “yesterday” are resolved against it.</source>
        <translation>Знайдено в статті; відносні дати на кшталт «учора» визначаються відносно неї.</translation>
    </message>
    <message>
        <source>Type the whole day: YYYY-MM-DD.</source>
        <translation>Введіть повну дату: РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as YYYY-MM-DD.</source>
        <translation>«%1» не є днем; запишіть його як РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportStash</name>
    <message>
        <source>Undoing or redoing the import failed: %1</source>
        <translation>Не вдалося скасувати чи повторити імпорт: %1</translation>
    </message>
    <message>
        <source>The workspace has changed since the import (its rows were edited elsewhere), so it cannot be undone. Nothing was changed.</source>
        <translation>Робочий простір змінився після імпорту (його рядки змінено деінде), тож його не можна скасувати. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The workspace has changed since the import was undone (new rows took its place), so it cannot be redone. Nothing was changed.</source>
        <translation>Робочий простір змінився після скасування імпорту (його місце зайняли нові рядки), тож його не можна повторити. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed: the table %1 is missing.</source>
        <translation>Не вдалося скасувати чи повторити імпорт: немає таблиці %1.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <source>Undoing the import failed: no room for a temporary file in %1 (%2).</source>
        <translation>Не вдалося скасувати імпорт: немає місця для тимчасового файлу в %1 (%2).</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Нічого повторювати.</translation>
    </message>
</context>
<context>
    <name>Faultline::MainWindow</name>
    <message>
        <source>Cannot Change the Workspace</source>
        <translation>Не вдається змінити робочий простір</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Нова подія…</translation>
    </message>
    <message>
        <source>Add an event by hand</source>
        <translation>Додати подію вручну</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>З&amp;мінити подію…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>В&amp;идалити подію</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and go on working in the copy</source>
        <translation>Скопіювати робочий простір у новий файл і продовжити роботу в копії</translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation>Не вдається зберегти робочий простір</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”; you are working in the copy now.</source>
        <translation>Копію збережено як «%1»; тепер ви працюєте в копії.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Зберегти робочий простір як</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline)</source>
        <translation>Робочі простори Faultline (*.faultline)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Подробиці події</translation>
    </message>
    <message>
        <source>Actor Graph</source>
        <translation>Граф акторів</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новий робочий простір…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Створити порожній файл робочого простору</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Відкрити робочий простір…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Відкрити файл робочого простору</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Закрити робочий простір</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистити меню</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Search event titles and evidence</source>
        <translation>Шукати в назвах подій і доказах</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Показати все</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Масштабувати до &amp;вибраного</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Перейти до &amp;дати…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Імпортувати статті…</translation>
    </message>
    <message>
        <source>Read articles (text, Markdown, HTML, PDF) and review their events before importing them</source>
        <translation>Прочитати статті (текст, Markdown, HTML, PDF) і перевірити їхні події перед імпортом</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>Import the article text or files on the clipboard</source>
        <translation>Імпортувати текст статті або файли з буфера обміну</translation>
    </message>
    <message>
        <source>&amp;No Lanes</source>
        <translation>&amp;Без доріжок</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>За &amp;актором</translation>
    </message>
    <message>
        <source>By Event &amp;Type</source>
        <translation>За &amp;типом події</translation>
    </message>
    <message>
        <source>By A&amp;rticle</source>
        <translation>За &amp;статтею</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;Експортувати хронологію…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, PDF or SVG file</source>
        <translation>Зберегти хронологію у файл PNG, PDF або SVG</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Експортувати довід&amp;ку…</translation>
    </message>
    <message>
        <source>Save a PDF briefing: the timeline, the events with their evidence and the articles</source>
        <translation>Зберегти довідку у PDF: хронологію, події з їхніми доказами та статті</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Експортувати &amp;дані…</translation>
    </message>
    <message>
        <source>Save the events or the actor graph as TimelineJS, CSV, JSON, ACLED, GEXF or GraphML</source>
        <translation>Зберегти події або граф акторів у форматі TimelineJS, CSV, JSON, ACLED, GEXF або GraphML</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>&amp;About Faultline</source>
        <translation>&amp;Про Faultline</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>Language, calendar, default lanes and theme</source>
        <translation>Мова, календар, типові доріжки та тема</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Нед&amp;авні</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>До&amp;ріжки</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Не вдається відкрити робочий простір</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2</source>
        <translation>Не вдалося відкрити робочий простір «%1».

%2</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Не вдається створити робочий простір</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>Не вдалося замінити «%1»: %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Жодного робочого простору не відкрито</translation>
    </message>
    <message numerus="yes">
        <source>%1 events shown of %2</source>
        <translation>
            <numerusform>Показано %1 подію з %2</numerusform>
            <numerusform>Показано %1 події з %2</numerusform>
            <numerusform>Показано %1 подій з %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 without a resolved date</source>
        <translation>
            <numerusform>%1 · %2 без визначеної дати</numerusform>
            <numerusform>%1 · %2 без визначеної дати</numerusform>
            <numerusform>%1 · %2 без визначеної дати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in view</source>
        <translation>
            <numerusform>%1 у полі зору</numerusform>
            <numerusform>%1 у полі зору</numerusform>
            <numerusform>%1 у полі зору</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [лише читання]</translation>
    </message>
    <message>
        <source>%1 - Faultline</source>
        <translation>%1 - Faultline</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новий робочий простір</translation>
    </message>
    <message>
        <source>Untitled.faultline</source>
        <translation>Без назви.faultline</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Відкрити робочий простір</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline);;All files (*)</source>
        <translation>Робочі простори Faultline (*.faultline);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>Заголовок довідки:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>Не вдається експортувати довідку</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>Друк хронології</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Не вдається надрукувати</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Імпорт статей</translation>
    </message>
    <message>
        <source>Articles and event data (%1 %2);;Articles (%1);;Event data: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;All files (*)</source>
        <translation>Статті й дані про події (%1 %2);;Статті (%1);;Дані про події: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>Faultline::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Об’єднати «%1» з «%2»</translation>
    </message>
</context>
<context>
    <name>Faultline::MoveEventCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Перемістити «%1»</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>Немає події з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>An event without a resolved date cannot be moved; edit its date instead.</source>
        <translation>Подію без визначеної дати не можна перемістити; натомість змініть її дату.</translation>
    </message>
</context>
<context>
    <name>Faultline::NameLookup</name>
    <message>
        <source>Article %1</source>
        <translation>Стаття %1</translation>
    </message>
</context>
<context>
    <name>Faultline::OverviewChart</name>
    <message>
        <source>Events per period appear here</source>
        <translation>Тут з’являться події за період</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Overview: events per period</source>
        <translation>Огляд: події за період</translation>
    </message>
    <message>
        <source>Drag to choose the time range the timeline shows; click to move it there.</source>
        <translation>Перетягніть, щоб вибрати часовий діапазон хронології; клацніть, щоб перемістити його туди.</translation>
    </message>
</context>
<context>
    <name>Faultline::PdfReader</name>
    <message>
        <source>is not a PDF file (it has no PDF header)</source>
        <translation>не є PDF-файлом (немає заголовка PDF)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>є пошкодженим PDF-файлом, який не вдається відкрити</translation>
    </message>
    <message>
        <source>is a password-protected PDF file</source>
        <translation>є PDF-файлом, захищеним паролем</translation>
    </message>
    <message>
        <source>is a PDF without text (a scanned PDF needs text recognition first)</source>
        <translation>є PDF без тексту (відсканований PDF спершу потребує розпізнавання тексту)</translation>
    </message>
    <message>
        <source>The PDF does not state a publication date; its creation date was not used as one.</source>
        <translation>У PDF не вказано дати публікації; дату створення файлу не використано замість неї.</translation>
    </message>
</context>
<context>
    <name>Faultline::Preferences</name>
    <message>
        <source>No lanes</source>
        <translation>Без доріжок</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>За актором</translation>
    </message>
    <message>
        <source>By event type</source>
        <translation>За типом події</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>За статтею</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Left to right</source>
        <comment>time axis direction</comment>
        <translation>Зліва направо</translation>
    </message>
    <message>
        <source>Right to left</source>
        <comment>time axis direction</comment>
        <translation>Справа наліво</translation>
    </message>
</context>
<context>
    <name>Faultline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Arabic and Persian also mirror the layout, right to left.</source>
        <translation>Арабська та перська також віддзеркалюють розкладку справа наліво.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календар:</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>Типові &amp;доріжки:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Time &amp;runs:</source>
        <comment>time axis direction</comment>
        <translation>&amp;Напрямок часу:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Системна типова (%1)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Сьогодні: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::RelationEventsList</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close the list of shared events</source>
        <translation>Закрити список спільних подій</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event and evidence</source>
        <translation>Подія та докази</translation>
    </message>
    <message>
        <source>Shared events</source>
        <translation>Спільні події</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln shared event(s)</source>
        <translation>
            <numerusform>%1 і %2: %Ln спільна подія</numerusform>
            <numerusform>%1 і %2: %Ln спільні події</numerusform>
            <numerusform>%1 і %2: %Ln спільних подій</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 належить до %2</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Показано перші %1.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без дати</translation>
    </message>
</context>
<context>
    <name>Faultline::RenameActorCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Перейменувати «%1» на «%2»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Немає актора з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Актор повинен мати назву.</translation>
    </message>
    <message>
        <source>There is already an actor named “%1”; merge the two instead.</source>
        <translation>Актор із назвою «%1» уже існує; натомість об’єднайте їх.</translation>
    </message>
</context>
<context>
    <name>Faultline::ReportExporter</name>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>season</source>
        <translation>сезон</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>десятиліття</translation>
    </message>
    <message>
        <source>century</source>
        <translation>століття</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата невідома</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Стаття %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Довідка</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актори</numerusform>
            <numerusform>%n акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Експортовано з Faultline %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Жодного робочого простору не відкрито.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this report.</source>
        <translation>Жодна подія робочого простору не входить до цієї довідки.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (precision, qualifier)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Date unresolved</source>
        <translation>Дата не визначена</translation>
    </message>
    <message>
        <source>%1; written “%2”</source>
        <translation>%1; написано «%2»</translation>
    </message>
    <message>
        <source>%1 (CAMEO %2)</source>
        <translation>%1 (CAMEO %2)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>unknown actor</source>
        <translation>невідомий актор</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Актори: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Source: article %1</source>
        <translation>Джерело: стаття %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Граф акторів</translation>
    </message>
    <message>
        <source>The report cannot be painted.</source>
        <translation>Не вдалося намалювати довідку.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::RowMapper</name>
    <message>
        <source>%1 fields where the header has %2; a delimiter or quote may be wrong.</source>
        <translation>%1 полів, хоча заголовок має %2; можливо, неправильний роздільник або лапка.</translation>
    </message>
    <message>
        <source>The file looks like %1 but has no column “%2”.</source>
        <translation>Файл схожий на %1, але не має стовпця «%2».</translation>
    </message>
    <message>
        <source>The required value “%1” is empty.</source>
        <translation>Обов’язкове значення «%1» порожнє.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» не є датою (%2).</translation>
    </message>
</context>
<context>
    <name>Faultline::SampleWorkspace</name>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>У цій збірці немає зразкової статті.</translation>
    </message>
    <message>
        <source>The long road to the Doha talks</source>
        <translation>Довгий шлях до переговорів у Досі</translation>
    </message>
    <message>
        <source>Faultline sample</source>
        <translation>Зразок Faultline</translation>
    </message>
</context>
<context>
    <name>Faultline::SchemaMigrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Не вдається прочитати версію схеми.</translation>
    </message>
    <message>
        <source>Upgrading to version %1 failed: %2</source>
        <translation>Не вдалося оновити до версії %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::SetActorAffiliationCommand</name>
    <message>
        <source>Affiliate “%1” with “%2”</source>
        <translation>Пов’язати «%1» з «%2»</translation>
    </message>
    <message>
        <source>Clear Affiliation of “%1”</source>
        <translation>Скасувати належність «%1»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Немає актора з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>“%1” cannot belong to an actor that belongs to it.</source>
        <translation>«%1» не може належати до актора, який належить до нього.</translation>
    </message>
</context>
<context>
    <name>Faultline::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced by �.</source>
        <translation>Деякі байти не є коректним %1 і їх замінено на �.</translation>
    </message>
    <message>
        <source>The declared character set %1 is not supported; the text was read as Windows-1252.</source>
        <translation>Оголошене кодування %1 не підтримується; текст прочитано як Windows-1252.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineExporter</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is empty; give a width of at least one pixel.</source>
        <translation>Зображення %1 × %2 пікселів порожнє; вкажіть ширину щонайменше один піксель.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is too large; the limit is %3 pixels per side and %4 megapixels.</source>
        <translation>Зображення %1 × %2 пікселів завелике; обмеження — %3 пікселів на сторону та %4 мегапікселів.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Жодного робочого простору не відкрито.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Немає подій</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this export.</source>
        <translation>Жодна подія робочого простору не входить до цього експорту.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>стаття %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>Джерела: %1; і ще %n</numerusform>
            <numerusform>Джерела: %1; і ще %n</numerusform>
            <numerusform>Джерела: %1; і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Експортовано з Faultline %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>Недостатньо пам’яті для зображення %1 × %2 пікселів.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>Не вдалося намалювати сторінку.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Timeline exported from Faultline</source>
        <translation>Хронологію експортовано з Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>Не вдалося намалювати SVG.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineIndexLoader</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Робочий простір не відкрито.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Стаття без назви</translation>
    </message>
    <message>
        <source>Unnamed actor</source>
        <translation>Актор без назви</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsRowMapper</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата кінця раніша за дату початку.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsWriter</name>
    <message>
        <source>%1, %2</source>
        <comment>article, outlet</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Немає куди записувати.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsonReader</name>
    <message>
        <source>The JSON cannot be read at byte %1: %2.</source>
        <translation>Не вдається прочитати JSON на байті %1: %2.</translation>
    </message>
    <message>
        <source>The JSON is neither TimelineJS (an object with &quot;events&quot;) nor vis-timeline items (an array of objects with &quot;start&quot;).</source>
        <translation>JSON не є ні TimelineJS (об’єкт з &quot;events&quot;), ні елементами vis-timeline (масив об’єктів з &quot;start&quot;).</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelinePainter</name>
    <message>
        <source>%1 %2</source>
        <comment>day month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>decade</comment>
        <translation>%1-ті</translation>
    </message>
    <message>
        <source>No event has a resolved date.</source>
        <translation>Жодна подія не має визначеної дати.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) dated only to a longer period span this whole range</source>
        <translation>
            <numerusform>%Ln подія, датована лише довшим періодом, охоплює весь цей діапазон</numerusform>
            <numerusform>%Ln події, датовані лише довшим періодом, охоплюють весь цей діапазон</numerusform>
            <numerusform>%Ln подій, датованих лише довшим періодом, охоплюють весь цей діапазон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln подія</numerusform>
            <numerusform>%Ln події</numerusform>
            <numerusform>%Ln подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a resolved date</source>
        <translation>
            <numerusform>%Ln подія без визначеної дати</numerusform>
            <numerusform>%Ln події без визначеної дати</numerusform>
            <numerusform>%Ln подій без визначеної дати</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Подій ще немає</translation>
    </message>
    <message>
        <source>Drop articles here to extract their events, or open the sample workspace.</source>
        <translation>Перетягніть сюди статті, щоб видобути з них події, або відкрийте зразковий робочий простір.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Scroll the timeline in time</source>
        <translation>Прокручувати хронологію в часі</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Прокручувати доріжки</translation>
    </message>
    <message>
        <source>No matching events</source>
        <translation>Немає відповідних подій</translation>
    </message>
    <message>
        <source>No event matches the current filter. Clear the filter to see all events again.</source>
        <translation>Жодна подія не відповідає поточному фільтру. Очистьте фільтр, щоб знову побачити всі події.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) here; double-click to zoom in</source>
        <translation>
            <numerusform>%Ln подія тут; двічі клацніть, щоб збільшити</numerusform>
            <numerusform>%Ln події тут; двічі клацніть, щоб збільшити</numerusform>
            <numerusform>%Ln подій тут; двічі клацніть, щоб збільшити</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>не визначено</translation>
    </message>
    <message>
        <source>Date: “%1”, resolved to %2</source>
        <translation>Дата: «%1», визначено як %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Актори: %1</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Перемістити доріжку вгору</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Перемістити доріжку вниз</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Розгорнути доріжку</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Згорнути доріжку</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Розгорнути всі доріжки</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Показати все</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Масштабувати до вибраного</translation>
    </message>
    <message>
        <source>No events. Drop articles here to extract their events.</source>
        <translation>Немає подій. Перетягніть сюди статті, щоб видобути з них події.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation>
            <numerusform>%Ln подія з %1 по %2. Плюс і мінус змінюють масштаб, стрілки прокручують, Tab переходить між подіями, Enter відкриває подію.</numerusform>
            <numerusform>%Ln події з %1 по %2. Плюс і мінус змінюють масштаб, стрілки прокручують, Tab переходить між подіями, Enter відкриває подію.</numerusform>
            <numerusform>%Ln подій з %1 по %2. Плюс і мінус змінюють масштаб, стрілки прокручують, Tab переходить між подіями, Enter відкриває подію.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::TimexCommand</name>
    <message>
        <source>Print the time expressions of an article as TimeML TIMEX3 values (JSON).</source>
        <translation>Виводить часові вирази статті як значення TimeML TIMEX3 (JSON).</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative expressions such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>Дата публікації (РРРР-ММ-ДД), відносно якої визначаються відносні вирази на кшталт «минулого місяця»; має перевагу над датою, вказаною у файлі.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Output format: json (the default and only one).</source>
        <translation>Формат виведення: json (типовий і єдиний).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статті.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json.</source>
        <translation>Невідомий формат «%1»; використовуйте json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» не є датою для --published; використовуйте РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>Name exactly one article file.</source>
        <translation>Вкажіть рівно один файл статті.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The time expressions cannot be written: %1</source>
        <translation>Не вдалося записати часові вирази: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::Transaction</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Жодного робочого простору не відкрито.</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>Робочий простір відкрито лише для читання.</translation>
    </message>
    <message>
        <source>The workspace file %1 was moved or deleted while it was open; nothing was written.</source>
        <translation>Файл робочого простору %1 було переміщено або видалено, поки він був відкритий; нічого не записано.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>Робочий простір зайнятий: до нього записує інша програма. Спробуйте ще раз, коли вона завершить.</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>Транзакція не активна.</translation>
    </message>
</context>
<context>
    <name>Faultline::UcdpRowMapper</name>
    <message>
        <source>“%1” is not a type of violence (1, 2 or 3).</source>
        <translation>«%1» не є типом насильства (1, 2 або 3).</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoController</name>
    <message>
        <source>This workspace cannot be changed.</source>
        <translation>Цей робочий простір не можна змінити.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — помилка: %2</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>Не вдається скасувати «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoJournal</name>
    <message>
        <source>Changes can only be recorded in a workspace open for writing.</source>
        <translation>Зміни можна записувати лише в робочому просторі, відкритому для запису.</translation>
    </message>
    <message>
        <source>Changes are not being recorded.</source>
        <translation>Зміни не записуються.</translation>
    </message>
    <message>
        <source>The change cannot be reverted: %1</source>
        <translation>Не вдається відкотити зміну: %1</translation>
    </message>
    <message>
        <source>The change cannot be reverted because the workspace has changed since.</source>
        <translation>Не вдається відкотити зміну, бо робочий простір відтоді змінився.</translation>
    </message>
</context>
<context>
    <name>Faultline::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Файл робочого простору не вказано.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because the Qt SQLite driver is missing.</source>
        <translation>Не вдається відкрити %1, бо бракує драйвера SQLite для Qt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>Не вдалося оновити %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder does not exist.</source>
        <translation>Не вдається створити %1, бо його папки не існує.</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder is read-only.</source>
        <translation>Не вдається створити %1, бо його папка доступна лише для читання.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Не вдається створити %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Faultline workspace.</source>
        <translation>%1 не є робочим простором Faultline.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 пошкоджено.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не вдається прочитати %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Faultline.</source>
        <translation>%1 створено новішою версією Faultline.</translation>
    </message>
    <message>
        <source>%1 was created by an older version of Faultline and must be opened for writing to be upgraded.</source>
        <translation>%1 створено старішою версією Faultline; щоб оновити його, відкрийте його для запису.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 доступний лише для читання.</translation>
    </message>
    <message>
        <source>%1 is read-only because its folder is read-only.</source>
        <translation>%1 доступний лише для читання, бо його папка доступна лише для читання.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Не вдається прочитати версію схеми.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the workspace, or the disk cannot be written; free some space and try again.</source>
        <translation>На диску недостатньо місця, щоб зберегти робочий простір, або на диск не вдається записати; звільніть місце та спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceBackup</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Жодного робочого простору не відкрито.</translation>
    </message>
    <message>
        <source>%1 cannot be written because its folder does not exist.</source>
        <translation>Не вдається записати %1, бо його папки не існує.</translation>
    </message>
    <message>
        <source>%1 is the open workspace itself; choose another file.</source>
        <translation>%1 — це сам відкритий робочий простір; виберіть інший файл.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 — це папка.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the file cannot be replaced.</source>
        <translation>Не вдалося записати %1: файл не вдається замінити.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceCommand</name>
    <message>
        <source>This change was written elsewhere and can only be undone.</source>
        <translation>Цю зміну записано деінде, і її можна лише скасувати.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No translation for &apos;%1&apos;; messages stay in English.</source>
        <translation>Немає перекладу для «%1»; повідомлення лишаються англійською.</translation>
    </message>
    <message>
        <source>--lang needs a language code, such as fr or ar.</source>
        <translation>--lang потребує коду мови, наприклад fr або ar.</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting.</source>
        <translation>Датовані події та актори з висвітлення конфліктів.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>Робочий простір, який слід відкрити (типово: останній).</translation>
    </message>
    <message>
        <source>Give at most one workspace.</source>
        <translation>Вкажіть щонайбільше один робочий простір.</translation>
    </message>
</context>
</TS>
