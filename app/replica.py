"""What comes from elsewhere, applied to this laptop's store: the one path for a pull and for a
volunteer's bundle.

A volunteer's laptop receives what volunteers share (campaigns, inventory, erasures); a coach's
laptop is a replica of its neighbourhood and also receives every interview (personal answers
included) and every review decision. Applying an entry twice changes nothing, so a pull that is
cut and resumed, or a bundle imported twice, leaves the same store.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from app import models as m
from app.errors import RecordNotFound
from app.store import Key, Store
from app.store.submissions import insert_received
from sync.wire.clock import now_iso

SUBMISSION = cast(Table, m.Submission.__table__)
CAMPAIGN = cast(Table, m.Campaign.__table__)
OUTBOX = cast(Table, m.Outbox.__table__)
DECISION = cast(Table, m.ReviewDecision.__table__)


def apply_campaign(store: Store, state: dict[str, Any]) -> None:
    """The server's campaign as it is now. The newest open campaign becomes this laptop's
    current one when it has none (or when its current one closed)."""
    values = {
        "neighbourhood_id": state["neighbourhood_id"],
        "name": state["name"],
        "starts_on": state["starts_on"],
        "ends_on": state["ends_on"],
        "target_households": state["target_households"],
        "streets": list(state["streets"]),
        "forms": list(state["forms"]),
        "closed_at": state["closed_at"],
    }
    with store.engine.begin() as conn:
        found = conn.execute(update(CAMPAIGN).where(CAMPAIGN.c.id == state["id"]).values(values))
        if found.rowcount == 0:
            conn.execute(insert(CAMPAIGN).values(id=state["id"], created_at=now_iso(), **values))
    current = store.settings.get(Key.CAMPAIGN)
    open_here = [
        c
        for c in store.directory.campaigns(state["neighbourhood_id"])
        if c["closed_at"] is None and c["neighbourhood_id"] == state["neighbourhood_id"]
    ]
    if open_here and (current is None or current not in {c["id"] for c in open_here}):
        newest = max(open_here, key=lambda c: (c["starts_on"] or "", c["created_at"]))
        store.settings.set(Key.CAMPAIGN, newest["id"])
        store.settings.set(Key.NEIGHBOURHOOD, state["neighbourhood_id"])


def apply_submission(store: Store, payload: dict[str, Any]) -> bool:
    """An interview from the server's feed (coaches only): kept as it was finalized, or
    erased here when the server erased it. False when its form is not here yet."""
    if payload.get("erased"):
        store.submissions.erase([payload["id"]])
        return True
    with store.engine.begin() as conn:
        try:
            insert_received(conn, payload)
        except RecordNotFound:
            return False
    return True


def apply_review(store: Store, seq: int, change_id: str, payload: dict[str, Any]) -> bool:
    """A coach's decision, in server order: kept in the interview's history, and the latest
    becomes its state. While a decision made here on the same interview waits to be sent, the
    state is left alone (the server orders the two; its answer comes back at this pull's
    next pages or the next sync). False when the interview is not here."""
    sid = str(payload["id"])
    with store.engine.begin() as conn:
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
            OUTBOX.c.entity == "review", OUTBOX.c.entity_id == sid, OUTBOX.c.synced_at.is_(None)
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


def review_history(store: Store, submission_id: str) -> list[dict[str, Any]]:
    """Every decision the server ordered on an interview, oldest first."""
    with store.engine.begin() as conn:
        rows = conn.execute(
            select(DECISION)
            .where(DECISION.c.submission_id == submission_id)
            .order_by(DECISION.c.seq)
        )
        return [dict(r._mapping) for r in rows]
