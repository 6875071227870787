"""The store's bulk read of interviews and bulk review, against a real SQLite file."""

from __future__ import annotations

import json

import pytest

from app.demo import build_demo
from app.errors import UnknownChoice
from app.review import HAS_ISSUES, STATES, review, state_label
from app.store import Store
from survey_forms.builtin import INTERVIEW_FORM
from survey_forms.model import Form, Question


@pytest.fixture
def form(store: Store) -> Form:
    form = Form(form_id="enquete", version="1", children=[Question("street", "text")])
    store.forms.add(form)
    return form


def final(store: Store, street: str) -> str:
    return store.submissions.finalize(
        store.submissions.save_draft("enquete", "1", {"street": street}).id
    ).id


def test_submission_table_reads_finalized_latest_versions(store: Store, form: Form) -> None:
    first = final(store, "Rue Haute")
    other = final(store, "Rue Blaes")
    store.submissions.save_draft("enquete", "1", {"street": "brouillon"})
    correction = store.submissions.correct(first)
    fixed = store.submissions.finalize(correction.id, {"street": "Rue Haute 2"}).id

    rows, newer = store.submissions.table(form_id="enquete")
    assert [r[0] for r in rows] == [other, fixed], "drafts and replaced versions are left out"
    assert json.loads(rows[1][-1]) == {"street": "Rue Haute 2"}, "answers come as JSON text"
    assert newer == {first: fixed}

    every, _ = store.submissions.table(form_id="enquete", include_replaced=True)
    assert [r[0] for r in every] == [first, other, fixed]
    assert (
        dict(zip(store.submissions.TABLE_COLUMNS, every[0], strict=True))["street"] == "Rue Haute"
    )


def test_set_review_in_bulk_queues_one_change_per_interview(store: Store, form: Form) -> None:
    ids = [final(store, f"Rue {i}") for i in range(3)]
    draft = store.submissions.save_draft("enquete", "1", {"street": "brouillon"}).id
    before = len(store.outbox.pending())

    changed = store.reviews.set([*ids, draft, ids[0]], "has_issues", "Numéro illisible")

    assert changed == 3, "a draft is not reviewed, an id named twice counts once"
    for sid in ids:
        record = store.submissions.get(sid)
        assert (record.review_state, record.review_comment) == ("has_issues", "Numéro illisible")
    assert store.submissions.get(draft).review_state == "received"
    queued = store.outbox.pending()[before:]
    assert sorted(c.entity_id for c in queued) == sorted(ids)
    assert {c.entity for c in queued} == {"review"}
    assert queued[0].payload["review_state"] == "has_issues"


def test_set_review_of_many_interviews_spans_parameter_chunks(tmp_path) -> None:
    path = tmp_path / "demo.sqlite"
    build_demo(path, households=700)
    with Store.open(path) as store:
        interviews = store.submissions.table(form_id=INTERVIEW_FORM)[0]
        ids = [row[0] for row in interviews]
        assert store.reviews.set(ids, "approved") == 700
        assert {row[10] for row in store.submissions.table(form_id=INTERVIEW_FORM)[0]} == {
            "approved"
        }


def test_review_refuses_an_unknown_state_and_labels_the_known_ones(
    store: Store, form: Form
) -> None:
    sid = final(store, "Rue Haute")
    with pytest.raises(UnknownChoice, match="État de relecture inconnu : peut-être") as refused:
        review(store, [sid], "peut-être")
    assert refused.value.text("nl").startswith("Onbekende beoordelingsstatus: peut-être")
    assert review(store, [sid], HAS_ISSUES, "  Adresse ?  ") == 1
    assert store.submissions.get(sid).review_comment == "Adresse ?"
    assert [state_label(s) for s in STATES] == ["Reçu", "Approuvé", "À revoir", "Rejeté"]
    assert state_label(HAS_ISSUES, "nl") == "Na te kijken"


def test_review_decisions_travel_in_pushes_and_bundles(store: Store, form: Form, tmp_path) -> None:
    """A review decision is a protocol change like an interview: pushed and carried in a
    bundle, checked against the wire model."""
    from sync.client.bundles import export_bundle
    from sync.wire.bundle_format import read_bundle

    sid = final(store, "Rue Haute")
    review(store, [sid], HAS_ISSUES, "adresse à vérifier")
    assert [c.entity for c in store.outbox.pending_after(0)] == ["submission", "review"]
    assert store.outbox.pending_count() == 2
    export_bundle(store, tmp_path / "b.zip")
    [_, decision] = read_bundle(tmp_path / "b.zip").changes
    assert decision.entity_id == sid
    assert decision.payload["review_state"] == HAS_ISSUES
    assert decision.payload["review_comment"] == "adresse à vérifier"
