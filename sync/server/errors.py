"""The server's refusals, keyed in `sync.server.messages`."""

from __future__ import annotations

from sync.server.messages import MESSAGES
from sync.wire.errors import QuartierError


class ServerError(QuartierError):
    """A request the server refuses; `status` is the HTTP status it maps to."""

    messages = MESSAGES

    def __init__(self, key: str, status: int = 400, **params: object) -> None:
        super().__init__(key, **params)
        self.status = status
