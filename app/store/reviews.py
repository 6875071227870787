"""A coach's review of finalized interviews: a state and a comment on each, queued so that
the review reaches the server (`app.review` checks the state); and the decisions of every
coach, in the server's order, as they come back (`receive`, `history`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select, update

from app import tables as t
from app.records import FINALIZED
from app.store.database import Database
from app.store.outbox import OUTBOX, Queued, queue
from app.store.submission_queries import SUBMISSION
from sync.wire.clock import now_iso

DECISION = t.REVIEW_DECISION


class Reviews:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, submission_ids: Iterable[str], state: str, comment: str = "") -> int:
        """Give finalized submissions a review state and comment, all or none, and queue one
        change per submission so the review reaches the server. Returns how many changed."""
        ids = list(dict.fromkeys(submission_ids))
        stamp = now_iso()
        with self._db.tx() as conn:
            found: list[str] = []
            for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
                chunk = ids[start : start + 500]
                where = (SUBMISSION.c.id.in_(chunk), SUBMISSION.c.status == FINALIZED)
                found += conn.scalars(select(SUBMISSION.c.id).where(*where)).all()
                conn.execute(
                    update(SUBMISSION)
                    .where(*where)
                    .values(review_state=state, review_comment=comment)
                )
            review = {"review_state": state, "review_comment": comment, "reviewed_at": stamp}
            queue(conn, *(Queued("review", sid, {"id": sid, **review}) for sid in found))
        return len(found)

    def receive(self, seq: int, change_id: str, payload: dict[str, Any]) -> bool:
        """A coach's decision, in server order: kept in the interview's history, and the
        latest becomes its state. While a decision made here on the same interview waits to
        be sent, the state is left alone (the server orders the two; its answer comes back at
        this pull's next pages or the next sync). False when the interview is not here."""
        sid = str(payload["id"])
        with self._db.tx() as conn:
            if conn.scalar(select(SUBMISSION.c.id).where(SUBMISSION.c.id == sid)) is None:
                return False
            if conn.scalar(select(DECISION.c.change_id).where(DECISION.c.change_id == change_id)):
                return True
            conn.execute(
                insert(DECISION).values(
                    change_id=change_id,
                    seq=seq,
                    submission_id=sid,
                    state=payload["review_state"],
                    comment=payload.get("review_comment", ""),
                    reviewed_at=payload["reviewed_at"],
                    reviewed_by=payload.get("reviewed_by", ""),
                )
            )
            waiting = select(OUTBOX.c.seq).where(
                OUTBOX.c.entity == "review",
                OUTBOX.c.entity_id == sid,
                OUTBOX.c.synced_at.is_(None),
            )
            if conn.scalar(waiting.limit(1)) is None:
                latest = conn.execute(
                    select(DECISION.c.state, DECISION.c.comment)
                    .where(DECISION.c.submission_id == sid)
                    .order_by(DECISION.c.seq.desc())
                    .limit(1)
                ).one()
                conn.execute(
                    update(SUBMISSION)
                    .where(SUBMISSION.c.id == sid)
                    .values(review_state=latest.state, review_comment=latest.comment)
                )
        return True

    def history(self, submission_id: str) -> list[dict[str, Any]]:
        """Every decision the server ordered on an interview, oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                select(DECISION)
                .where(DECISION.c.submission_id == submission_id)
                .order_by(DECISION.c.seq)
            )
            return [dict(r._mapping) for r in rows]
