"""What the server says to the people who run it and to the devices it refuses."""

from __future__ import annotations

from sync.wire.errors import Messages
from sync.wire.messages import MESSAGES as WIRE

MESSAGES: Messages = {
    **WIRE,
    "sync.bad_role": {
        "fr": "Rôle inconnu : {role} (admin ou coach).",
        "nl": "Onbekende rol: {role} (admin of coach).",
        "en": "Unknown role: {role} (admin or coach).",
    },
    "sync.server_busy": {
        "fr": "Le serveur est très sollicité : réessayez dans un instant.",
        "nl": "De server is erg druk: probeer het zo meteen opnieuw.",
        "en": "The server is very busy: try again in a moment.",
    },
    "sync.account_exists": {
        "fr": "Un compte « {name} » existe déjà.",
        "nl": "Er bestaat al een account « {name} ».",
        "en": "An account “{name}” already exists.",
    },
    "sync.bad_code": {
        "fr": "Ce code d'inscription n'est pas valable (inconnu, expiré, révoqué ou déjà "
        "utilisé). Demandez un nouveau code à votre coach.",
        "nl": "Deze inschrijvingscode is niet geldig (onbekend, verlopen, ingetrokken of al "
        "gebruikt). Vraag uw coach om een nieuwe code.",
        "en": "This enrolment code is not valid (unknown, expired, revoked or already used). "
        "Ask your coach for a new code.",
    },
    "sync.attachment_mismatch": {
        "fr": "Le fichier joint reçu ne correspond pas à son empreinte {sha256} : refusé.",
        "nl": "De ontvangen bijlage komt niet overeen met haar vingerafdruk {sha256}: geweigerd.",
        "en": "The attachment received does not match its hash {sha256}: refused.",
    },
    "sync.too_large": {
        "fr": "Requête trop volumineuse pour ce serveur ({limit} octets au plus) : rien n'a "
        "été reçu.",
        "nl": "Verzoek te groot voor deze server (hoogstens {limit} bytes): er is niets ontvangen.",
        "en": "Request too large for this server ({limit} bytes at most): nothing was received.",
    },
    "sync.database_unreadable": {
        "fr": "La base du serveur ({url}) ne peut pas être lue : {reason}. Vérifiez le chemin "
        "ou l'adresse ; si le fichier est endommagé, restaurez la dernière sauvegarde.",
        "nl": "De database van de server ({url}) kan niet gelezen worden: {reason}. Controleer "
        "het pad of het adres; is het bestand beschadigd, zet dan de laatste back-up terug.",
        "en": "The server's database ({url}) cannot be read: {reason}. Check the path or the "
        "address; if the file is damaged, restore the latest backup.",
    },
    "sync.unknown_neighbourhood": {
        "fr": "Quartier inconnu sur ce serveur : {name}.",
        "nl": "Onbekende wijk op deze server: {name}.",
        "en": "Unknown neighbourhood on this server: {name}.",
    },
    "sync.bundle_without_neighbourhood": {
        "fr": "Ce paquet vient d'un ordinateur qui n'a jamais été inscrit : choisissez le "
        "quartier où classer ses données (--neighbourhood NOM). Rien n'a été importé.",
        "nl": "Dit pakket komt van een computer die nooit werd ingeschreven: kies de wijk "
        "waarin de gegevens horen (--neighbourhood NAAM). Er is niets geïmporteerd.",
        "en": "This bundle comes from a computer that was never enrolled: choose the "
        "neighbourhood its data belongs to (--neighbourhood NAME). Nothing was imported.",
    },
    "server.config_unreadable": {
        "fr": "Le fichier de configuration {path} ne peut pas être lu : {reason}.",
        "nl": "Het configuratiebestand {path} kan niet gelezen worden: {reason}.",
        "en": "The configuration file {path} cannot be read: {reason}.",
    },
    "server.config_unknown": {
        "fr": "Réglage inconnu dans la configuration : {names}.",
        "nl": "Onbekende instelling in de configuratie: {names}.",
        "en": "Unknown setting in the configuration: {names}.",
    },
    "server.config_value": {
        "fr": "Valeur non valable pour le réglage {name} : {value}.",
        "nl": "Ongeldige waarde voor de instelling {name}: {value}.",
        "en": "Invalid value for the setting {name}: {value}.",
    },
    "server.workers_need_postgresql": {
        "fr": "{workers} processus demandent une base PostgreSQL (postgresql+psycopg://…) : "
        "SQLite n'accepte qu'un seul processus serveur.",
        "nl": "{workers} processen vereisen een PostgreSQL-database (postgresql+psycopg://…): "
        "SQLite aanvaardt maar één serverproces.",
        "en": "{workers} worker processes need a PostgreSQL database (postgresql+psycopg://…): "
        "SQLite allows a single server process.",
    },
    "server.not_a_server_database": {
        "fr": "{url} n'est pas une base de serveur Quartier : rien n'a été sauvegardé.",
        "nl": "{url} is geen Quartier-serverdatabase: er is niets geback-upt.",
        "en": "{url} is not a Quartier server database: nothing was backed up.",
    },
    "server.pg_tool_missing": {
        "fr": "Le programme {tool} de PostgreSQL est introuvable : installez le client "
        "PostgreSQL (paquet postgresql-client, de la version du serveur ou plus récent) ou "
        "ajoutez-le au PATH.",
        "nl": "Het PostgreSQL-programma {tool} is niet gevonden: installeer de "
        "PostgreSQL-client (pakket postgresql-client, van de serverversie of nieuwer) of "
        "voeg het toe aan het PATH.",
        "en": "PostgreSQL's {tool} program was not found: install the PostgreSQL client "
        "(package postgresql-client, of the server's version or newer) or add it to the PATH.",
    },
    "server.pg_tool_failed": {
        "fr": "{tool} a échoué : {reason}.",
        "nl": "{tool} is mislukt: {reason}.",
        "en": "{tool} failed: {reason}.",
    },
    "server.backup_unrecognised": {
        "fr": "{path} n'est pas une sauvegarde de serveur Quartier (ni fichier SQLite, ni "
        "archive pg_dump au format custom) : rien n'a été restauré.",
        "nl": "{path} is geen back-up van een Quartier-server (geen SQLite-bestand, geen "
        "pg_dump-archief in custom-formaat): er is niets teruggezet.",
        "en": "{path} is not a Quartier server backup (neither an SQLite file nor a pg_dump "
        "custom-format archive): nothing was restored.",
    },
    "server.backup_source_damaged": {
        "fr": "La base du serveur ({url}) est endommagée ({reason}) : aucune sauvegarde n'a "
        "été écrite, les précédentes restent telles quelles. Restaurez la dernière sauvegarde "
        "saine.",
        "nl": "De database van de server ({url}) is beschadigd ({reason}): er is geen back-up "
        "geschreven, de vorige blijven zoals ze zijn. Zet de laatste gave back-up terug.",
        "en": "The server's database ({url}) is damaged ({reason}): no backup was written, "
        "the earlier ones are left as they are. Restore the latest sound backup.",
    },
    "server.backup_damaged": {
        "fr": "La sauvegarde {path} est endommagée ({reason}) : rien n'a été restauré. "
        "Prenez une sauvegarde plus ancienne.",
        "nl": "De back-up {path} is beschadigd ({reason}): er is niets teruggezet. Neem een "
        "oudere back-up.",
        "en": "The backup {path} is damaged ({reason}): nothing was restored. Take an older "
        "backup.",
    },
    "server.backup_wrong_backend": {
        "fr": "{path} est une sauvegarde {kind} ; elle ne se restaure pas dans {url}. Rien "
        "n'a été restauré.",
        "nl": "{path} is een {kind}-back-up; die kan niet teruggezet worden in {url}. Er is "
        "niets teruggezet.",
        "en": "{path} is a {kind} backup; it cannot be restored into {url}. Nothing was restored.",
    },
    "server.backup_too_new": {
        "fr": "{path} vient d'un serveur plus récent (schéma {version}, celui-ci connaît "
        "jusqu'à {head}) : mettez Quartier à jour avant de restaurer.",
        "nl": "{path} komt van een nieuwere server (schema {version}, deze kent tot {head}): "
        "werk Quartier bij voor u terugzet.",
        "en": "{path} comes from a newer server (schema {version}; this one knows up to "
        "{head}): upgrade Quartier before restoring.",
    },
    "server.restore_not_empty": {
        "fr": "La base {url} n'est pas vide ({held}) : la restauration l'écraserait. Arrêtez "
        "le serveur et relancez avec --force pour la remplacer.",
        "nl": "De database {url} is niet leeg ({held}): terugzetten zou ze overschrijven. "
        "Stop de server en herhaal met --force om ze te vervangen.",
        "en": "The database {url} is not empty ({held}): restoring would overwrite it. Stop "
        "the server and run again with --force to replace it.",
    },
    "server.retention_unset": {
        "fr": "Aucune durée de conservation : donnez --months N ou retention_months dans la "
        "configuration (QUARTIER_SERVER_RETENTION_MONTHS).",
        "nl": "Geen bewaartermijn: geef --months N of retention_months in de configuratie "
        "(QUARTIER_SERVER_RETENTION_MONTHS).",
        "en": "No retention period: give --months N or retention_months in the configuration "
        "(QUARTIER_SERVER_RETENTION_MONTHS).",
    },
    "server.not_ready": {
        "fr": "Le serveur n'est pas prêt : {reason}.",
        "nl": "De server is niet klaar: {reason}.",
        "en": "The server is not ready: {reason}.",
    },
    "sync.unknown_kind": {
        "fr": "Ce serveur ne connaît pas encore ces modifications : {kinds}. Mettez le serveur "
        "à jour ; l'ordinateur les garde en attente.",
        "nl": "Deze server kent deze wijzigingen nog niet: {kinds}. Werk de server bij; de "
        "computer houdt ze in wacht.",
        "en": "This server does not know these changes yet: {kinds}. Upgrade the server; the "
        "computer keeps them waiting.",
    },
}
