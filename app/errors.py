"""Errors of the domain. Each carries a message key so people read it in their language."""

from __future__ import annotations

from app.messages import text, trilingual


class QuartierError(Exception):
    """An error a person can act on. `str()` is French; `.text(lang)` any interface language."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(text(key, "fr", **params))

    def text(self, lang: str = "fr") -> str:
        return text(self.key, lang, **self.params)

    def trilingual(self) -> str:
        return trilingual(self.key, **self.params)


class StoreError(QuartierError):
    """The local database could not do what was asked; nothing was written."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class RecordNotFound(QuartierError):
    pass


class InvalidOperation(QuartierError):
    """The operation contradicts a record's state (editing a finalized interview...)."""
