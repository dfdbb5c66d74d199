<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Faultline::AcceptImportCommand</name>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation><numerusform>Import %n Article</numerusform><numerusform>Import %n Articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPanel</name>
    <message numerus="yes">
        <source> step(s)</source>
        <comment>suffix of the neighbourhood depth</comment>
        <translation><numerusform> step</numerusform><numerusform> steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show only this actor and the actors within %n step(s) of it</source>
        <translation><numerusform>Show only this actor and the actors within %n step of it</numerusform><numerusform>Show only this actor and the actors within %n steps of it</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphView</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared event(s)</source>
        <translation><numerusform>%Ln shared event</numerusform><numerusform>%Ln shared events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s); %2 actors hidden</source>
        <translation><numerusform>Neighbourhood of %1, %Ln step; %2 actors hidden</numerusform><numerusform>Neighbourhood of %1, %Ln steps; %2 actors hidden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s)</source>
        <translation><numerusform>Neighbourhood of %1, %Ln step</numerusform><numerusform>Neighbourhood of %1, %Ln steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) hidden: only the top %1 are shown</source>
        <translation><numerusform>%Ln actor hidden: only the top %1 are shown</numerusform><numerusform>%Ln actors hidden: only the top %1 are shown</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportDialog</name>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation><numerusform>%1: %2, %n event</numerusform><numerusform>%1: %2, %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation><numerusform>, %n new actor</numerusform><numerusform>, %n new actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation><numerusform>, %n bad row skipped: </numerusform><numerusform>, %n bad rows skipped: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n event(s) imported.</source>
        <translation><numerusform>Done: %n event imported.</numerusform><numerusform>Done: %n events imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::DataImporter</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The JSON file is larger than %n MB, the most Faultline reads.</source>
        <translation><numerusform>The JSON file is larger than %n MB, the most Faultline reads.</numerusform><numerusform>The JSON file is larger than %n MB, the most Faultline reads.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), so nothing was imported: </source>
        <translation><numerusform>%n bad row, so nothing was imported: </numerusform><numerusform>%n bad rows, so nothing was imported: </numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::DeleteEventsCommand</name>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation><numerusform>Delete %n Event</numerusform><numerusform>Delete %n Events</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::GraphExporter</name>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation><numerusform>Sources: %1; and %n more</numerusform><numerusform>Sources: %1; and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with fewer events not shown</source>
        <translation><numerusform>%n actor with fewer events not shown</numerusform><numerusform>%n actors with fewer events not shown</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::ImportCommand</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation><numerusform>%1: %n event</numerusform><numerusform>%1: %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from other articles)</source>
        <translation><numerusform> (%n already known from other articles)</numerusform><numerusform> (%n already known from other articles)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n actor(s)</source>
        <translation><numerusform>, %n actor</numerusform><numerusform>, %n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation><numerusform> (%n new)</numerusform><numerusform> (%n new)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation><numerusform>, %n warning</numerusform><numerusform>, %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation><numerusform>%1: %2, %n event</numerusform><numerusform>%1: %2, %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation><numerusform>, %n new actor</numerusform><numerusform>, %n new actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)</source>
        <translation><numerusform>, %n source</numerusform><numerusform>, %n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation><numerusform>, %n bad row skipped: </numerusform><numerusform>, %n bad rows skipped: </numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::ImportController</name>
    <message numerus="yes">
        <source>Drop to read %n file(s) or folder(s) for review.</source>
        <translation><numerusform>Drop to read %n file or folder for review.</numerusform><numerusform>Drop to read %n files or folders for review.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation><numerusform>%n article imported</numerusform><numerusform>%n articles imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> with %n event(s)</source>
        <translation><numerusform> with %n event</numerusform><numerusform> with %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the workspace</source>
        <translation><numerusform>, %n already in the workspace</numerusform><numerusform>, %n already in the workspace</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed: </source>
        <translation><numerusform>, %n failed: </numerusform><numerusform>, %n failed: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation><numerusform>%n article read</numerusform><numerusform>%n articles read</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::ImportReviewDialog</name>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation><numerusform>%1
%n event</numerusform><numerusform>%1
%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No publication date was found: relative dates stay unresolved until you give one (%n event(s) without a date).</source>
        <translation><numerusform>No publication date was found: relative dates stay unresolved until you give one (%n event without a date).</numerusform><numerusform>No publication date was found: relative dates stay unresolved until you give one (%n events without a date).</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::MainWindow</name>
    <message numerus="yes">
        <source>%1 events shown of %2</source>
        <translation><numerusform>%1 event shown of %2</numerusform><numerusform>%1 events shown of %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 without a resolved date</source>
        <translation><numerusform>%1 · %2 without a resolved date</numerusform><numerusform>%1 · %2 without a resolved date</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 in view</source>
        <translation><numerusform>%1 in view</numerusform><numerusform>%1 in view</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::RelationEventsList</name>
    <message numerus="yes">
        <source>%1 and %2: %Ln shared event(s)</source>
        <translation><numerusform>%1 and %2: %Ln shared event</numerusform><numerusform>%1 and %2: %Ln shared events</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::ReportExporter</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineExporter</name>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation><numerusform>Sources: %1; and %n more</numerusform><numerusform>Sources: %1; and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::TimelinePainter</name>
    <message numerus="yes">
        <source>%Ln event(s) dated only to a longer period span this whole range</source>
        <translation><numerusform>%Ln event dated only to a longer period span this whole range</numerusform><numerusform>%Ln events dated only to a longer period span this whole range</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a resolved date</source>
        <translation><numerusform>%Ln event without a resolved date</numerusform><numerusform>%Ln events without a resolved date</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message numerus="yes">
        <source>%Ln event(s) here; double-click to zoom in</source>
        <translation><numerusform>%Ln event here; double-click to zoom in</numerusform><numerusform>%Ln events here; double-click to zoom in</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation><numerusform>%Ln event from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</numerusform><numerusform>%Ln events from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</numerusform></translation>
    </message>
</context>
</TS>