"""Messages a form does not provide itself: French first, Dutch and English beside it."""

from __future__ import annotations

#: Answers to the ``consent`` question that mean "yes".
CONSENT_YES = frozenset({"yes", "oui", "ja", "y", "o", "1", "true"})

DEFAULT_MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "fr": "Cette question est obligatoire.",
        "nl": "Deze vraag is verplicht.",
        "en": "This question is required.",
    },
    "constraint": {
        "fr": "Cette réponse n'est pas valide.",
        "nl": "Dit antwoord is niet geldig.",
        "en": "This answer is not valid.",
    },
}


def default_message(kind: str, lang: str) -> str:
    """The default ``kind`` ("required" or "constraint") message in ``lang``, else French."""
    texts = DEFAULT_MESSAGES[kind]
    return texts.get(lang, texts["fr"])


#: Messages about a form as read from its spreadsheet (``FormError.keyed``): the place, why
#: pyxform refuses it, what was accepted with a reservation.
FORM_MESSAGES: dict[str, dict[str, str]] = {
    "colon": {"fr": " : ", "nl": ": ", "en": ": "},
    "row": {"fr": "ligne {row}", "nl": "rij {row}", "en": "row {row}"},
    "column": {"fr": "colonne {column}", "nl": "kolom {column}", "en": "column {column}"},
    "file_missing": {
        "fr": "fichier introuvable : {path}",
        "nl": "bestand niet gevonden: {path}",
        "en": "file not found: {path}",
    },
    "file_unreadable": {
        "fr": "fichier illisible comme XLSForm ({reason})",
        "nl": "bestand niet leesbaar als XLSForm ({reason})",
        "en": "file unreadable as an XLSForm ({reason})",
    },
    "refused": {
        "fr": "le formulaire est refusé par pyxform, le convertisseur d'ODK : {reason}",
        "nl": "het formulier wordt geweigerd door pyxform, de omzetter van ODK: {reason}",
        "en": "the form is refused by pyxform, ODK's converter: {reason}",
    },
    "unknown_type": {
        "fr": "type de question inconnu « {type} » (ODK ne le connaît pas)",
        "nl": "onbekend vraagtype « {type} » (ODK kent het niet)",
        "en": "unknown question type '{type}' (ODK does not know it)",
    },
    "unknown_reference": {
        "fr": "référence à une question inconnue ${{{name}}}",
        "nl": "verwijzing naar een onbekende vraag ${{{name}}}",
        "en": "reference to an unknown question ${{{name}}}",
    },
    "named_like_root": {
        "fr": "« {name} » porte le nom de la racine du formulaire ({root})",
        "nl": "« {name} » heeft de naam van de wortel van het formulier ({root})",
        "en": "'{name}' has the name of the form's root ({root})",
    },
    "duplicate_choices": {
        "fr": "noms de choix en double acceptés (réglage allow_choice_duplicates)",
        "nl": "dubbele keuzenamen aanvaard (instelling allow_choice_duplicates)",
        "en": "duplicate choice names accepted (setting allow_choice_duplicates)",
    },
    "pyxform_warning": {
        "fr": "avertissement de pyxform : {reason}",
        "nl": "waarschuwing van pyxform: {reason}",
        "en": "pyxform warning: {reason}",
    },
    "typed_as_text": {
        "fr": "type « {type} » : la réponse se tape comme un texte (pas de saisie dédiée ici)",
        "nl": "type « {type} »: het antwoord wordt als tekst getypt (geen eigen invoer hier)",
        "en": "type '{type}': the answer is typed as text (no dedicated input here)",
    },
    "rank_as_multiple": {
        "fr": "type « rank » : les choix se cochent sans ordre de classement",
        "nl": "type « rank »: de keuzes worden aangevinkt zonder rangorde",
        "en": "type 'rank': the choices are ticked without a ranking order",
    },
    "media_missing": {
        "fr": "fichier externe « {file} » absent (à placer à côté du formulaire ou dans {folder})",
        "nl": "extern bestand « {file} » ontbreekt (naast het formulier of in {folder} plaatsen)",
        "en": "external file '{file}' missing (put it beside the form or in {folder})",
    },
}


def form_message(key: str, lang: str, params: dict[str, object]) -> str:
    """The form message ``key`` in ``lang`` (French when that language has none)."""
    texts = FORM_MESSAGES[key]
    return texts.get(lang, texts["fr"]).format(**params)
