"""The merged dataset: one row per latest interview, Kobo-shaped columns, any arrival order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from app.dataset import META_COLUMNS, inventory_conflicts, load_dataset
from app.demo import build_demo
from app.store import Key, Store
from survey_forms.model import Choice, Form, Question, Repeat


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path, households=300)
    return path


def test_demo_dataset_has_one_row_per_interview_and_kobo_columns(demo_path: Path) -> None:
    with Store.open(demo_path) as store:
        dataset = load_dataset(store, campaign_id=store.settings.get(Key.CAMPAIGN))
    frame = dataset.interviews
    assert len(frame) == 300 and frame["_id"].is_unique
    assert list(frame.columns[: len(META_COLUMNS)]) == META_COLUMNS
    needs = dataset.question("needs")
    answered = frame["needs"].notna()
    for choice in needs.choices:
        column = frame[f"needs/{choice.name}"]
        picked = frame.loc[answered, "needs"].str.split().map(lambda v, c=choice.name: c in v)
        assert (column[answered] == picked.astype(int)).all()
        assert column[~answered].isna().all()
    assert frame["household_size"].dtype.kind in "if"
    assert len(dataset.inventory) == 17 and {"_id", "kind", "theme", "name"} <= set(
        dataset.inventory.columns
    )


def test_labels_in_the_chosen_language(demo_path: Path) -> None:
    with Store.open(demo_path) as store:
        raw = load_dataset(store)
        dutch = load_dataset(store, lang="nl")
    tenure = raw.question("tenure")
    labels = {c.name: c.label["nl"] for c in tenure.choices}
    assert (raw.interviews["tenure"].map(labels) == dutch.interviews["tenure"]).all()
    assert set(dutch.inventory["kind"]) - set(raw.inventory["kind"]), "inventory labelled too"


def test_filtered_by_street_and_volunteer(demo_path: Path) -> None:
    with Store.open(demo_path) as store:
        dataset = load_dataset(store)
    street, volunteer = dataset.interviews.iloc[0][["street", "_submitted_by"]]
    subset = dataset.filtered(street=street, volunteer=volunteer)
    assert len(subset.interviews) > 0
    assert set(subset.interviews["street"]) == {street}
    assert set(subset.interviews["_submitted_by"]) == {volunteer}


def test_only_the_latest_version_of_a_corrected_interview_counts(store: Store) -> None:
    form = Form("f", "1", children=[Question("street", "text"), Question("size", "integer")])
    store.forms.add(form)
    first = store.submissions.finalize(
        store.submissions.save_draft("f", "1", {"street": "Rue Haute", "size": 2}).id
    )
    correction = store.submissions.correct(first.id)
    store.submissions.finalize(correction.id, {"street": "Rue Haute", "size": 3})

    latest = load_dataset(store, form_id="f").interviews
    assert latest["size"].tolist() == [3] and latest["_replaces"].tolist() == [first.id]
    every = load_dataset(store, form_id="f", include_replaced=True).interviews
    assert sorted(every["size"]) == [2, 3]
    assert every.set_index("_id").loc[first.id, "_replaced_by"] == correction.id


def test_repeat_groups_are_linked_tables(store: Store) -> None:
    plants = Repeat("plants", children=[Question("kind", "text")])
    members = Repeat("members", children=[Question("age", "integer"), plants])
    form = Form("r", "1", children=[Question("street", "text"), members])
    store.forms.add(form)
    answers = {"street": "Rue Blaes", "members": [
        {"age": 40, "plants": [{"kind": "tomate"}, {"kind": "basilic"}]}, {"age": 9}]}  # fmt: skip
    sid = store.submissions.finalize(store.submissions.save_draft("r", "1", answers).id).id

    dataset = load_dataset(store, form_id="r")
    people, plant_rows = dataset.repeats["members"], dataset.repeats["plants"]
    assert people["age"].tolist() == [40, 9] and set(people["_parent_id"]) == {sid}
    assert plant_rows["kind"].tolist() == ["tomate", "basilic"]
    assert set(plant_rows["_parent_id"]) == {people["_id"][0]}
    assert set(plant_rows["_submission_id"]) == {sid}
    assert "members" not in dataset.interviews


SURVEY = Form(
    "s",
    "1",
    children=[
        Question("street", "text"),
        Question(
            "needs",
            "select_multiple",
            list_name="n",
            choices=[Choice("garden", theme="biodiversite"), Choice("bike")],
        ),
    ],
)


def device_changes(device: str, count: int) -> list[dict[str, Any]]:
    """Interviews as one device's bundle brings them: their own ids and times."""
    return [
        {"change_id": f"{device}-change-{i:04d}", "entity": "submission",
         "entity_id": f"{device}-{i:04d}",
         "payload": {"id": f"{device}-{i:04d}", "form_id": "s", "form_version": "1",
                     "device_id": device, "answers": {"street": f"Rue {i % 3}", "needs": ["bike"]},
                     "created_at": f"2026-03-{1 + i % 28:02d}T10:00:00.000Z",
                     "finalized_at": f"2026-03-{1 + i % 28:02d}T10:00:00.000Z"}}
        for i in range(count)
    ]  # fmt: skip


def merged(path: Path, devices: list[str]) -> pd.DataFrame:
    with Store.open(path) as store:
        store.forms.add(SURVEY)
        for device in devices:  # what a coach's laptop takes in, device after device
            assert store.inbox.receive(device_changes(device, 40)) == (40, 0)
        return load_dataset(store, form_id="s").interviews


def test_merging_devices_in_any_order_gives_the_same_table(tmp_path: Path) -> None:
    one = merged(tmp_path / "a.sqlite", ["tablette-a", "tablette-b", "portable-c"])
    other = merged(tmp_path / "b.sqlite", ["portable-c", "tablette-a", "tablette-b"])
    pd.testing.assert_frame_equal(one, other)
    assert len(one) == 120


def test_inventory_conflicts_left_by_sync_are_listed(store: Store) -> None:
    nid = store.directory.add_neighbourhood("Marolles")
    conflict = {"field": "status", "base": "planned", "current": "active", "incoming": "paused",
                "change_id": "c1"}  # fmt: skip
    store.inventory.save(nid, {"name": "Frigo partagé", "_conflicts": [conflict]})
    store.inventory.save(nid, {"name": "Compost"})
    store.forms.add(SURVEY)
    conflicts = inventory_conflicts(load_dataset(store, form_id="s", neighbourhood_id=nid))
    assert conflicts.values.tolist() == [
        [conflicts["item_id"][0], "Frigo partagé", "status", "planned", "active", "paused"]
    ]


def test_a_review_updates_the_loaded_dataset_as_a_new_merge_would(demo_path: Path) -> None:
    with Store.open(demo_path) as store:
        dataset = load_dataset(store)
        ids = dataset.interviews["_id"][:3].tolist()
        updated = dataset.with_review(ids, "approved", "Vu")
        assert dataset.interviews["_review_state"].eq("received").all(), "the original stays"
        store.reviews.set(ids, "approved", "Vu")
        pd.testing.assert_frame_equal(updated.interviews, load_dataset(store).interviews)
        store.reviews.set(ids, "received")
