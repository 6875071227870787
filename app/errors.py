"""Errors of the laptop's domain, keyed in `app.messages` (French, Dutch, English)."""

from __future__ import annotations

from app.messages import MESSAGES
from sync.wire.errors import QuartierError


class AppError(QuartierError):
    messages = MESSAGES


class StoreError(AppError):
    """The local database could not do what was asked; nothing was written."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class RecordNotFound(AppError):
    pass


class InvalidOperation(AppError):
    """The operation contradicts the state of a record or file (editing a finalized
    interview, building the demo over an existing file...)."""


class UnknownChoice(AppError):
    """A value outside the ones offered (an export format, a review state)."""


class PersonalDataRefused(AppError):
    """A summary or quote of a personal question was asked for: the analysis never gives one."""


class PrintingError(AppError):
    """Nothing to print, or a print option that cannot be honoured."""
