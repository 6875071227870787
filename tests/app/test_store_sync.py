"""The store's side of sync: walking the outbox, applying the server's states and erasures."""

from __future__ import annotations

import pytest

from app.errors import RecordNotFound
from app.store import Store
from survey_forms.model import Form, Question


@pytest.fixture
def form(store: Store) -> None:
    store.forms.add(
        Form(
            form_id="enquete",
            version="1",
            title={"fr": "Enquête", "nl": "Enquête", "en": "Survey"},
            children=[Question("street", "text")],
        )
    )


def final(store: Store, street: str) -> str:
    return store.submissions.finalize(
        store.submissions.save_draft("enquete", "1", {"street": street}).id
    ).id


def test_pending_changes_after_walks_past_refused_ones(store: Store, form: None) -> None:
    for street in "abc":
        final(store, street)
    first = store.outbox.pending_after(0, 2)
    assert len(first) == 2 and store.outbox.pending_count() == 3
    rest = store.outbox.pending_after(first[-1].seq, 2)
    assert [e.payload["answers"]["street"] for e in rest] == ["c"]


def test_server_state_replaces_the_item_unless_a_change_waits(store: Store) -> None:
    nid = store.directory.add_neighbourhood("Marolles")
    item = store.inventory.save(nid, {"name": "Potager"})
    state = {
        "item_id": item.id,
        "version": 3,
        "data": {"name": "Potager des Marolles"},
        "deleted": False,
        "updated_at": "2026-11-22T10:00:00.000Z",
    }
    assert store.inventory.apply_state(nid, "c-3", state) is False  # the creation waits
    store.outbox.mark_synced(e.change_id for e in store.outbox.pending())
    assert store.inventory.apply_state(nid, "c-3", state) is True
    assert store.inventory.apply_state(nid, "c-3", state) is True  # twice: same result
    got = store.inventory.get(item.id)
    assert (got.version, got.name) == (3, "Potager des Marolles")
    assert [h.version for h in store.inventory.history(item.id)] == [1, 3]


def test_erasure_takes_every_version_and_the_outbox_copies(store: Store, form: None) -> None:
    sid = final(store, "Rue Haute")
    fix = store.submissions.correct(sid)
    store.submissions.finalize(fix.id)
    store.directory.ensure_neighbourhood("n-1", "Marolles")
    assert store.submissions.erase([sid]) == 2
    with pytest.raises(RecordNotFound):
        store.submissions.get(fix.id)
    assert store.outbox.pending_count() == 0
