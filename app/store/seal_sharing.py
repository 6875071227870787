"""Sealed personal answers shared with coaches who joined later (issue 12): an interview is
sealed to the coach keys its laptop knew at finalize; a coach who can open it adds the data
key sealed to the neighbourhood's newer coach keys (`sync.wire.sealing.shared_with`), here and
as a "seal" change for the server, which adds them to its copy and serves the interview again
to the coaches' laptops (`take_recipients`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Text, cast, select, update

from app import tables as t
from app.records import FINALIZED
from app.store.late_sealing import coach_keys_of
from app.store.outbox import Queued, queue
from survey_forms.personal import SEALED

if TYPE_CHECKING:
    from nacl.public import PrivateKey

SUBMISSION = t.SUBMISSION


def share_seals(conn: Connection, private: PrivateKey) -> int:
    """Share every interview `private` opens with the coach keys of its neighbourhood it is
    not sealed to yet; returns how many interviews were shared."""
    from sync.wire.sealing import shared_with, with_recipients

    rows = conn.execute(
        select(SUBMISSION.c.id, SUBMISSION.c.campaign_id, SUBMISSION.c.answers).where(
            SUBMISSION.c.status == FINALIZED,
            cast(SUBMISSION.c.answers, Text).like(f'%"{SEALED}"%'),
        )
    ).all()
    coaches: dict[str | None, list[str]] = {}
    shared = 0
    for row in rows:
        if row.campaign_id not in coaches:
            coaches[row.campaign_id] = coach_keys_of(conn, row.campaign_id)
        added = shared_with(row.answers, private, coaches[row.campaign_id])
        if not added:
            continue
        answers = with_recipients(row.answers, added)
        conn.execute(update(SUBMISSION).where(SUBMISSION.c.id == row.id).values(answers=answers))
        queue(conn, Queued("seal", row.id, {"id": row.id, "to": added}))
        shared += 1
    return shared


def take_recipients(conn: Connection, submission_id: str, received: dict[str, Any]) -> None:
    """An interview already here, served again by the server: the recipients its seal gained
    are taken (the same seal only: its sealed text unchanged)."""
    from sync.wire.sealing import with_recipients

    local = conn.scalar(select(SUBMISSION.c.answers).where(SUBMISSION.c.id == submission_id))
    local = local or {}
    theirs, ours = received.get(SEALED), local.get(SEALED)
    if not isinstance(theirs, dict) or not isinstance(ours, dict):
        return
    if theirs.get("box") != ours.get("box") or not isinstance(theirs.get("to"), dict):
        return
    answers = with_recipients(local, theirs["to"])
    if answers != local:
        conn.execute(
            update(SUBMISSION).where(SUBMISSION.c.id == submission_id).values(answers=answers)
        )
