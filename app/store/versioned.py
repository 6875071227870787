"""Records many people edit, versioned the one way: each change is made from the version it
started from, kept in the record's history and queued for the server, which merges it field by
field against that base (`sync.wire.merge`) and sends every device the merged state. The shared
inventory's items and the projects' sheets are two kinds of such records (`Kind`); their parts
of the store (`Inventory`, `Projects`) build on `Versioned` and hand out their own records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Table, insert, select, update

from app import tables as t
from app.errors import InvalidOperation, RecordNotFound
from app.store.database import Database
from app.store.outbox import RESOLUTION, Queued, queue, retarget, waiting
from sync.wire.clock import new_id, now_iso
from sync.wire.merge import DELETED, base_hash


@dataclass(frozen=True)
class Kind:
    """One kind of versioned record: its entity on the wire and in the outbox, its two
    tables, the history's column that names the record, and the data fields also kept in
    their own columns (what lists show and filter by)."""

    entity: str
    records: Table
    versions: Table
    key: str
    named: tuple[str, ...]

    def columns(self, data: dict[str, Any]) -> dict[str, str]:
        return {name: str(data.get(name) or "") for name in self.named}


class Versioned:
    def __init__(self, db: Database, device_id: str, kind: Kind) -> None:
        self._db = db
        self._device_id = device_id
        self._kind = kind

    def _save(
        self,
        conn: Connection,
        neighbourhood_id: str,
        data: dict[str, Any],
        *,
        record_id: str | None,
        base_version: int,
        author_id: str | None,
        deleted: bool,
    ) -> str:
        """Create a record (no `record_id`) or change it from `base_version`, in the caller's
        transaction; returns its id. A change made from an older version than the record's
        current one is refused (`record.stale`): the editor must reload."""
        k = self._kind
        stamp = now_iso()
        rid = record_id or new_id()
        current = conn.execute(select(k.records).where(k.records.c.id == rid)).first()
        if current is not None and current.version != base_version:
            raise InvalidOperation(
                "record.stale", id=rid, current=current.version, base=base_version
            )
        before = current.data if current is not None else {}
        base = base_hash(before | {DELETED: current is not None and current.deleted})
        changed = sorted(key for key in set(before) | set(data) if before.get(key) != data.get(key))
        version = base_version + 1
        values = {
            "version": version,
            **k.columns(data),
            "data": data,
            "deleted": deleted,
            "updated_at": stamp,
            "updated_by": author_id,
        }
        if current is None:
            conn.execute(
                insert(k.records).values(id=rid, neighbourhood_id=neighbourhood_id, **values)
            )
        else:
            conn.execute(update(k.records).where(k.records.c.id == rid).values(**values))
        change_id = new_id()
        conn.execute(
            insert(k.versions).values(
                {
                    k.key: rid,
                    "version": version,
                    "base_version": base_version,
                    "data": data,
                    "changed_fields": changed,
                    "deleted": deleted,
                    "change_id": change_id,
                    "author_id": author_id,
                    "device_id": self._device_id,
                    "created_at": stamp,
                }
            )
        )
        payload = {
            "item_id": rid,
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
        queue(conn, Queued(k.entity, rid, payload, change_id))
        return rid

    def _row(self, conn: Connection, record_id: str) -> Row[Any]:
        k = self._kind
        row = conn.execute(select(k.records).where(k.records.c.id == record_id)).first()
        if row is None:
            raise RecordNotFound("record.not_found", id=record_id)
        return row

    def _history(self, record_id: str) -> list[dict[str, Any]]:
        """Every version of a record, oldest first, with its author's name when known here."""
        k = self._kind
        v = k.versions
        stmt = (
            select(
                v.c[k.key].label("record_id"),
                v.c.version,
                v.c.base_version,
                v.c.changed_fields,
                v.c.data,
                v.c.deleted,
                v.c.author_id,
                t.PERSON.c.name.label("author_name"),
                v.c.created_at,
            )
            .select_from(v.outerjoin(t.PERSON, v.c.author_id == t.PERSON.c.id))
            .where(v.c[k.key] == record_id)
            .order_by(v.c.version)
        )
        with self._db.read() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def apply_state(self, neighbourhood_id: str, change_id: str, state: dict[str, Any]) -> bool:
        """Make a record what the server says it is now (version, data with its open
        conflicts, tombstone). Skipped, returning False, while a change made here to it waits
        to be sent: the server merges that change and its answer comes back then."""
        k = self._kind
        rid, version = str(state["item_id"]), int(state["version"])
        data: dict[str, Any] = dict(state["data"])
        with self._db.tx() as conn:
            if waiting(conn, rid, (k.entity, RESOLUTION)):
                return False
            values = {
                "version": version,
                **k.columns(data),
                "data": data,
                "deleted": bool(state["deleted"]),
                "updated_at": str(state["updated_at"]),
                "updated_by": None,
            }
            changed = conn.execute(update(k.records).where(k.records.c.id == rid).values(**values))
            if changed.rowcount == 0:
                conn.execute(
                    insert(k.records).values(id=rid, neighbourhood_id=neighbourhood_id, **values)
                )
            v = k.versions
            conn.execute(
                v.delete().where(
                    v.c[k.key] == rid, (v.c.version >= version) | (v.c.change_id == change_id)
                )
            )
            conn.execute(
                insert(v).values(
                    {
                        k.key: rid,
                        "version": version,
                        "base_version": version - 1,
                        "data": data,
                        "changed_fields": [],
                        "deleted": bool(state["deleted"]),
                        "change_id": change_id,
                        "created_at": str(state["updated_at"]),
                    }
                )
            )
        return True

    def _resolve(
        self,
        conn: Connection,
        record_id: str,
        data: dict[str, Any],
        payload: dict[str, Any],
        *,
        change_id: str,
        deleted: bool,
    ) -> None:
        """A coach's decision on a record's conflicts, made here (`app.conflicts`): the record
        takes `data` now (same version: the server numbers the resolution) and the decision
        waits in the outbox until sync sends it; pulled states leave it alone till then."""
        k = self._kind
        self._row(conn, record_id)
        conn.execute(
            update(k.records)
            .where(k.records.c.id == record_id)
            .values(data=data, deleted=deleted, **k.columns(data), updated_at=now_iso())
        )
        queue(conn, Queued(RESOLUTION, record_id, payload, change_id))


def move_records(conn: Connection, kind: Kind, neighbourhood_id: str, to: str) -> None:
    """A neighbourhood's records, and their changes waiting to be sent, move to another."""
    conn.execute(
        update(kind.records)
        .where(kind.records.c.neighbourhood_id == neighbourhood_id)
        .values(neighbourhood_id=to)
    )
    retarget(conn, kind.entity, "neighbourhood_id", neighbourhood_id, to)
