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
        "fr": "Trop d'essais : attendez quelques minutes avant de réessayer.",
        "nl": "Te veel pogingen: wacht enkele minuten voor u opnieuw probeert.",
        "en": "Too many attempts: wait a few minutes before trying again.",
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
    "bundle.not_a_file": {
        "fr": "ce n'est pas un fichier ordinaire (dossier, périphérique ou tube)",
        "nl": "dit is geen gewoon bestand (map, apparaat of pijp)",
        "en": "this is not a regular file (a folder, a device or a pipe)",
    },
    "bundle.too_large": {
        "fr": "{name} est trop volumineux ({size} octets, au plus {limit})",
        "nl": "{name} is te groot ({size} bytes, hoogstens {limit})",
        "en": "{name} is too large ({size} bytes, at most {limit})",
    },
    "bundle.too_many_members": {
        "fr": "trop de fichiers dans le paquet ({count}, au plus {limit})",
        "nl": "te veel bestanden in het pakket ({count}, hoogstens {limit})",
        "en": "too many files in the bundle ({count}, at most {limit})",
    },
    "bundle.duplicate_member": {
        "fr": "le fichier {name} y figure deux fois",
        "nl": "het bestand {name} staat er twee keer in",
        "en": "the file {name} is in it twice",
    },
    "bundle.unexpected_member": {
        "fr": "il contient un fichier inattendu ({name})",
        "nl": "het bevat een onverwacht bestand ({name})",
        "en": "it holds an unexpected file ({name})",
    },
    "bundle.unsupported_member": {
        "fr": "le fichier {name} est chiffré ou compressé d'une façon que Quartier ne lit pas",
        "nl": "het bestand {name} is versleuteld of gecomprimeerd op een manier die Quartier "
        "niet leest",
        "en": "the file {name} is encrypted or compressed in a way Quartier does not read",
    },
    "bundle.suspicious_ratio": {
        "fr": "le fichier {name} se décompresse en bien plus que ce qu'il pèse (bombe de "
        "décompression)",
        "nl": "het bestand {name} pakt uit tot veel meer dan het weegt (decompressiebom)",
        "en": "the file {name} decompresses to far more than it weighs (a decompression bomb)",
    },
    "bundle.too_deep": {
        "fr": "données imbriquées sur plus de {limit} niveaux",
        "nl": "gegevens over meer dan {limit} niveaus genest",
        "en": "data nested more than {limit} levels deep",
    },
    "bundle.unsigned": {
        "fr": "paquet non signé, fait par une version plus ancienne de Quartier : mettez "
        "Quartier à jour sur l'ordinateur qui l'a fait, puis exportez-le à nouveau",
        "nl": "niet-ondertekend pakket, gemaakt door een oudere versie van Quartier: werk "
        "Quartier bij op de computer die het maakte en exporteer het opnieuw",
        "en": "unsigned bundle, made by an older version of Quartier: update Quartier on the "
        "computer that made it, then export it again",
    },
    "bundle.bad_signature": {
        "fr": "la signature ne correspond pas : le paquet a été modifié après avoir été signé",
        "nl": "de handtekening klopt niet: het pakket is gewijzigd nadat het ondertekend werd",
        "en": "the signature does not match: the bundle was changed after it was signed",
    },
    "bundle.wrong_key": {
        "fr": "il se dit fait sur l'appareil {device} mais n'est pas signé par la clé de cet "
        "appareil : paquet contrefait",
        "nl": "het beweert gemaakt te zijn op toestel {device} maar is niet ondertekend met de "
        "sleutel van dat toestel: vervalst pakket",
        "en": "it claims to come from device {device} but is not signed with that device's "
        "key: a forged bundle",
    },
    "bundle.foreign_device": {
        "fr": "il contient des modifications faites sur un autre appareil ({device}) que celui "
        "qui l'a signé",
        "nl": "het bevat wijzigingen van een ander toestel ({device}) dan het toestel dat het "
        "ondertekende",
        "en": "it holds changes made on another device ({device}) than the one that signed it",
    },
    "bundle.revoked_device": {
        "fr": "l'appareil {device} qui l'a signé a été révoqué",
        "nl": "het toestel {device} dat het ondertekende is ingetrokken",
        "en": "the device {device} that signed it was revoked",
    },
    "bundle.device_without_key": {
        "fr": "l'appareil {device} s'est inscrit avant que les paquets soient signés : le "
        "serveur ne connaît pas sa clé. Synchronisez cet appareil en ligne",
        "nl": "het toestel {device} werd ingeschreven voordat pakketten ondertekend werden: "
        "de server kent zijn sleutel niet. Synchroniseer dat toestel online",
        "en": "the device {device} enrolled before bundles were signed: the server does not "
        "know its key. Synchronise that device online",
    },
    "bundle.other_neighbourhood": {
        "fr": "il est destiné au quartier {claimed}, mais l'appareil qui l'a signé appartient "
        "à un autre quartier",
        "nl": "het is bestemd voor de wijk {claimed}, maar het toestel dat het ondertekende "
        "hoort bij een andere wijk",
        "en": "it is meant for the neighbourhood {claimed}, but the device that signed it "
        "belongs to another neighbourhood",
    },
    "bundle.unknown_device": {
        "fr": "cet ordinateur ne connaît pas l'appareil {device} qui l'a signé. Synchronisez "
        "d'abord avec votre session de coach, puis réessayez ; le paquet d'un ordinateur "
        "jamais inscrit s'importe sur le serveur par l'administrateur (--neighbourhood)",
        "nl": "deze computer kent het toestel {device} niet dat het ondertekende. "
        "Synchroniseer eerst met uw coachsessie en probeer opnieuw; het pakket van een nooit "
        "ingeschreven computer wordt door de beheerder op de server geïmporteerd "
        "(--neighbourhood)",
        "en": "this computer does not know the device {device} that signed it. Synchronise "
        "with your coach session first, then try again; the bundle of a computer that was "
        "never enrolled is imported on the server by the administrator (--neighbourhood)",
    },
    "bundle.holds_reviews": {
        "fr": "il contient des décisions de relecture, qui ne voyagent qu'avec la session du "
        "coach qui les a prises (synchronisation)",
        "nl": "het bevat beoordelingsbeslissingen, die alleen reizen met de sessie van de "
        "coach die ze nam (synchronisatie)",
        "en": "it holds review decisions, which travel only with the session of the coach who "
        "made them (sync)",
    },
    # personal answers sealed to the coaches (sync.wire.sealing)
    "sealing.passphrase_too_short": {
        "fr": "Phrase de passe trop courte : au moins {minimum} caractères. Elle protège les "
        "données personnelles des habitants ; choisissez-en une longue, que vous retiendrez.",
        "nl": "Wachtzin te kort: minstens {minimum} tekens. Hij beschermt de persoonsgegevens "
        "van de bewoners; kies een lange die u onthoudt.",
        "en": "Passphrase too short: at least {minimum} characters. It protects residents' "
        "personal data; choose a long one you will remember.",
    },
    "sealing.wrong_passphrase": {
        "fr": "Phrase de passe incorrecte : la clé de coach reste verrouillée.",
        "nl": "Verkeerde wachtzin: de coachsleutel blijft vergrendeld.",
        "en": "Wrong passphrase: the coach key stays locked.",
    },
    "sealing.no_coach_key": {
        "fr": "Aucune clé de coach connue pour ce quartier : les réponses personnelles ne "
        "peuvent pas être scellées. Synchronisez une fois après qu'un coach a créé sa clé.",
        "nl": "Geen coachsleutel bekend voor deze wijk: de persoonlijke antwoorden kunnen niet "
        "verzegeld worden. Synchroniseer eens nadat een coach zijn sleutel maakte.",
        "en": "No coach key known for this neighbourhood: the personal answers cannot be "
        "sealed. Sync once after a coach has made their key.",
    },
    "sealing.not_for_this_key": {
        "fr": "Ces réponses personnelles n'ont pas été scellées pour votre clé de coach (elles "
        "l'ont été avant qu'elle existe, ou pour un autre quartier).",
        "nl": "Deze persoonlijke antwoorden werden niet voor uw coachsleutel verzegeld (wel "
        "voor ze bestond, of voor een andere wijk).",
        "en": "These personal answers were not sealed for your coach key (they were sealed "
        "before it existed, or for another neighbourhood).",
    },
    "sealing.damaged": {
        "fr": "Réponses personnelles scellées endommagées : elles ne peuvent pas être ouvertes.",
        "nl": "Verzegelde persoonlijke antwoorden beschadigd: ze kunnen niet geopend worden.",
        "en": "Sealed personal answers damaged: they cannot be opened.",
    },
}
