"""The one error type of the form language: it knows where in the spreadsheet things failed."""

from __future__ import annotations

from typing import Any

from survey_forms.messages import form_message


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
        #: A key of ``survey_forms.messages.FORM_MESSAGES`` when the message has one (then
        #: ``text(lang)`` gives it in Dutch or English too).
        self.key: str | None = None
        self.params: dict[str, Any] = {}

    @classmethod
    def keyed(
        cls,
        key: str,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        **params: Any,
    ) -> FormError:
        """An error (or a warning) whose message is read in French, Dutch or English."""
        error = cls(form_message(key, "fr", params), sheet, row, column)
        error.key, error.params = key, params
        return error

    def text(self, lang: str = "fr") -> str:
        """Location and message in ``lang`` (fr, nl or en)."""
        message = form_message(self.key, lang, self.params) if self.key else self.message
        location = self.location_in(lang)
        return f"{location}{form_message('colon', lang, {})}{message}" if location else message

    def location_in(self, lang: str) -> str:
        parts = []
        if self.sheet:
            parts.append(self.sheet)
        if self.row is not None:
            parts.append(form_message("row", lang, {"row": self.row}))
        if self.column:
            parts.append(form_message("column", lang, {"column": self.column}))
        return ", ".join(parts)

    @property
    def location(self) -> str:
        return self.location_in("fr")

    def __str__(self) -> str:
        return self.text("fr")

    @classmethod
    def collect(cls, errors: list[FormError]) -> FormError:
        """One error to raise that carries all of ``errors``."""
        first = errors[0]
        first.errors = list(errors)
        return first
