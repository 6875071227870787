<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="fr">
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
        <translation>Wijk van de projecten en de begroting</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="37"/>
        <source>Langue des documents imprimés</source>
        <translation>Taal van de afgedrukte documenten</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="47"/>
        <source>Grille de benchmark</source>
        <translation>Benchmarkrooster</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="48"/>
        <source>Projets</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="49"/>
        <source>Budget participatif</source>
        <translation>Participatieve begroting</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="50"/>
        <source>&amp;Quartier :</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <location filename="../coach/actions_panel.py" line="56"/>
        <source>Documents imprimés en :</source>
        <translation>Documenten afgedrukt in:</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../coach/bar_chart.py" line="46"/>
        <source>Copier l&apos;image</source>
        <extracomment>Pixels per point of a saved PNG: sharp in a document or a slide.</extracomment>
        <translation>Afbeelding kopiëren</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="47"/>
        <source>Enregistrer l&apos;image (PNG, SVG)…</source>
        <translation>Afbeelding opslaan (PNG, SVG)…</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="110"/>
        <source>Aucune donnée</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="160"/>
        <source>Image PNG (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="160"/>
        <source>Dessin SVG (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location filename="../coach/bar_chart.py" line="163"/>
        <source>Enregistrer le graphique</source>
        <translation>Grafiek opslaan</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../coach/budget_panel.py" line="236"/>
        <source>Tour de budget participatif</source>
        <translation>Ronde van de participatieve begroting</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="238"/>
        <source>Ouvrir un tour…</source>
        <translation>Een ronde openen…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="240"/>
        <source>Clôturer le tour…</source>
        <translation>De ronde afsluiten…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="247"/>
        <source>Tour :</source>
        <translation>Ronde:</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="254"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="254"/>
        <source>Projet proposé</source>
        <translation>Voorgesteld project</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="255"/>
        <location filename="../coach/budget_panel.py" line="256"/>
        <location filename="../coach/budget_panel.py" line="341"/>
        <source>Coût</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="256"/>
        <source>Projet du quartier</source>
        <translation>Project van de wijk</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="257"/>
        <source>Peut-il être proposé ?</source>
        <translation>Kan het voorgesteld worden?</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="262"/>
        <source>Coût proposé</source>
        <translation>Voorgestelde kosten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="266"/>
        <source>Proposer au vote</source>
        <translation>Ter stemming voorleggen</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="269"/>
        <source>Coût proposé :</source>
        <translation>Voorgestelde kosten:</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="273"/>
        <source>Les projets</source>
        <translation>De projecten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="283"/>
        <source>n° du bulletin, par exemple 017</source>
        <translation>nr. van het stembiljet, bijvoorbeeld 017</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="284"/>
        <source>Numéro du ménage</source>
        <translation>Nummer van het huishouden</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="290"/>
        <source>Proposez d&apos;abord des projets au vote.</source>
        <translation>Leg eerst projecten ter stemming voor.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="293"/>
        <source>Enregistrer le bulletin</source>
        <translation>Stembiljet opslaan</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="298"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="298"/>
        <source>Ménage</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="298"/>
        <source>Projets approuvés</source>
        <translation>Goedgekeurde projecten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="299"/>
        <source>Compté</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="304"/>
        <source>Retirer le bulletin de ce ménage</source>
        <translation>Stembiljet van dit huishouden intrekken</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="309"/>
        <source>Nombre de bulletins à imprimer</source>
        <translation>Aantal af te drukken stembiljetten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="312"/>
        <source>Numéro du premier bulletin</source>
        <translation>Nummer van het eerste stembiljet</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="313"/>
        <source>Imprimer les bulletins…</source>
        <translation>Stembiljetten afdrukken…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="316"/>
        <source>&amp;Ménage n°</source>
        <translation>&amp;Huishouden nr.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="317"/>
        <source>Approuve</source>
        <translation>Keurt goed</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="320"/>
        <source>Bulletins numérotés :</source>
        <translation>Genummerde stembiljetten:</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="322"/>
        <source>à partir du n°</source>
        <translation>vanaf nr.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="326"/>
        <source>Les bulletins (un par ménage)</source>
        <translation>De stembiljetten (één per huishouden)</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="328"/>
        <source>Tapez le numéro du bulletin (celui du ménage), cochez les projets qu&apos;il approuve, puis Entrée. Le même ménage encodé deux fois ne compte qu&apos;une fois.</source>
        <translation>Typ het nummer van het stembiljet (dat van het huishouden), vink de projecten aan die het goedkeurt en druk op Enter. Hetzelfde huishouden twee keer ingevoerd telt maar één keer.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="341"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="341"/>
        <source>Voix</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="366"/>
        <source>Imprimer le dépouillement…</source>
        <translation>De telling afdrukken…</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="371"/>
        <source>Le dépouillement</source>
        <translation>De telling</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="421"/>
        <source>{title} — {envelope} — clôturé</source>
        <translation>{title} — {envelope} — afgesloten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="424"/>
        <source>{title} — {envelope} — ouvert</source>
        <translation>{title} — {envelope} — open</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="442"/>
        <source>Aucun tour de budget participatif dans ce quartier : ouvrez-en un, avec son enveloppe, puis proposez-y les projets.</source>
        <translation>Geen ronde van de participatieve begroting in deze wijk: open er een, met haar enveloppe, en leg er dan de projecten in voor.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="447"/>
        <source>Tour « {title} », enveloppe {envelope}, clôturé le {date} : le résultat est définitif.</source>
        <translation>Ronde „{title}”, enveloppe {envelope}, afgesloten op {date}: de uitslag is definitief.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="454"/>
        <source>Tour « {title} », enveloppe {envelope}, ouvert le {date}.</source>
        <translation>Ronde „{title}”, enveloppe {envelope}, geopend op {date}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="484"/>
        <location filename="../coach/budget_panel.py" line="515"/>
        <location filename="../coach/budget_panel.py" line="550"/>
        <location filename="../coach/budget_panel.py" line="581"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="496"/>
        <source>il est d&apos;un autre quartier que le tour</source>
        <translation>het hoort bij een andere wijk dan de ronde</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="497"/>
        <source>il a été supprimé</source>
        <translation>het werd verwijderd</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="498"/>
        <source>il est déjà terminé</source>
        <translation>het is al afgerond</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="499"/>
        <source>sa fiche n&apos;a pas de ligne de budget (ouvrez la fiche, page « Quand et combien »)</source>
        <translation>de fiche heeft geen begrotingslijn (open de fiche, pagina „Wanneer en hoeveel”)</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="501"/>
        <source>son coût doit être plus que 0 €</source>
        <translation>de kosten moeten meer dan 0 € zijn</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="502"/>
        <source>il coûte {cost}, plus que l&apos;enveloppe ({envelope})</source>
        <translation>het kost {cost}, meer dan de enveloppe ({envelope})</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="509"/>
        <source>déjà proposé ({code})</source>
        <translation>al voorgesteld ({code})</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="511"/>
        <source>non : le vote a commencé</source>
        <translation>nee: de stemming is begonnen</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="516"/>
        <source>non : {reasons}</source>
        <translation>nee: {reasons}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="546"/>
        <source>« {title} » à {cost} — peut être proposé : {verdict}</source>
        <translation>„{title}” voor {cost} — kan voorgesteld worden: {verdict}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="579"/>
        <source>aucun</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="580"/>
        <source>non : encodé deux fois, compte une fois</source>
        <translation>nee: twee keer ingevoerd, telt één keer</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="590"/>
        <source>Bulletins encodés : {ballots} · ménages comptés : {households}</source>
        <translation>Ingevoerde stembiljetten: {ballots} · getelde huishoudens: {households}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="593"/>
        <source>encodés deux fois, comptés une fois : {n}</source>
        <translation>twee keer ingevoerd, één keer geteld: {n}</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="608"/>
        <source>Le dépouillement se fait dès qu&apos;un projet est proposé et se met à jour à chaque bulletin.</source>
        <translation>De telling begint zodra een project is voorgesteld en wordt bij elk stembiljet bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="617"/>
        <source>Bulletins comptés, un par ménage : {ballots} · enveloppe : {envelope}.</source>
        <translation>Getelde stembiljetten, één per huishouden: {ballots} · enveloppe: {envelope}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="675"/>
        <source>Le vote a commencé : la liste des projets ne change plus.</source>
        <translation>De stemming is begonnen: de lijst van projecten ligt vast.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="704"/>
        <source>Tour « {title} » ouvert, enveloppe {envelope} : proposez-y les projets.</source>
        <translation>Ronde „{title}” geopend, enveloppe {envelope}: leg er de projecten in voor.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="717"/>
        <source>Clôturer le tour</source>
        <translation>De ronde afsluiten</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="718"/>
        <source>Clôturer le tour « {title} » ? Plus aucun bulletin ne pourra y entrer et le dépouillement sera définitif.</source>
        <translation>De ronde „{title}” afsluiten? Er kan geen stembiljet meer bij en de telling wordt definitief.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="741"/>
        <source>{code} : « {title} » proposé au vote pour {cost}.</source>
        <translation>{code}: „{title}” ter stemming voorgelegd voor {cost}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="771"/>
        <source>Tapez d&apos;abord le numéro du ménage (celui de son bulletin).</source>
        <translation>Typ eerst het nummer van het huishouden (dat van zijn stembiljet).</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="782"/>
        <source>Un bulletin par ménage</source>
        <translation>Eén stembiljet per huishouden</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="783"/>
        <source>Le ménage {household} a déjà un bulletin ({before}). Le remplacer par celui-ci ({after}) ? Le ménage ne compte qu&apos;une fois.</source>
        <translation>Huishouden {household} heeft al een stembiljet ({before}). Vervangen door dit ({after})? Het huishouden telt maar één keer.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="785"/>
        <location filename="../coach/budget_panel.py" line="786"/>
        <location filename="../coach/budget_panel.py" line="796"/>
        <source>aucun projet</source>
        <translation>geen project</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="791"/>
        <source>Bulletin du ménage {household} non remplacé : le premier reste.</source>
        <translation>Stembiljet van huishouden {household} niet vervangen: het eerste blijft.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="800"/>
        <source>Le ménage {household} avait déjà exactement ce bulletin : encodé deux fois, il ne compte qu&apos;une fois.</source>
        <translation>Huishouden {household} had al precies dit stembiljet: twee keer ingevoerd, telt het maar één keer.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="803"/>
        <source>Le bulletin du ménage {household} remplace le précédent ({before} → {after}) : il compte une fois.</source>
        <translation>Het stembiljet van huishouden {household} vervangt het vorige ({before} → {after}): het telt één keer.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="806"/>
        <source>Bulletin du ménage {household} enregistré : {after}.</source>
        <translation>Stembiljet van huishouden {household} opgeslagen: {after}.</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="824"/>
        <source>Bulletin du ménage {household} retiré (encodages retirés : {n}).</source>
        <translation>Stembiljet van huishouden {household} ingetrokken (ingetrokken invoeren: {n}).</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="835"/>
        <source>Imprimer les bulletins</source>
        <translation>Stembiljetten afdrukken</translation>
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
        <translation>Stembiljetten genummerd van {first} tot {last}: {path} (A4-pagina&apos;s: {pages})</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="863"/>
        <source>Imprimer le dépouillement</source>
        <translation>De telling afdrukken</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="882"/>
        <source>Dépouillement enregistré : {path}</source>
        <translation>Telling opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../coach/campaign_dialog.py" line="74"/>
        <source>Nouvelle campagne</source>
        <extracomment>What the protocol accepts (sync.wire.protocol.CampaignRequest). A new campaign lasts a month by default: the diagnosis&apos;s month of interviews.</extracomment>
        <translation>Nieuwe campagne</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="76"/>
        <source>Modifier la campagne « {name} »</source>
        <translation>Campagne « {name} » wijzigen</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="80"/>
        <source>Diagnostic partagé, printemps</source>
        <translation>Gedeelde stand van zaken, lente</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="85"/>
        <source>non fixé</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="86"/>
        <source> foyers</source>
        <translation> huishoudens</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="89"/>
        <source>Une rue par ligne, par exemple :
Rue Haute
Rue Blaes</source>
        <translation>Eén straat per regel, bijvoorbeeld:
Hoogstraat
Blaesstraat</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="94"/>
        <source>Importer un CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="108"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="109"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="153"/>
        <source>Aucun formulaire sur cet ordinateur.</source>
        <translation>Geen formulier op deze computer.</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="155"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="156"/>
        <source>&amp;Début :</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="157"/>
        <source>&amp;Fin :</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="158"/>
        <source>&amp;Objectif :</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="159"/>
        <source>&amp;Rues du périmètre :</source>
        <translation>&amp;Straten van het gebied:</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="162"/>
        <source>Formulaires :</source>
        <translation>Formulieren:</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/campaign_dialog.py" line="176"/>
        <source>%n rue(s)</source>
        <translation>
            <numerusform>%n straat</numerusform>
            <numerusform>%n straten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="218"/>
        <source>Donnez un nom à la campagne.</source>
        <translation>Geef de campagne een naam.</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="220"/>
        <source>La fin ({end}) précède le début ({start}) : corrigez les dates.</source>
        <translation>Het einde ({end}) ligt vóór het begin ({start}): verbeter de datums.</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="223"/>
        <source>Au plus {max} rues par campagne (il y en a {count}).</source>
        <translation>Hoogstens {max} straten per campagne (er zijn er {count}).</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="243"/>
        <source>Importer les rues</source>
        <translation>Straten importeren</translation>
    </message>
    <message>
        <location filename="../coach/campaign_dialog.py" line="243"/>
        <source>Tableau CSV (*.csv *.txt)</source>
        <translation>CSV-tabel (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/campaign_dialog.py" line="259"/>
        <source>%n rue(s) ajoutée(s) depuis {file}.</source>
        <translation>
            <numerusform>%n straat toegevoegd uit {file}.</numerusform>
            <numerusform>%n straten toegevoegd uit {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Campagne</source>
        <extracomment>What a campaign saved here changes: the campaigns, and which one is current.</extracomment>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Début</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Fin</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="76"/>
        <source>Foyers visés</source>
        <translation>Beoogde huishoudens</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>Rues</source>
        <translation>Straten</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="88"/>
        <source>Nouvelle campagne…</source>
        <translation>Nieuwe campagne…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="90"/>
        <source>Modifier…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="92"/>
        <source>Clôturer…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="94"/>
        <source>Actualiser depuis le serveur</source>
        <translation>Vernieuwen van de server</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="106"/>
        <source>Les campagnes du quartier, enregistrées sur le serveur avec votre session de coach : les ordinateurs des bénévoles les reçoivent à leur prochaine synchronisation.</source>
        <translation>De campagnes van de wijk, op de server bewaard met uw coachsessie: de computers van de vrijwilligers ontvangen ze bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="138"/>
        <source>clôturée le {date}</source>
        <translation>afgesloten op {date}</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="140"/>
        <source>ouverte</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="224"/>
        <source>Campagne « {name} » enregistrée sur le serveur : les bénévoles la recevront à leur prochaine synchronisation.</source>
        <translation>Campagne « {name} » op de server bewaard: de vrijwilligers ontvangen ze bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="245"/>
        <source>Clôturer la campagne</source>
        <translation>Campagne afsluiten</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="246"/>
        <source>Clôturer la campagne « {name} » ? Les bénévoles ne la verront plus comme campagne en cours après leur prochaine synchronisation ; les entretiens déjà faits restent.</source>
        <translation>Campagne « {name} » afsluiten? Na hun volgende synchronisatie zien de vrijwilligers ze niet meer als lopende campagne; de afgenomen gesprekken blijven.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="260"/>
        <source>Campagne « {name} » clôturée.</source>
        <translation>Campagne « {name} » afgesloten.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="35"/>
        <source>Actions partagées par d&apos;autres quartiers</source>
        <translation>Acties gedeeld door andere wijken</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="37"/>
        <source>Thème</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="38"/>
        <source>Tous les thèmes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="43"/>
        <source>Actions partagées</source>
        <translation>Gedeelde acties</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="51"/>
        <source>Copier comme idée de projet</source>
        <translation>Kopiëren als projectidee</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="54"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="59"/>
        <source>Thème :</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="86"/>
        <source>Aucune action partagée pour le moment : elles arrivent avec la synchronisation, quand d&apos;autres quartiers en partagent.</source>
        <translation>Nog geen gedeelde acties: ze komen met de synchronisatie, wanneer andere wijken er delen.</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="111"/>
        <source>Quartier : %1</source>
        <translation>Wijk: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="112"/>
        <source>Porté par : %1</source>
        <translation>Gedragen door: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="113"/>
        <source>Thème : %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="114"/>
        <source>Étape : %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../coach/catalogue_dialog.py" line="131"/>
        <source>Idée de projet « %1 » créée dans %2 : elle part à la prochaine synchronisation.</source>
        <translation>Projectidee « %1 » aangemaakt in %2: ze vertrekt bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>CoachKeyDialog</name>
    <message>
        <location filename="../coach_key_dialog.py" line="50"/>
        <source>Clé de coach</source>
        <translation>Coachsleutel</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="53"/>
        <source>Entretiens aux données personnelles scellées pour les coaches (nom, téléphone, e-mail des habitants) : {n}. Tapez la phrase de passe de votre clé de coach pour les ouvrir dans cette fenêtre : la clé reste en mémoire jusqu&apos;à sa fermeture, elle n&apos;est écrite nulle part.</source>
        <translation>Gesprekken met persoonsgegevens verzegeld voor de coaches (naam, telefoon, e-mail van de bewoners): {n}. Typ de wachtzin van uw coachsleutel om ze in dit venster te openen: de sleutel blijft in het geheugen tot het venster sluit en wordt nergens weggeschreven.</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="63"/>
        <source>&amp;Phrase de passe</source>
        <translation>&amp;Wachtzin</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="71"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="75"/>
        <source>Continuer &amp;sans données personnelles</source>
        <translation>Doorgaan &amp;zonder persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../coach_key_dialog.py" line="97"/>
        <source>Déverrouillage…</source>
        <translation>Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>CoachLoginDialog</name>
    <message>
        <location filename="../coach_login.py" line="135"/>
        <source>Session de coach</source>
        <translation>Coachsessie</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="149"/>
        <source>Se connecter</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="152"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="163"/>
        <source>Tant que la session est ouverte, chaque synchronisation reçoit tout le quartier, entretiens compris, et envoie vos relectures et vos résolutions de conflits.</source>
        <translation>Zolang de sessie open is, ontvangt elke synchronisatie de hele wijk, interviews inbegrepen, en verstuurt ze uw nalezingen en uw conflictoplossingen.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="169"/>
        <source>Cet ordinateur n&apos;est encore inscrit nulle part : la connexion l&apos;inscrit comme votre appareil, dans votre quartier.</source>
        <translation>Deze computer is nog nergens ingeschreven: door aan te melden wordt hij ingeschreven als uw toestel, in uw wijk.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="202"/>
        <source>Connexion…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="225"/>
        <source>Votre session de coach est ouverte, mais cet ordinateur n&apos;est pas encore inscrit comme appareil : inscrivez-le avec un code d&apos;inscription du quartier choisi (section Synchronisation).</source>
        <translation>Uw coachsessie is open, maar deze computer is nog niet ingeschreven als toestel: schrijf hem in met een inschrijvingscode van de gekozen wijk (onderdeel Synchronisatie).</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="232"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="252"/>
        <source>Le serveur a refusé ce nom ou ce mot de passe.</source>
        <translation>De server weigerde deze naam of dit wachtwoord.</translation>
    </message>
</context>
<context>
    <name>CoachWorkspace</name>
    <message>
        <location filename="../coach/workspace.py" line="97"/>
        <source>Actualis&amp;er</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="99"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="105"/>
        <source>Déverrouil&amp;ler…</source>
        <translation>Ontgrende&amp;len…</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="145"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="145"/>
        <source>Relecture</source>
        <translation>Nalezing</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="145"/>
        <source>Empreinte</source>
        <translation>Voetafdruk</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="146"/>
        <source>Doublons</source>
        <translation>Dubbels</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="146"/>
        <source>Conflits d&apos;inventaire</source>
        <translation>Inventarisconflicten</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="147"/>
        <source>Campagnes</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="147"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="192"/>
        <source>toutes les campagnes</source>
        <translation>alle campagnes</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="193"/>
        <source>Coach — {campaign}</source>
        <translation>Coach — {campaign}</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="213"/>
        <source>Entretiens aux données personnelles scellées : {n} ; cet ordinateur n&apos;a pas de clé de coach pour les ouvrir.</source>
        <translation>Gesprekken met verzegelde persoonsgegevens: {n}; deze computer heeft geen coachsleutel om ze te openen.</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="216"/>
        <source>Entretiens aux données personnelles scellées pour une autre clé de coach que celle de cet ordinateur : {n}.</source>
        <translation>Gesprekken met persoonsgegevens verzegeld voor een andere coachsleutel dan die van deze computer: {n}.</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="219"/>
        <source>Entretiens aux données personnelles scellées : {n}</source>
        <translation>Gesprekken met verzegelde persoonsgegevens: {n}</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="257"/>
        <source>Exporter les données</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="293"/>
        <source>Exporté : {files} ({n} entretiens)</source>
        <translation>Geëxporteerd: {files} ({n} gesprekken)</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="297"/>
        <source>données personnelles incluses, export consigné dans {log}</source>
        <translation>persoonsgegevens inbegrepen, export vastgelegd in {log}</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="300"/>
        <source>entretiens aux données personnelles scellées : {n}, colonnes personnelles vides</source>
        <translation>gesprekken met verzegelde persoonsgegevens: {n}, persoonlijke kolommen leeg</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../coach/conflicts_panel.py" line="57"/>
        <source>Session coach…</source>
        <extracomment>The columns of the field table; the last one holds the value the coach keeps.</extracomment>
        <translation>Coachsessie…</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Avant</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Ici</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Autre appareil</source>
        <translation>Ander toestel</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="70"/>
        <source>Valeur retenue</source>
        <translation>Gekozen waarde</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="74"/>
        <source>Pour chaque champ, choisissez la valeur à garder ou tapez-en une autre. La décision part à la prochaine synchronisation.</source>
        <translation>Kies voor elk veld de waarde die u bewaart of typ een andere. De beslissing vertrekt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="78"/>
        <source>Résoudre</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="106"/>
        <source>(sans nom)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="108"/>
        <source>{name} — %n champ(s)</source>
        <translation>
            <numerusform>{name} — %n veld</numerusform>
            <numerusform>{name} — %n velden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="113"/>
        <source>Aucun conflit dans l&apos;inventaire partagé : les modifications faites en parallèle ont toutes pu être fusionnées.</source>
        <translation>Geen conflict in de gedeelde inventaris: alle parallelle wijzigingen konden worden samengevoegd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="116"/>
        <source>%n conflit(s) à arbitrer : la même information a été modifiée différemment sur deux appareils.</source>
        <translation>
            <numerusform>%n conflict te beslechten: dezelfde informatie is op twee toestellen verschillend gewijzigd.</numerusform>
            <numerusform>%n conflicten te beslechten: dezelfde informatie is op twee toestellen verschillend gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="159"/>
        <source>Choisir ou taper une valeur…</source>
        <translation>Kies of typ een waarde…</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="186"/>
        <source>Choisissez la valeur à garder pour au moins un champ.</source>
        <translation>Kies voor minstens één veld de waarde die u wilt bewaren.</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="201"/>
        <source>Aucune résolution en attente d&apos;envoi.</source>
        <translation>Geen beslissing die nog verzonden moet worden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="204"/>
        <source>%n résolution(s) partiront à la prochaine synchronisation.</source>
        <translation>
            <numerusform>%n beslissing vertrekt bij de volgende synchronisatie.</numerusform>
            <numerusform>%n beslissingen vertrekken bij de volgende synchronisatie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="207"/>
        <source>%n résolution(s) en attente : ouvrez une session coach pour qu&apos;elles partent à la synchronisation.</source>
        <translation>
            <numerusform>%n beslissing wacht: open een coachsessie zodat ze met de synchronisatie vertrekt.</numerusform>
            <numerusform>%n beslissingen wachten: open een coachsessie zodat ze met de synchronisatie vertrekken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="220"/>
        <source>Fiche supprimée</source>
        <translation>Fiche verwijderd</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="224"/>
        <source>(vide)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="226"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="226"/>
        <source>non</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../coach/dashboard.py" line="115"/>
        <source>Filtrer par rue</source>
        <extracomment>The target that matches the filter: the campaign&apos;s, a street&apos;s share, or none. analysis.compare_campaigns&apos; table, when an earlier campaign is chosen.</extracomment>
        <translation>Filteren op straat</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="117"/>
        <source>Filtrer par bénévole</source>
        <translation>Filteren op vrijwilliger</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="121"/>
        <source>Comparer avec une campagne précédente</source>
        <translation>Vergelijken met een vorige campagne</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="124"/>
        <source>Questions à afficher</source>
        <translation>Te tonen vragen</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="130"/>
        <location filename="../coach/dashboard.py" line="341"/>
        <source>Ménages atteints par rue</source>
        <translation>Bereikte huishoudens per straat</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="131"/>
        <source>Besoins et envies par thème (mentions)</source>
        <translation>Noden en wensen per thema (vermeldingen)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="135"/>
        <source>Comparaison avec la campagne précédente</source>
        <translation>Vergelijking met de vorige campagne</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="158"/>
        <source>R&amp;ue :</source>
        <translation>S&amp;traat:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="159"/>
        <source>&amp;Bénévole :</source>
        <translation>&amp;Vrijwilliger:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="160"/>
        <source>&amp;Comparer avec :</source>
        <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="169"/>
        <source>&amp;Questions affichées :</source>
        <translation>&amp;Getoonde vragen:</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="192"/>
        <source>(aucune comparaison)</source>
        <translation>(geen vergelijking)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="276"/>
        <source>{n} ménages atteints par {volunteer} (pas d&apos;objectif par bénévole)</source>
        <translation>{n} huishoudens bereikt door {volunteer} (geen doel per vrijwilliger)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="279"/>
        <source>{n} ménages atteints dans cette rue (pas d&apos;objectif pour cette rue : elle n&apos;est pas dans le périmètre de la campagne, ou la campagne n&apos;a pas d&apos;objectif)</source>
        <translation>{n} huishoudens bereikt in deze straat (geen doel voor deze straat: ze ligt niet in de perimeter van de campagne, of de campagne heeft geen doel)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="283"/>
        <source>{n} ménages atteints (la campagne n&apos;a pas d&apos;objectif)</source>
        <translation>{n} huishoudens bereikt (de campagne heeft geen doel)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="287"/>
        <source>{n} ménages atteints dans cette rue sur {target} visés ({percent}) — la part de la rue dans l&apos;objectif de la campagne, réparti également sur les rues du périmètre</source>
        <translation>{n} huishoudens bereikt in deze straat op {target} beoogd ({percent}) — het aandeel van de straat in het doel van de campagne, gelijk verdeeld over de straten van de perimeter</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="291"/>
        <source>{n} ménages atteints sur {target} visés ({percent})</source>
        <translation>{n} huishoudens bereikt op {target} beoogd ({percent})</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="319"/>
        <source>{label} ({n} réponses)</source>
        <translation>{label} ({n} antwoorden)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="332"/>
        <source>Ménages atteints par rue, en % de l&apos;objectif de la rue</source>
        <translation>Bereikte huishoudens per straat, in % van het doel van de straat</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="352"/>
        <source>Comparaison avec « {campaign} » (% des répondants ; moyenne pour les nombres)</source>
        <translation>Vergelijking met ‘{campaign}’ (% van de respondenten; gemiddelde voor getallen)</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Réponse</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Avant</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="356"/>
        <source>Maintenant</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="357"/>
        <source>Écart</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="361"/>
        <source>moyenne</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="186"/>
        <source>Toutes les rues</source>
        <translation>Alle straten</translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="189"/>
        <source>Tous les bénévoles</source>
        <translation>Alle vrijwilligers</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="454"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="456"/>
        <source>Jour/mois/année · Alt+Bas : calendrier</source>
        <translation>Dag/maand/jaar · Alt+Omlaag: kalender</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="463"/>
        <source>Calendrier (Alt+Bas)</source>
        <translation>Kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="489"/>
        <source>Date non reconnue : jour/mois/année, par ex. 01/12/2026</source>
        <translation>Datum niet herkend: dag/maand/jaar, bv. 01/12/2026</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../coach/duplicates_panel.py" line="55"/>
        <source>Doublons proposés</source>
        <translation>Voorgestelde dubbels</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="58"/>
        <source>Paires déjà décidées</source>
        <translation>Al beslist paren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="59"/>
        <source>A&amp;nnuler cette décision</source>
        <translation>Deze beslissing &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="68"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="68"/>
        <source>Premier entretien</source>
        <translation>Eerste gesprek</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="68"/>
        <source>Second entretien</source>
        <translation>Tweede gesprek</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="70"/>
        <source>Comparaison des réponses</source>
        <translation>Vergelijking van de antwoorden</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="79"/>
        <source>Garder le &amp;premier</source>
        <translation>Het &amp;eerste bewaren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="80"/>
        <source>Garder le &amp;second</source>
        <translation>Het &amp;tweede bewaren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="81"/>
        <source>Garder les &amp;deux (ménages distincts)</source>
        <translation>&amp;Beide bewaren (verschillende huishoudens)</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="82"/>
        <source>&amp;Fusionner dans le premier</source>
        <translation>&amp;Samenvoegen in het eerste</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="124"/>
        <source>Déjà déc&amp;idés ({n})</source>
        <translation>Al besl&amp;ist ({n})</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="126"/>
        <source>Pr&amp;oposés ({n})</source>
        <translation>&amp;Voorgesteld ({n})</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="141"/>
        <source>{n} entretien(s) gardent leur numéro de maison scellé : ils ne sont comparés qu&apos;une fois ouverts avec votre clé de coach.</source>
        <translation>{n} gesprek(ken) houden hun huisnummer verzegeld: ze worden pas vergeleken als uw coachsleutel ze opent.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="170"/>
        <source>gardé : {kept} ; écarté : {other}</source>
        <translation>bewaard: {kept}; afgewezen: {other}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="171"/>
        <source>fusionné dans {kept} ; écarté : {other}</source>
        <translation>samengevoegd in {kept}; afgewezen: {other}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="172"/>
        <source>ménages distincts : {kept} et {other}</source>
        <translation>verschillende huishoudens: {kept} en {other}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="203"/>
        <source>Même adresse ; {n} réponses diffèrent (surlignées) : {fields}</source>
        <translation>Zelfde adres; {n} antwoorden verschillen (gemarkeerd): {fields}</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="236"/>
        <source>Vous pourrez l&apos;annuler dans « Déjà décidés ».</source>
        <translation>U kunt dit ongedaan maken onder ‘Al beslist’.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="240"/>
        <source>L&apos;entretien de {dropped} sera rejeté : il ne comptera plus dans les résultats et son commentaire recevra la mention « Doublon de … ». L&apos;entretien de {kept} reste tel quel.</source>
        <translation>Het gesprek van {dropped} wordt afgewezen: het telt niet meer mee in de resultaten en de opmerking krijgt de vermelding ‘Dubbel van …’. Het gesprek van {kept} blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="246"/>
        <source>Les deux entretiens ({first} ; {second}) restent comptés, chacun dans son état de relecture ; leurs commentaires reçoivent la mention « Pas un doublon de … » et la paire ne sera plus proposée.</source>
        <translation>Beide gesprekken ({first}; {second}) blijven meetellen, elk met zijn eigen nalezingsstatus; hun opmerkingen krijgen de vermelding ‘Geen dubbel van …’ en het paar wordt niet meer voorgesteld.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="253"/>
        <source>Une nouvelle version de l&apos;entretien de {first} sera enregistrée, datée d&apos;aujourd&apos;hui : ses réponses vides seront complétées par celles de {second} ({fields}). Ses autres réponses ne changent pas. L&apos;entretien de {second} sera rejeté avec la mention « Fusionné dans … ».</source>
        <translation>Een nieuwe versie van het gesprek van {first} wordt opgeslagen, met de datum van vandaag: de lege antwoorden worden aangevuld met die van {second} ({fields}). De andere antwoorden veranderen niet. Het gesprek van {second} wordt afgewezen met de vermelding ‘Samengevoegd in …’.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="275"/>
        <source>Garder le premier</source>
        <translation>Het eerste bewaren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="276"/>
        <source>Garder le second</source>
        <translation>Het tweede bewaren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="277"/>
        <source>Garder les deux</source>
        <translation>Beide bewaren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="278"/>
        <source>Fusionner</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="302"/>
        <source>La mention « Pas un doublon de … » sera retirée des commentaires des deux entretiens ; la paire pourra être proposée à nouveau.</source>
        <translation>De vermelding ‘Geen dubbel van …’ wordt uit de opmerkingen van beide gesprekken verwijderd; het paar kan opnieuw worden voorgesteld.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="307"/>
        <source>L&apos;entretien écarté ({other}) reviendra à l&apos;état « Reçu » et la mention sera retirée de son commentaire ; la paire pourra être proposée à nouveau.</source>
        <translation>Het afgewezen gesprek ({other}) krijgt opnieuw de status ‘Ontvangen’ en de vermelding wordt uit de opmerking verwijderd; het paar kan opnieuw worden voorgesteld.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="312"/>
        <source>Une nouvelle version de l&apos;entretien gardé reprendra ses réponses d&apos;avant la fusion.</source>
        <translation>Een nieuwe versie van het bewaarde gesprek neemt de antwoorden van voor de samenvoeging terug over.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="317"/>
        <source>Annuler la décision</source>
        <translation>Beslissing ongedaan maken</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="327"/>
        <source>Confirmer</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="328"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="130"/>
        <source>{address} — ressemblance {score} % — {days} j d&apos;écart</source>
        <translation>{address} — gelijkenis {score} % — {days} d verschil</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="146"/>
        <source>Aucun doublon proposé.</source>
        <translation>Geen dubbels voorgesteld.</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="204"/>
        <location filename="../coach/duplicates_panel.py" line="257"/>
        <source>aucune</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="208"/>
        <source>Bénévole</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="209"/>
        <source>Envoyé le</source>
        <translation>Verzonden op</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../coach/export_dialog.py" line="64"/>
        <source>Exporter les données</source>
        <extracomment>None: choice codes (``--values``); else labels in this language. Only what the dashboard&apos;s filter shows.</extracomment>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="67"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="68"/>
        <source>CSV pour Excel/LibreOffice (.csv)</source>
        <translation>CSV voor Excel/LibreOffice (.csv)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="69"/>
        <source>GeoJSON pour QGIS (.geojson)</source>
        <translation>GeoJSON voor QGIS (.geojson)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="74"/>
        <source>&amp;Libellés des réponses</source>
        <translation>&amp;Labels van de antwoorden</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="75"/>
        <source>C&amp;odes des réponses (comme KoboToolbox)</source>
        <translation>C&amp;odes van de antwoorden (zoals KoboToolbox)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="85"/>
        <source>En-têtes avec les &amp;intitulés des questions</source>
        <translation>Kolomkoppen met de &amp;vraagteksten</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="89"/>
        <source>&amp;Toute la campagne ({n} entretien)</source>
        <translation>&amp;De hele campagne ({n} gesprek)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="90"/>
        <source>&amp;Toute la campagne ({n} entretiens)</source>
        <translation>&amp;De hele campagne ({n} gesprekken)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="95"/>
        <source>&amp;Seulement le filtre du tableau de bord : {filter} ({n})</source>
        <translation>&amp;Alleen de filter van het dashboard: {filter} ({n})</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="99"/>
        <source>&amp;Seulement le filtre du tableau de bord (aucun filtre choisi)</source>
        <translation>&amp;Alleen de filter van het dashboard (geen filter gekozen)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="107"/>
        <source>Inclure les données &amp;personnelles (adresse exacte, nom, téléphone, e-mail)</source>
        <translation>&amp;Persoonsgegevens opnemen (exact adres, naam, telefoon, e-mail)</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="111"/>
        <source>Ce fichier contiendra des données personnelles d&apos;habitants. L&apos;export sera consigné (qui, quand, quelles colonnes, quel fichier) dans {audit}. Gardez le fichier sur cet ordinateur, ne l&apos;envoyez pas par e-mail et supprimez-le quand vous n&apos;en avez plus besoin.</source>
        <translation>Dit bestand zal persoonsgegevens van bewoners bevatten. De export wordt vastgelegd (wie, wanneer, welke kolommen, welk bestand) in {audit}. Bewaar het bestand op deze computer, verstuur het niet per e-mail en verwijder het zodra u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="121"/>
        <source>Entretiens aux données personnelles scellées qui ne sont pas ouvertes (clé de coach verrouillée, ou scellées pour un autre coach) : {n} ; leurs colonnes personnelles resteront vides. Déverrouillez d&apos;abord la clé de coach.</source>
        <translation>Gesprekken met verzegelde persoonsgegevens die niet geopend zijn (coachsleutel vergrendeld, of verzegeld voor een andere coach): {n}; hun persoonlijke kolommen blijven leeg. Ontgrendel eerst de coachsleutel.</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="129"/>
        <source>&amp;Format :</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="130"/>
        <source>Réponses :</source>
        <translation>Antwoorden:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="132"/>
        <source>Lan&amp;gue :</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="134"/>
        <source>Entretiens :</source>
        <translation>Gesprekken:</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="140"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="155"/>
        <source>Exporter avec les données personnelles…</source>
        <translation>Exporteren met de persoonsgegevens…</translation>
    </message>
    <message>
        <location filename="../coach/export_dialog.py" line="155"/>
        <source>Exporter…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../first_start.py" line="89"/>
        <location filename="../first_start.py" line="145"/>
        <source>Bienvenue dans Quartier</source>
        <extracomment>How the server refuses an enrolment code: unknown, expired, revoked or used (403), or not even shaped like one (422).</extracomment>
        <translation>Welkom bij Quartier</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="133"/>
        <source>← Retour</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="147"/>
        <source>Cet ordinateur ne connaît encore aucun quartier. Comment voulez-vous commencer ?</source>
        <translation>Deze computer kent nog geen enkele wijk. Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="152"/>
        <source>J&apos;ai un code ou une carte d&apos;inscription</source>
        <translation>Ik heb een code of een inschrijvingskaart</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="154"/>
        <source>Votre coach vous a remis un code ou une carte avec un QR code : cet ordinateur rejoint votre quartier et reçoit ses formulaires.</source>
        <translation>Uw coach gaf u een code of een kaart met een QR-code: deze computer sluit zich aan bij uw wijk en ontvangt haar formulieren.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="160"/>
        <location filename="../first_start.py" line="226"/>
        <source>Je coordonne</source>
        <translation>Ik coördineer</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="162"/>
        <source>Vous êtes coach : connectez-vous au serveur avec votre nom et votre mot de passe.</source>
        <translation>U bent coach: meld u aan bij de server met uw naam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="168"/>
        <source>Essayer la démo</source>
        <translation>De demo proberen</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="170"/>
        <source>Un quartier imaginaire, avec ses entretiens et son inventaire, dans un fichier à part : vos propres données ne sont pas touchées.</source>
        <translation>Een denkbeeldige wijk, met haar gesprekken en inventaris, in een apart bestand: uw eigen gegevens blijven onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="176"/>
        <location filename="../first_start.py" line="264"/>
        <source>Travailler sans serveur</source>
        <translation>Werken zonder server</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="178"/>
        <source>Créez votre quartier et votre campagne sur cet ordinateur. Vous pourrez les relier à un serveur plus tard.</source>
        <translation>Maak uw wijk en uw campagne aan op deze computer. U kunt ze later aan een server koppelen.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="190"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="191"/>
        <source>L&apos;assistant reste dans le menu Fichier.</source>
        <translation>De assistent blijft in het menu Bestand.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="199"/>
        <location filename="../first_start.py" line="219"/>
        <source>Inscrire cet ordinateur</source>
        <translation>Deze computer inschrijven</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="201"/>
        <source>Recopiez le code imprimé sous le QR code de votre carte, ou collez le lien du QR code : il contient aussi l&apos;adresse du serveur.</source>
        <translation>Neem de code over die onder de QR-code op uw kaart staat, of plak de link van de QR-code: die bevat ook het serveradres.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="206"/>
        <source>Code ou lien quartier://enrol?…</source>
        <translation>Code of link quartier://enrol?…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="207"/>
        <source>Code d&apos;inscription</source>
        <translation>Inschrijvingscode</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="211"/>
        <source>Adresse du serveur</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="213"/>
        <source>&amp;Code ou lien :</source>
        <translation>&amp;Code of link:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="214"/>
        <source>Adresse du &amp;serveur :</source>
        <translation>&amp;Serveradres:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="217"/>
        <source>Avec un code seul, indiquez l&apos;adresse que votre coach vous a donnée.</source>
        <translation>Met alleen een code: vul het adres in dat uw coach u gaf.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="228"/>
        <source>Connectez-vous avec le compte de coach que l&apos;administrateur du serveur vous a créé. La première synchronisation apporte vos quartiers.</source>
        <translation>Meld u aan met het coachaccount dat de beheerder van de server voor u aanmaakte. De eerste synchronisatie brengt uw wijken.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="237"/>
        <source>Se connecter</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="239"/>
        <source>Inscrire avec un code…</source>
        <translation>Inschrijven met een code…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="241"/>
        <source>Terminer</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="250"/>
        <source>Démonstration</source>
        <translation>Demonstratie</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="252"/>
        <source>Construction d&apos;un quartier imaginaire (les Marolles, à Bruxelles) avec %1 entretiens, son inventaire et ses bénévoles, dans le fichier %2. Vos propres données restent où elles sont.</source>
        <translation>Er wordt een denkbeeldige wijk gebouwd (de Marollen, in Brussel) met %1 gesprekken, haar inventaris en haar vrijwilligers, in het bestand %2. Uw eigen gegevens blijven waar ze zijn.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="266"/>
        <source>Votre quartier et votre campagne restent sur cet ordinateur. Si votre groupe rejoint un serveur plus tard, ils y seront rattachés à l&apos;inscription.</source>
        <translation>Uw wijk en uw campagne blijven op deze computer. Sluit uw groep later aan bij een server, dan worden ze bij de inschrijving daaraan gekoppeld.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="272"/>
        <source>par exemple : Marolles</source>
        <translation>bijvoorbeeld: Marollen</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="276"/>
        <source>Diagnostic partagé %1</source>
        <translation>Gedeelde diagnose %1</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="282"/>
        <source>non fixé</source>
        <translation>niet bepaald</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="284"/>
        <location filename="../first_start.py" line="325"/>
        <source>Prénom et nom</source>
        <translation>Voornaam en naam</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="287"/>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="291"/>
        <source>au</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="295"/>
        <source>Nom du &amp;quartier :</source>
        <translation>Naam van de &amp;wijk:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="296"/>
        <source>&amp;Commune :</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="299"/>
        <source>Nom de la c&amp;ampagne :</source>
        <translation>Naam van de &amp;campagne:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="300"/>
        <source>Du :</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="301"/>
        <source>&amp;Ménages visés :</source>
        <translation>Beoogde &amp;huishoudens:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="302"/>
        <source>&amp;Votre nom :</source>
        <translation>&amp;Uw naam:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="304"/>
        <source>Nom du quartier</source>
        <translation>Naam van de wijk</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="305"/>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="306"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="307"/>
        <source>Nom de la campagne</source>
        <translation>Naam van de campagne</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="308"/>
        <source>Début de la campagne</source>
        <translation>Begin van de campagne</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="309"/>
        <source>Fin de la campagne</source>
        <translation>Einde van de campagne</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="310"/>
        <source>Ménages visés</source>
        <translation>Beoogde huishoudens</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="311"/>
        <location filename="../first_start.py" line="326"/>
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="315"/>
        <source>Créer le quartier</source>
        <translation>De wijk aanmaken</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="321"/>
        <source>Comment vous appelez-vous ?</source>
        <translation>Hoe heet u?</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="332"/>
        <source>Votre nom accompagne les entretiens et les fiches que vous enregistrez sur cet ordinateur. Vous pourrez le changer dans Fichier → Paramètres.</source>
        <translation>Uw naam staat bij de gesprekken en fiches die u op deze computer opslaat. U kunt hem wijzigen in Bestand → Instellingen.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="337"/>
        <source>Commencer</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="362"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>Het serveradres begint met https:// (of http://).</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="411"/>
        <source>Le serveur %1 ne répond pas (%2). Vérifiez son adresse et la connexion à Internet, puis réessayez.</source>
        <translation>De server %1 antwoordt niet (%2). Controleer het adres en de internetverbinding en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="428"/>
        <source>Recopiez le code ou collez le lien du QR code.</source>
        <translation>Neem de code over of plak de link van de QR-code.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="432"/>
        <source>Ce code ne dit pas où est le serveur : indiquez son adresse.</source>
        <translation>Deze code zegt niet waar de server is: vul zijn adres in.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="448"/>
        <source>Inscription, puis première synchronisation…</source>
        <translation>Inschrijving, daarna eerste synchronisatie…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="457"/>
        <source>Le serveur a refusé ce code : il est inconnu, expiré, révoqué ou déjà utilisé. Vérifiez-le, ou demandez un nouveau code à votre coach.</source>
        <translation>De server weigerde deze code: ze is onbekend, verlopen, ingetrokken of al gebruikt. Controleer ze, of vraag uw coach om een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="465"/>
        <location filename="../first_start.py" line="478"/>
        <source>Cet ordinateur est inscrit dans le quartier « %1 ».</source>
        <translation>Deze computer is ingeschreven in de wijk « %1 ».</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="470"/>
        <source>Première synchronisation faite : %1 formulaire(s) et %2 élément(s) reçus.</source>
        <translation>Eerste synchronisatie gedaan: %1 formulier(en) en %2 element(en) ontvangen.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="474"/>
        <source>La première synchronisation n&apos;a pas abouti (%1) : relancez-la plus tard dans la section Synchronisation.</source>
        <translation>De eerste synchronisatie is niet gelukt (%1): start ze later opnieuw in het onderdeel Synchronisatie.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="492"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>Schrijf uw voornaam en naam.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="520"/>
        <source>Connexion…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="530"/>
        <source>Session de coach ouverte ; première synchronisation : %1 élément(s) reçus.</source>
        <translation>Coachsessie geopend; eerste synchronisatie: %1 element(en) ontvangen.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="538"/>
        <source>Votre session de coach est ouverte, mais cet ordinateur n&apos;est pas encore inscrit comme appareil : la synchronisation ne peut pas recevoir vos quartiers. Inscrivez-le avec un code d&apos;inscription du quartier choisi, ou terminez et inscrivez-le plus tard dans la section Synchronisation.</source>
        <translation>Uw coachsessie is geopend, maar deze computer is nog niet als toestel ingeschreven: de synchronisatie kan uw wijken niet ontvangen. Schrijf hem in met een inschrijvingscode van de gekozen wijk, of rond af en schrijf hem later in via het onderdeel Synchronisatie.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="568"/>
        <source>Construction de la démonstration…</source>
        <translation>De demonstratie wordt gebouwd…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="573"/>
        <source>Vous êtes dans la démonstration (%1). Vos propres données n&apos;ont pas changé : Fichier → Assistant de démarrage pour commencer pour de bon.</source>
        <translation>U bent in de demonstratie (%1). Uw eigen gegevens zijn niet gewijzigd: Bestand → Startassistent om echt te beginnen.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="585"/>
        <source>Indiquez le nom du quartier, celui de la campagne et votre nom.</source>
        <translation>Vul de naam van de wijk, die van de campagne en uw naam in.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="590"/>
        <source>La campagne se termine avant de commencer.</source>
        <translation>De campagne eindigt voor ze begint.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="609"/>
        <source>Quartier « %1 » créé, avec la campagne « %2 ».</source>
        <translation>Wijk « %1 » aangemaakt, met de campagne « %2 ».</translation>
    </message>
</context>
<context>
    <name>FootprintPanel</name>
    <message>
        <location filename="../coach/footprint_panel.py" line="126"/>
        <source>Table de facteurs d&apos;émission</source>
        <extracomment>Rows of the sector table and bars of the sector chart, public services last (a fixed share). Why there is no diagnosis: no household, or too few, answered the usage questions.</extracomment>
        <translation>Tabel met emissiefactoren</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="131"/>
        <source>Comparer avec une campagne précédente</source>
        <translation>Vergelijken met een eerdere campagne</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="138"/>
        <source>Par personne et par an (t CO2e)</source>
        <translation>Per persoon per jaar (t CO2e)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="139"/>
        <source>Par personne et par secteur (t CO2e par an)</source>
        <translation>Per persoon en per sector (t CO2e per jaar)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="141"/>
        <source>Empreinte par secteur</source>
        <translation>Voetafdruk per sector</translation>
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
        <translation>Per persoon (t)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="142"/>
        <location filename="../coach/footprint_panel.py" line="143"/>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <source>IC 95 %</source>
        <translation>BI 95%</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="143"/>
        <source>Par ménage (t)</source>
        <translation>Per huishouden (t)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="155"/>
        <location filename="../coach/footprint_panel.py" line="208"/>
        <source>Profils d&apos;usages</source>
        <translation>Gebruiksprofielen</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="156"/>
        <source>Profil</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <location filename="../coach/footprint_panel.py" line="156"/>
        <source>Ménages</source>
        <translation>Huishoudens</translation>
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
        <translation>Zwaarste sectoren</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="157"/>
        <source>Leviers du profil</source>
        <translation>Hefbomen van het profiel</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="165"/>
        <source>Ménages du profil</source>
        <translation>Huishoudens van het profiel</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="150"/>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="149"/>
        <source>Empreinte par rue</source>
        <translation>Voetafdruk per straat</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Personnes</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Participer</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="166"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="167"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="167"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="169"/>
        <source>Leviers : économie possible (t CO2e par an)</source>
        <translation>Hefbomen: mogelijke besparing (t CO2e per jaar)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="171"/>
        <source>Leviers classés par potentiel</source>
        <translation>Hefbomen gerangschikt naar potentieel</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="172"/>
        <source>Levier</source>
        <translation>Hefboom</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="172"/>
        <source>t CO2e / an</source>
        <translation>t CO2e / jaar</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="172"/>
        <source>% de l&apos;empreinte</source>
        <translation>% van de voetafdruk</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="173"/>
        <source>kg / pers.</source>
        <translation>kg / pers.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="173"/>
        <source>Ménages concernés</source>
        <translation>Betrokken huishoudens</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="179"/>
        <source>Second diagnostic</source>
        <translation>Tweede diagnose</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="180"/>
        <location filename="../coach/footprint_panel.py" line="188"/>
        <source>Avant (t/pers.)</source>
        <translation>Vroeger (t/pers.)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="180"/>
        <location filename="../coach/footprint_panel.py" line="189"/>
        <source>Maintenant (t/pers.)</source>
        <translation>Nu (t/pers.)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="181"/>
        <location filename="../coach/footprint_panel.py" line="189"/>
        <source>Écart (IC 95 %)</source>
        <translation>Verschil (BI 95%)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="181"/>
        <source>Mêmes adresses : écart (IC 95 %)</source>
        <translation>Zelfde adressen: verschil (BI 95%)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="186"/>
        <source>Second diagnostic par profil</source>
        <translation>Tweede diagnose per profiel</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="187"/>
        <source>Profil (de la campagne précédente)</source>
        <translation>Profiel (van de vorige campagne)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="187"/>
        <source>Ménages avant</source>
        <translation>Huishoudens vroeger</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="188"/>
        <source>Ménages maintenant</source>
        <translation>Huishoudens nu</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="194"/>
        <source>Facteurs utilisés</source>
        <translation>Gebruikte factoren</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Facteur</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Unité</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="195"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="196"/>
        <source>Année</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="196"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="227"/>
        <source>&amp;Facteurs :</source>
        <translation>&amp;Factoren:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="228"/>
        <source>Co&amp;mparer avec :</source>
        <translation>Verge&amp;lijken met:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="259"/>
        <source>Scénario : et si…</source>
        <translation>Scenario: wat als…</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="261"/>
        <source>Ménages du scénario</source>
        <translation>Huishoudens in het scenario</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="267"/>
        <source>Chauffages au mazout remplacés par des pompes à chaleur</source>
        <translation>Stookolieverwarmingen vervangen door warmtepompen</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="272"/>
        <source>Ménages :</source>
        <translation>Huishoudens:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="273"/>
        <source>Km en voiture faits à vélo ou en transports en commun :</source>
        <translation>Autokilometers per fiets of openbaar vervoer afgelegd:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="274"/>
        <source>Repas avec viande remplacés par des repas végétariens :</source>
        <translation>Maaltijden met vlees vervangen door vegetarische:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="275"/>
        <source>Vols en avion évités :</source>
        <translation>Vermeden vliegreizen:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="276"/>
        <source>Chaleur économisée en isolant :</source>
        <translation>Warmte bespaard door isolatie:</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="277"/>
        <source>Achats neufs remplacés (seconde main, réparation) :</source>
        <translation>Nieuwe aankopen vervangen (tweedehands, herstelling):</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="316"/>
        <source>(aucune comparaison)</source>
        <translation>(geen vergelijking)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="344"/>
        <source>Calcul de l&apos;empreinte…</source>
        <translation>Voetafdruk wordt berekend…</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="384"/>
        <source>{n} ménages ({people} personnes) : {t} t CO2e par personne et par an (IC 95 % {low} – {high}), {h} t par ménage (IC 95 % {hlow} – {hhigh}). Moyenne bruxelloise : {brussels} t ; objectif 2050 : {target} t par personne.</source>
        <translation>{n} huishoudens ({people} personen): {t} t CO2e per persoon per jaar (BI 95% {low} – {high}), {h} t per huishouden (BI 95% {hlow} – {hhigh}). Brussels gemiddelde: {brussels} t; doel 2050: {target} t per persoon.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="395"/>
        <source>{n} entretiens sans réponse aux habitudes ne sont pas comptés.</source>
        <translation>{n} gesprekken zonder antwoord over gewoonten worden niet meegeteld.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="399"/>
        <source>Par personne et par an (t CO2e ; {n} ménages ; trait fin : IC 95 %)</source>
        <translation>Per persoon per jaar (t CO2e; {n} huishoudens; dunne lijn: BI 95%)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="402"/>
        <source>Notre quartier</source>
        <translation>Onze wijk</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="403"/>
        <source>Moyenne bruxelloise</source>
        <translation>Brussels gemiddelde</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="404"/>
        <source>Objectif 2050</source>
        <translation>Doel 2050</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="415"/>
        <source> (part fixe)</source>
        <translation> (vast deel)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="419"/>
        <source>Par personne et par secteur (t CO2e par an ; {n} ménages ; trait fin : IC 95 %)</source>
        <translation>Per persoon en per sector (t CO2e per jaar; {n} huishoudens; dunne lijn: BI 95%)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="439"/>
        <source>Par rue (t CO2e par personne et par an) : seules les rues d&apos;au moins {m} ménages sont montrées, les autres comptées ensemble dans « autres rues ».</source>
        <translation>Per straat (t CO2e per persoon per jaar): alleen straten met minstens {m} huishoudens worden getoond, de andere samen geteld onder ‘andere straten’.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="451"/>
        <source>Autres rues</source>
        <translation>Andere straten</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="453"/>
        <source>trop peu de ménages pour une moyenne</source>
        <translation>te weinig huishoudens voor een gemiddelde</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="465"/>
        <source>Choisissez un profil pour voir ses ménages et, pour ceux qui veulent participer, leur contact.</source>
        <translation>Kies een profiel om zijn huishoudens te zien en, voor wie wil meedoen, hun contactgegevens.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="492"/>
        <source>« {profile} » : {n} ménages, dont {w} veulent participer (contacts : données personnelles, pour le coach seulement).</source>
        <translation>‘{profile}’: {n} huishoudens, waarvan {w} willen meedoen (contactgegevens: persoonsgegevens, alleen voor de coach).</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="500"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="500"/>
        <source>peut-être</source>
        <translation>misschien</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="500"/>
        <source>non</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="506"/>
        <source>Trop peu de ménages ({n}) pour former des profils : il en faut au moins {m}.</source>
        <translation>Te weinig huishoudens ({n}) om profielen te vormen: er zijn er minstens {m} nodig.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="512"/>
        <source>{k} profils formés sur les parts des secteurs et quelques habitudes (silhouette {s}) ; aucun profil de moins de {m} ménages n&apos;est montré.</source>
        <translation>{k} profielen gevormd op basis van de aandelen van de sectoren en enkele gewoonten (silhouet {s}); geen enkel profiel van minder dan {m} huishoudens wordt getoond.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="516"/>
        <source>{n} ménages sont dans des profils trop petits.</source>
        <translation>{n} huishoudens zitten in te kleine profielen.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="533"/>
        <source>Tous les ménages ({n})</source>
        <translation>Alle huishoudens ({n})</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="546"/>
        <source>Leviers : économie possible pour les {n} ménages rencontrés (t CO2e par an)</source>
        <translation>Hefbomen: mogelijke besparing voor de {n} bezochte huishoudens (t CO2e per jaar)</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="569"/>
        <source>Second diagnostic : « {before} » ({n0} ménages) → cette campagne ({n1} ménages), t CO2e par personne et par an</source>
        <translation>Tweede diagnose: ‘{before}’ ({n0} huishoudens) → deze campagne ({n1} huishoudens), t CO2e per persoon per jaar</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="580"/>
        <source>{d} ({low} à {high}) — {n} adresses</source>
        <translation>{d} ({low} tot {high}) — {n} adressen</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="596"/>
        <source>Par profil : « {before} » a trop peu de ménages pour former des profils.</source>
        <translation>Per profiel: ‘{before}’ heeft te weinig huishoudens om profielen te vormen.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="602"/>
        <source>Par profil d&apos;usages : les profils de « {before} », les ménages de cette campagne rangés dans ces mêmes profils (un profil de moins de {m} ménages à l&apos;une des deux campagnes n&apos;est pas montré).</source>
        <translation>Per gebruiksprofiel: de profielen van ‘{before}’, de huishoudens van deze campagne ingedeeld in dezelfde profielen (een profiel met minder dan {m} huishoudens in een van beide campagnes wordt niet getoond).</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="608"/>
        <source>Profils trop petits : {n0} ménages avant, {n1} maintenant.</source>
        <translation>Te kleine profielen: {n0} huishoudens vroeger, {n1} nu.</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="626"/>
        <source>Facteurs utilisés : {title}, version {version}</source>
        <translation>Gebruikte factoren: {title}, versie {version}</translation>
    </message>
    <message>
        <location filename="../coach/footprint_panel.py" line="699"/>
        <source>Économie : {t} t CO2e par an pour ces {n} ménages ({p} de leur empreinte).</source>
        <translation>Besparing: {t} t CO2e per jaar voor deze {n} huishoudens ({p} van hun voetafdruk).</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../form_filler/form_view.py" line="97"/>
        <source>Langue du formulaire</source>
        <extracomment>Forms with at most this many questions (or fewer than two groups) fit on one page.</extracomment>
        <translation>Taal van het formulier</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="98"/>
        <source>Langue du formulaire (Alt+L)</source>
        <translation>Taal van de vragenlijst (Alt+T)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="100"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="109"/>
        <source>← &amp;Précédent</source>
        <translation>← &amp;Vorige</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="110"/>
        <source>&amp;Suivant →</source>
        <translation>&amp;Volgende →</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="111"/>
        <source>Page précédente (Ctrl+PgPréc)</source>
        <translation>Vorige pagina (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="112"/>
        <source>Page suivante (Ctrl+PgSuiv)</source>
        <translation>Volgende pagina (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="146"/>
        <location filename="../form_filler/form_view.py" line="154"/>
        <source>Pour finir</source>
        <translation>Tot slot</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="367"/>
        <source>Étape %1 sur %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="589"/>
        <source>Adresse ou lieu</source>
        <translation>Adres of plaats</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="592"/>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="592"/>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../coach/grid_view.py" line="216"/>
        <source>Grille de benchmark des actions de transition</source>
        <extracomment>The tints of levels 0-3 and the colour of a gap: those of the spreadsheet (``app.actions.grid_sheet``, which imports openpyxl: not loaded for the window). Ink, and the quieter ink of zero counts and needs (4.5:1 on the darkest tint, level 3). The item data role that holds a cell&apos;s ``CellView``.</extracomment>
        <translation>Benchmarkrooster van de transitieacties</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="225"/>
        <location filename="../coach/grid_view.py" line="359"/>
        <source>Faire de ce manque un projet…</source>
        <translation>Van dit hiaat een project maken…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="227"/>
        <source>Exporter en XLSX…</source>
        <translation>Exporteren als XLSX…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="229"/>
        <source>Imprimer en PDF (A3 paysage)…</source>
        <translation>Afdrukken als PDF (A3 liggend)…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="241"/>
        <source>Les actions de transition de vos quartiers, par thème. Choisissez une case, de préférence un manque, pour en faire un projet.</source>
        <translation>De transitieacties van uw wijken, per thema. Kies een vak, bij voorkeur een hiaat, om er een project van te maken.</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="296"/>
        <source>Quartiers : {hoods} · actions : {actions} · manques (des habitants ont exprimé des besoins dans un thème où aucune action n&apos;existe) : {gaps}</source>
        <translation>Wijken: {hoods} · acties: {actions} · hiaten (bewoners uitten noden in een thema waar geen actie bestaat): {gaps}</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="322"/>
        <source>{gaps}, marqués {mark} et d&apos;un cadre pointillé</source>
        <translation>{gaps}, gemarkeerd met {mark} en een stippelkader</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="361"/>
        <source>Nouveau projet dans ce thème…</source>
        <translation>Nieuw project in dit thema…</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="378"/>
        <source>Exporter la grille</source>
        <translation>Het rooster exporteren</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="382"/>
        <source>Imprimer la grille</source>
        <translation>Het rooster afdrukken</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="383"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coach/grid_view.py" line="410"/>
        <source>Grille enregistrée : {path}</source>
        <translation>Rooster opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="98"/>
        <source>Version</source>
        <extracomment>A value longer than this is cut in the history (the item itself shows it whole).</extracomment>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="99"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="100"/>
        <source>Par</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="100"/>
        <source>inconnu</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="101"/>
        <source>Modifications</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="119"/>
        <source>Fiche supprimée</source>
        <translation>Fiche verwijderd</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="631"/>
        <source>Choisir une photo…</source>
        <translation>Een foto kiezen…</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="643"/>
        <source>Choisir une photo</source>
        <translation>Een foto kiezen</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="643"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="660"/>
        <source>Pas de photo</source>
        <translation>Geen foto</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../coach/interview_dialog.py" line="72"/>
        <source>Entretien — {street}</source>
        <translation>Gesprek — {street}</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="75"/>
        <source>{street} · {volunteer} · envoyé le {sent}</source>
        <translation>{street} · {volunteer} · verzonden op {sent}</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="83"/>
        <source>État : {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="88"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="88"/>
        <source>Réponse</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="89"/>
        <source>Réponses</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="93"/>
        <source>Réponses personnelles</source>
        <translation>Persoonlijke antwoorden</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="94"/>
        <source>scellées : déverrouillez votre clé de coach pour les lire</source>
        <translation>verzegeld: ontgrendel uw coachsleutel om ze te lezen</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="99"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="99"/>
        <location filename="../coach/interview_dialog.py" line="107"/>
        <source>Par</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="99"/>
        <source>Changé</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="100"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="107"/>
        <source>Le</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="107"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="108"/>
        <source>Commentaire</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="109"/>
        <source>Historique de relecture</source>
        <translation>Nalezingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="120"/>
        <source>&amp;Réponses</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="121"/>
        <source>&amp;Versions ({n})</source>
        <translation>&amp;Versies ({n})</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="123"/>
        <source>&amp;Historique</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="125"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="155"/>
        <source>réponses personnelles (scellées)</source>
        <translation>persoonlijke antwoorden (verzegeld)</translation>
    </message>
    <message>
        <location filename="../coach/interview_dialog.py" line="165"/>
        <source>première version</source>
        <translation>eerste versie</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="111"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Stand van het opslaan</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="112"/>
        <source>&amp;Finaliser (Ctrl+Entrée)</source>
        <translation>&amp;Afronden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="114"/>
        <source>&amp;Corriger cet entretien</source>
        <translation>Dit gesprek &amp;corrigeren</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="116"/>
        <location filename="../form_filler/interview_editor.py" line="326"/>
        <source>Supprimer le brouillon</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="118"/>
        <source>&amp;Retour à la liste</source>
        <translation>Te&amp;rug naar de lijst</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="120"/>
        <source>Aller à… (Ctrl+G)</source>
        <translation>Ga naar… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="122"/>
        <source>Toutes les questions et leur état ; Entrée va à la question choisie</source>
        <translation>Alle vragen en hun toestand; Enter gaat naar de gekozen vraag</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="144"/>
        <source>Retour à la liste (Échap)</source>
        <translation>Terug naar de lijst (Esc)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="172"/>
        <source>Nouvel entretien</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="174"/>
        <source>adresse non renseignée</source>
        <translation>adres niet ingevuld</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="176"/>
        <source>finalisé le %1</source>
        <translation>afgerond op %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="178"/>
        <source>correction en cours</source>
        <translation>correctie bezig</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="180"/>
        <source>brouillon</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="181"/>
        <source>Entretien</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="186"/>
        <source>Lecture seule</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="189"/>
        <source>Non enregistré !</source>
        <translation>Niet opgeslagen!</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="192"/>
        <source>Enregistrement…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="196"/>
        <source>Enregistré ✓ %1</source>
        <translation>Opgeslagen ✓ %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="199"/>
        <source>Rien à enregistrer pour l&apos;instant</source>
        <translation>Nog niets op te slaan</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="286"/>
        <source>Finaliser l&apos;entretien</source>
        <translation>Gesprek afronden</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="288"/>
        <source>Finaliser cet entretien ? Il ne pourra plus être modifié ici : une correction en fera une nouvelle version.</source>
        <translation>Dit gesprek afronden? Het kan hier niet meer gewijzigd worden: een correctie maakt er een nieuwe versie van.</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="291"/>
        <source>&amp;Finaliser</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="292"/>
        <source>&amp;Continuer l&apos;entretien</source>
        <translation>Gesprek &amp;voortzetten</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="327"/>
        <source>Supprimer ce brouillon ? Ses réponses seront perdues.</source>
        <translation>Dit concept verwijderen? De antwoorden gaan verloren.</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="328"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="329"/>
        <source>&amp;Garder le brouillon</source>
        <translation>&amp;Concept bewaren</translation>
    </message>
</context>
<context>
    <name>InterviewFilters</name>
    <message>
        <location filename="../interviews_page.py" line="63"/>
        <source>Rechercher dans les réponses (Ctrl+F)</source>
        <translation>Zoeken in de antwoorden (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="64"/>
        <source>Rechercher</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Brouillons</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Finalisés</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="69"/>
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="75"/>
        <source>Bénévole</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="79"/>
        <source>Depuis le</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="80"/>
        <source>Jusqu&apos;au</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="87"/>
        <source>du</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="89"/>
        <source>au</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="100"/>
        <source>%1 : tous</source>
        <translation>%1 : alle</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../interviews_page.py" line="144"/>
        <source>Liste des entretiens</source>
        <translation>Lijst van gesprekken</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="160"/>
        <source>&amp;Nouvel entretien (Ctrl+N)</source>
        <translation>&amp;Nieuw gesprek (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="162"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="198"/>
        <source>Comptage…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="201"/>
        <source>%1 entretien(s)</source>
        <translation>%1 gesprek(ken)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="271"/>
        <source>Entretien finalisé ✓ (%1)</source>
        <translation>Gesprek afgerond ✓ (%1)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="277"/>
        <source>Brouillon supprimé</source>
        <translation>Concept verwijderd</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <location filename="../inventory_page.py" line="69"/>
        <source>&amp;Enregistrer la fiche (Ctrl+S)</source>
        <translation>Fiche op&amp;slaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="74"/>
        <source>Historique de la fiche</source>
        <translation>Geschiedenis van de fiche</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="85"/>
        <source>Qui a changé quoi :</source>
        <translation>Wie wijzigde wat:</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="97"/>
        <source>(vide)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="102"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="138"/>
        <location filename="../inventory_page.py" line="150"/>
        <source>Nouvelle fiche</source>
        <translation>Nieuwe fiche</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="153"/>
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="154"/>
        <source>La fiche « %1 » a des modifications non enregistrées.</source>
        <translation>De fiche ‘%1’ heeft niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="155"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="156"/>
        <source>&amp;Abandonner les modifications</source>
        <translation>Wijzigingen &amp;verwerpen</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="157"/>
        <source>&amp;Rester sur la fiche</source>
        <translation>Op de fiche &amp;blijven</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="39"/>
        <source>Nom</source>
        <extracomment>How a choice name reads for a person: (question name, choice name) -&gt; label.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="40"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="41"/>
        <source>Thème</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="42"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="43"/>
        <source>Modifié le</source>
        <translation>Gewijzigd op</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../inventory_page.py" line="208"/>
        <source>Rechercher un nom (Ctrl+F)</source>
        <translation>Een naam zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="209"/>
        <source>Rechercher dans l&apos;inventaire</source>
        <translation>Zoeken in de inventaris</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="211"/>
        <source>Thème</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="212"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="214"/>
        <source>Inventaire partagé</source>
        <translation>Gedeelde inventaris</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="216"/>
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;Nieuwe fiche</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="262"/>
        <source>%1 : tous</source>
        <translation>%1 : alle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Entretiens</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Inventaire</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Impression</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>Impression : l&apos;affiche A3/A2, les flyers avec QR code et le rapport du diagnostic arrivent avec le module d&apos;impression.</source>
        <translation>Afdrukken: de A3/A2-affiche, flyers met QR-code en het diagnoserapport komen met de afdrukmodule.</translation>
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
        <translation>Coach: samenvoegen, ontdubbelen en wijken vergelijken komen met de werkruimte van de coach.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>aucun quartier</source>
        <translation>geen wijk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>bénévole non choisi (Fichier → Paramètres)</source>
        <translation>vrijwilliger niet gekozen (Bestand → Instellingen)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Aucun quartier</source>
        <translation>Geen wijk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209"/>
        <source>aucune campagne</source>
        <translation>geen campagne</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>&amp;Nouvel entretien</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Assistant de &amp;démarrage…</source>
        <translation>&amp;Startassistent…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Édition</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>À &amp;propos de Quartier</source>
        <translation>&amp;Over Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Pour commencer : Fichier → Assistant de démarrage…</source>
        <translation>Om te beginnen: Bestand → Startassistent…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="349"/>
        <source>Raccourcis clavier</source>
        <translation>Sneltoetsen</translation>
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
        <translation>Ctrl+N: nieuw gesprek
Ctrl+F: zoeken
Tab / Shift+Tab: volgende / vorige vraag
Enter: volgende vraag
Shift+Enter: nieuwe regel in een open antwoord
1 tot 9: een antwoord in een lijst kiezen
Alt+Omlaag: kalender van een datum
Ctrl+PgDn / Ctrl+PgUp: volgende / vorige pagina
Ctrl+G: naar een vraag gaan (alle vragen en hun toestand)
Ctrl+Enter: het gesprek afronden
Alt+R: terug naar de lijst (Esc voor een afgerond gesprek)
Ctrl+1 tot Ctrl+5: van sectie veranderen
Ctrl+Q: afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372"/>
        <source>À propos de Quartier</source>
        <translation>Over Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>Quartier : enquêtes de quartier hors ligne pour les Quartiers Durables Citoyens. Vos entretiens sont enregistrés sur cet ordinateur à chaque modification.</source>
        <translation>Quartier: offline wijkbevragingen voor de Duurzame Burgerwijken. Uw gesprekken worden bij elke wijziging op deze computer opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="53"/>
        <source>Avant de finaliser, il manque :</source>
        <extracomment>The draft on screen, so that the window reopens on it after a quit or a crash.</extracomment>
        <translation>Voor het afronden ontbreekt nog:</translation>
    </message>
</context>
<context>
    <name>OpenTextEdit</name>
    <message>
        <location filename="../form_filler/editors.py" line="202"/>
        <source>Maj+Entrée : nouvelle ligne · Entrée : question suivante</source>
        <extracomment>select_one lists longer than this become a searchable combo box. Keys a read-only answer still takes: to move on, leave, go back to the list, shortcuts. Text appearances asking for a shaped, one-line input (ODK&apos;s numbers, masked, url, ex:...). Visible lines of an open answer: at first, and at most before it scrolls.</extracomment>
        <translation>Shift+Enter: nieuwe regel · Enter: volgende vraag</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../form_filler/overview.py" line="74"/>
        <source>Aller à une question</source>
        <translation>Naar een vraag gaan</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="77"/>
        <source>Répondue</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="78"/>
        <source>Vide</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="79"/>
        <source>Obligatoire, manquante</source>
        <translation>Verplicht, ontbreekt</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="80"/>
        <source>Invalide</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="81"/>
        <source>Non applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="84"/>
        <source>Questions de l&apos;entretien</source>
        <translation>Vragen van het gesprek</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="85"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="85"/>
        <source>État</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="85"/>
        <source>Réponse</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="95"/>
        <source>Montrer aussi les questions &amp;non applicables</source>
        <translation>Ook de &amp;niet-toepasselijke vragen tonen</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="99"/>
        <source>Entrée : aller à la question · Échap : fermer</source>
        <translation>Enter: naar de vraag gaan · Esc: sluiten</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="149"/>
        <source>%1 à corriger</source>
        <translation>%1 te verbeteren</translation>
    </message>
    <message>
        <location filename="../form_filler/overview.py" line="154"/>
        <source>%1 répondues · %2 vides · %3 obligatoires manquantes · %4 invalides</source>
        <translation>%1 beantwoord · %2 leeg · %3 verplichte ontbreken · %4 ongeldig</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../print_view.py" line="183"/>
        <source>Affiche ou flyer</source>
        <extracomment>The documents that are posters, and what each shows (app.printing.poster.POSTER_KINDS).</extracomment>
        <translation>Affiche of flyer</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="184"/>
        <source>Rapport du diagnostic</source>
        <translation>Verslag van de diagnose</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="185"/>
        <source>Affiche « Notre empreinte » (carbone des usages)</source>
        <translation>Affiche ‘Onze voetafdruk’ (koolstof van het gebruik)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="188"/>
        <source>A3 — affiche</source>
        <translation>A3 — affiche</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="188"/>
        <source>A2 — grande affiche</source>
        <translation>A2 — grote affiche</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="189"/>
        <source>A4 — flyer</source>
        <translation>A4 — flyer</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="200"/>
        <source>Fond perdu de 3 mm et traits de coupe (imprimeur)</source>
        <translation>Afloop van 3 mm en snijtekens (drukker)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="201"/>
        <source>https://… (rejoindre le groupe)</source>
        <translation>https://… (bij de groep aansluiten)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="202"/>
        <source>Samedi 16 mai, 14 h</source>
        <translation>Zaterdag 16 mei, 14 u</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="203"/>
        <source>Maison de quartier, rue Blaes 154</source>
        <translation>Buurthuis, Blaesstraat 154</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="204"/>
        <source>Quelques mots d&apos;invitation</source>
        <translation>Enkele woorden van uitnodiging</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="206"/>
        <source>Logo du groupe (PNG ou JPEG)</source>
        <translation>Logo van de groep (PNG of JPEG)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="207"/>
        <source>Choisir…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="212"/>
        <source>&amp;Textes du rapport…</source>
        <translation>&amp;Teksten van het rapport…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="213"/>
        <source>Recommandations et prochaines étapes, remerciements et contact du groupe</source>
        <translation>Aanbevelingen en volgende stappen, dankwoord en contact van de groep</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="218"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="219"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="220"/>
        <source>Langue</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="221"/>
        <source>Campagne</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="222"/>
        <source>Comparer avec</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="223"/>
        <source>Couleurs</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="225"/>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="226"/>
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="227"/>
        <source>Où</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="228"/>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="229"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="241"/>
        <source>&amp;Ouvrir avec ma clé de coach…</source>
        <translation>&amp;Openen met mijn coachsleutel…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="249"/>
        <source>Enregistrer en PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="251"/>
        <source>Imprimer…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="347"/>
        <source>La campagne précédente, s&apos;il y en a une</source>
        <translation>De vorige campagne, als die er is</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="387"/>
        <source>Textes du rapport enregistrés ; mise à jour de l&apos;aperçu…</source>
        <translation>Teksten van het rapport opgeslagen; voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="391"/>
        <source>Logo du groupe</source>
        <translation>Logo van de groep</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="391"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="423"/>
        <source>Mise à jour de l&apos;aperçu…</source>
        <translation>Voorbeeld bijwerken…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="491"/>
        <source>Aperçu : </source>
        <translation>Voorbeeld: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="504"/>
        <source>Sans citations : {n} entretien(s) gardent leurs données personnelles scellées ; une citation pourrait nommer l&apos;un de ces habitants et rien ici ne peut le vérifier.</source>
        <translation>Zonder citaten: {n} gesprek(ken) houden hun persoonlijke gegevens verzegeld; een citaat zou een van die bewoners kunnen noemen en niets hier kan dat nakijken.</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="516"/>
        <source>Aperçu impossible : </source>
        <translation>Voorbeeld onmogelijk: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="548"/>
        <source>Enregistrer en PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="548"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="558"/>
        <source>Impossible d&apos;écrire le fichier : </source>
        <translation>Kan het bestand niet schrijven: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="561"/>
        <source>Enregistré : </source>
        <translation>Opgeslagen: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="577"/>
        <source>Préparation de l&apos;impression…</source>
        <translation>Afdruk voorbereiden…</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="586"/>
        <source>L&apos;imprimante n&apos;a pas pu démarrer.</source>
        <translation>De printer kon niet starten.</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="595"/>
        <source>Envoyé à l&apos;imprimante : </source>
        <translation>Naar de printer gestuurd: </translation>
    </message>
    <message>
        <location filename="../print_view.py" line="598"/>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="598"/>
        <source>{n} pages</source>
        <translation>{n} pagina&apos;s</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../coach/project_dialog.py" line="123"/>
        <source>Fiche projet — {title}</source>
        <extracomment>The kinds of the diagnosis a project links to, as the sheet names them.</extracomment>
        <translation>Projectfiche — {title}</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="125"/>
        <source>Nouvelle fiche projet</source>
        <translation>Nieuwe projectfiche</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="130"/>
        <source>La fiche</source>
        <translation>De fiche</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="131"/>
        <source>Quand et combien</source>
        <translation>Wanneer en hoeveel</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="132"/>
        <source>Le diagnostic</source>
        <translation>De diagnose</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="133"/>
        <source>Rapport de fin de projet</source>
        <translation>Eindverslag van het project</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="140"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="141"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="152"/>
        <source>Né d&apos;un manque de la grille : des habitants ont exprimé des besoins dans ce thème et aucune action n&apos;y existe. Les besoins, fiches et leviers du diagnostic sont déjà liés (page « Le diagnostic »).</source>
        <translation>Ontstaan uit een hiaat in het rooster: bewoners uitten noden in dit thema en er bestaat nog geen actie. De noden, fiches en hefbomen van de diagnose zijn al gekoppeld (pagina „De diagnose”).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="188"/>
        <source>par exemple 150</source>
        <translation>bijvoorbeeld 150</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="194"/>
        <source>&amp;Titre</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="195"/>
        <source>T&amp;hème</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="196"/>
        <source>Étape</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="197"/>
        <source>Quoi (le but)</source>
        <translation>Wat (het doel)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="198"/>
        <source>Comment</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="199"/>
        <source>Pourquoi</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="200"/>
        <source>Qui (le groupe, ses partenaires)</source>
        <translation>Wie (de groep, haar partners)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="201"/>
        <source>Le groupe et ses partenaires, jamais les données personnelles d&apos;un habitant.</source>
        <translation>De groep en haar partners, nooit de persoonsgegevens van een bewoner.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="203"/>
        <source>Où</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="204"/>
        <source>Personnes visées</source>
        <translation>Beoogde mensen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="233"/>
        <source>Date (JJ/MM/AAAA)</source>
        <translation>Datum (DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="233"/>
        <source>Ce qui se passe</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="235"/>
        <source>Poste</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="235"/>
        <source>Montant (€, entier)</source>
        <translation>Bedrag (€, geheel getal)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="242"/>
        <source>Quand : les étapes du projet</source>
        <translation>Wanneer: de mijlpalen van het project</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="246"/>
        <source>Ajouter une étape</source>
        <translation>Een mijlpaal toevoegen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="247"/>
        <source>Retirer l&apos;étape</source>
        <translation>De mijlpaal verwijderen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="248"/>
        <source>Combien : les lignes du budget</source>
        <translation>Hoeveel: de begrotingslijnen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="252"/>
        <source>Ajouter une ligne</source>
        <translation>Een lijn toevoegen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="253"/>
        <source>Retirer la ligne</source>
        <translation>De lijn verwijderen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="258"/>
        <source>Ce que le diagnostic a montré</source>
        <translation>Wat de diagnose toonde</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="263"/>
        <source>Cochez ce que le projet veut changer : les besoins cités par les ménages ({n} entretiens, campagne « {campaign} »), les fiches de l&apos;état des lieux et, quand le diagnostic carbone est là, ses leviers. Des nombres de ménages, jamais leurs réponses.</source>
        <translation>Vink aan wat het project wil veranderen: de noden die de huishoudens noemden ({n} gesprekken, campagne „{campaign}”), de fiches van de stand van zaken en, als de koolstofdiagnose er is, haar hefbomen. Aantallen huishoudens, nooit hun antwoorden.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="277"/>
        <source>Poste du budget</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="277"/>
        <source>Montant (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="277"/>
        <source>N° de la pièce</source>
        <translation>Nr. van het bewijsstuk</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="282"/>
        <source>À remplir quand le projet se termine : le rapport de fin de projet s&apos;imprime avec ces réponses.</source>
        <translation>In te vullen wanneer het project afloopt: het eindverslag wordt met deze antwoorden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="284"/>
        <source>Ce qui a été fait</source>
        <translation>Wat er gedaan werd</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="285"/>
        <source>Ce qui a changé</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="286"/>
        <source>Difficultés et apprentissages</source>
        <translation>Moeilijkheden en lessen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="287"/>
        <source>Et la suite ?</source>
        <translation>En nu?</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="288"/>
        <source>Personnes touchées</source>
        <translation>Bereikte mensen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="289"/>
        <source>Dépenses</source>
        <translation>Uitgaven</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="290"/>
        <source>Ajouter une dépense</source>
        <translation>Een uitgave toevoegen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="291"/>
        <source>Retirer la dépense</source>
        <translation>De uitgave verwijderen</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="340"/>
        <source>Total : —</source>
        <translation>Totaal: —</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="342"/>
        <source>Total : {total}</source>
        <translation>Totaal: {total}</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="388"/>
        <source>Besoins cités par les ménages</source>
        <translation>Noden die de huishoudens noemden</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="392"/>
        <source>moins de {m} ménages</source>
        <translation>minder dan {m} huishoudens</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="394"/>
        <source>{count} ménages sur {n}</source>
        <translation>{count} van de {n} huishoudens</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="401"/>
        <location filename="../coach/project_dialog.py" line="412"/>
        <source>{key} (pas dans ce diagnostic)</source>
        <translation>{key} (niet in deze diagnose)</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="404"/>
        <source>Fiches de l&apos;état des lieux</source>
        <translation>Fiches van de stand van zaken</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="417"/>
        <source>Leviers du diagnostic carbone</source>
        <translation>Hefbomen van de koolstofdiagnose</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="454"/>
        <source>Étape {n} du calendrier : « {date} » n&apos;est pas une date (écrivez JJ/MM/AAAA, par exemple 15/05/2027).</source>
        <translation>Mijlpaal {n}: „{date}” is geen datum (schrijf DD/MM/JJJJ, bijvoorbeeld 15/05/2027).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="458"/>
        <source>Étape {n} du calendrier ({date}) : dites ce qui se passe ce jour-là.</source>
        <translation>Mijlpaal {n} ({date}): zeg wat er die dag gebeurt.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="471"/>
        <source>Ligne {n} du budget : donnez-lui un libellé (à quoi servent les {amount} €).</source>
        <translation>Begrotingslijn {n}: geef ze een omschrijving (waarvoor dienen de {amount} €).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="486"/>
        <source>Dépense {n} : « {amount} » n&apos;est pas un montant en euros (par exemple 182,40).</source>
        <translation>Uitgave {n}: „{amount}” is geen bedrag in euro (bijvoorbeeld 182,40).</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="539"/>
        <source>Personnes visées : « {value} » n&apos;est pas un nombre entier.</source>
        <translation>Beoogde mensen: „{value}” is geen geheel getal.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="543"/>
        <source>Personnes touchées : « {value} » n&apos;est pas un nombre entier.</source>
        <translation>Bereikte mensen: „{value}” is geen geheel getal.</translation>
    </message>
    <message>
        <location filename="../coach/project_dialog.py" line="550"/>
        <source>Ligne {n} du budget — {reason} Écrivez un montant entier en euros, par exemple 1200.</source>
        <translation>Begrotingslijn {n} — {reason} Schrijf een geheel bedrag in euro, bijvoorbeeld 1200.</translation>
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
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="122"/>
        <source>Étape</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="122"/>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="123"/>
        <source>Personnes visées</source>
        <translation>Beoogde mensen</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="123"/>
        <source>Origine</source>
        <translation>Oorsprong</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="123"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="134"/>
        <source>Nouveau projet…</source>
        <translation>Nieuw project…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="136"/>
        <source>Ouvrir la fiche…</source>
        <translation>De fiche openen…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="138"/>
        <source>Actions d&apos;autres &amp;quartiers…</source>
        <translation>Acties van andere &amp;wijken…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="140"/>
        <source>Imprimer la fiche…</source>
        <translation>De fiche afdrukken…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="142"/>
        <source>Demande de subside…</source>
        <translation>Subsidieaanvraag…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="144"/>
        <source>Rapport de fin de projet…</source>
        <translation>Eindverslag van het project…</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="155"/>
        <source>Imprimer (PDF, A4) :</source>
        <translation>Afdrukken (PDF, A4):</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="162"/>
        <source>Les projets du quartier : qui, quoi, comment, où, quand, combien et pourquoi. Une fiche enregistrée part à la prochaine synchronisation ; la demande de subside reprend la fiche, le diagnostic qui la justifie et le vote du budget participatif.</source>
        <translation>De projecten van de wijk: wie, wat, hoe, waar, wanneer, hoeveel en waarom. Een opgeslagen fiche vertrekt bij de volgende synchronisatie; de subsidieaanvraag neemt de fiche, de diagnose die ze onderbouwt en de stemming van de participatieve begroting over.</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="201"/>
        <source>manque de la grille</source>
        <translation>hiaat in het rooster</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="202"/>
        <source>v{version} du {date}</source>
        <translation>v{version} van {date}</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="302"/>
        <source>Projet « {title} » enregistré (version {version}) : il partira à la prochaine synchronisation.</source>
        <translation>Project „{title}” opgeslagen (versie {version}): het vertrekt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="317"/>
        <source>Imprimer la fiche projet</source>
        <translation>De projectfiche afdrukken</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="318"/>
        <source>Imprimer la demande de subside</source>
        <translation>De subsidieaanvraag afdrukken</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="319"/>
        <source>Imprimer le rapport de fin de projet</source>
        <translation>Het eindverslag van het project afdrukken</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="322"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="333"/>
        <source>Fiche projet enregistrée : {path} (pages : {pages})</source>
        <translation>Projectfiche opgeslagen: {path} (pagina&apos;s: {pages})</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="334"/>
        <source>Demande de subside enregistrée : {path} (pages : {pages})</source>
        <translation>Subsidieaanvraag opgeslagen: {path} (pagina&apos;s: {pages})</translation>
    </message>
    <message>
        <location filename="../coach/projects_list.py" line="335"/>
        <source>Rapport de fin de projet enregistré : {path} (pages : {pages})</source>
        <translation>Eindverslag van het project opgeslagen: {path} (pagina&apos;s: {pages})</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../form_filler/repeat_box.py" line="35"/>
        <source>Ajouter : %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="52"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="53"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="54"/>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReportTextsDialog</name>
    <message>
        <location filename="../report_texts_dialog.py" line="36"/>
        <source>Textes du rapport — {name}</source>
        <translation>Teksten van het rapport — {name}</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="41"/>
        <source>Ce que le groupe propose, puis les prochaines étapes…</source>
        <translation>Wat de groep voorstelt, daarna de volgende stappen…</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="44"/>
        <source>Les habitants, les bénévoles, les partenaires…</source>
        <translation>De bewoners, de vrijwilligers, de partners…</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="47"/>
        <source>Nom, téléphone ou adresse e-mail du groupe</source>
        <translation>Naam, telefoon of e-mailadres van de groep</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="50"/>
        <source>Une ligne vide sépare deux paragraphes ; une ligne qui commence par « - » devient une puce. Les textes sont gardés sur la campagne pour les rapports suivants. Ctrl+Entrée enregistre, Échap annule.</source>
        <translation>Een lege regel scheidt twee alinea&apos;s; een regel die met ‘-’ begint, wordt een opsommingsteken. De teksten blijven bij de campagne voor de volgende rapporten. Ctrl+Enter slaat op, Esc annuleert.</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="64"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="66"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="74"/>
        <source>&amp;Recommandations et prochaines étapes</source>
        <translation>&amp;Aanbevelingen en volgende stappen</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="75"/>
        <source>Re&amp;merciements</source>
        <translation>&amp;Dankwoord</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="76"/>
        <source>&amp;Contact du groupe</source>
        <translation>&amp;Contact van de groep</translation>
    </message>
    <message>
        <location filename="../report_texts_dialog.py" line="106"/>
        <source>Textes non enregistrés : </source>
        <translation>Teksten niet opgeslagen: </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../coach/review_dialog.py" line="31"/>
        <source>Approuver {n} entretien ?</source>
        <translation>{n} gesprek goedkeuren?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="31"/>
        <source>Approuver {n} entretiens ?</source>
        <translation>{n} gesprekken goedkeuren?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="33"/>
        <source>Marquer {n} entretien « À revoir » ?</source>
        <translation>{n} gesprek als ‘Te herzien’ markeren?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="34"/>
        <source>Marquer {n} entretiens « À revoir » ?</source>
        <translation>{n} gesprekken als ‘Te herzien’ markeren?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="36"/>
        <source>Rejeter {n} entretien ?</source>
        <translation>{n} gesprek afwijzen?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="36"/>
        <source>Rejeter {n} entretiens ?</source>
        <translation>{n} gesprekken afwijzen?</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="39"/>
        <source>Approuver {n} entretien</source>
        <translation>{n} gesprek goedkeuren</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="39"/>
        <source>Approuver {n} entretiens</source>
        <translation>{n} gesprekken goedkeuren</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="40"/>
        <source>Marquer {n} entretien</source>
        <translation>{n} gesprek markeren</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="40"/>
        <source>Marquer {n} entretiens</source>
        <translation>{n} gesprekken markeren</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="41"/>
        <source>Rejeter {n} entretien</source>
        <translation>{n} gesprek afwijzen</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="41"/>
        <source>Rejeter {n} entretiens</source>
        <translation>{n} gesprekken afwijzen</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="43"/>
        <source>Relecture</source>
        <translation>Nalezing</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="48"/>
        <source>Motif du rejet (obligatoire)</source>
        <translation>Reden van afwijzing (verplicht)</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="49"/>
        <source>Motif du rejet</source>
        <translation>Reden van afwijzing</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="51"/>
        <source>Commentaire (facultatif)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="52"/>
        <source>Commentaire</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="58"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach/review_dialog.py" line="68"/>
        <source>Un entretien rejeté ne compte plus dans le tableau de bord, l&apos;affiche et le rapport. Vous pourrez changer d&apos;avis.</source>
        <translation>Een afgewezen gesprek telt niet meer mee in het dashboard, de affiche en het verslag. U kunt van gedachten veranderen.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../coach/review_model.py" line="32"/>
        <source>Envoyé le</source>
        <extracomment>Sorted by their text in reading order (accents and case aside); the others as stored.</extracomment>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="33"/>
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="34"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="35"/>
        <source>Bénévole</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="36"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="37"/>
        <source>Commentaire</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../coach/review_panel.py" line="137"/>
        <source>Filtrer par état</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="137"/>
        <source>Tous les états</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="140"/>
        <source>Filtrer par rue</source>
        <translation>Filteren op straat</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="140"/>
        <source>Toutes les rues</source>
        <translation>Alle straten</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="142"/>
        <source>Filtrer par bénévole</source>
        <translation>Filteren op vrijwilliger</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="142"/>
        <source>Tous les bénévoles</source>
        <translation>Alle vrijwilligers</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="146"/>
        <source>Envoyés depuis le</source>
        <translation>Verzonden vanaf</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="147"/>
        <source>Envoyés jusqu&apos;au</source>
        <translation>Verzonden tot</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="151"/>
        <source>Sélection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="153"/>
        <source>Entretiens à relire</source>
        <translation>Na te lezen gesprekken</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="163"/>
        <source>&amp;Approuver (A)</source>
        <translation>&amp;Goedkeuren (A)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="164"/>
        <source>À re&amp;voir (H)</source>
        <translation>Te &amp;herzien (H)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="165"/>
        <source>Re&amp;jeter (R)</source>
        <translation>Af&amp;wijzen (R)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="167"/>
        <source>&amp;Ouvrir (Entrée)</source>
        <translation>&amp;Openen (Enter)</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="171"/>
        <source>Flèches : se déplacer · Espace : (dé)sélectionner · Ctrl+A : tout le filtre · Entrée : lire l&apos;entretien</source>
        <translation>Pijltjes: verplaatsen · Spatie: (de)selecteren · Ctrl+A: de hele filter · Enter: het gesprek lezen</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="179"/>
        <source>É&amp;tat :</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="180"/>
        <source>R&amp;ue :</source>
        <translation>S&amp;traat:</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="181"/>
        <source>&amp;Bénévole :</source>
        <translation>&amp;Vrijwilliger:</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="187"/>
        <source>Du</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="189"/>
        <source>au</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="258"/>
        <source>{n} entretien affiché</source>
        <translation>{n} gesprek getoond</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="258"/>
        <source>{n} entretiens affichés</source>
        <translation>{n} gesprekken getoond</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="260"/>
        <source>{n} sélectionné</source>
        <translation>{n} geselecteerd</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="260"/>
        <source>{n} sélectionnés</source>
        <translation>{n} geselecteerd</translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="292"/>
        <source>Sélectionnez d&apos;abord des entretiens.</source>
        <translation>Selecteer eerst gesprekken.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../coach/budget_panel.py" line="153"/>
        <source>Ouvrir un tour de budget participatif</source>
        <extracomment>What entering a ballot did (besides the store&apos;s RECORDED and REPEATED). Ballots printed by default, and at most.</extracomment>
        <translation>Een ronde van de participatieve begroting openen</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="155"/>
        <source>par exemple « Budget participatif 2027 »</source>
        <translation>bijvoorbeeld „Participatieve begroting 2027”</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="165"/>
        <source>Ouvrir le tour</source>
        <translation>De ronde openen</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="166"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="170"/>
        <source>&amp;Titre</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="171"/>
        <source>&amp;Enveloppe</source>
        <translation>&amp;Enveloppe</translation>
    </message>
    <message>
        <location filename="../coach/budget_panel.py" line="177"/>
        <source>Donnez un titre au tour.</source>
        <translation>Geef de ronde een titel.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="34"/>
        <source>Paramètres</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="36"/>
        <source>Qui suis-je ?</source>
        <translation>Wie ben ik?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Prénom et nom d&apos;une nouvelle personne</source>
        <translation>Voor- en achternaam van een nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>Nouvelle personne</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="40"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="44"/>
        <source>Langue de l&apos;interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50"/>
        <source>Ouvrir le dossier</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="58"/>
        <source>Adresse du serveur</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>&amp;Qui suis-je ?</source>
        <translation>&amp;Wie ben ik?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>(prend effet au prochain démarrage)</source>
        <translation>(geldt vanaf de volgende start)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Données</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>Adresse du &amp;serveur</source>
        <translation>&amp;Serveradres</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>(l&apos;inscription auprès du serveur arrive avec la synchronisation)</source>
        <translation>(aanmelden bij de server komt met de synchronisatie)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>— personne —</source>
        <translation>— niemand —</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../models/submissions.py" line="28"/>
        <source>Modifié le</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="29"/>
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="30"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="31"/>
        <source>Bénévole</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="32"/>
        <source>Formulaire</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="39"/>
        <source>Brouillon</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="39"/>
        <source>Finalisé</source>
        <translation>Afgerond</translation>
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
        <translation>Deze computer:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="168"/>
        <source>En attente :</source>
        <translation>Wachtend:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="169"/>
        <source>Dernière synchronisation :</source>
        <translation>Laatste synchronisatie:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="172"/>
        <source>Inscription auprès d&apos;un serveur</source>
        <translation>Inschrijving bij een server</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="175"/>
        <source>Adresse du serveur</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="177"/>
        <source>Collez ici le code reçu du coach</source>
        <translation>Plak hier de code van de coach</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="178"/>
        <source>Code d&apos;inscription</source>
        <translation>Inschrijvingscode</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="180"/>
        <source>Inscrire cet ordinateur</source>
        <translation>Deze computer inschrijven</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="183"/>
        <source>Adresse du serveur :</source>
        <translation>Serveradres:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="184"/>
        <source>Code d&apos;inscription :</source>
        <translation>Inschrijvingscode:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="189"/>
        <source>Le code est imprimé sous le QR code que vous a remis votre coach : recopiez-le ou collez-le (le lien complet du QR code convient aussi et remplit l&apos;adresse du serveur).</source>
        <translation>De code staat gedrukt onder de QR-code die uw coach u gaf: typ hem over of plak hem (de volledige link van de QR-code werkt ook en vult het serveradres in).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="198"/>
        <source>Session de coach</source>
        <translation>Coachsessie</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="201"/>
        <source>Se connecter comme coach…</source>
        <translation>Aanmelden als coach…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="203"/>
        <source>Fermer la session</source>
        <translation>Sessie sluiten</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="215"/>
        <source>Pour les coachs : tant que la session est ouverte, la synchronisation reçoit tout le quartier (les entretiens de tous les bénévoles) et envoie vos relectures et vos résolutions de conflits. Fermez-la avant de confier cet ordinateur à quelqu&apos;un d&apos;autre.</source>
        <translation>Voor coaches: zolang de sessie open is, ontvangt de synchronisatie de hele wijk (de interviews van alle vrijwilligers) en verstuurt ze uw nalezingen en uw conflictoplossingen. Sluit ze voordat u deze computer aan iemand anders geeft.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="224"/>
        <source>Envoi et réception</source>
        <translation>Verzenden en ontvangen</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="225"/>
        <source>Synchroniser</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="240"/>
        <source>Envoie les entretiens et l&apos;inventaire en attente, puis reçoit ce que les autres ont changé. Une synchronisation interrompue reprend là où elle s&apos;est arrêtée : rien n&apos;est perdu ni envoyé deux fois.</source>
        <translation>Verzendt de wachtende interviews en inventaris en ontvangt daarna wat anderen wijzigden. Een onderbroken synchronisatie gaat verder waar ze stopte: niets gaat verloren of wordt twee keer verzonden.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="248"/>
        <source>Paquets hors ligne (clé USB, e-mail)</source>
        <translation>Offline pakketten (USB-stick, e-mail)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="249"/>
        <source>Exporter un paquet…</source>
        <translation>Pakket exporteren…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="251"/>
        <source>Importer un paquet…</source>
        <translation>Pakket importeren…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="261"/>
        <source>Exporter : tout ce qui attend d&apos;être envoyé, dans un fichier à remettre au coach ; les modifications restent en attente jusqu&apos;à la prochaine synchronisation. Importer (coach) : le paquet d&apos;un bénévole entre dans votre base de regroupement, avec les mêmes règles qu&apos;un envoi ; un paquet abîmé ou modifié est refusé en entier.</source>
        <translation>Exporteren: alles wat wacht om verzonden te worden, in een bestand voor de coach; de wijzigingen blijven wachten tot de volgende synchronisatie. Importeren (coach): het pakket van een vrijwilliger komt in uw verzameldatabank, met dezelfde regels als een verzending; een beschadigd of gewijzigd pakket wordt volledig geweigerd.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="311"/>
        <source>Comptage des modifications à envoyer…</source>
        <translation>Te verzenden wijzigingen tellen…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="339"/>
        <source>%1 (pas encore inscrit)</source>
        <translation>%1 (nog niet ingeschreven)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="342"/>
        <source>pas encore choisi (Fichier → Paramètres, ou inscription ci-dessous)</source>
        <translation>nog niet gekozen (Bestand → Instellingen, of inschrijving hieronder)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="346"/>
        <source>inscrit dans le quartier « %1 » (appareil %2)</source>
        <translation>ingeschreven in de wijk « %1 » (toestel %2)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="351"/>
        <source>pas encore inscrit</source>
        <translation>nog niet ingeschreven</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="355"/>
        <source>%1 modification(s) en attente d&apos;envoi</source>
        <translation>%1 wijziging(en) wachten om verzonden te worden</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="366"/>
        <source>jamais</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="373"/>
        <source>Session ouverte pour « %1 ».</source>
        <translation>Sessie open voor « %1 ».</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="375"/>
        <source>Session ouverte.</source>
        <translation>Sessie open.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="379"/>
        <source>La session de « %1 » a expiré : reconnectez-vous pour recevoir de nouveau tout le quartier.</source>
        <translation>De sessie van « %1 » is verlopen: meld u opnieuw aan om weer de hele wijk te ontvangen.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="382"/>
        <source>Aucune session de coach sur cet ordinateur.</source>
        <translation>Geen coachsessie op deze computer.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="386"/>
        <source>envoyés : %1, reçus : %2, conflits : %3</source>
        <translation>verzonden: %1, ontvangen: %2, conflicten: %3</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="392"/>
        <source>, déjà reçus par le serveur : %1</source>
        <translation>, al ontvangen door de server: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="396"/>
        <source>, refusés : %1</source>
        <translation>, geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="405"/>
        <location filename="../sync_page.py" line="554"/>
        <source>Inscrivez d&apos;abord cet ordinateur avec un code du coach.</source>
        <translation>Schrijf deze computer eerst in met een code van de coach.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="456"/>
        <source>Envoi… %v / %m</source>
        <translation>Verzenden… %v / %m</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="456"/>
        <source>Réception… %v</source>
        <translation>Ontvangen… %v</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="471"/>
        <source>Indiquez l&apos;adresse du serveur et le code d&apos;inscription.</source>
        <translation>Vul het serveradres en de inschrijvingscode in.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="476"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>Het serveradres begint met https:// (of http://).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="483"/>
        <source>Inscription…</source>
        <translation>Inschrijven…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="490"/>
        <source>Inscrit dans le quartier « %1 » (appareil %2).</source>
        <translation>Ingeschreven in de wijk « %1 » (toestel %2).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="511"/>
        <source>Session de coach ouverte : la prochaine synchronisation reçoit tout le quartier.</source>
        <translation>Coachsessie geopend: de volgende synchronisatie ontvangt de hele wijk.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="531"/>
        <source>Fermeture de la session de coach…</source>
        <translation>Coachsessie wordt gesloten…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="537"/>
        <source>Session de coach fermée : cet ordinateur ne reçoit plus que ce que reçoivent les bénévoles. Ce qu&apos;il a déjà reçu y reste.</source>
        <translation>Coachsessie gesloten: deze computer ontvangt voortaan alleen wat vrijwilligers ontvangen. Wat hij al ontving, blijft erop staan.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="542"/>
        <source>Le serveur n&apos;a pas pu être prévenu : la session y expirera d&apos;elle-même.</source>
        <translation>De server kon niet verwittigd worden: de sessie verloopt daar vanzelf.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="570"/>
        <source>Synchronisation…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="573"/>
        <source>Synchronisation terminée : %1.</source>
        <translation>Synchronisatie klaar: %1.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="578"/>
        <source>%1 modification(s) attendent : le serveur ne les accepte pas encore. Rien n&apos;est perdu : elles partiront quand le serveur sera mis à jour.</source>
        <translation>%1 wijziging(en) wachten: de server aanvaardt ze nog niet. Er gaat niets verloren: ze vertrekken zodra de server bijgewerkt is.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="583"/>
        <source>La session de coach a expiré : seul ce que reçoivent les bénévoles est arrivé. Reconnectez-vous (Session de coach) pour recevoir tout le quartier.</source>
        <translation>De coachsessie is verlopen: alleen wat vrijwilligers ontvangen is binnengekomen. Meld u opnieuw aan (Coachsessie) om de hele wijk te ontvangen.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="596"/>
        <source>Exporter un paquet</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="598"/>
        <location filename="../sync_page.py" line="630"/>
        <source>Paquets Quartier (%1)</source>
        <translation>Quartier-pakketten (%1)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="608"/>
        <source>Export du paquet…</source>
        <translation>Pakket exporteren…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="615"/>
        <source>%1 modification(s) et %2 fichier(s) joint(s) écrits dans %3. Elles restent en attente jusqu&apos;à la prochaine synchronisation.</source>
        <translation>%1 wijziging(en) en %2 bijlage(n) geschreven naar %3. Ze blijven wachten tot de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="628"/>
        <source>Importer un paquet</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="644"/>
        <source>Import du paquet…</source>
        <translation>Pakket importeren…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="651"/>
        <source>Paquet importé : %1 modification(s), %2 fichier(s) joint(s) — %3 nouvelles, %4 déjà reçues. Elles partiront au serveur à la prochaine synchronisation.</source>
        <translation>Pakket geïmporteerd: %1 wijziging(en), %2 bijlage(n) — %3 nieuw, %4 al ontvangen. Ze vertrekken naar de server bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="564"/>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
</context>
</TS>
