"""A record named on the command line by its id or the first characters of it (at least 4,
as the listings show 8): an exact id wins; a prefix must name one record."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from app.errors import InvalidOperation, RecordNotFound


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)
SHORTEST = 4


def by_id_prefix(items: Iterable[T], ref: str, unknown: tuple[str, str], ambiguous: str) -> T:
    """``unknown``: the message key and the name of its parameter that says ``ref``;
    ``ambiguous``: the message key when several records start so."""
    ref = ref.strip()
    found = [item for item in items if item.id.startswith(ref)] if ref else []
    exact = [item for item in found if item.id == ref]
    if exact:
        return exact[0]
    if len(ref) < SHORTEST or not found:
        key, name = unknown
        raise RecordNotFound(key, **{name: ref})
    if len(found) > 1:
        raise InvalidOperation(ambiguous, ref=ref, count=len(found))
    return found[0]
