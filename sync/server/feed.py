"""The change feed: what changed since a cursor, never what exists."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import (
    Connection,
    Row,
    select,
)

from sync.server import schema as t
from sync.server.database import Database
from sync.wire.protocol import (
    FeedEntry,
    PullResponse,
    SubmissionPayload,
)

#: The audit log's action for a feed entry left out of pulls (`Feed._quarantine`).
QUARANTINE = "quarantine"
#: What a volunteer's laptop receives: never another volunteer's interviews or reviews. The
#: projects' sheets hold no resident's data: every laptop of the neighbourhood has them.
DEVICE_FEED = ("inventory", "project", "erasure", "campaign")


class Feed(Database):
    """Pull pages of the feed."""

    def pull(
        self,
        neighbourhood_ids: Sequence[str],
        since: int,
        limit: int = 500,
        entities: Sequence[str] | None = None,
        *,
        partial_erasures: bool = True,
    ) -> PullResponse:
        """Feed entries after `since`: what changed, never what exists. The cursor jumps to
        the newest number when nothing is left, so entries a caller may not see (filtered
        out) are not scanned again on the next sync. A submission's entry is read from the
        submission itself: the feed keeps no copy of anyone's answers (an erasure erases).

        A laptop made before retention reads any erasure as the whole interview's (and its
        corrections', sent or not): without `partial_erasures` the page ends before the first
        retention entry, so that such a laptop erases nothing wrongly and, once updated,
        resumes there and erases what retention asks."""
        f = t.feed
        with self._read() as conn:
            newest = int(conn.scalar(select(t.feed_counter.c.last_seq)) or 0)
            query = (
                select(f)
                .where(
                    f.c.neighbourhood_id.in_(list(neighbourhood_ids)),
                    f.c.seq > since,
                    f.c.seq <= newest,
                )
                .order_by(f.c.seq)
                .limit(limit + 1)
            )
            if entities is not None:
                query = query.where(f.c.entity.in_(list(entities)))
            rows = conn.execute(query).all()
            more = len(rows) > limit
            rows = rows[:limit]
            held = None if partial_erasures else _first_partial_erasure(rows)
            if held is not None:
                rows, more, newest = rows[:held], False, rows[held].seq - 1
            submissions = _submissions_by_id(
                conn, [r.entity_id for r in rows if r.entity == "submission"]
            )
        entries, unservable = [], []
        for r in rows:
            payload = submissions[r.entity_id] if r.entity == "submission" else r.payload
            try:
                entries.append(FeedEntry(**{**r._mapping, "payload": payload}))
            except ValidationError as error:
                unservable.append((r, error))
        if unservable:
            self._quarantine(unservable)
        cursor = rows[-1].seq if more else max(newest, since)
        return PullResponse(changes=entries, next_cursor=cursor, more=more)

    def _quarantine(self, rows: list[tuple[Row[Any], ValidationError]]) -> None:
        """Feed entries the protocol's bounds refuse (kept before the bounds existed, or
        come by a path that skipped them) are left out of every page, so that they never
        stop a device's cursor; each is reported once in the audit log (`quarantined`)."""
        with self._write() as w:
            for row, error in rows:
                target = f"feed {row.seq}"
                seen = select(t.audit.c.id).where(
                    t.audit.c.action == QUARANTINE, t.audit.c.target == target
                )
                if w.conn.scalar(seen.limit(1)) is None:
                    problem = error.errors()[0]
                    self._audit(
                        w.conn,
                        "server",
                        QUARANTINE,
                        target,
                        neighbourhood_id=row.neighbourhood_id,
                        entity=row.entity,
                        entity_id=row.entity_id,
                        change_id=row.change_id,
                        reason=f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}",
                    )

    def quarantined(self) -> list[dict[str, Any]]:
        """The feed entries left out of pulls, oldest first, for the administrator."""
        with self._read() as conn:
            rows = conn.execute(
                select(t.audit).where(t.audit.c.action == QUARANTINE).order_by(t.audit.c.id)
            )
            return [dict(r._mapping) | {"detail": json.loads(r.detail)} for r in rows]


def _first_partial_erasure(rows: Sequence[Row[Any]]) -> int | None:
    """The index of the first retention entry (an erasure that names the answers it erases)."""
    return next(
        (n for n, r in enumerate(rows) if r.entity == "erasure" and "answers" in r.payload), None
    )


#: What an interview carries on the wire: the protocol model's fields.
SUBMISSION_FIELDS = tuple(SubmissionPayload.model_fields)


def _submissions_by_id(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Submissions as they travel (their payload), plus whether they were erased."""
    if not ids:
        return {}
    columns = [t.submission.c[name] for name in SUBMISSION_FIELDS]
    rows = conn.execute(
        select(*columns, t.submission.c.erased_at).where(t.submission.c.id.in_(ids))
    )
    return {
        r.id: {name: r._mapping[name] for name in SUBMISSION_FIELDS} | {"erased": bool(r.erased_at)}
        for r in rows
    }
