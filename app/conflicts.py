"""A coach resolves inventory conflicts on this computer.

Sync leaves an item's open conflicts in its data under ``_conflicts`` (one entry per field:
``field``, ``base``, ``current``, ``incoming``). The coach keeps one value per conflicting
field; the item shows it at once, and the decision waits in the outbox as a *resolution*
(``{"item_id", "values"}`` with its own change id) until sync sends it to the server's resolve
route (``sync.client``). The server then numbers the resolved state and every device pulls it,
this one included: the resolution is a change that syncs, like any other.
"""

from __future__ import annotations

from typing import Any

from app.errors import InvalidOperation
from app.records import InventoryRecord
from app.store import Store, new_id

CONFLICTS = "_conflicts"
#: An edit and a deletion made in parallel conflict on this field (see `sync.merge`).
DELETED = "_deleted"


def open_conflicts(item: InventoryRecord) -> list[dict[str, Any]]:
    conflicts = item.data.get(CONFLICTS)
    return [c for c in conflicts if isinstance(c, dict)] if isinstance(conflicts, list) else []


def resolved_data(data: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The item's data once `values` are chosen, as the server's resolve route makes it:
    those fields take them and their conflicts close; conflicts on other fields stay open.
    Whether the item is deleted (``_deleted``) is not data: see `resolve`."""
    result = {k: v for k, v in data.items() if k != CONFLICTS}
    result |= {k: v for k, v in values.items() if k != DELETED}
    remaining = [
        c for c in data.get(CONFLICTS) or [] if isinstance(c, dict) and c.get("field") not in values
    ]
    return result | ({CONFLICTS: remaining} if remaining else {})


def resolve(store: Store, item_id: str, values: dict[str, Any]) -> InventoryRecord:
    """Keep `values` (field -> chosen value) for conflicting fields of an item. Only fields in
    conflict may be named, as on the server (``sync.bad_resolution``)."""
    item = store.get_inventory_item(item_id)
    fields = {str(c.get("field")) for c in open_conflicts(item)}
    if not values or not set(values) <= fields:
        raise InvalidOperation("sync.bad_resolution", fields=", ".join(sorted(fields)))
    change_id = new_id()
    payload = {"item_id": item_id, "values": dict(values)}
    deleted = bool(values[DELETED]) if DELETED in values else item.deleted
    return store.record_resolution(
        item_id, resolved_data(item.data, values), payload, change_id=change_id, deleted=deleted
    )
