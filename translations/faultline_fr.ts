<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Faultline::AboutDialog</name>
    <message>
        <source>About Faultline</source>
        <translation>À propos de Faultline</translation>
    </message>
    <message>
        <source>Faultline %1</source>
        <translation>Faultline %1</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting, as a timeline and an actor graph. Every event leads back to the sentence it was read in.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.

Built with Qt %1.</source>
        <translation>Des événements datés et des acteurs tirés de la couverture des conflits, présentés sous forme de chronologie et de graphe des acteurs. Chaque événement renvoie à la phrase dans laquelle il a été lu.

Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Ce programme est fourni SANS AUCUNE GARANTIE.

Construit avec Qt %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::AcceptImportCommand</name>
    <message numerus="yes">
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>Importer %n article</numerusform>
            <numerusform>Importer %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::AcledCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::Actor</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>Groupe armé</translation>
    </message>
    <message>
        <source>Political party</source>
        <translation>Parti politique</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Set &amp;Affiliation…</source>
        <translation>Définir l’&amp;affiliation…</translation>
    </message>
    <message>
        <source>&amp;Clear Affiliation</source>
        <translation>&amp;Supprimer l’affiliation</translation>
    </message>
    <message>
        <source>Rename Actor</source>
        <translation>Renommer l’acteur</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>Fusionner l’acteur</translation>
    </message>
    <message>
        <source>Merge “%1” into (its name and aliases become aliases there):</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans (son nom et ses alias y deviennent des alias)&#xa0;:</translation>
    </message>
    <message>
        <source>Set Affiliation</source>
        <translation>Définir l’affiliation</translation>
    </message>
    <message>
        <source>“%1” belongs to:</source>
        <translation>«&#xa0;%1&#xa0;» appartient à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphBuilder</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>L’espace de travail n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPainter</name>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphPanel</name>
    <message numerus="yes">
        <source> step(s)</source>
        <comment>suffix of the neighbourhood depth</comment>
        <translation>
            <numerusform> saut</numerusform>
            <numerusform> sauts</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors within the chosen number of steps</source>
        <translation>N’afficher que l’acteur sélectionné et les acteurs situés dans le nombre de sauts choisi</translation>
    </message>
    <message>
        <source>How many steps from the actor the neighbourhood reaches</source>
        <translation>Jusqu’à combien de sauts depuis l’acteur s’étend le voisinage</translation>
    </message>
    <message>
        <source>All Actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Leave the neighbourhood and show the whole graph again</source>
        <translation>Quitter le voisinage et réafficher tout le graphe</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Premiers&#xa0;:</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>tous les acteurs</translation>
    </message>
    <message>
        <source> actors</source>
        <translation> acteurs</translation>
    </message>
    <message>
        <source>Show at most this many actors, those with most events</source>
        <translation>Afficher au plus ce nombre d’acteurs, ceux qui ont le plus d’événements</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph (Home)</source>
        <translation>Afficher tout le graphe (Origine)</translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation>Exporter le &amp;graphe…</translation>
    </message>
    <message>
        <source>Save the actor graph as a PNG, PDF or SVG file</source>
        <translation>Enregistrer le graphe des acteurs dans un fichier PNG, PDF ou SVG</translation>
    </message>
    <message>
        <source>Show &amp;Neighbourhood</source>
        <translation>Afficher le &amp;voisinage</translation>
    </message>
    <message numerus="yes">
        <source>Show only this actor and the actors within %n step(s) of it</source>
        <translation>
            <numerusform>N’afficher que cet acteur et les acteurs situés à %n saut ou moins</numerusform>
            <numerusform>N’afficher que cet acteur et les acteurs situés à %n sauts ou moins</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;All Actors</source>
        <translation>Afficher &amp;tous les acteurs</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorGraphView</name>
    <message>
        <source>Actor graph</source>
        <translation>Graphe des acteurs</translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s); %2 actors hidden</source>
        <translation>
            <numerusform>Voisinage de %1, %Ln saut&#xa0;; %2 acteurs masqués</numerusform>
            <numerusform>Voisinage de %1, %Ln sauts&#xa0;; %2 acteurs masqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbourhood of %1, %Ln step(s)</source>
        <translation>
            <numerusform>Voisinage de %1, %Ln saut</numerusform>
            <numerusform>Voisinage de %1, %Ln sauts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) hidden: only the top %1 are shown</source>
        <translation>
            <numerusform>%Ln acteur masqué&#xa0;: seuls les %1 premiers sont affichés</numerusform>
            <numerusform>%Ln acteurs masqués&#xa0;: seuls les %1 premiers sont affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open or create a workspace to see who deals with whom.</source>
        <translation>Ouvrez ou créez un espace de travail pour voir qui traite avec qui.</translation>
    </message>
    <message>
        <source>The actor graph could not be built</source>
        <translation>Le graphe des acteurs n’a pas pu être construit</translation>
    </message>
    <message>
        <source>The workspace is empty</source>
        <translation>L’espace de travail est vide</translation>
    </message>
    <message>
        <source>Import articles (File &gt; Import, or drop files here) and the actors of their events appear here.</source>
        <translation>Importez des articles (Fichier &gt; Importer, ou déposez des fichiers ici) et les acteurs de leurs événements apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1 is not in the current filter</source>
        <translation>%1 n’est pas dans le filtre actuel</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names this actor. Widen the filters or go back to all actors.</source>
        <translation>Aucun événement des filtres et de la période actuels ne nomme cet acteur. Élargissez les filtres ou revenez à tous les acteurs.</translation>
    </message>
    <message>
        <source>No actors in the current filter</source>
        <translation>Aucun acteur dans le filtre actuel</translation>
    </message>
    <message>
        <source>No event in the current filters and time range names an actor. Widen the time range or clear the filters.</source>
        <translation>Aucun événement des filtres et de la période actuels ne nomme d’acteur. Élargissez la période ou effacez les filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>appartient à</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared event(s)</source>
        <translation>
            <numerusform>%Ln événement commun</numerusform>
            <numerusform>%Ln événements communs</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the actor graph…</source>
        <translation>Construction du graphe des acteurs…</translation>
    </message>
    <message>
        <source>In a large workspace this takes a few seconds; the timeline and the table can be used meanwhile.</source>
        <translation>Dans un grand espace de travail, cela prend quelques secondes ; la chronologie et le tableau restent utilisables en attendant.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorListPanel</name>
    <message>
        <source>Filter actors</source>
        <translation>Filtrer les acteurs</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Aussi connu sous le nom de&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorRepository</name>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>Il existe déjà un acteur nommé %1.</translation>
    </message>
    <message>
        <source>An actor cannot be affiliated with itself.</source>
        <translation>Un acteur ne peut pas être affilié à lui-même.</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Aucun acteur n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Un acteur ne peut pas être fusionné avec lui-même.</translation>
    </message>
</context>
<context>
    <name>Faultline::ActorsCommand</name>
    <message>
        <source>Print the actors of a workspace as JSON or CSV.</source>
        <translation>Affiche les acteurs d’un espace de travail en JSON ou en CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>Le fichier de l’espace de travail&#xa0;; il est créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Format de sortie&#xa0;: json (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>L’option --db ESPACE est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez json ou csv.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The actors cannot be written: %1</source>
        <translation>Les acteurs ne peuvent pas être écrits&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleAssembler</name>
    <message>
        <source>Only the date of the last update is known; it is used as the publication date.</source>
        <translation>Seule la date de la dernière mise à jour est connue&#xa0;; elle sert de date de publication.</translation>
    </message>
</context>
<context>
    <name>Faultline::ArticleRepository</name>
    <message>
        <source>The workspace already holds an article with the same text.</source>
        <translation>L’espace de travail contient déjà un article avec le même texte.</translation>
    </message>
    <message>
        <source>There is no article with the id %1.</source>
        <translation>Aucun article n’a l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::BulkWriter</name>
    <message>
        <source>Writing to the workspace failed (%1): %2</source>
        <translation>L’écriture dans l’espace de travail a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing to the workspace failed: %1</source>
        <translation>L’écriture dans l’espace de travail a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>An actor has no name.</source>
        <translation>Un acteur n’a pas de nom.</translation>
    </message>
    <message>
        <source>The bulk write has not begun.</source>
        <translation>L’écriture groupée n’a pas commencé.</translation>
    </message>
</context>
<context>
    <name>Faultline::CalendarFormatter</name>
    <message>
        <source>Gregorian</source>
        <translation>Grégorien</translation>
    </message>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>Hégirien solaire (persan)</translation>
    </message>
    <message>
        <source>Islamic (civil)</source>
        <translation>Hégirien (civil)</translation>
    </message>
    <message>
        <source>%1 BCE</source>
        <translation>%1 av. J.-C.</translation>
    </message>
    <message>
        <source>%1 BH</source>
        <comment>a year before the Hijra</comment>
        <translation>%1 av. H.</translation>
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
        <translation>non résolue</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>month range</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>les années %1</translation>
    </message>
    <message>
        <source>the decade from %1</source>
        <translation>la décennie à partir de %1</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>century</comment>
        <translation>le siècle à partir de %1</translation>
    </message>
    <message>
        <source>the century from %1</source>
        <translation>le siècle à partir de %1</translation>
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
        <translation>Type de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Aucun acteur n’a l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMapping</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Type (CAMEO code)</source>
        <translation>Type (code CAMEO)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Faultline::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Choose the columns that hold each part of an event. A date and a title are needed; the whole row is kept as evidence.</source>
        <translation>Choisissez les colonnes qui contiennent chaque partie d’un événement. Une date et un titre sont nécessaires&#xa0;; la ligne entière est conservée comme preuve.</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose a column for the date and the title.</source>
        <translation>Choisissez une colonne pour la date et pour le titre.</translation>
    </message>
</context>
<context>
    <name>Faultline::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Faultline::CommandLine</name>
    <message>
        <source>Usage: faultline [WORKSPACE]
       faultline COMMAND --db WORKSPACE [options]

</source>
        <translation>Utilisation&#xa0;: faultline [ESPACE]
              faultline COMMANDE --db ESPACE [options]

</translation>
    </message>
    <message>
        <source>Faultline turns news articles about armed conflicts into dated events and actors, shown as a timeline and an actor graph.
Without a command it opens WORKSPACE (or the last one) in the main window.

</source>
        <translation>Faultline transforme des articles de presse sur les conflits armés en événements datés et en acteurs, présentés sous forme de chronologie et de graphe des acteurs.
Sans commande, il ouvre ESPACE (ou le dernier utilisé) dans la fenêtre principale.

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Commandes&#xa0;:
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
Options&#xa0;:
  -h, --help     Affiche cette aide.
  -v, --version  Affiche la version.
  --lang CODE    Utilise cette langue (par exemple fr ou ar) au lieu de celle du système.

Lancez «&#xa0;faultline COMMANDE --help&#xa0;» pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>faultline: No command given; see &apos;faultline --help&apos;.
</source>
        <translation>faultline&#xa0;: aucune commande donnée&#xa0;; voir «&#xa0;faultline --help&#xa0;».
</translation>
    </message>
    <message>
        <source>faultline: &apos;%1&apos; is not a command (see &apos;faultline --help&apos;); to create a workspace, name it like %1.faultline.
</source>
        <translation>faultline&#xa0;: «&#xa0;%1&#xa0;» n’est pas une commande (voir «&#xa0;faultline --help&#xa0;»)&#xa0;; pour créer un espace de travail, nommez-le par exemple %1.faultline.
</translation>
    </message>
</context>
<context>
    <name>Faultline::CreateEventCommand</name>
    <message>
        <source>New Event “%1”</source>
        <translation>Nouvel événement «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Faultline::CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes; a quote may be missing.</source>
        <translation>Ligne %1&#xa0;: un champ dépasse %2 octets&#xa0;; il manque peut-être un guillemet.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 bytes.</source>
        <translation>Ligne %1&#xa0;: un champ dépasse %2 octets.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>Ligne %1&#xa0;: plus de %2 colonnes.</translation>
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
        <translation>Événements en CSV</translation>
    </message>
    <message>
        <source>Events as JSON</source>
        <translation>Événements en JSON</translation>
    </message>
    <message>
        <source>ACLED-style CSV</source>
        <translation>CSV au format ACLED</translation>
    </message>
    <message>
        <source>Actor graph as GEXF (Gephi)</source>
        <translation>Graphe des acteurs en GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Actor graph as GraphML</source>
        <translation>Graphe des acteurs en GraphML</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>Events of the workspace %1, each with the sentences it was read in and their sources; made with Faultline.</source>
        <translation>Événements de l’espace de travail %1, chacun avec les phrases dans lesquelles il a été lu et leurs sources&#xa0;; réalisé avec Faultline.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>L’espace de travail n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::DataFormat</name>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <translation>Feuille de calcul TimelineJS</translation>
    </message>
    <message>
        <source>CSV with a column mapping</source>
        <translation>CSV avec correspondance des colonnes</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>Annulation de l’importation de %1…</translation>
    </message>
    <message>
        <source>Redoing the import of %1…</source>
        <translation>Rétablissement de l’importation de %1…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImportDialog</name>
    <message>
        <source>Import Event Data</source>
        <translation>Importer des données d’événements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Fichiers à importer&#xa0;:</translation>
    </message>
    <message>
        <source>When a row cannot be read</source>
        <translation>Quand une ligne ne peut pas être lue</translation>
    </message>
    <message>
        <source>Import nothing from that file</source>
        <translation>Ne rien importer de ce fichier</translation>
    </message>
    <message>
        <source>Skip the row and import the others</source>
        <translation>Ignorer la ligne et importer les autres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1: not imported; no columns were chosen.</source>
        <translation>%1&#xa0;: non importé&#xa0;; aucune colonne n’a été choisie.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importation de %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %n événement</numerusform>
            <numerusform>%1&#xa0;: %2, %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>, %n nouvel acteur</numerusform>
            <numerusform>, %n nouveaux acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>, %n ligne incorrecte ignorée&#xa0;: </numerusform>
            <numerusform>, %n lignes incorrectes ignorées&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the file being imported was not written.</source>
        <translation>Annulé&#xa0;; le fichier en cours d’importation n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n event(s) imported.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n événement importé.</numerusform>
            <numerusform>Terminé&#xa0;: %n événements importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Faultline::DataImporter</name>
    <message>
        <source>item %1: %2</source>
        <translation>élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is in no format Faultline reads. Expected an ACLED or UCDP GED export, a GDELT event file (tab-separated, 57, 58 or 61 columns), a TimelineJS spreadsheet (Year, Month, Day, Headline, ...) or JSON, vis-timeline JSON, or a CSV with a date and a title column.</source>
        <translation>Le fichier n’est dans aucun format que Faultline sait lire. Attendu&#xa0;: un export ACLED ou UCDP GED, un fichier d’événements GDELT (séparé par des tabulations, 57, 58 ou 61 colonnes), une feuille de calcul TimelineJS (Year, Month, Day, Headline, ...) ou du JSON, du JSON vis-timeline, ou un CSV avec une colonne de date et une colonne de titre.</translation>
    </message>
    <message>
        <source>Its columns: %1.</source>
        <translation>Ses colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The JSON file is too large to read.</source>
        <translation>Le fichier JSON est trop volumineux pour être lu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The JSON file is larger than %n MB, the most Faultline reads.</source>
        <translation>
            <numerusform>Le fichier JSON dépasse %n Mo, le maximum que Faultline lit.</numerusform>
            <numerusform>Le fichier JSON dépasse %n Mo, le maximum que Faultline lit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s), so nothing was imported: </source>
        <translation>
            <numerusform>%n ligne incorrecte, rien n’a donc été importé&#xa0;: </numerusform>
            <numerusform>%n lignes incorrectes, rien n’a donc été importé&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before (article %1); nothing was imported again.</source>
        <translation>Ce fichier a déjà été importé (article %1)&#xa0;; rien n’a été importé de nouveau.</translation>
    </message>
</context>
<context>
    <name>Faultline::DeleteEventsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>Supprimer %n événement</numerusform>
            <numerusform>Supprimer %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>Aucun événement n’est sélectionné.</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentImporter</name>
    <message>
        <source>holds no article text</source>
        <translation>ne contient aucun texte d’article</translation>
    </message>
</context>
<context>
    <name>Faultline::DocumentReader</name>
    <message>
        <source>is too large (%1 MB); Faultline imports articles up to %2 MB</source>
        <translation>est trop volumineux (%1 Mo)&#xa0;; Faultline importe des articles jusqu’à %2 Mo</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a text, HTML or PDF file</source>
        <translation>n’est pas un fichier texte, HTML ou PDF</translation>
    </message>
    <message>
        <source>contains no article text</source>
        <translation>ne contient aucun texte d’article</translation>
    </message>
</context>
<context>
    <name>Faultline::EditEventCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The event is not stored yet.</source>
        <translation>L’événement n’est pas encore enregistré.</translation>
    </message>
</context>
<context>
    <name>Faultline::Event</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
</context>
<context>
    <name>Faultline::EventCsvWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventDetailsPanel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Season or quarter</source>
        <translation>Saison ou trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Siècle</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximative</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table to see its date, actors and evidence.</source>
        <translation>Sélectionnez un événement dans la chronologie ou dans le tableau pour voir sa date, ses acteurs et ses preuves.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tel qu’écrit&#xa0;:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Précision&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Unresolved: no publication date to resolve it against</source>
        <translation>Non résolue&#xa0;: aucune date de publication pour la déterminer</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, inferred from a generic mention</source>
        <translation>%1, déduit d’une mention générique</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>Aucun reconnu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>date de publication inconnue</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>The article is no longer in the workspace</source>
        <translation>L’article n’est plus dans l’espace de travail</translation>
    </message>
    <message>
        <source>Missing article</source>
        <translation>Article manquant</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No evidence recorded for this event.</source>
        <translation>Aucune preuve enregistrée pour cet événement.</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Décès :</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Coordonnées :</translation>
    </message>
    <message>
        <source>Dataset id:</source>
        <translation>Identifiant dans le jeu de données :</translation>
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
        <translation>Un événement doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventEditDialog</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter or season</source>
        <translation>Trimestre ou saison</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>Siècle</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA&#xa0;; vide si inconnue</translation>
    </message>
    <message>
        <source>Same as the start</source>
        <translation>Identique au début</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>Exactement</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Environ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add Actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Give a start date, or leave both dates empty when the date is unknown.</source>
        <translation>Indiquez une date de début, ou laissez les deux dates vides si la date est inconnue.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Donnez un titre à l’événement.</translation>
    </message>
    <message>
        <source>Latitude, −90 to 90</source>
        <translation>Latitude, de −90 à 90</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude, −180 to 180</source>
        <translation>Longitude, de −180 à 180</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>&amp;Décès :</translation>
    </message>
    <message>
        <source>Coo&amp;rdinates:</source>
        <translation>Coo&amp;rdonnées :</translation>
    </message>
    <message>
        <source>“%1” is not a number of fatalities; write a whole number, or leave it empty when it is unknown.</source>
        <translation>« %1 » n’est pas un nombre de décès ; écrivez un nombre entier, ou laissez vide s’il est inconnu.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude; write degrees from −90 (south) to 90 (north).</source>
        <translation>« %1 » n’est pas une latitude ; écrivez des degrés de −90 (sud) à 90 (nord).</translation>
    </message>
    <message>
        <source>“%1” is not a longitude; write degrees from −180 (west) to 180 (east).</source>
        <translation>« %1 » n’est pas une longitude ; écrivez des degrés de −180 (ouest) à 180 (est).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Indiquez à la fois la latitude et la longitude, ou aucune des deux.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventJsonWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::EventRepository</name>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>Aucun événement n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>The actor %1 cannot take part in the event: %2</source>
        <translation>L’acteur %1 ne peut pas participer à l’événement&#xa0;: %2</translation>
    </message>
    <message>
        <source>The evidence from article %1 cannot be stored: %2</source>
        <translation>La preuve tirée de l’article %1 ne peut pas être enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableModel</name>
    <message>
        <source>Unreviewed</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Non résolue</translation>
    </message>
    <message>
        <source>%1
Written as: %2</source>
        <translation>%1
Écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unresolved: %1</source>
        <translation>Non résolue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Faultline::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>Faultline::EventType</name>
    <message>
        <source>Make public statement</source>
        <translation>Faire une déclaration publique</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Lancer un appel</translation>
    </message>
    <message>
        <source>Express intent to cooperate</source>
        <translation>Exprimer l’intention de coopérer</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Engage in diplomatic cooperation</source>
        <translation>S’engager dans une coopération diplomatique</translation>
    </message>
    <message>
        <source>Engage in material cooperation</source>
        <translation>S’engager dans une coopération matérielle</translation>
    </message>
    <message>
        <source>Provide aid</source>
        <translation>Fournir de l’aide</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Céder</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Enquêter</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Exiger</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>Désapprouver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Threaten</source>
        <translation>Menacer</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protester</translation>
    </message>
    <message>
        <source>Exhibit force posture</source>
        <translation>Afficher une posture de force</translation>
    </message>
    <message>
        <source>Reduce relations</source>
        <translation>Réduire les relations</translation>
    </message>
    <message>
        <source>Coerce</source>
        <translation>Contraindre</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agresser</translation>
    </message>
    <message>
        <source>Fight</source>
        <translation>Combattre</translation>
    </message>
    <message>
        <source>Use unconventional mass violence</source>
        <translation>Recourir à la violence de masse non conventionnelle</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>Verbal cooperation</source>
        <translation>Coopération verbale</translation>
    </message>
    <message>
        <source>Material cooperation</source>
        <translation>Coopération matérielle</translation>
    </message>
    <message>
        <source>Verbal conflict</source>
        <translation>Conflit verbal</translation>
    </message>
    <message>
        <source>Material conflict</source>
        <translation>Conflit matériel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Faultline::EventsCommand</name>
    <message>
        <source>Print the events of a workspace as JSON or CSV.</source>
        <translation>Affiche les événements d’un espace de travail en JSON ou en CSV.</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>Le fichier de l’espace de travail&#xa0;; il est créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Format de sortie&#xa0;: json (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only events that reach this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Uniquement les événements qui atteignent cette date (AAAA, AAAA-MM ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only events that start by this date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Uniquement les événements qui commencent au plus tard à cette date (AAAA, AAAA-MM ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only events with this actor (name or alias).</source>
        <translation>Uniquement les événements impliquant cet acteur (nom ou alias).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only events of this CAMEO root category (01-20).</source>
        <translation>Uniquement les événements de cette catégorie racine CAMEO (01-20).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>L’option --db ESPACE est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json or csv.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez json ou csv.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date pour --from&#xa0;; utilisez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date pour --to&#xa0;; utilisez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>La date --from est postérieure à la date --to.</translation>
    </message>
    <message>
        <source>The option --actor needs a name.</source>
        <translation>L’option --actor demande un nom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CAMEO root category; use 01 to 20.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie racine CAMEO&#xa0;; utilisez 01 à 20.</translation>
    </message>
    <message>
        <source>The events cannot be written: %1</source>
        <translation>Les événements ne peuvent pas être écrits&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportCommand</name>
    <message>
        <source>Export the timeline or graph as PNG, PDF or SVG, or the data as TimelineJS, CSV, JSON, ACLED CSV, GEXF or GraphML.</source>
        <translation>Exporte la chronologie ou le graphe en PNG, PDF ou SVG, ou les données en TimelineJS, CSV, JSON, CSV ACLED, GEXF ou GraphML.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE</translation>
    </message>
    <message>
        <source>What to export: timeline (the default), graph (the actor graph) or report (a PDF briefing).</source>
        <translation>Ce qu’il faut exporter&#xa0;: timeline (la chronologie, par défaut), graph (le graphe des acteurs) ou report (une note de synthèse PDF).</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VUE</translation>
    </message>
    <message>
        <source>Export data instead of a picture: timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>Exporter des données au lieu d’une image&#xa0;: timelinejs, csv, json, acled, gexf ou graphml.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write; for a picture its suffix (.png, .pdf or .svg) chooses the format.</source>
        <translation>Le fichier à écrire&#xa0;; pour une image, son suffixe (.png, .pdf ou .svg) détermine le format.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Start of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the first event.</source>
        <translation>Début de la période (AAAA, AAAA-MM ou AAAA-MM-JJ)&#xa0;; par défaut&#xa0;: le premier événement.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>End of the time range (YYYY, YYYY-MM or YYYY-MM-DD); default: the last event.</source>
        <translation>Fin de la période (AAAA, AAAA-MM ou AAAA-MM-JJ)&#xa0;; par défaut&#xa0;: le dernier événement.</translation>
    </message>
    <message>
        <source>Width of a PNG or SVG in pixels (default 1600).</source>
        <translation>Largeur d’un PNG ou d’un SVG en pixels (1600 par défaut).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>Height of a PNG or SVG in pixels (default: as tall as the lanes need).</source>
        <translation>Hauteur d’un PNG ou d’un SVG en pixels (par défaut&#xa0;: la hauteur dont les couloirs ont besoin).</translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 96): text and marks grow with it, so the image prints at its width divided by N inches.</source>
        <translation>Résolution d’un PNG (96 par défaut)&#xa0;: le texte et les marques grandissent avec elle, l’image s’imprime donc à sa largeur divisée par N pouces.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A title above the timeline.</source>
        <translation>Un titre au-dessus de la chronologie.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>A subtitle under the title.</source>
        <translation>Un sous-titre sous le titre.</translation>
    </message>
    <message>
        <source>Lanes: none (default), actor, type or article.</source>
        <translation>Couloirs&#xa0;: none (aucun, par défaut), actor (par acteur), type (par type) ou article (par article).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 (default), letter or a3.</source>
        <translation>Format de page d’un PDF&#xa0;: a4 (par défaut), letter ou a3.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Landscape PDF pages (the default).</source>
        <translation>Pages PDF en paysage (par défaut).</translation>
    </message>
    <message>
        <source>Portrait PDF pages.</source>
        <translation>Pages PDF en portrait.</translation>
    </message>
    <message>
        <source>Split the time range of a timeline PDF across N pages, each with its axis and lanes (default 1).</source>
        <translation>Répartit la période d’une chronologie PDF sur N pages, chacune avec son axe et ses couloirs (1 par défaut).</translation>
    </message>
    <message>
        <source>A transparent background instead of white (PNG, SVG).</source>
        <translation>Un fond transparent au lieu du blanc (PNG, SVG).</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Omet la légende.</translation>
    </message>
    <message>
        <source>Leave out the line naming the source articles.</source>
        <translation>Omet la ligne qui nomme les articles sources.</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>L’option --db ESPACE est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use timelinejs, csv, json, acled, gexf or graphml.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez timelinejs, csv, json, acled, gexf ou graphml.</translation>
    </message>
    <message>
        <source>--%1 applies to pictures, not to --format.</source>
        <translation>--%1 s’applique aux images, pas à --format.</translation>
    </message>
    <message>
        <source>The option --out FILE is required.</source>
        <translation>L’option --out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --from; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date pour --from&#xa0;; utilisez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --to; use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date pour --to&#xa0;; utilisez AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>La date --from est postérieure à la date --to.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;; use timeline, graph or report.</source>
        <translation>Vue inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez timeline, graph ou report.</translation>
    </message>
    <message>
        <source>The report is a PDF; name the file .pdf.</source>
        <translation>Le rapport est un PDF&#xa0;; nommez le fichier .pdf.</translation>
    </message>
    <message>
        <source>Cannot tell the format of &apos;%1&apos;; name the file .png, .pdf or .svg.</source>
        <translation>Impossible de déterminer le format de «&#xa0;%1&#xa0;»&#xa0;; nommez le fichier .png, .pdf ou .svg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a width in pixels.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une largeur en pixels.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a height in pixels.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une hauteur en pixels.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a resolution; use %2 to %3 dpi.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une résolution&#xa0;; utilisez %2 à %3 dpi.</translation>
    </message>
    <message>
        <source>Unknown lane mode &apos;%1&apos;; use none, actor, type or article.</source>
        <translation>Mode de couloirs inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez none, actor, type ou article.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use a4, letter or a3.</source>
        <translation>Format de page inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez a4, letter ou a3.</translation>
    </message>
    <message>
        <source>Choose either --landscape or --portrait.</source>
        <translation>Choisissez soit --landscape, soit --portrait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of pages; use 1 to %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de pages&#xa0;; utilisez 1 à %2.</translation>
    </message>
    <message>
        <source>--pages applies to timeline PDF files only.</source>
        <translation>--pages ne s’applique qu’aux fichiers PDF de chronologie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Exporter des données</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>The current &amp;filter</source>
        <translation>Le filtre a&amp;ctuel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Étendue&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>Période &amp;visible</translation>
    </message>
    <message>
        <source>&amp;Visible range (%1)</source>
        <translation>Période &amp;visible (%1)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
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
        <translation>Le texte et les marques grandissent avec la résolution&#xa0;: à 300 ppp, un texte de 9 points mesure 37 pixels de haut.</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond tr&amp;ansparent</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
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
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Split the range across</source>
        <translation>Répartir la période sur</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>Plage de &amp;dates</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>Lé&amp;gende</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Time of e&amp;xport</source>
        <translation>&amp;Heure de l’export</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Étendue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>So&amp;us-titre&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
        <translation>%1 × %2 pixels, %3 × %4 cm à %5 ppp</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>actor-graph</source>
        <translation>graphe-des-acteurs</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>Faultline::ExportFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionJob</name>
    <message>
        <source>holds no article text</source>
        <translation>ne contient aucun texte d’article</translation>
    </message>
</context>
<context>
    <name>Faultline::ExtractionPipeline</name>
    <message>
        <source>No publication date is known, so relative dates such as &quot;last month&quot; stay unresolved; give one with --published or in the review.</source>
        <translation>Aucune date de publication n’est connue, les dates relatives comme «&#xa0;le mois dernier&#xa0;» restent donc non résolues&#xa0;; indiquez-en une avec --published ou lors de la vérification.</translation>
    </message>
</context>
<context>
    <name>Faultline::FilterBar</name>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Search titles and evidence</source>
        <translation>Rechercher dans les titres et les preuves</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>No actor of that name or alias in this workspace</source>
        <translation>Aucun acteur de ce nom ou alias dans cet espace de travail</translation>
    </message>
    <message>
        <source>Events involving this actor (name or alias)</source>
        <translation>Événements impliquant cet acteur (nom ou alias)</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Pas une date&#xa0;: utilisez AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The start is after the end</source>
        <translation>Le début est postérieur à la fin</translation>
    </message>
</context>
<context>
    <name>Faultline::GdeltRowMapper</name>
    <message>
        <source>The file is not a GDELT event file: it has %1 columns, GDELT has 57, 58 or 61.</source>
        <translation>Le fichier n’est pas un fichier d’événements GDELT&#xa0;: il a %1 colonnes, GDELT en a 57, 58 ou 61.</translation>
    </message>
    <message>
        <source>“%1” is not a CAMEO root code (EventRootCode).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code racine CAMEO (EventRootCode).</translation>
    </message>
</context>
<context>
    <name>Faultline::GenericRowMapper</name>
    <message>
        <source>No column is chosen for the %1.</source>
        <translation>Aucune colonne n’est choisie pour le champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file has no column “%1” for the %2.</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;» pour le champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The date (%1) is empty.</source>
        <translation>La date (%1) est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an end date on or after the start (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de fin égale ou postérieure au début (%2).</translation>
    </message>
    <message>
        <source>The title (%1) is empty.</source>
        <translation>Le titre (%1) est vide.</translation>
    </message>
</context>
<context>
    <name>Faultline::GexfWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>&amp;Date (YYYY, YYYY-MM or YYYY-MM-DD; -0500 for 501 BCE):</source>
        <translation>&amp;Date (AAAA, AAAA-MM ou AAAA-MM-JJ&#xa0;; -0500 pour 501 av. J.-C.)&#xa0;:</translation>
    </message>
    <message>
        <source>2020-09-14</source>
        <translation>2020-09-14</translation>
    </message>
    <message>
        <source>Not a date in ISO form</source>
        <translation>Pas une date au format ISO</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphExporter</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>Sources&#xa0;: %1&#xa0;; et %n autre</numerusform>
            <numerusform>Sources&#xa0;: %1&#xa0;; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors</source>
        <translation>Aucun acteur</translation>
    </message>
    <message>
        <source>No actor of the workspace takes part in an event of this export.</source>
        <translation>Aucun acteur de l’espace de travail ne participe à un événement de cet export.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with fewer events not shown</source>
        <translation>
            <numerusform>%n acteur avec moins d’événements non affiché</numerusform>
            <numerusform>%n acteurs avec moins d’événements non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Exporté depuis Faultline le %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>La mémoire est insuffisante pour une image de %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>La page ne peut pas être dessinée.</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Graphe des acteurs</translation>
    </message>
    <message>
        <source>Actor graph exported from Faultline</source>
        <translation>Graphe des acteurs exporté depuis Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>Le SVG ne peut pas être dessiné.</translation>
    </message>
</context>
<context>
    <name>Faultline::GraphmlWriter</name>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportCommand</name>
    <message>
        <source>Import articles (text, Markdown, HTML, PDF) and extract their events, or event data (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</source>
        <translation>Importe des articles (texte, Markdown, HTML, PDF) et en extrait les événements, ou des données d’événements (ACLED, UCDP GED, GDELT, TimelineJS, vis-timeline, CSV).</translation>
    </message>
    <message>
        <source>The workspace file; a new one is created if it does not exist.</source>
        <translation>Le fichier de l’espace de travail&#xa0;; il est créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative dates such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>La date de publication (AAAA-MM-JJ) par rapport à laquelle les dates relatives comme «&#xa0;le mois dernier&#xa0;» sont résolues&#xa0;; remplace la date indiquée dans le fichier.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Import the good rows of a data file and report the bad ones; without it a data file with a bad row is not imported at all.</source>
        <translation>Importe les lignes correctes d’un fichier de données et signale les incorrectes&#xa0;; sans cette option, un fichier de données contenant une ligne incorrecte n’est pas importé du tout.</translation>
    </message>
    <message>
        <source>Article files or folders to import.</source>
        <translation>Fichiers ou dossiers d’articles à importer.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>CHEMIN...</translation>
    </message>
    <message>
        <source>The option --db WORKSPACE is required.</source>
        <translation>L’option --db ESPACE est obligatoire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date pour --published&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Name at least one article file or folder to import.</source>
        <translation>Indiquez au moins un fichier ou dossier d’articles à importer.</translation>
    </message>
    <message>
        <source>%1: No such file or folder.</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: already in the workspace as article %2; not imported again.</source>
        <translation>%1&#xa0;: déjà dans l’espace de travail en tant qu’article %2&#xa0;; pas importé de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement</numerusform>
            <numerusform>%1&#xa0;: %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already known from other articles)</source>
        <translation>
            <numerusform> (%n déjà connu par d’autres articles)</numerusform>
            <numerusform> (%n déjà connus par d’autres articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n actor(s)</source>
        <translation>
            <numerusform>, %n acteur</numerusform>
            <numerusform>, %n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n new)</source>
        <translation>
            <numerusform> (%n nouveau)</numerusform>
            <numerusform> (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use --skip-bad-rows to import the other rows.</source>
        <translation>Utilisez --skip-bad-rows pour importer les autres lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n event(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2, %n événement</numerusform>
            <numerusform>%1&#xa0;: %2, %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new actor(s)</source>
        <translation>
            <numerusform>, %n nouvel acteur</numerusform>
            <numerusform>, %n nouveaux acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s)</source>
        <translation>
            <numerusform>, %n source</numerusform>
            <numerusform>, %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped: </source>
        <translation>
            <numerusform>, %n ligne incorrecte ignorée&#xa0;: </numerusform>
            <numerusform>, %n lignes incorrectes ignorées&#xa0;: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading articles; what was read stays for review</source>
        <translation>Arrêter la lecture des articles&#xa0;; ce qui a été lu reste à vérifier</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>Faultline imports .txt, .md, .html and .pdf articles and .csv, .tsv and .json event data; “%1” is none of these.</source>
        <translation>Faultline importe des articles .txt, .md, .html et .pdf et des données d’événements .csv, .tsv et .json&#xa0;; «&#xa0;%1&#xa0;» n’est rien de tout cela.</translation>
    </message>
    <message>
        <source>Open a workspace to import articles into it.</source>
        <translation>Ouvrez un espace de travail pour y importer des articles.</translation>
    </message>
    <message>
        <source>This workspace is read-only; articles cannot be imported into it.</source>
        <translation>Cet espace de travail est en lecture seule&#xa0;; on ne peut pas y importer d’articles.</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it.</source>
        <translation>Une importation est en cours&#xa0;; attendez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Il n’y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %n file(s) or folder(s) for review.</source>
        <translation>
            <numerusform>Déposer pour lire %n fichier ou dossier à vérifier.</numerusform>
            <numerusform>Déposer pour lire %n fichiers ou dossiers à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faultline imports files from this computer, not web addresses; save the page first.</source>
        <translation>Faultline importe des fichiers de cet ordinateur, pas des adresses web&#xa0;; enregistrez d’abord la page.</translation>
    </message>
    <message>
        <source>The dropped text is empty.</source>
        <translation>Le texte déposé est vide.</translation>
    </message>
    <message>
        <source>Drop to read the text as an article for review.</source>
        <translation>Déposer pour lire le texte comme un article à vérifier.</translation>
    </message>
    <message>
        <source>Faultline imports articles as files, text or HTML; this is none of these.</source>
        <translation>Faultline importe des articles sous forme de fichiers, de texte ou de HTML&#xa0;; ceci n’est rien de tout cela.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Dropped HTML</source>
        <translation>HTML déposé</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Recherche d’articles…</translation>
    </message>
    <message>
        <source>Import cancelled; no article was read.</source>
        <translation>Importation annulée&#xa0;; aucun article n’a été lu.</translation>
    </message>
    <message>
        <source>There were no articles to import.</source>
        <translation>Il n’y avait aucun article à importer.</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n event(s)</source>
        <translation>
            <numerusform> avec %n événement</numerusform>
            <numerusform> avec %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the workspace</source>
        <translation>
            <numerusform>, %n déjà dans l’espace de travail</numerusform>
            <numerusform>, %n déjà dans l’espace de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed: </source>
        <translation>
            <numerusform>, %n en échec&#xa0;: </numerusform>
            <numerusform>, %n en échec&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Import discarded; nothing was written.</source>
        <translation>Importation abandonnée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>Lecture de %1 (%2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) read</source>
        <translation>
            <numerusform>%n article lu</numerusform>
            <numerusform>%n articles lus</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportReviewDialog</name>
    <message>
        <source>asserted</source>
        <translation>affirmé</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>nié</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>hypothétique</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>Review Import</source>
        <translation>Vérifier l’importation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Média&#xa0;:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>As Written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Accept &amp;Selected</source>
        <translation>Accepter la &amp;sélection</translation>
    </message>
    <message>
        <source>Import the checked articles with their checked events</source>
        <translation>Importer les articles cochés avec leurs événements cochés</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
%n événement</numerusform>
            <numerusform>%1
%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
already in the workspace</source>
        <translation>%1
déjà dans l’espace de travail</translation>
    </message>
    <message>
        <source>%1
could not be read</source>
        <translation>%1
n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Nothing read yet</source>
        <translation>Rien n’a encore été lu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>“%1” %2; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» %2&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>This article is already in the workspace (article %1); it is not imported again.</source>
        <translation>Cet article est déjà dans l’espace de travail (article %1)&#xa0;; il n’est pas importé de nouveau.</translation>
    </message>
    <message>
        <source>This article has the same text as another one of this import; it is not imported twice.</source>
        <translation>Cet article a le même texte qu’un autre de cette importation&#xa0;; il n’est pas importé deux fois.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>non résolue</translation>
    </message>
    <message numerus="yes">
        <source>No publication date was found: relative dates stay unresolved until you give one (%n event(s) without a date).</source>
        <translation>
            <numerusform>Aucune date de publication n’a été trouvée&#xa0;: les dates relatives restent non résolues tant que vous n’en indiquez pas une (%n événement sans date).</numerusform>
            <numerusform>Aucune date de publication n’a été trouvée&#xa0;: les dates relatives restent non résolues tant que vous n’en indiquez pas une (%n événements sans date).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed from %1 found in the article; relative dates follow it.</source>
        <translation>Modifiée par rapport à %1, trouvée dans l’article&#xa0;; les dates relatives la suivent.</translation>
    </message>
    <message>
        <source>Given by you; relative dates follow it.</source>
        <translation>Indiquée par vous&#xa0;; les dates relatives la suivent.</translation>
    </message>
    <message>
        <source>Found in the article; relative dates such as “yesterday” are resolved against it.</source>
        <translation>Trouvée dans l’article&#xa0;; les dates relatives comme «&#xa0;hier&#xa0;» sont résolues par rapport à elle.</translation>
    </message>
    <message>
        <source>Type the whole day: YYYY-MM-DD.</source>
        <translation>Saisissez le jour entier&#xa0;: AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a day; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour&#xa0;; écrivez-le sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::ImportStash</name>
    <message>
        <source>Undoing or redoing the import failed: %1</source>
        <translation>L’annulation ou le rétablissement de l’importation a échoué : %1</translation>
    </message>
    <message>
        <source>The workspace has changed since the import (its rows were edited elsewhere), so it cannot be undone. Nothing was changed.</source>
        <translation>L’espace de travail a changé depuis l’importation (ses lignes ont été modifiées ailleurs) ; elle ne peut pas être annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace has changed since the import was undone (new rows took its place), so it cannot be redone. Nothing was changed.</source>
        <translation>L’espace de travail a changé depuis l’annulation de l’importation (de nouvelles lignes ont pris sa place) ; elle ne peut pas être rétablie. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed: the table %1 is missing.</source>
        <translation>L’annulation ou le rétablissement de l’importation a échoué : la table %1 est absente.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>Undoing the import failed: no room for a temporary file in %1 (%2).</source>
        <translation>L’annulation de l’importation a échoué : pas de place pour un fichier temporaire dans %1 (%2).</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
</context>
<context>
    <name>Faultline::MainWindow</name>
    <message>
        <source>Cannot Change the Workspace</source>
        <translation>Impossible de modifier l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Add an event by hand</source>
        <translation>Ajouter un événement à la main</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and go on working in the copy</source>
        <translation>Copier l’espace de travail dans un nouveau fichier et continuer à travailler dans la copie</translation>
    </message>
    <message>
        <source>Cannot Save Workspace</source>
        <translation>Impossible d’enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”; you are working in the copy now.</source>
        <translation>Copie enregistrée sous «&#xa0;%1&#xa0;»&#xa0;; vous travaillez maintenant dans la copie.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline)</source>
        <translation>Espaces de travail Faultline (*.faultline)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Actor Graph</source>
        <translation>Graphe des acteurs</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d’espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search event titles and evidence</source>
        <translation>Rechercher dans les titres des événements et les preuves</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>A&amp;ller à la date…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Read articles (text, Markdown, HTML, PDF) and review their events before importing them</source>
        <translation>Lire des articles (texte, Markdown, HTML, PDF) et vérifier leurs événements avant de les importer</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Import the article text or files on the clipboard</source>
        <translation>Importer le texte d’article ou les fichiers du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;No Lanes</source>
        <translation>&amp;Aucun couloir</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>Par a&amp;cteur</translation>
    </message>
    <message>
        <source>By Event &amp;Type</source>
        <translation>Par &amp;type d’événement</translation>
    </message>
    <message>
        <source>By A&amp;rticle</source>
        <translation>Par a&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;Exporter la chronologie…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG, PDF or SVG file</source>
        <translation>Enregistrer la chronologie dans un fichier PNG, PDF ou SVG</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>E&amp;xporter un rapport…</translation>
    </message>
    <message>
        <source>Save a PDF briefing: the timeline, the events with their evidence and the articles</source>
        <translation>Enregistrer une note de synthèse PDF&#xa0;: la chronologie, les événements avec leurs preuves et les articles</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>Save the events or the actor graph as TimelineJS, CSV, JSON, ACLED, GEXF or GraphML</source>
        <translation>Enregistrer les événements ou le graphe des acteurs en TimelineJS, CSV, JSON, ACLED, GEXF ou GraphML</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;About Faultline</source>
        <translation>À &amp;propos de Faultline</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Language, calendar, default lanes and theme</source>
        <translation>Langue, calendrier, couloirs par défaut et thème</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Couloirs</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2</source>
        <translation>Impossible d’ouvrir l’espace de travail «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>Impossible de remplacer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1 events shown of %2</source>
        <translation>
            <numerusform>%1 événement affiché sur %2</numerusform>
            <numerusform>%1 événements affichés sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 without a resolved date</source>
        <translation>
            <numerusform>%1 · %2 sans date résolue</numerusform>
            <numerusform>%1 · %2 sans date résolue</numerusform>
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
        <translation>%1 [lecture seule]</translation>
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
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Untitled.faultline</source>
        <translation>Sans titre.faultline</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Faultline workspaces (*.faultline);;All files (*)</source>
        <translation>Espaces de travail Faultline (*.faultline);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Title of the report:</source>
        <translation>Titre du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export Report</source>
        <translation>Impossible d’exporter le rapport</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>Imprimer la chronologie</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles and event data (%1 %2);;Articles (%1);;Event data: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;All files (*)</source>
        <translation>Articles et données d’événements (%1 %2);;Articles (%1);;Données d’événements&#xa0;: ACLED, UCDP, GDELT, TimelineJS, CSV (%2);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Faultline::MergeActorsCommand</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Faultline::MoveEventCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>Aucun événement n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>An event without a resolved date cannot be moved; edit its date instead.</source>
        <translation>Un événement sans date résolue ne peut pas être déplacé&#xa0;; modifiez plutôt sa date.</translation>
    </message>
</context>
<context>
    <name>Faultline::NameLookup</name>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
</context>
<context>
    <name>Faultline::OverviewChart</name>
    <message>
        <source>Events per period appear here</source>
        <translation>Les événements par période apparaissent ici</translation>
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
        <translation>Vue d’ensemble&#xa0;: événements par période</translation>
    </message>
    <message>
        <source>Drag to choose the time range the timeline shows; click to move it there.</source>
        <translation>Faites glisser pour choisir la période affichée par la chronologie&#xa0;; cliquez pour l’y déplacer.</translation>
    </message>
</context>
<context>
    <name>Faultline::PdfReader</name>
    <message>
        <source>is not a PDF file (it has no PDF header)</source>
        <translation>n’est pas un fichier PDF (il n’a pas d’en-tête PDF)</translation>
    </message>
    <message>
        <source>is a damaged PDF file that cannot be opened</source>
        <translation>est un fichier PDF endommagé qui ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>is a password-protected PDF file</source>
        <translation>est un fichier PDF protégé par mot de passe</translation>
    </message>
    <message>
        <source>is a PDF without text (a scanned PDF needs text recognition first)</source>
        <translation>est un PDF sans texte (un PDF numérisé doit d’abord passer par une reconnaissance de texte)</translation>
    </message>
    <message>
        <source>The PDF does not state a publication date; its creation date was not used as one.</source>
        <translation>Le PDF n’indique pas de date de publication&#xa0;; sa date de création n’a pas été utilisée à la place.</translation>
    </message>
</context>
<context>
    <name>Faultline::Preferences</name>
    <message>
        <source>No lanes</source>
        <translation>Aucun couloir</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>Par acteur</translation>
    </message>
    <message>
        <source>By event type</source>
        <translation>Par type d’événement</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Par article</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Left to right</source>
        <comment>time axis direction</comment>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Right to left</source>
        <comment>time axis direction</comment>
        <translation>De droite à gauche</translation>
    </message>
</context>
<context>
    <name>Faultline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Arabic and Persian also mirror the layout, right to left.</source>
        <translation>L’arabe et le persan inversent aussi la mise en page, de droite à gauche.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;lanes:</source>
        <translation>Couloirs par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;runs:</source>
        <comment>time axis direction</comment>
        <translation>&amp;Sens du temps&#xa0;:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::RelationEventsList</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the list of shared events</source>
        <translation>Fermer la liste des événements communs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event and evidence</source>
        <translation>Événement et preuve</translation>
    </message>
    <message>
        <source>Shared events</source>
        <translation>Événements communs</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %Ln shared event(s)</source>
        <translation>
            <numerusform>%1 et %2&#xa0;: %Ln événement commun</numerusform>
            <numerusform>%1 et %2&#xa0;: %Ln événements communs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 appartient à %2</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premiers sont listés.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non daté</translation>
    </message>
</context>
<context>
    <name>Faultline::RenameActorCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Aucun acteur n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an actor named “%1”; merge the two instead.</source>
        <translation>Il existe déjà un acteur nommé «&#xa0;%1&#xa0;»&#xa0;; fusionnez plutôt les deux.</translation>
    </message>
</context>
<context>
    <name>Faultline::ReportExporter</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>season</source>
        <translation>saison</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>décennie</translation>
    </message>
    <message>
        <source>century</source>
        <translation>siècle</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximative</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Note de synthèse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Exporté depuis Faultline le %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this report.</source>
        <translation>Aucun événement de l’espace de travail ne fait partie de ce rapport.</translation>
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
        <translation>Date non résolue</translation>
    </message>
    <message>
        <source>%1; written “%2”</source>
        <translation>%1&#xa0;; écrit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (CAMEO %2)</source>
        <translation>%1 (CAMEO %2)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown actor</source>
        <translation>acteur inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Source: article %1</source>
        <translation>Source&#xa0;: article %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Graphe des acteurs</translation>
    </message>
    <message>
        <source>The report cannot be painted.</source>
        <translation>Le rapport ne peut pas être dessiné.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::RowMapper</name>
    <message>
        <source>%1 fields where the header has %2; a delimiter or quote may be wrong.</source>
        <translation>%1 champs alors que l’en-tête en a %2&#xa0;; un séparateur ou un guillemet est peut-être erroné.</translation>
    </message>
    <message>
        <source>The file looks like %1 but has no column “%2”.</source>
        <translation>Le fichier ressemble à %1 mais n’a pas de colonne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The required value “%1” is empty.</source>
        <translation>La valeur obligatoire «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (%2).</translation>
    </message>
</context>
<context>
    <name>Faultline::SampleWorkspace</name>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>L’article d’exemple manque dans cette version.</translation>
    </message>
    <message>
        <source>The long road to the Doha talks</source>
        <translation>La longue route vers les pourparlers de Doha</translation>
    </message>
    <message>
        <source>Faultline sample</source>
        <translation>Exemple Faultline</translation>
    </message>
</context>
<context>
    <name>Faultline::SchemaMigrations</name>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>La version du schéma ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Upgrading to version %1 failed: %2</source>
        <translation>La mise à niveau vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::SetActorAffiliationCommand</name>
    <message>
        <source>Affiliate “%1” with “%2”</source>
        <translation>Affilier «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Clear Affiliation of “%1”</source>
        <translation>Supprimer l’affiliation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no actor with the id %1.</source>
        <translation>Aucun acteur n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>“%1” cannot belong to an actor that belongs to it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas appartenir à un acteur qui lui appartient.</translation>
    </message>
</context>
<context>
    <name>Faultline::TextDecoder</name>
    <message>
        <source>Some bytes are not valid %1 and were replaced by �.</source>
        <translation>Certains octets ne sont pas valides en %1 et ont été remplacés par �.</translation>
    </message>
    <message>
        <source>The declared character set %1 is not supported; the text was read as Windows-1252.</source>
        <translation>Le jeu de caractères déclaré %1 n’est pas pris en charge&#xa0;; le texte a été lu en Windows-1252.</translation>
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
        <translation>Une image de %1 × %2 pixels est vide&#xa0;; indiquez une largeur d’au moins un pixel.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels is too large; the limit is %3 pixels per side and %4 megapixels.</source>
        <translation>Une image de %1 × %2 pixels est trop grande&#xa0;; la limite est de %3 pixels par côté et de %4 mégapixels.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>No event of the workspace is part of this export.</source>
        <translation>Aucun événement de l’espace de travail ne fait partie de cet export.</translation>
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
        <translation>article %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1; and %n more</source>
        <translation>
            <numerusform>Sources&#xa0;: %1&#xa0;; et %n autre</numerusform>
            <numerusform>Sources&#xa0;: %1&#xa0;; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from Faultline on %1</source>
        <translation>Exporté depuis Faultline le %1</translation>
    </message>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>La mémoire est insuffisante pour une image de %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>La page ne peut pas être dessinée.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline exported from Faultline</source>
        <translation>Chronologie exportée depuis Faultline</translation>
    </message>
    <message>
        <source>The SVG cannot be painted.</source>
        <translation>Le SVG ne peut pas être dessiné.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineIndexLoader</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>L’espace de travail n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Unnamed actor</source>
        <translation>Acteur sans nom</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsRowMapper</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
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
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is nothing to write to.</source>
        <translation>Il n’y a aucune destination où écrire.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineJsonReader</name>
    <message>
        <source>The JSON cannot be read at byte %1: %2.</source>
        <translation>Le JSON ne peut pas être lu à l’octet %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The JSON is neither TimelineJS (an object with &quot;events&quot;) nor vis-timeline items (an array of objects with &quot;start&quot;).</source>
        <translation>Le JSON n’est ni du TimelineJS (un objet avec &quot;events&quot;) ni des éléments vis-timeline (un tableau d’objets avec &quot;start&quot;).</translation>
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
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>decade</comment>
        <translation>années %1</translation>
    </message>
    <message>
        <source>No event has a resolved date.</source>
        <translation>Aucun événement n’a de date résolue.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) dated only to a longer period span this whole range</source>
        <translation>
            <numerusform>%Ln événement daté seulement d’une période plus longue couvre toute cette plage</numerusform>
            <numerusform>%Ln événements datés seulement d’une période plus longue couvrent toute cette plage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a resolved date</source>
        <translation>
            <numerusform>%Ln événement sans date résolue</numerusform>
            <numerusform>%Ln événements sans date résolue</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>Drop articles here to extract their events, or open the sample workspace.</source>
        <translation>Déposez des articles ici pour en extraire les événements, ou ouvrez l’espace de travail d’exemple.</translation>
    </message>
</context>
<context>
    <name>Faultline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Scroll the timeline in time</source>
        <translation>Faire défiler la chronologie dans le temps</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Faire défiler les couloirs</translation>
    </message>
    <message>
        <source>No matching events</source>
        <translation>Aucun événement correspondant</translation>
    </message>
    <message>
        <source>No event matches the current filter. Clear the filter to see all events again.</source>
        <translation>Aucun événement ne correspond au filtre actuel. Effacez le filtre pour revoir tous les événements.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) here; double-click to zoom in</source>
        <translation>
            <numerusform>%Ln événement ici&#xa0;; double-cliquez pour zoomer</numerusform>
            <numerusform>%Ln événements ici&#xa0;; double-cliquez pour zoomer</numerusform>
        </translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>non résolue</translation>
    </message>
    <message>
        <source>Date: “%1”, resolved to %2</source>
        <translation>Date&#xa0;: «&#xa0;%1&#xa0;», résolue en %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Monter le couloir</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Descendre le couloir</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Déplier le couloir</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Replier le couloir</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Déplier tous les couloirs</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>No events. Drop articles here to extract their events.</source>
        <translation>Aucun événement. Déposez des articles ici pour en extraire les événements.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from %1 to %2. Plus and minus zoom, arrow keys pan, Tab moves between events, Enter opens one.</source>
        <translation>
            <numerusform>%Ln événement du %1 au %2. Plus et moins zooment, les flèches déplacent la vue, Tab passe d’un événement à l’autre, Entrée en ouvre un.</numerusform>
            <numerusform>%Ln événements du %1 au %2. Plus et moins zooment, les flèches déplacent la vue, Tab passe d’un événement à l’autre, Entrée en ouvre un.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Faultline::TimexCommand</name>
    <message>
        <source>Print the time expressions of an article as TimeML TIMEX3 values (JSON).</source>
        <translation>Affiche les expressions temporelles d’un article sous forme de valeurs TimeML TIMEX3 (JSON).</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD) that relative expressions such as &quot;last month&quot; are resolved against; overrides the date the file states.</source>
        <translation>La date de publication (AAAA-MM-JJ) par rapport à laquelle les expressions relatives comme «&#xa0;le mois dernier&#xa0;» sont résolues&#xa0;; remplace la date indiquée dans le fichier.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Output format: json (the default and only one).</source>
        <translation>Format de sortie&#xa0;: json (le seul, par défaut).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Le fichier de l’article.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --published; use YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date pour --published&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Name exactly one article file.</source>
        <translation>Indiquez exactement un fichier d’article.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The time expressions cannot be written: %1</source>
        <translation>Les expressions temporelles ne peuvent pas être écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Faultline::Transaction</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>L’espace de travail est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The workspace file %1 was moved or deleted while it was open; nothing was written.</source>
        <translation>Le fichier d’espace de travail %1 a été déplacé ou supprimé pendant qu’il était ouvert&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>L’espace de travail est occupé&#xa0;: un autre programme y écrit. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>La transaction n’est pas active.</translation>
    </message>
</context>
<context>
    <name>Faultline::UcdpRowMapper</name>
    <message>
        <source>“%1” is not a type of violence (1, 2 or 3).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de violence (1, 2 ou 3).</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoController</name>
    <message>
        <source>This workspace cannot be changed.</source>
        <translation>Cet espace de travail ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>%1 ne peut pas être annulé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Faultline::UndoJournal</name>
    <message>
        <source>Changes can only be recorded in a workspace open for writing.</source>
        <translation>Les modifications ne peuvent être enregistrées que dans un espace de travail ouvert en écriture.</translation>
    </message>
    <message>
        <source>Changes are not being recorded.</source>
        <translation>Les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The change cannot be reverted: %1</source>
        <translation>La modification ne peut pas être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change cannot be reverted because the workspace has changed since.</source>
        <translation>La modification ne peut pas être annulée car l’espace de travail a changé depuis.</translation>
    </message>
</context>
<context>
    <name>Faultline::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Aucun fichier d’espace de travail n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 cannot be opened because the Qt SQLite driver is missing.</source>
        <translation>%1 ne peut pas être ouvert car le pilote SQLite de Qt est absent.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 n’a pas pu être mis à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder does not exist.</source>
        <translation>%1 ne peut pas être créé car son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be created because its folder is read-only.</source>
        <translation>%1 ne peut pas être créé car son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Faultline workspace.</source>
        <translation>%1 n’est pas un espace de travail Faultline.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Faultline.</source>
        <translation>%1 a été créé par une version plus récente de Faultline.</translation>
    </message>
    <message>
        <source>%1 was created by an older version of Faultline and must be opened for writing to be upgraded.</source>
        <translation>%1 a été créé par une version plus ancienne de Faultline et doit être ouvert en écriture pour être mis à niveau.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is read-only because its folder is read-only.</source>
        <translation>%1 est en lecture seule car son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>La version du schéma ne peut pas être lue.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk to save the workspace, or the disk cannot be written; free some space and try again.</source>
        <translation>Il n’y a pas assez d’espace sur le disque pour enregistrer l’espace de travail, ou le disque n’est pas accessible en écriture&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceBackup</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be written because its folder does not exist.</source>
        <translation>%1 ne peut pas être écrit car son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is the open workspace itself; choose another file.</source>
        <translation>%1 est l’espace de travail ouvert lui-même&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the file cannot be replaced.</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: le fichier ne peut pas être remplacé.</translation>
    </message>
</context>
<context>
    <name>Faultline::WorkspaceCommand</name>
    <message>
        <source>This change was written elsewhere and can only be undone.</source>
        <translation>Cette modification a été écrite ailleurs et ne peut qu’être annulée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No translation for &apos;%1&apos;; messages stay in English.</source>
        <translation>Aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; les messages restent en anglais.</translation>
    </message>
    <message>
        <source>--lang needs a language code, such as fr or ar.</source>
        <translation>--lang demande un code de langue, par exemple fr ou ar.</translation>
    </message>
    <message>
        <source>Dated events and actors from conflict reporting.</source>
        <translation>Des événements datés et des acteurs tirés de la couverture des conflits.</translation>
    </message>
    <message>
        <source>The workspace to open (default: the last one).</source>
        <translation>L’espace de travail à ouvrir (par défaut&#xa0;: le dernier).</translation>
    </message>
    <message>
        <source>Give at most one workspace.</source>
        <translation>Indiquez au plus un espace de travail.</translation>
    </message>
</context>
</TS>
