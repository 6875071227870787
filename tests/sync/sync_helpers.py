"""Small builders of protocol messages shared by the sync tests."""

from __future__ import annotations

import uuid
from typing import Any

from app.store import Store
from survey_forms.builtin import INTERVIEW_FORM
from survey_forms.model import Form, Question
from sync.wire.protocol import Change, SubmissionPayload


def submission_change(
    answers: dict[str, Any] | None = None,
    *,
    sid: str | None = None,
    change_id: uuid.UUID | None = None,
    replaces_id: str | None = None,
) -> Change:
    sid = sid or str(uuid.uuid4())
    payload = SubmissionPayload(
        id=sid,
        form_id=INTERVIEW_FORM,
        form_version="1",
        answers=answers if answers is not None else {"street": "Rue Haute", "size": 3},
        created_at="2026-11-22T09:00:00.000Z",
        finalized_at="2026-11-22T09:10:00.000Z",
        replaces_id=replaces_id,
    )
    return Change(
        change_id=change_id or uuid.uuid4(),
        entity="submission",
        entity_id=sid,
        payload=payload.model_dump(),
    )


def inventory_change(
    item_id: str,
    data: dict[str, Any],
    base_version: int,
    *,
    deleted: bool = False,
    neighbourhood_id: str = "local",
) -> Change:
    payload = {
        "item_id": item_id,
        "neighbourhood_id": neighbourhood_id,
        "base_version": base_version,
        "data": data,
        "changed_fields": sorted(data),
        "deleted": deleted,
        "author_id": None,
        "device_id": None,
        "created_at": "2026-11-22T09:00:00.000Z",
    }
    return Change(change_id=uuid.uuid4(), entity="inventory", entity_id=item_id, payload=payload)


def interview(store: Store, answers: dict[str, Any] | None = None) -> str:
    """A finalized interview on a device (the small test form is imported when missing)."""
    if not store.forms.versions():
        store.forms.add(
            Form(
                form_id="enquete",
                version="1",
                title={"fr": "Enquête", "nl": "Enquête", "en": "Survey"},
                children=[Question("street", "text"), Question("size", "integer")],
            )
        )
    draft = store.submissions.save_draft(
        "enquete", "1", answers or {"street": "Rue Haute", "size": 2}
    )
    return store.submissions.finalize(draft.id).id
