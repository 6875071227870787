"""Field-level three-way merge of shared-inventory items.

Whether an item is deleted travels as one more field (`DELETED`), so an edit and a deletion
made in parallel merge (or conflict) like any two edits; its open conflicts travel inside its
data under `CONFLICTS`. Nothing here reads a clock: the outcome depends only on the base, the
current state and the incoming change. A coach's resolution follows one rule (`resolve`), on
the server and on the coach's laptop alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sync.wire.canonical import canonical_hash

DELETED = "_deleted"
#: The key under which an item's open conflicts travel inside its data.
CONFLICTS = "_conflicts"


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    current: Any
    incoming: Any


@dataclass(frozen=True)
class Merge:
    data: dict[str, Any]
    conflicts: list[FieldConflict] = field(default_factory=list)
    #: Someone else changed the item since the base, and the two sets of changes were merged.
    parallel: bool = False

    @property
    def outcome(self) -> str:
        if self.conflicts:
            return "conflict"
        return "parallel_update" if self.parallel else "applied"


def three_way(base: dict[str, Any], current: dict[str, Any], incoming: dict[str, Any]) -> Merge:
    """Apply what changed between `base` and `incoming` onto `current`. A field both sides
    changed to different values is a conflict: `current` keeps its value and the conflict
    lists all three, so nothing is overwritten silently."""
    merged = dict(current)
    conflicts = []
    for key in sorted(set(base) | set(incoming)):
        theirs, mine, before = current.get(key), incoming.get(key), base.get(key)
        if mine in (before, theirs):
            continue
        if theirs == before:
            _put(merged, key, mine)
        else:
            conflicts.append(FieldConflict(key, before, theirs, mine))
    return Merge(merged, conflicts, parallel=current != base)


def base_hash(view: Mapping[str, Any]) -> str:
    """What names the base of an inventory change, whichever way the device reached it (its
    own edit, or a server version it pulled, whole or cut short): the hash of the item's
    fields and `DELETED`, open conflicts left out and an empty field the same as an absent
    one, as `three_way` compares them. A version number cannot do this: after a pull cut in
    the middle, the number of the device's own edit can name someone else's version."""
    return canonical_hash({k: v for k, v in view.items() if k != CONFLICTS and v is not None})


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value


def open_conflicts(state: dict[str, Any]) -> list[dict[str, Any]]:
    conflicts = state.get(CONFLICTS)
    return [c for c in conflicts if isinstance(c, dict)] if isinstance(conflicts, list) else []


def conflicting_fields(state: dict[str, Any]) -> set[str]:
    return {str(c.get("field")) for c in open_conflicts(state)}


def resolve(state: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """An item's state (its data, `DELETED` and `CONFLICTS` included) once a coach chose
    `values` for fields in conflict: those fields take them and their conflicts close; the
    conflicts on other fields stay open. Callers first check that `values` names only
    `conflicting_fields(state)`."""
    remaining = [c for c in open_conflicts(state) if c.get("field") not in values]
    result = {k: v for k, v in state.items() if k != CONFLICTS} | values
    return result | ({CONFLICTS: remaining} if remaining else {})
