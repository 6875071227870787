"""The store API against a real SQLite file."""

from __future__ import annotations

import pytest

from app.errors import InvalidOperation, RecordNotFound
from app.records import DRAFT, FINALIZED, SubmissionQuery
from app.store import Store
from survey_forms.model import Form, Question


@pytest.fixture
def form(store: Store) -> Form:
    form = Form(
        form_id="enquete",
        version="3",
        title={"fr": "Enquête", "nl": "Enquête", "en": "Survey"},
        children=[Question("street", "text"), Question("size", "integer")],
    )
    store.import_form(form)
    return form


def draft(store: Store, answers: dict, **kw) -> str:
    return store.save_draft("enquete", "3", answers, **kw).id


def test_draft_is_saved_updated_and_reopened(store: Store, form: Form, db_path) -> None:
    sid = draft(store, {"street": "Rue Haute"})
    store.save_draft("enquete", "3", {"street": "Rue Haute", "size": 4}, submission_id=sid)
    store.close()
    with Store.open(db_path) as again:
        record = again.get_submission(sid)
        assert record.status == DRAFT
        assert record.answers == {"street": "Rue Haute", "size": 4}
        assert record.street == "Rue Haute"
        assert again.pending_changes() == [], "drafts never leave the device"


def test_finalize_makes_it_immutable_and_queues_it(store: Store, form: Form) -> None:
    sid = draft(store, {"street": "Rue Blaes", "size": 2})
    record = store.finalize(sid)
    assert record.status == FINALIZED and record.finalized_at
    with pytest.raises(InvalidOperation):
        store.save_draft("enquete", "3", {"size": 9}, submission_id=sid)
    with pytest.raises(InvalidOperation):
        store.finalize(sid)
    [change] = store.pending_changes()
    assert change.entity == "submission" and change.entity_id == sid
    assert change.payload["answers"] == {"street": "Rue Blaes", "size": 2}
    store.mark_synced([change.change_id])
    assert store.pending_changes() == []


def test_correction_is_a_new_version_naming_the_old(store: Store, form: Form) -> None:
    first = store.finalize(draft(store, {"street": "Rue Haute", "size": 3}))
    correction = store.correct(first.id)
    assert correction.status == DRAFT and correction.replaces_id == first.id
    store.finalize(correction.id, {"street": "Rue Haute", "size": 5})
    assert [v.answers["size"] for v in store.versions(first.id)] == [3, 5]
    assert [v.answers["size"] for v in store.versions(correction.id)] == [3, 5]
    listed = store.list_submissions()
    assert [s.id for s in listed] == [correction.id], "only the latest version counts"
    assert store.count_submissions(SubmissionQuery(include_replaced=True)) == 2
    assert store.get_submission(first.id).answers["size"] == 3, "the old version stays"
    with pytest.raises(InvalidOperation):
        store.correct(first.id)
    payloads = [c.payload for c in store.pending_changes()]
    assert payloads[-1]["replaces_id"] == first.id


def test_list_filters_search_and_pages(store: Store, form: Form) -> None:
    alice = store.add_person("Aïcha")
    for i in range(25):
        sid = draft(store, {"street": "Rue Haute" if i % 2 else "Rue Blaes", "size": i},
                    author_id=alice if i < 5 else None)  # fmt: skip
        if i % 5:
            store.finalize(sid)
    assert store.count_submissions() == 25
    assert store.count_submissions(SubmissionQuery(status=DRAFT)) == 5
    assert store.count_submissions(SubmissionQuery(street="Rue Haute")) == 12
    assert store.count_submissions(SubmissionQuery(author_id=alice)) == 5
    assert store.count_submissions(SubmissionQuery(text="blaes")) == 13
    pages = [store.list_submissions(offset=o, limit=10) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert len({s.id for p in pages for s in p}) == 25
    by_street = store.list_submissions(SubmissionQuery(order_by="street", descending=False))
    assert by_street[0].street == "Rue Blaes" and by_street[-1].street == "Rue Haute"
    assert {s.author_name for s in store.list_submissions(SubmissionQuery(author_id=alice))} == {
        "Aïcha"
    }
    assert store.streets() == ["Rue Blaes", "Rue Haute"]


def test_unknown_records_are_named(store: Store, form: Form) -> None:
    with pytest.raises(RecordNotFound, match="nope"):
        store.get_submission("nope")
    with pytest.raises(RecordNotFound):
        store.get_form("absent")


def test_forms_keep_definition_and_source(store: Store, form: Form) -> None:
    assert store.get_form("enquete").to_dict() == form.to_dict()
    store.import_form(form, source=b"xlsx bytes")
    assert store.form_source("enquete", "3") == b"xlsx bytes"
    assert [(f["form_id"], f["version"]) for f in store.forms()] == [("enquete", "3")]


def test_inventory_versions_history_and_stale_edit(store: Store) -> None:
    nid = store.add_neighbourhood("Marolles", "Bruxelles", "1000")
    jan = store.add_person("Jan")
    item = store.save_inventory_item(nid, {"name": "Potager", "theme": "alimentation"})
    edited = store.save_inventory_item(
        nid,
        {"name": "Potager collectif", "theme": "alimentation"},
        item_id=item.id,
        base_version=1,
        author_id=jan,
    )
    assert edited.version == 2 and edited.name == "Potager collectif"
    with pytest.raises(InvalidOperation, match="version 2"):
        store.save_inventory_item(nid, {"name": "x"}, item_id=item.id, base_version=1)
    history = store.inventory_history(item.id)
    assert [(h.version, h.changed_fields, h.author_name) for h in history] == [
        (1, ["name", "theme"], None),
        (2, ["name"], "Jan"),
    ]
    store.save_inventory_item(nid, edited.data, item_id=item.id, base_version=2, deleted=True)
    assert store.list_inventory(nid) == []
    assert len(store.list_inventory(nid, include_deleted=True)) == 1
    changes = store.pending_changes()
    assert [c.payload["base_version"] for c in changes] == [0, 1, 2]


def test_attachments_are_stored_once_by_hash(store: Store) -> None:
    sha = store.add_attachment(b"\x89PNG photo", "image/png")
    assert store.add_attachment(b"\x89PNG photo", "image/png") == sha
    assert store.get_attachment(sha) == (b"\x89PNG photo", "image/png")
