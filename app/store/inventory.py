"""The shared inventory: items many volunteers edit, each change made from the version it
started from, kept in the item's history and queued for the server (which merges them). The
versioning itself is `app.store.versioned`, shared with the projects' sheets."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from app import tables as t
from app.collation import contains
from app.records import InventoryChange, InventoryRecord
from app.store.database import Database
from app.store.versioned import Kind, Versioned, move_records

INVENTORY = t.INVENTORY_ITEM
INVENTORY_VERSION = t.INVENTORY_VERSION
ITEMS = Kind("inventory", INVENTORY, INVENTORY_VERSION, "item_id", ("kind", "theme", "name"))


class Inventory(Versioned):
    def __init__(self, db: Database, device_id: str) -> None:
        super().__init__(db, device_id, ITEMS)

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
        with self._db.tx() as conn:
            iid = self._save(
                conn,
                neighbourhood_id,
                data,
                record_id=item_id,
                base_version=base_version,
                author_id=author_id,
                deleted=deleted,
            )
            return _item(self, conn, iid)

    def get(self, item_id: str) -> InventoryRecord:
        with self._db.read() as conn:
            return _item(self, conn, item_id)

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
        return [
            InventoryChange(item_id=row.pop("record_id"), **row) for row in self._history(item_id)
        ]

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
            self._resolve(conn, item_id, data, payload, change_id=change_id, deleted=deleted)
            return _item(self, conn, item_id)


def move_items(conn: Connection, neighbourhood_id: str, to: str) -> None:
    """The items of a neighbourhood, and their changes waiting to be sent, move to another."""
    move_records(conn, ITEMS, neighbourhood_id, to)


def _item(inventory: Inventory, conn: Connection, item_id: str) -> InventoryRecord:
    return InventoryRecord(**inventory._row(conn, item_id)._mapping)
