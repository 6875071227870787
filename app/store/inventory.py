"""The shared inventory: items many volunteers edit, each change made from the version it
started from, kept in the item's history and queued for the server (which merges them)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from app import models as m
from app.collation import contains
from app.errors import InvalidOperation, RecordNotFound
from app.records import InventoryChange, InventoryRecord
from app.store.database import Database
from app.store.outbox import RESOLUTION, Queued, queue, retarget, waiting
from sync.wire.clock import new_id, now_iso
from sync.wire.merge import DELETED, base_hash

INVENTORY = cast(Table, m.InventoryItem.__table__)
INVENTORY_VERSION = cast(Table, m.InventoryVersion.__table__)


class Inventory:
    def __init__(self, db: Database, device_id: str) -> None:
        self._db = db
        self._device_id = device_id

    def save(
        self,
        neighbourhood_id: str,
        data: dict[str, Any],
        *,
        item_id: str | None = None,
        base_version: int = 0,
        author_id: str | None = None,
        deleted: bool = False,
    ) -> InventoryRecord:
        """Create an item (no `item_id`) or change it from `base_version`. A change made from
        an older version than the item's current one is refused: the editor must reload."""
        stamp = now_iso()
        with self._db.tx() as conn:
            iid = item_id or new_id()
            current = conn.execute(select(INVENTORY).where(INVENTORY.c.id == iid)).first()
            if current is not None and current.version != base_version:
                raise InvalidOperation(
                    "inventory.stale", id=iid, current=current.version, base=base_version
                )
            before = current.data if current is not None else {}
            base = base_hash(before | {DELETED: current is not None and current.deleted})
            changed = sorted(k for k in set(before) | set(data) if before.get(k) != data.get(k))
            version = base_version + 1
            values = {
                "version": version,
                **_named(data),
                "data": data,
                "deleted": deleted,
                "updated_at": stamp,
                "updated_by": author_id,
            }
            if current is None:
                conn.execute(
                    insert(INVENTORY).values(id=iid, neighbourhood_id=neighbourhood_id, **values)
                )
            else:
                conn.execute(update(INVENTORY).where(INVENTORY.c.id == iid).values(**values))
            change_id = new_id()
            conn.execute(
                insert(INVENTORY_VERSION).values(
                    item_id=iid,
                    version=version,
                    base_version=base_version,
                    data=data,
                    changed_fields=changed,
                    deleted=deleted,
                    change_id=change_id,
                    author_id=author_id,
                    device_id=self._device_id,
                    created_at=stamp,
                )
            )
            payload = {
                "item_id": iid,
                "neighbourhood_id": neighbourhood_id,
                "base_version": base_version,
                "base_hash": base,
                "data": data,
                "changed_fields": changed,
                "deleted": deleted,
                "author_id": author_id,
                "device_id": self._device_id,
                "created_at": stamp,
            }
            queue(conn, Queued("inventory", iid, payload, change_id))
            return _item(conn, iid)

    def get(self, item_id: str) -> InventoryRecord:
        with self._db.read() as conn:
            return _item(conn, item_id)

    def items(
        self,
        neighbourhood_id: str | None = None,
        *,
        theme: str | None = None,
        kind: str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[InventoryRecord]:
        """A page of items by name, those the filters ask for."""
        stmt = select(INVENTORY).order_by(INVENTORY.c.name, INVENTORY.c.id)
        for column, value in (
            (INVENTORY.c.neighbourhood_id, neighbourhood_id),
            (INVENTORY.c.theme, theme),
            (INVENTORY.c.kind, kind),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if text:
            stmt = stmt.where(contains(INVENTORY.c.name, text))
        if not include_deleted:
            stmt = stmt.where(INVENTORY.c.deleted.is_(False))
        with self._db.read() as conn:
            rows = conn.execute(stmt.offset(offset).limit(limit))
            return [InventoryRecord(**r._mapping) for r in rows]

    def history(self, item_id: str) -> list[InventoryChange]:
        """Who changed what, oldest first."""
        stmt = (
            select(
                INVENTORY_VERSION.c.item_id,
                INVENTORY_VERSION.c.version,
                INVENTORY_VERSION.c.base_version,
                INVENTORY_VERSION.c.changed_fields,
                INVENTORY_VERSION.c.data,
                INVENTORY_VERSION.c.deleted,
                INVENTORY_VERSION.c.author_id,
                m.Person.name.label("author_name"),
                INVENTORY_VERSION.c.created_at,
            )
            .select_from(INVENTORY_VERSION.outerjoin(m.Person.__table__))
            .where(INVENTORY_VERSION.c.item_id == item_id)
            .order_by(INVENTORY_VERSION.c.version)
        )
        with self._db.read() as conn:
            return [InventoryChange(**r._mapping) for r in conn.execute(stmt)]

    def apply_state(self, neighbourhood_id: str, change_id: str, state: dict[str, Any]) -> bool:
        """Make an item what the server says it is now (version, data with its open
        conflicts, tombstone). Skipped, returning False, while a change made here to the item
        waits to be sent: the server merges that change and its answer comes back then."""
        iid, version = str(state["item_id"]), int(state["version"])
        data: dict[str, Any] = dict(state["data"])
        with self._db.tx() as conn:
            if waiting(conn, iid, ("inventory", RESOLUTION)):
                return False
            values = {
                "version": version,
                **_named(data),
                "data": data,
                "deleted": bool(state["deleted"]),
                "updated_at": str(state["updated_at"]),
                "updated_by": None,
            }
            if (
                conn.execute(
                    update(INVENTORY).where(INVENTORY.c.id == iid).values(**values)
                ).rowcount
                == 0
            ):
                conn.execute(
                    insert(INVENTORY).values(id=iid, neighbourhood_id=neighbourhood_id, **values)
                )
            conn.execute(
                INVENTORY_VERSION.delete().where(
                    INVENTORY_VERSION.c.item_id == iid,
                    (INVENTORY_VERSION.c.version >= version)
                    | (INVENTORY_VERSION.c.change_id == change_id),
                )
            )
            conn.execute(
                insert(INVENTORY_VERSION).values(
                    item_id=iid,
                    version=version,
                    base_version=version - 1,
                    data=data,
                    changed_fields=[],
                    deleted=bool(state["deleted"]),
                    change_id=change_id,
                    created_at=str(state["updated_at"]),
                )
            )
        return True

    def resolve(
        self,
        item_id: str,
        data: dict[str, Any],
        payload: dict[str, Any],
        *,
        change_id: str,
        deleted: bool,
    ) -> InventoryRecord:
        """A coach's decision on an item's conflicts, made here (`app.conflicts`): the item
        takes `data` now (same version: the server numbers the resolution) and the decision
        waits in the outbox until sync sends it; pulled states leave the item alone till then."""
        with self._db.tx() as conn:
            _item(conn, item_id)
            conn.execute(
                update(INVENTORY)
                .where(INVENTORY.c.id == item_id)
                .values(data=data, deleted=deleted, **_named(data), updated_at=now_iso())
            )
            queue(conn, Queued(RESOLUTION, item_id, payload, change_id))
            return _item(conn, item_id)


def move_items(conn: Connection, neighbourhood_id: str, to: str) -> None:
    """The items of a neighbourhood, and their changes waiting to be sent, move to another."""
    conn.execute(
        update(INVENTORY)
        .where(INVENTORY.c.neighbourhood_id == neighbourhood_id)
        .values(neighbourhood_id=to)
    )
    retarget(conn, "inventory", "neighbourhood_id", neighbourhood_id, to)


def _named(data: dict[str, Any]) -> dict[str, str]:
    """The fields an item is listed and filtered by, kept in their own columns."""
    return {key: str(data.get(key) or "") for key in ("kind", "theme", "name")}


def _item(conn: Connection, item_id: str) -> InventoryRecord:
    row = conn.execute(select(INVENTORY).where(INVENTORY.c.id == item_id)).first()
    if row is None:
        raise RecordNotFound("record.not_found", id=item_id)
    return InventoryRecord(**row._mapping)
