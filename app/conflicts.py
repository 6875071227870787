"""A coach resolves inventory (and project) conflicts on this computer.

Sync leaves an item's open conflicts in its data under ``_conflicts`` (one entry per field:
``field``, ``base``, ``current``, ``incoming``). The coach keeps one value per conflicting
field; the item shows it at once, and the decision waits in the outbox as a *resolution*
(``{"item_id", "values"}`` with its own change id) until sync sends it to the server's resolve
route (``sync.client.device``). The server then numbers the resolved state and every device
pulls it, this one included: the resolution is a change that syncs, like any other.
"""

from __future__ import annotations

from typing import Any

from app.errors import InvalidOperation
from app.records import InventoryRecord, ProjectRecord
from app.store import Store
from sync.wire import merge
from sync.wire.clock import new_id


def open_conflicts(item: InventoryRecord) -> list[dict[str, Any]]:
    return merge.open_conflicts(item.data)


def resolve(store: Store, item_id: str, values: dict[str, Any]) -> InventoryRecord:
    """Keep `values` (field -> chosen value) for conflicting fields of an item, with the rule
    the server applies (`sync.wire.merge.resolve`)."""
    item = store.inventory.get(item_id)
    state = item.data | {merge.DELETED: item.deleted}
    fields = merge.conflicting_fields(state)
    if not values or not set(values) <= fields:
        raise InvalidOperation("sync.bad_resolution", fields=", ".join(sorted(fields)))
    resolved = merge.resolve(state, dict(values))
    deleted = bool(resolved.pop(merge.DELETED))
    payload = {"item_id": item_id, "values": dict(values)}
    return store.inventory.resolve(item_id, resolved, payload, change_id=new_id(), deleted=deleted)


def resolve_project(store: Store, project_id: str, values: dict[str, Any]) -> ProjectRecord:
    """The same decision on a project's sheet; it goes to the server's resolve route for
    projects (the resolution's payload says ``"entity": "project"``)."""
    project = store.projects.get(project_id)
    state = project.data | {merge.DELETED: project.deleted}
    fields = merge.conflicting_fields(state)
    if not values or not set(values) <= fields:
        raise InvalidOperation("sync.bad_resolution", fields=", ".join(sorted(fields)))
    resolved = merge.resolve(state, dict(values))
    deleted = bool(resolved.pop(merge.DELETED))
    payload = {"item_id": project_id, "values": dict(values), "entity": "project"}
    return store.projects.resolve(
        project_id, resolved, payload, change_id=new_id(), deleted=deleted
    )
