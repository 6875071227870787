"""A coach's review of finalized interviews: a state and a comment on each, queued so that
the review reaches the server (`app.review` checks the state)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update

from app.records import FINALIZED
from app.store.database import Database
from app.store.outbox import Queued, queue
from app.store.submission_queries import SUBMISSION
from sync.wire.clock import now_iso


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
