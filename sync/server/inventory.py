"""Shared-inventory items and transition projects' sheets: field-level three-way merge against
the device's base, conflicts kept for a coach to resolve, never a silent overwrite. Both kinds
of records (`SHARED`) go through the same code, each in its own two tables."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    insert,
    select,
    update,
)

from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.database import Database, FeedWriter
from sync.server.errors import ServerError
from sync.wire.clock import now_iso
from sync.wire.merge import (
    CONFLICTS,
    DELETED,
    base_hash,
    conflicting_fields,
    resolve,
    three_way,
)
from sync.wire.protocol import (
    PAYLOADS,
    Change,
    ChangeResult,
    InventoryPayload,
    Resolution,
    canonical_hash,
)


@dataclass(frozen=True)
class Shared:
    """A kind of record many devices edit: its feed entity, its current states and every
    version, and the versions' column that names the record."""

    entity: str
    records: Table
    versions: Table
    key: str


SHARED = {
    "inventory": Shared("inventory", t.inventory_item, t.inventory_version, "item_id"),
    "project": Shared("project", t.project, t.project_version, "project_id"),
}


class Inventory(Database):
    """Inventory and project changes merged and numbered in the feed; a coach's resolutions."""

    def _apply_inventory(
        self, w: FeedWriter, change: Change, neighbourhood_id: str, device_id: str | None
    ) -> ChangeResult:
        """An inventory item's change, or a project's (`change.entity` says which)."""
        kind = SHARED[change.entity]
        p = PAYLOADS[change.entity].model_validate(change.payload)
        assert isinstance(p, InventoryPayload)
        incoming = {k: v for k, v in p.data.items() if k != CONFLICTS} | {DELETED: p.deleted}
        cid = str(change.change_id)
        item = w.conn.execute(select(kind.records).where(kind.records.c.id == p.item_id)).first()
        if item is not None and item.neighbourhood_id != neighbourhood_id:
            return ChangeResult(change_id=change.change_id, status="refused", reason="forbidden")
        if item is None:
            data, conflicts, outcome, version = incoming, [], "created", 1
        else:
            current = dict(item.data) | {DELETED: item.deleted}
            merge = three_way(self._base_of(w.conn, kind, p, device_id), current, incoming)
            data, outcome, version = merge.data, merge.outcome, item.version + 1
            conflicts = list(item.conflicts) + [
                {
                    "field": c.field,
                    "base": c.base,
                    "current": c.current,
                    "incoming": c.incoming,
                    "change_id": cid,
                }
                for c in merge.conflicts
            ]
        self._write_item(
            w,
            kind,
            item_id=p.item_id,
            neighbourhood_id=neighbourhood_id,
            version=version,
            data=data,
            conflicts=conflicts,
            outcome=outcome,
            change_id=cid,
            exists=item is not None,
            device=(device_id, p.base_version + 1, incoming),
        )
        return ChangeResult(change_id=change.change_id, status="accepted", outcome=outcome)  # type: ignore[arg-type]

    @staticmethod
    def _base_of(
        conn: Connection, kind: Shared, p: InventoryPayload, device_id: str | None
    ) -> dict[str, Any]:
        """The item as the device saw it when it made this change: the version (as the
        server kept it, or as the device that made it saw it) whose `base_hash` the change
        names. Whichever device made it and wherever a pull was cut, the same content is the
        same base. A base the server never had (a forged hash) is the empty item: every field
        the change would alter becomes a conflict for a coach, never a silent overwrite."""
        v = kind.versions
        if p.base_hash is None:
            return Inventory._numbered_base(conn, kind, p, device_id)
        rows = conn.execute(
            select(v.c.data, v.c.deleted, v.c.device_view)
            .where(v.c[kind.key] == p.item_id)
            .order_by(v.c.version.desc())
        )
        for row in rows:
            for view in (dict(row.data) | {DELETED: row.deleted}, row.device_view):
                if view is not None and base_hash(view) == p.base_hash:
                    return dict(view)
        return {}

    @staticmethod
    def _numbered_base(
        conn: Connection, kind: Shared, p: InventoryPayload, device_id: str | None
    ) -> dict[str, Any]:
        """The base of a change from a laptop that sends no `base_hash` (before issue 12):
        the device's own previous change when it produced `base_version` on the device (it
        edited twice before syncing), otherwise the server's version of that number. After a
        pull cut in the middle the two can disagree; such laptops keep that risk till they
        are updated."""
        v = kind.versions
        if device_id is not None:
            own = conn.execute(
                select(v.c.local_version, v.c.device_view)
                .where(v.c[kind.key] == p.item_id, v.c.device_id == device_id)
                .order_by(v.c.version.desc())
                .limit(1)
            ).first()
            if own is not None and own.local_version == p.base_version:
                return dict(own.device_view)
        row = conn.execute(
            select(v.c.data, v.c.deleted).where(
                v.c[kind.key] == p.item_id, v.c.version == p.base_version
            )
        ).first()
        return dict(row.data) | {DELETED: row.deleted} if row else {}

    def _write_item(
        self,
        w: FeedWriter,
        kind: Shared,
        *,
        item_id: str,
        neighbourhood_id: str,
        version: int,
        data: dict[str, Any],
        conflicts: list[dict[str, Any]],
        outcome: str,
        change_id: str,
        exists: bool,
        device: tuple[str | None, int | None, dict[str, Any] | None] = (None, None, None),
    ) -> None:
        stamp = now_iso()
        body = {k: v for k, v in data.items() if k != DELETED}
        deleted = bool(data.get(DELETED))
        values = {
            "version": version,
            "data": body,
            "deleted": deleted,
            "conflicts": conflicts,
            "updated_at": stamp,
        }
        records = kind.records
        if exists:
            w.conn.execute(update(records).where(records.c.id == item_id).values(**values))
        else:
            w.conn.execute(
                insert(records).values(id=item_id, neighbourhood_id=neighbourhood_id, **values)
            )
        device_id, local_version, view = device
        w.conn.execute(
            insert(kind.versions).values(
                {
                    kind.key: item_id,
                    "version": version,
                    "change_id": change_id,
                    "device_id": device_id,
                    "local_version": local_version,
                    "device_view": view,
                    "data": body,
                    "deleted": deleted,
                    "outcome": outcome,
                    "created_at": stamp,
                }
            )
        )
        state = {
            "item_id": item_id,
            "version": version,
            "data": body | ({CONFLICTS: conflicts} if conflicts else {}),
            "deleted": deleted,
            "outcome": outcome,
            "updated_at": stamp,
        }
        w.append(neighbourhood_id, kind.entity, item_id, change_id, state)

    def inventory_item(self, item_id: str) -> dict[str, Any] | None:
        return self._shared_record(SHARED["inventory"], item_id)

    def project(self, project_id: str) -> dict[str, Any] | None:
        return self._shared_record(SHARED["project"], project_id)

    def _shared_record(self, kind: Shared, record_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(select(kind.records).where(kind.records.c.id == record_id)).first()
            return dict(row._mapping) if row else None

    def resolve(
        self,
        item_id: str,
        resolution: Resolution,
        actor: Principal,
        entity: str = "inventory",
    ) -> ChangeResult:
        """A coach's decision on conflicting fields of an inventory item (or, with `entity`
        "project", of a project): the chosen values replace the current ones, those conflicts
        are closed, and the result syncs to devices like any change."""
        kind = SHARED[entity]
        cid = str(resolution.change_id)
        what = {"resolve": item_id, "values": resolution.values}
        if entity != "inventory":  # an inventory resolution's hash stays what it always was
            what["entity"] = entity
        digest = canonical_hash(what)
        with self._write() as w:
            seen = w.conn.scalar(
                select(t.received_change.c.content_hash).where(t.received_change.c.change_id == cid)
            )
            if seen is not None:
                same = seen == digest
                return seen_before(resolution.change_id, same, "change_id_reused")
            item = w.conn.execute(select(kind.records).where(kind.records.c.id == item_id)).first()
            if item is None or not actor.may_see(item.neighbourhood_id):
                raise ServerError("sync.not_found", 404, id=item_id)
            state = dict(item.data) | {DELETED: item.deleted, CONFLICTS: item.conflicts}
            fields = conflicting_fields(state)
            if not resolution.values or not set(resolution.values) <= fields:
                raise ServerError("sync.bad_resolution", 400, fields=", ".join(sorted(fields)))
            data = resolve(state, dict(resolution.values))
            remaining = data.pop(CONFLICTS, [])
            self._write_item(
                w,
                kind,
                item_id=item_id,
                neighbourhood_id=item.neighbourhood_id,
                version=item.version + 1,
                data=data,
                conflicts=remaining,
                outcome="resolved",
                change_id=cid,
                exists=True,
            )
            w.conn.execute(
                insert(t.received_change).values(
                    change_id=cid,
                    content_hash=digest,
                    device_id=None,
                    entity=kind.entity,
                    entity_id=item_id,
                    outcome="resolved",
                    received_at=now_iso(),
                )
            )
            self._audit(w.conn, actor.name, "resolve", item_id, values=resolution.values)
        return ChangeResult(change_id=resolution.change_id, status="accepted", outcome="resolved")


def seen_before(change_id: uuid.UUID, same: bool, reason: str) -> ChangeResult:
    """A change id received before: acknowledged again when the content is the same (the
    first answer was lost on the way), refused when it is not."""
    return ChangeResult(
        change_id=change_id,
        status="duplicate" if same else "refused",
        reason=None if same else reason,
    )
