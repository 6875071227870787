<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <location filename="../coach/review_model.py" line="27"/>
        <source>Coach</source>
        <comment>Envoyé le</comment>
        <translation type="unfinished">Coach</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="28"/>
        <source>Coach</source>
        <comment>Rue</comment>
        <translation type="unfinished">Coach</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="29"/>
        <source>Coach</source>
        <comment>Bénévole</comment>
        <translation type="unfinished">Coach</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="30"/>
        <source>Coach</source>
        <comment>État</comment>
        <translation type="unfinished">Coach</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="31"/>
        <source>Coach</source>
        <comment>Commentaire</comment>
        <translation type="unfinished">Coach</translation>
    </message>
    <message>
        <location filename="../coach/review_model.py" line="32"/>
        <source>Coach</source>
        <comment>Identifiant</comment>
        <translation type="unfinished">Coach</translation>
    </message>
</context>
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="429"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../coach/bar_chart.py" line="62"/>
        <source>Aucune donnée</source>
        <translation type="unfinished"></translation>
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
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>Campagne</source>
        <extracomment>What a campaign saved here changes: the campaigns, and which one is current.</extracomment>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="77"/>
        <source>Foyers visés</source>
        <translation>Target households</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="78"/>
        <source>Rues</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="78"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="89"/>
        <source>Nouvelle campagne…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="91"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="93"/>
        <source>Clôturer…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="95"/>
        <source>Actualiser depuis le serveur</source>
        <translation>Refresh from the server</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="112"/>
        <source>Les campagnes du quartier, enregistrées sur le serveur avec votre session de coach : les ordinateurs des bénévoles les reçoivent à leur prochaine synchronisation.</source>
        <translation>The neighbourhood&apos;s campaigns, kept on the server with your coach session: the volunteers&apos; computers receive them at their next sync.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="144"/>
        <source>clôturée le {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="146"/>
        <source>ouverte</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="230"/>
        <source>Campagne « {name} » enregistrée sur le serveur : les bénévoles la recevront à leur prochaine synchronisation.</source>
        <translation>Campaign “{name}” saved on the server: the volunteers will receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="251"/>
        <source>Clôturer la campagne</source>
        <translation>Close the campaign</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="252"/>
        <source>Clôturer la campagne « {name} » ? Les bénévoles ne la verront plus comme campagne en cours après leur prochaine synchronisation ; les entretiens déjà faits restent.</source>
        <translation>Close the campaign “{name}”? After their next sync the volunteers no longer see it as the current campaign; the interviews already made stay.</translation>
    </message>
    <message>
        <location filename="../coach/campaigns_panel.py" line="266"/>
        <source>Campagne « {name} » clôturée.</source>
        <translation>Campaign “{name}” closed.</translation>
    </message>
</context>
<context>
    <name>CoachLoginDialog</name>
    <message>
        <location filename="../coach_login.py" line="91"/>
        <source>Session de coach</source>
        <translation>Coach session</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="98"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="100"/>
        <source>Nom du compte coach</source>
        <translation>Coach account name</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="103"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="106"/>
        <source>Adresse du &amp;serveur :</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="107"/>
        <source>&amp;Nom du compte coach :</source>
        <translation>Coach account &amp;name:</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="108"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="116"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="119"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="130"/>
        <source>Tant que la session est ouverte, chaque synchronisation reçoit tout le quartier, entretiens compris, et envoie vos relectures et vos résolutions de conflits.</source>
        <translation>While the session is open, each sync receives the whole neighbourhood, interviews included, and sends your reviews and conflict resolutions.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="136"/>
        <source>Cet ordinateur n&apos;est encore inscrit nulle part : la connexion l&apos;inscrit comme votre appareil, dans votre quartier.</source>
        <translation>This computer is not enrolled anywhere yet: logging in enrols it as your device, in your neighbourhood.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="158"/>
        <source>Indiquez l&apos;adresse du serveur, votre nom et votre mot de passe.</source>
        <translation>Enter the server address, your name and your password.</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="165"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>The server address starts with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="180"/>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="203"/>
        <source>Votre session de coach est ouverte, mais cet ordinateur n&apos;est pas encore inscrit comme appareil : inscrivez-le avec un code d&apos;inscription du quartier choisi (section Synchronisation).</source>
        <translation>Your coach session is open, but this computer is not enrolled as a device yet: enrol it with an enrolment code of the chosen neighbourhood (Synchronisation section).</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="210"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../coach_login.py" line="230"/>
        <source>Le serveur a refusé ce nom ou ce mot de passe.</source>
        <translation>The server refused this name or password.</translation>
    </message>
</context>
<context>
    <name>CoachWorkspace</name>
    <message>
        <location filename="../coach/workspace.py" line="84"/>
        <source>Actualiser</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="86"/>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="118"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="118"/>
        <source>Relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="118"/>
        <source>Doublons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="119"/>
        <source>Conflits d&apos;inventaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="119"/>
        <source>Campagnes</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="162"/>
        <source>toutes les campagnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="163"/>
        <source>Coach — {campaign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="174"/>
        <source>Exporter les données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/workspace.py" line="190"/>
        <source>Exporté : {files}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../coach/conflicts_panel.py" line="57"/>
        <source>Session coach…</source>
        <extracomment>The columns of the field table; the last one holds the value the coach keeps.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="69"/>
        <source>Autre appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="70"/>
        <source>Valeur retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="74"/>
        <source>Pour chaque champ, choisissez la valeur à garder ou tapez-en une autre. La décision part à la prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="78"/>
        <source>Résoudre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="106"/>
        <source>(sans nom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="108"/>
        <source>{name} — %n champ(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="113"/>
        <source>Aucun conflit dans l&apos;inventaire partagé : les modifications faites en parallèle ont toutes pu être fusionnées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="116"/>
        <source>%n conflit(s) à arbitrer : la même information a été modifiée différemment sur deux appareils.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="159"/>
        <source>Choisir ou taper une valeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="186"/>
        <source>Choisissez la valeur à garder pour au moins un champ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="201"/>
        <source>Aucune résolution en attente d&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="204"/>
        <source>%n résolution(s) partiront à la prochaine synchronisation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/conflicts_panel.py" line="207"/>
        <source>%n résolution(s) en attente : ouvrez une session coach pour qu&apos;elles partent à la synchronisation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="220"/>
        <source>Fiche supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="224"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="226"/>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/conflicts_panel.py" line="226"/>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../coach/dashboard.py" line="78"/>
        <source>Filtrer par rue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="80"/>
        <source>Filtrer par bénévole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="84"/>
        <source>Questions à afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="89"/>
        <source>Ménages atteints par rue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="90"/>
        <source>Besoins et envies par thème (mentions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="104"/>
        <source>Rue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="106"/>
        <source>Bénévole :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="111"/>
        <source>Questions affichées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="126"/>
        <source>Toutes les rues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="127"/>
        <source>Tous les bénévoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="185"/>
        <source>{reached} ménages atteints sur {target} visés ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/dashboard.py" line="194"/>
        <source>{reached} ménages atteints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../coach/duplicates_panel.py" line="45"/>
        <source>Doublons proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="50"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="50"/>
        <source>Premier entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="50"/>
        <source>Second entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="59"/>
        <source>Garder le premier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="60"/>
        <source>Garder le second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="61"/>
        <source>Garder les deux (ménages distincts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="62"/>
        <source>Fusionner dans le premier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="90"/>
        <source>{address} — ressemblance {score} % — {days} j d&apos;écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="95"/>
        <source>Aucun doublon proposé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="115"/>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="117"/>
        <source>Mêmes adresse et ménage ; réponses qui diffèrent : {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="122"/>
        <source>Bénévole</source>
        <translation type="unfinished">Volunteer</translation>
    </message>
    <message>
        <location filename="../coach/duplicates_panel.py" line="123"/>
        <source>Envoyé le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../first_start.py" line="86"/>
        <location filename="../first_start.py" line="142"/>
        <source>Bienvenue dans Quartier</source>
        <extracomment>How the server refuses an enrolment code: unknown, expired, revoked or used (403), or not even shaped like one (422).</extracomment>
        <translation>Welcome to Quartier</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="130"/>
        <source>← Retour</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="144"/>
        <source>Cet ordinateur ne connaît encore aucun quartier. Comment voulez-vous commencer ?</source>
        <translation>This computer does not know any neighbourhood yet. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="149"/>
        <source>J&apos;ai un code ou une carte d&apos;inscription</source>
        <translation>I have an enrolment code or card</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="151"/>
        <source>Votre coach vous a remis un code ou une carte avec un QR code : cet ordinateur rejoint votre quartier et reçoit ses formulaires.</source>
        <translation>Your coach gave you a code or a card with a QR code: this computer joins your neighbourhood and receives its forms.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="157"/>
        <location filename="../first_start.py" line="223"/>
        <source>Je coordonne</source>
        <translation>I coordinate</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="159"/>
        <source>Vous êtes coach : connectez-vous au serveur avec votre nom et votre mot de passe.</source>
        <translation>You are a coach: log in to the server with your name and password.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="165"/>
        <source>Essayer la démo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="167"/>
        <source>Un quartier imaginaire, avec ses entretiens et son inventaire, dans un fichier à part : vos propres données ne sont pas touchées.</source>
        <translation>An imaginary neighbourhood, with its interviews and inventory, in a separate file: your own data is left untouched.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="173"/>
        <location filename="../first_start.py" line="270"/>
        <source>Travailler sans serveur</source>
        <translation>Work without a server</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="175"/>
        <source>Créez votre quartier et votre campagne sur cet ordinateur. Vous pourrez les relier à un serveur plus tard.</source>
        <translation>Create your neighbourhood and your campaign on this computer. You can connect them to a server later.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="187"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="188"/>
        <source>L&apos;assistant reste dans le menu Fichier.</source>
        <translation>The assistant stays in the File menu.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="196"/>
        <location filename="../first_start.py" line="216"/>
        <source>Inscrire cet ordinateur</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="198"/>
        <source>Recopiez le code imprimé sous le QR code de votre carte, ou collez le lien du QR code : il contient aussi l&apos;adresse du serveur.</source>
        <translation>Copy the code printed under the QR code on your card, or paste the QR code&apos;s link: it also holds the server address.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="203"/>
        <source>Code ou lien quartier://enrol?…</source>
        <translation>Code or link quartier://enrol?…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="204"/>
        <source>Code d&apos;inscription</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="208"/>
        <location filename="../first_start.py" line="231"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="210"/>
        <source>&amp;Code ou lien :</source>
        <translation>&amp;Code or link:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="211"/>
        <location filename="../first_start.py" line="239"/>
        <source>Adresse du &amp;serveur :</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="214"/>
        <source>Avec un code seul, indiquez l&apos;adresse que votre coach vous a donnée.</source>
        <translation>With a code alone, enter the address your coach gave you.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="225"/>
        <source>Connectez-vous avec le compte de coach que l&apos;administrateur du serveur vous a créé. La première synchronisation apporte vos quartiers.</source>
        <translation>Log in with the coach account the server&apos;s administrator made for you. The first sync brings your neighbourhoods.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="233"/>
        <source>Nom du compte coach</source>
        <translation>Coach account name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="236"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="240"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="241"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="243"/>
        <source>Se connecter</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="245"/>
        <source>Inscrire avec un code…</source>
        <translation>Enrol with a code…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="247"/>
        <source>Terminer</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="256"/>
        <source>Démonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="258"/>
        <source>Construction d&apos;un quartier imaginaire (les Marolles, à Bruxelles) avec %1 entretiens, son inventaire et ses bénévoles, dans le fichier %2. Vos propres données restent où elles sont.</source>
        <translation>Building an imaginary neighbourhood (the Marolles, in Brussels) with %1 interviews, its inventory and its volunteers, in the file %2. Your own data stays where it is.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="272"/>
        <source>Votre quartier et votre campagne restent sur cet ordinateur. Si votre groupe rejoint un serveur plus tard, ils y seront rattachés à l&apos;inscription.</source>
        <translation>Your neighbourhood and your campaign stay on this computer. If your group joins a server later, they are attached to it at enrolment.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="278"/>
        <source>par exemple : Marolles</source>
        <translation>for example: Marolles</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="282"/>
        <source>Diagnostic partagé %1</source>
        <translation>Shared diagnosis %1</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="288"/>
        <source>non fixé</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="290"/>
        <location filename="../first_start.py" line="331"/>
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="293"/>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="297"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="301"/>
        <source>Nom du &amp;quartier :</source>
        <translation>&amp;Neighbourhood name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="302"/>
        <source>&amp;Commune :</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="305"/>
        <source>Nom de la c&amp;ampagne :</source>
        <translation>C&amp;ampaign name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="306"/>
        <source>Du :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="307"/>
        <source>&amp;Ménages visés :</source>
        <translation>Target &amp;households:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="308"/>
        <source>&amp;Votre nom :</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="310"/>
        <source>Nom du quartier</source>
        <translation>Neighbourhood name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="311"/>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="312"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="313"/>
        <source>Nom de la campagne</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="314"/>
        <source>Début de la campagne</source>
        <translation>Campaign start</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="315"/>
        <source>Fin de la campagne</source>
        <translation>Campaign end</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="316"/>
        <source>Ménages visés</source>
        <translation>Target households</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="317"/>
        <location filename="../first_start.py" line="332"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="321"/>
        <source>Créer le quartier</source>
        <translation>Create the neighbourhood</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="327"/>
        <source>Comment vous appelez-vous ?</source>
        <translation>What is your name?</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="338"/>
        <source>Votre nom accompagne les entretiens et les fiches que vous enregistrez sur cet ordinateur. Vous pourrez le changer dans Fichier → Paramètres.</source>
        <translation>Your name goes with the interviews and records you save on this computer. You can change it in File → Settings.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="343"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="368"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>The server address starts with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="417"/>
        <source>Le serveur %1 ne répond pas (%2). Vérifiez son adresse et la connexion à Internet, puis réessayez.</source>
        <translation>The server %1 does not answer (%2). Check its address and the Internet connection, then try again.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="434"/>
        <source>Recopiez le code ou collez le lien du QR code.</source>
        <translation>Copy the code or paste the QR code&apos;s link.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="438"/>
        <source>Ce code ne dit pas où est le serveur : indiquez son adresse.</source>
        <translation>This code does not say where the server is: enter its address.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="454"/>
        <source>Inscription, puis première synchronisation…</source>
        <translation>Enrolling, then first sync…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="463"/>
        <source>Le serveur a refusé ce code : il est inconnu, expiré, révoqué ou déjà utilisé. Vérifiez-le, ou demandez un nouveau code à votre coach.</source>
        <translation>The server refused this code: it is unknown, expired, revoked or already used. Check it, or ask your coach for a new code.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="471"/>
        <location filename="../first_start.py" line="484"/>
        <source>Cet ordinateur est inscrit dans le quartier « %1 ».</source>
        <translation>This computer is enrolled in the neighbourhood “%1”.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="476"/>
        <source>Première synchronisation faite : %1 formulaire(s) et %2 élément(s) reçus.</source>
        <translation>First sync done: %1 form(s) and %2 item(s) received.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="480"/>
        <source>La première synchronisation n&apos;a pas abouti (%1) : relancez-la plus tard dans la section Synchronisation.</source>
        <translation>The first sync did not succeed (%1): run it again later in the Sync section.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="498"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>Write your first name and surname.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="516"/>
        <source>Indiquez l&apos;adresse du serveur, votre nom et votre mot de passe.</source>
        <translation>Enter the server address, your name and your password.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="532"/>
        <source>Connexion…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="542"/>
        <source>Session de coach ouverte ; première synchronisation : %1 élément(s) reçus.</source>
        <translation>Coach session open; first sync: %1 item(s) received.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="550"/>
        <source>Votre session de coach est ouverte, mais cet ordinateur n&apos;est pas encore inscrit comme appareil : la synchronisation ne peut pas recevoir vos quartiers. Inscrivez-le avec un code d&apos;inscription du quartier choisi, ou terminez et inscrivez-le plus tard dans la section Synchronisation.</source>
        <translation>Your coach session is open, but this computer is not enrolled as a device yet: sync cannot receive your neighbourhoods. Enrol it with an enrolment code of the chosen neighbourhood, or finish and enrol it later in the Sync section.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="580"/>
        <source>Construction de la démonstration…</source>
        <translation>Building the demonstration…</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="585"/>
        <source>Vous êtes dans la démonstration (%1). Vos propres données n&apos;ont pas changé : Fichier → Assistant de démarrage pour commencer pour de bon.</source>
        <translation>You are in the demonstration (%1). Your own data has not changed: File → Start assistant to begin for real.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="597"/>
        <source>Indiquez le nom du quartier, celui de la campagne et votre nom.</source>
        <translation>Enter the neighbourhood&apos;s name, the campaign&apos;s and your own.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="602"/>
        <source>La campagne se termine avant de commencer.</source>
        <translation>The campaign ends before it starts.</translation>
    </message>
    <message>
        <location filename="../first_start.py" line="621"/>
        <source>Quartier « %1 » créé, avec la campagne « %2 ».</source>
        <translation>Neighbourhood “%1” created, with the campaign “%2”.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../form_filler/form_view.py" line="96"/>
        <location filename="../form_filler/form_view.py" line="97"/>
        <source>Langue du formulaire</source>
        <extracomment>Forms with at most this many questions (or fewer than two groups) fit on one page.</extracomment>
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="105"/>
        <source>← &amp;Précédent</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="106"/>
        <source>&amp;Suivant →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="107"/>
        <source>Page précédente (Ctrl+PgPréc)</source>
        <translation>Previous page (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="108"/>
        <source>Page suivante (Ctrl+PgSuiv)</source>
        <translation>Next page (Ctrl+PgDn)</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="141"/>
        <location filename="../form_filler/form_view.py" line="149"/>
        <source>Pour finir</source>
        <translation>To finish</translation>
    </message>
    <message>
        <location filename="../form_filler/form_view.py" line="332"/>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="341"/>
        <source>Adresse ou lieu</source>
        <translation>Address or place</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="344"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="344"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="73"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="74"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="75"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="75"/>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="77"/>
        <source>Champs modifiés</source>
        <translation>Changed fields</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="383"/>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="395"/>
        <source>Choisir une photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="395"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../form_filler/editors.py" line="412"/>
        <source>Pas de photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="108"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="109"/>
        <source>&amp;Finaliser (Ctrl+Entrée)</source>
        <translation>&amp;Finalize (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="111"/>
        <source>&amp;Corriger cet entretien</source>
        <translation>&amp;Correct this interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="113"/>
        <location filename="../form_filler/interview_editor.py" line="280"/>
        <source>Supprimer le brouillon</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="115"/>
        <source>Retour à la liste</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="155"/>
        <source>Nouvel entretien</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="157"/>
        <source>adresse non renseignée</source>
        <translation>no address given</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="159"/>
        <source>finalisé le %1</source>
        <translation>finalized on %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="161"/>
        <source>correction en cours</source>
        <translation>being corrected</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="163"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="168"/>
        <source>Lecture seule</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="171"/>
        <source>Non enregistré !</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="174"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="178"/>
        <source>Enregistré ✓ %1</source>
        <translation>Saved ✓ %1</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="181"/>
        <source>Rien à enregistrer pour l&apos;instant</source>
        <translation>Nothing to save yet</translation>
    </message>
    <message>
        <location filename="../form_filler/interview_editor.py" line="281"/>
        <source>Supprimer ce brouillon ? Ses réponses seront perdues.</source>
        <translation>Delete this draft? Its answers will be lost.</translation>
    </message>
</context>
<context>
    <name>InterviewFilters</name>
    <message>
        <location filename="../interviews_page.py" line="55"/>
        <source>Rechercher dans les réponses (Ctrl+F)</source>
        <translation>Search the answers (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="56"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="59"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="59"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="59"/>
        <source>Finalisés</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="61"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="67"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="71"/>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="72"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="79"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="81"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="92"/>
        <source>%1 : tous</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../interviews_page.py" line="136"/>
        <source>Liste des entretiens</source>
        <translation>Interview list</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="152"/>
        <source>&amp;Nouvel entretien (Ctrl+N)</source>
        <translation>&amp;New interview (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="154"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="190"/>
        <source>Comptage…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="193"/>
        <source>%1 entretien(s)</source>
        <translation>%1 interview(s)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="262"/>
        <source>Entretien finalisé ✓ (%1)</source>
        <translation>Interview finalized ✓ (%1)</translation>
    </message>
    <message>
        <location filename="../interviews_page.py" line="267"/>
        <source>Brouillon supprimé</source>
        <translation>Draft deleted</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <location filename="../inventory_page.py" line="65"/>
        <source>&amp;Enregistrer la fiche (Ctrl+S)</source>
        <translation>&amp;Save the item (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="68"/>
        <source>Historique de la fiche</source>
        <translation>Item history</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="79"/>
        <source>Qui a changé quoi :</source>
        <translation>Who changed what:</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="109"/>
        <source>Nouvelle fiche</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../models/inventory.py" line="38"/>
        <source>Nom</source>
        <extracomment>How a choice name reads for a person: (question name, choice name) -&gt; label.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="39"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="40"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="41"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/inventory.py" line="42"/>
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../inventory_page.py" line="154"/>
        <source>Rechercher un nom (Ctrl+F)</source>
        <translation>Search a name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="155"/>
        <source>Rechercher dans l&apos;inventaire</source>
        <translation>Search the inventory</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="157"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="158"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="160"/>
        <source>Inventaire partagé</source>
        <translation>Shared inventory</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="162"/>
        <source>&amp;Nouvelle fiche</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../inventory_page.py" line="208"/>
        <source>%1 : tous</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="68"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74"/>
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Inventaire</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>Impression : l&apos;affiche A3/A2, les flyers avec QR code et le rapport du diagnostic arrivent avec le module d&apos;impression.</source>
        <translation>Printing: the A3/A2 poster, flyers with a QR code and the diagnosis report come with the printing module.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>Coach : la fusion, le dédoublonnage et la comparaison des quartiers arrivent avec l&apos;espace de travail du coach.</source>
        <translation>Coach: merging, de-duplicating and comparing neighbourhoods come with the coach&apos;s workspace.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>aucun quartier</source>
        <translation>no neighbourhood</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>bénévole non choisi (Fichier → Paramètres)</source>
        <translation>volunteer not chosen (File → Settings)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Aucun quartier</source>
        <translation>No neighbourhood</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>aucune campagne</source>
        <translation>no campaign</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>&amp;Nouvel entretien</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>Assistant de &amp;démarrage…</source>
        <translation>Start &amp;assistant…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>À &amp;propos de Quartier</source>
        <translation>&amp;About Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>Pour commencer : Fichier → Assistant de démarrage…</source>
        <translation>To get started: File → Start assistant…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>Ctrl+N : nouvel entretien
Ctrl+F : rechercher
Tab / Maj+Tab : question suivante / précédente
Entrée : question suivante
1 à 9 : choisir une réponse dans une liste
Ctrl+PgSuiv / Ctrl+PgPréc : page suivante / précédente
Ctrl+Entrée : finaliser l&apos;entretien
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
        <location filename="../main_window.py" line="254"/>
        <source>À propos de Quartier</source>
        <translation>About Quartier</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>Quartier : enquêtes de quartier hors ligne pour les Quartiers Durables Citoyens. Vos entretiens sont enregistrés sur cet ordinateur à chaque modification.</source>
        <translation>Quartier: offline neighbourhood surveys for citizen sustainable neighbourhoods. Your interviews are saved on this computer at every change.</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../form_filler/interview_editor.py" line="50"/>
        <source>Avant de finaliser, il manque :</source>
        <translation>Before finalizing, this is missing:</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../print_view.py" line="158"/>
        <source>Affiche ou flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="159"/>
        <source>Rapport du diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="161"/>
        <source>A3 — affiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="161"/>
        <source>A2 — grande affiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="162"/>
        <source>A4 — flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="173"/>
        <source>Fond perdu de 3 mm et traits de coupe (imprimeur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="174"/>
        <source>https://… (rejoindre le groupe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="175"/>
        <source>Samedi 16 mai, 14 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="176"/>
        <source>Maison de quartier, rue Blaes 154</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="177"/>
        <source>Quelques mots d&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="179"/>
        <source>Logo du groupe (PNG ou JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="180"/>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="187"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="188"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="189"/>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="190"/>
        <source>Campagne</source>
        <translation type="unfinished">Campaign</translation>
    </message>
    <message>
        <location filename="../print_view.py" line="191"/>
        <source>Comparer avec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="192"/>
        <source>Couleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="194"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="195"/>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="196"/>
        <source>Où</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="197"/>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="198"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="209"/>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="211"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="262"/>
        <source>La campagne précédente, s&apos;il y en a une</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="280"/>
        <source>Logo du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="280"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="311"/>
        <source>Mise à jour de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="368"/>
        <source>Aperçu : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="373"/>
        <source>Aperçu impossible : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="403"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="403"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="413"/>
        <source>Impossible d&apos;écrire le fichier : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="416"/>
        <source>Enregistré : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="432"/>
        <source>Préparation de l&apos;impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="441"/>
        <source>L&apos;imprimante n&apos;a pas pu démarrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="450"/>
        <source>Envoyé à l&apos;imprimante : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="453"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print_view.py" line="453"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
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
        <location filename="../form_filler/repeat_box.py" line="51"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="52"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../form_filler/repeat_box.py" line="53"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../coach/review_panel.py" line="40"/>
        <source>Filtrer par état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="41"/>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="55"/>
        <source>Commentaire (facultatif, pour toute la sélection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="58"/>
        <source>Approuver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="59"/>
        <source>À revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="60"/>
        <source>Rejeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="63"/>
        <source>État :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../coach/review_panel.py" line="90"/>
        <source>%n entretien(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../coach/review_panel.py" line="100"/>
        <source>Sélectionnez d&apos;abord des entretiens.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../models/submissions.py" line="26"/>
        <source>Modifié le</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="27"/>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="28"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="29"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="30"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="36"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../models/submissions.py" line="36"/>
        <source>Finalisé</source>
        <translation>Finalized</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync_page.py" line="157"/>
        <source>État</source>
        <extracomment>What a sync may change: the state of the page, what was sent, and whatever a pull brings.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="159"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="160"/>
        <source>Cet ordinateur :</source>
        <translation>This computer:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="161"/>
        <source>En attente :</source>
        <translation>Waiting:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="162"/>
        <source>Dernière synchronisation :</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="165"/>
        <source>Inscription auprès d&apos;un serveur</source>
        <translation>Enrolment with a server</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="168"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="170"/>
        <source>Collez ici le code reçu du coach</source>
        <translation>Paste the code from your coach here</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="171"/>
        <source>Code d&apos;inscription</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="173"/>
        <source>Inscrire cet ordinateur</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="176"/>
        <source>Adresse du serveur :</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="177"/>
        <source>Code d&apos;inscription :</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="182"/>
        <source>Le code est imprimé sous le QR code que vous a remis votre coach : recopiez-le ou collez-le (le lien complet du QR code convient aussi et remplit l&apos;adresse du serveur).</source>
        <translation>The code is printed under the QR code your coach gave you: type it or paste it (the QR code&apos;s full link works too and fills in the server address).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="191"/>
        <source>Session de coach</source>
        <translation>Coach session</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="194"/>
        <source>Se connecter comme coach…</source>
        <translation>Log in as a coach…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="196"/>
        <source>Fermer la session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="208"/>
        <source>Pour les coachs : tant que la session est ouverte, la synchronisation reçoit tout le quartier (les entretiens de tous les bénévoles) et envoie vos relectures et vos résolutions de conflits. Fermez-la avant de confier cet ordinateur à quelqu&apos;un d&apos;autre.</source>
        <translation>For coaches: while the session is open, the sync receives the whole neighbourhood (every volunteer&apos;s interviews) and sends your reviews and conflict resolutions. Close it before handing this computer to someone else.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="217"/>
        <source>Envoi et réception</source>
        <translation>Sending and receiving</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="218"/>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="233"/>
        <source>Envoie les entretiens et l&apos;inventaire en attente, puis reçoit ce que les autres ont changé. Une synchronisation interrompue reprend là où elle s&apos;est arrêtée : rien n&apos;est perdu ni envoyé deux fois.</source>
        <translation>Sends the waiting interviews and inventory, then receives what others changed. An interrupted sync resumes where it stopped: nothing is lost or sent twice.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="241"/>
        <source>Paquets hors ligne (clé USB, e-mail)</source>
        <translation>Offline bundles (USB key, e-mail)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="242"/>
        <source>Exporter un paquet…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="244"/>
        <source>Importer un paquet…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="254"/>
        <source>Exporter : tout ce qui attend d&apos;être envoyé, dans un fichier à remettre au coach ; les modifications restent en attente jusqu&apos;à la prochaine synchronisation. Importer (coach) : le paquet d&apos;un bénévole entre dans votre base de regroupement, avec les mêmes règles qu&apos;un envoi ; un paquet abîmé ou modifié est refusé en entier.</source>
        <translation>Export: everything waiting to be sent, in a file for your coach; the changes keep waiting until the next sync. Import (coach): a volunteer&apos;s bundle goes into your hub database, with the same rules as a push; a damaged or altered bundle is refused whole.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="304"/>
        <source>Comptage des modifications à envoyer…</source>
        <translation>Counting the changes to send…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="332"/>
        <source>%1 (pas encore inscrit)</source>
        <translation>%1 (not enrolled yet)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="335"/>
        <source>pas encore choisi (Fichier → Paramètres, ou inscription ci-dessous)</source>
        <translation>not chosen yet (File → Settings, or enrolment below)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="339"/>
        <source>inscrit dans le quartier « %1 » (appareil %2)</source>
        <translation>enrolled in the neighbourhood “%1” (device %2)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="344"/>
        <source>pas encore inscrit</source>
        <translation>not enrolled yet</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="348"/>
        <source>%1 modification(s) en attente d&apos;envoi</source>
        <translation>%1 change(s) waiting to be sent</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="357"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="364"/>
        <source>Session ouverte pour « %1 ».</source>
        <translation>Session open for “%1”.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="366"/>
        <source>Session ouverte.</source>
        <translation>Session open.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="370"/>
        <source>La session de « %1 » a expiré : reconnectez-vous pour recevoir de nouveau tout le quartier.</source>
        <translation>The session of “%1” has expired: log in again to receive the whole neighbourhood again.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="373"/>
        <source>Aucune session de coach sur cet ordinateur.</source>
        <translation>No coach session on this computer.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="377"/>
        <source>envoyés : %1, reçus : %2, conflits : %3</source>
        <translation>sent: %1, received: %2, conflicts: %3</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="383"/>
        <source>, déjà reçus par le serveur : %1</source>
        <translation>, already received by the server: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="387"/>
        <source>, refusés : %1</source>
        <translation>, refused: %1</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="396"/>
        <location filename="../sync_page.py" line="543"/>
        <source>Inscrivez d&apos;abord cet ordinateur avec un code du coach.</source>
        <translation>First enrol this computer with a code from your coach.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="447"/>
        <source>Envoi… %v / %m</source>
        <translation>Sending… %v / %m</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="447"/>
        <source>Réception… %v</source>
        <translation>Receiving… %v</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="462"/>
        <source>Indiquez l&apos;adresse du serveur et le code d&apos;inscription.</source>
        <translation>Enter the server address and the enrolment code.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="467"/>
        <source>L&apos;adresse du serveur commence par https:// (ou http://).</source>
        <translation>The server address starts with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="474"/>
        <source>Inscription…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="481"/>
        <source>Inscrit dans le quartier « %1 » (appareil %2).</source>
        <translation>Enrolled in the neighbourhood “%1” (device %2).</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="502"/>
        <source>Session de coach ouverte : la prochaine synchronisation reçoit tout le quartier.</source>
        <translation>Coach session open: the next sync receives the whole neighbourhood.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="520"/>
        <source>Fermeture de la session de coach…</source>
        <translation>Closing the coach session…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="526"/>
        <source>Session de coach fermée : cet ordinateur ne reçoit plus que ce que reçoivent les bénévoles. Ce qu&apos;il a déjà reçu y reste.</source>
        <translation>Coach session closed: this computer now receives only what volunteers receive. What it already received stays on it.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="531"/>
        <source>Le serveur n&apos;a pas pu être prévenu : la session y expirera d&apos;elle-même.</source>
        <translation>The server could not be told: the session will expire there on its own.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="559"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="562"/>
        <source>Synchronisation terminée : %1.</source>
        <translation>Sync finished: %1.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="567"/>
        <source>La session de coach a expiré : seul ce que reçoivent les bénévoles est arrivé. Reconnectez-vous (Session de coach) pour recevoir tout le quartier.</source>
        <translation>The coach session has expired: only what volunteers receive came in. Log in again (Coach session) to receive the whole neighbourhood.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="580"/>
        <source>Exporter un paquet</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="582"/>
        <location filename="../sync_page.py" line="614"/>
        <source>Paquets Quartier (%1)</source>
        <translation>Quartier bundles (%1)</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="592"/>
        <source>Export du paquet…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="599"/>
        <source>%1 modification(s) et %2 fichier(s) joint(s) écrits dans %3. Elles restent en attente jusqu&apos;à la prochaine synchronisation.</source>
        <translation>%1 change(s) and %2 attachment(s) written to %3. They keep waiting until the next sync.</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="612"/>
        <source>Importer un paquet</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="628"/>
        <source>Import du paquet…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <location filename="../sync_page.py" line="635"/>
        <source>Paquet importé : %1 modification(s), %2 fichier(s) joint(s) — %3 nouvelles, %4 déjà reçues. Elles partiront au serveur à la prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../form_filler/editors.py" line="316"/>
        <source>hh:mm</source>
        <extracomment>select_one lists longer than this become a searchable combo box.</extracomment>
        <translation>hh:mm</translation>
    </message>
</context>
</TS>
