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
