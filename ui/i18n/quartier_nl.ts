<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="fr">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="428" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../form_filler/form_view.py" line="96" />
        <location filename="../form_filler/form_view.py" line="97" />
        <source>Langue du formulaire</source>
        <extracomment>Forms with at most this many questions (or fewer than two groups) fit on one page.</extracomment>
        <translation>Taal van het formulier</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="105" />
        <source>← &amp;Précédent</source>
        <translation>← &amp;Vorige</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="106" />
        <source>&amp;Suivant →</source>
        <translation>&amp;Volgende →</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="107" />
        <source>Page précédente (Ctrl+PgPréc)</source>
        <translation>Vorige pagina (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="108" />
        <source>Page suivante (Ctrl+PgSuiv)</source>
        <translation>Volgende pagina (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="141" />
        <location filename="../form_filler/form_view.py" line="149" />
        <source>Pour finir</source>
        <translation>Tot slot</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="332" />
        <source>Étape %1 sur %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="340" />
        <source>Adresse ou lieu</source>
        <translation>Adres of plaats</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="343" />
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="343" />
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="73" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="74" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="75" />
        <source>Par</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="75" />
        <source>inconnu</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="77" />
        <source>Champs modifiés</source>
        <translation>Gewijzigde velden</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="382" />
        <source>Choisir une photo…</source>
        <translation>Een foto kiezen…</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="394" />
        <source>Choisir une photo</source>
        <translation>Een foto kiezen</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="394" />
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="411" />
        <source>Pas de photo</source>
        <translation>Geen foto</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="107" />
        <source>État de l'enregistrement</source>
        <translation>Stand van het opslaan</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="108" />
        <source>&amp;Finaliser (Ctrl+Entrée)</source>
        <translation>&amp;Afronden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="110" />
        <source>&amp;Corriger cet entretien</source>
        <translation>Dit gesprek &amp;corrigeren</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="112" />
        <location filename="../form_filler/interview_editor.py" line="272" />
        <source>Supprimer le brouillon</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="114" />
        <source>Retour à la liste</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="150" />
        <source>Nouvel entretien</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="152" />
        <source>adresse non renseignée</source>
        <translation>adres niet ingevuld</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="154" />
        <source>finalisé le %1</source>
        <translation>afgerond op %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="156" />
        <source>correction en cours</source>
        <translation>correctie bezig</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="158" />
        <source>brouillon</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="163" />
        <source>Lecture seule</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="166" />
        <source>Non enregistré !</source>
        <translation>Niet opgeslagen!</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="169" />
        <source>Enregistrement…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="173" />
        <source>Enregistré ✓ %1</source>
        <translation>Opgeslagen ✓ %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="176" />
        <source>Rien à enregistrer pour l'instant</source>
        <translation>Nog niets op te slaan</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="273" />
        <source>Supprimer ce brouillon ? Ses réponses seront perdues.</source>
        <translation>Dit concept verwijderen? De antwoorden gaan verloren.</translation>
    </message>
</context>
<context>
    <name>InterviewFilters</name>
    <message>
        <location filename="../interviews_page.py" line="53" />
        <source>Rechercher dans les réponses (Ctrl+F)</source>
        <translation>Zoeken in de antwoorden (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="54" />
        <source>Rechercher</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="57" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="57" />
        <source>Brouillons</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="57" />
        <source>Finalisés</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="59" />
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="64" />
        <source>Bénévole</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="68" />
        <source>Depuis le</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="69" />
        <source>Jusqu'au</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="76" />
        <source>du</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="78" />
        <source>au</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="89" />
        <source>%1 : tous</source>
        <translation>%1 : alle</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../interviews_page.py" line="133" />
        <source>Liste des entretiens</source>
        <translation>Lijst van gesprekken</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="149" />
        <source>&amp;Nouvel entretien (Ctrl+N)</source>
        <translation>&amp;Nieuw gesprek (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="151" />
        <source>&amp;Ouvrir</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="181" />
        <source>Comptage…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="184" />
        <source>%1 entretien(s)</source>
        <translation>%1 gesprek(ken)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="251" />
        <source>Entretien finalisé ✓ (%1)</source>
        <translation>Gesprek afgerond ✓ (%1)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="256" />
        <source>Brouillon supprimé</source>
        <translation>Concept verwijderd</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <location filename="../inventory_page.py" line="66" />
        <source>&amp;Enregistrer la fiche (Ctrl+S)</source>
        <translation>Fiche op&amp;slaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="69" />
        <source>Historique de la fiche</source>
        <translation>Geschiedenis van de fiche</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="80" />
        <source>Qui a changé quoi :</source>
        <translation>Wie wijzigde wat:</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="107" />
        <source>Nouvelle fiche</source>
        <translation>Nieuwe fiche</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="38" />
        <source>Nom</source>
        <extracomment>How a choice name reads for a person: (question name, choice name) -&gt; label.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="39" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="40" />
        <source>Thème</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="41" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="42" />
        <source>Modifié le</source>
        <translation>Gewijzigd op</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../inventory_page.py" line="152" />
        <source>Rechercher un nom (Ctrl+F)</source>
        <translation>Een naam zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="153" />
        <source>Rechercher dans l'inventaire</source>
        <translation>Zoeken in de inventaris</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="155" />
        <source>Thème</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="156" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="158" />
        <source>Inventaire partagé</source>
        <translation>Gedeelde inventaris</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="160" />
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;Nieuwe fiche</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="197" />
        <source>%1 : tous</source>
        <translation>%1 : alle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="40" />
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46" />
        <source>Entretiens</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47" />
        <source>Inventaire</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48" />
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50" />
        <source>Impression</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54" />
        <source>Impression : l'affiche A3/A2, les flyers avec QR code et le rapport du diagnostic arrivent avec le module d'impression.</source>
        <translation>Afdrukken: de A3/A2-affiche, flyers met QR-code en het diagnoserapport komen met de afdrukmodule.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65" />
        <source>Coach : la fusion, le dédoublonnage et la comparaison des quartiers arrivent avec l'espace de travail du coach.</source>
        <translation>Coach: samenvoegen, ontdubbelen en wijken vergelijken komen met de werkruimte van de coach.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>aucun quartier</source>
        <translation>geen wijk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>bénévole non choisi (Fichier → Paramètres)</source>
        <translation>vrijwilliger niet gekozen (Bestand → Instellingen)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101" />
        <source>Aucun quartier</source>
        <translation>Geen wijk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>aucune campagne</source>
        <translation>geen campagne</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>&amp;Nouvel entretien</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>&amp;Paramètres…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>&amp;Édition</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>&amp;Affichage</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144" />
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>À &amp;propos de Quartier</source>
        <translation>&amp;Over Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168" />
        <source>Raccourcis clavier</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170" />
        <source>Ctrl+N : nouvel entretien
Ctrl+F : rechercher
Tab / Maj+Tab : question suivante / précédente
Entrée : question suivante
1 à 9 : choisir une réponse dans une liste
Ctrl+PgSuiv / Ctrl+PgPréc : page suivante / précédente
Ctrl+Entrée : finaliser l'entretien
Ctrl+1 à Ctrl+5 : changer de section
Ctrl+Q : quitter</source>
        <translation>Ctrl+N: nieuw gesprek
Ctrl+F: zoeken
Tab / Shift+Tab: volgende / vorige vraag
Enter: volgende vraag
1 tot 9: een antwoord in een lijst kiezen
Ctrl+PgDn / Ctrl+PgUp: volgende / vorige pagina
Ctrl+Enter: het gesprek afronden
Ctrl+1 tot Ctrl+5: ander onderdeel
Ctrl+Q: afsluiten</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185" />
        <source>À propos de Quartier</source>
        <translation>Over Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187" />
        <source>Quartier : enquêtes de quartier hors ligne pour les Quartiers Durables Citoyens. Vos entretiens sont enregistrés sur cet ordinateur à chaque modification.</source>
        <translation>Quartier: offline wijkbevragingen voor de Duurzame Burgerwijken. Uw gesprekken worden bij elke wijziging op deze computer opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="50" />
        <source>Avant de finaliser, il manque :</source>
        <translation>Voor het afronden ontbreekt nog:</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../form_filler/repeat_box.py" line="35" />
        <source>Ajouter : %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="51" />
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="52" />
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="53" />
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="33" />
        <source>Paramètres</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="35" />
        <source>Qui suis-je ?</source>
        <translation>Wie ben ik?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="37" />
        <source>Prénom et nom d'une nouvelle personne</source>
        <translation>Voor- en achternaam van een nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38" />
        <source>Nouvelle personne</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39" />
        <source>&amp;Ajouter</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43" />
        <source>Langue de l'interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="49" />
        <source>Ouvrir le dossier</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="55" />
        <source>Adresse du serveur</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64" />
        <source>&amp;Qui suis-je ?</source>
        <translation>&amp;Wie ben ik?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66" />
        <source>&amp;Langue de l'interface</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67" />
        <source>(prend effet au prochain démarrage)</source>
        <translation>(geldt vanaf de volgende start)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>Données</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Adresse du &amp;serveur</source>
        <translation>&amp;Serveradres</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71" />
        <source>(l'inscription auprès du serveur arrive avec la synchronisation)</source>
        <translation>(aanmelden bij de server komt met de synchronisatie)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="83" />
        <source>— personne —</source>
        <translation>— niemand —</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../models/submissions.py" line="26" />
        <source>Modifié le</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="27" />
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="28" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="29" />
        <source>Bénévole</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="30" />
        <source>Formulaire</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="36" />
        <source>Brouillon</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="36" />
        <source>Finalisé</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync_page.py" line="25" />
        <source>Actualiser</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="34" />
        <source>L'envoi vers le serveur et l'export sur clé USB arrivent avec le module de synchronisation. Rien n'est perdu en attendant : tout reste sur cet ordinateur.</source>
        <translation>Verzenden naar de server en exporteren naar een USB-stick komen met de synchronisatiemodule. Intussen gaat niets verloren: alles blijft op deze computer.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="47" />
        <source>Serveur : %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="49" />
        <source>Serveur : pas encore choisi (Fichier → Paramètres)</source>
        <translation>Server: nog niet gekozen (Bestand → Instellingen)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="51" />
        <source>Comptage des modifications à envoyer…</source>
        <translation>Te verzenden wijzigingen tellen…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="59" />
        <source>%1 modification(s) en attente d'envoi</source>
        <translation>%1 wijziging(en) wachten om verzonden te worden</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="315" />
        <source>hh:mm</source>
        <extracomment>select_one lists longer than this become a searchable combo box.</extracomment>
        <translation>uu:mm</translation>
    </message>
</context>
</TS>