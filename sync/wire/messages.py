"""What both ends of sync say to people: refusals the protocol itself defines (a session not
recognised, a place out of reach, a bundle refused and why). The client's and the server's
tables add their own keys to these."""

from __future__ import annotations

from sync.wire.errors import Messages

MESSAGES: Messages = {
    "sync.unauthorized": {
        "fr": "Le serveur ne reconnaît pas cet appareil ou cette session (jeton révoqué ou "
        "expiré). Inscrivez l'appareil à nouveau avec un code de votre coach.",
        "nl": "De server herkent dit toestel of deze sessie niet (token ingetrokken of "
        "verlopen). Schrijf het toestel opnieuw in met een code van uw coach.",
        "en": "The server does not recognise this device or session (token revoked or "
        "expired). Enrol the device again with a code from your coach.",
    },
    "sync.forbidden": {
        "fr": "Accès refusé : votre rôle ou votre quartier ne le permet pas.",
        "nl": "Toegang geweigerd: uw rol of uw wijk laat het niet toe.",
        "en": "Access denied: your role or neighbourhood does not allow it.",
    },
    "sync.rate_limited": {
        "fr": "Trop d'essais : attendez une minute avant de réessayer.",
        "nl": "Te veel pogingen: wacht een minuut voor u opnieuw probeert.",
        "en": "Too many attempts: wait a minute before trying again.",
    },
    "sync.not_found": {
        "fr": "Introuvable sur le serveur : {id}.",
        "nl": "Niet gevonden op de server: {id}.",
        "en": "Not found on the server: {id}.",
    },
    "sync.bad_resolution": {
        "fr": "Une résolution ne peut porter que sur les champs en conflit ({fields}).",
        "nl": "Een oplossing kan alleen over de velden in conflict gaan ({fields}).",
        "en": "A resolution may only name the fields in conflict ({fields}).",
    },
    "bundle.refused": {
        "fr": "Le paquet {path} est refusé en entier, rien n'a été importé : {reason}.",
        "nl": "Het pakket {path} is volledig geweigerd, er is niets geïmporteerd: {reason}.",
        "en": "The bundle {path} is refused whole, nothing was imported: {reason}.",
    },
    # why a bundle is refused (the {reason} of "bundle.refused")
    "bundle.missing": {
        "fr": "fichier introuvable",
        "nl": "bestand niet gevonden",
        "en": "file not found",
    },
    "bundle.damaged": {
        "fr": "fichier tronqué ou endommagé ({detail})",
        "nl": "bestand afgebroken of beschadigd ({detail})",
        "en": "file truncated or damaged ({detail})",
    },
    "bundle.no_manifest": {
        "fr": "ce n'est pas un paquet Quartier (manifeste absent)",
        "nl": "dit is geen Quartier-pakket (manifest ontbreekt)",
        "en": "this is not a Quartier bundle (no manifest)",
    },
    "bundle.digest_mismatch": {
        "fr": "l'empreinte du paquet ne correspond pas : il a été modifié",
        "nl": "de vingerafdruk van het pakket klopt niet: het is gewijzigd",
        "en": "the bundle's digest does not match: it was changed",
    },
    "bundle.bad_manifest": {
        "fr": "manifeste illisible",
        "nl": "manifest onleesbaar",
        "en": "manifest unreadable",
    },
    "bundle.unknown_format": {
        "fr": "format de paquet inconnu",
        "nl": "onbekend pakketformaat",
        "en": "unknown bundle format",
    },
    "bundle.contents_differ": {
        "fr": "le contenu ne correspond pas au manifeste",
        "nl": "de inhoud komt niet overeen met het manifest",
        "en": "the contents do not match the manifest",
    },
    "bundle.member_changed": {
        "fr": "le fichier {name} a été modifié",
        "nl": "het bestand {name} is gewijzigd",
        "en": "the file {name} was changed",
    },
    "bundle.bad_changes": {
        "fr": "modifications illisibles ({detail})",
        "nl": "wijzigingen onleesbaar ({detail})",
        "en": "changes unreadable ({detail})",
    },
}
