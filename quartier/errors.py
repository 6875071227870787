"""Errors of the command line itself, keyed in `quartier.messages`."""

from __future__ import annotations

from quartier.messages import MESSAGES
from sync.wire.errors import QuartierError


class CommandError(QuartierError):
    messages = MESSAGES
