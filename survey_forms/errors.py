"""The one error type of the form language: it knows where in the spreadsheet things failed."""

from __future__ import annotations


class FormError(Exception):
    """A form that cannot be read or used, located in its XLSForm.

    ``str()`` gives the location first, in French, e.g.
    ``"survey, ligne 12, colonne relevant : référence inconnue ${age}"``.
    ``errors`` holds every error found when several were (the first one is ``self``).
    """

    def __init__(
        self,
        message: str,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.sheet = sheet
        self.row = row
        self.column = column
        self.errors: list[FormError] = [self]

    @property
    def location(self) -> str:
        parts = []
        if self.sheet:
            parts.append(self.sheet)
        if self.row is not None:
            parts.append(f"ligne {self.row}")
        if self.column:
            parts.append(f"colonne {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.location} : {self.message}" if self.location else self.message

    @classmethod
    def collect(cls, errors: list[FormError]) -> FormError:
        """One error to raise that carries all of ``errors``."""
        first = errors[0]
        first.errors = list(errors)
        return first
