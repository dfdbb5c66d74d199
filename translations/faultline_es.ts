<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Faultline::AboutDialog</name>
    <message>
        <source>About Faultline</source>
        <translation>Acerca de Faultline</translation>
    </message>
    <message>
        <source>Faultline %1</source>
        <translation>Faultline %1</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting, as a timeline and an actor graph. Every event leads back to the sentence it was read in.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.

Built with Qt %1.</source>
        <translation>Eventos fechados y actores extraídos de la cobertura de conflictos, presentados como cronología y como grafo de actores. Cada evento remite a la frase en la que se leyó.

Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later). Este programa se ofrece SIN NINGUNA GARANTÍA.

Compilado con Qt %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::AcceptImportCommand</name>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>Importar %n artículo</numerusform>
            <numerusform>Importar %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::AcledCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::Actor</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Fuerzas armadas</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>Grupo armado</translation>
    </message>
    <message>
        <source>Political party</source>
        <translation>Partido político</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar en…</translation>
    </message>
    <message>
        <source>Set &amp;Affiliation…</source>
        <translation>Establecer &amp;afiliación…</translation>
    </message>
    <message>
        <source>&amp;Clear Affiliation</source>
        <translation>&amp;Quitar afiliación</translation>
    </message>
    <message>
        <source>Rename Actor</source>
        <translation>Renombrar actor</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>Fusionar actor</translation>
    </message>
    <message>
        <source>Merge “%1” into (its name and aliases become aliases there):</source>
        <translation>Fusionar «%1» en (su nombre y sus alias pasan a ser alias allí):</translation>
    </message>
    <message>
        <source>Set Affiliation</source>
        <translation>Establecer afiliación</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>«%1» pertenece a:</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphBuilder</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPainter</name>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPanel</name>
    <message numerus="yes">
        <source> step(s)</source>
        <comment>suffix of the neighbourhood depth</comment>
        <translation>
            <numerusform> paso</numerusform>
            <numerusform> pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Vecindad</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors within the chosen number of steps</source>
        <translation>Mostrar solo el actor seleccionado y los actores a la distancia en pasos elegida</translation>
    </message>
    <message>
        <source>How many steps from the actor the neighbourhood reaches</source>
        <translation>A cuántos pasos del actor llega la vecindad</translation>
    </message>
    <message>
        <source>All Actors</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>Leave the neighbourhood and show the whole graph again</source>
        <translation>Salir de la vecindad y volver a mostrar el grafo completo</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Primeros:</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>todos los actores</translation>
    </message>
    <message>
        <source> actors</source>
        <translation> actores</translation>
    </message>
    <message>
        <source>Show at most this many actors, those with most events</source>
        <translation>Mostrar como máximo este número de actores, los que tienen más eventos</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation>Mostrar el grafo completo (Inicio)</translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation>Exportar &amp;grafo…</translation>
    </message>
    <message>
        <source>Save the actor graph as a PNG, PDF or SVG file</source>
        <translation>Guardar el grafo de actores como archivo PNG, PDF o SVG</translation>
    </message>
    <message>
        <source>Show &amp;Neighbourhood</source>
        <translation>Mostrar &amp;vecindad</translation>
    </message>
    <message numerus="yes">
        <source>Show only this actor and the actors within %n step(s) of it</source>
        <translation>
            <numerusform>Mostrar solo este actor y los actores a %n paso o menos de él</numerusform>
            <numerusform>Mostrar solo este actor y los actores a %n pasos o menos de él</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;All Actors</source>
        <translation>Mostrar &amp;todos los actores</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphView</name>
    <message>
        <source>Actor graph</source>
        <translation>Grafo de actores</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s); %2 actors hidden</source>
        <translation>
            <numerusform>Vecindad de %1, %Ln paso; %2 actores ocultos</numerusform>
            <numerusform>Vecindad de %1, %Ln pasos; %2 actores ocultos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s)</source>
        <translation>
            <numerusform>Vecindad de %1, %Ln paso</numerusform>
            <numerusform>Vecindad de %1, %Ln pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) hidden: only the top %1 are shown</source>
        <translation>
            <numerusform>%Ln actor oculto: solo se muestran los %1 primeros</numerusform>
            <numerusform>%Ln actores ocultos: solo se muestran los %1 primeros</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Open or create a workspace to see who deals with whom.</source>
        <translation>Abra o cree un espacio de trabajo para ver quién trata con quién.</translation>
    </message>
    <message>
        <source>The actor graph could not be built</source>
        <translation>No se pudo construir el grafo de actores</translation>
    </message>
    <message>
        <source>The workspace is empty</source>
        <translation>El espacio de trabajo está vacío</translation>
    </message>
    <message>
        <source>Import articles (File &gt; Import, or drop files here) and the actors of their events appear here.</source>
        <translation>Importe artículos (Archivo &gt; Importar, o suelte archivos aquí) y los actores de sus eventos aparecerán aquí.</translation>
    </message>
    <message>
        <source>%1 is not in the current filter</source>
        <translation>%1 no está en el filtro actual</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names this actor. Widen the filters or go back to all actors.</source>
        <translation>Ningún evento de los filtros y el periodo actuales menciona a este actor. Amplíe los filtros o vuelva a todos los actores.</translation>
    </message>
    <message>
        <source>No actors in the current filter</source>
        <translation>No hay actores en el filtro actual</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names an actor. Widen the time range or clear the filters.</source>
        <translation>Ningún evento de los filtros y el periodo actuales menciona a un actor. Amplíe el periodo o borre los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>pertenece a</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared event(s)</source>
        <translation>
            <numerusform>%Ln evento compartido</numerusform>
            <numerusform>%Ln eventos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the actor graph…</source>
        <translation>Construyendo el grafo de actores…</translation>
    </message>
    <message>
        <source>In a large workspace this takes a few seconds; the timeline and the table can be used meanwhile.</source>
        <translation>En un espacio de trabajo grande esto tarda unos segundos; mientras tanto se pueden usar la cronología y la tabla.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorListPanel</name>
    <message>
        <source>Filter actors</source>
        <translation>Filtrar actores</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>También conocido como: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un actor necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>Ya existe un actor llamado %1.</translation>
    </message>
    <message>
        <source>An actor cannot be affiliated with itself.</source>
        <translation>Un actor no puede estar afiliado a sí mismo.</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>No hay ningún actor con el identificador %1.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Un actor no puede fusionarse consigo mismo.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorsCommand</name>
    <message>
        <source>Print the actors of a workspace as JSON or CSV.</source>
        <translation>Muestra los actores de un espacio de trabajo en JSON o CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>El archivo del espacio de trabajo; si no existe, se crea uno nuevo.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Formato de salida: json (predeterminado) o csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>La opción --db ESPACIO es obligatoria.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>Formato desconocido «%1»; use json o csv.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The actors cannot be written: %1</source>
        <translation>No se pueden escribir los actores: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleAssembler</name>
    <message>
        <source>Only the date of the last update is known; it is used as the publication date.</source>
        <translation>Solo se conoce la fecha de la última actualización; se usa como fecha de publicación.</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleRepository</name>
    <message>
        <source>The workspace already holds an article with the same text.</source>
        <translation>El espacio de trabajo ya contiene un artículo con el mismo texto.</translation>
    </message>
    <message>
        <source>There is no article with the id %1.</source>
        <translation>No hay ningún artículo con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::BulkWriter</name>
    <message>
        <source>Writing to the workspace failed (%1): %2</source>
        <translation>Falló la escritura en el espacio de trabajo (%1): %2</translation>
    </message>
    <message>
        <source>Writing to the workspace failed: %1</source>
        <translation>Falló la escritura en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>An actor has no name.</source>
        <translation>Un actor no tiene nombre.</translation>
    </message>
    <message>
        <source>The bulk write has not begun.</source>
        <translation>La escritura masiva no ha comenzado.</translation>
    </message>
</context>
<context>
    <name>Faultline::CalendarFormatter</name>
    <message>
        <source>Gregorian</source>
        <translation>Gregoriano</translation>
    </message>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>Hégira solar (persa)</translation>
    </message>
    <message>
        <source>Islamic (civil)</source>
        <translation>Islámico (civil)</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>%1 a. C.</translation>
    </message>
    <message>
        <source>%1 BH</source>
        <comment>a year before the Hijra</comment>
        <translation>%1 a. H.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>hacia %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>month range</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>la década de %1</translation>
    </message>
    <message>
        <source>the decade from %1</source>
        <translation>la década a partir de %1</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>century</comment>
        <translation>el siglo a partir de %1</translation>
    </message>
    <message>
        <source>the century from %1</source>
        <translation>el siglo a partir de %1</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <comment>two months of one year</comment>
        <translation>%1 – %2 de %3</translation>
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
        <translation>Tipo de «%1»: %2</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>No hay ningún actor con el identificador %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Type (CAMEO code)</source>
        <translation>Tipo (código CAMEO)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Columnas de %1</translation>
    </message>
    <message>
        <source>Choose the columns that hold each part of an event. A date and a title are needed; the whole row is kept as evidence.</source>
        <translation>Elija las columnas que contienen cada parte de un evento. Se necesitan una fecha y un título; la fila completa se conserva como evidencia.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose a column for the date and the title.</source>
        <translation>Elija una columna para la fecha y otra para el título.</translation>
    </message>
</context>
<context>
    <name>Faultline::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
</context>
<context>
    <name>Faultline::CommandLine</name>
    <message>
        <source>Usage: faultline [WORKSPACE]
       faultline COMMAND --db WORKSPACE [options]

</source>
        <translation>Uso: faultline [ESPACIO]
     faultline COMANDO --db ESPACIO [opciones]

</translation>
    </message>
    <message>
        <source>Faultline turns news articles about armed conflicts into dated events and actors, shown as a timeline and an actor graph.
Without a command it opens WORKSPACE (or the last one) in the main window.

</source>
        <translation>Faultline convierte artículos de prensa sobre conflictos armados en eventos fechados y actores, presentados como cronología y como grafo de actores.
Sin un comando, abre ESPACIO (o el último usado) en la ventana principal.

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Comandos:
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
Opciones:
  -h, --help     Muestra esta ayuda.
  -v, --version  Muestra la versión.
  --lang CÓDIGO  Usa este idioma (como fr o ar) en lugar del del sistema.

Ejecute «faultline COMANDO --help» para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se ejecutará.</translation>
    </message>
    <message>
        <source>faultline: No command given; see &apos;faultline --help&apos;.
</source>
        <translation>faultline: no se indicó ningún comando; consulte «faultline --help».
</translation>
    </message>
    <message>
        <source>faultline: &apos;%1&apos; is not a command (see &apos;faultline --help&apos;); to create a workspace, name it like %1.faultline.
</source>
        <translation>faultline: «%1» no es un comando (consulte «faultline --help»); para crear un espacio de trabajo, póngale un nombre como %1.faultline.
</translation>
    </message>
</context>
<context>
    <name>Faultline::CreateEventCommand</name>
    <message>
        <source>New Event “%1”</source>
        <translation>Nuevo evento «%1»</translation>
    </message>
</context>
<context>
    <name>Faultline::CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Línea %1: un campo entre comillas no se cierra antes del final del archivo.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes; a quote may be missing.</source>
        <translation>Línea %1: un campo supera los %2 bytes; puede que falte una comilla.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes.</source>
        <translation>Línea %1: un campo supera los %2 bytes.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>Línea %1: más de %2 columnas.</translation>
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
        <translation>Eventos en CSV</translation>
    </message>
    <message>
        <source>Events as JSON</source>
        <translation>Eventos en JSON</translation>
    </message>
    <message>
        <source>ACLED-style CSV</source>
        <translation>CSV al estilo de ACLED</translation>
    </message>
    <message>
        <source>Actor graph as GEXF (Gephi)</source>
        <translation>Grafo de actores en GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Actor graph as GraphML</source>
        <translation>Grafo de actores en GraphML</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Events of the workspace %1, each with the sentences it was read in and their sources; made with Faultline.</source>
        <translation>Eventos del espacio de trabajo %1, cada uno con las frases en las que se leyó y sus fuentes; hecho con Faultline.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFormat</name>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <translation>Hoja de cálculo de TimelineJS</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV con asignación de columnas</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>Deshaciendo la importación de %1…</translation>
    </message>
    <message>
        <source>Redoing the import of %1…</source>
        <translation>Rehaciendo la importación de %1…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportDialog</name>
    <message>
        <source>Import Event Data</source>
        <translation>Importar datos de eventos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Archivos que importar:</translation>
    </message>
    <message>
        <source>When a row cannot be read</source>
        <translation>Cuando no se puede leer una fila</translation>
    </message>
    <message>
        <source>Import nothing from that file</source>
        <translation>No importar nada de ese archivo</translation>
    </message>
    <message>
        <source>Skip the row and import the others</source>
        <translation>Omitir la fila e importar las demás</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1: not imported; no columns were chosen.</source>
        <translation>%1: no se importó; no se eligieron columnas.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importando %1 (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2, %n evento</numerusform>
            <numerusform>%1: %2, %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>, %n actor nuevo</numerusform>
            <numerusform>, %n actores nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>, %n fila incorrecta omitida: </numerusform>
            <numerusform>, %n filas incorrectas omitidas: </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the file being imported was not written.</source>
        <translation>Cancelado; el archivo que se estaba importando no se escribió.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n event(s) imported.</source>
        <translation>
            <numerusform>Terminado: %n evento importado.</numerusform>
            <numerusform>Terminado: %n eventos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImporter</name>
    <message>
        <source>item %1: %2</source>
        <translation>elemento %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is in no format Faultline reads. Expected an ACLED or UCDP GED export, a GDELT event file (tab-separated, 57, 58 or 61 columns), a TimelineJS spreadsheet (Year, Month, Day, Headline, ...) or JSON, vis-timeline JSON, or a CSV with a date and a title column.</source>
        <translation>El archivo no está en ningún formato que Faultline lea. Se esperaba una exportación de ACLED o UCDP GED, un archivo de eventos de GDELT (separado por tabulaciones, 57, 58 o 61 columnas), una hoja de cálculo de TimelineJS (Year, Month, Day, Headline, ...) o JSON, JSON de vis-timeline, o un CSV con una columna de fecha y otra de título.</translation>
    </message>
    <message>
        <source>Its columns: %1.</source>
        <translation>Sus columnas: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The JSON file is too large to read.</source>
        <translation>El archivo JSON es demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>The JSON file is larger than %n MB, the most Faultline reads.</source>
        <translation>
            <numerusform>El archivo JSON supera %n MB, el máximo que lee Faultline.</numerusform>
            <numerusform>El archivo JSON supera los %n MB, el máximo que lee Faultline.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), so nothing was imported: </source>
        <translation>
            <numerusform>%n fila incorrecta, así que no se importó nada: </numerusform>
            <numerusform>%n filas incorrectas, así que no se importó nada: </numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before (article %1); nothing was imported again.</source>
        <translation>Este archivo ya se importó antes (artículo %1); no se volvió a importar nada.</translation>
    </message>
</context>
<context>
    <name>Faultline::DeleteEventsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>Eliminar %n evento</numerusform>
            <numerusform>Eliminar %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>No hay ningún evento seleccionado.</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentImporter</name>
    <message>
        <source>holds no article text</source>
        <translation>no contiene texto de artículo</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentReader</name>
    <message>
        <source>is too large (%1 MB); Faultline imports articles up to %2 MB</source>
        <translation>es demasiado grande (%1 MB); Faultline importa artículos de hasta %2 MB</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a text, HTML or PDF file</source>
        <translation>no es un archivo de texto, HTML ni PDF</translation>
    </message>
    <message>
        <source>contains no article text</source>
        <translation>no contiene texto de artículo</translation>
    </message>
</context>
<context>
    <name>Faultline::EditEventCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>The event is not stored yet.</source>
        <translation>El evento aún no está guardado.</translation>
    </message>
</context>
<context>
    <name>Faultline::Event</name>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
</context>
<context>
    <name>Faultline::EventCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDetailsPanel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Season or quarter</source>
        <translation>Estación o trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Década</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Siglo</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table to see its date, actors and evidence.</source>
        <translation>Seleccione un evento en la cronología o en la tabla para ver su fecha, sus actores y su evidencia.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tal como se escribió:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Actores:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Unresolved: no publication date to resolve it against</source>
        <translation>Sin resolver: no hay fecha de publicación con la que resolverla</translation>
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
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, inferred from a generic mention</source>
        <translation>%1, deducido de una mención genérica</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>Ninguno reconocido</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>fecha de publicación desconocida</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>The article is no longer in the workspace</source>
        <translation>El artículo ya no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Missing article</source>
        <translation>Artículo ausente</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No evidence recorded for this event.</source>
        <translation>No hay evidencia registrada para este evento.</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Víctimas mortales:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordenadas:</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>Identificador en el conjunto de datos:</translation>
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
        <translation>Un evento necesita un título.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventEditDialog</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter or season</source>
        <translation>Trimestre o estación</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Década</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Siglo</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA; vacío si se desconoce</translation>
    </message>
    <message>
        <source>Same as the start</source>
        <translation>Igual que el inicio</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>Exactamente</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Aproximadamente</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Add Actor</source>
        <translation>Añadir actor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precisión:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Actores:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Give a start date, or leave both dates empty when the date is unknown.</source>
        <translation>Indique una fecha de inicio o deje ambas fechas vacías si la fecha se desconoce.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«%1» no es una fecha; escriba AAAA-MM-DD, AAAA-MM o AAAA.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Dé un título al evento.</translation>
    </message>
    <message>
        <source>Latitude, −90 to 90</source>
        <translation>Latitud, de −90 a 90</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude, −180 to 180</source>
        <translation>Longitud, de −180 a 180</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>&amp;Víctimas mortales:</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>Coo&amp;rdenadas:</translation>
    </message>
    <message>
        <source>“%1” is not a number of fatalities; write a whole number, or leave it empty when it is unknown.</source>
        <translation>«%1» no es un número de víctimas; escriba un número entero o déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude; write degrees from −90 (south) to 90 (north).</source>
        <translation>«%1» no es una latitud; escriba grados de −90 (sur) a 90 (norte).</translation>
    </message>
    <message>
        <source>“%1” is not a longitude; write degrees from −180 (west) to 180 (east).</source>
        <translation>«%1» no es una longitud; escriba grados de −180 (oeste) a 180 (este).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventRepository</name>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>No hay ningún evento con el identificador %1.</translation>
    </message>
    <message>
        <source>The actor %1 cannot take part in the event: %2</source>
        <translation>El actor %1 no puede participar en el evento: %2</translation>
    </message>
    <message>
        <source>The evidence from article %1 cannot be stored: %2</source>
        <translation>No se puede guardar la evidencia del artículo %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableModel</name>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>c. %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de %1</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>%1
Written as: %2</source>
        <translation>%1
Escrito: %2</translation>
    </message>
    <message>
        <source>Unresolved: %1</source>
        <translation>Sin resolver: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>Faultline::EventType</name>
    <message>
        <source>Make public statement</source>
        <translation>Hacer una declaración pública</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Hacer un llamamiento</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>Expresar intención de cooperar</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>Cooperar diplomáticamente</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>Cooperar materialmente</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>Prestar ayuda</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Ceder</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Investigar</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Exigir</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>Desaprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>Amenazar</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protestar</translation>
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation>Exhibir una postura de fuerza</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>Reducir las relaciones</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>Coaccionar</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agredir</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>Combatir</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>Recurrir a la violencia masiva no convencional</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>Verbal cooperation</source>
        <translation>Cooperación verbal</translation>
    </message>
    <message>
        <source>Material cooperation</source>
        <translation>Cooperación material</translation>
    </message>
    <message>
        <source>Verbal conflict</source>
        <translation>Conflicto verbal</translation>
    </message>
    <message>
        <source>Material conflict</source>
        <translation>Conflicto material</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Faultline::EventsCommand</name>
    <message>
        <source>Print the events of a workspace as JSON or CSV.</source>
        <translation>Muestra los eventos de un espacio de trabajo en JSON o CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>El archivo del espacio de trabajo; si no existe, se crea uno nuevo.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Formato de salida: json (predeterminado) o csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Only events that reach this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Solo los eventos que llegan a esta fecha (AAAA, AAAA-MM o AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Only events that start by this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Solo los eventos que empiezan a más tardar en esta fecha (AAAA, AAAA-MM o AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Only events with this actor (name or alias).</source>
        <translation>Solo los eventos con este actor (nombre o alias).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Only events of this CAMEO root category (01-20).</source>
        <translation>Solo los eventos de esta categoría raíz de CAMEO (01-20).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>La opción --db ESPACIO es obligatoria.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>Formato desconocido «%1»; use json o csv.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha para --from; use AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha para --to; use AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>La fecha de --from es posterior a la de --to.</translation>
    </message>
    <message>
        <source>The option --actor needs a name.</source>
        <translation>La opción --actor necesita un nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CAMEO root category; use 01 to 20.</source>
        <translation>«%1» no es una categoría raíz de CAMEO; use de 01 a 20.</translation>
    </message>
    <message>
        <source>The events cannot be written: %1</source>
        <translation>No se pueden escribir los eventos: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportCommand</name>
    <message>
        <source>Export the timeline or graph as PNG, PDF or SVG, or the data as TimelineJS, CSV, JSON, ACLED CSV, GEXF or GraphML.</source>
        <translation>Exporta la cronología o el grafo como PNG, PDF o SVG, o los datos como TimelineJS, CSV, JSON, CSV de ACLED, GEXF o GraphML.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>El archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <source>What to export: timeline (the default), graph (the actor graph) or report (a PDF briefing).</source>
        <translation>Qué exportar: timeline (la cronología, predeterminado), graph (el grafo de actores) o report (un informe en PDF).</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VISTA</translation>
    </message>
    <message>
        <source>Export data instead of a picture: timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>Exportar datos en lugar de una imagen: timelinejs, csv, json, acled, gexf o graphml.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The file to write; for a picture its suffix (.png, .pdf or .svg) chooses the format.</source>
        <translation>El archivo que se escribirá; para una imagen, su extensión (.png, .pdf o .svg) elige el formato.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Start of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the first event.</source>
        <translation>Inicio del periodo (AAAA, AAAA-MM o AAAA-MM-DD); predeterminado: el primer evento.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>End of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the last event.</source>
        <translation>Fin del periodo (AAAA, AAAA-MM o AAAA-MM-DD); predeterminado: el último evento.</translation>
    </message>
    <message>
        <source>Width of a PNG or SVG in pixels (default 1600).</source>
        <translation>Anchura de un PNG o SVG en píxeles (1600 de forma predeterminada).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Height of a PNG or SVG in pixels (default: as tall as the lanes need).</source>
        <translation>Altura de un PNG o SVG en píxeles (predeterminada: la que necesiten los carriles).</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 96): text and marks grow with it, so the image prints at its width divided by N inches.</source>
        <translation>Resolución de un PNG (96 de forma predeterminada): el texto y las marcas crecen con ella, así que la imagen se imprime a su anchura dividida entre N pulgadas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A title above the timeline.</source>
        <translation>Un título sobre la cronología.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>A subtitle under the title.</source>
        <translation>Un subtítulo bajo el título.</translation>
    </message>
    <message>
        <source>Lanes: none (default), actor, type or article.</source>
        <translation>Carriles: none (ninguno, predeterminado), actor (por actor), type (por tipo) o article (por artículo).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 (default), letter or a3.</source>
        <translation>Tamaño de página de un PDF: a4 (predeterminado), letter o a3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>Landscape PDF pages (the default).</source>
        <translation>Páginas PDF en horizontal (predeterminado).</translation>
    </message>
    <message>
        <source>Portrait PDF pages.</source>
        <translation>Páginas PDF en vertical.</translation>
    </message>
    <message>
        <source>Split the time range of a timeline PDF across N pages, each with its axis and lanes (default 1).</source>
        <translation>Reparte el periodo de una cronología PDF en N páginas, cada una con su eje y sus carriles (1 de forma predeterminada).</translation>
    </message>
    <message>
        <source>A transparent background instead of white (PNG, SVG).</source>
        <translation>Un fondo transparente en lugar de blanco (PNG, SVG).</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Omite la leyenda.</translation>
    </message>
    <message>
        <source>Leave out the line naming the source articles.</source>
        <translation>Omite la línea que nombra los artículos de origen.</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>La opción --db ESPACIO es obligatoria.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>Formato desconocido «%1»; use timelinejs, csv, json, acled, gexf o graphml.</translation>
    </message>
    <message>
        <source>--%1 applies to pictures, not to --format.</source>
        <translation>--%1 se aplica a las imágenes, no a --format.</translation>
    </message>
    <message>
        <source>The option --out FILE is required.</source>
        <translation>La opción --out ARCHIVO es obligatoria.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha para --from; use AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha para --to; use AAAA, AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>La fecha de --from es posterior a la de --to.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use timeline, graph or report.</source>
        <translation>Vista desconocida «%1»; use timeline, graph o report.</translation>
    </message>
    <message>
        <source>The report is a PDF; name the file .pdf.</source>
        <translation>El informe es un PDF; ponga al archivo la extensión .pdf.</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;; name the file .png, .pdf or .svg.</source>
        <translation>No se puede determinar el formato de «%1»; ponga al archivo la extensión .png, .pdf o .svg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width in pixels.</source>
        <translation>«%1» no es una anchura en píxeles.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a height in pixels.</source>
        <translation>«%1» no es una altura en píxeles.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resolution; use %2 to %3 dpi.</source>
        <translation>«%1» no es una resolución; use de %2 a %3 ppp.</translation>
    </message>
    <message>
        <source>Unknown lane mode &apos;%1&apos;; use none, actor, type or article.</source>
        <translation>Modo de carriles desconocido «%1»; use none, actor, type o article.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use a4, letter or a3.</source>
        <translation>Tamaño de página desconocido «%1»; use a4, letter o a3.</translation>
    </message>
    <message>
        <source>Choose either --landscape or --portrait.</source>
        <translation>Elija --landscape o --portrait, no ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of pages; use 1 to %2.</source>
        <translation>«%1» no es un número de páginas; use de 1 a %2.</translation>
    </message>
    <message>
        <source>--pages applies to timeline PDF files only.</source>
        <translation>--pages solo se aplica a archivos PDF de cronología.</translation>
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
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>The current &amp;filter</source>
        <translation>El &amp;filtro actual</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Exportar grafo</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>Periodo &amp;visible</translation>
    </message>
    <message>
        <source>&amp;Visible range (%1)</source>
        <translation>Periodo &amp;visible (%1)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Text and marks grow with the resolution: at 300 dpi, 9 point text is 37 pixels tall.</source>
        <translation>El texto y las marcas crecen con la resolución: a 300 ppp, un texto de 9 puntos mide 37 píxeles de alto.</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fondo tr&amp;ansparente</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>A&amp;nchura:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>Split the range across</source>
        <translation>Repartir el periodo en</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> páginas</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>Intervalo de &amp;fechas</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Leyenda</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>Fuente&amp;s</translation>
    </message>
    <message>
        <source>Time of e&amp;xport</source>
        <translation>Hora de la e&amp;xportación</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>Su&amp;btítulo:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
        <translation>%1 × %2 píxeles, %3 × %4 cm a %5 ppp</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>actor-graph</source>
        <translation>grafo-de-actores</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>cronologia</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionJob</name>
    <message>
        <source>holds no article text</source>
        <translation>no contiene texto de artículo</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionPipeline</name>
    <message>
        <source>No publication date is known, so relative dates such as &quot;last month&quot; stay unresolved; give one with --published or in the review.</source>
        <translation>No se conoce la fecha de publicación, por lo que las fechas relativas como «el mes pasado» quedan sin resolver; indique una con --published o en la revisión.</translation>
    </message>
</context>
<context>
    <name>Faultline::FilterBar</name>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Search titles and evidence</source>
        <translation>Buscar en títulos y evidencia</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>No actor of that name or alias in this workspace</source>
        <translation>No hay ningún actor con ese nombre o alias en este espacio de trabajo</translation>
    </message>
    <message>
        <source>Events involving this actor (name or alias)</source>
        <translation>Eventos en los que participa este actor (nombre o alias)</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>No es una fecha: use AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The start is after the end</source>
        <translation>El inicio es posterior al final</translation>
    </message>
</context>
<context>
    <name>Faultline::GdeltRowMapper</name>
    <message>
        <source>The file is not a GDELT event file: it has %1 columns, GDELT has 57, 58 or 61.</source>
        <translation>El archivo no es un archivo de eventos de GDELT: tiene %1 columnas y GDELT tiene 57, 58 o 61.</translation>
    </message>
    <message>
        <source>“%1” is not a CAMEO root code (EventRootCode).</source>
        <translation>«%1» no es un código raíz de CAMEO (EventRootCode).</translation>
    </message>
</context>
<context>
    <name>Faultline::GenericRowMapper</name>
    <message>
        <source>No column is chosen for the %1.</source>
        <translation>No se ha elegido ninguna columna para el campo «%1».</translation>
    </message>
    <message>
        <source>The file has no column “%1” for the %2.</source>
        <translation>El archivo no tiene ninguna columna «%1» para el campo «%2».</translation>
    </message>
    <message>
        <source>The date (%1) is empty.</source>
        <translation>La fecha (%1) está vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» no es una fecha (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an end date on or after the start (%2).</source>
        <translation>«%1» no es una fecha de fin igual o posterior al inicio (%2).</translation>
    </message>
    <message>
        <source>The title (%1) is empty.</source>
        <translation>El título (%1) está vacío.</translation>
    </message>
</context>
<context>
    <name>Faultline::GexfWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY, YYYY-MM or YYYY-MM-DD; -0500 for 501 BCE):</source>
        <translation>&amp;Fecha (AAAA, AAAA-MM o AAAA-MM-DD; -0500 para el 501 a. C.):</translation>
    </message>
    <message>
        <source>2020-09-14</source>
        <translation>2020-09-14</translation>
    </message>
    <message>
        <source>Not a date in ISO form</source>
        <translation>No es una fecha en formato ISO</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphExporter</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>Fuentes: %1; y %n más</numerusform>
            <numerusform>Fuentes: %1; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors</source>
        <translation>No hay actores</translation>
    </message>
    <message>
        <source>No actor of the workspace takes part in an event of this export.</source>
        <translation>Ningún actor del espacio de trabajo participa en un evento de esta exportación.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with fewer events not shown</source>
        <translation>
            <numerusform>%n actor con menos eventos no mostrado</numerusform>
            <numerusform>%n actores con menos eventos no mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Exportado desde Faultline el %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>No hay memoria suficiente para una imagen de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>No se puede dibujar la página.</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Grafo de actores</translation>
    </message>
    <message>
        <source>Actor graph exported from Faultline</source>
        <translation>Grafo de actores exportado desde Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>No se puede dibujar el SVG.</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphmlWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportCommand</name>
    <message>
        <source>Import articles (text, Markdown, HTML, PDF) and extract their events, or event data (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</source>
        <translation>Importa artículos (texto, Markdown, HTML, PDF) y extrae sus eventos, o datos de eventos (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>El archivo del espacio de trabajo; si no existe, se crea uno nuevo.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative dates such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>La fecha de publicación (AAAA-MM-DD) con la que se resuelven las fechas relativas como «el mes pasado»; sustituye a la fecha que indica el archivo.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Import the good rows of a data file and report the bad ones; without it a data file with a bad row is not imported at all.</source>
        <translation>Importa las filas correctas de un archivo de datos e informa de las incorrectas; sin esta opción, un archivo de datos con una fila incorrecta no se importa en absoluto.</translation>
    </message>
    <message>
        <source>Article files or folders to import.</source>
        <translation>Archivos o carpetas de artículos que se importarán.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>RUTA...</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>La opción --db ESPACIO es obligatoria.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha para --published; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Name at least one article file or folder to import.</source>
        <translation>Indique al menos un archivo o carpeta de artículos que importar.</translation>
    </message>
    <message>
        <source>%1: No such file or folder.</source>
        <translation>%1: no existe el archivo o la carpeta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already in the workspace as article %2; not imported again.</source>
        <translation>%1: ya está en el espacio de trabajo como artículo %2; no se vuelve a importar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from other articles)</source>
        <translation>
            <numerusform> (%n ya conocido por otros artículos)</numerusform>
            <numerusform> (%n ya conocidos por otros artículos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n actor(s)</source>
        <translation>
            <numerusform>, %n actor</numerusform>
            <numerusform>, %n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n nuevo)</numerusform>
            <numerusform> (%n nuevos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Use --skip-bad-rows to import the other rows.</source>
        <translation>Use --skip-bad-rows para importar las demás filas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1: %2, %n evento</numerusform>
            <numerusform>%1: %2, %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>, %n actor nuevo</numerusform>
            <numerusform>, %n actores nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)</source>
        <translation>
            <numerusform>, %n fuente</numerusform>
            <numerusform>, %n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>, %n fila incorrecta omitida: </numerusform>
            <numerusform>, %n filas incorrectas omitidas: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading articles; what was read stays for review</source>
        <translation>Dejar de leer artículos; lo leído queda pendiente de revisión</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>Faultline imports .txt, .md, .html and .pdf articles and .csv, .tsv and .json event data; “%1” is none of these.</source>
        <translation>Faultline importa artículos .txt, .md, .html y .pdf y datos de eventos .csv, .tsv y .json; «%1» no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>Open a workspace to import articles into it.</source>
        <translation>Abra un espacio de trabajo para importar artículos en él.</translation>
    </message>
    <message>
        <source>This workspace is read-only; articles cannot be imported into it.</source>
        <translation>Este espacio de trabajo es de solo lectura; no se pueden importar artículos en él.</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>Hay una importación en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %n file(s) or folder(s) for review.</source>
        <translation>
            <numerusform>Suelte para leer %n archivo o carpeta y revisarlo.</numerusform>
            <numerusform>Suelte para leer %n archivos o carpetas y revisarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline imports files from this computer, not web addresses; save the page first.</source>
        <translation>Faultline importa archivos de este equipo, no direcciones web; guarde antes la página.</translation>
    </message>
    <message>
        <source>The dropped text is empty.</source>
        <translation>El texto soltado está vacío.</translation>
    </message>
    <message>
        <source>Drop to read the text as an article for review.</source>
        <translation>Suelte para leer el texto como un artículo y revisarlo.</translation>
    </message>
    <message>
        <source>Faultline imports articles as files, text or HTML; this is none of these.</source>
        <translation>Faultline importa artículos como archivos, texto o HTML; esto no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>Dropped HTML</source>
        <translation>HTML soltado</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto soltado</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Buscando artículos…</translation>
    </message>
    <message>
        <source>Import cancelled; no article was read.</source>
        <translation>Importación cancelada; no se leyó ningún artículo.</translation>
    </message>
    <message>
        <source>There were no articles to import.</source>
        <translation>No había artículos que importar.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>Leyendo artículos…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n artículo importado</numerusform>
            <numerusform>%n artículos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n event(s)</source>
        <translation>
            <numerusform> con %n evento</numerusform>
            <numerusform> con %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the workspace</source>
        <translation>
            <numerusform>, %n ya en el espacio de trabajo</numerusform>
            <numerusform>, %n ya en el espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed: </source>
        <translation>
            <numerusform>, %n con error: </numerusform>
            <numerusform>, %n con error: </numerusform>
        </translation>
    </message>
    <message>
        <source>Import discarded; nothing was written.</source>
        <translation>Importación descartada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>Leyendo %1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>%n artículo leído</numerusform>
            <numerusform>%n artículos leídos</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportReviewDialog</name>
    <message>
        <source>asserted</source>
        <translation>afirmado</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>hipotético</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>Review Import</source>
        <translation>Revisar importación</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Medio:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publicado:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>As Written</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>Aceptar &amp;todo</translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation>Aceptar la &amp;selección</translation>
    </message>
    <message>
        <source>Import the checked articles with their checked events</source>
        <translation>Importar los artículos marcados con sus eventos marcados</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
%n evento</numerusform>
            <numerusform>%1
%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
already in the workspace</source>
        <translation>%1
ya está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1
could not be read</source>
        <translation>%1
no se pudo leer</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>Aún no se ha leído nada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>“%1” %2; it is not imported.</source>
        <translation>«%1» %2; no se importa.</translation>
    </message>
    <message>
        <source>This article is already in the workspace (article %1); it is not imported again.</source>
        <translation>Este artículo ya está en el espacio de trabajo (artículo %1); no se vuelve a importar.</translation>
    </message>
    <message>
        <source>This article has the same text as another one of this import; it is not imported twice.</source>
        <translation>Este artículo tiene el mismo texto que otro de esta importación; no se importa dos veces.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message numerus="yes">
        <source>No publication date was found: relative dates stay unresolved until you give one (%n event(s) without a date).</source>
        <translation>
            <numerusform>No se encontró la fecha de publicación: las fechas relativas quedan sin resolver hasta que indique una (%n evento sin fecha).</numerusform>
            <numerusform>No se encontró la fecha de publicación: las fechas relativas quedan sin resolver hasta que indique una (%n eventos sin fecha).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed from %1 found in the article; relative dates follow it.</source>
        <translation>Cambiada respecto a %1, hallada en el artículo; las fechas relativas la siguen.</translation>
    </message>
    <message>
        <source>Given by you; relative dates follow it.</source>
        <translation>Indicada por usted; las fechas relativas la siguen.</translation>
    </message>
    <message>
        <source>Found in the article; relative dates such as “yesterday” are resolved against it.</source>
        <translation>Hallada en el artículo; las fechas relativas como «ayer» se resuelven con respecto a ella.</translation>
    </message>
    <message>
        <source>Type the whole day: YYYY-MM-DD.</source>
        <translation>Escriba el día completo: AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es un día; escríbalo como AAAA-MM-DD.</translation>
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
        <translation>No se pudo deshacer ni rehacer la importación: %1</translation>
    </message>
    <message>
        <source>The workspace has changed since the import (its rows were edited elsewhere), so it cannot be undone. Nothing was changed.</source>
        <translation>El espacio de trabajo ha cambiado desde la importación (sus filas se editaron en otro lugar), así que no se puede deshacer. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workspace has changed since the import was undone (new rows took its place), so it cannot be redone. Nothing was changed.</source>
        <translation>El espacio de trabajo ha cambiado desde que se deshizo la importación (filas nuevas ocuparon su lugar), así que no se puede rehacer. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed: the table %1 is missing.</source>
        <translation>No se pudo deshacer ni rehacer la importación: falta la tabla %1.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Undoing the import failed: no room for a temporary file in %1 (%2).</source>
        <translation>No se pudo deshacer la importación: no hay espacio para un archivo temporal en %1 (%2).</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
</context>
<context>
    <name>Faultline::MainWindow</name>
    <message>
        <source>Cannot Change the Workspace</source>
        <translation>No se puede modificar el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Add an event by hand</source>
        <translation>Añadir un evento a mano</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>E&amp;liminar evento</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and go on working in the copy</source>
        <translation>Copiar el espacio de trabajo en un archivo nuevo y seguir trabajando en la copia</translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation>No se puede guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”; you are working in the copy now.</source>
        <translation>Se guardó una copia como «%1»; ahora está trabajando en la copia.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline)</source>
        <translation>Espacios de trabajo de Faultline (*.faultline)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Actor Graph</source>
        <translation>Grafo de actores</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search event titles and evidence</source>
        <translation>Buscar en los títulos de los eventos y en la evidencia</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Aj&amp;ustar todo</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Ajustar a la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importar artículos…</translation>
    </message>
    <message>
        <source>Read articles (text, Markdown, HTML, PDF) and review their events before importing them</source>
        <translation>Leer artículos (texto, Markdown, HTML, PDF) y revisar sus eventos antes de importarlos</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Import the article text or files on the clipboard</source>
        <translation>Importar el texto de artículo o los archivos del portapapeles</translation>
    </message>
    <message>
        <source>&amp;No Lanes</source>
        <translation>&amp;Sin carriles</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>Por &amp;actor</translation>
    </message>
    <message>
        <source>By Event &amp;Type</source>
        <translation>Por &amp;tipo de evento</translation>
    </message>
    <message>
        <source>By A&amp;rticle</source>
        <translation>Por a&amp;rtículo</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;Exportar cronología…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, PDF or SVG file</source>
        <translation>Guardar la cronología como archivo PNG, PDF o SVG</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <source>Save a PDF briefing: the timeline, the events with their evidence and the articles</source>
        <translation>Guardar un informe en PDF: la cronología, los eventos con su evidencia y los artículos</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exportar &amp;datos…</translation>
    </message>
    <message>
        <source>Save the events or the actor graph as TimelineJS, CSV, JSON, ACLED, GEXF or GraphML</source>
        <translation>Guardar los eventos o el grafo de actores como TimelineJS, CSV, JSON, ACLED, GEXF o GraphML</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;About Faultline</source>
        <translation>Acerca &amp;de Faultline</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Language, calendar, default lanes and theme</source>
        <translation>Idioma, calendario, carriles predeterminados y tema</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Carriles</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2</source>
        <translation>No se pudo abrir el espacio de trabajo «%1».

%2</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>No se pudo reemplazar «%1»: %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message numerus="yes">
        <source>%1 events shown of %2</source>
        <translation>
            <numerusform>%1 evento mostrado de %2</numerusform>
            <numerusform>%1 eventos mostrados de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 without a resolved date</source>
        <translation>
            <numerusform>%1 · %2 sin fecha resuelta</numerusform>
            <numerusform>%1 · %2 sin fecha resuelta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in view</source>
        <translation>
            <numerusform>%1 visible</numerusform>
            <numerusform>%1 visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [solo lectura]</translation>
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
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Untitled.faultline</source>
        <translation>Sin título.faultline</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline);;All files (*)</source>
        <translation>Espacios de trabajo de Faultline (*.faultline);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>Título del informe:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>Imprimir cronología</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>Articles and event data (%1 %2);;Articles (%1);;Event data: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;All files (*)</source>
        <translation>Artículos y datos de eventos (%1 %2);;Artículos (%1);;Datos de eventos: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Faultline::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» en «%2»</translation>
    </message>
</context>
<context>
    <name>Faultline::MoveEventCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Mover «%1»</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>No hay ningún evento con el identificador %1.</translation>
    </message>
    <message>
        <source>An event without a resolved date cannot be moved; edit its date instead.</source>
        <translation>Un evento sin fecha resuelta no se puede mover; edite su fecha.</translation>
    </message>
</context>
<context>
    <name>Faultline::NameLookup</name>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
</context>
<context>
    <name>Faultline::OverviewChart</name>
    <message>
        <source>Events per period appear here</source>
        <translation>Aquí aparecen los eventos por periodo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Overview: events per period</source>
        <translation>Vista general: eventos por periodo</translation>
    </message>
    <message>
        <source>Drag to choose the time range the timeline shows; click to move it there.</source>
        <translation>Arrastre para elegir el periodo que muestra la cronología; haga clic para moverlo allí.</translation>
    </message>
</context>
<context>
    <name>Faultline::PdfReader</name>
    <message>
        <source>is not a PDF file (it has no PDF header)</source>
        <translation>no es un archivo PDF (no tiene cabecera PDF)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>es un archivo PDF dañado que no se puede abrir</translation>
    </message>
    <message>
        <source>is a password-protected PDF file</source>
        <translation>es un archivo PDF protegido con contraseña</translation>
    </message>
    <message>
        <source>is a PDF without text (a scanned PDF needs text recognition first)</source>
        <translation>es un PDF sin texto (un PDF escaneado necesita primero reconocimiento de texto)</translation>
    </message>
    <message>
        <source>The PDF does not state a publication date; its creation date was not used as one.</source>
        <translation>El PDF no indica fecha de publicación; su fecha de creación no se ha usado como tal.</translation>
    </message>
</context>
<context>
    <name>Faultline::Preferences</name>
    <message>
        <source>No lanes</source>
        <translation>Sin carriles</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>Por actor</translation>
    </message>
    <message>
        <source>By event type</source>
        <translation>Por tipo de evento</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Por artículo</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Left to right</source>
        <comment>time axis direction</comment>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <source>Right to left</source>
        <comment>time axis direction</comment>
        <translation>De derecha a izquierda</translation>
    </message>
</context>
<context>
    <name>Faultline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Arabic and Persian also mirror the layout, right to left.</source>
        <translation>El árabe y el persa también invierten la disposición, de derecha a izquierda.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>Carriles &amp;predeterminados:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Time &amp;runs:</source>
        <comment>time axis direction</comment>
        <translation>El tiempo &amp;avanza:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::RelationEventsList</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the list of shared events</source>
        <translation>Cerrar la lista de eventos compartidos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event and evidence</source>
        <translation>Evento y evidencia</translation>
    </message>
    <message>
        <source>Shared events</source>
        <translation>Eventos compartidos</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln shared event(s)</source>
        <translation>
            <numerusform>%1 y %2: %Ln evento compartido</numerusform>
            <numerusform>%1 y %2: %Ln eventos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 pertenece a %2</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Se listan los %1 primeros.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>Faultline::RenameActorCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renombrar «%1» como «%2»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>No hay ningún actor con el identificador %1.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un actor necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already an actor named “%1”; merge the two instead.</source>
        <translation>Ya existe un actor llamado «%1»; fusione los dos en su lugar.</translation>
    </message>
</context>
<context>
    <name>Faultline::ReportExporter</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>season</source>
        <translation>estación</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>década</translation>
    </message>
    <message>
        <source>century</source>
        <translation>siglo</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Informe</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Exportado desde Faultline el %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this report.</source>
        <translation>Ningún evento del espacio de trabajo forma parte de este informe.</translation>
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
        <translation>Fecha sin resolver</translation>
    </message>
    <message>
        <source>%1; written “%2”</source>
        <translation>%1; escrito «%2»</translation>
    </message>
    <message>
        <source>%1 (CAMEO %2)</source>
        <translation>%1 (CAMEO %2)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>unknown actor</source>
        <translation>actor desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Actores: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Source: article %1</source>
        <translation>Fuente: artículo %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Grafo de actores</translation>
    </message>
    <message>
        <source>The report cannot be painted.</source>
        <translation>No se puede dibujar el informe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::RowMapper</name>
    <message>
        <source>%1 fields where the header has %2; a delimiter or quote may be wrong.</source>
        <translation>%1 campos donde la cabecera tiene %2; puede que un delimitador o una comilla estén mal.</translation>
    </message>
    <message>
        <source>The file looks like %1 but has no column “%2”.</source>
        <translation>El archivo parece %1 pero no tiene ninguna columna «%2».</translation>
    </message>
    <message>
        <source>The required value “%1” is empty.</source>
        <translation>El valor obligatorio «%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«%1» no es una fecha (%2).</translation>
    </message>
</context>
<context>
    <name>Faultline::SampleWorkspace</name>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>El artículo de ejemplo no está incluido en esta compilación.</translation>
    </message>
    <message>
        <source>The long road to the Doha talks</source>
        <translation>El largo camino hacia las conversaciones de Doha</translation>
    </message>
    <message>
        <source>Faultline sample</source>
        <translation>Ejemplo de Faultline</translation>
    </message>
</context>
<context>
    <name>Faultline::SchemaMigrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>No se puede leer la versión del esquema.</translation>
    </message>
    <message>
        <source>Upgrading to version %1 failed: %2</source>
        <translation>La actualización a la versión %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::SetActorAffiliationCommand</name>
    <message>
        <source>Affiliate “%1” with “%2”</source>
        <translation>Afiliar «%1» a «%2»</translation>
    </message>
    <message>
        <source>Clear Affiliation of “%1”</source>
        <translation>Quitar la afiliación de «%1»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>No hay ningún actor con el identificador %1.</translation>
    </message>
    <message>
        <source>“%1” cannot belong to an actor that belongs to it.</source>
        <translation>«%1» no puede pertenecer a un actor que le pertenece.</translation>
    </message>
</context>
<context>
    <name>Faultline::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced by �.</source>
        <translation>Algunos bytes no son %1 válido y se han sustituido por �.</translation>
    </message>
    <message>
        <source>The declared character set %1 is not supported; the text was read as Windows-1252.</source>
        <translation>El juego de caracteres declarado %1 no es compatible; el texto se leyó como Windows-1252.</translation>
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
        <translation>Una imagen de %1 × %2 píxeles está vacía; indique una anchura de al menos un píxel.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is too large; the limit is %3 pixels per side and %4 megapixels.</source>
        <translation>Una imagen de %1 × %2 píxeles es demasiado grande; el límite es de %3 píxeles por lado y %4 megapíxeles.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>No hay eventos</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this export.</source>
        <translation>Ningún evento del espacio de trabajo forma parte de esta exportación.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>artículo %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>Fuentes: %1; y %n más</numerusform>
            <numerusform>Fuentes: %1; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Exportado desde Faultline el %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>No hay memoria suficiente para una imagen de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>No se puede dibujar la página.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline exported from Faultline</source>
        <translation>Cronología exportada desde Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>No se puede dibujar el SVG.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineIndexLoader</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Unnamed actor</source>
        <translation>Actor sin nombre</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsRowMapper</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
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
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>There is nothing to write to.</source>
        <translation>No hay ningún destino en el que escribir.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsonReader</name>
    <message>
        <source>The JSON cannot be read at byte %1: %2.</source>
        <translation>No se puede leer el JSON en el byte %1: %2.</translation>
    </message>
    <message>
        <source>The JSON is neither TimelineJS (an object with &quot;events&quot;) nor vis-timeline items (an array of objects with &quot;start&quot;).</source>
        <translation>El JSON no es TimelineJS (un objeto con &quot;events&quot;) ni elementos de vis-timeline (una matriz de objetos con &quot;start&quot;).</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>decade</comment>
        <translation>años %1</translation>
    </message>
    <message>
        <source>No event has a resolved date.</source>
        <translation>Ningún evento tiene fecha resuelta.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) dated only to a longer period span this whole range</source>
        <translation>
            <numerusform>%Ln evento fechado solo en un periodo más largo abarca todo este intervalo</numerusform>
            <numerusform>%Ln eventos fechados solo en un periodo más largo abarcan todo este intervalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a resolved date</source>
        <translation>
            <numerusform>%Ln evento sin fecha resuelta</numerusform>
            <numerusform>%Ln eventos sin fecha resuelta</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Drop articles here to extract their events, or open the sample workspace.</source>
        <translation>Suelte aquí artículos para extraer sus eventos o abra el espacio de trabajo de ejemplo.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Scroll the timeline in time</source>
        <translation>Desplazar la cronología en el tiempo</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Desplazar los carriles</translation>
    </message>
    <message>
        <source>No matching events</source>
        <translation>No hay eventos coincidentes</translation>
    </message>
    <message>
        <source>No event matches the current filter. Clear the filter to see all events again.</source>
        <translation>Ningún evento coincide con el filtro actual. Borre el filtro para volver a ver todos los eventos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) here; double-click to zoom in</source>
        <translation>
            <numerusform>%Ln evento aquí; haga doble clic para acercar</numerusform>
            <numerusform>%Ln eventos aquí; haga doble clic para acercar</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>Date: “%1”, resolved to %2</source>
        <translation>Fecha: «%1», resuelta como %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Actores: %1</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Subir carril</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Bajar carril</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Expandir carril</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Contraer carril</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Expandir todos los carriles</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Ajustar todo</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Ajustar a la selección</translation>
    </message>
    <message>
        <source>No events. Drop articles here to extract their events.</source>
        <translation>No hay eventos. Suelte aquí artículos para extraer sus eventos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation>
            <numerusform>%Ln evento del %1 al %2. Más y menos acercan y alejan, las flechas desplazan, Tab pasa de un evento a otro, Intro abre uno.</numerusform>
            <numerusform>%Ln eventos del %1 al %2. Más y menos acercan y alejan, las flechas desplazan, Tab pasa de un evento a otro, Intro abre uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::TimexCommand</name>
    <message>
        <source>Print the time expressions of an article as TimeML TIMEX3 values (JSON).</source>
        <translation>Muestra las expresiones temporales de un artículo como valores TIMEX3 de TimeML (JSON).</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative expressions such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>La fecha de publicación (AAAA-MM-DD) con la que se resuelven las expresiones relativas como «el mes pasado»; sustituye a la fecha que indica el archivo.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Output format: json (the default and only one).</source>
        <translation>Formato de salida: json (el predeterminado y el único).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>El archivo del artículo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json.</source>
        <translation>Formato desconocido «%1»; use json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha para --published; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Name exactly one article file.</source>
        <translation>Indique exactamente un archivo de artículo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The time expressions cannot be written: %1</source>
        <translation>No se pueden escribir las expresiones temporales: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::Transaction</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>El espacio de trabajo está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The workspace file %1 was moved or deleted while it was open; nothing was written.</source>
        <translation>El archivo del espacio de trabajo %1 se movió o se eliminó mientras estaba abierto; no se escribió nada.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>El espacio de trabajo está ocupado: otro programa está escribiendo en él. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>La transacción no está activa.</translation>
    </message>
</context>
<context>
    <name>Faultline::UcdpRowMapper</name>
    <message>
        <source>“%1” is not a type of violence (1, 2 or 3).</source>
        <translation>«%1» no es un tipo de violencia (1, 2 o 3).</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoController</name>
    <message>
        <source>This workspace cannot be changed.</source>
        <translation>Este espacio de trabajo no se puede modificar.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>No se puede deshacer %1: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoJournal</name>
    <message>
        <source>Changes can only be recorded in a workspace open for writing.</source>
        <translation>Los cambios solo se pueden registrar en un espacio de trabajo abierto para escritura.</translation>
    </message>
    <message>
        <source>Changes are not being recorded.</source>
        <translation>Los cambios no se están registrando.</translation>
    </message>
    <message>
        <source>The change cannot be reverted: %1</source>
        <translation>No se puede revertir el cambio: %1</translation>
    </message>
    <message>
        <source>The change cannot be reverted because the workspace has changed since.</source>
        <translation>No se puede revertir el cambio porque el espacio de trabajo ha cambiado desde entonces.</translation>
    </message>
</context>
<context>
    <name>Faultline::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>No se indicó ningún archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because the Qt SQLite driver is missing.</source>
        <translation>No se puede abrir %1 porque falta el controlador SQLite de Qt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>No se pudo actualizar %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder does not exist.</source>
        <translation>No se puede crear %1 porque su carpeta no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder is read-only.</source>
        <translation>No se puede crear %1 porque su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Faultline workspace.</source>
        <translation>%1 no es un espacio de trabajo de Faultline.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 está dañado.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Faultline.</source>
        <translation>%1 se creó con una versión más reciente de Faultline.</translation>
    </message>
    <message>
        <source>%1 was created by an older version of Faultline and must be opened for writing to be upgraded.</source>
        <translation>%1 se creó con una versión anterior de Faultline y debe abrirse en modo de escritura para actualizarse.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is read-only because its folder is read-only.</source>
        <translation>%1 es de solo lectura porque su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>No se puede leer la versión del esquema.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the workspace, or the disk cannot be written; free some space and try again.</source>
        <translation>No hay espacio suficiente en el disco para guardar el espacio de trabajo, o no se puede escribir en el disco; libere espacio y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceBackup</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>%1 cannot be written because its folder does not exist.</source>
        <translation>No se puede escribir %1 porque su carpeta no existe.</translation>
    </message>
    <message>
        <source>%1 is the open workspace itself; choose another file.</source>
        <translation>%1 es el propio espacio de trabajo abierto; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 es una carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the file cannot be replaced.</source>
        <translation>No se pudo escribir %1: el archivo no se puede reemplazar.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceCommand</name>
    <message>
        <source>This change was written elsewhere and can only be undone.</source>
        <translation>Este cambio se escribió en otro lugar y solo se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No translation for &apos;%1&apos;; messages stay in English.</source>
        <translation>No hay traducción para «%1»; los mensajes se muestran en inglés.</translation>
    </message>
    <message>
        <source>--lang needs a language code, such as fr or ar.</source>
        <translation>--lang necesita un código de idioma, como fr o ar.</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting.</source>
        <translation>Eventos fechados y actores extraídos de la cobertura de conflictos.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>El espacio de trabajo que se abrirá (predeterminado: el último).</translation>
    </message>
    <message>
        <source>Give at most one workspace.</source>
        <translation>Indique como máximo un espacio de trabajo.</translation>
    </message>
</context>
</TS>
