"""The store's side of sync: walking the outbox, applying the server's states and erasures."""

from __future__ import annotations

import pytest

from app.errors import RecordNotFound
from app.store import Store
from survey_forms.model import Form, Question


@pytest.fixture
def form(store: Store) -> None:
    store.import_form(
        Form(
            form_id="enquete",
            version="1",
            title={"fr": "Enquête", "nl": "Enquête", "en": "Survey"},
            children=[Question("street", "text")],
        )
    )


def final(store: Store, street: str) -> str:
    return store.finalize(store.save_draft("enquete", "1", {"street": street}).id).id


def test_pending_changes_after_walks_past_refused_ones(store: Store, form: None) -> None:
    for street in "abc":
        final(store, street)
    first = store.pending_changes_after(0, 2)
    assert len(first) == 2 and store.pending_count() == 3
    rest = store.pending_changes_after(first[-1].seq, 2)
    assert [e.payload["answers"]["street"] for e in rest] == ["c"]


def test_server_state_replaces_the_item_unless_a_change_waits(store: Store) -> None:
    nid = store.add_neighbourhood("Marolles")
    item = store.save_inventory_item(nid, {"name": "Potager"})
    state = {
        "item_id": item.id,
        "version": 3,
        "data": {"name": "Potager des Marolles"},
        "deleted": False,
        "updated_at": "2026-11-22T10:00:00.000Z",
    }
    assert store.apply_inventory_state(nid, "c-3", state) is False  # the creation waits
    store.mark_synced(e.change_id for e in store.pending_changes())
    assert store.apply_inventory_state(nid, "c-3", state) is True
    assert store.apply_inventory_state(nid, "c-3", state) is True  # twice: same result
    got = store.get_inventory_item(item.id)
    assert (got.version, got.name) == (3, "Potager des Marolles")
    assert [h.version for h in store.inventory_history(item.id)] == [1, 3]


def test_erasure_takes_every_version_and_the_outbox_copies(store: Store, form: None) -> None:
    sid = final(store, "Rue Haute")
    fix = store.correct(sid)
    store.finalize(fix.id)
    store.ensure_neighbourhood("n-1", "Marolles")
    assert store.erase_submissions([sid]) == 2
    with pytest.raises(RecordNotFound):
        store.get_submission(fix.id)
    assert store.pending_count() == 0
