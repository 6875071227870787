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
    """The operation contradicts a record's state (editing a finalized interview...)."""
