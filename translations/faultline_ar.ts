<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Faultline::AboutDialog</name>
    <message>
        <source>About Faultline</source>
        <translation>حول Faultline</translation>
    </message>
    <message>
        <source>Faultline %1</source>
        <translation>Faultline %1</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting, as a timeline and an actor graph. Every event leads back to the sentence it was read in.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.

Built with Qt %1.</source>
        <translation>أحداث مؤرَّخة وجهات فاعلة مستخلصة من التغطية الصحفية للنزاعات، تُعرض في خط زمني وفي مخطط للجهات الفاعلة. كل حدث يعود إلى الجملة التي قُرئ فيها.

الترخيص: رخصة غنو العمومية (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق (GPL-3.0-or-later). يأتي هذا البرنامج دون أي ضمان على الإطلاق.

بُني باستخدام Qt %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::AcceptImportCommand</name>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>استيراد المقالات</numerusform>
            <numerusform>استيراد مقال واحد</numerusform>
            <numerusform>استيراد مقالين</numerusform>
            <numerusform>استيراد %n مقالات</numerusform>
            <numerusform>استيراد %n مقالًا</numerusform>
            <numerusform>استيراد %n مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::AcledCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::Actor</name>
    <message>
        <source>State</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>قوات عسكرية</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <source>Political party</source>
        <translation>حزب سياسي</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>Set &amp;Affiliation…</source>
        <translation>تعيين الان&amp;تماء…</translation>
    </message>
    <message>
        <source>&amp;Clear Affiliation</source>
        <translation>إ&amp;زالة الانتماء</translation>
    </message>
    <message>
        <source>Rename Actor</source>
        <translation>إعادة تسمية الجهة الفاعلة</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>الاسم الجديد لـ«%1»:</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>دمج الجهة الفاعلة</translation>
    </message>
    <message>
        <source>Merge “%1” into (its name and aliases become aliases there):</source>
        <translation>دمج «%1» في (يصبح اسمها وأسماؤها البديلة أسماءً بديلة هناك):</translation>
    </message>
    <message>
        <source>Set Affiliation</source>
        <translation>تعيين الانتماء</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>«%1» تنتمي إلى:</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphBuilder</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>مساحة العمل غير مفتوحة.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPainter</name>
    <message>
        <source>Cooperation</source>
        <translation>تعاون</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>نزاع</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>غير مصنَّف</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>انتماء</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPanel</name>
    <message numerus="yes">
        <source> step(s)</source>
        <comment>suffix of the neighbourhood depth</comment>
        <translation>
            <numerusform> خطوة</numerusform>
            <numerusform> خطوة</numerusform>
            <numerusform> خطوة</numerusform>
            <numerusform> خطوات</numerusform>
            <numerusform> خطوة</numerusform>
            <numerusform> خطوة</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>الجوار</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors within the chosen number of steps</source>
        <translation>اعرض الجهة الفاعلة المحددة والجهات الفاعلة الواقعة ضمن عدد الخطوات المختار فقط</translation>
    </message>
    <message>
        <source>How many steps from the actor the neighbourhood reaches</source>
        <translation>عدد الخطوات التي يمتد إليها الجوار من الجهة الفاعلة</translation>
    </message>
    <message>
        <source>All Actors</source>
        <translation>كل الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Leave the neighbourhood and show the whole graph again</source>
        <translation>اخرج من الجوار واعرض المخطط كاملًا مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>الأ&amp;على:</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>كل الجهات الفاعلة</translation>
    </message>
    <message>
        <source> actors</source>
        <translation> جهة فاعلة</translation>
    </message>
    <message>
        <source>Show at most this many actors, those with most events</source>
        <translation>اعرض هذا العدد على الأكثر من الجهات الفاعلة، وهي الأكثر أحداثًا</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation>اعرض المخطط كاملًا (Home)</translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation>تصدير ال&amp;مخطط…</translation>
    </message>
    <message>
        <source>Save the actor graph as a PNG, PDF or SVG file</source>
        <translation>احفظ مخطط الجهات الفاعلة في ملف PNG أو PDF أو SVG</translation>
    </message>
    <message>
        <source>Show &amp;Neighbourhood</source>
        <translation>عرض ال&amp;جوار</translation>
    </message>
    <message numerus="yes">
        <source>Show only this actor and the actors within %n step(s) of it</source>
        <translation>
            <numerusform>اعرض هذه الجهة الفاعلة فقط</numerusform>
            <numerusform>اعرض هذه الجهة الفاعلة والجهات الفاعلة الواقعة على بعد خطوة واحدة منها فقط</numerusform>
            <numerusform>اعرض هذه الجهة الفاعلة والجهات الفاعلة الواقعة على بعد خطوتين منها فقط</numerusform>
            <numerusform>اعرض هذه الجهة الفاعلة والجهات الفاعلة الواقعة على بعد %n خطوات منها فقط</numerusform>
            <numerusform>اعرض هذه الجهة الفاعلة والجهات الفاعلة الواقعة على بعد %n خطوة منها فقط</numerusform>
            <numerusform>اعرض هذه الجهة الفاعلة والجهات الفاعلة الواقعة على بعد %n خطوة منها فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;All Actors</source>
        <translation>عرض &amp;كل الجهات الفاعلة</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphView</name>
    <message>
        <source>Actor graph</source>
        <translation>مخطط الجهات الفاعلة</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s); %2 actors hidden</source>
        <translation>
            <numerusform>جوار %1؛ %2 جهات فاعلة مخفية</numerusform>
            <numerusform>جوار %1، خطوة واحدة؛ %2 جهات فاعلة مخفية</numerusform>
            <numerusform>جوار %1، خطوتان؛ %2 جهات فاعلة مخفية</numerusform>
            <numerusform>جوار %1، %Ln خطوات؛ %2 جهات فاعلة مخفية</numerusform>
            <numerusform>جوار %1، %Ln خطوة؛ %2 جهات فاعلة مخفية</numerusform>
            <numerusform>جوار %1، %Ln خطوة؛ %2 جهات فاعلة مخفية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s)</source>
        <translation>
            <numerusform>جوار %1</numerusform>
            <numerusform>جوار %1، خطوة واحدة</numerusform>
            <numerusform>جوار %1، خطوتان</numerusform>
            <numerusform>جوار %1، %Ln خطوات</numerusform>
            <numerusform>جوار %1، %Ln خطوة</numerusform>
            <numerusform>جوار %1، %Ln خطوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) hidden: only the top %1 are shown</source>
        <translation>
            <numerusform>لا جهات فاعلة مخفية: يُعرض أعلى %1</numerusform>
            <numerusform>جهة فاعلة واحدة مخفية: لا يُعرض إلا أعلى %1</numerusform>
            <numerusform>جهتان فاعلتان مخفيتان: لا يُعرض إلا أعلى %1</numerusform>
            <numerusform>%Ln جهات فاعلة مخفية: لا يُعرض إلا أعلى %1</numerusform>
            <numerusform>%Ln جهة فاعلة مخفية: لا يُعرض إلا أعلى %1</numerusform>
            <numerusform>%Ln جهة فاعلة مخفية: لا يُعرض إلا أعلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>لا توجد مساحة عمل مفتوحة</translation>
    </message>
    <message>
        <source>Open or create a workspace to see who deals with whom.</source>
        <translation>افتح مساحة عمل أو أنشئ واحدة لترى من يتعامل مع من.</translation>
    </message>
    <message>
        <source>The actor graph could not be built</source>
        <translation>تعذّر بناء مخطط الجهات الفاعلة</translation>
    </message>
    <message>
        <source>The workspace is empty</source>
        <translation>مساحة العمل فارغة</translation>
    </message>
    <message>
        <source>Import articles (File &gt; Import, or drop files here) and the actors of their events appear here.</source>
        <translation>استورد مقالات (ملف &gt; استيراد، أو أفلت الملفات هنا) وستظهر هنا الجهات الفاعلة في أحداثها.</translation>
    </message>
    <message>
        <source>%1 is not in the current filter</source>
        <translation>%1 ليست ضمن عامل التصفية الحالي</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names this actor. Widen the filters or go back to all actors.</source>
        <translation>لا يذكر أي حدث ضمن عوامل التصفية والنطاق الزمني الحاليين هذه الجهة الفاعلة. وسّع عوامل التصفية أو ارجع إلى كل الجهات الفاعلة.</translation>
    </message>
    <message>
        <source>No actors in the current filter</source>
        <translation>لا توجد جهات فاعلة ضمن عامل التصفية الحالي</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names an actor. Widen the time range or clear the filters.</source>
        <translation>لا يذكر أي حدث ضمن عوامل التصفية والنطاق الزمني الحاليين جهةً فاعلة. وسّع النطاق الزمني أو امسح عوامل التصفية.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%Ln أحداث</numerusform>
            <numerusform>%Ln حدثًا</numerusform>
            <numerusform>%Ln حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>ينتمي إلى</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared event(s)</source>
        <translation>
            <numerusform>لا أحداث مشتركة</numerusform>
            <numerusform>حدث مشترك واحد</numerusform>
            <numerusform>حدثان مشتركان</numerusform>
            <numerusform>%Ln أحداث مشتركة</numerusform>
            <numerusform>%Ln حدثًا مشتركًا</numerusform>
            <numerusform>%Ln حدث مشترك</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the actor graph…</source>
        <translation>جارٍ بناء مخطط الجهات الفاعلة…</translation>
    </message>
    <message>
        <source>In a large workspace this takes a few seconds; the timeline and the table can be used meanwhile.</source>
        <translation>يستغرق هذا بضع ثوانٍ في مساحة عمل كبيرة؛ يمكن استخدام الخط الزمني والجدول في أثناء ذلك.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorListPanel</name>
    <message>
        <source>Filter actors</source>
        <translation>تصفية الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة الفاعلة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>تُعرف أيضًا باسم: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>تحتاج الجهة الفاعلة إلى اسم.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>توجد بالفعل جهة فاعلة باسم %1.</translation>
    </message>
    <message>
        <source>An actor cannot be affiliated with itself.</source>
        <translation>لا يمكن أن تكون الجهة الفاعلة تابعة لنفسها.</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>لا توجد جهة فاعلة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>لا يمكن دمج الجهة الفاعلة في نفسها.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorsCommand</name>
    <message>
        <source>Print the actors of a workspace as JSON or CSV.</source>
        <translation>يطبع الجهات الفاعلة في مساحة عمل بصيغة JSON أو CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>ملف مساحة العمل؛ يُنشأ ملف جديد إن لم يكن موجودًا.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>مساحة_العمل</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>صيغة الإخراج: json (الافتراضية) أو csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>الخيار ‎--db مساحة_العمل مطلوب.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>صيغة غير معروفة «%1»؛ استخدم json أو csv.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The actors cannot be written: %1</source>
        <translation>تعذّرت كتابة الجهات الفاعلة: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleAssembler</name>
    <message>
        <source>Only the date of the last update is known; it is used as the publication date.</source>
        <translation>لا يُعرف إلا تاريخ آخر تحديث؛ ويُستخدم تاريخًا للنشر.</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleRepository</name>
    <message>
        <source>The workspace already holds an article with the same text.</source>
        <translation>تحتوي مساحة العمل بالفعل على مقال بالنص نفسه.</translation>
    </message>
    <message>
        <source>There is no article with the id %1.</source>
        <translation>لا يوجد مقال بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::BulkWriter</name>
    <message>
        <source>Writing to the workspace failed (%1): %2</source>
        <translation>فشلت الكتابة في مساحة العمل (%1): %2</translation>
    </message>
    <message>
        <source>Writing to the workspace failed: %1</source>
        <translation>فشلت الكتابة في مساحة العمل: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>An actor has no name.</source>
        <translation>جهة فاعلة بلا اسم.</translation>
    </message>
    <message>
        <source>The bulk write has not begun.</source>
        <translation>لم تبدأ الكتابة المجمّعة.</translation>
    </message>
</context>
<context>
    <name>Faultline::CalendarFormatter</name>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>هجري شمسي (فارسي)</translation>
    </message>
    <message>
        <source>Islamic (civil)</source>
        <translation>هجري (مدني)</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>%1 ق.م</translation>
    </message>
    <message>
        <source>%1 BH</source>
        <comment>a year before the Hijra</comment>
        <translation>%1 ق.هـ</translation>
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
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>month range</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>عقد %1</translation>
    </message>
    <message>
        <source>the decade from %1</source>
        <translation>العقد الذي يبدأ في %1</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>century</comment>
        <translation>القرن الذي يبدأ في %1</translation>
    </message>
    <message>
        <source>the century from %1</source>
        <translation>القرن الذي يبدأ في %1</translation>
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
        <translation>لا توجد جهة فاعلة بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Type (CAMEO code)</source>
        <translation>النوع (رمز CAMEO)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>أعمدة %1</translation>
    </message>
    <message>
        <source>Choose the columns that hold each part of an event. A date and a title are needed; the whole row is kept as evidence.</source>
        <translation>اختر الأعمدة التي تحمل كل جزء من الحدث. يلزم تاريخ وعنوان؛ ويُحفظ الصف كاملًا دليلًا.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(اختر عمودًا)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Choose a column for the date and the title.</source>
        <translation>اختر عمودًا للتاريخ وعمودًا للعنوان.</translation>
    </message>
</context>
<context>
    <name>Faultline::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>يعرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>وسيط غير متوقع «%1».</translation>
    </message>
</context>
<context>
    <name>Faultline::CommandLine</name>
    <message>
        <source>Usage: faultline [WORKSPACE]
       faultline COMMAND --db WORKSPACE [options]

</source>
        <translation>الاستخدام: faultline [مساحة_العمل]
           faultline الأمر --db مساحة_العمل [خيارات]

</translation>
    </message>
    <message>
        <source>Faultline turns news articles about armed conflicts into dated events and actors, shown as a timeline and an actor graph.
Without a command it opens WORKSPACE (or the last one) in the main window.

</source>
        <translation>يحوّل Faultline المقالات الإخبارية عن النزاعات المسلحة إلى أحداث مؤرَّخة وجهات فاعلة، تُعرض في خط زمني وفي مخطط للجهات الفاعلة.
ودون أمر، يفتح مساحة_العمل (أو آخر مساحة مستخدمة) في النافذة الرئيسية.

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>الأوامر:
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
الخيارات:
  -h, --help     يعرض هذه المساعدة.
  -v, --version  يعرض الإصدار.
  --lang CODE    يستخدم هذه اللغة (مثل fr أو ar) بدلًا من لغة النظام.

شغّل «faultline الأمر --help» لمعرفة خيارات أمر ما.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>يعرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>يعرض الإصدار.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>الأمر المطلوب تشغيله.</translation>
    </message>
    <message>
        <source>faultline: No command given; see &apos;faultline --help&apos;.
</source>
        <translation>faultline: لم يُحدَّد أي أمر؛ راجع «faultline --help».
</translation>
    </message>
    <message>
        <source>faultline: &apos;%1&apos; is not a command (see &apos;faultline --help&apos;); to create a workspace, name it like %1.faultline.
</source>
        <translation>faultline: «%1» ليس أمرًا (راجع «faultline --help»)؛ لإنشاء مساحة عمل، سمّها مثلًا %1.faultline.
</translation>
    </message>
</context>
<context>
    <name>Faultline::CreateEventCommand</name>
    <message>
        <source>New Event “%1”</source>
        <translation>حدث جديد «%1»</translation>
    </message>
</context>
<context>
    <name>Faultline::CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذّر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>السطر %1: حقل بين علامتي اقتباس لم يُغلق قبل نهاية الملف.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes; a quote may be missing.</source>
        <translation>السطر %1: حقل أطول من %2 بايت؛ ربما تنقص علامة اقتباس.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes.</source>
        <translation>السطر %1: حقل أطول من %2 بايت.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>السطر %1: أكثر من %2 عمود.</translation>
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
        <translation>الأحداث بصيغة CSV</translation>
    </message>
    <message>
        <source>Events as JSON</source>
        <translation>الأحداث بصيغة JSON</translation>
    </message>
    <message>
        <source>ACLED-style CSV</source>
        <translation>CSV بنمط ACLED</translation>
    </message>
    <message>
        <source>Actor graph as GEXF (Gephi)</source>
        <translation>مخطط الجهات الفاعلة بصيغة GEXF ‏(Gephi)</translation>
    </message>
    <message>
        <source>Actor graph as GraphML</source>
        <translation>مخطط الجهات الفاعلة بصيغة GraphML</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Events of the workspace %1, each with the sentences it was read in and their sources; made with Faultline.</source>
        <translation>أحداث مساحة العمل %1، كل منها مع الجمل التي قُرئ فيها ومصادرها؛ أُعدّ باستخدام Faultline.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>مساحة العمل غير مفتوحة.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFormat</name>
    <message>
        <source>unknown format</source>
        <translation>صيغة غير معروفة</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <translation>جدول بيانات TimelineJS</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV مع تعيين للأعمدة</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>جارٍ التراجع عن استيراد %1…</translation>
    </message>
    <message>
        <source>Redoing the import of %1…</source>
        <translation>جارٍ إعادة استيراد %1…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportDialog</name>
    <message>
        <source>Import Event Data</source>
        <translation>استيراد بيانات الأحداث</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>الملفات المراد استيرادها:</translation>
    </message>
    <message>
        <source>When a row cannot be read</source>
        <translation>عندما يتعذّر قراءة صف</translation>
    </message>
    <message>
        <source>Import nothing from that file</source>
        <translation>لا تستورد شيئًا من ذلك الملف</translation>
    </message>
    <message>
        <source>Skip the row and import the others</source>
        <translation>تخطَّ الصف واستورد الصفوف الأخرى</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>%1: not imported; no columns were chosen.</source>
        <translation>%1: لم يُستورد؛ لم تُختر أي أعمدة.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>جارٍ استيراد %1 (%2 من %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2، لا أحداث</numerusform>
            <numerusform>%1: %2، حدث واحد</numerusform>
            <numerusform>%1: %2، حدثان</numerusform>
            <numerusform>%1: %2، %n أحداث</numerusform>
            <numerusform>%1: %2، %n حدثًا</numerusform>
            <numerusform>%1: %2، %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>، لا جهات فاعلة جديدة</numerusform>
            <numerusform>، جهة فاعلة جديدة واحدة</numerusform>
            <numerusform>، جهتان فاعلتان جديدتان</numerusform>
            <numerusform>، %n جهات فاعلة جديدة</numerusform>
            <numerusform>، %n جهة فاعلة جديدة</numerusform>
            <numerusform>، %n جهة فاعلة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>، لم يُتخطَّ أي صف: </numerusform>
            <numerusform>، تُخطّي صف واحد غير صالح: </numerusform>
            <numerusform>، تُخطّي صفان غير صالحين: </numerusform>
            <numerusform>، تُخطّيت %n صفوف غير صالحة: </numerusform>
            <numerusform>، تُخطّي %n صفًا غير صالح: </numerusform>
            <numerusform>، تُخطّي %n صف غير صالح: </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the file being imported was not written.</source>
        <translation>أُلغي؛ لم يُكتب الملف الذي كان يُستورد.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n event(s) imported.</source>
        <translation>
            <numerusform>تم: لم يُستورد أي حدث.</numerusform>
            <numerusform>تم: استُورد حدث واحد.</numerusform>
            <numerusform>تم: استُورد حدثان.</numerusform>
            <numerusform>تم: استُوردت %n أحداث.</numerusform>
            <numerusform>تم: استُورد %n حدثًا.</numerusform>
            <numerusform>تم: استُورد %n حدث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImporter</name>
    <message>
        <source>item %1: %2</source>
        <translation>العنصر %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is in no format Faultline reads. Expected an ACLED or UCDP GED export, a GDELT event file (tab-separated, 57, 58 or 61 columns), a TimelineJS spreadsheet (Year, Month, Day, Headline, ...) or JSON, vis-timeline JSON, or a CSV with a date and a title column.</source>
        <translation>الملف ليس بأي صيغة يقرؤها Faultline. المتوقع: ملف مُصدَّر من ACLED أو UCDP GED، أو ملف أحداث GDELT (مفصول بعلامات الجدولة، 57 أو 58 أو 61 عمودًا)، أو جدول بيانات TimelineJS ‏(Year، Month، Day، Headline، ...) أو JSON، أو JSON من vis-timeline، أو ملف CSV فيه عمود للتاريخ وعمود للعنوان.</translation>
    </message>
    <message>
        <source>Its columns: %1.</source>
        <translation>أعمدته: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>The JSON file is too large to read.</source>
        <translation>ملف JSON أكبر من أن يُقرأ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذّر قراءة الملف: %1</translation>
    </message>
    <message numerus="yes">
        <source>The JSON file is larger than %n MB, the most Faultline reads.</source>
        <translation>
            <numerusform>ملف JSON أكبر من %n م.ب، وهو أقصى ما يقرؤه Faultline.</numerusform>
            <numerusform>ملف JSON أكبر من %n م.ب، وهو أقصى ما يقرؤه Faultline.</numerusform>
            <numerusform>ملف JSON أكبر من %n م.ب، وهو أقصى ما يقرؤه Faultline.</numerusform>
            <numerusform>ملف JSON أكبر من %n م.ب، وهو أقصى ما يقرؤه Faultline.</numerusform>
            <numerusform>ملف JSON أكبر من %n م.ب، وهو أقصى ما يقرؤه Faultline.</numerusform>
            <numerusform>ملف JSON أكبر من %n م.ب، وهو أقصى ما يقرؤه Faultline.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), so nothing was imported: </source>
        <translation>
            <numerusform>لا صفوف غير صالحة: </numerusform>
            <numerusform>صف واحد غير صالح، لذا لم يُستورد شيء: </numerusform>
            <numerusform>صفان غير صالحين، لذا لم يُستورد شيء: </numerusform>
            <numerusform>%n صفوف غير صالحة، لذا لم يُستورد شيء: </numerusform>
            <numerusform>%n صفًا غير صالح، لذا لم يُستورد شيء: </numerusform>
            <numerusform>%n صف غير صالح، لذا لم يُستورد شيء: </numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before (article %1); nothing was imported again.</source>
        <translation>استُورد هذا الملف من قبل (المقال %1)؛ لم يُستورد شيء مرة أخرى.</translation>
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
            <numerusform>حذف الأحداث</numerusform>
            <numerusform>حذف حدث واحد</numerusform>
            <numerusform>حذف حدثين</numerusform>
            <numerusform>حذف %n أحداث</numerusform>
            <numerusform>حذف %n حدثًا</numerusform>
            <numerusform>حذف %n حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>لم يُحدَّد أي حدث.</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentImporter</name>
    <message>
        <source>holds no article text</source>
        <translation>لا يحتوي على نص مقال</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentReader</name>
    <message>
        <source>is too large (%1 MB); Faultline imports articles up to %2 MB</source>
        <translation>كبير جدًا (%1 م.ب)؛ يستورد Faultline مقالات حتى %2 م.ب</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>is not a text, HTML or PDF file</source>
        <translation>ليس ملفًا نصيًا أو HTML أو PDF</translation>
    </message>
    <message>
        <source>contains no article text</source>
        <translation>لا يحتوي على نص مقال</translation>
    </message>
</context>
<context>
    <name>Faultline::EditEventCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>تحرير «%1»</translation>
    </message>
    <message>
        <source>The event is not stored yet.</source>
        <translation>لم يُحفظ الحدث بعد.</translation>
    </message>
</context>
<context>
    <name>Faultline::Event</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
</context>
<context>
    <name>Faultline::EventCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDetailsPanel</name>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Season or quarter</source>
        <translation>فصل أو ربع سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>غير مراجَع</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table to see its date, actors and evidence.</source>
        <translation>اختر حدثًا في الخط الزمني أو في الجدول لترى تاريخه وجهاته الفاعلة وأدلته.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>كما كُتب:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>الجهات الفاعلة:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>الثقة:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>المراجعة:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Unresolved: no publication date to resolve it against</source>
        <translation>غير محدد: لا يوجد تاريخ نشر يُحدَّد على أساسه</translation>
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
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 تابع لـ%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, inferred from a generic mention</source>
        <translation>%1، مستنتج من إشارة عامة</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>لم يُتعرَّف على شيء</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>The article is no longer in the workspace</source>
        <translation>لم يعد المقال موجودًا في مساحة العمل</translation>
    </message>
    <message>
        <source>Missing article</source>
        <translation>مقال مفقود</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No evidence recorded for this event.</source>
        <translation>لا توجد أدلة مسجلة لهذا الحدث.</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>القتلى:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>الإحداثيات:</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>المعرّف في مجموعة البيانات:</translation>
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
        <translation>يحتاج الحدث إلى عنوان.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventEditDialog</name>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Quarter or season</source>
        <translation>ربع سنة أو فصل</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY؛ فارغ إن كان غير معروف</translation>
    </message>
    <message>
        <source>Same as the start</source>
        <translation>مثل البداية</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>بالضبط</translation>
    </message>
    <message>
        <source>About</source>
        <translation>نحو</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة الفاعلة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Add Actor</source>
        <translation>إضافة جهة فاعلة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>ال&amp;دقة:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النو&amp;ع:</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>الجهات ال&amp;فاعلة:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>تحرير الحدث</translation>
    </message>
    <message>
        <source>Give a start date, or leave both dates empty when the date is unknown.</source>
        <translation>حدّد تاريخ البداية، أو اترك التاريخين فارغين إن كان التاريخ غير معروف.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«%1» ليس تاريخًا؛ اكتب YYYY-MM-DD أو YYYY-MM أو YYYY.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>أعطِ الحدث عنوانًا.</translation>
    </message>
    <message>
        <source>Latitude, −90 to 90</source>
        <translation>خط العرض، من −90 إلى 90</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude, −180 to 180</source>
        <translation>خط الطول، من −180 إلى 180</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>ال&amp;قتلى:</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>الإ&amp;حداثيات:</translation>
    </message>
    <message>
        <source>“%1” is not a number of fatalities; write a whole number, or leave it empty when it is unknown.</source>
        <translation>«%1» ليس عددًا للقتلى؛ اكتب عددًا صحيحًا، أو اترك الحقل فارغًا إن كان العدد غير معروف.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude; write degrees from −90 (south) to 90 (north).</source>
        <translation>«%1» ليس خط عرض؛ اكتب درجات من −90 (جنوبًا) إلى 90 (شمالًا).</translation>
    </message>
    <message>
        <source>“%1” is not a longitude; write degrees from −180 (west) to 180 (east).</source>
        <translation>«%1» ليس خط طول؛ اكتب درجات من −180 (غربًا) إلى 180 (شرقًا).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معًا، أو لا تدخل أيًّا منهما.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventRepository</name>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>لا يوجد حدث بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The actor %1 cannot take part in the event: %2</source>
        <translation>لا يمكن للجهة الفاعلة %1 المشاركة في الحدث: %2</translation>
    </message>
    <message>
        <source>The evidence from article %1 cannot be stored: %2</source>
        <translation>يتعذّر حفظ الأدلة من المقال %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableModel</name>
    <message>
        <source>Unreviewed</source>
        <translation>غير مراجَع</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>%1
Written as: %2</source>
        <translation>%1
كما كُتب: %2</translation>
    </message>
    <message>
        <source>Unresolved: %1</source>
        <translation>غير محدد: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
</context>
<context>
    <name>Faultline::EventType</name>
    <message>
        <source>Make public statement</source>
        <translation>الإدلاء بتصريح علني</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>توجيه نداء</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>إبداء نية التعاون</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>التشاور</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>الانخراط في تعاون دبلوماسي</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>الانخراط في تعاون مادي</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>تقديم المساعدة</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>التنازل</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>التحقيق</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>المطالبة</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>إبداء الاستنكار</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>التهديد</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>الاحتجاج</translation>
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation>استعراض القوة</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>تقليص العلاقات</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>الإكراه</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>الاعتداء</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>القتال</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>استخدام العنف الجماعي غير التقليدي</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>نوع غير معروف</translation>
    </message>
    <message>
        <source>Verbal cooperation</source>
        <translation>تعاون لفظي</translation>
    </message>
    <message>
        <source>Material cooperation</source>
        <translation>تعاون مادي</translation>
    </message>
    <message>
        <source>Verbal conflict</source>
        <translation>نزاع لفظي</translation>
    </message>
    <message>
        <source>Material conflict</source>
        <translation>نزاع مادي</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Faultline::EventsCommand</name>
    <message>
        <source>Print the events of a workspace as JSON or CSV.</source>
        <translation>يطبع أحداث مساحة عمل بصيغة JSON أو CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>ملف مساحة العمل؛ يُنشأ ملف جديد إن لم يكن موجودًا.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>مساحة_العمل</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>صيغة الإخراج: json (الافتراضية) أو csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Only events that reach this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>الأحداث التي تبلغ هذا التاريخ فقط (YYYY أو YYYY-MM أو YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Only events that start by this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>الأحداث التي تبدأ في موعد أقصاه هذا التاريخ فقط (YYYY أو YYYY-MM أو YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only events with this actor (name or alias).</source>
        <translation>الأحداث التي تشارك فيها هذه الجهة الفاعلة فقط (الاسم أو الاسم البديل).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Only events of this CAMEO root category (01-20).</source>
        <translation>أحداث هذه الفئة الجذرية من CAMEO فقط (01-20).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>الخيار ‎--db مساحة_العمل مطلوب.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>صيغة غير معروفة «%1»؛ استخدم json أو csv.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا صالحًا للخيار ‎--from؛ استخدم YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا صالحًا للخيار ‎--to؛ استخدم YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>تاريخ ‎--from يقع بعد تاريخ ‎--to.</translation>
    </message>
    <message>
        <source>The option --actor needs a name.</source>
        <translation>يحتاج الخيار ‎--actor إلى اسم.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CAMEO root category; use 01 to 20.</source>
        <translation>«%1» ليس فئة جذرية من CAMEO؛ استخدم من 01 إلى 20.</translation>
    </message>
    <message>
        <source>The events cannot be written: %1</source>
        <translation>تعذّرت كتابة الأحداث: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportCommand</name>
    <message>
        <source>Export the timeline or graph as PNG, PDF or SVG, or the data as TimelineJS, CSV, JSON, ACLED CSV, GEXF or GraphML.</source>
        <translation>يصدّر الخط الزمني أو المخطط بصيغة PNG أو PDF أو SVG، أو البيانات بصيغة TimelineJS أو CSV أو JSON أو CSV الخاصة بـACLED أو GEXF أو GraphML.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>ملف مساحة العمل.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>مساحة_العمل</translation>
    </message>
    <message>
        <source>What to export: timeline (the default), graph (the actor graph) or report (a PDF briefing).</source>
        <translation>ما يُصدَّر: timeline (الخط الزمني، الافتراضي) أو graph (مخطط الجهات الفاعلة) أو report (موجز بصيغة PDF).</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Export data instead of a picture: timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>صدّر البيانات بدلًا من صورة: timelinejs أو csv أو json أو acled أو gexf أو graphml.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>The file to write; for a picture its suffix (.png, .pdf or .svg) chooses the format.</source>
        <translation>الملف المراد كتابته؛ بالنسبة إلى الصورة تحدد لاحقته (.png أو .pdf أو .svg) الصيغة.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Start of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the first event.</source>
        <translation>بداية النطاق الزمني (YYYY أو YYYY-MM أو YYYY-MM-DD)؛ الافتراضي: أول حدث.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>End of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the last event.</source>
        <translation>نهاية النطاق الزمني (YYYY أو YYYY-MM أو YYYY-MM-DD)؛ الافتراضي: آخر حدث.</translation>
    </message>
    <message>
        <source>Width of a PNG or SVG in pixels (default 1600).</source>
        <translation>عرض صورة PNG أو SVG بالبكسل (الافتراضي 1600).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>بكسل</translation>
    </message>
    <message>
        <source>Height of a PNG or SVG in pixels (default: as tall as the lanes need).</source>
        <translation>ارتفاع صورة PNG أو SVG بالبكسل (الافتراضي: الارتفاع الذي تحتاجه المسارات).</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 96): text and marks grow with it, so the image prints at its width divided by N inches.</source>
        <translation>دقة صورة PNG (الافتراضي 96): يكبر النص والعلامات معها، فتُطبع الصورة بعرض يساوي عرضها مقسومًا على N بالبوصة.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A title above the timeline.</source>
        <translation>عنوان فوق الخط الزمني.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>A subtitle under the title.</source>
        <translation>عنوان فرعي تحت العنوان.</translation>
    </message>
    <message>
        <source>Lanes: none (default), actor, type or article.</source>
        <translation>المسارات: none (بلا مسارات، الافتراضي) أو actor (حسب الجهة الفاعلة) أو type (حسب النوع) أو article (حسب المقال).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 (default), letter or a3.</source>
        <translation>حجم صفحة PDF: ‏a4 (الافتراضي) أو letter أو a3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Landscape PDF pages (the default).</source>
        <translation>صفحات PDF بالاتجاه الأفقي (الافتراضي).</translation>
    </message>
    <message>
        <source>Portrait PDF pages.</source>
        <translation>صفحات PDF بالاتجاه العمودي.</translation>
    </message>
    <message>
        <source>Split the time range of a timeline PDF across N pages, each with its axis and lanes (default 1).</source>
        <translation>يقسّم النطاق الزمني لخط زمني بصيغة PDF على N صفحة، لكل منها محورها ومساراتها (الافتراضي 1).</translation>
    </message>
    <message>
        <source>A transparent background instead of white (PNG, SVG).</source>
        <translation>خلفية شفافة بدلًا من البيضاء (PNG وSVG).</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>يحذف وسيلة الإيضاح.</translation>
    </message>
    <message>
        <source>Leave out the line naming the source articles.</source>
        <translation>يحذف السطر الذي يسمّي المقالات المصدر.</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>الخيار ‎--db مساحة_العمل مطلوب.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>صيغة غير معروفة «%1»؛ استخدم timelinejs أو csv أو json أو acled أو gexf أو graphml.</translation>
    </message>
    <message>
        <source>--%1 applies to pictures, not to --format.</source>
        <translation>ينطبق ‎--%1 على الصور، لا على ‎--format.</translation>
    </message>
    <message>
        <source>The option --out FILE is required.</source>
        <translation>الخيار ‎--out الملف مطلوب.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا صالحًا للخيار ‎--from؛ استخدم YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا صالحًا للخيار ‎--to؛ استخدم YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>تاريخ ‎--from يقع بعد تاريخ ‎--to.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use timeline, graph or report.</source>
        <translation>عرض غير معروف «%1»؛ استخدم timeline أو graph أو report.</translation>
    </message>
    <message>
        <source>The report is a PDF; name the file .pdf.</source>
        <translation>الموجز ملف PDF؛ سمّ الملف بلاحقة ‎.pdf.</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;; name the file .png, .pdf or .svg.</source>
        <translation>يتعذّر تحديد صيغة «%1»؛ سمّ الملف بلاحقة ‎.png أو ‎.pdf أو ‎.svg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width in pixels.</source>
        <translation>«%1» ليس عرضًا بالبكسل.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a height in pixels.</source>
        <translation>«%1» ليس ارتفاعًا بالبكسل.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resolution; use %2 to %3 dpi.</source>
        <translation>«%1» ليست دقة صالحة؛ استخدم من %2 إلى %3 نقطة في البوصة.</translation>
    </message>
    <message>
        <source>Unknown lane mode &apos;%1&apos;; use none, actor, type or article.</source>
        <translation>وضع مسارات غير معروف «%1»؛ استخدم none أو actor أو type أو article.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use a4, letter or a3.</source>
        <translation>حجم صفحة غير معروف «%1»؛ استخدم a4 أو letter أو a3.</translation>
    </message>
    <message>
        <source>Choose either --landscape or --portrait.</source>
        <translation>اختر إما ‎--landscape أو ‎--portrait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of pages; use 1 to %2.</source>
        <translation>«%1» ليس عددًا صالحًا للصفحات؛ استخدم من 1 إلى %2.</translation>
    </message>
    <message>
        <source>--pages applies to timeline PDF files only.</source>
        <translation>لا ينطبق ‎--pages إلا على ملفات PDF للخط الزمني.</translation>
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
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message>
        <source>The current &amp;filter</source>
        <translation>&amp;عامل التصفية الحالي</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>تص&amp;دير</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>الم&amp;لف:</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدِّر إلى %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>النطاق ال&amp;مرئي</translation>
    </message>
    <message>
        <source>&amp;Visible range (%1)</source>
        <translation>النطاق ال&amp;مرئي (%1)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>رسم SVG</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Text and marks grow with the resolution: at 300 dpi, 9 point text is 37 pixels tall.</source>
        <translation>يكبر النص والعلامات مع الدقة: عند 300 نقطة في البوصة يبلغ ارتفاع نص بحجم 9 نقاط ‏37 بكسل.</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>خلفية &amp;شفافة</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>ال&amp;دقة:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;حجم الصفحة:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>الاتجا&amp;ه:</translation>
    </message>
    <message>
        <source>Split the range across</source>
        <translation>قسّم النطاق على</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> صفحات</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>نطا&amp;ق التاريخ</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;وسيلة الإيضاح</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>المصاد&amp;ر</translation>
    </message>
    <message>
        <source>Time of e&amp;xport</source>
        <translation>وقت التصد&amp;ير</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>العنوان ال&amp;فرعي:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
        <translation>%1 × %2 بكسل، %3 × %4 سم عند %5 نقطة في البوصة</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 بكسل</translation>
    </message>
    <message>
        <source>actor-graph</source>
        <translation>مخطط-الجهات-الفاعلة</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>الخط-الزمني</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>تتعذّر كتابة %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionJob</name>
    <message>
        <source>holds no article text</source>
        <translation>لا يحتوي على نص مقال</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionPipeline</name>
    <message>
        <source>No publication date is known, so relative dates such as &quot;last month&quot; stay unresolved; give one with --published or in the review.</source>
        <translation>تاريخ النشر غير معروف، لذا تبقى التواريخ النسبية مثل «الشهر الماضي» غير محددة؛ حدّد تاريخًا باستخدام ‎--published أو أثناء المراجعة.</translation>
    </message>
</context>
<context>
    <name>Faultline::FilterBar</name>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Search titles and evidence</source>
        <translation>ابحث في العناوين والأدلة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة الفاعلة</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>امسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
    <message>
        <source>No actor of that name or alias in this workspace</source>
        <translation>لا توجد جهة فاعلة بهذا الاسم أو الاسم البديل في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Events involving this actor (name or alias)</source>
        <translation>الأحداث التي تشارك فيها هذه الجهة الفاعلة (الاسم أو الاسم البديل)</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ليس تاريخًا: استخدم YYYY أو YYYY-MM أو YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The start is after the end</source>
        <translation>البداية تقع بعد النهاية</translation>
    </message>
</context>
<context>
    <name>Faultline::GdeltRowMapper</name>
    <message>
        <source>The file is not a GDELT event file: it has %1 columns, GDELT has 57, 58 or 61.</source>
        <translation>الملف ليس ملف أحداث GDELT: فيه %1 عمودًا، وملفات GDELT فيها 57 أو 58 أو 61.</translation>
    </message>
    <message>
        <source>“%1” is not a CAMEO root code (EventRootCode).</source>
        <translation>«%1» ليس رمزًا جذريًا من CAMEO ‏(EventRootCode).</translation>
    </message>
</context>
<context>
    <name>Faultline::GenericRowMapper</name>
    <message>
        <source>No column is chosen for the %1.</source>
        <translation>لم يُختر عمود للحقل «%1».</translation>
    </message>
    <message>
        <source>The file has no column “%1” for the %2.</source>
        <translation>لا يحتوي الملف على عمود «%1» للحقل «%2».</translation>
    </message>
    <message>
        <source>The date (%1) is empty.</source>
        <translation>التاريخ (%1) فارغ.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» ليس تاريخًا (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an end date on or after the start (%2).</source>
        <translation>«%1» ليس تاريخ نهاية يساوي البداية أو يليها (%2).</translation>
    </message>
    <message>
        <source>The title (%1) is empty.</source>
        <translation>العنوان (%1) فارغ.</translation>
    </message>
</context>
<context>
    <name>Faultline::GexfWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>الانتقال إلى تاريخ</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY, YYYY-MM or YYYY-MM-DD; -0500 for 501 BCE):</source>
        <translation>ال&amp;تاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD؛ ‎-0500 تعني 501 ق.م):</translation>
    </message>
    <message>
        <source>2020-09-14</source>
        <translation>2020-09-14</translation>
    </message>
    <message>
        <source>Not a date in ISO form</source>
        <translation>ليس تاريخًا بصيغة ISO</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphExporter</name>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>المصادر: %1</numerusform>
            <numerusform>المصادر: %1؛ وواحد آخر</numerusform>
            <numerusform>المصادر: %1؛ واثنان آخران</numerusform>
            <numerusform>المصادر: %1؛ و%n أخرى</numerusform>
            <numerusform>المصادر: %1؛ و%n أخرى</numerusform>
            <numerusform>المصادر: %1؛ و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors</source>
        <translation>لا توجد جهات فاعلة</translation>
    </message>
    <message>
        <source>No actor of the workspace takes part in an event of this export.</source>
        <translation>لا تشارك أي جهة فاعلة من مساحة العمل في أي حدث ضمن هذا التصدير.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with fewer events not shown</source>
        <translation>
            <numerusform>لا جهات فاعلة مخفية</numerusform>
            <numerusform>جهة فاعلة واحدة ذات أحداث أقل غير معروضة</numerusform>
            <numerusform>جهتان فاعلتان ذواتا أحداث أقل غير معروضتين</numerusform>
            <numerusform>%n جهات فاعلة ذات أحداث أقل غير معروضة</numerusform>
            <numerusform>%n جهة فاعلة ذات أحداث أقل غير معروضة</numerusform>
            <numerusform>%n جهة فاعلة ذات أحداث أقل غير معروضة</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>صُدِّر من Faultline في %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>لا توجد ذاكرة كافية لصورة بحجم %1 × %2 بكسل.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>يتعذّر رسم الصفحة.</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>مخطط الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Actor graph exported from Faultline</source>
        <translation>مخطط الجهات الفاعلة مُصدَّر من Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>يتعذّر رسم ملف SVG.</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphmlWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportCommand</name>
    <message>
        <source>Import articles (text, Markdown, HTML, PDF) and extract their events, or event data (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</source>
        <translation>يستورد مقالات (نص، Markdown،‏ HTML،‏ PDF) ويستخلص أحداثها، أو بيانات أحداث (ACLED،‏ UCDP GED،‏ GDELT،‏ TimelineJS،‏ vis-timeline،‏ CSV).</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>ملف مساحة العمل؛ يُنشأ ملف جديد إن لم يكن موجودًا.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>مساحة_العمل</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative dates such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>تاريخ النشر (YYYY-MM-DD) الذي تُحدَّد على أساسه التواريخ النسبية مثل «الشهر الماضي»؛ يتقدّم على التاريخ المذكور في الملف.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Import the good rows of a data file and report the bad ones; without it a data file with a bad row is not imported at all.</source>
        <translation>يستورد الصفوف الصالحة من ملف بيانات ويبلّغ عن غير الصالحة؛ ودونه لا يُستورد ملف البيانات الذي فيه صف غير صالح إطلاقًا.</translation>
    </message>
    <message>
        <source>Article files or folders to import.</source>
        <translation>ملفات المقالات أو مجلداتها المراد استيرادها.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>المسار...</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>الخيار ‎--db مساحة_العمل مطلوب.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا صالحًا للخيار ‎--published؛ استخدم YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Name at least one article file or folder to import.</source>
        <translation>حدّد ملف مقال أو مجلدًا واحدًا على الأقل لاستيراده.</translation>
    </message>
    <message>
        <source>%1: No such file or folder.</source>
        <translation>%1: لا يوجد ملف أو مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already in the workspace as article %2; not imported again.</source>
        <translation>%1: موجود بالفعل في مساحة العمل بوصفه المقال %2؛ لم يُستورد مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: لا أحداث</numerusform>
            <numerusform>%1: حدث واحد</numerusform>
            <numerusform>%1: حدثان</numerusform>
            <numerusform>%1: %n أحداث</numerusform>
            <numerusform>%1: %n حدثًا</numerusform>
            <numerusform>%1: %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from other articles)</source>
        <translation>
            <numerusform> (لا شيء معروف من مقالات أخرى)</numerusform>
            <numerusform> (واحد منها معروف من مقالات أخرى)</numerusform>
            <numerusform> (اثنان منها معروفان من مقالات أخرى)</numerusform>
            <numerusform> (%n منها معروفة من مقالات أخرى)</numerusform>
            <numerusform> (%n منها معروفًا من مقالات أخرى)</numerusform>
            <numerusform> (%n منها معروف من مقالات أخرى)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n actor(s)</source>
        <translation>
            <numerusform>، لا جهات فاعلة</numerusform>
            <numerusform>، جهة فاعلة واحدة</numerusform>
            <numerusform>، جهتان فاعلتان</numerusform>
            <numerusform>، %n جهات فاعلة</numerusform>
            <numerusform>، %n جهة فاعلة</numerusform>
            <numerusform>، %n جهة فاعلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (لا جديد)</numerusform>
            <numerusform> (واحدة جديدة)</numerusform>
            <numerusform> (اثنتان جديدتان)</numerusform>
            <numerusform> (%n جديدة)</numerusform>
            <numerusform> (%n جديدة)</numerusform>
            <numerusform> (%n جديدة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>، لا تحذيرات</numerusform>
            <numerusform>، تحذير واحد</numerusform>
            <numerusform>، تحذيران</numerusform>
            <numerusform>، %n تحذيرات</numerusform>
            <numerusform>، %n تحذيرًا</numerusform>
            <numerusform>، %n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Use --skip-bad-rows to import the other rows.</source>
        <translation>استخدم ‎--skip-bad-rows لاستيراد الصفوف الأخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2، لا أحداث</numerusform>
            <numerusform>%1: %2، حدث واحد</numerusform>
            <numerusform>%1: %2، حدثان</numerusform>
            <numerusform>%1: %2، %n أحداث</numerusform>
            <numerusform>%1: %2، %n حدثًا</numerusform>
            <numerusform>%1: %2، %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>، لا جهات فاعلة جديدة</numerusform>
            <numerusform>، جهة فاعلة جديدة واحدة</numerusform>
            <numerusform>، جهتان فاعلتان جديدتان</numerusform>
            <numerusform>، %n جهات فاعلة جديدة</numerusform>
            <numerusform>، %n جهة فاعلة جديدة</numerusform>
            <numerusform>، %n جهة فاعلة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)</source>
        <translation>
            <numerusform>، لا مصادر</numerusform>
            <numerusform>، مصدر واحد</numerusform>
            <numerusform>، مصدران</numerusform>
            <numerusform>، %n مصادر</numerusform>
            <numerusform>، %n مصدرًا</numerusform>
            <numerusform>، %n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>، لم يُتخطَّ أي صف: </numerusform>
            <numerusform>، تُخطّي صف واحد غير صالح: </numerusform>
            <numerusform>، تُخطّي صفان غير صالحين: </numerusform>
            <numerusform>، تُخطّيت %n صفوف غير صالحة: </numerusform>
            <numerusform>، تُخطّي %n صفًا غير صالح: </numerusform>
            <numerusform>، تُخطّي %n صف غير صالح: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop reading articles; what was read stays for review</source>
        <translation>أوقف قراءة المقالات؛ ما قُرئ يبقى للمراجعة</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>Faultline imports .txt, .md, .html and .pdf articles and .csv, .tsv and .json event data; “%1” is none of these.</source>
        <translation>يستورد Faultline مقالات ‎.txt و‎.md و‎.html و‎.pdf وبيانات أحداث ‎.csv و‎.tsv و‎.json؛ و«%1» ليس أيًّا منها.</translation>
    </message>
    <message>
        <source>Open a workspace to import articles into it.</source>
        <translation>افتح مساحة عمل لتستورد إليها المقالات.</translation>
    </message>
    <message>
        <source>This workspace is read-only; articles cannot be imported into it.</source>
        <translation>مساحة العمل هذه للقراءة فقط؛ لا يمكن استيراد مقالات إليها.</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>يجري استيراد الآن؛ انتظر انتهاءه أو ألغِه.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>لا يوجد ما يُستورد.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %n file(s) or folder(s) for review.</source>
        <translation>
            <numerusform>أفلت لقراءة الملفات أو المجلدات للمراجعة.</numerusform>
            <numerusform>أفلت لقراءة ملف أو مجلد واحد للمراجعة.</numerusform>
            <numerusform>أفلت لقراءة ملفين أو مجلدين للمراجعة.</numerusform>
            <numerusform>أفلت لقراءة %n ملفات أو مجلدات للمراجعة.</numerusform>
            <numerusform>أفلت لقراءة %n ملفًا أو مجلدًا للمراجعة.</numerusform>
            <numerusform>أفلت لقراءة %n ملف أو مجلد للمراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline imports files from this computer, not web addresses; save the page first.</source>
        <translation>يستورد Faultline ملفات من هذا الحاسوب، لا عناوين ويب؛ احفظ الصفحة أولًا.</translation>
    </message>
    <message>
        <source>The dropped text is empty.</source>
        <translation>النص المُفلَت فارغ.</translation>
    </message>
    <message>
        <source>Drop to read the text as an article for review.</source>
        <translation>أفلت لقراءة النص بوصفه مقالًا للمراجعة.</translation>
    </message>
    <message>
        <source>Faultline imports articles as files, text or HTML; this is none of these.</source>
        <translation>يستورد Faultline المقالات بوصفها ملفات أو نصًا أو HTML؛ وهذا ليس أيًّا منها.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» غير موجود.</translation>
    </message>
    <message>
        <source>Dropped HTML</source>
        <translation>HTML مُفلَت</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>نص مُفلَت</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>جارٍ البحث عن مقالات…</translation>
    </message>
    <message>
        <source>Import cancelled; no article was read.</source>
        <translation>أُلغي الاستيراد؛ لم يُقرأ أي مقال.</translation>
    </message>
    <message>
        <source>There were no articles to import.</source>
        <translation>لم تكن هناك مقالات لاستيرادها.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>جارٍ قراءة المقالات…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي مقال</numerusform>
            <numerusform>استُورد مقال واحد</numerusform>
            <numerusform>استُورد مقالان</numerusform>
            <numerusform>استُوردت %n مقالات</numerusform>
            <numerusform>استُورد %n مقالًا</numerusform>
            <numerusform>استُورد %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n event(s)</source>
        <translation>
            <numerusform> بلا أحداث</numerusform>
            <numerusform> بحدث واحد</numerusform>
            <numerusform> بحدثين</numerusform>
            <numerusform> بـ%n أحداث</numerusform>
            <numerusform> بـ%n حدثًا</numerusform>
            <numerusform> بـ%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the workspace</source>
        <translation>
            <numerusform>، لا شيء منها موجود بالفعل في مساحة العمل</numerusform>
            <numerusform>، واحد موجود بالفعل في مساحة العمل</numerusform>
            <numerusform>، اثنان موجودان بالفعل في مساحة العمل</numerusform>
            <numerusform>، %n موجودة بالفعل في مساحة العمل</numerusform>
            <numerusform>، %n موجودًا بالفعل في مساحة العمل</numerusform>
            <numerusform>، %n موجود بالفعل في مساحة العمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed: </source>
        <translation>
            <numerusform>، لم يفشل أي منها: </numerusform>
            <numerusform>، فشل واحد: </numerusform>
            <numerusform>، فشل اثنان: </numerusform>
            <numerusform>، فشلت %n: </numerusform>
            <numerusform>، فشل %n: </numerusform>
            <numerusform>، فشل %n: </numerusform>
        </translation>
    </message>
    <message>
        <source>Import discarded; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>جارٍ قراءة %1 (%2 من %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>لم يُقرأ أي مقال</numerusform>
            <numerusform>قُرئ مقال واحد</numerusform>
            <numerusform>قُرئ مقالان</numerusform>
            <numerusform>قُرئت %n مقالات</numerusform>
            <numerusform>قُرئ %n مقالًا</numerusform>
            <numerusform>قُرئ %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (أُلغي)</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportReviewDialog</name>
    <message>
        <source>asserted</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>منفي</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطَّط له</translation>
    </message>
    <message>
        <source>Review Import</source>
        <translation>مراجعة الاستيراد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>الوسيلة الإعلامية:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>As Written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>قبول ال&amp;كل</translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation>قبول ال&amp;محدد</translation>
    </message>
    <message>
        <source>Import the checked articles with their checked events</source>
        <translation>استورد المقالات المحددة مع أحداثها المحددة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
لا أحداث</numerusform>
            <numerusform>%1
حدث واحد</numerusform>
            <numerusform>%1
حدثان</numerusform>
            <numerusform>%1
%n أحداث</numerusform>
            <numerusform>%1
%n حدثًا</numerusform>
            <numerusform>%1
%n حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
already in the workspace</source>
        <translation>%1
موجود بالفعل في مساحة العمل</translation>
    </message>
    <message>
        <source>%1
could not be read</source>
        <translation>%1
تعذّرت قراءته</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>لم يُقرأ شيء بعد</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>“%1” %2; it is not imported.</source>
        <translation>«%1» %2؛ لن يُستورد.</translation>
    </message>
    <message>
        <source>This article is already in the workspace (article %1); it is not imported again.</source>
        <translation>هذا المقال موجود بالفعل في مساحة العمل (المقال %1)؛ لن يُستورد مرة أخرى.</translation>
    </message>
    <message>
        <source>This article has the same text as another one of this import; it is not imported twice.</source>
        <translation>لهذا المقال النص نفسه لمقال آخر في هذا الاستيراد؛ لن يُستورد مرتين.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>غير محدد</translation>
    </message>
    <message numerus="yes">
        <source>No publication date was found: relative dates stay unresolved until you give one (%n event(s) without a date).</source>
        <translation>
            <numerusform>لم يُعثر على تاريخ نشر: تبقى التواريخ النسبية غير محددة حتى تحدد تاريخًا (لا أحداث بلا تاريخ).</numerusform>
            <numerusform>لم يُعثر على تاريخ نشر: تبقى التواريخ النسبية غير محددة حتى تحدد تاريخًا (حدث واحد بلا تاريخ).</numerusform>
            <numerusform>لم يُعثر على تاريخ نشر: تبقى التواريخ النسبية غير محددة حتى تحدد تاريخًا (حدثان بلا تاريخ).</numerusform>
            <numerusform>لم يُعثر على تاريخ نشر: تبقى التواريخ النسبية غير محددة حتى تحدد تاريخًا (%n أحداث بلا تاريخ).</numerusform>
            <numerusform>لم يُعثر على تاريخ نشر: تبقى التواريخ النسبية غير محددة حتى تحدد تاريخًا (%n حدثًا بلا تاريخ).</numerusform>
            <numerusform>لم يُعثر على تاريخ نشر: تبقى التواريخ النسبية غير محددة حتى تحدد تاريخًا (%n حدث بلا تاريخ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed from %1 found in the article; relative dates follow it.</source>
        <translation>غُيِّر عن %1 الموجود في المقال؛ تتبعه التواريخ النسبية.</translation>
    </message>
    <message>
        <source>Given by you; relative dates follow it.</source>
        <translation>حددته أنت؛ تتبعه التواريخ النسبية.</translation>
    </message>
    <message>
        <source>Found in the article; relative dates such as “yesterday” are resolved against it.</source>
        <translation>وُجد في المقال؛ تُحدَّد على أساسه التواريخ النسبية مثل «أمس».</translation>
    </message>
    <message>
        <source>Type the whole day: YYYY-MM-DD.</source>
        <translation>اكتب اليوم كاملًا: YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as YYYY-MM-DD.</source>
        <translation>«%1» ليس يومًا؛ اكتبه بالصيغة YYYY-MM-DD.</translation>
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
        <translation>تعذّر التراجع عن الاستيراد أو إعادته: %1</translation>
    </message>
    <message>
        <source>The workspace has changed since the import (its rows were edited elsewhere), so it cannot be undone. Nothing was changed.</source>
        <translation>تغيّرت مساحة العمل منذ الاستيراد (عُدّلت صفوفه في مكان آخر)، لذا لا يمكن التراجع عنه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The workspace has changed since the import was undone (new rows took its place), so it cannot be redone. Nothing was changed.</source>
        <translation>تغيّرت مساحة العمل منذ التراجع عن الاستيراد (حلّت صفوف جديدة محلّه)، لذا لا يمكن إعادته. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed: the table %1 is missing.</source>
        <translation>تعذّر التراجع عن الاستيراد أو إعادته: الجدول %1 غير موجود.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>Undoing the import failed: no room for a temporary file in %1 (%2).</source>
        <translation>تعذّر التراجع عن الاستيراد: لا مساحة لملف مؤقت في %1 (%2).</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
</context>
<context>
    <name>Faultline::MainWindow</name>
    <message>
        <source>Cannot Change the Workspace</source>
        <translation>يتعذّر تغيير مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>حدث &amp;جديد…</translation>
    </message>
    <message>
        <source>Add an event by hand</source>
        <translation>أضف حدثًا يدويًا</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;تحرير الحدث…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;حذف الحدث</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and go on working in the copy</source>
        <translation>انسخ مساحة العمل إلى ملف جديد وتابع العمل في النسخة</translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation>يتعذّر حفظ مساحة العمل</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”; you are working in the copy now.</source>
        <translation>حُفظت نسخة باسم «%1»؛ أنت تعمل الآن في النسخة.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>حفظ مساحة العمل باسم</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline)</source>
        <translation>مساحات عمل Faultline ‏(*.faultline)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <source>Actor Graph</source>
        <translation>مخطط الجهات الفاعلة</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>أنشئ ملف مساحة عمل فارغًا</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>افتح ملف مساحة عمل</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>إ&amp;غلاق مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search event titles and evidence</source>
        <translation>ابحث في عناوين الأحداث وأدلتها</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;ملاءمة الكل</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>تكبير إلى التحد&amp;يد</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>الا&amp;نتقال إلى تاريخ…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <source>Read articles (text, Markdown, HTML, PDF) and review their events before importing them</source>
        <translation>اقرأ مقالات (نص، Markdown،‏ HTML،‏ PDF) وراجع أحداثها قبل استيرادها</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Import the article text or files on the clipboard</source>
        <translation>استورد نص المقال أو الملفات الموجودة في الحافظة</translation>
    </message>
    <message>
        <source>&amp;No Lanes</source>
        <translation>&amp;بلا مسارات</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>حسب ال&amp;جهة الفاعلة</translation>
    </message>
    <message>
        <source>By Event &amp;Type</source>
        <translation>حسب &amp;نوع الحدث</translation>
    </message>
    <message>
        <source>By A&amp;rticle</source>
        <translation>حسب الم&amp;قال</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;تصدير الخط الزمني…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, PDF or SVG file</source>
        <translation>احفظ الخط الزمني في ملف PNG أو PDF أو SVG</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>تصدير م&amp;وجز…</translation>
    </message>
    <message>
        <source>Save a PDF briefing: the timeline, the events with their evidence and the articles</source>
        <translation>احفظ موجزًا بصيغة PDF: الخط الزمني والأحداث مع أدلتها والمقالات</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>تصدير ال&amp;بيانات…</translation>
    </message>
    <message>
        <source>Save the events or the actor graph as TimelineJS, CSV, JSON, ACLED, GEXF or GraphML</source>
        <translation>احفظ الأحداث أو مخطط الجهات الفاعلة بصيغة TimelineJS أو CSV أو JSON أو ACLED أو GEXF أو GraphML</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;About Faultline</source>
        <translation>&amp;حول Faultline</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>Language, calendar, default lanes and theme</source>
        <translation>اللغة والتقويم والمسارات الافتراضية والسمة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المفتوحة &amp;مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>الم&amp;سارات</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>يتعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2</source>
        <translation>تعذّر فتح مساحة العمل «%1».

%2</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>يتعذّر إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>تعذّر استبدال «%1»: %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>لا توجد مساحة عمل مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>%1 events shown of %2</source>
        <translation>
            <numerusform>الأحداث المعروضة: %1 من %2</numerusform>
            <numerusform>الأحداث المعروضة: %1 من %2</numerusform>
            <numerusform>الأحداث المعروضة: %1 من %2</numerusform>
            <numerusform>الأحداث المعروضة: %1 من %2</numerusform>
            <numerusform>الأحداث المعروضة: %1 من %2</numerusform>
            <numerusform>الأحداث المعروضة: %1 من %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 without a resolved date</source>
        <translation>
            <numerusform>%1 · %2 بلا تاريخ محدد</numerusform>
            <numerusform>%1 · %2 بلا تاريخ محدد</numerusform>
            <numerusform>%1 · %2 بلا تاريخ محدد</numerusform>
            <numerusform>%1 · %2 بلا تاريخ محدد</numerusform>
            <numerusform>%1 · %2 بلا تاريخ محدد</numerusform>
            <numerusform>%1 · %2 بلا تاريخ محدد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in view</source>
        <translation>
            <numerusform>%1 في نطاق العرض</numerusform>
            <numerusform>%1 في نطاق العرض</numerusform>
            <numerusform>%1 في نطاق العرض</numerusform>
            <numerusform>%1 في نطاق العرض</numerusform>
            <numerusform>%1 في نطاق العرض</numerusform>
            <numerusform>%1 في نطاق العرض</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [للقراءة فقط]</translation>
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
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Untitled.faultline</source>
        <translation>بلا عنوان.faultline</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline);;All files (*)</source>
        <translation>مساحات عمل Faultline ‏(*.faultline);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>تصدير موجز</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>عنوان الموجز:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>يتعذّر تصدير الموجز</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>طباعة الخط الزمني</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>تتعذّر الطباعة</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles and event data (%1 %2);;Articles (%1);;Event data: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;All files (*)</source>
        <translation>المقالات وبيانات الأحداث (%1 %2);;المقالات (%1);;بيانات الأحداث: ACLED،‏ UCDP،‏ GDELT،‏ TimelineJS،‏ CSV ‏(%2);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Faultline::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>دمج «%1» في «%2»</translation>
    </message>
</context>
<context>
    <name>Faultline::MoveEventCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>نقل «%1»</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>لا يوجد حدث بالمعرّف %1.</translation>
    </message>
    <message>
        <source>An event without a resolved date cannot be moved; edit its date instead.</source>
        <translation>لا يمكن نقل حدث بلا تاريخ محدد؛ حرّر تاريخه بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Faultline::NameLookup</name>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
</context>
<context>
    <name>Faultline::OverviewChart</name>
    <message>
        <source>Events per period appear here</source>
        <translation>تظهر هنا الأحداث في كل فترة</translation>
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
        <translation>نظرة عامة: الأحداث في كل فترة</translation>
    </message>
    <message>
        <source>Drag to choose the time range the timeline shows; click to move it there.</source>
        <translation>اسحب لاختيار النطاق الزمني الذي يعرضه الخط الزمني؛ انقر لنقله إلى هناك.</translation>
    </message>
</context>
<context>
    <name>Faultline::PdfReader</name>
    <message>
        <source>is not a PDF file (it has no PDF header)</source>
        <translation>ليس ملف PDF (لا يحتوي على ترويسة PDF)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>ملف PDF تالف يتعذّر فتحه</translation>
    </message>
    <message>
        <source>is a password-protected PDF file</source>
        <translation>ملف PDF محمي بكلمة مرور</translation>
    </message>
    <message>
        <source>is a PDF without text (a scanned PDF needs text recognition first)</source>
        <translation>ملف PDF بلا نص (يحتاج ملف PDF الممسوح ضوئيًا إلى التعرّف على النص أولًا)</translation>
    </message>
    <message>
        <source>The PDF does not state a publication date; its creation date was not used as one.</source>
        <translation>لا يذكر ملف PDF تاريخ نشر؛ ولم يُستخدم تاريخ إنشائه بديلًا عنه.</translation>
    </message>
</context>
<context>
    <name>Faultline::Preferences</name>
    <message>
        <source>No lanes</source>
        <translation>بلا مسارات</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>حسب الجهة الفاعلة</translation>
    </message>
    <message>
        <source>By event type</source>
        <translation>حسب نوع الحدث</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>حسب المقال</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Left to right</source>
        <comment>time axis direction</comment>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Right to left</source>
        <comment>time axis direction</comment>
        <translation>من اليمين إلى اليسار</translation>
    </message>
</context>
<context>
    <name>Faultline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Arabic and Persian also mirror the layout, right to left.</source>
        <translation>العربية والفارسية تعكسان أيضًا اتجاه الواجهة، من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>ال&amp;تقويم:</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>ال&amp;مسارات الافتراضية:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Time &amp;runs:</source>
        <comment>time axis direction</comment>
        <translation>اتجاه ال&amp;زمن:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::RelationEventsList</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the list of shared events</source>
        <translation>أغلق قائمة الأحداث المشتركة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event and evidence</source>
        <translation>الحدث والدليل</translation>
    </message>
    <message>
        <source>Shared events</source>
        <translation>الأحداث المشتركة</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln shared event(s)</source>
        <translation>
            <numerusform>%1 و%2: لا أحداث مشتركة</numerusform>
            <numerusform>%1 و%2: حدث مشترك واحد</numerusform>
            <numerusform>%1 و%2: حدثان مشتركان</numerusform>
            <numerusform>%1 و%2: %Ln أحداث مشتركة</numerusform>
            <numerusform>%1 و%2: %Ln حدثًا مشتركًا</numerusform>
            <numerusform>%1 و%2: %Ln حدث مشترك</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 تنتمي إلى %2</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>أول %1 مدرجة.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>غير مؤرَّخ</translation>
    </message>
</context>
<context>
    <name>Faultline::RenameActorCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>إعادة تسمية «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>لا توجد جهة فاعلة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>تحتاج الجهة الفاعلة إلى اسم.</translation>
    </message>
    <message>
        <source>There is already an actor named “%1”; merge the two instead.</source>
        <translation>توجد بالفعل جهة فاعلة باسم «%1»؛ ادمج الاثنتين بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Faultline::ReportExporter</name>
    <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>موجز</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>لا جهات فاعلة</numerusform>
            <numerusform>جهة فاعلة واحدة</numerusform>
            <numerusform>جهتان فاعلتان</numerusform>
            <numerusform>%n جهات فاعلة</numerusform>
            <numerusform>%n جهة فاعلة</numerusform>
            <numerusform>%n جهة فاعلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>صُدِّر من Faultline في %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this report.</source>
        <translation>لا يدخل أي حدث من مساحة العمل في هذا الموجز.</translation>
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
        <translation>التاريخ غير محدد</translation>
    </message>
    <message>
        <source>%1; written “%2”</source>
        <translation>%1؛ كُتب «%2»</translation>
    </message>
    <message>
        <source>%1 (CAMEO %2)</source>
        <translation>%1 (CAMEO %2)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>unknown actor</source>
        <translation>جهة فاعلة غير معروفة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>الجهات الفاعلة: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Source: article %1</source>
        <translation>المصدر: المقال %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>مخطط الجهات الفاعلة</translation>
    </message>
    <message>
        <source>The report cannot be painted.</source>
        <translation>يتعذّر رسم الموجز.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>تتعذّر كتابة %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::RowMapper</name>
    <message>
        <source>%1 fields where the header has %2; a delimiter or quote may be wrong.</source>
        <translation>%1 حقلًا في حين أن الترويسة فيها %2؛ ربما يكون الفاصل أو علامة الاقتباس خاطئًا.</translation>
    </message>
    <message>
        <source>The file looks like %1 but has no column “%2”.</source>
        <translation>يبدو الملف بصيغة %1 لكنه لا يحتوي على عمود «%2».</translation>
    </message>
    <message>
        <source>The required value “%1” is empty.</source>
        <translation>القيمة المطلوبة «%1» فارغة.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» ليس تاريخًا (%2).</translation>
    </message>
</context>
<context>
    <name>Faultline::SampleWorkspace</name>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>المقال النموذجي غير موجود في هذا الإصدار.</translation>
    </message>
    <message>
        <source>The long road to the Doha talks</source>
        <translation>الطريق الطويل إلى محادثات الدوحة</translation>
    </message>
    <message>
        <source>Faultline sample</source>
        <translation>نموذج Faultline</translation>
    </message>
</context>
<context>
    <name>Faultline::SchemaMigrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>تتعذّر قراءة إصدار المخطط.</translation>
    </message>
    <message>
        <source>Upgrading to version %1 failed: %2</source>
        <translation>فشلت الترقية إلى الإصدار %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::SetActorAffiliationCommand</name>
    <message>
        <source>Affiliate “%1” with “%2”</source>
        <translation>ربط «%1» بـ«%2»</translation>
    </message>
    <message>
        <source>Clear Affiliation of “%1”</source>
        <translation>إزالة انتماء «%1»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>لا توجد جهة فاعلة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>“%1” cannot belong to an actor that belongs to it.</source>
        <translation>لا يمكن أن تنتمي «%1» إلى جهة فاعلة تنتمي إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced by �.</source>
        <translation>بعض البايتات ليست %1 صالحًا واستُبدل بها �.</translation>
    </message>
    <message>
        <source>The declared character set %1 is not supported; the text was read as Windows-1252.</source>
        <translation>مجموعة المحارف المعلنة %1 غير مدعومة؛ قُرئ النص بترميز Windows-1252.</translation>
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
        <translation>صورة بحجم %1 × %2 بكسل فارغة؛ حدّد عرضًا لا يقل عن بكسل واحد.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is too large; the limit is %3 pixels per side and %4 megapixels.</source>
        <translation>صورة بحجم %1 × %2 بكسل كبيرة جدًا؛ الحد الأقصى %3 بكسل لكل ضلع و%4 ميغابكسل.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>لا توجد أحداث</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this export.</source>
        <translation>لا يدخل أي حدث من مساحة العمل في هذا التصدير.</translation>
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
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, date</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>المصادر: %1</numerusform>
            <numerusform>المصادر: %1؛ وواحد آخر</numerusform>
            <numerusform>المصادر: %1؛ واثنان آخران</numerusform>
            <numerusform>المصادر: %1؛ و%n أخرى</numerusform>
            <numerusform>المصادر: %1؛ و%n أخرى</numerusform>
            <numerusform>المصادر: %1؛ و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>صُدِّر من Faultline في %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>لا توجد ذاكرة كافية لصورة بحجم %1 × %2 بكسل.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>يتعذّر رسم الصفحة.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Timeline exported from Faultline</source>
        <translation>خط زمني مُصدَّر من Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>يتعذّر رسم ملف SVG.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineIndexLoader</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>مساحة العمل غير مفتوحة.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>Unnamed actor</source>
        <translation>جهة فاعلة بلا اسم</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsRowMapper</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
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
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>There is nothing to write to.</source>
        <translation>لا توجد وجهة للكتابة إليها.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsonReader</name>
    <message>
        <source>The JSON cannot be read at byte %1: %2.</source>
        <translation>تتعذّر قراءة JSON عند البايت %1: %2.</translation>
    </message>
    <message>
        <source>The JSON is neither TimelineJS (an object with &quot;events&quot;) nor vis-timeline items (an array of objects with &quot;start&quot;).</source>
        <translation>ملف JSON ليس TimelineJS (كائنًا فيه &quot;events&quot;) ولا عناصر vis-timeline (مصفوفة كائنات فيها &quot;start&quot;).</translation>
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
        <translation>ر%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>decade</comment>
        <translation>عقد %1</translation>
    </message>
    <message>
        <source>No event has a resolved date.</source>
        <translation>لا يوجد حدث بتاريخ محدد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) dated only to a longer period span this whole range</source>
        <translation>
            <numerusform>لا أحداث مؤرخة بفترة أطول تغطي هذا النطاق كله</numerusform>
            <numerusform>حدث واحد مؤرخ بفترة أطول فقط يغطي هذا النطاق كله</numerusform>
            <numerusform>حدثان مؤرخان بفترة أطول فقط يغطيان هذا النطاق كله</numerusform>
            <numerusform>%Ln أحداث مؤرخة بفترة أطول فقط تغطي هذا النطاق كله</numerusform>
            <numerusform>%Ln حدثًا مؤرخًا بفترة أطول فقط يغطي هذا النطاق كله</numerusform>
            <numerusform>%Ln حدث مؤرخ بفترة أطول فقط يغطي هذا النطاق كله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%Ln أحداث</numerusform>
            <numerusform>%Ln حدثًا</numerusform>
            <numerusform>%Ln حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a resolved date</source>
        <translation>
            <numerusform>لا أحداث بلا تاريخ محدد</numerusform>
            <numerusform>حدث واحد بلا تاريخ محدد</numerusform>
            <numerusform>حدثان بلا تاريخ محدد</numerusform>
            <numerusform>%Ln أحداث بلا تاريخ محدد</numerusform>
            <numerusform>%Ln حدثًا بلا تاريخ محدد</numerusform>
            <numerusform>%Ln حدث بلا تاريخ محدد</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>لا توجد أحداث بعد</translation>
    </message>
    <message>
        <source>Drop articles here to extract their events, or open the sample workspace.</source>
        <translation>أفلت المقالات هنا لاستخلاص أحداثها، أو افتح مساحة العمل النموذجية.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Scroll the timeline in time</source>
        <translation>مرّر الخط الزمني عبر الزمن</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>مرّر المسارات</translation>
    </message>
    <message>
        <source>No matching events</source>
        <translation>لا توجد أحداث مطابقة</translation>
    </message>
    <message>
        <source>No event matches the current filter. Clear the filter to see all events again.</source>
        <translation>لا يطابق أي حدث عامل التصفية الحالي. امسح عامل التصفية لترى كل الأحداث مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) here; double-click to zoom in</source>
        <translation>
            <numerusform>لا أحداث هنا</numerusform>
            <numerusform>حدث واحد هنا؛ انقر نقرًا مزدوجًا للتكبير</numerusform>
            <numerusform>حدثان هنا؛ انقر نقرًا مزدوجًا للتكبير</numerusform>
            <numerusform>%Ln أحداث هنا؛ انقر نقرًا مزدوجًا للتكبير</numerusform>
            <numerusform>%Ln حدثًا هنا؛ انقر نقرًا مزدوجًا للتكبير</numerusform>
            <numerusform>%Ln حدث هنا؛ انقر نقرًا مزدوجًا للتكبير</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Date: “%1”, resolved to %2</source>
        <translation>التاريخ: «%1»، حُدِّد بـ%2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>الجهات الفاعلة: %1</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>انقل المسار لأعلى</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>انقل المسار لأسفل</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>وسّع المسار</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>اطوِ المسار</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>وسّع كل المسارات</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>ملاءمة الكل</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>تكبير إلى التحديد</translation>
    </message>
    <message>
        <source>No events. Drop articles here to extract their events.</source>
        <translation>لا توجد أحداث. أفلت المقالات هنا لاستخلاص أحداثها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation>
            <numerusform>لا أحداث من %1 إلى %2. يكبّر زر الجمع ويصغّر زر الطرح، وتحرّك مفاتيح الأسهم العرض، وينتقل Tab بين الأحداث، ويفتح Enter أحدها.</numerusform>
            <numerusform>حدث واحد من %1 إلى %2. يكبّر زر الجمع ويصغّر زر الطرح، وتحرّك مفاتيح الأسهم العرض، وينتقل Tab بين الأحداث، ويفتح Enter الحدث.</numerusform>
            <numerusform>حدثان من %1 إلى %2. يكبّر زر الجمع ويصغّر زر الطرح، وتحرّك مفاتيح الأسهم العرض، وينتقل Tab بين الأحداث، ويفتح Enter أحدها.</numerusform>
            <numerusform>%Ln أحداث من %1 إلى %2. يكبّر زر الجمع ويصغّر زر الطرح، وتحرّك مفاتيح الأسهم العرض، وينتقل Tab بين الأحداث، ويفتح Enter أحدها.</numerusform>
            <numerusform>%Ln حدثًا من %1 إلى %2. يكبّر زر الجمع ويصغّر زر الطرح، وتحرّك مفاتيح الأسهم العرض، وينتقل Tab بين الأحداث، ويفتح Enter أحدها.</numerusform>
            <numerusform>%Ln حدث من %1 إلى %2. يكبّر زر الجمع ويصغّر زر الطرح، وتحرّك مفاتيح الأسهم العرض، وينتقل Tab بين الأحداث، ويفتح Enter أحدها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::TimexCommand</name>
    <message>
        <source>Print the time expressions of an article as TimeML TIMEX3 values (JSON).</source>
        <translation>يطبع التعبيرات الزمنية في مقال بوصفها قيم TIMEX3 من TimeML ‏(JSON).</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative expressions such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>تاريخ النشر (YYYY-MM-DD) الذي تُحدَّد على أساسه التعبيرات النسبية مثل «الشهر الماضي»؛ يتقدّم على التاريخ المذكور في الملف.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Output format: json (the default and only one).</source>
        <translation>صيغة الإخراج: json (الافتراضية والوحيدة).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>ملف المقال.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json.</source>
        <translation>صيغة غير معروفة «%1»؛ استخدم json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا صالحًا للخيار ‎--published؛ استخدم YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Name exactly one article file.</source>
        <translation>حدّد ملف مقال واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The time expressions cannot be written: %1</source>
        <translation>تعذّرت كتابة التعبيرات الزمنية: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::Transaction</name>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>مساحة العمل مفتوحة للقراءة فقط.</translation>
    </message>
    <message>
        <source>The workspace file %1 was moved or deleted while it was open; nothing was written.</source>
        <translation>نُقل ملف مساحة العمل %1 أو حُذف أثناء فتحه؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>مساحة العمل مشغولة: برنامج آخر يكتب فيها. أعد المحاولة عندما ينتهي.</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>المعاملة غير نشطة.</translation>
    </message>
</context>
<context>
    <name>Faultline::UcdpRowMapper</name>
    <message>
        <source>“%1” is not a type of violence (1, 2 or 3).</source>
        <translation>«%1» ليس نوعًا من أنواع العنف (1 أو 2 أو 3).</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoController</name>
    <message>
        <source>This workspace cannot be changed.</source>
        <translation>لا يمكن تغيير مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>فشل %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>يتعذّر التراجع عن %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoJournal</name>
    <message>
        <source>Changes can only be recorded in a workspace open for writing.</source>
        <translation>لا يمكن تسجيل التغييرات إلا في مساحة عمل مفتوحة للكتابة.</translation>
    </message>
    <message>
        <source>Changes are not being recorded.</source>
        <translation>لا تُسجَّل التغييرات.</translation>
    </message>
    <message>
        <source>The change cannot be reverted: %1</source>
        <translation>يتعذّر التراجع عن التغيير: %1</translation>
    </message>
    <message>
        <source>The change cannot be reverted because the workspace has changed since.</source>
        <translation>يتعذّر التراجع عن التغيير لأن مساحة العمل تغيّرت منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>Faultline::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>لم يُحدَّد ملف مساحة عمل.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because the Qt SQLite driver is missing.</source>
        <translation>يتعذّر فتح %1 لأن مشغّل SQLite الخاص بـQt غير موجود.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>تعذّرت ترقية %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder does not exist.</source>
        <translation>يتعذّر إنشاء %1 لأن مجلده غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder is read-only.</source>
        <translation>يتعذّر إنشاء %1 لأن مجلده للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>يتعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Faultline workspace.</source>
        <translation>%1 ليس مساحة عمل Faultline.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 تالف.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Faultline.</source>
        <translation>أُنشئ %1 بإصدار أحدث من Faultline.</translation>
    </message>
    <message>
        <source>%1 was created by an older version of Faultline and must be opened for writing to be upgraded.</source>
        <translation>أُنشئ %1 بإصدار أقدم من Faultline، ويجب فتحه للكتابة لترقيته.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 is read-only because its folder is read-only.</source>
        <translation>%1 للقراءة فقط لأن مجلده للقراءة فقط.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>تتعذّر قراءة إصدار المخطط.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the workspace, or the disk cannot be written; free some space and try again.</source>
        <translation>لا توجد مساحة كافية على القرص لحفظ مساحة العمل، أو تتعذّر الكتابة على القرص؛ حرّر بعض المساحة وأعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceBackup</name>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>%1 cannot be written because its folder does not exist.</source>
        <translation>تتعذّر كتابة %1 لأن مجلده غير موجود.</translation>
    </message>
    <message>
        <source>%1 is the open workspace itself; choose another file.</source>
        <translation>%1 هي مساحة العمل المفتوحة نفسها؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 مجلد.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the file cannot be replaced.</source>
        <translation>تعذّرت كتابة %1: يتعذّر استبدال الملف.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceCommand</name>
    <message>
        <source>This change was written elsewhere and can only be undone.</source>
        <translation>كُتب هذا التغيير في مكان آخر ولا يمكن إلا التراجع عنه.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No translation for &apos;%1&apos;; messages stay in English.</source>
        <translation>لا ترجمة لـ«%1»؛ تبقى الرسائل بالإنجليزية.</translation>
    </message>
    <message>
        <source>--lang needs a language code, such as fr or ar.</source>
        <translation>يحتاج ‎--lang إلى رمز لغة، مثل fr أو ar.</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting.</source>
        <translation>أحداث مؤرَّخة وجهات فاعلة من التغطية الصحفية للنزاعات.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>مساحة العمل المراد فتحها (الافتراضي: آخر مساحة).</translation>
    </message>
    <message>
        <source>Give at most one workspace.</source>
        <translation>حدّد مساحة عمل واحدة على الأكثر.</translation>
    </message>
</context>
</TS>
