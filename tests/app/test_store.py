"""The store API against a real SQLite file."""

from __future__ import annotations

import pytest

from app.errors import InvalidOperation, RecordNotFound
from app.records import DRAFT, FINALIZED, SubmissionQuery
from app.store import Key, Store
from survey_forms.model import Form, Question


@pytest.fixture
def form(store: Store) -> Form:
    form = Form(
        form_id="enquete",
        version="3",
        title={"fr": "Enquête", "nl": "Enquête", "en": "Survey"},
        children=[Question("street", "text"), Question("size", "integer")],
    )
    store.forms.add(form)
    return form


def draft(store: Store, answers: dict, **kw) -> str:
    return store.submissions.save_draft("enquete", "3", answers, **kw).id


def test_draft_is_saved_updated_and_reopened(store: Store, form: Form, db_path) -> None:
    sid = draft(store, {"street": "Rue Haute"})
    store.submissions.save_draft(
        "enquete", "3", {"street": "Rue Haute", "size": 4}, submission_id=sid
    )
    store.close()
    with Store.open(db_path) as again:
        record = again.submissions.get(sid)
        assert record.status == DRAFT
        assert record.answers == {"street": "Rue Haute", "size": 4}
        assert record.street == "Rue Haute"
        assert again.outbox.pending() == [], "drafts never leave the device"


def test_finalize_makes_it_immutable_and_queues_it(store: Store, form: Form) -> None:
    sid = draft(store, {"street": "Rue Blaes", "size": 2})
    record = store.submissions.finalize(sid)
    assert record.status == FINALIZED and record.finalized_at
    with pytest.raises(InvalidOperation):
        store.submissions.save_draft("enquete", "3", {"size": 9}, submission_id=sid)
    with pytest.raises(InvalidOperation):
        store.submissions.finalize(sid)
    [change] = store.outbox.pending()
    assert change.entity == "submission" and change.entity_id == sid
    assert change.payload["answers"] == {"street": "Rue Blaes", "size": 2}
    store.outbox.mark_synced([change.change_id])
    assert store.outbox.pending() == []


def test_correction_is_a_new_version_naming_the_old(store: Store, form: Form) -> None:
    first = store.submissions.finalize(draft(store, {"street": "Rue Haute", "size": 3}))
    correction = store.submissions.correct(first.id)
    assert correction.status == DRAFT and correction.replaces_id == first.id
    store.submissions.finalize(correction.id, {"street": "Rue Haute", "size": 5})
    assert [v.answers["size"] for v in store.submissions.versions(first.id)] == [3, 5]
    assert [v.answers["size"] for v in store.submissions.versions(correction.id)] == [3, 5]
    listed = store.submissions.summaries()
    assert [s.id for s in listed] == [correction.id], "only the latest version counts"
    assert store.submissions.count(SubmissionQuery(include_replaced=True)) == 2
    assert store.submissions.get(first.id).answers["size"] == 3, "the old version stays"
    with pytest.raises(InvalidOperation):
        store.submissions.correct(first.id)
    payloads = [c.payload for c in store.outbox.pending()]
    assert payloads[-1]["replaces_id"] == first.id


def test_list_filters_search_and_pages(store: Store, form: Form) -> None:
    alice = store.directory.add_person("Aïcha")
    for i in range(25):
        sid = draft(store, {"street": "Rue Haute" if i % 2 else "Rue Blaes", "size": i},
                    author_id=alice if i < 5 else None)  # fmt: skip
        if i % 5:
            store.submissions.finalize(sid)
    assert store.submissions.count() == 25
    assert store.submissions.count(SubmissionQuery(status=DRAFT)) == 5
    assert store.submissions.count(SubmissionQuery(street="Rue Haute")) == 12
    assert store.submissions.count(SubmissionQuery(author_id=alice)) == 5
    assert store.submissions.count(SubmissionQuery(text="blaes")) == 13
    pages = [store.submissions.summaries(offset=o, limit=10) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert len({s.id for p in pages for s in p}) == 25
    by_street = store.submissions.summaries(SubmissionQuery(order_by="street", descending=False))
    assert by_street[0].street == "Rue Blaes" and by_street[-1].street == "Rue Haute"
    assert {
        s.author_name for s in store.submissions.summaries(SubmissionQuery(author_id=alice))
    } == {"Aïcha"}
    assert store.submissions.streets() == ["Rue Blaes", "Rue Haute"]


def test_search_ignores_accents_and_case(store: Store, form: Form) -> None:
    for street in ("L'Église Saint-Gilles", "Rue de l'Épée", "Place 50% [centre]", "Rue Haute"):
        draft(store, {"street": street})
    found = {
        text: {s.street for s in store.submissions.summaries(SubmissionQuery(text=text))}
        for text in ("eglise", "ÉGLISE", "epee", "rue de l'épée", "50%", "[centre", "e_p")
    }
    assert found == {
        "eglise": {"L'Église Saint-Gilles"}, "ÉGLISE": {"L'Église Saint-Gilles"},
        "epee": {"Rue de l'Épée"}, "rue de l'épée": {"Rue de l'Épée"},
        "50%": {"Place 50% [centre]"}, "[centre": {"Place 50% [centre]"}, "e_p": set(),
    }  # fmt: skip
    assert store.submissions.count(SubmissionQuery(text="EGL")) == 1
    neighbourhood = store.directory.add_neighbourhood("Marolles")
    store.inventory.save(neighbourhood, {"name": "Café de l'Épicerie", "kind": "place"})
    assert [i.name for i in store.inventory.items(text="cafe de l'epi")] == ["Café de l'Épicerie"]


def test_unknown_records_are_named(store: Store, form: Form) -> None:
    with pytest.raises(RecordNotFound, match="nope"):
        store.submissions.get("nope")
    with pytest.raises(RecordNotFound):
        store.forms.get("absent")


def test_forms_keep_definition_and_source(store: Store, form: Form) -> None:
    assert store.forms.get("enquete").to_dict() == form.to_dict()
    store.forms.add(form, source=b"xlsx bytes")
    assert store.forms.source("enquete", "3") == b"xlsx bytes"
    assert [(f["form_id"], f["version"]) for f in store.forms.versions()] == [("enquete", "3")]


def test_inventory_versions_history_and_stale_edit(store: Store) -> None:
    nid = store.directory.add_neighbourhood("Marolles", "Bruxelles", "1000")
    jan = store.directory.add_person("Jan")
    item = store.inventory.save(nid, {"name": "Potager", "theme": "alimentation"})
    edited = store.inventory.save(
        nid,
        {"name": "Potager collectif", "theme": "alimentation"},
        item_id=item.id,
        base_version=1,
        author_id=jan,
    )
    assert edited.version == 2 and edited.name == "Potager collectif"
    with pytest.raises(InvalidOperation, match="version 2"):
        store.inventory.save(nid, {"name": "x"}, item_id=item.id, base_version=1)
    history = store.inventory.history(item.id)
    assert [(h.version, h.changed_fields, h.author_name) for h in history] == [
        (1, ["name", "theme"], None),
        (2, ["name"], "Jan"),
    ]
    store.inventory.save(nid, edited.data, item_id=item.id, base_version=2, deleted=True)
    assert store.inventory.items(nid) == []
    assert len(store.inventory.items(nid, include_deleted=True)) == 1
    changes = store.outbox.pending()
    assert [c.payload["base_version"] for c in changes] == [0, 1, 2]


def test_attachments_are_stored_once_by_hash(store: Store) -> None:
    sha = store.attachments.add(b"\x89PNG photo", "image/png")
    assert store.attachments.add(b"\x89PNG photo", "image/png") == sha
    assert store.attachments.get(sha) == (b"\x89PNG photo", "image/png")


def test_settings_are_kept_under_their_keys(store: Store, db_path) -> None:
    assert store.settings.get(Key.CAMPAIGN) is None
    assert store.settings.get(Key.CAMPAIGN, "none") == "none"
    assert store.settings.get_int(Key.CURSOR) == 0
    store.settings.set(Key.CAMPAIGN, "c1")
    store.settings.set(Key.CURSOR, 41)
    store.settings.set(Key.CURSOR, 42)
    store.settings.set(Key.COACH_TOKEN, "t")
    store.settings.set(Key.COACH_NAME, "claire")
    store.settings.forget(Key.COACH_TOKEN, Key.COACH_NAME)
    assert store.settings.get(Key.COACH_TOKEN) is store.settings.get(Key.COACH_NAME) is None
    device = store.device_id
    store.close()
    with Store.open(db_path) as again:
        assert again.settings.get(Key.CAMPAIGN) == "c1"
        assert again.settings.get_int(Key.CURSOR) == 42
        assert again.settings.get(Key.DEVICE) == again.device_id == device


def test_a_campaign_is_compared_with_its_neighbourhoods_earlier_ones_only(store: Store) -> None:
    marolles = store.directory.add_neighbourhood("Marolles")
    elsewhere = store.directory.add_neighbourhood("Anneessens")
    first = store.directory.add_campaign(marolles, "Diagnostic 2025", starts_on="2025-10-01")
    second = store.directory.add_campaign(marolles, "Diagnostic 2026", starts_on="2026-10-01")
    later = store.directory.add_campaign(marolles, "Diagnostic 2027", starts_on="2027-10-01")
    store.directory.add_campaign(elsewhere, "Anneessens 2025", starts_on="2025-09-01")
    names = [c["name"] for c in store.directory.earlier_campaigns(later)]
    assert names == ["Diagnostic 2026", "Diagnostic 2025"]  # the latest first, never itself
    assert [c["id"] for c in store.directory.earlier_campaigns(second)] == [first]
    assert store.directory.earlier_campaigns(first) == []
    assert store.directory.earlier_campaigns("not-a-campaign") == []
