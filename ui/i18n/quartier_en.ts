<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="fr">
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
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="105" />
        <source>← &amp;Précédent</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="106" />
        <source>&amp;Suivant →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="107" />
        <source>Page précédente (Ctrl+PgPréc)</source>
        <translation>Previous page (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="108" />
        <source>Page suivante (Ctrl+PgSuiv)</source>
        <translation>Next page (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="141" />
        <location filename="../form_filler/form_view.py" line="149" />
        <source>Pour finir</source>
        <translation>To finish</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="332" />
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="340" />
        <source>Adresse ou lieu</source>
        <translation>Address or place</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="343" />
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="343" />
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="73" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="74" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="75" />
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="75" />
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="77" />
        <source>Champs modifiés</source>
        <translation>Changed fields</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="382" />
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="394" />
        <source>Choisir une photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="394" />
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="411" />
        <source>Pas de photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="107" />
        <source>État de l'enregistrement</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="108" />
        <source>&amp;Finaliser (Ctrl+Entrée)</source>
        <translation>&amp;Finalize (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="110" />
        <source>&amp;Corriger cet entretien</source>
        <translation>&amp;Correct this interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="112" />
        <location filename="../form_filler/interview_editor.py" line="272" />
        <source>Supprimer le brouillon</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="114" />
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="150" />
        <source>Nouvel entretien</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="152" />
        <source>adresse non renseignée</source>
        <translation>no address given</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="154" />
        <source>finalisé le %1</source>
        <translation>finalized on %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="156" />
        <source>correction en cours</source>
        <translation>being corrected</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="158" />
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="163" />
        <source>Lecture seule</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="166" />
        <source>Non enregistré !</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="169" />
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="173" />
        <source>Enregistré ✓ %1</source>
        <translation>Saved ✓ %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="176" />
        <source>Rien à enregistrer pour l'instant</source>
        <translation>Nothing to save yet</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="273" />
        <source>Supprimer ce brouillon ? Ses réponses seront perdues.</source>
        <translation>Delete this draft? Its answers will be lost.</translation>
    </message>
</context>
<context>
    <name>InterviewFilters</name>
    <message>
        <location filename="../interviews_page.py" line="53" />
        <source>Rechercher dans les réponses (Ctrl+F)</source>
        <translation>Search the answers (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="54" />
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="57" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="57" />
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="57" />
        <source>Finalisés</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="59" />
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="64" />
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="68" />
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="69" />
        <source>Jusqu'au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="76" />
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="78" />
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="89" />
        <source>%1 : tous</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../interviews_page.py" line="133" />
        <source>Liste des entretiens</source>
        <translation>Interview list</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="149" />
        <source>&amp;Nouvel entretien (Ctrl+N)</source>
        <translation>&amp;New interview (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="151" />
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="181" />
        <source>Comptage…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="184" />
        <source>%1 entretien(s)</source>
        <translation>%1 interview(s)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="251" />
        <source>Entretien finalisé ✓ (%1)</source>
        <translation>Interview finalized ✓ (%1)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="256" />
        <source>Brouillon supprimé</source>
        <translation>Draft deleted</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <location filename="../inventory_page.py" line="66" />
        <source>&amp;Enregistrer la fiche (Ctrl+S)</source>
        <translation>&amp;Save the item (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="69" />
        <source>Historique de la fiche</source>
        <translation>Item history</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="80" />
        <source>Qui a changé quoi :</source>
        <translation>Who changed what:</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="107" />
        <source>Nouvelle fiche</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="38" />
        <source>Nom</source>
        <extracomment>How a choice name reads for a person: (question name, choice name) -&gt; label.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="39" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="40" />
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="41" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="42" />
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../inventory_page.py" line="152" />
        <source>Rechercher un nom (Ctrl+F)</source>
        <translation>Search a name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="153" />
        <source>Rechercher dans l'inventaire</source>
        <translation>Search the inventory</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="155" />
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="156" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="158" />
        <source>Inventaire partagé</source>
        <translation>Shared inventory</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="160" />
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="197" />
        <source>%1 : tous</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="40" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46" />
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47" />
        <source>Inventaire</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48" />
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50" />
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54" />
        <source>Impression : l'affiche A3/A2, les flyers avec QR code et le rapport du diagnostic arrivent avec le module d'impression.</source>
        <translation>Printing: the A3/A2 poster, flyers with a QR code and the diagnosis report come with the printing module.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65" />
        <source>Coach : la fusion, le dédoublonnage et la comparaison des quartiers arrivent avec l'espace de travail du coach.</source>
        <translation>Coach: merging, de-duplicating and comparing neighbourhoods come with the coach's workspace.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>aucun quartier</source>
        <translation>no neighbourhood</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>bénévole non choisi (Fichier → Paramètres)</source>
        <translation>volunteer not chosen (File → Settings)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101" />
        <source>Aucun quartier</source>
        <translation>No neighbourhood</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>aucune campagne</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>&amp;Nouvel entretien</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144" />
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145" />
        <source>À &amp;propos de Quartier</source>
        <translation>&amp;About Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168" />
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
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
        <translation>Ctrl+N: new interview
Ctrl+F: search
Tab / Shift+Tab: next / previous question
Enter: next question
1 to 9: pick an answer in a list
Ctrl+PgDn / Ctrl+PgUp: next / previous page
Ctrl+Enter: finalize the interview
Ctrl+1 to Ctrl+5: change section
Ctrl+Q: quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185" />
        <source>À propos de Quartier</source>
        <translation>About Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187" />
        <source>Quartier : enquêtes de quartier hors ligne pour les Quartiers Durables Citoyens. Vos entretiens sont enregistrés sur cet ordinateur à chaque modification.</source>
        <translation>Quartier: offline neighbourhood surveys for citizen sustainable neighbourhoods. Your interviews are saved on this computer at every change.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="50" />
        <source>Avant de finaliser, il manque :</source>
        <translation>Before finalizing, this is missing:</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <location filename="../form_filler/repeat_box.py" line="35" />
        <source>Ajouter : %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="51" />
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="52" />
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="53" />
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="33" />
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="35" />
        <source>Qui suis-je ?</source>
        <translation>Who am I?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="37" />
        <source>Prénom et nom d'une nouvelle personne</source>
        <translation>First and last name of a new person</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="38" />
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39" />
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43" />
        <source>Langue de l'interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="49" />
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="55" />
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64" />
        <source>&amp;Qui suis-je ?</source>
        <translation>&amp;Who am I?</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66" />
        <source>&amp;Langue de l'interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67" />
        <source>(prend effet au prochain démarrage)</source>
        <translation>(takes effect at next start)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68" />
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69" />
        <source>Adresse du &amp;serveur</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71" />
        <source>(l'inscription auprès du serveur arrive avec la synchronisation)</source>
        <translation>(enrolling with the server comes with sync)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="83" />
        <source>— personne —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>SubmissionsModel</name>
    <message>
        <location filename="../models/submissions.py" line="26" />
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="27" />
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="28" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="29" />
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="30" />
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="36" />
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="36" />
        <source>Finalisé</source>
        <translation>Finalized</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync_page.py" line="25" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="34" />
        <source>L'envoi vers le serveur et l'export sur clé USB arrivent avec le module de synchronisation. Rien n'est perdu en attendant : tout reste sur cet ordinateur.</source>
        <translation>Sending to the server and exporting to a USB key come with the sync module. Nothing is lost meanwhile: everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="47" />
        <source>Serveur : %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="49" />
        <source>Serveur : pas encore choisi (Fichier → Paramètres)</source>
        <translation>Server: not chosen yet (File → Settings)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="51" />
        <source>Comptage des modifications à envoyer…</source>
        <translation>Counting changes to send…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="59" />
        <source>%1 modification(s) en attente d'envoi</source>
        <translation>%1 change(s) waiting to be sent</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="315" />
        <source>hh:mm</source>
        <extracomment>select_one lists longer than this become a searchable combo box.</extracomment>
        <translation>hh:mm</translation>
    </message>
</context>
</TS>