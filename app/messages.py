"""What the domain says to people, French first, with Dutch and English beside it.

Errors and notices raised below the UI carry a message key and parameters; the window shows them
in the interface language, the CLI in French with the other two after it.
"""

from __future__ import annotations

from sync.wire.errors import Messages
from sync.wire.messages import MESSAGES as WIRE

MESSAGES: Messages = {
    # a coach resolves a conflict on this computer with the rule the server applies
    "sync.bad_resolution": WIRE["sync.bad_resolution"],
    "db.corrupt": {
        "fr": "Le fichier de données {path} est endommagé ou n'est pas une base Quartier. "
        "Rien n'y a été écrit. Restaurez une sauvegarde ou choisissez un autre fichier.",
        "nl": "Het gegevensbestand {path} is beschadigd of is geen Quartier-database. "
        "Er is niets in geschreven. Zet een back-up terug of kies een ander bestand.",
        "en": "The data file {path} is damaged or is not a Quartier database. Nothing was "
        "written to it. Restore a backup or choose another file.",
    },
    "db.read_only": {
        "fr": "Le fichier de données {path} est en lecture seule : impossible d'enregistrer. "
        "Vos réponses à l'écran ne sont pas perdues ; choisissez un dossier où vous pouvez écrire.",
        "nl": "Het gegevensbestand {path} is alleen-lezen: opslaan is onmogelijk. "
        "Uw antwoorden op het scherm zijn niet verloren; kies een map waarin u kunt schrijven.",
        "en": "The data file {path} is read-only: nothing can be saved. The answers on screen "
        "are not lost; choose a folder you can write to.",
    },
    "db.locked": {
        "fr": "Le fichier de données {path} est déjà ouvert par une autre fenêtre de Quartier. "
        "Fermez-la puis réessayez.",
        "nl": "Het gegevensbestand {path} is al geopend in een ander Quartier-venster. "
        "Sluit het en probeer opnieuw.",
        "en": "The data file {path} is already open in another Quartier window. "
        "Close it and try again.",
    },
    "db.busy": {
        "fr": "Le fichier de données {path} est occupé par un autre programme. "
        "L'enregistrement n'a pas eu lieu ; réessayez dans un instant.",
        "nl": "Het gegevensbestand {path} wordt door een ander programma gebruikt. "
        "Er is niet opgeslagen; probeer zo dadelijk opnieuw.",
        "en": "The data file {path} is busy in another program. Nothing was saved; "
        "try again in a moment.",
    },
    "db.disk_full": {
        "fr": "Le disque est plein : l'enregistrement n'a pas eu lieu. Ce qui était déjà "
        "enregistré est intact. Libérez de la place puis réessayez.",
        "nl": "De schijf is vol: er is niet opgeslagen. Wat al was opgeslagen is intact. "
        "Maak ruimte vrij en probeer opnieuw.",
        "en": "The disk is full: nothing was saved. What was already saved is intact. "
        "Free some space and try again.",
    },
    "db.cannot_open": {
        "fr": "Impossible d'ouvrir ou de créer le fichier de données {path} ({reason}).",
        "nl": "Het gegevensbestand {path} kan niet worden geopend of aangemaakt ({reason}).",
        "en": "The data file {path} cannot be opened or created ({reason}).",
    },
    "db.too_new": {
        "fr": "Le fichier de données {path} a été créé par une version plus récente de "
        "Quartier (schéma {revision}). Installez la dernière version pour l'ouvrir ; "
        "le fichier n'a pas été modifié.",
        "nl": "Het gegevensbestand {path} is gemaakt door een nieuwere versie van Quartier "
        "(schema {revision}). Installeer de nieuwste versie om het te openen; het bestand "
        "is niet gewijzigd.",
        "en": "The data file {path} was created by a newer version of Quartier (schema "
        "{revision}). Install the latest version to open it; the file was not changed.",
    },
    "db.error": {
        "fr": "Erreur de la base de données : {reason}. Rien n'a été enregistré.",
        "nl": "Databasefout: {reason}. Er is niets opgeslagen.",
        "en": "Database error: {reason}. Nothing was saved.",
    },
    "record.not_found": {
        "fr": "Aucun enregistrement {id}.",
        "nl": "Geen record {id}.",
        "en": "No record {id}.",
    },
    "record.finalized": {
        "fr": "L'entretien {id} est finalisé : il ne peut plus être modifié. "
        "Créez une correction (nouvelle version).",
        "nl": "Het interview {id} is afgerond en kan niet meer worden gewijzigd. "
        "Maak een correctie (nieuwe versie).",
        "en": "Interview {id} is finalized and can no longer be changed. "
        "Make a correction (new version).",
    },
    "record.not_finalized": {
        "fr": "L'entretien {id} est un brouillon : finalisez-le avant de le corriger.",
        "nl": "Het interview {id} is een concept: rond het af voordat u het corrigeert.",
        "en": "Interview {id} is a draft: finalize it before correcting it.",
    },
    "record.already_corrected": {
        "fr": "L'entretien {id} a déjà une correction ({other}) : corrigez la dernière version.",
        "nl": "Het interview {id} heeft al een correctie ({other}): corrigeer de laatste versie.",
        "en": "Interview {id} already has a correction ({other}): correct the latest version.",
    },
    "form.unknown": {
        "fr": "Formulaire inconnu : {form_id} (version {version}). Importez-le d'abord.",
        "nl": "Onbekend formulier: {form_id} (versie {version}). Importeer het eerst.",
        "en": "Unknown form: {form_id} (version {version}). Import it first.",
    },
    "inventory.stale": {
        "fr": "La fiche {id} a changé entre-temps (version {current}, vous partiez de la "
        "version {base}). Rechargez-la pour voir les modifications des autres.",
        "nl": "De fiche {id} is intussen gewijzigd (versie {current}, u vertrok van versie "
        "{base}). Laad ze opnieuw om de wijzigingen van anderen te zien.",
        "en": "Item {id} has changed meanwhile (version {current}, you started from version "
        "{base}). Reload it to see the others' changes.",
    },
    "attachment.mismatch": {
        "fr": "Le fichier joint {sha256} ne correspond pas à son empreinte : il est refusé.",
        "nl": "De bijlage {sha256} komt niet overeen met haar vingerafdruk: ze is geweigerd.",
        "en": "The attachment {sha256} does not match its digest: it is refused.",
    },
    "campaign.unknown": {
        "fr": "Campagne inconnue : {id}.",
        "nl": "Onbekende campagne: {id}.",
        "en": "Unknown campaign: {id}.",
    },
    "demo.exists": {
        "fr": "{path} existe déjà : ajoutez --replace pour le remplacer.",
        "nl": "{path} bestaat al: voeg --replace toe om het te vervangen.",
        "en": "{path} already exists: add --replace to replace it.",
    },
    "review.unknown_state": {
        "fr": "État de relecture inconnu : {state} (attendu : {known}).",
        "nl": "Onbekende beoordelingsstatus: {state} (verwacht: {known}).",
        "en": "Unknown review state: {state} (expected: {known}).",
    },
    "export.unknown_format": {
        "fr": "Format d'export inconnu : {format} (attendu : {known}).",
        "nl": "Onbekend exportformaat: {format} (verwacht: {known}).",
        "en": "Unknown export format: {format} (expected: {known}).",
    },
    "analysis.personal_field": {
        "fr": "{name} est une donnée personnelle : elle n'entre dans aucune synthèse.",
        "nl": "{name} is een persoonsgegeven: het komt in geen enkele samenvatting.",
        "en": "{name} is personal data: it is left out of every summary.",
    },
    "analysis.personal_quote": {
        "fr": "Données personnelles, jamais citées : {names}.",
        "nl": "Persoonsgegevens, nooit geciteerd: {names}.",
        "en": "Personal data, never quoted: {names}.",
    },
    "print.no_campaign": {
        "fr": "Aucune campagne dans ce fichier : rien à imprimer.",
        "nl": "Dit bestand bevat geen campagne: er valt niets af te drukken.",
        "en": "This file holds no campaign: there is nothing to print.",
    },
    "print.unknown_size": {
        "fr": "Format de papier inconnu : {size} (A4, A3 ou A2).",
        "nl": "Onbekend papierformaat: {size} (A4, A3 of A2).",
        "en": "Unknown paper size: {size} (A4, A3 or A2).",
    },
    "print.unknown_theme": {
        "fr": "Thème de couleurs inconnu : {name} (thèmes : {known}).",
        "nl": "Onbekend kleurthema: {name} (thema's: {known}).",
        "en": "Unknown colour theme: {name} (themes: {known}).",
    },
    "print.unknown_language": {
        "fr": "Langue d'impression inconnue : {choice} (fr, nl ou fr+nl).",
        "nl": "Onbekende druktaal: {choice} (fr, nl of fr+nl).",
        "en": "Unknown print language: {choice} (fr, nl or fr+nl).",
    },
    "print.bad_logo": {
        "fr": "Logo illisible (PNG ou JPEG attendu) : {path}",
        "nl": "Het logo is onleesbaar (PNG of JPEG verwacht): {path}",
        "en": "The logo cannot be read (PNG or JPEG expected): {path}",
    },
}
