<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
    <name>Faultline::TimelinePainter</name>
    <message numerus="yes">
        <source>%n event(s) dated only to a longer period span this whole range</source>
        <translation><numerusform>%n event dated only to a longer period spans this whole range</numerusform><numerusform>%n events dated only to a longer period span this whole range</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a resolved date</source>
        <translation><numerusform>%n event without a resolved date</numerusform><numerusform>%n events without a resolved date</numerusform></translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) here; double-click to zoom in</source>
        <translation><numerusform>%n event here; double-click to zoom in</numerusform><numerusform>%n events here; double-click to zoom in</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation><numerusform>%n event from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</numerusform><numerusform>%n events from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</numerusform></translation>
    </message>
</context>
</TS>