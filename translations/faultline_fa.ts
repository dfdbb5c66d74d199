<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Faultline::AboutDialog</name>
    <message>
        <source>About Faultline</source>
        <translation>دربارهٔ Faultline</translation>
    </message>
    <message>
        <source>Faultline %1</source>
        <translation>Faultline %1</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting, as a timeline and an actor graph. Every event leads back to the sentence it was read in.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.

Built with Qt %1.</source>
        <translation>رویدادهای تاریخ‌دار و بازیگران برگرفته از گزارش‌های خبری دربارهٔ منازعات، به صورت خط زمانی و گراف بازیگران. هر رویداد به جمله‌ای برمی‌گردد که در آن خوانده شده است.

مجوز: GNU General Public License، نسخهٔ 3 یا بالاتر (GPL-3.0-or-later). این برنامه بدون هیچ گونه ضمانتی ارائه می‌شود.

ساخته شده با Qt %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::AcceptImportCommand</name>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>وارد کردن %n مقاله</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::AcledCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::Actor</name>
    <message>
        <source>State</source>
        <translation>دولت</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حکومت</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>نیروهای نظامی</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>گروه مسلح</translation>
    </message>
    <message>
        <source>Political party</source>
        <translation>حزب سیاسی</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>سازمان بین‌المللی</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;ادغام در…</translation>
    </message>
    <message>
        <source>Set &amp;Affiliation…</source>
        <translation>تعیین &amp;وابستگی…</translation>
    </message>
    <message>
        <source>&amp;Clear Affiliation</source>
        <translation>&amp;پاک کردن وابستگی</translation>
    </message>
    <message>
        <source>Rename Actor</source>
        <translation>تغییر نام بازیگر</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>نام تازه برای «%1»:</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>ادغام بازیگر</translation>
    </message>
    <message>
        <source>Merge “%1” into (its name and aliases become aliases there):</source>
        <translation>ادغام «%1» در (نام و نام‌های دیگرش در آنجا نام دیگر می‌شوند):</translation>
    </message>
    <message>
        <source>Set Affiliation</source>
        <translation>تعیین وابستگی</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>«%1» وابسته است به:</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphBuilder</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>فضای کاری باز نیست.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPainter</name>
    <message>
        <source>Cooperation</source>
        <translation>همکاری</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>منازعه</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>دسته‌بندی‌نشده</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>وابستگی</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPanel</name>
    <message numerus="yes">
        <source> step(s)</source>
        <comment>suffix of the neighbourhood depth</comment>
        <translation>
            <numerusform> گام</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>همسایگی</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors within the chosen number of steps</source>
        <translation>نمایش تنها بازیگر انتخاب‌شده و بازیگرانی که در شمار گام‌های برگزیده قرار دارند</translation>
    </message>
    <message>
        <source>How many steps from the actor the neighbourhood reaches</source>
        <translation>همسایگی تا چند گام از بازیگر گسترش می‌یابد</translation>
    </message>
    <message>
        <source>All Actors</source>
        <translation>همهٔ بازیگران</translation>
    </message>
    <message>
        <source>Leave the neighbourhood and show the whole graph again</source>
        <translation>خروج از همسایگی و نمایش دوبارهٔ کل گراف</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;برترین‌ها:</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>همهٔ بازیگران</translation>
    </message>
    <message>
        <source> actors</source>
        <translation> بازیگر</translation>
    </message>
    <message>
        <source>Show at most this many actors, those with most events</source>
        <translation>نمایش حداکثر این شمار از بازیگران، آن‌هایی که بیشترین رویداد را دارند</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>راهنمای نمودار</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>گنجاندن</translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation>نمایش کل گراف (Home)</translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation>صادر کردن &amp;گراف…</translation>
    </message>
    <message>
        <source>Save the actor graph as a PNG, PDF or SVG file</source>
        <translation>ذخیرهٔ گراف بازیگران در فایل PNG، PDF یا SVG</translation>
    </message>
    <message>
        <source>Show &amp;Neighbourhood</source>
        <translation>نمایش &amp;همسایگی</translation>
    </message>
    <message numerus="yes">
        <source>Show only this actor and the actors within %n step(s) of it</source>
        <translation>
            <numerusform>نمایش تنها این بازیگر و بازیگرانی که حداکثر %n گام از آن فاصله دارند</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;All Actors</source>
        <translation>نمایش ه&amp;مهٔ بازیگران</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphView</name>
    <message>
        <source>Actor graph</source>
        <translation>گراف بازیگران</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s); %2 actors hidden</source>
        <translation>
            <numerusform>همسایگی %1، %Ln گام؛ %2 بازیگر پنهان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s)</source>
        <translation>
            <numerusform>همسایگی %1، %Ln گام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) hidden: only the top %1 are shown</source>
        <translation>
            <numerusform>%Ln بازیگر پنهان: تنها %1 بازیگر برتر نمایش داده می‌شوند</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>هیچ فضای کاری باز نیست</translation>
    </message>
    <message>
        <source>Open or create a workspace to see who deals with whom.</source>
        <translation>یک فضای کاری باز یا ایجاد کنید تا ببینید چه کسی با چه کسی سروکار دارد.</translation>
    </message>
    <message>
        <source>The actor graph could not be built</source>
        <translation>گراف بازیگران ساخته نشد</translation>
    </message>
    <message>
        <source>The workspace is empty</source>
        <translation>فضای کاری خالی است</translation>
    </message>
    <message>
        <source>Import articles (File &gt; Import, or drop files here) and the actors of their events appear here.</source>
        <translation>مقاله‌ها را وارد کنید (فایل &gt; وارد کردن، یا فایل‌ها را اینجا رها کنید) تا بازیگران رویدادهایشان اینجا نمایان شوند.</translation>
    </message>
    <message>
        <source>%1 is not in the current filter</source>
        <translation>%1 در فیلتر کنونی نیست</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names this actor. Widen the filters or go back to all actors.</source>
        <translation>هیچ رویدادی در فیلترها و بازهٔ زمانی کنونی از این بازیگر نام نمی‌برد. فیلترها را گسترده‌تر کنید یا به همهٔ بازیگران برگردید.</translation>
    </message>
    <message>
        <source>No actors in the current filter</source>
        <translation>هیچ بازیگری در فیلتر کنونی نیست</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names an actor. Widen the time range or clear the filters.</source>
        <translation>هیچ رویدادی در فیلترها و بازهٔ زمانی کنونی از بازیگری نام نمی‌برد. بازهٔ زمانی را گسترده‌تر کنید یا فیلترها را پاک کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>سنجاق‌شده</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>وابسته به</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared event(s)</source>
        <translation>
            <numerusform>%Ln رویداد مشترک</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the actor graph…</source>
        <translation>در حال ساختن گراف بازیگران…</translation>
    </message>
    <message>
        <source>In a large workspace this takes a few seconds; the timeline and the table can be used meanwhile.</source>
        <translation>در یک فضای کار بزرگ این کار چند ثانیه طول می‌کشد؛ در این میان می‌توانید از خط زمانی و جدول استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorListPanel</name>
    <message>
        <source>Filter actors</source>
        <translation>فیلتر کردن بازیگران</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>بازیگر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>با نام دیگر: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>بازیگر باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>بازیگری به نام %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>An actor cannot be affiliated with itself.</source>
        <translation>بازیگر نمی‌تواند وابسته به خودش باشد.</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>هیچ بازیگری با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>بازیگر را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorsCommand</name>
    <message>
        <source>Print the actors of a workspace as JSON or CSV.</source>
        <translation>بازیگران یک فضای کاری را به صورت JSON یا CSV چاپ می‌کند.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>فایل فضای کاری؛ اگر وجود نداشته باشد، فایل تازه‌ای ساخته می‌شود.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>فضای_کاری</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>قالب خروجی: json (پیش‌فرض) یا csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>گزینهٔ ‎--db فضای_کاری الزامی است.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>قالب ناشناخته «%1»؛ از json یا csv استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The actors cannot be written: %1</source>
        <translation>بازیگران نوشته نشدند: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleAssembler</name>
    <message>
        <source>Only the date of the last update is known; it is used as the publication date.</source>
        <translation>تنها تاریخ آخرین به‌روزرسانی معلوم است؛ همان به عنوان تاریخ نشر به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleRepository</name>
    <message>
        <source>The workspace already holds an article with the same text.</source>
        <translation>فضای کاری از قبل مقاله‌ای با همین متن دارد.</translation>
    </message>
    <message>
        <source>There is no article with the id %1.</source>
        <translation>هیچ مقاله‌ای با شناسهٔ %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::BulkWriter</name>
    <message>
        <source>Writing to the workspace failed (%1): %2</source>
        <translation>نوشتن در فضای کاری ناکام شد (%1): %2</translation>
    </message>
    <message>
        <source>Writing to the workspace failed: %1</source>
        <translation>نوشتن در فضای کاری ناکام شد: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>An actor has no name.</source>
        <translation>یک بازیگر نام ندارد.</translation>
    </message>
    <message>
        <source>The bulk write has not begun.</source>
        <translation>نوشتن گروهی آغاز نشده است.</translation>
    </message>
</context>
<context>
    <name>Faultline::CalendarFormatter</name>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Islamic (civil)</source>
        <translation>هجری قمری (مدنی)</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>%1 ق.م</translation>
    </message>
    <message>
        <source>%1 BH</source>
        <comment>a year before the Hijra</comment>
        <translation>%1 ق.ه</translation>
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
        <translation>نامعین</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>حدود %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>پیش از %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>پس از %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>month range</comment>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>دههٔ %1</translation>
    </message>
    <message>
        <source>the decade from %1</source>
        <translation>دهه‌ای که از %1 آغاز می‌شود</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>century</comment>
        <translation>قرنی که از %1 آغاز می‌شود</translation>
    </message>
    <message>
        <source>the century from %1</source>
        <translation>قرنی که از %1 آغاز می‌شود</translation>
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
        <translation>نوع «%1»: %2</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>هیچ بازیگری با شناسهٔ %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>بازیگران</translation>
    </message>
    <message>
        <source>Type (CAMEO code)</source>
        <translation>نوع (کد CAMEO)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>آغازگر</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>ستون‌های %1</translation>
    </message>
    <message>
        <source>Choose the columns that hold each part of an event. A date and a title are needed; the whole row is kept as evidence.</source>
        <translation>ستون‌هایی را که هر بخش رویداد را در بر دارند برگزینید. یک تاریخ و یک عنوان لازم است؛ کل سطر به عنوان شاهد نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(یک ستون برگزینید)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Choose a column for the date and the title.</source>
        <translation>یک ستون برای تاریخ و یکی برای عنوان برگزینید.</translation>
    </message>
</context>
<context>
    <name>Faultline::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>نمایش این راهنما.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>آرگومان غیرمنتظره «%1».</translation>
    </message>
</context>
<context>
    <name>Faultline::CommandLine</name>
    <message>
        <source>Usage: faultline [WORKSPACE]
       faultline COMMAND --db WORKSPACE [options]

</source>
        <translation>طرز استفاده: faultline [فضای_کاری]
             faultline فرمان --db فضای_کاری [گزینه‌ها]

</translation>
    </message>
    <message>
        <source>Faultline turns news articles about armed conflicts into dated events and actors, shown as a timeline and an actor graph.
Without a command it opens WORKSPACE (or the last one) in the main window.

</source>
        <translation>Faultline مقاله‌های خبری دربارهٔ منازعات مسلحانه را به رویدادهای تاریخ‌دار و بازیگران تبدیل می‌کند و آن‌ها را به صورت خط زمانی و گراف بازیگران نشان می‌دهد.
بدون فرمان، فضای_کاری (یا آخرین فضای کاری) را در پنجرهٔ اصلی باز می‌کند.

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>فرمان‌ها:
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
گزینه‌ها:
  -h, --help     نمایش این راهنما.
  -v, --version  نمایش نسخه.
  --lang CODE    به کار بردن این زبان (مانند fr یا ar) به جای زبان سیستم.

برای دیدن گزینه‌های هر فرمان، «faultline فرمان --help» را اجرا کنید.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>نمایش این راهنما.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>نمایش نسخه.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>فرمانی که باید اجرا شود.</translation>
    </message>
    <message>
        <source>faultline: No command given; see &apos;faultline --help&apos;.
</source>
        <translation>faultline: هیچ فرمانی داده نشد؛ «faultline --help» را ببینید.
</translation>
    </message>
    <message>
        <source>faultline: &apos;%1&apos; is not a command (see &apos;faultline --help&apos;); to create a workspace, name it like %1.faultline.
</source>
        <translation>faultline: «%1» فرمان نیست («faultline --help» را ببینید)؛ برای ساختن فضای کاری، نام آن را مثلاً %1.faultline بگذارید.
</translation>
    </message>
</context>
<context>
    <name>Faultline::CreateEventCommand</name>
    <message>
        <source>New Event “%1”</source>
        <translation>رویداد تازهٔ «%1»</translation>
    </message>
</context>
<context>
    <name>Faultline::CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>فایل خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>سطر %1: یک فیلد داخل گیومه پیش از پایان فایل بسته نشده است.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes; a quote may be missing.</source>
        <translation>سطر %1: یک فیلد بلندتر از %2 بایت است؛ شاید یک گیومه جا افتاده باشد.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes.</source>
        <translation>سطر %1: یک فیلد بلندتر از %2 بایت است.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>سطر %1: بیش از %2 ستون.</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFileWriter</name>
    <message>
        <source>TimelineJS (JSON)</source>
        <translation>TimelineJS ‏(JSON)</translation>
    </message>
    <message>
        <source>Events as CSV</source>
        <translation>رویدادها به صورت CSV</translation>
    </message>
    <message>
        <source>Events as JSON</source>
        <translation>رویدادها به صورت JSON</translation>
    </message>
    <message>
        <source>ACLED-style CSV</source>
        <translation>CSV به سبک ACLED</translation>
    </message>
    <message>
        <source>Actor graph as GEXF (Gephi)</source>
        <translation>گراف بازیگران به صورت GEXF ‏(Gephi)</translation>
    </message>
    <message>
        <source>Actor graph as GraphML</source>
        <translation>گراف بازیگران به صورت GraphML</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>صادر کردن لغو شد.</translation>
    </message>
    <message>
        <source>Events of the workspace %1, each with the sentences it was read in and their sources; made with Faultline.</source>
        <translation>رویدادهای فضای کاری %1، هر کدام با جمله‌هایی که در آن‌ها خوانده شده و منابعشان؛ ساخته‌شده با Faultline.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 نوشته نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFormat</name>
    <message>
        <source>unknown format</source>
        <translation>قالب ناشناخته</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <translation>صفحه‌گستردهٔ TimelineJS</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV با نگاشت ستون‌ها</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>وارد کردن %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>در حال لغو وارد کردن %1…</translation>
    </message>
    <message>
        <source>Redoing the import of %1…</source>
        <translation>در حال تکرار وارد کردن %1…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportDialog</name>
    <message>
        <source>Import Event Data</source>
        <translation>وارد کردن دادهٔ رویدادها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>فایل‌ها برای وارد کردن:</translation>
    </message>
    <message>
        <source>When a row cannot be read</source>
        <translation>هنگامی که سطری خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>Import nothing from that file</source>
        <translation>هیچ چیز از آن فایل وارد نشود</translation>
    </message>
    <message>
        <source>Skip the row and import the others</source>
        <translation>رد شدن از سطر و وارد کردن بقیه</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>%1: not imported; no columns were chosen.</source>
        <translation>%1: وارد نشد؛ هیچ ستونی انتخاب نشده بود.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>در حال وارد کردن %1 (%2 از %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2، %n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>، %n بازیگر تازه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>، %n سطر نادرست رد شد: </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the file being imported was not written.</source>
        <translation>لغو شد؛ فایلی که در حال وارد شدن بود نوشته نشد.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n event(s) imported.</source>
        <translation>
            <numerusform>انجام شد: %n رویداد وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImporter</name>
    <message>
        <source>item %1: %2</source>
        <translation>مورد %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is in no format Faultline reads. Expected an ACLED or UCDP GED export, a GDELT event file (tab-separated, 57, 58 or 61 columns), a TimelineJS spreadsheet (Year, Month, Day, Headline, ...) or JSON, vis-timeline JSON, or a CSV with a date and a title column.</source>
        <translation>فایل در هیچ قالبی که Faultline می‌خواند نیست. انتظار می‌رفت: یک خروجی ACLED یا UCDP GED، یک فایل رویداد GDELT (جداشده با تب، 57، 58 یا 61 ستون)، یک صفحه‌گستردهٔ TimelineJS ‏(Year، Month، Day، Headline، ...) یا JSON، JSON از vis-timeline، یا یک CSV با یک ستون تاریخ و یک ستون عنوان.</translation>
    </message>
    <message>
        <source>Its columns: %1.</source>
        <translation>ستون‌های آن: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The JSON file is too large to read.</source>
        <translation>فایل JSON برای خواندن بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>فایل خوانده نمی‌شود: %1</translation>
    </message>
    <message numerus="yes">
        <source>The JSON file is larger than %n MB, the most Faultline reads.</source>
        <translation>
            <numerusform>فایل JSON بزرگ‌تر از %n مگابایت است، یعنی بیشترین اندازه‌ای که Faultline می‌خواند.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>وارد کردن لغو شد؛ چیزی وارد نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), so nothing was imported: </source>
        <translation>
            <numerusform>%n سطر نادرست، پس چیزی وارد نشد: </numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before (article %1); nothing was imported again.</source>
        <translation>این فایل پیش‌تر وارد شده است (مقالهٔ %1)؛ چیزی دوباره وارد نشد.</translation>
    </message>
</context>
<context>
    <name>Faultline::DeleteEventsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>حذف %n رویداد</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>هیچ رویدادی انتخاب نشده است.</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentImporter</name>
    <message>
        <source>holds no article text</source>
        <translation>متن مقاله ندارد</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentReader</name>
    <message>
        <source>is too large (%1 MB); Faultline imports articles up to %2 MB</source>
        <translation>بیش از حد بزرگ است (%1 مگابایت)؛ Faultline مقاله‌هایی تا %2 مگابایت را وارد می‌کند</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>پوشه است، نه فایل</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>is not a text, HTML or PDF file</source>
        <translation>فایل متنی، HTML یا PDF نیست</translation>
    </message>
    <message>
        <source>contains no article text</source>
        <translation>هیچ متن مقاله‌ای ندارد</translation>
    </message>
</context>
<context>
    <name>Faultline::EditEventCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
    <message>
        <source>The event is not stored yet.</source>
        <translation>رویداد هنوز ذخیره نشده است.</translation>
    </message>
</context>
<context>
    <name>Faultline::Event</name>
    <message>
        <source>Source</source>
        <translation>آغازگر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
</context>
<context>
    <name>Faultline::EventCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDetailsPanel</name>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Season or quarter</source>
        <translation>فصل یا سه‌ماهه</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>دهه</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقریبی</translation>
    </message>
    <message>
        <source>before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>after</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>بازبینی‌نشده</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>جزئیات رویداد</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table to see its date, actors and evidence.</source>
        <translation>یک رویداد را در خط زمانی یا در جدول انتخاب کنید تا تاریخ، بازیگران و شواهد آن را ببینید.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>به شکل نوشته‌شده:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>دقت:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>بازیگران:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مکان:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>اطمینان:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>بازبینی:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>Unresolved: no publication date to resolve it against</source>
        <translation>نامعین: تاریخ نشری برای تعیین آن وجود ندارد</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 وابسته به %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, inferred from a generic mention</source>
        <translation>%1، برگرفته از یک اشارهٔ کلی</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>چیزی شناسایی نشد</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>متن مقاله</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقالهٔ بی‌عنوان</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>تاریخ نشر نامعلوم</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>مقالهٔ %1</translation>
    </message>
    <message>
        <source>The article is no longer in the workspace</source>
        <translation>این مقاله دیگر در فضای کاری نیست</translation>
    </message>
    <message>
        <source>Missing article</source>
        <translation>مقالهٔ گم‌شده</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No evidence recorded for this event.</source>
        <translation>هیچ شاهدی برای این رویداد ثبت نشده است.</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>کشته‌ها:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>مختصات:</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>شناسه در مجموعهٔ داده:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude in degrees</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDraft</name>
    <message>
        <source>An event needs a title.</source>
        <translation>رویداد باید عنوان داشته باشد.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventEditDialog</name>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Quarter or season</source>
        <translation>سه‌ماهه یا فصل</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>دهه</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown</source>
        <translation>YYYY-MM-DD، YYYY-MM یا YYYY؛ اگر نامعلوم است خالی بگذارید</translation>
    </message>
    <message>
        <source>Same as the start</source>
        <translation>همانند آغاز</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>دقیقاً</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حدود</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>بازیگر</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Add Actor</source>
        <translation>افزودن بازیگر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;دقت:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;بازیگران:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;مکان:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>ویرایش رویداد</translation>
    </message>
    <message>
        <source>Give a start date, or leave both dates empty when the date is unknown.</source>
        <translation>یک تاریخ آغاز بدهید، یا اگر تاریخ نامعلوم است هر دو تاریخ را خالی بگذارید.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«%1» تاریخ نیست؛ YYYY-MM-DD، YYYY-MM یا YYYY بنویسید.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ آغاز است.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>به رویداد عنوان بدهید.</translation>
    </message>
    <message>
        <source>Latitude, −90 to 90</source>
        <translation>عرض جغرافیایی، از −90 تا 90</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude, −180 to 180</source>
        <translation>طول جغرافیایی، از −180 تا 180</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>&amp;کشته‌ها:</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>م&amp;ختصات:</translation>
    </message>
    <message>
        <source>“%1” is not a number of fatalities; write a whole number, or leave it empty when it is unknown.</source>
        <translation>«%1» تعداد کشته‌ها نیست؛ یک عدد صحیح بنویسید، یا اگر معلوم نیست خالی بگذارید.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude; write degrees from −90 (south) to 90 (north).</source>
        <translation>«%1» عرض جغرافیایی نیست؛ درجه را از −90 (جنوب) تا 90 (شمال) بنویسید.</translation>
    </message>
    <message>
        <source>“%1” is not a longitude; write degrees from −180 (west) to 180 (east).</source>
        <translation>«%1» طول جغرافیایی نیست؛ درجه را از −180 (غرب) تا 180 (شرق) بنویسید.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>هم عرض و هم طول جغرافیایی را بدهید، یا هیچ‌کدام را.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventRepository</name>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>هیچ رویدادی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The actor %1 cannot take part in the event: %2</source>
        <translation>بازیگر %1 نمی‌تواند در این رویداد شرکت داشته باشد: %2</translation>
    </message>
    <message>
        <source>The evidence from article %1 cannot be stored: %2</source>
        <translation>شواهد مقالهٔ %1 ذخیره نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableModel</name>
    <message>
        <source>Unreviewed</source>
        <translation>بازبینی‌نشده</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>حدود %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>پیش از %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>پس از %1</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>نامعین</translation>
    </message>
    <message>
        <source>%1
Written as: %2</source>
        <translation>%1
به شکل نوشته‌شده: %2</translation>
    </message>
    <message>
        <source>Unresolved: %1</source>
        <translation>نامعین: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>بازیگران</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
</context>
<context>
    <name>Faultline::EventType</name>
    <message>
        <source>Make public statement</source>
        <translation>بیانیهٔ عمومی دادن</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>درخواست کردن</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>ابراز تمایل به همکاری</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>رایزنی</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>همکاری دیپلوماتیک</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>همکاری مادی</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>کمک رساندن</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>کوتاه آمدن</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>تحقیق کردن</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>مطالبه کردن</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>ابراز نارضایتی</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>تهدید کردن</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>اعتراض کردن</translation>
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation>نمایش قدرت</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>کاهش روابط</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>اجبار</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>حمله</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>جنگیدن</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>کاربرد خشونت جمعی غیرمتعارف</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>نوع نامعلوم</translation>
    </message>
    <message>
        <source>Verbal cooperation</source>
        <translation>همکاری لفظی</translation>
    </message>
    <message>
        <source>Material cooperation</source>
        <translation>همکاری مادی</translation>
    </message>
    <message>
        <source>Verbal conflict</source>
        <translation>منازعهٔ لفظی</translation>
    </message>
    <message>
        <source>Material conflict</source>
        <translation>منازعهٔ مادی</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>Faultline::EventsCommand</name>
    <message>
        <source>Print the events of a workspace as JSON or CSV.</source>
        <translation>رویدادهای یک فضای کاری را به صورت JSON یا CSV چاپ می‌کند.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>فایل فضای کاری؛ اگر وجود نداشته باشد، فایل تازه‌ای ساخته می‌شود.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>فضای_کاری</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>قالب خروجی: json (پیش‌فرض) یا csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Only events that reach this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>فقط رویدادهایی که به این تاریخ می‌رسند (YYYY، YYYY-MM یا YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Only events that start by this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>فقط رویدادهایی که تا این تاریخ آغاز می‌شوند (YYYY، YYYY-MM یا YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only events with this actor (name or alias).</source>
        <translation>فقط رویدادهای دارای این بازیگر (نام یا نام دیگر).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Only events of this CAMEO root category (01-20).</source>
        <translation>فقط رویدادهای این ردهٔ اصلی CAMEO ‏(01-20).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>گزینهٔ ‎--db فضای_کاری الزامی است.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>قالب ناشناخته «%1»؛ از json یا csv استفاده کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» برای ‎--from تاریخ نیست؛ از YYYY، YYYY-MM یا YYYY-MM-DD استفاده کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» برای ‎--to تاریخ نیست؛ از YYYY، YYYY-MM یا YYYY-MM-DD استفاده کنید.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>تاریخ ‎--from پس از تاریخ ‎--to است.</translation>
    </message>
    <message>
        <source>The option --actor needs a name.</source>
        <translation>گزینهٔ ‎--actor به یک نام نیاز دارد.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CAMEO root category; use 01 to 20.</source>
        <translation>«%1» ردهٔ اصلی CAMEO نیست؛ از 01 تا 20 استفاده کنید.</translation>
    </message>
    <message>
        <source>The events cannot be written: %1</source>
        <translation>رویدادها نوشته نشدند: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportCommand</name>
    <message>
        <source>Export the timeline or graph as PNG, PDF or SVG, or the data as TimelineJS, CSV, JSON, ACLED CSV, GEXF or GraphML.</source>
        <translation>خط زمانی یا گراف را به صورت PNG، PDF یا SVG، یا داده‌ها را به صورت TimelineJS، CSV، JSON، CSV به سبک ACLED، GEXF یا GraphML صادر می‌کند.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>فایل فضای کاری.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>فضای_کاری</translation>
    </message>
    <message>
        <source>What to export: timeline (the default), graph (the actor graph) or report (a PDF briefing).</source>
        <translation>چه چیزی صادر شود: timeline (خط زمانی، پیش‌فرض)، graph (گراف بازیگران) یا report (گزارش خلاصه به صورت PDF).</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Export data instead of a picture: timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>صادر کردن داده به جای تصویر: timelinejs، csv، json، acled، gexf یا graphml.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>The file to write; for a picture its suffix (.png, .pdf or .svg) chooses the format.</source>
        <translation>فایلی که باید نوشته شود؛ برای تصویر، پسوند آن (.png، .pdf یا .svg) قالب را تعیین می‌کند.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Start of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the first event.</source>
        <translation>آغاز بازهٔ زمانی (YYYY، YYYY-MM یا YYYY-MM-DD)؛ پیش‌فرض: نخستین رویداد.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>End of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the last event.</source>
        <translation>پایان بازهٔ زمانی (YYYY، YYYY-MM یا YYYY-MM-DD)؛ پیش‌فرض: آخرین رویداد.</translation>
    </message>
    <message>
        <source>Width of a PNG or SVG in pixels (default 1600).</source>
        <translation>پهنای PNG یا SVG به پیکسل (پیش‌فرض 1600).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>پیکسل</translation>
    </message>
    <message>
        <source>Height of a PNG or SVG in pixels (default: as tall as the lanes need).</source>
        <translation>بلندی PNG یا SVG به پیکسل (پیش‌فرض: به اندازه‌ای که ردیف‌ها نیاز دارند).</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 96): text and marks grow with it, so the image prints at its width divided by N inches.</source>
        <translation>وضوح PNG (پیش‌فرض 96): متن و نشانه‌ها با آن بزرگ می‌شوند، پس تصویر با پهنایی برابر پهنای خود تقسیم بر N، به اینچ، چاپ می‌شود.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A title above the timeline.</source>
        <translation>عنوانی بالای خط زمانی.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>A subtitle under the title.</source>
        <translation>زیرعنوانی زیر عنوان.</translation>
    </message>
    <message>
        <source>Lanes: none (default), actor, type or article.</source>
        <translation>ردیف‌ها: none (بدون ردیف، پیش‌فرض)، actor (بر پایهٔ بازیگر)، type (بر پایهٔ نوع) یا article (بر پایهٔ مقاله).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 (default), letter or a3.</source>
        <translation>اندازهٔ صفحهٔ PDF: ‏a4 (پیش‌فرض)، letter یا a3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Landscape PDF pages (the default).</source>
        <translation>صفحه‌های افقی PDF (پیش‌فرض).</translation>
    </message>
    <message>
        <source>Portrait PDF pages.</source>
        <translation>صفحه‌های عمودی PDF.</translation>
    </message>
    <message>
        <source>Split the time range of a timeline PDF across N pages, each with its axis and lanes (default 1).</source>
        <translation>بازهٔ زمانی یک خط زمانی PDF را روی N صفحه پخش می‌کند، هر صفحه با محور و ردیف‌های خودش (پیش‌فرض 1).</translation>
    </message>
    <message>
        <source>A transparent background instead of white (PNG, SVG).</source>
        <translation>پس‌زمینهٔ شفاف به جای سفید (PNG، SVG).</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>راهنمای نمودار حذف شود.</translation>
    </message>
    <message>
        <source>Leave out the line naming the source articles.</source>
        <translation>سطری که مقاله‌های منبع را نام می‌برد حذف شود.</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>گزینهٔ ‎--db فضای_کاری الزامی است.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>قالب ناشناخته «%1»؛ از timelinejs، csv، json، acled، gexf یا graphml استفاده کنید.</translation>
    </message>
    <message>
        <source>--%1 applies to pictures, not to --format.</source>
        <translation>‎--%1 برای تصویرها است، نه برای ‎--format.</translation>
    </message>
    <message>
        <source>The option --out FILE is required.</source>
        <translation>گزینهٔ ‎--out فایل الزامی است.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» برای ‎--from تاریخ نیست؛ از YYYY، YYYY-MM یا YYYY-MM-DD استفاده کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» برای ‎--to تاریخ نیست؛ از YYYY، YYYY-MM یا YYYY-MM-DD استفاده کنید.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>تاریخ ‎--from پس از تاریخ ‎--to است.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use timeline, graph or report.</source>
        <translation>نمای ناشناخته «%1»؛ از timeline، graph یا report استفاده کنید.</translation>
    </message>
    <message>
        <source>The report is a PDF; name the file .pdf.</source>
        <translation>گزارش خلاصه یک PDF است؛ پسوند فایل را ‎.pdf بگذارید.</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;; name the file .png, .pdf or .svg.</source>
        <translation>قالب «%1» تشخیص داده نمی‌شود؛ پسوند فایل را ‎.png، ‎.pdf یا ‎.svg بگذارید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width in pixels.</source>
        <translation>«%1» پهنایی به پیکسل نیست.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a height in pixels.</source>
        <translation>«%1» بلندی‌ای به پیکسل نیست.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resolution; use %2 to %3 dpi.</source>
        <translation>«%1» وضوح معتبری نیست؛ از %2 تا %3 dpi استفاده کنید.</translation>
    </message>
    <message>
        <source>Unknown lane mode &apos;%1&apos;; use none, actor, type or article.</source>
        <translation>حالت ردیف ناشناخته «%1»؛ از none، actor، type یا article استفاده کنید.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use a4, letter or a3.</source>
        <translation>اندازهٔ صفحهٔ ناشناخته «%1»؛ از a4، letter یا a3 استفاده کنید.</translation>
    </message>
    <message>
        <source>Choose either --landscape or --portrait.</source>
        <translation>یا ‎--landscape را انتخاب کنید یا ‎--portrait را.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of pages; use 1 to %2.</source>
        <translation>«%1» شمار صفحه نیست؛ از 1 تا %2 استفاده کنید.</translation>
    </message>
    <message>
        <source>--pages applies to timeline PDF files only.</source>
        <translation>‎--pages تنها برای فایل‌های PDF خط زمانی به کار می‌رود.</translation>
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
        <translation>صادر کردن داده‌ها</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;همه</translation>
    </message>
    <message>
        <source>The current &amp;filter</source>
        <translation>&amp;فیلتر کنونی</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;صادر کردن</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>گستره:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>فا&amp;یل:</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>فایلی برای صادر کردن برگزینید.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال صادر کردن…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>به %1 صادر شد.</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>صادر کردن گراف</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>صادر کردن خط زمانی</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>بازهٔ &amp;نمایان</translation>
    </message>
    <message>
        <source>&amp;Visible range (%1)</source>
        <translation>بازهٔ &amp;نمایان (%1)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>تصویر PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>نقاشی SVG</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;همه</translation>
    </message>
    <message>
        <source> px</source>
        <translation> پیکسل</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Text and marks grow with the resolution: at 300 dpi, 9 point text is 37 pixels tall.</source>
        <translation>متن و نشانه‌ها با وضوح بزرگ می‌شوند: در 300 dpi، متن 9 پوینتی 37 پیکسل بلندی دارد.</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>پس‌زمینهٔ &amp;شفاف</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;پهنا:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;وضوح:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter آمریکایی</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>اندازهٔ ص&amp;فحه:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;جهت:</translation>
    </message>
    <message>
        <source>Split the range across</source>
        <translation>پخش بازه روی</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> صفحه</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>بازهٔ &amp;تاریخ</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>راهنمای نمو&amp;دار</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;منابع</translation>
    </message>
    <message>
        <source>Time of e&amp;xport</source>
        <translation>زمان صدو&amp;ر</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>گستره:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;زیرعنوان:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;صادر کردن…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
        <translation>%1 × %2 پیکسل، %3 × %4 سانتی‌متر در %5 dpi</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 پیکسل</translation>
    </message>
    <message>
        <source>actor-graph</source>
        <translation>گراف-بازیگران</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>خط-زمانی</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>نقاشی SVG ‏(*.svg)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>صادر کردن ناکام شد</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 نوشته نمی‌شود: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 نوشته نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionJob</name>
    <message>
        <source>holds no article text</source>
        <translation>متن مقاله ندارد</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionPipeline</name>
    <message>
        <source>No publication date is known, so relative dates such as &quot;last month&quot; stay unresolved; give one with --published or in the review.</source>
        <translation>تاریخ نشر معلوم نیست، پس تاریخ‌های نسبی مانند «ماه گذشته» نامعین می‌مانند؛ یک تاریخ با ‎--published یا در بازبینی بدهید.</translation>
    </message>
</context>
<context>
    <name>Faultline::FilterBar</name>
    <message>
        <source>Article %1</source>
        <translation>مقالهٔ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <source>Search titles and evidence</source>
        <translation>جستجو در عنوان‌ها و شواهد</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>بازیگر</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع رویداد</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>تاریخ آغاز</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>همهٔ مقاله‌ها</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>پاک کردن همهٔ فیلترها</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY، YYYY-MM یا YYYY-MM-DD</translation>
    </message>
    <message>
        <source>No actor of that name or alias in this workspace</source>
        <translation>هیچ بازیگری با این نام یا نام دیگر در این فضای کاری نیست</translation>
    </message>
    <message>
        <source>Events involving this actor (name or alias)</source>
        <translation>رویدادهایی که این بازیگر در آن‌ها نقش دارد (نام یا نام دیگر)</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>تاریخ نیست: از YYYY، YYYY-MM یا YYYY-MM-DD استفاده کنید</translation>
    </message>
    <message>
        <source>The start is after the end</source>
        <translation>آغاز پس از پایان است</translation>
    </message>
</context>
<context>
    <name>Faultline::GdeltRowMapper</name>
    <message>
        <source>The file is not a GDELT event file: it has %1 columns, GDELT has 57, 58 or 61.</source>
        <translation>فایل، فایل رویداد GDELT نیست: %1 ستون دارد، GDELT دارای 57، 58 یا 61 ستون است.</translation>
    </message>
    <message>
        <source>“%1” is not a CAMEO root code (EventRootCode).</source>
        <translation>«%1» کد اصلی CAMEO ‏(EventRootCode) نیست.</translation>
    </message>
</context>
<context>
    <name>Faultline::GenericRowMapper</name>
    <message>
        <source>No column is chosen for the %1.</source>
        <translation>هیچ ستونی برای فیلد «%1» انتخاب نشده است.</translation>
    </message>
    <message>
        <source>The file has no column “%1” for the %2.</source>
        <translation>فایل ستونی به نام «%1» برای فیلد «%2» ندارد.</translation>
    </message>
    <message>
        <source>The date (%1) is empty.</source>
        <translation>تاریخ (%1) خالی است.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» تاریخ نیست (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an end date on or after the start (%2).</source>
        <translation>«%1» تاریخ پایانی برابر یا پس از آغاز نیست (%2).</translation>
    </message>
    <message>
        <source>The title (%1) is empty.</source>
        <translation>عنوان (%1) خالی است.</translation>
    </message>
</context>
<context>
    <name>Faultline::GexfWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>رفتن به تاریخ</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY, YYYY-MM or YYYY-MM-DD; -0500 for 501 BCE):</source>
        <translation>&amp;تاریخ (YYYY، YYYY-MM یا YYYY-MM-DD؛ ‎-0500 یعنی 501 ق.م):</translation>
    </message>
    <message>
        <source>2020-09-14</source>
        <translation>2020-09-14</translation>
    </message>
    <message>
        <source>Not a date in ISO form</source>
        <translation>تاریخی به شکل ISO نیست</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphExporter</name>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>منابع: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>منابع: %1؛ و %n منبع دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors</source>
        <translation>بازیگری وجود ندارد</translation>
    </message>
    <message>
        <source>No actor of the workspace takes part in an event of this export.</source>
        <translation>هیچ بازیگری از فضای کاری در رویدادهای این خروجی نقش ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with fewer events not shown</source>
        <translation>
            <numerusform>%n بازیگر با رویدادهای کمتر نمایش داده نشده</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>صادرشده از Faultline در %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>حافظه برای تصویری به اندازهٔ %1 × %2 پیکسل کافی نیست.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>صفحه رسم نمی‌شود.</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>گراف بازیگران</translation>
    </message>
    <message>
        <source>Actor graph exported from Faultline</source>
        <translation>گراف بازیگران صادرشده از Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>SVG رسم نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphmlWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportCommand</name>
    <message>
        <source>Import articles (text, Markdown, HTML, PDF) and extract their events, or event data (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</source>
        <translation>مقاله‌ها (متن، Markdown، HTML، PDF) را وارد و رویدادهایشان را استخراج می‌کند، یا دادهٔ رویدادها را (ACLED، UCDP GED، GDELT، TimelineJS، vis-timeline، CSV).</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>فایل فضای کاری؛ اگر وجود نداشته باشد، فایل تازه‌ای ساخته می‌شود.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>فضای_کاری</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative dates such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>تاریخ نشر (YYYY-MM-DD) که تاریخ‌های نسبی مانند «ماه گذشته» بر پایهٔ آن تعیین می‌شوند؛ بر تاریخ ذکرشده در فایل برتری دارد.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Import the good rows of a data file and report the bad ones; without it a data file with a bad row is not imported at all.</source>
        <translation>سطرهای درست یک فایل داده را وارد می‌کند و سطرهای نادرست را گزارش می‌دهد؛ بدون آن، فایل داده‌ای که یک سطر نادرست دارد اصلاً وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>Article files or folders to import.</source>
        <translation>فایل‌ها یا پوشه‌های مقاله برای وارد کردن.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>مسیر...</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>گزینهٔ ‎--db فضای_کاری الزامی است.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» برای ‎--published تاریخ نیست؛ از YYYY-MM-DD استفاده کنید.</translation>
    </message>
    <message>
        <source>Name at least one article file or folder to import.</source>
        <translation>دست‌کم یک فایل یا پوشهٔ مقاله را برای وارد کردن نام ببرید.</translation>
    </message>
    <message>
        <source>%1: No such file or folder.</source>
        <translation>%1: چنین فایل یا پوشه‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already in the workspace as article %2; not imported again.</source>
        <translation>%1: از قبل به عنوان مقالهٔ %2 در فضای کاری هست؛ دوباره وارد نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from other articles)</source>
        <translation>
            <numerusform> (%n رویداد از مقاله‌های دیگر از قبل شناخته‌شده)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n actor(s)</source>
        <translation>
            <numerusform>، %n بازیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n تازه)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>، %n هشدار</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message>
        <source>Use --skip-bad-rows to import the other rows.</source>
        <translation>برای وارد کردن سطرهای دیگر از ‎--skip-bad-rows استفاده کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2، %n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>، %n بازیگر تازه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)</source>
        <translation>
            <numerusform>، %n منبع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>، %n سطر نادرست رد شد: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop reading articles; what was read stays for review</source>
        <translation>توقف خواندن مقاله‌ها؛ آنچه خوانده شده برای بازبینی می‌ماند</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>Faultline imports .txt, .md, .html and .pdf articles and .csv, .tsv and .json event data; “%1” is none of these.</source>
        <translation>Faultline مقاله‌های ‎.txt، ‎.md، ‎.html و ‎.pdf و دادهٔ رویدادهای ‎.csv، ‎.tsv و ‎.json را وارد می‌کند؛ «%1» هیچ‌کدام از این‌ها نیست.</translation>
    </message>
    <message>
        <source>Open a workspace to import articles into it.</source>
        <translation>یک فضای کاری باز کنید تا مقاله‌ها را در آن وارد کنید.</translation>
    </message>
    <message>
        <source>This workspace is read-only; articles cannot be imported into it.</source>
        <translation>این فضای کاری فقط‌خواندنی است؛ نمی‌توان مقاله‌ای در آن وارد کرد.</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>یک وارد کردن در جریان است؛ منتظر بمانید یا آن را لغو کنید.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>چیزی برای وارد کردن نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %n file(s) or folder(s) for review.</source>
        <translation>
            <numerusform>رها کنید تا %n فایل یا پوشه برای بازبینی خوانده شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline imports files from this computer, not web addresses; save the page first.</source>
        <translation>Faultline فایل‌های همین کمپیوتر را وارد می‌کند، نه نشانی‌های وب را؛ نخست صفحه را ذخیره کنید.</translation>
    </message>
    <message>
        <source>The dropped text is empty.</source>
        <translation>متن رهاشده خالی است.</translation>
    </message>
    <message>
        <source>Drop to read the text as an article for review.</source>
        <translation>رها کنید تا متن به عنوان یک مقاله برای بازبینی خوانده شود.</translation>
    </message>
    <message>
        <source>Faultline imports articles as files, text or HTML; this is none of these.</source>
        <translation>Faultline مقاله‌ها را به صورت فایل، متن یا HTML وارد می‌کند؛ این هیچ‌کدام از این‌ها نیست.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Dropped HTML</source>
        <translation>HTML رهاشده</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>متن رهاشده</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>در حال جستجوی مقاله‌ها…</translation>
    </message>
    <message>
        <source>Import cancelled; no article was read.</source>
        <translation>وارد کردن لغو شد؛ هیچ مقاله‌ای خوانده نشد.</translation>
    </message>
    <message>
        <source>There were no articles to import.</source>
        <translation>مقاله‌ای برای وارد کردن نبود.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>در حال خواندن مقاله‌ها…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n مقاله وارد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n event(s)</source>
        <translation>
            <numerusform> با %n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the workspace</source>
        <translation>
            <numerusform>، %n مورد از قبل در فضای کاری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed: </source>
        <translation>
            <numerusform>، %n مورد ناکام: </numerusform>
        </translation>
    </message>
    <message>
        <source>Import discarded; nothing was written.</source>
        <translation>وارد کردن کنار گذاشته شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>در حال خواندن %1 (%2 از %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>%n مقاله خوانده شد</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (لغوشده)</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportReviewDialog</name>
    <message>
        <source>asserted</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>نفی‌شده</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>فرضی</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Review Import</source>
        <translation>بازبینی وارد کردن</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>رسانه:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاریخ نشر:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>As Written</source>
        <translation>به شکل نوشته‌شده</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>بازیگران</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>وجه</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>پذیرفتن &amp;همه</translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation>پذیرفتن &amp;انتخاب‌شده‌ها</translation>
    </message>
    <message>
        <source>Import the checked articles with their checked events</source>
        <translation>مقاله‌های علامت‌خورده را با رویدادهای علامت‌خورده‌شان وارد کنید</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;کنار گذاشتن</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
%n رویداد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
already in the workspace</source>
        <translation>%1
از قبل در فضای کاری</translation>
    </message>
    <message>
        <source>%1
could not be read</source>
        <translation>%1
خوانده نشد</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>هنوز چیزی خوانده نشده</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>“%1” %2; it is not imported.</source>
        <translation>«%1» %2؛ وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>This article is already in the workspace (article %1); it is not imported again.</source>
        <translation>این مقاله از قبل در فضای کاری است (مقالهٔ %1)؛ دوباره وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>This article has the same text as another one of this import; it is not imported twice.</source>
        <translation>متن این مقاله با مقالهٔ دیگری در همین وارد کردن یکی است؛ دو بار وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>نامعین</translation>
    </message>
    <message numerus="yes">
        <source>No publication date was found: relative dates stay unresolved until you give one (%n event(s) without a date).</source>
        <translation>
            <numerusform>تاریخ نشر پیدا نشد: تاریخ‌های نسبی تا زمانی که تاریخی بدهید نامعین می‌مانند (%n رویداد بدون تاریخ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed from %1 found in the article; relative dates follow it.</source>
        <translation>از %1 که در مقاله پیدا شد تغییر کرد؛ تاریخ‌های نسبی از آن پیروی می‌کنند.</translation>
    </message>
    <message>
        <source>Given by you; relative dates follow it.</source>
        <translation>شما داده‌اید؛ تاریخ‌های نسبی از آن پیروی می‌کنند.</translation>
    </message>
    <message>
        <source>Found in the article; relative dates such as “yesterday” are resolved against it.</source>
        <translation>در مقاله پیدا شد؛ تاریخ‌های نسبی مانند «دیروز» بر پایهٔ آن تعیین می‌شوند.</translation>
    </message>
    <message>
        <source>Type the whole day: YYYY-MM-DD.</source>
        <translation>روز کامل را بنویسید: YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as YYYY-MM-DD.</source>
        <translation>«%1» یک روز نیست؛ آن را به شکل YYYY-MM-DD بنویسید.</translation>
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
        <translation>لغو یا تکرار وارد کردن ناکام شد: %1</translation>
    </message>
    <message>
        <source>The workspace has changed since the import (its rows were edited elsewhere), so it cannot be undone. Nothing was changed.</source>
        <translation>فضای کار از زمان وارد کردن تغییر کرده است (ردیف‌های آن در جای دیگری ویرایش شده‌اند)، پس لغو آن ممکن نیست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The workspace has changed since the import was undone (new rows took its place), so it cannot be redone. Nothing was changed.</source>
        <translation>فضای کار از زمان لغو وارد کردن تغییر کرده است (ردیف‌های تازه جای آن را گرفته‌اند)، پس تکرار آن ممکن نیست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed: the table %1 is missing.</source>
        <translation>لغو یا تکرار وارد کردن ناکام شد: جدول %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>چیزی برای لغو نیست.</translation>
    </message>
    <message>
        <source>Undoing the import failed: no room for a temporary file in %1 (%2).</source>
        <translation>لغو وارد کردن ناکام شد: در %1 جایی برای فایل موقت نیست (%2).</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>چیزی برای تکرار نیست.</translation>
    </message>
</context>
<context>
    <name>Faultline::MainWindow</name>
    <message>
        <source>Cannot Change the Workspace</source>
        <translation>فضای کاری تغییر داده نمی‌شود</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;برگشت</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوباره</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;رویداد تازه…</translation>
    </message>
    <message>
        <source>Add an event by hand</source>
        <translation>افزودن دستی یک رویداد</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>و&amp;یرایش رویداد…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;حذف رویداد</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>ذخیره به &amp;نام…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and go on working in the copy</source>
        <translation>کاپی کردن فضای کاری در یک فایل تازه و ادامهٔ کار در کاپی</translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation>فضای کاری ذخیره نمی‌شود</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”; you are working in the copy now.</source>
        <translation>یک کاپی با نام «%1» ذخیره شد؛ اکنون در کاپی کار می‌کنید.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>ذخیرهٔ فضای کاری به نام</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline)</source>
        <translation>فضاهای کاری Faultline ‏(*.faultline)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>بازیگران</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>جزئیات رویداد</translation>
    </message>
    <message>
        <source>Actor Graph</source>
        <translation>گراف بازیگران</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>فضای کاری &amp;تازه…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>ساختن یک فایل فضای کاری خالی</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;باز کردن فضای کاری…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>باز کردن یک فایل فضای کاری</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>ب&amp;ستن فضای کاری</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>پاک کردن &amp;فهرست</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <source>Search event titles and evidence</source>
        <translation>جستجو در عنوان‌های رویدادها و شواهد</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;گنجاندن همه</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>بزرگ‌نمایی تا &amp;انتخاب</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;رفتن به تاریخ…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;وارد کردن مقاله‌ها…</translation>
    </message>
    <message>
        <source>Read articles (text, Markdown, HTML, PDF) and review their events before importing them</source>
        <translation>خواندن مقاله‌ها (متن، Markdown، HTML، PDF) و بازبینی رویدادهایشان پیش از وارد کردن</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسباندن</translation>
    </message>
    <message>
        <source>Import the article text or files on the clipboard</source>
        <translation>وارد کردن متن مقاله یا فایل‌های موجود در کلیپ‌بورد</translation>
    </message>
    <message>
        <source>&amp;No Lanes</source>
        <translation>&amp;بدون ردیف</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>بر پایهٔ با&amp;زیگر</translation>
    </message>
    <message>
        <source>By Event &amp;Type</source>
        <translation>بر پایهٔ &amp;نوع رویداد</translation>
    </message>
    <message>
        <source>By A&amp;rticle</source>
        <translation>بر پایهٔ &amp;مقاله</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;صادر کردن خط زمانی…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, PDF or SVG file</source>
        <translation>ذخیرهٔ خط زمانی در فایل PNG، PDF یا SVG</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>صادر کردن &amp;گزارش خلاصه…</translation>
    </message>
    <message>
        <source>Save a PDF briefing: the timeline, the events with their evidence and the articles</source>
        <translation>ذخیرهٔ گزارش خلاصه به صورت PDF: خط زمانی، رویدادها با شواهدشان و مقاله‌ها</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>صادر کردن &amp;داده‌ها…</translation>
    </message>
    <message>
        <source>Save the events or the actor graph as TimelineJS, CSV, JSON, ACLED, GEXF or GraphML</source>
        <translation>ذخیرهٔ رویدادها یا گراف بازیگران به صورت TimelineJS، CSV، JSON، ACLED، GEXF یا GraphML</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>&amp;About Faultline</source>
        <translation>&amp;دربارهٔ Faultline</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>Language, calendar, default lanes and theme</source>
        <translation>زبان، تقویم، ردیف‌های پیش‌فرض و پوسته</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>ر&amp;دیف‌ها</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>فضای کاری باز نمی‌شود</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2</source>
        <translation>فضای کاری «%1» باز نشد.

%2</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>فضای کاری ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>«%1» جایگزین نشد: %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>هیچ فضای کاری باز نیست</translation>
    </message>
    <message numerus="yes">
        <source>%1 events shown of %2</source>
        <translation>
            <numerusform>%1 رویداد از %2 نمایش داده شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 without a resolved date</source>
        <translation>
            <numerusform>%1 · %2 بدون تاریخ معین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in view</source>
        <translation>
            <numerusform>%1 در دید</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [فقط‌خواندنی]</translation>
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
        <translation>فضای کاری تازه</translation>
    </message>
    <message>
        <source>Untitled.faultline</source>
        <translation>بی‌عنوان.faultline</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>باز کردن فضای کاری</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline);;All files (*)</source>
        <translation>فضاهای کاری Faultline ‏(*.faultline);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>صادر کردن گزارش خلاصه</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>عنوان گزارش:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>گزارش صادر نمی‌شود</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>چاپ خط زمانی</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>چاپ ممکن نیست</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>وارد کردن مقاله‌ها</translation>
    </message>
    <message>
        <source>Articles and event data (%1 %2);;Articles (%1);;Event data: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;All files (*)</source>
        <translation>مقاله‌ها و دادهٔ رویدادها (%1 %2);;مقاله‌ها (%1);;دادهٔ رویدادها: ACLED، UCDP، GDELT، TimelineJS، CSV ‏(%2);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>Faultline::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>ادغام «%1» در «%2»</translation>
    </message>
</context>
<context>
    <name>Faultline::MoveEventCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>جابه‌جا کردن «%1»</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>هیچ رویدادی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>An event without a resolved date cannot be moved; edit its date instead.</source>
        <translation>رویداد بدون تاریخ معین جابه‌جا نمی‌شود؛ به جای آن تاریخش را ویرایش کنید.</translation>
    </message>
</context>
<context>
    <name>Faultline::NameLookup</name>
    <message>
        <source>Article %1</source>
        <translation>مقالهٔ %1</translation>
    </message>
</context>
<context>
    <name>Faultline::OverviewChart</name>
    <message>
        <source>Events per period appear here</source>
        <translation>رویدادها در هر دوره اینجا نمایش داده می‌شوند</translation>
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
        <translation>نمای کلی: رویدادها در هر دوره</translation>
    </message>
    <message>
        <source>Drag to choose the time range the timeline shows; click to move it there.</source>
        <translation>بکشید تا بازهٔ زمانی نمایش‌داده‌شده در خط زمانی را برگزینید؛ کلیک کنید تا آن را به آنجا ببرید.</translation>
    </message>
</context>
<context>
    <name>Faultline::PdfReader</name>
    <message>
        <source>is not a PDF file (it has no PDF header)</source>
        <translation>فایل PDF نیست (سرآیند PDF ندارد)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>فایل PDF آسیب‌دیده‌ای است که باز نمی‌شود</translation>
    </message>
    <message>
        <source>is a password-protected PDF file</source>
        <translation>فایل PDF محافظت‌شده با رمز عبور است</translation>
    </message>
    <message>
        <source>is a PDF without text (a scanned PDF needs text recognition first)</source>
        <translation>PDF بدون متن است (PDF اسکن‌شده نخست به بازشناسی متن نیاز دارد)</translation>
    </message>
    <message>
        <source>The PDF does not state a publication date; its creation date was not used as one.</source>
        <translation>PDF تاریخ نشری ذکر نمی‌کند؛ تاریخ ساخت آن به جای آن به کار نرفت.</translation>
    </message>
</context>
<context>
    <name>Faultline::Preferences</name>
    <message>
        <source>No lanes</source>
        <translation>بدون ردیف</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>بر پایهٔ بازیگر</translation>
    </message>
    <message>
        <source>By event type</source>
        <translation>بر پایهٔ نوع رویداد</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>بر پایهٔ مقاله</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Left to right</source>
        <comment>time axis direction</comment>
        <translation>از چپ به راست</translation>
    </message>
    <message>
        <source>Right to left</source>
        <comment>time axis direction</comment>
        <translation>از راست به چپ</translation>
    </message>
</context>
<context>
    <name>Faultline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Arabic and Persian also mirror the layout, right to left.</source>
        <translation>عربی و فارسی چیدمان را هم از راست به چپ وارونه می‌کنند.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>ردیف‌های &amp;پیش‌فرض:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>پو&amp;سته:</translation>
    </message>
    <message>
        <source>Time &amp;runs:</source>
        <comment>time axis direction</comment>
        <translation>&amp;جهت زمان:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>پیش‌فرض سیستم (%1)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>امروز: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::RelationEventsList</name>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close the list of shared events</source>
        <translation>بستن فهرست رویدادهای مشترک</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event and evidence</source>
        <translation>رویداد و شاهد</translation>
    </message>
    <message>
        <source>Shared events</source>
        <translation>رویدادهای مشترک</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln shared event(s)</source>
        <translation>
            <numerusform>%1 و %2: %Ln رویداد مشترک</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 وابسته به %2</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>%1 مورد نخست فهرست شده‌اند.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بی‌تاریخ</translation>
    </message>
</context>
<context>
    <name>Faultline::RenameActorCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>تغییر نام «%1» به «%2»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>هیچ بازیگری با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>بازیگر باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is already an actor named “%1”; merge the two instead.</source>
        <translation>بازیگری به نام «%1» از قبل وجود دارد؛ به جای آن این دو را ادغام کنید.</translation>
    </message>
</context>
<context>
    <name>Faultline::ReportExporter</name>
    <message>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>دهه</translation>
    </message>
    <message>
        <source>century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقریبی</translation>
    </message>
    <message>
        <source>before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>after</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاریخ نامعلوم</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>مقالهٔ %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>گزارش خلاصه</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n بازیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>صادرشده از Faultline در %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this report.</source>
        <translation>هیچ رویدادی از فضای کاری در این گزارش نیست.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (precision, qualifier)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Date unresolved</source>
        <translation>تاریخ نامعین</translation>
    </message>
    <message>
        <source>%1; written “%2”</source>
        <translation>%1؛ نوشته‌شده «%2»</translation>
    </message>
    <message>
        <source>%1 (CAMEO %2)</source>
        <translation>%1 (CAMEO %2)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>نوع: %1</translation>
    </message>
    <message>
        <source>unknown actor</source>
        <translation>بازیگر نامعلوم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>بازیگران: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Source: article %1</source>
        <translation>منبع: مقالهٔ %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>گراف بازیگران</translation>
    </message>
    <message>
        <source>The report cannot be painted.</source>
        <translation>گزارش رسم نمی‌شود.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 نوشته نمی‌شود: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 نوشته نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::RowMapper</name>
    <message>
        <source>%1 fields where the header has %2; a delimiter or quote may be wrong.</source>
        <translation>%1 فیلد در حالی که سرآیند %2 فیلد دارد؛ شاید جداکننده یا گیومه نادرست باشد.</translation>
    </message>
    <message>
        <source>The file looks like %1 but has no column “%2”.</source>
        <translation>فایل شبیه %1 است اما ستون «%2» را ندارد.</translation>
    </message>
    <message>
        <source>The required value “%1” is empty.</source>
        <translation>مقدار الزامی «%1» خالی است.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» تاریخ نیست (%2).</translation>
    </message>
</context>
<context>
    <name>Faultline::SampleWorkspace</name>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>مقالهٔ نمونه در این نسخه وجود ندارد.</translation>
    </message>
    <message>
        <source>The long road to the Doha talks</source>
        <translation>راه دراز تا گفتگوهای دوحه</translation>
    </message>
    <message>
        <source>Faultline sample</source>
        <translation>نمونهٔ Faultline</translation>
    </message>
</context>
<context>
    <name>Faultline::SchemaMigrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>نسخهٔ طرح‌واره خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Upgrading to version %1 failed: %2</source>
        <translation>ارتقا به نسخهٔ %1 ناکام شد: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::SetActorAffiliationCommand</name>
    <message>
        <source>Affiliate “%1” with “%2”</source>
        <translation>وابسته کردن «%1» به «%2»</translation>
    </message>
    <message>
        <source>Clear Affiliation of “%1”</source>
        <translation>پاک کردن وابستگی «%1»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>هیچ بازیگری با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>“%1” cannot belong to an actor that belongs to it.</source>
        <translation>«%1» نمی‌تواند وابسته به بازیگری باشد که خود به آن وابسته است.</translation>
    </message>
</context>
<context>
    <name>Faultline::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced by �.</source>
        <translation>برخی بایت‌ها %1 معتبر نیستند و با � جایگزین شدند.</translation>
    </message>
    <message>
        <source>The declared character set %1 is not supported; the text was read as Windows-1252.</source>
        <translation>مجموعه‌نویسهٔ اعلام‌شدهٔ %1 پشتیبانی نمی‌شود؛ متن به صورت Windows-1252 خوانده شد.</translation>
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
        <translation>تصویری به اندازهٔ %1 × %2 پیکسل خالی است؛ پهنایی دست‌کم یک پیکسل بدهید.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is too large; the limit is %3 pixels per side and %4 megapixels.</source>
        <translation>تصویری به اندازهٔ %1 × %2 پیکسل بیش از حد بزرگ است؛ حد آن %3 پیکسل برای هر ضلع و %4 مگاپیکسل است.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>بدون رویداد</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this export.</source>
        <translation>هیچ رویدادی از فضای کاری در این خروجی نیست.</translation>
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
        <translation>مقالهٔ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, date</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>منابع: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>منابع: %1؛ و %n منبع دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>صادرشده از Faultline در %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>حافظه برای تصویری به اندازهٔ %1 × %2 پیکسل کافی نیست.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>صفحه رسم نمی‌شود.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Timeline exported from Faultline</source>
        <translation>خط زمانی صادرشده از Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>SVG رسم نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineIndexLoader</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقالهٔ بی‌عنوان</translation>
    </message>
    <message>
        <source>Unnamed actor</source>
        <translation>بازیگر بی‌نام</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsRowMapper</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ آغاز است.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsWriter</name>
    <message>
        <source>%1, %2</source>
        <comment>article, outlet</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
    <message>
        <source>There is nothing to write to.</source>
        <translation>مقصدی برای نوشتن وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsonReader</name>
    <message>
        <source>The JSON cannot be read at byte %1: %2.</source>
        <translation>JSON در بایت %1 خوانده نمی‌شود: %2.</translation>
    </message>
    <message>
        <source>The JSON is neither TimelineJS (an object with &quot;events&quot;) nor vis-timeline items (an array of objects with &quot;start&quot;).</source>
        <translation>JSON نه TimelineJS است (شیئی با &quot;events&quot;) و نه موردهای vis-timeline (آرایه‌ای از شیءها با &quot;start&quot;).</translation>
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
        <translation>فصل %1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>decade</comment>
        <translation>دههٔ %1</translation>
    </message>
    <message>
        <source>No event has a resolved date.</source>
        <translation>هیچ رویدادی تاریخ معین ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) dated only to a longer period span this whole range</source>
        <translation>
            <numerusform>%Ln رویداد که تنها به دوره‌ای طولانی‌تر تاریخ‌گذاری شده‌اند، کل این بازه را در بر می‌گیرند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a resolved date</source>
        <translation>
            <numerusform>%Ln رویداد بدون تاریخ معین</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>هنوز رویدادی نیست</translation>
    </message>
    <message>
        <source>Drop articles here to extract their events, or open the sample workspace.</source>
        <translation>مقاله‌ها را اینجا رها کنید تا رویدادهایشان استخراج شود، یا فضای کاری نمونه را باز کنید.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Scroll the timeline in time</source>
        <translation>پیمایش خط زمانی در زمان</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>پیمایش ردیف‌ها</translation>
    </message>
    <message>
        <source>No matching events</source>
        <translation>رویداد منطبقی نیست</translation>
    </message>
    <message>
        <source>No event matches the current filter. Clear the filter to see all events again.</source>
        <translation>هیچ رویدادی با فیلتر کنونی منطبق نیست. فیلتر را پاک کنید تا همهٔ رویدادها دوباره دیده شوند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) here; double-click to zoom in</source>
        <translation>
            <numerusform>%Ln رویداد در اینجا؛ برای بزرگ‌نمایی دوبار کلیک کنید</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>نامعین</translation>
    </message>
    <message>
        <source>Date: “%1”, resolved to %2</source>
        <translation>تاریخ: «%1»، تعیین‌شده به %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>نوع: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>بازیگران: %1</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>بردن ردیف به بالا</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>بردن ردیف به پایین</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>باز کردن ردیف</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>جمع کردن ردیف</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>باز کردن همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>گنجاندن همه</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>بزرگ‌نمایی تا انتخاب</translation>
    </message>
    <message>
        <source>No events. Drop articles here to extract their events.</source>
        <translation>رویدادی نیست. مقاله‌ها را اینجا رها کنید تا رویدادهایشان استخراج شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation>
            <numerusform>%Ln رویداد از %1 تا %2. کلیدهای مثبت و منفی بزرگ‌نمایی و کوچک‌نمایی می‌کنند، کلیدهای جهت‌نما جابه‌جا می‌کنند، Tab میان رویدادها می‌رود و Enter یکی را باز می‌کند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::TimexCommand</name>
    <message>
        <source>Print the time expressions of an article as TimeML TIMEX3 values (JSON).</source>
        <translation>عبارت‌های زمانی یک مقاله را به صورت مقدارهای TIMEX3 از TimeML ‏(JSON) چاپ می‌کند.</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative expressions such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>تاریخ نشر (YYYY-MM-DD) که عبارت‌های نسبی مانند «ماه گذشته» بر پایهٔ آن تعیین می‌شوند؛ بر تاریخ ذکرشده در فایل برتری دارد.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Output format: json (the default and only one).</source>
        <translation>قالب خروجی: json (پیش‌فرض و تنها قالب).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>فایل مقاله.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json.</source>
        <translation>قالب ناشناخته «%1»؛ از json استفاده کنید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» برای ‎--published تاریخ نیست؛ از YYYY-MM-DD استفاده کنید.</translation>
    </message>
    <message>
        <source>Name exactly one article file.</source>
        <translation>دقیقاً یک فایل مقاله را نام ببرید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The time expressions cannot be written: %1</source>
        <translation>عبارت‌های زمانی نوشته نشدند: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::Transaction</name>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>فضای کاری فقط‌خواندنی باز است.</translation>
    </message>
    <message>
        <source>The workspace file %1 was moved or deleted while it was open; nothing was written.</source>
        <translation>فایل فضای کاری %1 هنگامی که باز بود جابه‌جا یا حذف شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>فضای کاری مشغول است: برنامهٔ دیگری در آن می‌نویسد. پس از پایان کار آن دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>تراکنش فعال نیست.</translation>
    </message>
</context>
<context>
    <name>Faultline::UcdpRowMapper</name>
    <message>
        <source>“%1” is not a type of violence (1, 2 or 3).</source>
        <translation>«%1» نوعی از خشونت نیست (1، 2 یا 3).</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoController</name>
    <message>
        <source>This workspace cannot be changed.</source>
        <translation>این فضای کاری تغییر داده نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ناکام شد: %2</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>%1 برگشت داده نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoJournal</name>
    <message>
        <source>Changes can only be recorded in a workspace open for writing.</source>
        <translation>تغییرها تنها در فضای کاری باز برای نوشتن ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>Changes are not being recorded.</source>
        <translation>تغییرها ثبت نمی‌شوند.</translation>
    </message>
    <message>
        <source>The change cannot be reverted: %1</source>
        <translation>تغییر برگردانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The change cannot be reverted because the workspace has changed since.</source>
        <translation>تغییر برگردانده نمی‌شود، زیرا فضای کاری از آن زمان تغییر کرده است.</translation>
    </message>
</context>
<context>
    <name>Faultline::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>هیچ فایل فضای کاری داده نشد.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because the Qt SQLite driver is missing.</source>
        <translation>%1 باز نمی‌شود، زیرا درایور SQLite برای Qt موجود نیست.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 باز نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 ارتقا نیافت: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder does not exist.</source>
        <translation>%1 ساخته نمی‌شود، زیرا پوشهٔ آن وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder is read-only.</source>
        <translation>%1 ساخته نمی‌شود، زیرا پوشهٔ آن فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ساخته نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 is not a Faultline workspace.</source>
        <translation>%1 فضای کاری Faultline نیست.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 آسیب دیده است.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Faultline.</source>
        <translation>%1 با نسخهٔ تازه‌تری از Faultline ساخته شده است.</translation>
    </message>
    <message>
        <source>%1 was created by an older version of Faultline and must be opened for writing to be upgraded.</source>
        <translation>%1 با نسخهٔ قدیمی‌تری از Faultline ساخته شده است و برای ارتقا باید با اجازهٔ نوشتن باز شود.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>%1 is read-only because its folder is read-only.</source>
        <translation>%1 فقط‌خواندنی است، زیرا پوشهٔ آن فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>نسخهٔ طرح‌واره خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the workspace, or the disk cannot be written; free some space and try again.</source>
        <translation>فضای کافی روی دیسک برای ذخیرهٔ فضای کاری نیست، یا روی دیسک نوشته نمی‌شود؛ مقداری فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceBackup</name>
    <message>
        <source>No workspace is open.</source>
        <translation>هیچ فضای کاری باز نیست.</translation>
    </message>
    <message>
        <source>%1 cannot be written because its folder does not exist.</source>
        <translation>%1 نوشته نمی‌شود، زیرا پوشهٔ آن وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is the open workspace itself; choose another file.</source>
        <translation>%1 خود فضای کاری باز است؛ فایل دیگری برگزینید.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 یک پوشه است.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the file cannot be replaced.</source>
        <translation>%1 نوشته نشد: فایل جایگزین نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceCommand</name>
    <message>
        <source>This change was written elsewhere and can only be undone.</source>
        <translation>این تغییر در جای دیگری نوشته شده و تنها برگشت داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No translation for &apos;%1&apos;; messages stay in English.</source>
        <translation>ترجمه‌ای برای «%1» نیست؛ پیام‌ها به انگلیسی می‌مانند.</translation>
    </message>
    <message>
        <source>--lang needs a language code, such as fr or ar.</source>
        <translation>‎--lang به کد زبان نیاز دارد، مانند fr یا ar.</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting.</source>
        <translation>رویدادهای تاریخ‌دار و بازیگران برگرفته از گزارش‌های منازعات.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>فضای کاری برای باز کردن (پیش‌فرض: آخرین).</translation>
    </message>
    <message>
        <source>Give at most one workspace.</source>
        <translation>حداکثر یک فضای کاری بدهید.</translation>
    </message>
</context>
</TS>
