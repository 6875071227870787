"""What the laptop's side of sync says to a volunteer or a coach."""

from __future__ import annotations

from sync.wire.errors import Messages
from sync.wire.messages import MESSAGES as WIRE

MESSAGES: Messages = {
    **WIRE,
    "sync.unreachable": {
        "fr": "Le serveur {server} est injoignable ({reason}). Rien n'est perdu : les "
        "données restent sur cet ordinateur et partiront à la prochaine synchronisation.",
        "nl": "De server {server} is onbereikbaar ({reason}). Er gaat niets verloren: de "
        "gegevens blijven op deze computer en vertrekken bij de volgende synchronisatie.",
        "en": "The server {server} cannot be reached ({reason}). Nothing is lost: the data "
        "stays on this computer and leaves at the next sync.",
    },
    "sync.server_unavailable": {
        "fr": "Le serveur {server} ne peut pas répondre pour le moment (HTTP {status}). Rien "
        "n'est perdu : les données restent sur cet ordinateur ; réessayez dans quelques "
        "minutes, ou prévenez la personne qui s'occupe du serveur si cela dure.",
        "nl": "De server {server} kan nu niet antwoorden (HTTP {status}). Er gaat niets "
        "verloren: de gegevens blijven op deze computer; probeer het over enkele minuten "
        "opnieuw, of verwittig wie de server beheert als het blijft duren.",
        "en": "The server {server} cannot answer right now (HTTP {status}). Nothing is lost: "
        "the data stays on this computer; try again in a few minutes, or tell whoever runs "
        "the server if it goes on.",
    },
    "sync.server_refused": {
        "fr": "Le serveur a refusé la demande (HTTP {status}) : {detail}",
        "nl": "De server weigerde het verzoek (HTTP {status}): {detail}",
        "en": "The server refused the request (HTTP {status}): {detail}",
    },
    "sync.not_enrolled": {
        "fr": "Cet ordinateur n'est inscrit auprès d'aucun serveur : utilisez d'abord "
        "« quartier enrol --server URL --code CODE ».",
        "nl": "Deze computer is bij geen enkele server ingeschreven: gebruik eerst "
        "« quartier enrol --server URL --code CODE ».",
        "en": "This computer is not enrolled with any server: first use "
        "“quartier enrol --server URL --code CODE”.",
    },
    "sync.choose_neighbourhood": {
        "fr": "Vous suivez {count} quartiers : choisissez celui de cet ordinateur.",
        "nl": "U volgt {count} wijken: kies die van deze computer.",
        "en": "You follow {count} neighbourhoods: choose the one for this computer.",
    },
    "sync.coach_session_required": {
        "fr": "Connectez-vous d'abord comme coach (Synchronisation).",
        "nl": "Meld u eerst aan als coach (Synchronisatie).",
        "en": "First log in as a coach (Synchronisation).",
    },
    "campaign.streets_unreadable": {
        "fr": "Le fichier {file} n'est pas un CSV lisible : enregistrez-le en « CSV UTF-8 », "
        "une rue par ligne dans la première colonne.",
        "nl": "Het bestand {file} is geen leesbare CSV: sla het op als « CSV UTF-8 », één "
        "straat per regel in de eerste kolom.",
        "en": "The file {file} is not a readable CSV: save it as “CSV UTF-8”, one street per "
        "line in the first column.",
    },
    "sync.kinds_waiting": {
        "fr": "{count} modification(s) attendent ({kinds}) : le serveur ne les accepte pas "
        "encore. Rien n'est perdu : elles partiront quand le serveur sera mis à jour.",
        "nl": "{count} wijziging(en) wachten ({kinds}): de server aanvaardt ze nog niet. Er "
        "gaat niets verloren: ze vertrekken zodra de server bijgewerkt is.",
        "en": "{count} change(s) are waiting ({kinds}): the server does not accept them yet. "
        "Nothing is lost: they leave once the server is upgraded.",
    },
    "kind.submission": {"fr": "entretiens", "nl": "interviews", "en": "interviews"},
    "kind.inventory": {"fr": "état des lieux", "nl": "stand van zaken", "en": "inventory"},
    "kind.project": {"fr": "fiches projet", "nl": "projectfiches", "en": "project sheets"},
    "kind.review": {"fr": "relectures", "nl": "nazichten", "en": "reviews"},
    "kind.seal": {
        "fr": "clés de lecture pour d'autres coachs",
        "nl": "leessleutels voor andere coaches",
        "en": "reading keys for other coaches",
    },
}
