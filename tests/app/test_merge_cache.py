"""The incremental merge (issue 18): after every kind of change a sync or a coach makes, the
table brought up to date by the cache equals a full merge of the same store, and the cache
never hands what a coach key opened to a caller without that key."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from nacl.public import PrivateKey
from nacl.pwhash import argon2id
from sqlalchemy import select, text

from app.dataset import load_dataset
from app.demo import build_demo
from app.merge_cache import MergeCache
from app.review import REJECTED
from app.store import Key, Store
from app.tables import SUBMISSION
from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from sync.wire.sealing import LockedKey, new_coach_key, unlock

#: What the coach's windows and prints ask for.
REQUESTS: list[dict[str, Any]] = [
    {},
    {"include_rejected": False},
    {"lang": "fr"},
    {"include_replaced": True},
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("merge") / "demo.sqlite"
    build_demo(path, households=200)
    return path


@pytest.fixture
def store(demo: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "coach.sqlite"
    shutil.copy(demo, path)
    with Store.open(path) as opened:
        yield opened


def same_as_full(store: Store, cache: MergeCache, **request: Any) -> pd.DataFrame:
    campaign = store.settings.get(Key.CAMPAIGN)
    cached = load_dataset(store, campaign_id=campaign, cache=cache, **request)
    full = load_dataset(store, campaign_id=campaign, **request)
    pd.testing.assert_frame_equal(cached.interviews, full.interviews)
    assert cached.sealed_unopened == full.sealed_unopened
    return cached.interviews


def interview(store: Store, answers: dict[str, Any]) -> str:
    campaign = store.settings.get(Key.CAMPAIGN)
    version = load_builtin(INTERVIEW_FORM).version or ""
    draft = store.submissions.save_draft(INTERVIEW_FORM, version, {}, campaign_id=campaign)
    return store.submissions.finalize(draft.id, answers).id


def coach_key(store: Store) -> LockedKey:
    """A coach key published for the demo's neighbourhood (the lightest Argon2id work)."""
    locked = new_coach_key("une longue phrase de passe", opslimit=argon2id.OPSLIMIT_MIN,
                           memlimit=argon2id.MEMLIMIT_MIN)  # fmt: skip
    campaign = store.settings.get(Key.CAMPAIGN)
    hood = next(c for c in store.directory.campaigns() if c["id"] == campaign)["neighbourhood_id"]
    store.settings.add_coach_keys(hood, [locked.public_key])
    return locked


def merged_then(store: Store, change: Any, *, incremental: bool = True) -> MergeCache:
    """A cache holding every request's table, then `change` made to the store, then every
    request's table again: each one equal to a full merge, and read incrementally unless
    the change deleted interviews."""
    cache = MergeCache()
    for request in REQUESTS:
        same_as_full(store, cache, **request)
    change(store)
    for request in REQUESTS:
        same_as_full(store, cache, **request)
    updates = len(REQUESTS) if incremental else 0
    assert (cache.full_merges, cache.updates) == (2 * len(REQUESTS) - updates, updates)
    return cache


def test_new_interviews_join_the_table(store: Store) -> None:
    def add(store: Store) -> None:
        for size in (1, 2, 3):
            interview(store, {"consent": "yes", "street": "Rue Neuve", "household_size": size,
                              "needs": ["garden", "safety"], "tenure": "owner"})  # fmt: skip
        # a decimal household size turns the whole column into floats, as a full merge does
        interview(store, {"consent": "yes", "street": "Rue Neuve", "household_size": 2.5})

    merged_then(store, add)


def test_a_correction_replaces_the_version_it_corrects(store: Store) -> None:
    def correct(store: Store) -> None:
        old = load_dataset(store).interviews["_id"].iloc[3]
        draft = store.submissions.correct(old)
        store.submissions.finalize(draft.id, {**draft.answers, "household_size": 9})

    merged_then(store, correct)


def test_rejections_and_review_comments_are_followed(store: Store) -> None:
    def review(store: Store) -> None:
        ids = load_dataset(store).interviews["_id"].tolist()
        store.reviews.set(ids[:5], REJECTED)  # the state alone changes
        store.reviews.set(ids[5:7], "received", "vu")  # the comment alone changes

    merged_then(store, review)


def test_erased_answers_leave_the_table(store: Store) -> None:
    def erase(store: Store) -> None:
        ids = load_dataset(store).interviews["_id"].tolist()
        assert store.submissions.erase_answers(ids[4:10], {"house_number", "contact_name"})

    merged_then(store, erase)


def test_erased_interviews_leave_the_table_by_a_full_merge(store: Store) -> None:
    def erase(store: Store) -> None:
        ids = load_dataset(store).interviews["_id"].tolist()
        assert store.submissions.erase(ids[:4]) == 4

    merged_then(store, erase, incremental=False)


def test_a_deleted_draft_changes_nothing(store: Store) -> None:
    campaign = store.settings.get(Key.CAMPAIGN)
    version = load_builtin(INTERVIEW_FORM).version or ""

    def draft_and_drop(store: Store) -> None:
        draft = store.submissions.save_draft(INTERVIEW_FORM, version, {}, campaign_id=campaign)
        store.submissions.delete_draft(draft.id)

    merged_then(store, draft_and_drop)


def test_changes_made_outside_the_store_are_counted_too(store: Store) -> None:
    """Triggers count the changes, not the store's code: a row written by any statement
    (here plain SQL, as a later module or a repair by hand would) is read again."""

    def by_hand(store: Store) -> None:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE submission SET review_comment = 'vu' WHERE rowid IN"
                              " (SELECT rowid FROM submission WHERE status = 'finalized'"
                              " LIMIT 3)"))  # fmt: skip

    merged_then(store, by_hand)


def test_a_new_form_version_merges_everything_again(store: Store) -> None:
    cache = MergeCache()
    same_as_full(store, cache)
    form = load_builtin(INTERVIEW_FORM).to_dict()
    store.forms.add(type(load_builtin(INTERVIEW_FORM)).from_dict({**form, "version": "9999"}))
    assert store.forms.get(INTERVIEW_FORM).version == "9999"
    same_as_full(store, cache)
    assert cache.full_merges == 2 and cache.updates == 0


def test_nothing_changed_reads_nothing_again(store: Store) -> None:
    cache = MergeCache()
    first = same_as_full(store, cache)
    again = same_as_full(store, cache)
    assert cache.updates == 1
    pd.testing.assert_frame_equal(first, again)


def test_opened_personal_answers_go_only_to_the_key_that_opened_them(store: Store) -> None:
    key = unlock(coach_key(store), "une longue phrase de passe")
    cache = MergeCache()
    same_as_full(store, cache, coach_key=key)
    same_as_full(store, cache)
    interview(store, {"consent": "yes", "street": "Rue Haute", "contact_name": "Aïcha Benali"})
    opened = same_as_full(store, cache, coach_key=key)
    assert "Aïcha Benali" in set(opened["contact_name"])
    for other in (None, PrivateKey.generate()):
        shut = same_as_full(store, cache, coach_key=other)
        assert "Aïcha Benali" not in set(shut["contact_name"].dropna())
    assert cache.updates >= 2


def test_answers_sealed_in_place_after_a_sync_are_read_again(store: Store) -> None:
    """Interviews finalized before a coach key was known get their personal answers sealed
    in place later (`app.store.late_sealing`), with no new change date: the cache sees the
    answers change all the same."""
    interview(store, {"consent": "yes", "street": "Rue Haute", "contact_name": "Aïcha Benali"})
    key = unlock(coach_key(store), "une longue phrase de passe")
    cache = MergeCache()
    before = same_as_full(store, cache)
    assert "Aïcha Benali" in set(before["contact_name"])
    assert store.submissions.seal_clear() >= 1
    after = same_as_full(store, cache)
    assert "Aïcha Benali" not in set(after["contact_name"].dropna())
    assert "Aïcha Benali" in set(same_as_full(store, cache, coach_key=key)["contact_name"])
    # every demo interview had clear personal answers: all changed, so all were read again
    assert cache.full_merges == 3 and cache.updates == 0


def test_interviews_finalized_earlier_elsewhere_go_in_their_place(store: Store) -> None:
    """A laptop that syncs late brings interviews finalized days ago: they go between the
    others, by submission time and then by id, as in a full merge."""

    def late_sync(store: Store) -> None:
        s = SUBMISSION.c
        with store.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(
                select(SUBMISSION).where(s.status == "finalized").limit(4))]  # fmt: skip
        for number, row in enumerate(rows):  # the same times as others (ties), or earlier
            row["id"] = f"{row['id'][:-1]}{'0z'[number % 2]}-late"
            if number == 3:
                row["finalized_at"] = "2000-01-01T00:00:00.000Z"
        store.submissions.bulk_insert(rows)

    merged_then(store, late_sync)
