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
    "server.not_ready": {
        "fr": "Le serveur n'est pas prêt : {reason}.",
        "nl": "De server is niet klaar: {reason}.",
        "en": "The server is not ready: {reason}.",
    },
}
