"""Errors a person can act on, read in that person's language.

An error carries a message key and parameters, never a sentence. Each layer owns its message
table (key -> French, Dutch and English) and names it on its error classes, so a Dutch user of
the window reads Dutch whichever layer refused; the command line prints French first with the
other two after it. `tests/test_messages.py` checks that every key raised exists in all three.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

LANGUAGES = ("fr", "nl", "en")
Messages = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class Phrase:
    """A message given as a parameter of another (why a bundle was refused): it is read in the
    same language as the message around it."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


def render(messages: Messages, key: str, lang: str, params: Mapping[str, Any]) -> str:
    """The message `key` in `lang` (French when that language has none)."""
    entry = messages[key]
    values = {
        name: render(messages, value.key, lang, value.params)
        if isinstance(value, Phrase)
        else value
        for name, value in params.items()
    }
    return entry.get(lang, entry["fr"]).format(**values)


class QuartierError(Exception):
    """An error a person can act on. `str()` is French; `.text(lang)` any interface language.
    Subclasses name the message table of their layer in `messages`."""

    messages: ClassVar[Messages] = {}

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text("fr"))

    def text(self, lang: str = "fr") -> str:
        return render(self.messages, self.key, lang, self.params)

    def trilingual(self) -> str:
        """French first, then Dutch and English: for the command line and logs."""
        return "\n".join(self.text(lang) for lang in LANGUAGES)
