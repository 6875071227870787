"""What comes from elsewhere, applied to this laptop's store: the one path for a pull and for a
volunteer's bundle.

A volunteer's laptop receives what volunteers share (campaigns, inventory, erasures); a coach's
laptop is a replica of its neighbourhood and also receives every interview (personal answers
included) and every review decision. Applying an entry twice changes nothing, so a pull that is
cut and resumed, or a bundle imported twice, leaves the same store.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from app import models as m
from app.errors import RecordNotFound
from app.records import FINALIZED
from app.store import Key, Store, street_of
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
            insert_received_submission(conn, payload)
        except RecordNotFound:
            return False
    return True


def insert_received_submission(conn: Connection, p: dict[str, Any]) -> None:
    """Insert an interview made on another device, with its author, device and dates; people
    and devices this laptop does not know yet are added by id. An interview already here is
    left as it is (finalized interviews never change)."""
    if conn.scalar(select(SUBMISSION.c.id).where(SUBMISSION.c.id == p["id"])) is not None:
        return
    known_form = select(m.FormVersion.form_id).where(
        m.FormVersion.form_id == p["form_id"], m.FormVersion.version == p["form_version"]
    )
    if conn.scalar(known_form) is None:
        raise RecordNotFound("form.unknown", form_id=p["form_id"], version=p["form_version"])
    for table, key in ((m.Person, "author_id"), (m.Device, "device_id")):
        if p.get(key) and conn.scalar(select(table.id).where(table.id == p[key])) is None:
            conn.execute(insert(table).values(id=p[key], name="?", created_at=now_iso()))
    campaign = p.get("campaign_id")
    if campaign and conn.scalar(select(CAMPAIGN.c.id).where(CAMPAIGN.c.id == campaign)) is None:
        campaign = None
    replaces = p.get("replaces_id")
    if replaces and conn.scalar(select(SUBMISSION.c.id).where(SUBMISSION.c.id == replaces)) is None:
        replaces = None  # the replaced version was erased here
    conn.execute(
        insert(SUBMISSION),
        {
            "id": p["id"],
            "form_id": p["form_id"],
            "form_version": p["form_version"],
            "author_id": p.get("author_id"),
            "device_id": p.get("device_id"),
            "campaign_id": campaign,
            "status": FINALIZED,
            "answers": p["answers"],
            "street": street_of(p["answers"]),
            "created_at": p["created_at"],
            "updated_at": p.get("finalized_at") or p["created_at"],
            "finalized_at": p.get("finalized_at"),
            "replaces_id": replaces,
        },
    )


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
