"""Duplicate households: address normalisation, precision/recall on seeded duplicates, and the
coach's three decisions."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import duplicates
from app.dataset import load_dataset
from app.demo import build_demo
from app.review import APPROVED, HAS_ISSUES, RECEIVED, REJECTED
from app.store import Store
from sync.wire.clock import iso

SPELLINGS = [
    lambda s: s.upper(),
    lambda s: s.replace("Rue ", "r. ").replace("Place ", "pl. "),
    lambda s: s.replace("É", "E").replace("é", "e").replace("'", " "),
    lambda s: f"  {s.replace(' ', '  ')} ",
    lambda s: s.replace("'", "’").lower(),
]


def seed_duplicates(path: Path, households: int, copies: int, seed: int) -> set[frozenset[str]]:
    """The demo plus `copies` households visited a second time, by another volunteer, within
    ten days, the address typed differently and now and then one answer changed."""
    build_demo(path, households=households, seed=seed)
    rng = random.Random(seed)
    truth = set()
    with Store.open(path) as store:
        people = [p["id"] for p in store.directory.people()]
        version = store.forms.get("porte_a_porte").version or ""
        rows = [r for r in store.submissions.table()[0] if '"house_number"' in r[-1]]
        for row in rng.sample(rows, copies):
            answers = json.loads(row[-1])
            number = answers["house_number"]
            again = {
                **answers,
                "street": rng.choice(SPELLINGS)(answers["street"]),
                "house_number": rng.choice([number, f"n°{number}", f" {number} "]),
                "start": iso(
                    datetime.fromisoformat(answers["start"]) + timedelta(days=rng.randint(0, 10))
                ),
            }
            if rng.random() < 0.3:
                again["years_here"] = rng.choice(["lt2", "2_10", "gt10"])
            draft = store.submissions.save_draft(
                "porte_a_porte", version, again, campaign_id=row[3],
                author_id=rng.choice([p for p in people if p != row[4]]),
            )  # fmt: skip
            truth.add(frozenset((row[0], store.submissions.finalize(draft.id).id)))
    return truth


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("Rue de l'Épée", "rue de l epee"),
        ("R. DE L’EPEE ", "rue de l epee"),
        ("  rue  Haute", "rue haute"),
        ("Av. Louise", "avenue louise"),
        ("Pl. du Jeu-de-Balle", "place du jeu de balle"),
    ],
)
def test_streets_are_normalised(written: str, normalised: str) -> None:
    assert duplicates.normalise_street(written) == normalised


def test_house_numbers_are_normalised() -> None:
    assert duplicates.normalise_number(" n°12 B") == "12b"
    assert duplicates.normalise_number("12b") == "12b"
    assert duplicates.normalise_number(None) == ""


def test_precision_and_recall_on_seeded_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "seeded.sqlite"
    truth = seed_duplicates(path, households=800, copies=40, seed=7)
    with Store.open(path) as store:
        found = duplicates.find_duplicates(load_dataset(store))
    precision, recall = duplicates.evaluate(found, truth)
    print(f"doublons : {len(found)} proposés, précision {precision:.2f}, rappel {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.9


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, list[frozenset[str]]]:
    path = tmp_path / "few.sqlite"
    return path, sorted(seed_duplicates(path, households=120, copies=3, seed=3), key=sorted)


def pair_ids(store: Store) -> set[frozenset[str]]:
    found = duplicates.find_duplicates(load_dataset(store))
    return {frozenset((p.first_id, p.second_id)) for p in found}


def test_keep_one_rejects_the_other_and_the_pair_is_gone(seeded) -> None:
    path, truth = seeded
    with Store.open(path) as store:
        assert truth[0] in pair_ids(store)
        keep, drop = sorted(truth[0])
        duplicates.keep_one(store, keep, drop)
        record = store.submissions.get(drop)
        assert record.review_state == REJECTED and keep in record.review_comment
        assert truth[0] not in pair_ids(store)
        assert store.outbox.pending()[-1].entity == "review", "the decision syncs"


def test_keep_both_is_remembered_and_keeps_states_and_comments(seeded) -> None:
    path, truth = seeded
    with Store.open(path) as store:
        first, second = sorted(truth[1])
        store.reviews.set([first], APPROVED, "Vu avec Marie")
        duplicates.keep_both(store, first, second)
        record = store.submissions.get(first)
        assert record.review_state == APPROVED, "keeping both decides nothing else"
        assert record.review_comment == f"Vu avec Marie\n{duplicates.DISTINCT_MARK}{second}"
        assert store.submissions.get(second).review_state == RECEIVED
        assert truth[1] not in pair_ids(store)
        assert truth[2] in pair_ids(store)


def test_every_decision_is_listed_and_can_be_undone(seeded) -> None:
    path, truth = seeded
    with Store.open(path) as store:
        (a, b), (c, d), (e, f) = (sorted(pair) for pair in truth)
        store.reviews.set([b], HAS_ISSUES, "Numéro à vérifier")
        duplicates.keep_one(store, a, b)
        duplicates.keep_both(store, c, d)
        merged = duplicates.merge(store, e, f)
        before = store.submissions.get(e).answers
        decided = duplicates.decided_pairs(load_dataset(store).interviews)
        pairs = {(x.kind, frozenset((x.kept_id, x.other_id))) for x in decided}
        assert pairs == {("keep_one", frozenset((a, b))), ("keep_both", frozenset((c, d))),
                         ("merge", frozenset((merged, f)))}  # fmt: skip
        kept = {x.kind: x.kept_id for x in decided}
        assert kept["keep_one"] == a and kept["merge"] == merged
        assert not pair_ids(store) & set(truth)
        queued = len(store.outbox.pending(limit=10_000))
        for decision in decided:
            duplicates.undo(store, decision)
        assert store.submissions.get(b).review_state == RECEIVED
        assert store.submissions.get(b).review_comment == "Numéro à vérifier"
        assert store.submissions.get(c).review_comment == ""
        assert store.submissions.get(f).review_state == RECEIVED
        latest = store.submissions.versions(e)[-1]
        assert latest.id != merged and latest.answers == before, "the merge is taken back"
        assert duplicates.decided_pairs(load_dataset(store).interviews) == []
        again = {frozenset((a, b)), frozenset((c, d)), frozenset((latest.id, f))}
        assert pair_ids(store) >= again, "undecided pairs are proposed again"
        undo_entities = [e.entity for e in store.outbox.pending(limit=10_000)[queued:]]
        assert undo_entities.count("review") == 4 and "submission" in undo_entities


def test_differing_answers_lists_every_one_personal_included(seeded) -> None:
    path, truth = seeded
    with Store.open(path) as store:
        first, second = sorted(truth[0])
        answers = store.submissions.get(second).answers
        changed = {**answers, "car_use": "daily" if answers.get("car_use") != "daily" else "none",
                   "contact_name": "Quelqu'un d'autre"}  # fmt: skip
        draft = store.submissions.correct(second)
        store.submissions.finalize(draft.id, changed)
        dataset = load_dataset(store)
        rows = dataset.interviews.set_index("_id", drop=False)
        newest = store.submissions.versions(second)[-1].id
        differing = duplicates.differing_answers(dataset, rows.loc[first], rows.loc[newest])
    assert {"car_use", "street"} <= set(differing)
    personal = {q.key for q in dataset.questions if q.is_personal}
    assert personal & set(differing), "personal answers are compared too, for the coach"


def test_merge_makes_a_new_version_filled_from_the_other(seeded) -> None:
    path, truth = seeded
    with Store.open(path) as store:
        keep, drop = sorted(truth[2])
        kept = store.submissions.get(keep)
        new_id = duplicates.merge(store, keep, drop)
        new = store.submissions.get(new_id)
        assert new.replaces_id == keep
        assert set(new.answers) >= set(kept.answers) | set(store.submissions.get(drop).answers)
        assert all(new.answers[k] == v for k, v in kept.answers.items())
        assert store.submissions.get(drop).review_state == REJECTED
        dataset = load_dataset(store)
        assert new_id in set(dataset.interviews["_id"]) and keep not in set(
            dataset.interviews["_id"]
        )
        assert truth[2] not in pair_ids(store)
