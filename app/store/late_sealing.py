"""Personal answers sealed late (issue 12): an interview finalized while this laptop knew no
coach key of its neighbourhood kept its personal answers in clear. Once a sync brings the
coaches' keys, `seal_clear` seals them here, in the interview and in its outbox copy once the
server acknowledged it.

A copy still waiting to be sent is left as it was: rewriting it would make a push the server
already took, whose answer was lost, look like another change under the same id (refused for
ever). The server seals what it receives in clear for a neighbourhood with coach keys
(`sync.server.personal_sealing`), and the next sync after the acknowledgement seals the copy."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Text, bindparam, cast, or_, select, update

from app import tables as t
from app.records import FINALIZED
from app.store.database import Prepared
from app.store.forms import Forms
from app.store.settings import Key
from survey_forms.personal import SEALED, personal_keys, split_personal

SUBMISSION, OUTBOX = t.SUBMISSION, t.OUTBOX


def coach_keys_of(conn: Connection, campaign_id: str | None) -> list[str]:
    """The coach keys known here for the neighbourhood of an interview's campaign (this
    laptop's neighbourhood for an interview without one). Asked at every finalize: its
    statements are `Prepared` once (issue 18)."""
    hood = None
    if campaign_id is not None:
        hood = _HOOD_OF_CAMPAIGN.run(conn, {"campaign": campaign_id}).fetchone()
    settings = dict(_SEALING_SETTINGS.run(conn, {}).fetchall())
    here = (hood and hood[0]) or settings.get(Key.NEIGHBOURHOOD)
    return list(json.loads(settings.get(Key.COACH_KEYS) or "{}").get(here or "", []))


_HOOD_OF_CAMPAIGN = Prepared.of(
    select(t.CAMPAIGN.c.neighbourhood_id).where(t.CAMPAIGN.c.id == bindparam("campaign"))
)
_SEALING_SETTINGS = Prepared.of(
    select(t.SETTING.c.key, t.SETTING.c.value).where(
        or_(t.SETTING.c.key == Key.NEIGHBOURHOOD, t.SETTING.c.key == Key.COACH_KEYS)
    )
)


def seal_clear(conn: Connection, forms: Forms) -> int:
    """Seal the clear personal answers of finalized interviews whose neighbourhood has coach
    keys here; returns how many interviews were sealed."""
    from sync.wire.sealing import seal_answers  # libsodium, loaded when first needed

    known = conn.scalar(select(t.SETTING.c.value).where(t.SETTING.c.key == Key.COACH_KEYS))
    if not any(json.loads(known or "{}").values()):  # no coach key at all: nothing to seal to
        return 0
    rows = conn.execute(
        select(
            SUBMISSION.c.id, SUBMISSION.c.form_id, SUBMISSION.c.form_version,
            SUBMISSION.c.campaign_id, SUBMISSION.c.answers,
        ).where(SUBMISSION.c.status == FINALIZED,
                cast(SUBMISSION.c.answers, Text).not_like(f'%"{SEALED}"%'))
    ).all()  # fmt: skip
    keys_by_form: dict[tuple[str, str], frozenset[str]] = {}
    coaches_by_campaign: dict[str | None, list[str]] = {}
    sealed = 0
    for row in rows:
        answers: dict[str, Any] = row.answers or {}
        if SEALED in answers:
            continue
        if row.campaign_id not in coaches_by_campaign:
            coaches_by_campaign[row.campaign_id] = coach_keys_of(conn, row.campaign_id)
        coaches = coaches_by_campaign[row.campaign_id]
        if not coaches:
            continue
        form = (row.form_id, row.form_version)
        if form not in keys_by_form:
            keys_by_form[form] = personal_keys(forms.get(*form))
        if not split_personal(answers, keys_by_form[form])[1]:
            continue
        closed = seal_answers(answers, keys_by_form[form], coaches)
        conn.execute(update(SUBMISSION).where(SUBMISSION.c.id == row.id).values(answers=closed))
        _seal_sent_copies(conn, row.id, closed)
        sealed += 1
    return sealed


def _seal_sent_copies(conn: Connection, submission_id: str, answers: dict[str, Any]) -> None:
    copies = conn.execute(
        select(OUTBOX.c.seq, OUTBOX.c.payload).where(
            OUTBOX.c.entity == "submission",
            OUTBOX.c.entity_id == submission_id,
            OUTBOX.c.synced_at.is_not(None),
        )
    ).all()
    for seq, payload in copies:
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.seq == seq)
            .values(payload={**payload, "answers": answers})
        )
