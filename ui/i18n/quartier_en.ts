<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="677"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../coach/actions_panel.py" line="34"/>
        <source>Quartier des projets et du budget</source>
        <translation>Neighbourhood of the projects and the budget</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="37"/>
        <source>Langue des documents imprimés</source>
        <translation>Language of the printed documents</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="47"/>
        <source>Grille de benchmark</source>
        <translation>Benchmark grid</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="48"/>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="49"/>
        <source>Budget participatif</source>
        <translation>Participatory budget</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="50"/>
        <source>&amp;Quartier :</source>
        <translation>&amp;Neighbourhood:</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="56"/>
        <source>Documents imprimés en :</source>
        <translation>Documents printed in:</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../coach/bar_chart.py" line="46"/>
        <source>Copier l&apos;image</source>
        <extracomment>Pixels per point of a saved PNG: sharp in a document or a slide.</extracomment>
        <translation>Copy the image</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="47"/>
        <source>Enregistrer l&apos;image (PNG, SVG)…</source>
        <translation>Save the image (PNG, SVG)…</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="110"/>
        <source>Aucune donnée</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="160"/>
        <source>Image PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="160"/>
        <source>Dessin SVG (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="163"/>
        <source>Enregistrer le graphique</source>
        <translation>Save the chart</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../coach/budget_panel.py" line="236"/>
        <source>Tour de budget participatif</source>
        <translation>Participatory budget round</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="238"/>
        <source>Ouvrir un tour…</source>
        <translation>Open a round…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="240"/>
        <source>Clôturer le tour…</source>
        <translation>Close the round…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="247"/>
        <source>Tour :</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="254"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="254"/>
        <source>Projet proposé</source>
        <translation>Project proposed</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="255"/>
        <location filename="../coach/budget_panel.py" line="256"/>
        <location filename="../coach/budget_panel.py" line="341"/>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="256"/>
        <source>Projet du quartier</source>
        <translation>Neighbourhood project</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="257"/>
        <source>Peut-il être proposé ?</source>
        <translation>May it be proposed?</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="262"/>
        <source>Coût proposé</source>
        <translation>Proposed cost</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="266"/>
        <source>Proposer au vote</source>
        <translation>Put to the vote</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="269"/>
        <source>Coût proposé :</source>
        <translation>Proposed cost:</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="273"/>
        <source>Les projets</source>
        <translation>The projects</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="283"/>
        <source>n° du bulletin, par exemple 017</source>
        <translation>ballot number, e.g. 017</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="284"/>
        <source>Numéro du ménage</source>
        <translation>Household number</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="290"/>
        <source>Proposez d&apos;abord des projets au vote.</source>
        <translation>First put projects to the vote.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="293"/>
        <source>Enregistrer le bulletin</source>
        <translation>Save the ballot</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="298"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="298"/>
        <source>Ménage</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="298"/>
        <source>Projets approuvés</source>
        <translation>Projects approved</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="299"/>
        <source>Compté</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="304"/>
        <source>Retirer le bulletin de ce ménage</source>
        <translation>Withdraw this household&apos;s ballot</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="309"/>
        <source>Nombre de bulletins à imprimer</source>
        <translation>Number of ballots to print</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="312"/>
        <source>Numéro du premier bulletin</source>
        <translation>Number of the first ballot</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="313"/>
        <source>Imprimer les bulletins…</source>
        <translation>Print the ballots…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="316"/>
        <source>&amp;Ménage n°</source>
        <translation>&amp;Household no.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="317"/>
        <source>Approuve</source>
        <translation>Approves</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="320"/>
        <source>Bulletins numérotés :</source>
        <translation>Numbered ballots:</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="322"/>
        <source>à partir du n°</source>
        <translation>starting at no.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="326"/>
        <source>Les bulletins (un par ménage)</source>
        <translation>The ballots (one per household)</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="328"/>
        <source>Tapez le numéro du bulletin (celui du ménage), cochez les projets qu&apos;il approuve, puis Entrée. Le même ménage encodé deux fois ne compte qu&apos;une fois.</source>
        <translation>Type the ballot&apos;s number (the household&apos;s), tick the projects it approves, then Enter. The same household entered twice counts only once.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="341"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="341"/>
        <source>Voix</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="366"/>
        <source>Imprimer le dépouillement…</source>
        <translation>Print the tally…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="371"/>
        <source>Le dépouillement</source>
        <translation>The tally</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="421"/>
        <source>{title} — {envelope} — clôturé</source>
        <translation>{title} — {envelope} — closed</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="424"/>
        <source>{title} — {envelope} — ouvert</source>
        <translation>{title} — {envelope} — open</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="442"/>
        <source>Aucun tour de budget participatif dans ce quartier : ouvrez-en un, avec son enveloppe, puis proposez-y les projets.</source>
        <translation>No participatory budget round in this neighbourhood: open one, with its envelope, then propose the projects in it.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="447"/>
        <source>Tour « {title} », enveloppe {envelope}, clôturé le {date} : le résultat est définitif.</source>
        <translation>Round &quot;{title}&quot;, envelope {envelope}, closed on {date}: the outcome is final.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="454"/>
        <source>Tour « {title} », enveloppe {envelope}, ouvert le {date}.</source>
        <translation>Round &quot;{title}&quot;, envelope {envelope}, opened on {date}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="484"/>
        <location filename="../coach/budget_panel.py" line="515"/>
        <location filename="../coach/budget_panel.py" line="550"/>
        <location filename="../coach/budget_panel.py" line="581"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="496"/>
        <source>il est d&apos;un autre quartier que le tour</source>
        <translation>it belongs to another neighbourhood than the round</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="497"/>
        <source>il a été supprimé</source>
        <translation>it was deleted</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="498"/>
        <source>il est déjà terminé</source>
        <translation>it is already finished</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="499"/>
        <source>sa fiche n&apos;a pas de ligne de budget (ouvrez la fiche, page « Quand et combien »)</source>
        <translation>its sheet has no budget line (open the sheet, page &quot;When and how much&quot;)</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="501"/>
        <source>son coût doit être plus que 0 €</source>
        <translation>its cost must be more than €0</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="502"/>
        <source>il coûte {cost}, plus que l&apos;enveloppe ({envelope})</source>
        <translation>it costs {cost}, more than the envelope ({envelope})</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="509"/>
        <source>déjà proposé ({code})</source>
        <translation>already proposed ({code})</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="511"/>
        <source>non : le vote a commencé</source>
        <translation>no: voting has started</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="516"/>
        <source>non : {reasons}</source>
        <translation>no: {reasons}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="546"/>
        <source>« {title} » à {cost} — peut être proposé : {verdict}</source>
        <translation>&quot;{title}&quot; at {cost} — may be proposed: {verdict}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="579"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="580"/>
        <source>non : encodé deux fois, compte une fois</source>
        <translation>no: entered twice, counts once</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="590"/>
        <source>Bulletins encodés : {ballots} · ménages comptés : {households}</source>
        <translation>Ballots entered: {ballots} · households counted: {households}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="593"/>
        <source>encodés deux fois, comptés une fois : {n}</source>
        <translation>entered twice, counted once: {n}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="608"/>
        <source>Le dépouillement se fait dès qu&apos;un projet est proposé et se met à jour à chaque bulletin.</source>
        <translation>The tally starts as soon as a project is proposed and is updated with each ballot.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="617"/>
        <source>Bulletins comptés, un par ménage : {ballots} · enveloppe : {envelope}.</source>
        <translation>Ballots counted, one per household: {ballots} · envelope: {envelope}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="675"/>
        <source>Le vote a commencé : la liste des projets ne change plus.</source>
        <translation>Voting has started: the list of projects is fixed.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="704"/>
        <source>Tour « {title} » ouvert, enveloppe {envelope} : proposez-y les projets.</source>
        <translation>Round &quot;{title}&quot; opened, envelope {envelope}: propose the projects in it.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="717"/>
        <source>Clôturer le tour</source>
        <translation>Close the round</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="718"/>
        <source>Clôturer le tour « {title} » ? Plus aucun bulletin ne pourra y entrer et le dépouillement sera définitif.</source>
        <translation>Close the round &quot;{title}&quot;? No more ballots can enter it and the tally becomes final.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="741"/>
        <source>{code} : « {title} » proposé au vote pour {cost}.</source>
        <translation>{code}: &quot;{title}&quot; put to the vote for {cost}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="771"/>
        <source>Tapez d&apos;abord le numéro du ménage (celui de son bulletin).</source>
        <translation>First type the household&apos;s number (that of its ballot).</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="782"/>
        <source>Un bulletin par ménage</source>
        <translation>One ballot per household</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="783"/>
        <source>Le ménage {household} a déjà un bulletin ({before}). Le remplacer par celui-ci ({after}) ? Le ménage ne compte qu&apos;une fois.</source>
        <translation>Household {household} already has a ballot ({before}). Replace it with this one ({after})? The household counts only once.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="785"/>
        <location filename="../coach/budget_panel.py" line="786"/>
        <location filename="../coach/budget_panel.py" line="796"/>
        <source>aucun projet</source>
        <translation>no project</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="791"/>
        <source>Bulletin du ménage {household} non remplacé : le premier reste.</source>
        <translation>Ballot of household {household} not replaced: the first one stays.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="800"/>
        <source>Le ménage {household} avait déjà exactement ce bulletin : encodé deux fois, il ne compte qu&apos;une fois.</source>
        <translation>Household {household} already had exactly this ballot: entered twice, it counts only once.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="803"/>
        <source>Le bulletin du ménage {household} remplace le précédent ({before} → {after}) : il compte une fois.</source>
        <translation>The ballot of household {household} replaces the earlier one ({before} → {after}): it counts once.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="806"/>
        <source>Bulletin du ménage {household} enregistré : {after}.</source>
        <translation>Ballot of household {household} saved: {after}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="824"/>
        <source>Bulletin du ménage {household} retiré (encodages retirés : {n}).</source>
        <translation>Ballot of household {household} withdrawn (entries withdrawn: {n}).</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="835"/>
        <source>Imprimer les bulletins</source>
        <translation>Print the ballots</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="835"/>
        <location filename="../coach/budget_panel.py" line="864"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="853"/>
        <source>Bulletins numérotés de {first} à {last} : {path} (pages A4 : {pages})</source>
        <translation>Ballots numbered {first} to {last}: {path} (A4 pages: {pages})</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="863"/>
        <source>Imprimer le dépouillement</source>
        <translation>Print the tally</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="882"/>
        <source>Dépouillement enregistré : {path}</source>
        <translation>Tally saved: {path}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../coach/campaign_dialog.py" line="74"/>
        <source>Nouvelle campagne</source>
        <extracomment>What the protocol accepts (sync.wire.protocol.CampaignRequest). A new campaign lasts a month by default: the diagnosis&apos;s month of interviews.</extracomment>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="76"/>
        <source>Modifier la campagne « {name} »</source>
        <translation>Edit the campaign “{name}”</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="80"/>
        <source>Diagnostic partagé, printemps</source>
        <translation>Shared diagnosis, spring</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="85"/>
        <source>non fixé</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="86"/>
        <source> foyers</source>
        <translation> households</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="89"/>
        <source>Une rue par ligne, par exemple :
Rue Haute
Rue Blaes</source>
        <translation>One street per line, for example:
Rue Haute
Rue Blaes</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="94"/>
        <source>Importer un CSV…</source>
        <translation>Import a CSV…</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="108"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="109"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="153"/>
        <source>Aucun formulaire sur cet ordinateur.</source>
        <translation>No form on this computer.</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="155"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="156"/>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="157"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="158"/>
        <source>&amp;Objectif :</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="159"/>
        <source>&amp;Rues du périmètre :</source>
        <translation>&amp;Streets of the area:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="162"/>
        <source>Formulaires :</source>
        <translation>Forms:</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/campaign_dialog.py" line="176"/>
        <source>%n rue(s)</source>
        <translation>
            <numerusform>%n street</numerusform>
            <numerusform>%n streets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="218"/>
        <source>Donnez un nom à la campagne.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="220"/>
        <source>La fin ({end}) précède le début ({start}) : corrigez les dates.</source>
        <translation>The end ({end}) is before the start ({start}): correct the dates.</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="223"/>
        <source>Au plus {max} rues par campagne (il y en a {count}).</source>
        <translation>At most {max} streets per campaign (there are {count}).</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="243"/>
        <source>Importer les rues</source>
        <translation>Import the streets</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="243"/>
        <source>Tableau CSV (*.csv *.txt)</source>
        <translation>CSV table (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/campaign_dialog.py" line="259"/>
        <source>%n rue(s) ajoutée(s) depuis {file}.</source>
        <translation>
            <numerusform>%n street added from {file}.</numerusform>
            <numerusform>%n streets added from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Campagne</source>
        <extracomment>What a campaign saved here changes: the campaigns, and which one is current.</extracomment>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Foyers visés</source>
        <translation>Target households</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>Rues</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="88"/>
        <source>Nouvelle campagne…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="90"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="92"/>
        <source>Clôturer…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="94"/>
        <source>Actualiser depuis le serveur</source>
        <translation>Refresh from the server</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="106"/>
        <source>Les campagnes du quartier, enregistrées sur le serveur avec votre session de coach : les ordinateurs des bénévoles les reçoivent à leur prochaine synchronisation.</source>
        <translation>The neighbourhood&apos;s campaigns, kept on the server with your coach session: the volunteers&apos; computers receive them at their next sync.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="138"/>
        <source>clôturée le {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="140"/>
        <source>ouverte</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="224"/>
        <source>Campagne « {name} » enregistrée sur le serveur : les bénévoles la recevront à leur prochaine synchronisation.</source>
        <translation>Campaign “{name}” saved on the server: the volunteers will receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="245"/>
        <source>Clôturer la campagne</source>
        <translation>Close the campaign</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="246"/>
        <source>Clôturer la campagne « {name} » ? Les bénévoles ne la verront plus comme campagne en cours après leur prochaine synchronisation ; les entretiens déjà faits restent.</source>
        <translation>Close the campaign “{name}”? After their next sync the volunteers no longer see it as the current campaign; the interviews already made stay.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="260"/>
        <source>Campagne « {name} » clôturée.</source>
        <translation>Campaign “{name}” closed.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="35"/>
        <source>Actions partagées par d&apos;autres quartiers</source>
        <translation>Actions shared by other neighbourhoods</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="37"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="38"/>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="43"/>
        <source>Actions partagées</source>
        <translation>Shared actions</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="51"/>
        <source>Copier comme idée de projet</source>
        <translation>Copy as a project idea</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="54"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="59"/>
        <source>Thème :</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="86"/>
        <source>Aucune action partagée pour le moment : elles arrivent avec la synchronisation, quand d&apos;autres quartiers en partagent.</source>
        <translation>No shared actions yet: they arrive with the sync, when other neighbourhoods share some.</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="111"/>
        <source>Quartier : %1</source>
        <translation>Neighbourhood: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="112"/>
        <source>Porté par : %1</source>
        <translation>Run by: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="113"/>
        <source>Thème : %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="114"/>
        <source>Étape : %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="131"/>
        <source>Idée de projet « %1 » créée dans %2 : elle part à la prochaine synchronisation.</source>
        <translation>Project idea “%1” created in %2: it leaves at the next sync.</translation>
    </message>
</context>
<context>
    <name>CoachKeyDialog</name>
    <message>
        <location filename="../coach_key_dialog.py" line="50"/>
        <source>Clé de coach</source>
        <translation>Coach key</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="53"/>
        <source>Entretiens aux données personnelles scellées pour les coaches (nom, téléphone, e-mail des habitants) : {n}. Tapez la phrase de passe de votre clé de coach pour les ouvrir dans cette fenêtre : la clé reste en mémoire jusqu&apos;à sa fermeture, elle n&apos;est écrite nulle part.</source>
        <translation>Interviews with personal data sealed for the coaches (residents&apos; name, phone, e-mail): {n}. Type your coach key&apos;s passphrase to open them in this window: the key stays in memory until the window closes and is written nowhere.</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="63"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="71"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="75"/>
        <source>Continuer &amp;sans données personnelles</source>
        <translation>Continue &amp;without personal data</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="97"/>
        <source>Déverrouillage…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>CoachLoginDialog</name>
    <message>
        <location filename="../coach_login.py" line="135"/>
        <source>Session de coach</source>
        <translation>Coach session</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="149"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="152"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="163"/>
        <source>Tant que la session est ouverte, chaque synchronisation reçoit tout le quartier, entretiens compris, et envoie vos relectures et vos résolutions de conflits.</source>
        <translation>While the session is open, each sync receives the whole neighbourhood, interviews included, and sends your reviews and conflict resolutions.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="169"/>
        <source>Cet ordinateur n&apos;est encore inscrit nulle part : la connexion l&apos;inscrit comme votre appareil, dans votre quartier.</source>
        <translation>This computer is not enrolled anywhere yet: logging in enrols it as your device, in your neighbourhood.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="202"/>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="225"/>
        <source>Votre session de coach est ouverte, mais cet ordinateur n&apos;est pas encore inscrit comme appareil : inscrivez-le avec un code d&apos;inscription du quartier choisi (section Synchronisation).</source>
        <translation>Your coach session is open, but this computer is not enrolled as a device yet: enrol it with an enrolment code of the chosen neighbourhood (Synchronisation section).</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="232"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="252"/>
        <source>Le serveur a refusé ce nom ou ce mot de passe.</source>
        <translation>The server refused this name or password.</translation>
    </message>
</context>
<context>
    <name>CoachWorkspace</name>
    <message>
        <location filename="../coach/workspace.py" line="97"/>
        <source>Actualis&amp;er</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="99"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="105"/>
        <source>Déverrouil&amp;ler…</source>
        <translation>Un&amp;lock…</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="145"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="145"/>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="145"/>
        <source>Empreinte</source>
        <translation>Footprint</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="146"/>
        <source>Doublons</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="146"/>
        <source>Conflits d&apos;inventaire</source>
        <translation>Inventory conflicts</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="147"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="147"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="192"/>
        <source>toutes les campagnes</source>
        <translation>all campaigns</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="193"/>
        <source>Coach — {campaign}</source>
        <translation>Coach — {campaign}</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="213"/>
        <source>Entretiens aux données personnelles scellées : {n} ; cet ordinateur n&apos;a pas de clé de coach pour les ouvrir.</source>
        <translation>Interviews with sealed personal data: {n}; this computer has no coach key to open them.</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="216"/>
        <source>Entretiens aux données personnelles scellées pour une autre clé de coach que celle de cet ordinateur : {n}.</source>
        <translation>Interviews with personal data sealed for another coach key than this computer&apos;s: {n}.</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="219"/>
        <source>Entretiens aux données personnelles scellées : {n}</source>
        <translation>Interviews with sealed personal data: {n}</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="257"/>
        <source>Exporter les données</source>
        <translation>Export the data</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="293"/>
        <source>Exporté : {files} ({n} entretiens)</source>
        <translation>Exported: {files} ({n} interviews)</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="297"/>
        <source>données personnelles incluses, export consigné dans {log}</source>
        <translation>personal data included, export logged in {log}</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="300"/>
        <source>entretiens aux données personnelles scellées : {n}, colonnes personnelles vides</source>
        <translation>interviews with sealed personal data: {n}, personal columns empty</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../coach/conflicts_panel.py" line="57"/>
        <source>Session coach…</source>
        <extracomment>The columns of the field table; the last one holds the value the coach keeps.</extracomment>
        <translation>Coach session…</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Ici</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Autre appareil</source>
        <translation>Other device</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="70"/>
        <source>Valeur retenue</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="74"/>
        <source>Pour chaque champ, choisissez la valeur à garder ou tapez-en une autre. La décision part à la prochaine synchronisation.</source>
        <translation>For each field, choose the value to keep or type another. The decision leaves with the next sync.</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="78"/>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="106"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="108"/>
        <source>{name} — %n champ(s)</source>
        <translation>
            <numerusform>{name} — %n field</numerusform>
            <numerusform>{name} — %n fields</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="113"/>
        <source>Aucun conflit dans l&apos;inventaire partagé : les modifications faites en parallèle ont toutes pu être fusionnées.</source>
        <translation>No conflict in the shared inventory: all changes made in parallel could be merged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="116"/>
        <source>%n conflit(s) à arbitrer : la même information a été modifiée différemment sur deux appareils.</source>
        <translation>
            <numerusform>%n conflict to settle: the same information was changed differently on two devices.</numerusform>
            <numerusform>%n conflicts to settle: the same information was changed differently on two devices.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="159"/>
        <source>Choisir ou taper une valeur…</source>
        <translation>Choose or type a value…</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="186"/>
        <source>Choisissez la valeur à garder pour au moins un champ.</source>
        <translation>Choose the value to keep for at least one field.</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="201"/>
        <source>Aucune résolution en attente d&apos;envoi.</source>
        <translation>No resolution waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="204"/>
        <source>%n résolution(s) partiront à la prochaine synchronisation.</source>
        <translation>
            <numerusform>%n resolution will leave with the next sync.</numerusform>
            <numerusform>%n resolutions will leave with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="207"/>
        <source>%n résolution(s) en attente : ouvrez une session coach pour qu&apos;elles partent à la synchronisation.</source>
        <translation>
            <numerusform>%n resolution waiting: open a coach session so that it leaves with the sync.</numerusform>
            <numerusform>%n resolutions waiting: open a coach session so that they leave with the sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="220"/>
        <source>Fiche supprimée</source>
        <translation>Item deleted</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="224"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="226"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="226"/>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../coach/dashboard.py" line="115"/>
        <source>Filtrer par rue</source>
        <extracomment>The target that matches the filter: the campaign&apos;s, a street&apos;s share, or none. analysis.compare_campaigns&apos; table, when an earlier campaign is chosen.</extracomment>
        <translation>Filter by street</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="117"/>
        <source>Filtrer par bénévole</source>
        <translation>Filter by volunteer</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="121"/>
        <source>Comparer avec une campagne précédente</source>
        <translation>Compare with an earlier campaign</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="124"/>
        <source>Questions à afficher</source>
        <translation>Questions to show</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="130"/>
        <location filename="../coach/dashboard.py" line="341"/>
        <source>Ménages atteints par rue</source>
        <translation>Households reached by street</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="131"/>
        <source>Besoins et envies par thème (mentions)</source>
        <translation>Needs and wishes by theme (mentions)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="135"/>
        <source>Comparaison avec la campagne précédente</source>
        <translation>Comparison with the previous campaign</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="158"/>
        <source>R&amp;ue :</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="159"/>
        <source>&amp;Bénévole :</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="160"/>
        <source>&amp;Comparer avec :</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="169"/>
        <source>&amp;Questions affichées :</source>
        <translation>&amp;Questions shown:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="192"/>
        <source>(aucune comparaison)</source>
        <translation>(no comparison)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="276"/>
        <source>{n} ménages atteints par {volunteer} (pas d&apos;objectif par bénévole)</source>
        <translation>{n} households reached by {volunteer} (no target per volunteer)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="279"/>
        <source>{n} ménages atteints dans cette rue (pas d&apos;objectif pour cette rue : elle n&apos;est pas dans le périmètre de la campagne, ou la campagne n&apos;a pas d&apos;objectif)</source>
        <translation>{n} households reached in this street (no target for this street: it is not in the campaign&apos;s perimeter, or the campaign has no target)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="283"/>
        <source>{n} ménages atteints (la campagne n&apos;a pas d&apos;objectif)</source>
        <translation>{n} households reached (the campaign has no target)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="287"/>
        <source>{n} ménages atteints dans cette rue sur {target} visés ({percent}) — la part de la rue dans l&apos;objectif de la campagne, réparti également sur les rues du périmètre</source>
        <translation>{n} households reached in this street out of {target} aimed at ({percent}) — the street&apos;s share of the campaign&apos;s target, spread evenly over the perimeter&apos;s streets</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="291"/>
        <source>{n} ménages atteints sur {target} visés ({percent})</source>
        <translation>{n} households reached out of {target} aimed at ({percent})</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="319"/>
        <source>{label} ({n} réponses)</source>
        <translation>{label} ({n} answers)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="332"/>
        <source>Ménages atteints par rue, en % de l&apos;objectif de la rue</source>
        <translation>Households reached by street, as % of the street&apos;s target</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="352"/>
        <source>Comparaison avec « {campaign} » (% des répondants ; moyenne pour les nombres)</source>
        <translation>Comparison with “{campaign}” (% of respondents; mean for numbers)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Maintenant</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="357"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="361"/>
        <source>moyenne</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="186"/>
        <source>Toutes les rues</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="189"/>
        <source>Tous les bénévoles</source>
        <translation>All volunteers</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="454"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="456"/>
        <source>Jour/mois/année · Alt+Bas : calendrier</source>
        <translation>Day/month/year · Alt+Down: calendar</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="463"/>
        <source>Calendrier (Alt+Bas)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="489"/>
        <source>Date non reconnue : jour/mois/année, par ex. 01/12/2026</source>
        <translation>Date not recognised: day/month/year, e.g. 01/12/2026</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../coach/duplicates_panel.py" line="55"/>
        <source>Doublons proposés</source>
        <translation>Proposed duplicates</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="58"/>
        <source>Paires déjà décidées</source>
        <translation>Pairs already decided</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="59"/>
        <source>A&amp;nnuler cette décision</source>
        <translation>&amp;Undo this decision</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="68"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="68"/>
        <source>Premier entretien</source>
        <translation>First interview</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="68"/>
        <source>Second entretien</source>
        <translation>Second interview</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="70"/>
        <source>Comparaison des réponses</source>
        <translation>Comparison of the answers</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="79"/>
        <source>Garder le &amp;premier</source>
        <translation>Keep the &amp;first</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="80"/>
        <source>Garder le &amp;second</source>
        <translation>Keep the &amp;second</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="81"/>
        <source>Garder les &amp;deux (ménages distincts)</source>
        <translation>Keep &amp;both (different households)</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="82"/>
        <source>&amp;Fusionner dans le premier</source>
        <translation>&amp;Merge into the first</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="124"/>
        <source>Déjà déc&amp;idés ({n})</source>
        <translation>Already dec&amp;ided ({n})</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="126"/>
        <source>Pr&amp;oposés ({n})</source>
        <translation>Pr&amp;oposed ({n})</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="141"/>
        <source>{n} entretien(s) gardent leur numéro de maison scellé : ils ne sont comparés qu&apos;une fois ouverts avec votre clé de coach.</source>
        <translation>{n} interview(s) keep their house number sealed: they are compared only once your coach key opens them.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="170"/>
        <source>gardé : {kept} ; écarté : {other}</source>
        <translation>kept: {kept}; set aside: {other}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="171"/>
        <source>fusionné dans {kept} ; écarté : {other}</source>
        <translation>merged into {kept}; set aside: {other}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="172"/>
        <source>ménages distincts : {kept} et {other}</source>
        <translation>different households: {kept} and {other}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="203"/>
        <source>Même adresse ; {n} réponses diffèrent (surlignées) : {fields}</source>
        <translation>Same address; {n} answers differ (highlighted): {fields}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="236"/>
        <source>Vous pourrez l&apos;annuler dans « Déjà décidés ».</source>
        <translation>You can undo it in “Already decided”.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="240"/>
        <source>L&apos;entretien de {dropped} sera rejeté : il ne comptera plus dans les résultats et son commentaire recevra la mention « Doublon de … ». L&apos;entretien de {kept} reste tel quel.</source>
        <translation>The interview of {dropped} will be rejected: it will no longer count in the results and its comment will read “Duplicate of …”. The interview of {kept} stays as it is.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="246"/>
        <source>Les deux entretiens ({first} ; {second}) restent comptés, chacun dans son état de relecture ; leurs commentaires reçoivent la mention « Pas un doublon de … » et la paire ne sera plus proposée.</source>
        <translation>Both interviews ({first}; {second}) keep counting, each in its own review state; their comments read “Not a duplicate of …” and the pair will no longer be proposed.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="253"/>
        <source>Une nouvelle version de l&apos;entretien de {first} sera enregistrée, datée d&apos;aujourd&apos;hui : ses réponses vides seront complétées par celles de {second} ({fields}). Ses autres réponses ne changent pas. L&apos;entretien de {second} sera rejeté avec la mention « Fusionné dans … ».</source>
        <translation>A new version of the interview of {first} will be saved, dated today: its empty answers will be filled with those of {second} ({fields}). Its other answers do not change. The interview of {second} will be rejected with the mention “Merged into …”.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="275"/>
        <source>Garder le premier</source>
        <translation>Keep the first</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="276"/>
        <source>Garder le second</source>
        <translation>Keep the second</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="277"/>
        <source>Garder les deux</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="278"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="302"/>
        <source>La mention « Pas un doublon de … » sera retirée des commentaires des deux entretiens ; la paire pourra être proposée à nouveau.</source>
        <translation>The mention “Not a duplicate of …” will be removed from both interviews&apos; comments; the pair may be proposed again.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="307"/>
        <source>L&apos;entretien écarté ({other}) reviendra à l&apos;état « Reçu » et la mention sera retirée de son commentaire ; la paire pourra être proposée à nouveau.</source>
        <translation>The interview set aside ({other}) will return to “Received” and the mention will be removed from its comment; the pair may be proposed again.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="312"/>
        <source>Une nouvelle version de l&apos;entretien gardé reprendra ses réponses d&apos;avant la fusion.</source>
        <translation>A new version of the kept interview will take back its answers from before the merge.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="317"/>
        <source>Annuler la décision</source>
        <translation>Undo the decision</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="327"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="328"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="130"/>
        <source>{address} — ressemblance {score} % — {days} j d&apos;écart</source>
        <translation>{address} — similarity {score} % — {days} d apart</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="146"/>
        <source>Aucun doublon proposé.</source>
        <translation>No duplicates proposed.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="204"/>
        <location filename="../coach/duplicates_panel.py" line="257"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="208"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="209"/>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../coach/export_dialog.py" line="64"/>
        <source>Exporter les données</source>
        <extracomment>None: choice codes (``--values``); else labels in this language. Only what the dashboard&apos;s filter shows.</extracomment>
        <translation>Export the data</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="67"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="68"/>
        <source>CSV pour Excel/LibreOffice (.csv)</source>
        <translation>CSV for Excel/LibreOffice (.csv)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="69"/>
        <source>GeoJSON pour QGIS (.geojson)</source>
        <translation>GeoJSON for QGIS (.geojson)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="74"/>
        <source>&amp;Libellés des réponses</source>
        <translation>Answer &amp;labels</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="75"/>
        <source>C&amp;odes des réponses (comme KoboToolbox)</source>
        <translation>Answer c&amp;odes (as KoboToolbox)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="85"/>
        <source>En-têtes avec les &amp;intitulés des questions</source>
        <translation>Headers with the question &amp;labels</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="89"/>
        <source>&amp;Toute la campagne ({n} entretien)</source>
        <translation>&amp;The whole campaign ({n} interview)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="90"/>
        <source>&amp;Toute la campagne ({n} entretiens)</source>
        <translation>&amp;The whole campaign ({n} interviews)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="95"/>
        <source>&amp;Seulement le filtre du tableau de bord : {filter} ({n})</source>
        <translation>&amp;Only the dashboard&apos;s filter: {filter} ({n})</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="99"/>
        <source>&amp;Seulement le filtre du tableau de bord (aucun filtre choisi)</source>
        <translation>&amp;Only the dashboard&apos;s filter (no filter chosen)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="107"/>
        <source>Inclure les données &amp;personnelles (adresse exacte, nom, téléphone, e-mail)</source>
        <translation>Include &amp;personal data (exact address, name, phone, e-mail)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="111"/>
        <source>Ce fichier contiendra des données personnelles d&apos;habitants. L&apos;export sera consigné (qui, quand, quelles colonnes, quel fichier) dans {audit}. Gardez le fichier sur cet ordinateur, ne l&apos;envoyez pas par e-mail et supprimez-le quand vous n&apos;en avez plus besoin.</source>
        <translation>This file will contain residents&apos; personal data. The export will be logged (who, when, which columns, which file) in {audit}. Keep the file on this computer, do not send it by e-mail and delete it when you no longer need it.</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="121"/>
        <source>Entretiens aux données personnelles scellées qui ne sont pas ouvertes (clé de coach verrouillée, ou scellées pour un autre coach) : {n} ; leurs colonnes personnelles resteront vides. Déverrouillez d&apos;abord la clé de coach.</source>
        <translation>Interviews with sealed personal data not opened (coach key locked, or sealed for another coach): {n}; their personal columns will stay empty. Unlock the coach key first.</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="129"/>
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="130"/>
        <source>Réponses :</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="132"/>
        <source>Lan&amp;gue :</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="134"/>
        <source>Entretiens :</source>
        <translation>Interviews:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="140"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="155"/>
        <source>Exporter avec les données personnelles…</source>
        <translation>Export with personal data…</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="155"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../first_start.py" line="89"/>
        <location filename="../first_start.py" line="145"/>
        <source>Bienvenue dans Quartier</source>
        <extracomment>How the server refuses an enrolment code: unknown, expired, revoked or used (403), or not even shaped like one (422).</extracomment>
        <translation>Welcome to Quartier</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="133"/>
        <source>← Retour</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="147"/>
        <source>Cet ordinateur ne connaît encore aucun quartier. Comment voulez-vous commencer ?</source>
        <translation>This computer does not know any neighbourhood yet. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="152"/>
        <source>J&apos;ai un code ou une carte d&apos;inscription</source>
        <translation>I have an enrolment code or card</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="154"/>
        <source>Votre coach vous a remis un code ou une carte avec un QR code : cet ordinateur rejoint votre quartier et reçoit ses formulaires.</source>
        <translation>Your coach gave you a code or a card with a QR code: this computer joins your neighbourhood and receives its forms.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="160"/>
        <location filename="../first_start.py" line="226"/>
        <source>Je coordonne</source>
        <translation>I coordinate</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="162"/>
        <source>Vous êtes coach : connectez-vous au serveur avec votre nom et votre mot de passe.</source>
        <translation>You are a coach: log in to the server with your name and password.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="168"/>
        <source>Essayer la démo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="170"/>
        <source>Un quartier imaginaire, avec ses entretiens et son inventaire, dans un fichier à part : vos propres données ne sont pas touchées.</source>
        <translation>An imaginary neighbourhood, with its interviews and inventory, in a separate file: your own data is left untouched.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="176"/>
        <location filename="../first_start.py" line="264"/>
        <source>Travailler sans serveur</source>
        <translation>Work without a server</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="178"/>
        <source>Créez votre quartier et votre campagne sur cet ordinateur. Vous pourrez les relier à un serveur plus tard.</source>
        <translation>Create your neighbourhood and your campaign on this computer. You can connect them to a server later.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="190"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="191"/>
        <source>L&apos;assistant reste dans le menu Fichier.</source>
        <translation>The assistant stays in the File menu.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="199"/>
        <location filename="../first_start.py" line="219"/>
        <source>Inscrire cet ordinateur</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="201"/>
        <source>Recopiez le code imprimé sous le QR code de votre carte, ou collez le lien du QR code : il contient aussi l&apos;adresse du serveur.</source>
        <translation>Copy the code printed under the QR code on your card, or paste the QR code&apos;s link: it also holds the server address.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="206"/>
        <source>Code ou lien quartier://enrol?…</source>
        <translation>Code or link quartier://enrol?…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="207"/>
        <source>Code d&apos;inscription</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="211"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="213"/>
        <source>&amp;Code ou lien :</source>
        <translation>&amp;Code or link:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="214"/>
        <source>Adresse du &amp;serveur :</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="217"/>
        <source>Avec un code seul, indiquez l&apos;adresse que votre coach vous a donnée.</source>
        <translation>With a code alone, enter the address your coach gave you.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="228"/>
        <source>Connectez-vous avec le compte de coach que l&apos;administrateur du serveur vous a créé. La première synchronisation apporte vos quartiers.</source>
        <translation>Log in with the coach account the server&apos;s administrator made for you. The first sync brings your neighbourhoods.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="237"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="239"/>
        <source>Inscrire avec un code…</source>
        <translation>Enrol with a code…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="241"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="250"/>
        <source>Démonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="252"/>
        <source>Construction d&apos;un quartier imaginaire (les Marolles, à Bruxelles) avec %1 entretiens, son inventaire et ses bénévoles, dans le fichier %2. Vos propres données restent où elles sont.</source>
        <translation>Building an imaginary neighbourhood (the Marolles, in Brussels) with %1 interviews, its inventory and its volunteers, in the file %2. Your own data stays where it is.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="266"/>
        <source>Votre quartier et votre campagne restent sur cet ordinateur. Si votre groupe rejoint un serveur plus tard, ils y seront rattachés à l&apos;inscription.</source>
        <translation>Your neighbourhood and your campaign stay on this computer. If your group joins a server later, they are attached to it at enrolment.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="272"/>
        <source>par exemple : Marolles</source>
        <translation>for example: Marolles</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="276"/>
        <source>Diagnostic partagé %1</source>
        <translation>Shared diagnosis %1</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="282"/>
        <source>non fixé</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="284"/>
        <location filename="../first_start.py" line="325"/>
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="287"/>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="291"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="295"/>
        <source>Nom du &amp;quartier :</source>
        <translation>&amp;Neighbourhood name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="296"/>
        <source>&amp;Commune :</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="299"/>
        <source>Nom de la c&amp;ampagne :</source>
        <translation>C&amp;ampaign name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="300"/>
        <source>Du :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="301"/>
        <source>&amp;Ménages visés :</source>
        <translation>Target &amp;households:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="302"/>
        <source>&amp;Votre nom :</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="304"/>
        <source>Nom du quartier</source>
        <translation>Neighbourhood name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="305"/>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="306"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="307"/>
        <source>Nom de la campagne</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="308"/>
        <source>Début de la campagne</source>
        <translation>Campaign start</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="309"/>
        <source>Fin de la campagne</source>
        <translation>Campaign end</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="310"/>
        <source>Ménages visés</source>
        <translation>Target households</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="311"/>
        <location filename="../first_start.py" line="326"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="315"/>
        <source>Créer le quartier</source>
        <translation>Create the neighbourhood</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="321"/>
        <source>Comment vous appelez-vous ?</source>
        <translation>What is your name?</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="332"/>
        <source>Votre nom accompagne les entretiens et les fiches que vous enregistrez sur cet ordinateur. Vous pourrez le changer dans Fichier → Paramètres.</source>
        <translation>Your name goes with the interviews and records you save on this computer. You can change it in File → Settings.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="337"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="362"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>The server address starts with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="411"/>
        <source>Le serveur %1 ne répond pas (%2). Vérifiez son adresse et la connexion à Internet, puis réessayez.</source>
        <translation>The server %1 does not answer (%2). Check its address and the Internet connection, then try again.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="428"/>
        <source>Recopiez le code ou collez le lien du QR code.</source>
        <translation>Copy the code or paste the QR code&apos;s link.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="432"/>
        <source>Ce code ne dit pas où est le serveur : indiquez son adresse.</source>
        <translation>This code does not say where the server is: enter its address.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="448"/>
        <source>Inscription, puis première synchronisation…</source>
        <translation>Enrolling, then first sync…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="457"/>
        <source>Le serveur a refusé ce code : il est inconnu, expiré, révoqué ou déjà utilisé. Vérifiez-le, ou demandez un nouveau code à votre coach.</source>
        <translation>The server refused this code: it is unknown, expired, revoked or already used. Check it, or ask your coach for a new code.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="465"/>
        <location filename="../first_start.py" line="478"/>
        <source>Cet ordinateur est inscrit dans le quartier « %1 ».</source>
        <translation>This computer is enrolled in the neighbourhood “%1”.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="470"/>
        <source>Première synchronisation faite : %1 formulaire(s) et %2 élément(s) reçus.</source>
        <translation>First sync done: %1 form(s) and %2 item(s) received.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="474"/>
        <source>La première synchronisation n&apos;a pas abouti (%1) : relancez-la plus tard dans la section Synchronisation.</source>
        <translation>The first sync did not succeed (%1): run it again later in the Sync section.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="492"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>Write your first name and surname.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="520"/>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="530"/>
        <source>Session de coach ouverte ; première synchronisation : %1 élément(s) reçus.</source>
        <translation>Coach session open; first sync: %1 item(s) received.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="538"/>
        <source>Votre session de coach est ouverte, mais cet ordinateur n&apos;est pas encore inscrit comme appareil : la synchronisation ne peut pas recevoir vos quartiers. Inscrivez-le avec un code d&apos;inscription du quartier choisi, ou terminez et inscrivez-le plus tard dans la section Synchronisation.</source>
        <translation>Your coach session is open, but this computer is not enrolled as a device yet: sync cannot receive your neighbourhoods. Enrol it with an enrolment code of the chosen neighbourhood, or finish and enrol it later in the Sync section.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="568"/>
        <source>Construction de la démonstration…</source>
        <translation>Building the demonstration…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="573"/>
        <source>Vous êtes dans la démonstration (%1). Vos propres données n&apos;ont pas changé : Fichier → Assistant de démarrage pour commencer pour de bon.</source>
        <translation>You are in the demonstration (%1). Your own data has not changed: File → Start assistant to begin for real.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="585"/>
        <source>Indiquez le nom du quartier, celui de la campagne et votre nom.</source>
        <translation>Enter the neighbourhood&apos;s name, the campaign&apos;s and your own.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="590"/>
        <source>La campagne se termine avant de commencer.</source>
        <translation>The campaign ends before it starts.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="609"/>
        <source>Quartier « %1 » créé, avec la campagne « %2 ».</source>
        <translation>Neighbourhood “%1” created, with the campaign “%2”.</translation>
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <location filename="../coach/footprint_panel.py" line="126"/>
        <source>Table de facteurs d&apos;émission</source>
        <extracomment>Rows of the sector table and bars of the sector chart, public services last (a fixed share). Why there is no diagnosis: no household, or too few, answered the usage questions.</extracomment>
        <translation>Emission factor table</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="131"/>
        <source>Comparer avec une campagne précédente</source>
        <translation>Compare with an earlier campaign</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="138"/>
        <source>Par personne et par an (t CO2e)</source>
        <translation>Per person per year (t CO2e)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="139"/>
        <source>Par personne et par secteur (t CO2e par an)</source>
        <translation>Per person and per sector (t CO2e per year)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="141"/>
        <source>Empreinte par secteur</source>
        <translation>Footprint by sector</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="142"/>
        <location filename="../coach/footprint_panel.py" line="180"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="142"/>
        <source>Par personne (t)</source>
        <translation>Per person (t)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="142"/>
        <location filename="../coach/footprint_panel.py" line="143"/>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <source>IC 95 %</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="143"/>
        <source>Par ménage (t)</source>
        <translation>Per household (t)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="155"/>
        <location filename="../coach/footprint_panel.py" line="208"/>
        <source>Profils d&apos;usages</source>
        <translation>Usage profiles</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="156"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <location filename="../coach/footprint_panel.py" line="156"/>
        <source>Ménages</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <location filename="../coach/footprint_panel.py" line="156"/>
        <source>t / pers.</source>
        <translation>t / pers.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="157"/>
        <source>Secteurs les plus lourds</source>
        <translation>Heaviest sectors</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="157"/>
        <source>Leviers du profil</source>
        <translation>The profile&apos;s levers</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="165"/>
        <source>Ménages du profil</source>
        <translation>The profile&apos;s households</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="149"/>
        <source>Empreinte par rue</source>
        <translation>Footprint by street</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Participer</source>
        <translation>Take part</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="167"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="167"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="169"/>
        <source>Leviers : économie possible (t CO2e par an)</source>
        <translation>Levers: possible saving (t CO2e per year)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="171"/>
        <source>Leviers classés par potentiel</source>
        <translation>Levers ranked by potential</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="172"/>
        <source>Levier</source>
        <translation>Lever</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="172"/>
        <source>t CO2e / an</source>
        <translation>t CO2e / year</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="172"/>
        <source>% de l&apos;empreinte</source>
        <translation>% of the footprint</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="173"/>
        <source>kg / pers.</source>
        <translation>kg / pers.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="173"/>
        <source>Ménages concernés</source>
        <translation>Households concerned</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="179"/>
        <source>Second diagnostic</source>
        <translation>Second diagnosis</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="180"/>
        <location filename="../coach/footprint_panel.py" line="188"/>
        <source>Avant (t/pers.)</source>
        <translation>Before (t/pers.)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="180"/>
        <location filename="../coach/footprint_panel.py" line="189"/>
        <source>Maintenant (t/pers.)</source>
        <translation>Now (t/pers.)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="181"/>
        <location filename="../coach/footprint_panel.py" line="189"/>
        <source>Écart (IC 95 %)</source>
        <translation>Difference (95% CI)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="181"/>
        <source>Mêmes adresses : écart (IC 95 %)</source>
        <translation>Same addresses: difference (95% CI)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="186"/>
        <source>Second diagnostic par profil</source>
        <translation>Second diagnosis by profile</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="187"/>
        <source>Profil (de la campagne précédente)</source>
        <translation>Profile (of the earlier campaign)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="187"/>
        <source>Ménages avant</source>
        <translation>Households before</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="188"/>
        <source>Ménages maintenant</source>
        <translation>Households now</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="194"/>
        <source>Facteurs utilisés</source>
        <translation>Factors used</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="196"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="196"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="227"/>
        <source>&amp;Facteurs :</source>
        <translation>&amp;Factors:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="228"/>
        <source>Co&amp;mparer avec :</source>
        <translation>Co&amp;mpare with:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="259"/>
        <source>Scénario : et si…</source>
        <translation>Scenario: what if…</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="261"/>
        <source>Ménages du scénario</source>
        <translation>Households in the scenario</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="267"/>
        <source>Chauffages au mazout remplacés par des pompes à chaleur</source>
        <translation>Oil heating replaced by heat pumps</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="272"/>
        <source>Ménages :</source>
        <translation>Households:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="273"/>
        <source>Km en voiture faits à vélo ou en transports en commun :</source>
        <translation>Car km made by bike or public transport:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="274"/>
        <source>Repas avec viande remplacés par des repas végétariens :</source>
        <translation>Meals with meat replaced by vegetarian ones:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="275"/>
        <source>Vols en avion évités :</source>
        <translation>Flights avoided:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="276"/>
        <source>Chaleur économisée en isolant :</source>
        <translation>Heat saved by insulating:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="277"/>
        <source>Achats neufs remplacés (seconde main, réparation) :</source>
        <translation>New purchases replaced (second-hand, repair):</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="316"/>
        <source>(aucune comparaison)</source>
        <translation>(no comparison)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="344"/>
        <source>Calcul de l&apos;empreinte…</source>
        <translation>Computing the footprint…</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="384"/>
        <source>{n} ménages ({people} personnes) : {t} t CO2e par personne et par an (IC 95 % {low} – {high}), {h} t par ménage (IC 95 % {hlow} – {hhigh}). Moyenne bruxelloise : {brussels} t ; objectif 2050 : {target} t par personne.</source>
        <translation>{n} households ({people} people): {t} t CO2e per person per year (95% CI {low} – {high}), {h} t per household (95% CI {hlow} – {hhigh}). Brussels average: {brussels} t; 2050 target: {target} t per person.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="395"/>
        <source>{n} entretiens sans réponse aux habitudes ne sont pas comptés.</source>
        <translation>{n} interviews without answers about habits are not counted.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="399"/>
        <source>Par personne et par an (t CO2e ; {n} ménages ; trait fin : IC 95 %)</source>
        <translation>Per person per year (t CO2e; {n} households; thin line: 95% CI)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="402"/>
        <source>Notre quartier</source>
        <translation>Our neighbourhood</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="403"/>
        <source>Moyenne bruxelloise</source>
        <translation>Brussels average</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="404"/>
        <source>Objectif 2050</source>
        <translation>2050 target</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="415"/>
        <source> (part fixe)</source>
        <translation> (fixed share)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="419"/>
        <source>Par personne et par secteur (t CO2e par an ; {n} ménages ; trait fin : IC 95 %)</source>
        <translation>Per person and per sector (t CO2e per year; {n} households; thin line: 95% CI)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="439"/>
        <source>Par rue (t CO2e par personne et par an) : seules les rues d&apos;au moins {m} ménages sont montrées, les autres comptées ensemble dans « autres rues ».</source>
        <translation>By street (t CO2e per person per year): only streets with at least {m} households are shown, the others counted together under “other streets”.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="451"/>
        <source>Autres rues</source>
        <translation>Other streets</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="453"/>
        <source>trop peu de ménages pour une moyenne</source>
        <translation>too few households for a mean</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="465"/>
        <source>Choisissez un profil pour voir ses ménages et, pour ceux qui veulent participer, leur contact.</source>
        <translation>Choose a profile to see its households and, for those who want to take part, their contact.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="492"/>
        <source>« {profile} » : {n} ménages, dont {w} veulent participer (contacts : données personnelles, pour le coach seulement).</source>
        <translation>“{profile}”: {n} households, {w} of whom want to take part (contacts: personal data, for the coach only).</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="500"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="500"/>
        <source>peut-être</source>
        <translation>maybe</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="500"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="506"/>
        <source>Trop peu de ménages ({n}) pour former des profils : il en faut au moins {m}.</source>
        <translation>Too few households ({n}) to form profiles: at least {m} are needed.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="512"/>
        <source>{k} profils formés sur les parts des secteurs et quelques habitudes (silhouette {s}) ; aucun profil de moins de {m} ménages n&apos;est montré.</source>
        <translation>{k} profiles formed from the sector shares and a few habits (silhouette {s}); no profile of fewer than {m} households is shown.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="516"/>
        <source>{n} ménages sont dans des profils trop petits.</source>
        <translation>{n} households are in profiles that are too small.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="533"/>
        <source>Tous les ménages ({n})</source>
        <translation>All households ({n})</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="546"/>
        <source>Leviers : économie possible pour les {n} ménages rencontrés (t CO2e par an)</source>
        <translation>Levers: possible saving for the {n} households met (t CO2e per year)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="569"/>
        <source>Second diagnostic : « {before} » ({n0} ménages) → cette campagne ({n1} ménages), t CO2e par personne et par an</source>
        <translation>Second diagnosis: “{before}” ({n0} households) → this campaign ({n1} households), t CO2e per person per year</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="580"/>
        <source>{d} ({low} à {high}) — {n} adresses</source>
        <translation>{d} ({low} to {high}) — {n} addresses</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="596"/>
        <source>Par profil : « {before} » a trop peu de ménages pour former des profils.</source>
        <translation>By profile: “{before}” has too few households to form profiles.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="602"/>
        <source>Par profil d&apos;usages : les profils de « {before} », les ménages de cette campagne rangés dans ces mêmes profils (un profil de moins de {m} ménages à l&apos;une des deux campagnes n&apos;est pas montré).</source>
        <translation>By usage profile: the profiles of “{before}”, this campaign&apos;s households placed in those same profiles (a profile with fewer than {m} households in either campaign is not shown).</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="608"/>
        <source>Profils trop petits : {n0} ménages avant, {n1} maintenant.</source>
        <translation>Profiles too small: {n0} households before, {n1} now.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="626"/>
        <source>Facteurs utilisés : {title}, version {version}</source>
        <translation>Factors used: {title}, version {version}</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="699"/>
        <source>Économie : {t} t CO2e par an pour ces {n} ménages ({p} de leur empreinte).</source>
        <translation>Saving: {t} t CO2e per year for these {n} households ({p} of their footprint).</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../form_filler/form_view.py" line="97"/>
        <source>Langue du formulaire</source>
        <extracomment>Forms with at most this many questions (or fewer than two groups) fit on one page.</extracomment>
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="98"/>
        <source>Langue du formulaire (Alt+L)</source>
        <translation>Form language (Alt+L)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="100"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="109"/>
        <source>← &amp;Précédent</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="110"/>
        <source>&amp;Suivant →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="111"/>
        <source>Page précédente (Ctrl+PgPréc)</source>
        <translation>Previous page (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="112"/>
        <source>Page suivante (Ctrl+PgSuiv)</source>
        <translation>Next page (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="146"/>
        <location filename="../form_filler/form_view.py" line="154"/>
        <source>Pour finir</source>
        <translation>To finish</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="367"/>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="589"/>
        <source>Adresse ou lieu</source>
        <translation>Address or place</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="592"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="592"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../coach/grid_view.py" line="216"/>
        <source>Grille de benchmark des actions de transition</source>
        <extracomment>The tints of levels 0-3 and the colour of a gap: those of the spreadsheet (``app.actions.grid_sheet``, which imports openpyxl: not loaded for the window). Ink, and the quieter ink of zero counts and needs (4.5:1 on the darkest tint, level 3). The item data role that holds a cell&apos;s ``CellView``.</extracomment>
        <translation>Benchmark grid of transition actions</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="225"/>
        <location filename="../coach/grid_view.py" line="359"/>
        <source>Faire de ce manque un projet…</source>
        <translation>Make this gap a project…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="227"/>
        <source>Exporter en XLSX…</source>
        <translation>Export as XLSX…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="229"/>
        <source>Imprimer en PDF (A3 paysage)…</source>
        <translation>Print as PDF (A3 landscape)…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="241"/>
        <source>Les actions de transition de vos quartiers, par thème. Choisissez une case, de préférence un manque, pour en faire un projet.</source>
        <translation>The transition actions of your neighbourhoods, by theme. Pick a cell, preferably a gap, to make it a project.</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="296"/>
        <source>Quartiers : {hoods} · actions : {actions} · manques (des habitants ont exprimé des besoins dans un thème où aucune action n&apos;existe) : {gaps}</source>
        <translation>Neighbourhoods: {hoods} · actions: {actions} · gaps (residents expressed needs in a theme where no action exists): {gaps}</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="322"/>
        <source>{gaps}, marqués {mark} et d&apos;un cadre pointillé</source>
        <translation>{gaps}, marked {mark} and with a dashed frame</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="361"/>
        <source>Nouveau projet dans ce thème…</source>
        <translation>New project in this theme…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="378"/>
        <source>Exporter la grille</source>
        <translation>Export the grid</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="382"/>
        <source>Imprimer la grille</source>
        <translation>Print the grid</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="383"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="410"/>
        <source>Grille enregistrée : {path}</source>
        <translation>Grid saved: {path}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="98"/>
        <source>Version</source>
        <extracomment>A value longer than this is cut in the history (the item itself shows it whole).</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="99"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="100"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="100"/>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="101"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="119"/>
        <source>Fiche supprimée</source>
        <translation>Record deleted</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="631"/>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="643"/>
        <source>Choisir une photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="643"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="660"/>
        <source>Pas de photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../coach/interview_dialog.py" line="72"/>
        <source>Entretien — {street}</source>
        <translation>Interview — {street}</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="75"/>
        <source>{street} · {volunteer} · envoyé le {sent}</source>
        <translation>{street} · {volunteer} · sent on {sent}</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="83"/>
        <source>État : {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="88"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="88"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="89"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="93"/>
        <source>Réponses personnelles</source>
        <translation>Personal answers</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="94"/>
        <source>scellées : déverrouillez votre clé de coach pour les lire</source>
        <translation>sealed: unlock your coach key to read them</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="99"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="99"/>
        <location filename="../coach/interview_dialog.py" line="107"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="99"/>
        <source>Changé</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="100"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="107"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="107"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="108"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="109"/>
        <source>Historique de relecture</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="120"/>
        <source>&amp;Réponses</source>
        <translation>&amp;Answers</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="121"/>
        <source>&amp;Versions ({n})</source>
        <translation>&amp;Versions ({n})</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="123"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="125"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="155"/>
        <source>réponses personnelles (scellées)</source>
        <translation>personal answers (sealed)</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="165"/>
        <source>première version</source>
        <translation>first version</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="111"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="112"/>
        <source>&amp;Finaliser (Ctrl+Entrée)</source>
        <translation>&amp;Finalize (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="114"/>
        <source>&amp;Corriger cet entretien</source>
        <translation>&amp;Correct this interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="116"/>
        <location filename="../form_filler/interview_editor.py" line="326"/>
        <source>Supprimer le brouillon</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="118"/>
        <source>&amp;Retour à la liste</source>
        <translation>&amp;Return to the list</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="120"/>
        <source>Aller à… (Ctrl+G)</source>
        <translation>Go to… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="122"/>
        <source>Toutes les questions et leur état ; Entrée va à la question choisie</source>
        <translation>Every question and its state; Enter goes to the chosen question</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="144"/>
        <source>Retour à la liste (Échap)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="172"/>
        <source>Nouvel entretien</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="174"/>
        <source>adresse non renseignée</source>
        <translation>no address given</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="176"/>
        <source>finalisé le %1</source>
        <translation>finalized on %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="178"/>
        <source>correction en cours</source>
        <translation>being corrected</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="180"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="181"/>
        <source>Entretien</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="186"/>
        <source>Lecture seule</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="189"/>
        <source>Non enregistré !</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="192"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="196"/>
        <source>Enregistré ✓ %1</source>
        <translation>Saved ✓ %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="199"/>
        <source>Rien à enregistrer pour l&apos;instant</source>
        <translation>Nothing to save yet</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="286"/>
        <source>Finaliser l&apos;entretien</source>
        <translation>Finalize the interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="288"/>
        <source>Finaliser cet entretien ? Il ne pourra plus être modifié ici : une correction en fera une nouvelle version.</source>
        <translation>Finalize this interview? It can no longer be changed here: a correction will make a new version.</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="291"/>
        <source>&amp;Finaliser</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="292"/>
        <source>&amp;Continuer l&apos;entretien</source>
        <translation>&amp;Continue the interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="327"/>
        <source>Supprimer ce brouillon ? Ses réponses seront perdues.</source>
        <translation>Delete this draft? Its answers will be lost.</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="328"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="329"/>
        <source>&amp;Garder le brouillon</source>
        <translation>&amp;Keep the draft</translation>
    </message>
</context>
<context>
    <name>InterviewFilters</name>
    <message>
        <location filename="../interviews_page.py" line="63"/>
        <source>Rechercher dans les réponses (Ctrl+F)</source>
        <translation>Search the answers (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="64"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Finalisés</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="69"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="75"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="79"/>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="80"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="87"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="89"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="100"/>
        <source>%1 : tous</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../interviews_page.py" line="144"/>
        <source>Liste des entretiens</source>
        <translation>Interview list</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="160"/>
        <source>&amp;Nouvel entretien (Ctrl+N)</source>
        <translation>&amp;New interview (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="162"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="198"/>
        <source>Comptage…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="201"/>
        <source>%1 entretien(s)</source>
        <translation>%1 interview(s)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="271"/>
        <source>Entretien finalisé ✓ (%1)</source>
        <translation>Interview finalized ✓ (%1)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="277"/>
        <source>Brouillon supprimé</source>
        <translation>Draft deleted</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <location filename="../inventory_page.py" line="69"/>
        <source>&amp;Enregistrer la fiche (Ctrl+S)</source>
        <translation>&amp;Save the item (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="74"/>
        <source>Historique de la fiche</source>
        <translation>Item history</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="85"/>
        <source>Qui a changé quoi :</source>
        <translation>Who changed what:</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="97"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="102"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="138"/>
        <location filename="../inventory_page.py" line="150"/>
        <source>Nouvelle fiche</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="153"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="154"/>
        <source>La fiche « %1 » a des modifications non enregistrées.</source>
        <translation>The record “%1” has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="155"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="156"/>
        <source>&amp;Abandonner les modifications</source>
        <translation>&amp;Discard the changes</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="157"/>
        <source>&amp;Rester sur la fiche</source>
        <translation>Sta&amp;y on the record</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="39"/>
        <source>Nom</source>
        <extracomment>How a choice name reads for a person: (question name, choice name) -&gt; label.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="40"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="41"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="42"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="43"/>
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../inventory_page.py" line="208"/>
        <source>Rechercher un nom (Ctrl+F)</source>
        <translation>Search a name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="209"/>
        <source>Rechercher dans l&apos;inventaire</source>
        <translation>Search the inventory</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="211"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="212"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="214"/>
        <source>Inventaire partagé</source>
        <translation>Shared inventory</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="216"/>
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="262"/>
        <source>%1 : tous</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Inventaire</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>Impression : l&apos;affiche A3/A2, les flyers avec QR code et le rapport du diagnostic arrivent avec le module d&apos;impression.</source>
        <translation>Printing: the A3/A2 poster, flyers with a QR code and the diagnosis report come with the printing module.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <location filename="../main_window.py" line="229"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Coach : la fusion, le dédoublonnage et la comparaison des quartiers arrivent avec l&apos;espace de travail du coach.</source>
        <translation>Coach: merging, de-duplicating and comparing neighbourhoods come with the coach&apos;s workspace.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>aucun quartier</source>
        <translation>no neighbourhood</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>bénévole non choisi (Fichier → Paramètres)</source>
        <translation>volunteer not chosen (File → Settings)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Aucun quartier</source>
        <translation>No neighbourhood</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209"/>
        <source>aucune campagne</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>&amp;Nouvel entretien</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Assistant de &amp;démarrage…</source>
        <translation>Start &amp;assistant…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>À &amp;propos de Quartier</source>
        <translation>&amp;About Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Pour commencer : Fichier → Assistant de démarrage…</source>
        <translation>To get started: File → Start assistant…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="349"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="351"/>
        <source>Ctrl+N : nouvel entretien
Ctrl+F : rechercher
Tab / Maj+Tab : question suivante / précédente
Entrée : question suivante
Maj+Entrée : nouvelle ligne dans une réponse ouverte
1 à 9 : choisir une réponse dans une liste
Alt+Bas : calendrier d&apos;une date
Ctrl+PgSuiv / Ctrl+PgPréc : page suivante / précédente
Ctrl+G : aller à une question (toutes les questions et leur état)
Ctrl+Entrée : finaliser l&apos;entretien
Alt+R : retour à la liste (Échap pour un entretien finalisé)
Ctrl+1 à Ctrl+5 : changer de section
Ctrl+Q : quitter</source>
        <translation>Ctrl+N: new interview
Ctrl+F: search
Tab / Shift+Tab: next / previous question
Enter: next question
Shift+Enter: new line in an open answer
1 to 9: choose an answer in a list
Alt+Down: calendar of a date
Ctrl+PgDown / Ctrl+PgUp: next / previous page
Ctrl+G: go to a question (every question and its state)
Ctrl+Enter: finalize the interview
Alt+R: back to the list (Esc for a finalized interview)
Ctrl+1 to Ctrl+5: change section
Ctrl+Q: quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>À propos de Quartier</source>
        <translation>About Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>Quartier : enquêtes de quartier hors ligne pour les Quartiers Durables Citoyens. Vos entretiens sont enregistrés sur cet ordinateur à chaque modification.</source>
        <translation>Quartier: offline neighbourhood surveys for citizen sustainable neighbourhoods. Your interviews are saved on this computer at every change.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="53"/>
        <source>Avant de finaliser, il manque :</source>
        <extracomment>The draft on screen, so that the window reopens on it after a quit or a crash.</extracomment>
        <translation>Before finalizing, this is missing:</translation>
    </message>
</context>
<context>
    <name>OpenTextEdit</name>
    <message>
        <location filename="../form_filler/editors.py" line="202"/>
        <source>Maj+Entrée : nouvelle ligne · Entrée : question suivante</source>
        <extracomment>select_one lists longer than this become a searchable combo box. Keys a read-only answer still takes: to move on, leave, go back to the list, shortcuts. Text appearances asking for a shaped, one-line input (ODK&apos;s numbers, masked, url, ex:...). Visible lines of an open answer: at first, and at most before it scrolls.</extracomment>
        <translation>Shift+Enter: new line · Enter: next question</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../form_filler/overview.py" line="74"/>
        <source>Aller à une question</source>
        <translation>Go to a question</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="77"/>
        <source>Répondue</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="78"/>
        <source>Vide</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="79"/>
        <source>Obligatoire, manquante</source>
        <translation>Required, missing</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="80"/>
        <source>Invalide</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="81"/>
        <source>Non applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="84"/>
        <source>Questions de l&apos;entretien</source>
        <translation>Questions of the interview</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="85"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="85"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="85"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="95"/>
        <source>Montrer aussi les questions &amp;non applicables</source>
        <translation>Also show the &amp;not applicable questions</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="99"/>
        <source>Entrée : aller à la question · Échap : fermer</source>
        <translation>Enter: go to the question · Esc: close</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="149"/>
        <source>%1 à corriger</source>
        <translation>%1 to correct</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="154"/>
        <source>%1 répondues · %2 vides · %3 obligatoires manquantes · %4 invalides</source>
        <translation>%1 answered · %2 empty · %3 required missing · %4 invalid</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../print_view.py" line="183"/>
        <source>Affiche ou flyer</source>
        <extracomment>The documents that are posters, and what each shows (app.printing.poster.POSTER_KINDS).</extracomment>
        <translation>Poster or flyer</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="184"/>
        <source>Rapport du diagnostic</source>
        <translation>Diagnosis report</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="185"/>
        <source>Affiche « Notre empreinte » (carbone des usages)</source>
        <translation>Poster “Our footprint” (carbon of everyday uses)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="188"/>
        <source>A3 — affiche</source>
        <translation>A3 — poster</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="188"/>
        <source>A2 — grande affiche</source>
        <translation>A2 — large poster</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="189"/>
        <source>A4 — flyer</source>
        <translation>A4 — flyer</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="200"/>
        <source>Fond perdu de 3 mm et traits de coupe (imprimeur)</source>
        <translation>3 mm bleed and crop marks (printer)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="201"/>
        <source>https://… (rejoindre le groupe)</source>
        <translation>https://… (join the group)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="202"/>
        <source>Samedi 16 mai, 14 h</source>
        <translation>Saturday 16 May, 2 pm</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="203"/>
        <source>Maison de quartier, rue Blaes 154</source>
        <translation>Community centre, rue Blaes 154</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="204"/>
        <source>Quelques mots d&apos;invitation</source>
        <translation>A few words of invitation</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="206"/>
        <source>Logo du groupe (PNG ou JPEG)</source>
        <translation>Group&apos;s logo (PNG or JPEG)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="207"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="212"/>
        <source>&amp;Textes du rapport…</source>
        <translation>Report &amp;texts…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="213"/>
        <source>Recommandations et prochaines étapes, remerciements et contact du groupe</source>
        <translation>Recommendations and next steps, acknowledgements and the group&apos;s contact</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="218"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="219"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="220"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="221"/>
        <source>Campagne</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="222"/>
        <source>Comparer avec</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="223"/>
        <source>Couleurs</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="225"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="226"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="227"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="228"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="229"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="241"/>
        <source>&amp;Ouvrir avec ma clé de coach…</source>
        <translation>&amp;Open with my coach key…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="249"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="251"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="347"/>
        <source>La campagne précédente, s&apos;il y en a une</source>
        <translation>The previous campaign, if there is one</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="387"/>
        <source>Textes du rapport enregistrés ; mise à jour de l&apos;aperçu…</source>
        <translation>Report texts saved; updating the preview…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="391"/>
        <source>Logo du groupe</source>
        <translation>Group&apos;s logo</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="391"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="423"/>
        <source>Mise à jour de l&apos;aperçu…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="491"/>
        <source>Aperçu : </source>
        <translation>Preview: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="504"/>
        <source>Sans citations : {n} entretien(s) gardent leurs données personnelles scellées ; une citation pourrait nommer l&apos;un de ces habitants et rien ici ne peut le vérifier.</source>
        <translation>No quotes: {n} interview(s) keep their personal data sealed; a quote could name one of those residents and nothing here can check it.</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="516"/>
        <source>Aperçu impossible : </source>
        <translation>Preview impossible: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="548"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="548"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="558"/>
        <source>Impossible d&apos;écrire le fichier : </source>
        <translation>Cannot write the file: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="561"/>
        <source>Enregistré : </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="577"/>
        <source>Préparation de l&apos;impression…</source>
        <translation>Preparing the print…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="586"/>
        <source>L&apos;imprimante n&apos;a pas pu démarrer.</source>
        <translation>The printer could not start.</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="595"/>
        <source>Envoyé à l&apos;imprimante : </source>
        <translation>Sent to the printer: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="598"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="598"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../coach/project_dialog.py" line="123"/>
        <source>Fiche projet — {title}</source>
        <extracomment>The kinds of the diagnosis a project links to, as the sheet names them.</extracomment>
        <translation>Project sheet — {title}</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="125"/>
        <source>Nouvelle fiche projet</source>
        <translation>New project sheet</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="130"/>
        <source>La fiche</source>
        <translation>The sheet</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="131"/>
        <source>Quand et combien</source>
        <translation>When and how much</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="132"/>
        <source>Le diagnostic</source>
        <translation>The diagnosis</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="133"/>
        <source>Rapport de fin de projet</source>
        <translation>End-of-project report</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="140"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="141"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="152"/>
        <source>Né d&apos;un manque de la grille : des habitants ont exprimé des besoins dans ce thème et aucune action n&apos;y existe. Les besoins, fiches et leviers du diagnostic sont déjà liés (page « Le diagnostic »).</source>
        <translation>Born from a gap of the grid: residents expressed needs in this theme and no action exists there. The diagnosis&apos; needs, items and levers are already linked (page &quot;The diagnosis&quot;).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="188"/>
        <source>par exemple 150</source>
        <translation>e.g. 150</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="194"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="195"/>
        <source>T&amp;hème</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="196"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="197"/>
        <source>Quoi (le but)</source>
        <translation>What (the goal)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="198"/>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="199"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="200"/>
        <source>Qui (le groupe, ses partenaires)</source>
        <translation>Who (the group, its partners)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="201"/>
        <source>Le groupe et ses partenaires, jamais les données personnelles d&apos;un habitant.</source>
        <translation>The group and its partners, never a resident&apos;s personal data.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="203"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="204"/>
        <source>Personnes visées</source>
        <translation>People to reach</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="233"/>
        <source>Date (JJ/MM/AAAA)</source>
        <translation>Date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="233"/>
        <source>Ce qui se passe</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="235"/>
        <source>Poste</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="235"/>
        <source>Montant (€, entier)</source>
        <translation>Amount (€, whole)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="242"/>
        <source>Quand : les étapes du projet</source>
        <translation>When: the project&apos;s milestones</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="246"/>
        <source>Ajouter une étape</source>
        <translation>Add a milestone</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="247"/>
        <source>Retirer l&apos;étape</source>
        <translation>Remove the milestone</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="248"/>
        <source>Combien : les lignes du budget</source>
        <translation>How much: the budget lines</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="252"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="253"/>
        <source>Retirer la ligne</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="258"/>
        <source>Ce que le diagnostic a montré</source>
        <translation>What the diagnosis showed</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="263"/>
        <source>Cochez ce que le projet veut changer : les besoins cités par les ménages ({n} entretiens, campagne « {campaign} »), les fiches de l&apos;état des lieux et, quand le diagnostic carbone est là, ses leviers. Des nombres de ménages, jamais leurs réponses.</source>
        <translation>Tick what the project means to change: the needs households named ({n} interviews, campaign &quot;{campaign}&quot;), the inventory&apos;s items and, when the carbon diagnosis is there, its levers. Numbers of households, never their answers.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="277"/>
        <source>Poste du budget</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="277"/>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="277"/>
        <source>N° de la pièce</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="282"/>
        <source>À remplir quand le projet se termine : le rapport de fin de projet s&apos;imprime avec ces réponses.</source>
        <translation>To fill in when the project ends: the end-of-project report prints with these answers.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="284"/>
        <source>Ce qui a été fait</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="285"/>
        <source>Ce qui a changé</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="286"/>
        <source>Difficultés et apprentissages</source>
        <translation>Difficulties and lessons</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="287"/>
        <source>Et la suite ?</source>
        <translation>What next?</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="288"/>
        <source>Personnes touchées</source>
        <translation>People reached</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="289"/>
        <source>Dépenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="290"/>
        <source>Ajouter une dépense</source>
        <translation>Add an expense</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="291"/>
        <source>Retirer la dépense</source>
        <translation>Remove the expense</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="340"/>
        <source>Total : —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="342"/>
        <source>Total : {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="388"/>
        <source>Besoins cités par les ménages</source>
        <translation>Needs households named</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="392"/>
        <source>moins de {m} ménages</source>
        <translation>fewer than {m} households</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="394"/>
        <source>{count} ménages sur {n}</source>
        <translation>{count} of {n} households</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="401"/>
        <location filename="../coach/project_dialog.py" line="412"/>
        <source>{key} (pas dans ce diagnostic)</source>
        <translation>{key} (not in this diagnosis)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="404"/>
        <source>Fiches de l&apos;état des lieux</source>
        <translation>Inventory items</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="417"/>
        <source>Leviers du diagnostic carbone</source>
        <translation>Carbon diagnosis levers</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="454"/>
        <source>Étape {n} du calendrier : « {date} » n&apos;est pas une date (écrivez JJ/MM/AAAA, par exemple 15/05/2027).</source>
        <translation>Milestone {n}: &quot;{date}&quot; is not a date (write DD/MM/YYYY, e.g. 15/05/2027).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="458"/>
        <source>Étape {n} du calendrier ({date}) : dites ce qui se passe ce jour-là.</source>
        <translation>Milestone {n} ({date}): say what happens that day.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="471"/>
        <source>Ligne {n} du budget : donnez-lui un libellé (à quoi servent les {amount} €).</source>
        <translation>Budget line {n}: give it a label (what the €{amount} are for).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="486"/>
        <source>Dépense {n} : « {amount} » n&apos;est pas un montant en euros (par exemple 182,40).</source>
        <translation>Expense {n}: &quot;{amount}&quot; is not an amount in euros (e.g. 182.40).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="539"/>
        <source>Personnes visées : « {value} » n&apos;est pas un nombre entier.</source>
        <translation>People to reach: &quot;{value}&quot; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="543"/>
        <source>Personnes touchées : « {value} » n&apos;est pas un nombre entier.</source>
        <translation>People reached: &quot;{value}&quot; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="550"/>
        <source>Ligne {n} du budget — {reason} Écrivez un montant entier en euros, par exemple 1200.</source>
        <translation>Budget line {n} — {reason} Write a whole amount in euros, e.g. 1200.</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../coach/projects_list.py" line="122"/>
        <source>Projet</source>
        <extracomment>What saving a sheet changes: the project, and what waits to be sent. The documents a project prints.</extracomment>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="122"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="122"/>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="122"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="123"/>
        <source>Personnes visées</source>
        <translation>People to reach</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="123"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="123"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="134"/>
        <source>Nouveau projet…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="136"/>
        <source>Ouvrir la fiche…</source>
        <translation>Open the sheet…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="138"/>
        <source>Actions d&apos;autres &amp;quartiers…</source>
        <translation>Actions from other &amp;neighbourhoods…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="140"/>
        <source>Imprimer la fiche…</source>
        <translation>Print the sheet…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="142"/>
        <source>Demande de subside…</source>
        <translation>Subsidy request…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="144"/>
        <source>Rapport de fin de projet…</source>
        <translation>End-of-project report…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="155"/>
        <source>Imprimer (PDF, A4) :</source>
        <translation>Print (PDF, A4):</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="162"/>
        <source>Les projets du quartier : qui, quoi, comment, où, quand, combien et pourquoi. Une fiche enregistrée part à la prochaine synchronisation ; la demande de subside reprend la fiche, le diagnostic qui la justifie et le vote du budget participatif.</source>
        <translation>The neighbourhood&apos;s projects: who, what, how, where, when, how much and why. A saved sheet leaves at the next sync; the subsidy request takes up the sheet, the diagnosis behind it and the participatory budget&apos;s vote.</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="201"/>
        <source>manque de la grille</source>
        <translation>gap of the grid</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="202"/>
        <source>v{version} du {date}</source>
        <translation>v{version} of {date}</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="302"/>
        <source>Projet « {title} » enregistré (version {version}) : il partira à la prochaine synchronisation.</source>
        <translation>Project &quot;{title}&quot; saved (version {version}): it will leave at the next sync.</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="317"/>
        <source>Imprimer la fiche projet</source>
        <translation>Print the project sheet</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="318"/>
        <source>Imprimer la demande de subside</source>
        <translation>Print the subsidy request</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="319"/>
        <source>Imprimer le rapport de fin de projet</source>
        <translation>Print the end-of-project report</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="322"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="333"/>
        <source>Fiche projet enregistrée : {path} (pages : {pages})</source>
        <translation>Project sheet saved: {path} (pages: {pages})</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="334"/>
        <source>Demande de subside enregistrée : {path} (pages : {pages})</source>
        <translation>Subsidy request saved: {path} (pages: {pages})</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="335"/>
        <source>Rapport de fin de projet enregistré : {path} (pages : {pages})</source>
        <translation>End-of-project report saved: {path} (pages: {pages})</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../form_filler/repeat_box.py" line="35"/>
        <source>Ajouter : %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="52"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="53"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="54"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ReportTextsDialog</name>
    <message>
        <location filename="../report_texts_dialog.py" line="36"/>
        <source>Textes du rapport — {name}</source>
        <translation>Report texts — {name}</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="41"/>
        <source>Ce que le groupe propose, puis les prochaines étapes…</source>
        <translation>What the group proposes, then the next steps…</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="44"/>
        <source>Les habitants, les bénévoles, les partenaires…</source>
        <translation>The residents, the volunteers, the partners…</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="47"/>
        <source>Nom, téléphone ou adresse e-mail du groupe</source>
        <translation>The group&apos;s name, phone or e-mail address</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="50"/>
        <source>Une ligne vide sépare deux paragraphes ; une ligne qui commence par « - » devient une puce. Les textes sont gardés sur la campagne pour les rapports suivants. Ctrl+Entrée enregistre, Échap annule.</source>
        <translation>A blank line separates two paragraphs; a line starting with “-” becomes a bullet. The texts are kept on the campaign for the next reports. Ctrl+Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="64"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="66"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="74"/>
        <source>&amp;Recommandations et prochaines étapes</source>
        <translation>&amp;Recommendations and next steps</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="75"/>
        <source>Re&amp;merciements</source>
        <translation>&amp;Acknowledgements</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="76"/>
        <source>&amp;Contact du groupe</source>
        <translation>&amp;Contact of the group</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="106"/>
        <source>Textes non enregistrés : </source>
        <translation>Texts not saved: </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../coach/review_dialog.py" line="31"/>
        <source>Approuver {n} entretien ?</source>
        <translation>Approve {n} interview?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="31"/>
        <source>Approuver {n} entretiens ?</source>
        <translation>Approve {n} interviews?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="33"/>
        <source>Marquer {n} entretien « À revoir » ?</source>
        <translation>Mark {n} interview “To revise”?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="34"/>
        <source>Marquer {n} entretiens « À revoir » ?</source>
        <translation>Mark {n} interviews “To revise”?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="36"/>
        <source>Rejeter {n} entretien ?</source>
        <translation>Reject {n} interview?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="36"/>
        <source>Rejeter {n} entretiens ?</source>
        <translation>Reject {n} interviews?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="39"/>
        <source>Approuver {n} entretien</source>
        <translation>Approve {n} interview</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="39"/>
        <source>Approuver {n} entretiens</source>
        <translation>Approve {n} interviews</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="40"/>
        <source>Marquer {n} entretien</source>
        <translation>Mark {n} interview</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="40"/>
        <source>Marquer {n} entretiens</source>
        <translation>Mark {n} interviews</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="41"/>
        <source>Rejeter {n} entretien</source>
        <translation>Reject {n} interview</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="41"/>
        <source>Rejeter {n} entretiens</source>
        <translation>Reject {n} interviews</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="43"/>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="48"/>
        <source>Motif du rejet (obligatoire)</source>
        <translation>Reason for rejection (required)</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="49"/>
        <source>Motif du rejet</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="51"/>
        <source>Commentaire (facultatif)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="52"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="58"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="68"/>
        <source>Un entretien rejeté ne compte plus dans le tableau de bord, l&apos;affiche et le rapport. Vous pourrez changer d&apos;avis.</source>
        <translation>A rejected interview no longer counts in the dashboard, the poster and the report. You can change your mind.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../coach/review_model.py" line="32"/>
        <source>Envoyé le</source>
        <extracomment>Sorted by their text in reading order (accents and case aside); the others as stored.</extracomment>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="33"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="34"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="35"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="36"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="37"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../coach/review_panel.py" line="137"/>
        <source>Filtrer par état</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="137"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="140"/>
        <source>Filtrer par rue</source>
        <translation>Filter by street</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="140"/>
        <source>Toutes les rues</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="142"/>
        <source>Filtrer par bénévole</source>
        <translation>Filter by volunteer</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="142"/>
        <source>Tous les bénévoles</source>
        <translation>All volunteers</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="146"/>
        <source>Envoyés depuis le</source>
        <translation>Sent from</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="147"/>
        <source>Envoyés jusqu&apos;au</source>
        <translation>Sent until</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="151"/>
        <source>Sélection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="153"/>
        <source>Entretiens à relire</source>
        <translation>Interviews to review</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="163"/>
        <source>&amp;Approuver (A)</source>
        <translation>&amp;Approve (A)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="164"/>
        <source>À re&amp;voir (H)</source>
        <translation>To revise (&amp;H)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="165"/>
        <source>Re&amp;jeter (R)</source>
        <translation>Re&amp;ject (R)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="167"/>
        <source>&amp;Ouvrir (Entrée)</source>
        <translation>&amp;Open (Enter)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="171"/>
        <source>Flèches : se déplacer · Espace : (dé)sélectionner · Ctrl+A : tout le filtre · Entrée : lire l&apos;entretien</source>
        <translation>Arrows: move · Space: (de)select · Ctrl+A: the whole filter · Enter: read the interview</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="179"/>
        <source>É&amp;tat :</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="180"/>
        <source>R&amp;ue :</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="181"/>
        <source>&amp;Bénévole :</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="187"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="189"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="258"/>
        <source>{n} entretien affiché</source>
        <translation>{n} interview shown</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="258"/>
        <source>{n} entretiens affichés</source>
        <translation>{n} interviews shown</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="260"/>
        <source>{n} sélectionné</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="260"/>
        <source>{n} sélectionnés</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="292"/>
        <source>Sélectionnez d&apos;abord des entretiens.</source>
        <translation>Select interviews first.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../coach/budget_panel.py" line="153"/>
        <source>Ouvrir un tour de budget participatif</source>
        <extracomment>What entering a ballot did (besides the store&apos;s RECORDED and REPEATED). Ballots printed by default, and at most.</extracomment>
        <translation>Open a participatory budget round</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="155"/>
        <source>par exemple « Budget participatif 2027 »</source>
        <translation>e.g. &quot;Participatory budget 2027&quot;</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="165"/>
        <source>Ouvrir le tour</source>
        <translation>Open the round</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="166"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="170"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="171"/>
        <source>&amp;Enveloppe</source>
        <translation>&amp;Envelope</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="177"/>
        <source>Donnez un titre au tour.</source>
        <translation>Give the round a title.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="34"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="36"/>
        <source>Qui suis-je ?</source>
        <translation>Who am I?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Prénom et nom d&apos;une nouvelle personne</source>
        <translation>First and last name of a new person</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="44"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50"/>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>&amp;Qui suis-je ?</source>
        <translation>&amp;Who am I?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>(prend effet au prochain démarrage)</source>
        <translation>(takes effect at next start)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>Adresse du &amp;serveur</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>(l&apos;inscription auprès du serveur arrive avec la synchronisation)</source>
        <translation>(enrolling with the server comes with sync)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>— personne —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../models/submissions.py" line="28"/>
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="29"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="30"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="31"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="32"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="39"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="39"/>
        <source>Finalisé</source>
        <translation>Finalized</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync_page.py" line="164"/>
        <source>État</source>
        <extracomment>What a sync may change: the state of the page, what was sent, and whatever a pull brings.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="166"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="167"/>
        <source>Cet ordinateur :</source>
        <translation>This computer:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="168"/>
        <source>En attente :</source>
        <translation>Waiting:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="169"/>
        <source>Dernière synchronisation :</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="172"/>
        <source>Inscription auprès d&apos;un serveur</source>
        <translation>Enrolment with a server</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="175"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="177"/>
        <source>Collez ici le code reçu du coach</source>
        <translation>Paste the code from your coach here</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="178"/>
        <source>Code d&apos;inscription</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="180"/>
        <source>Inscrire cet ordinateur</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="183"/>
        <source>Adresse du serveur :</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="184"/>
        <source>Code d&apos;inscription :</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="189"/>
        <source>Le code est imprimé sous le QR code que vous a remis votre coach : recopiez-le ou collez-le (le lien complet du QR code convient aussi et remplit l&apos;adresse du serveur).</source>
        <translation>The code is printed under the QR code your coach gave you: type it or paste it (the QR code&apos;s full link works too and fills in the server address).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="198"/>
        <source>Session de coach</source>
        <translation>Coach session</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="201"/>
        <source>Se connecter comme coach…</source>
        <translation>Log in as a coach…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="203"/>
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="215"/>
        <source>Pour les coachs : tant que la session est ouverte, la synchronisation reçoit tout le quartier (les entretiens de tous les bénévoles) et envoie vos relectures et vos résolutions de conflits. Fermez-la avant de confier cet ordinateur à quelqu&apos;un d&apos;autre.</source>
        <translation>For coaches: while the session is open, the sync receives the whole neighbourhood (every volunteer&apos;s interviews) and sends your reviews and conflict resolutions. Close it before handing this computer to someone else.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="224"/>
        <source>Envoi et réception</source>
        <translation>Sending and receiving</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="225"/>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="240"/>
        <source>Envoie les entretiens et l&apos;inventaire en attente, puis reçoit ce que les autres ont changé. Une synchronisation interrompue reprend là où elle s&apos;est arrêtée : rien n&apos;est perdu ni envoyé deux fois.</source>
        <translation>Sends the waiting interviews and inventory, then receives what others changed. An interrupted sync resumes where it stopped: nothing is lost or sent twice.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="248"/>
        <source>Paquets hors ligne (clé USB, e-mail)</source>
        <translation>Offline bundles (USB key, e-mail)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="249"/>
        <source>Exporter un paquet…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="251"/>
        <source>Importer un paquet…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="261"/>
        <source>Exporter : tout ce qui attend d&apos;être envoyé, dans un fichier à remettre au coach ; les modifications restent en attente jusqu&apos;à la prochaine synchronisation. Importer (coach) : le paquet d&apos;un bénévole entre dans votre base de regroupement, avec les mêmes règles qu&apos;un envoi ; un paquet abîmé ou modifié est refusé en entier.</source>
        <translation>Export: everything waiting to be sent, in a file for your coach; the changes keep waiting until the next sync. Import (coach): a volunteer&apos;s bundle goes into your hub database, with the same rules as a push; a damaged or altered bundle is refused whole.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="311"/>
        <source>Comptage des modifications à envoyer…</source>
        <translation>Counting the changes to send…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="339"/>
        <source>%1 (pas encore inscrit)</source>
        <translation>%1 (not enrolled yet)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="342"/>
        <source>pas encore choisi (Fichier → Paramètres, ou inscription ci-dessous)</source>
        <translation>not chosen yet (File → Settings, or enrolment below)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="346"/>
        <source>inscrit dans le quartier « %1 » (appareil %2)</source>
        <translation>enrolled in the neighbourhood “%1” (device %2)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="351"/>
        <source>pas encore inscrit</source>
        <translation>not enrolled yet</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="355"/>
        <source>%1 modification(s) en attente d&apos;envoi</source>
        <translation>%1 change(s) waiting to be sent</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="366"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="373"/>
        <source>Session ouverte pour « %1 ».</source>
        <translation>Session open for “%1”.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="375"/>
        <source>Session ouverte.</source>
        <translation>Session open.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="379"/>
        <source>La session de « %1 » a expiré : reconnectez-vous pour recevoir de nouveau tout le quartier.</source>
        <translation>The session of “%1” has expired: log in again to receive the whole neighbourhood again.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="382"/>
        <source>Aucune session de coach sur cet ordinateur.</source>
        <translation>No coach session on this computer.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="386"/>
        <source>envoyés : %1, reçus : %2, conflits : %3</source>
        <translation>sent: %1, received: %2, conflicts: %3</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="392"/>
        <source>, déjà reçus par le serveur : %1</source>
        <translation>, already received by the server: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="396"/>
        <source>, refusés : %1</source>
        <translation>, refused: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="405"/>
        <location filename="../sync_page.py" line="554"/>
        <source>Inscrivez d&apos;abord cet ordinateur avec un code du coach.</source>
        <translation>First enrol this computer with a code from your coach.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="456"/>
        <source>Envoi… %v / %m</source>
        <translation>Sending… %v / %m</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="456"/>
        <source>Réception… %v</source>
        <translation>Receiving… %v</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="471"/>
        <source>Indiquez l&apos;adresse du serveur et le code d&apos;inscription.</source>
        <translation>Enter the server address and the enrolment code.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="476"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>The server address starts with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="483"/>
        <source>Inscription…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="490"/>
        <source>Inscrit dans le quartier « %1 » (appareil %2).</source>
        <translation>Enrolled in the neighbourhood “%1” (device %2).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="511"/>
        <source>Session de coach ouverte : la prochaine synchronisation reçoit tout le quartier.</source>
        <translation>Coach session open: the next sync receives the whole neighbourhood.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="531"/>
        <source>Fermeture de la session de coach…</source>
        <translation>Closing the coach session…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="537"/>
        <source>Session de coach fermée : cet ordinateur ne reçoit plus que ce que reçoivent les bénévoles. Ce qu&apos;il a déjà reçu y reste.</source>
        <translation>Coach session closed: this computer now receives only what volunteers receive. What it already received stays on it.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="542"/>
        <source>Le serveur n&apos;a pas pu être prévenu : la session y expirera d&apos;elle-même.</source>
        <translation>The server could not be told: the session will expire there on its own.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="570"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="573"/>
        <source>Synchronisation terminée : %1.</source>
        <translation>Sync finished: %1.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="578"/>
        <source>%1 modification(s) attendent : le serveur ne les accepte pas encore. Rien n&apos;est perdu : elles partiront quand le serveur sera mis à jour.</source>
        <translation>%1 change(s) are waiting: the server does not accept them yet. Nothing is lost: they leave once the server is upgraded.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="583"/>
        <source>La session de coach a expiré : seul ce que reçoivent les bénévoles est arrivé. Reconnectez-vous (Session de coach) pour recevoir tout le quartier.</source>
        <translation>The coach session has expired: only what volunteers receive came in. Log in again (Coach session) to receive the whole neighbourhood.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="596"/>
        <source>Exporter un paquet</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="598"/>
        <location filename="../sync_page.py" line="630"/>
        <source>Paquets Quartier (%1)</source>
        <translation>Quartier bundles (%1)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="608"/>
        <source>Export du paquet…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="615"/>
        <source>%1 modification(s) et %2 fichier(s) joint(s) écrits dans %3. Elles restent en attente jusqu&apos;à la prochaine synchronisation.</source>
        <translation>%1 change(s) and %2 attachment(s) written to %3. They keep waiting until the next sync.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="628"/>
        <source>Importer un paquet</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="644"/>
        <source>Import du paquet…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="651"/>
        <source>Paquet importé : %1 modification(s), %2 fichier(s) joint(s) — %3 nouvelles, %4 déjà reçues. Elles partiront au serveur à la prochaine synchronisation.</source>
        <translation>Bundle imported: %1 change(s), %2 attached file(s) — %3 new, %4 already received. They will go to the server at the next sync.</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="564"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
</TS>
