"""The protocol models refuse what they do not understand."""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError
from sync_helpers import inventory_change, submission_change

from sync.server import schema
from sync.wire.protocol import Change, PushRequest, SubmissionPayload


def test_unknown_fields_are_refused() -> None:
    change = submission_change()
    with pytest.raises(ValidationError):
        Change.model_validate(change.model_dump() | {"priority": 1})
    with pytest.raises(ValidationError):
        Change.model_validate(
            change.model_dump() | {"payload": change.payload | {"is_admin": True}}
        )


def test_the_payload_must_match_its_entity_and_id() -> None:
    change = inventory_change("item-1", {"name": "x"}, 0)
    with pytest.raises(ValidationError):
        Change(
            change_id=uuid.uuid4(), entity="submission", entity_id="item-1", payload=change.payload
        )
    with pytest.raises(ValidationError):
        Change(
            change_id=uuid.uuid4(), entity="inventory", entity_id="other", payload=change.payload
        )


def test_the_content_hash_ignores_key_order_and_the_change_id() -> None:
    change = submission_change({"a": 1, "b": 2})
    shuffled = dict(reversed(list(change.payload.items())))
    same = Change(
        change_id=uuid.uuid4(), entity="submission", entity_id=change.entity_id, payload=shuffled
    )
    assert same.content_hash() == change.content_hash()


def test_a_batch_has_a_maximum_size() -> None:
    with pytest.raises(ValidationError):
        PushRequest(changes=[submission_change() for _ in range(501)])


def test_a_submission_is_stored_with_every_field_it_carries() -> None:
    """The payload model is the one list of a submission's fields: the server stores each."""
    checked = submission_change({"street": "Rue Haute"}).payload
    fields = SubmissionPayload.fields_of({k: v for k, v in checked.items() if v is not None})
    assert fields == checked and fields["replaces_id"] is None  # defaults filled in
    assert set(SubmissionPayload.model_fields) <= set(schema.submission.c.keys())
