"""What the window needs of sync before any sync begins: the server's address checked, the
client made, the error and the summary a sync gives. Apart from `sync.client.device` (which
re-exports them) so that the window starts without the protocol's models or httpx (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sync.client.messages import MESSAGES
from sync.wire.errors import QuartierError

if TYPE_CHECKING:  # imported when a client is made, not at start
    import httpx

API = "/api/v1"

#: progress(phase, done, total): phase is "envoi" (push) or "réception" (pull).
Progress = Callable[[str, int, int], None]


class SyncError(QuartierError):
    """Sync could not go on; what was already acknowledged stays acknowledged."""

    messages = MESSAGES


@dataclass
class SyncSummary:
    sent: int = 0
    duplicates: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    received: int = 0
    conflicts: int = 0
    parallel_updates: int = 0
    attachments: int = 0
    forms: int = 0
    #: Conflict resolutions the server accepted, and those still waiting for a coach session.
    resolutions: int = 0
    resolutions_waiting: int = 0
    #: The coach's session expired: only what volunteers receive was pulled.
    coach_session_expired: bool = False
    #: The server was restored from a backup: changes it had acknowledged, lost, sent again.
    resent_after_restore: int = 0
    #: Interviews finalized before this laptop knew a coach key, whose personal answers were
    #: sealed here after this sync.
    sealed_late: int = 0
    #: Shared actions of other neighbourhoods received in the catalogue (issue 16).
    shared_actions: int = 0
    #: Changes kept waiting because the server does not accept their kind yet, by kind.
    waiting_kinds: dict[str, int] = field(default_factory=dict)


def connect(
    server: str, transport: httpx.BaseTransport | None = None, timeout: float = 30.0
) -> httpx.Client:
    import httpx

    return httpx.Client(base_url=server.rstrip("/"), transport=transport, timeout=timeout)


def is_server_address(address: str) -> bool:
    """What `connect` can reach: an address starting with http:// or https://."""
    return address.startswith(("http://", "https://"))
