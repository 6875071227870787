"""Usage profiles: stable under row order, named in three languages, refused when too few."""

from __future__ import annotations

import pandas as pd
import pytest

from app.carbon.factor_table import load_factors
from app.carbon.footprint import footprint
from app.carbon.profiles import CHOICE_SAMPLE, K_RANGE, MIN_HOUSEHOLDS, usage_profiles
from app.errors import InvalidOperation
from tests.app.carbon_helpers import households


@pytest.fixture(scope="module")
def fp() -> pd.DataFrame:
    return footprint(households(240), load_factors("be"))


@pytest.mark.parametrize("count", [240, CHOICE_SAMPLE + 300])
def test_profiles_are_stable_under_row_order(count: int) -> None:
    """Also beyond CHOICE_SAMPLE households, when k is chosen on a sample of them: the sample
    is drawn from the households in id order, whatever the order they came in."""
    fp = footprint(households(count), load_factors("be"))
    first = usage_profiles(fp)
    assert sum(p.size for p in first.profiles) == count  # every household, not the sample
    shuffled = fp.sample(frac=1, random_state=7)
    second = usage_profiles(shuffled)
    assert first.k == second.k and first.k in K_RANGE
    assert [p.name for p in first.profiles] == [p.name for p in second.profiles]
    by_id = dict(zip(fp["_id"], first.labels, strict=True))
    assert all(by_id[i] == label for i, label in zip(shuffled["_id"], second.labels, strict=True))


def test_profiles_are_named_sized_and_ordered(fp: pd.DataFrame) -> None:
    found = usage_profiles(fp)
    assert sum(p.size for p in found.profiles) == len(fp)
    assert [p.number for p in found.profiles] == list(range(1, found.k + 1))
    means = [p.per_person for p in found.profiles]
    assert means == sorted(means, reverse=True)  # heaviest first
    names = [p.name["fr"] for p in found.profiles]
    assert len(set(names)) == len(names)
    for profile in found.profiles:
        assert set(profile.name) == {"fr", "nl", "en"} and all(profile.name.values())
        assert len(profile.levers) == 2 and len(profile.household_ids) == profile.size
        assert profile.describe("nl").startswith(f"{profile.number}. {profile.name['nl']}")
    assert found.labels.index.equals(fp.index) and found.labels.notna().all()


def test_too_few_households(fp: pd.DataFrame) -> None:
    with pytest.raises(InvalidOperation) as error:
        usage_profiles(fp.head(MIN_HOUSEHOLDS - 1))
    assert error.value.key == "carbon.too_few_for_profiles"
