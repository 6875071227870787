"""The outbox: every change made or received here waits in it, in order, until the server
acknowledged it. `queue` is the one way in; the functions taking a connection work inside
the caller's transaction, so a change and its outbox entry are written together."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, func, insert, select, update

from app import tables as t
from app.db import json_dumps
from app.records import OutboxEntry
from app.store.database import Database, Prepared
from survey_forms.personal import without_answers
from sync.wire.clock import new_id, now_iso

OUTBOX = t.OUTBOX
#: A coach's conflict resolution waits in the outbox like any change, but it goes to the
#: server's resolve route (a coach's session), not into a push or a bundle.
RESOLUTION = "resolution"
#: What a push or a bundle carries (a coach's review decisions and seal shares included);
#: resolutions go their own way.
PUSHED = ("submission", "inventory", "project", "review", "seal")
_ENTRY = select(
    OUTBOX.c.seq, OUTBOX.c.change_id, OUTBOX.c.entity, OUTBOX.c.entity_id, OUTBOX.c.payload
)
_PENDING = OUTBOX.c.synced_at.is_(None)
#: Run with every save of an interview or an inventory item (see `Prepared`).
_INSERT = Prepared.of(insert(OUTBOX), "change_id", "entity", "entity_id", "payload", "created_at")


class Queued(NamedTuple):
    entity: str
    entity_id: str
    payload: dict[str, Any]
    #: Given when the change already has its id (an inventory version, another device's
    #: change): the server files a change once under its id, whoever brings it.
    change_id: str | None = None


def queue(conn: Connection, *changes: Queued) -> None:
    stamp = now_iso()
    for change in changes:
        _INSERT.run(
            conn,
            {
                "change_id": change.change_id or new_id(),
                "entity": change.entity,
                "entity_id": change.entity_id,
                "payload": json_dumps(change.payload),
                "created_at": stamp,
            },
        )


def known(conn: Connection, change_id: str) -> bool:
    """Whether a change with this id was ever queued here (sent or not)."""
    return conn.scalar(select(OUTBOX.c.seq).where(OUTBOX.c.change_id == change_id)) is not None


def waiting(conn: Connection, entity_id: str, entities: Iterable[str]) -> bool:
    """Whether a change to this entity, of one of these kinds, waits to be sent."""
    query = select(OUTBOX.c.seq).where(
        OUTBOX.c.entity.in_(tuple(entities)), OUTBOX.c.entity_id == entity_id, _PENDING
    )
    return conn.scalar(query.limit(1)) is not None


def forget(conn: Connection, entity_ids: Iterable[str]) -> None:
    """Drop every change to these entities, sent or not (right to erasure)."""
    conn.execute(OUTBOX.delete().where(OUTBOX.c.entity_id.in_(tuple(entity_ids))))


def erase_outbox_answers(
    conn: Connection, submission_ids: Iterable[str], keys: Collection[str]
) -> None:
    """The outbox copies of these interviews lose their answers under `keys` (retention)."""
    rows = conn.execute(
        select(OUTBOX.c.seq, OUTBOX.c.payload).where(
            OUTBOX.c.entity == "submission", OUTBOX.c.entity_id.in_(tuple(submission_ids))
        )
    )
    for seq, payload in rows.all():
        kept, gone = without_answers(payload.get("answers") or {}, keys)
        if gone:
            conn.execute(
                update(OUTBOX)
                .where(OUTBOX.c.seq == seq)
                .values(payload={**payload, "answers": kept})
            )


def retarget(conn: Connection, entity: str, key: str, old: str, new: str) -> None:
    """Pending changes of `entity` whose payload names `old` under `key` name `new` instead."""
    waiting = conn.execute(
        select(OUTBOX.c.seq, OUTBOX.c.payload).where(_PENDING, OUTBOX.c.entity == entity)
    )
    for seq, payload in waiting.all():
        if payload.get(key) == old:
            conn.execute(
                update(OUTBOX).where(OUTBOX.c.seq == seq).values(payload={**payload, key: new})
            )


class Outbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    def pending(self, limit: int = 500) -> list[OutboxEntry]:
        """Changes not yet acknowledged by the server, oldest first."""
        return self._entries(_ENTRY.where(_PENDING).order_by(OUTBOX.c.seq).limit(limit))

    def pending_after(self, seq: int, limit: int = 500) -> list[OutboxEntry]:
        """Pending changes queued after outbox number `seq`, oldest first: lets a sync walk
        the outbox once even when the server refuses some changes (they stay pending)."""
        where = (_PENDING, OUTBOX.c.seq > seq, OUTBOX.c.entity.in_(PUSHED))
        return self._entries(_ENTRY.where(*where).order_by(OUTBOX.c.seq).limit(limit))

    def pending_count(self) -> int:
        """How many changes a sync would send."""
        query = (
            select(func.count()).select_from(OUTBOX).where(_PENDING, OUTBOX.c.entity.in_(PUSHED))
        )
        with self._db.read() as conn:
            return int(conn.scalar(query) or 0)

    def pending_kinds(self) -> set[str]:
        """The kinds of the changes waiting to be sent, resolutions included."""
        query = select(OUTBOX.c.entity).where(_PENDING).distinct()
        with self._db.read() as conn:
            return set(conn.scalars(query))

    def pending_resolutions(self) -> list[OutboxEntry]:
        """Conflict resolutions not yet acknowledged by the server, oldest first."""
        where = (_PENDING, OUTBOX.c.entity == RESOLUTION)
        return self._entries(_ENTRY.where(*where).order_by(OUTBOX.c.seq))

    def mark_synced(self, change_ids: Iterable[str]) -> None:
        """Called only once the server acknowledged these changes."""
        ids = list(change_ids)
        with self._db.tx() as conn:
            conn.execute(
                update(OUTBOX).where(OUTBOX.c.change_id.in_(ids)).values(synced_at=now_iso())
            )

    def acknowledged(self) -> list[str]:
        """The ids of the pushed changes the server acknowledged, oldest first: after the
        server was restored from a backup, it is asked which of them it lacks."""
        where = (OUTBOX.c.synced_at.is_not(None), OUTBOX.c.entity.in_(PUSHED))
        with self._db.read() as conn:
            return list(conn.scalars(select(OUTBOX.c.change_id).where(*where).order_by("seq")))

    def mark_pending(self, change_ids: Iterable[str]) -> None:
        """Send these again: the server lost them (restored from an older backup)."""
        ids = list(change_ids)
        with self._db.tx() as conn:
            conn.execute(update(OUTBOX).where(OUTBOX.c.change_id.in_(ids)).values(synced_at=None))

    def _entries(self, stmt: Select[Any]) -> list[OutboxEntry]:
        with self._db.read() as conn:
            return [OutboxEntry(**r._mapping) for r in conn.execute(stmt)]
