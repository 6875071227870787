"""The diagnosis as the coach's tab, the report and the poster show it: per household beside
per person, profiles never under five households, levers ranked by potential, households that
answered no usage question left out, and the demo's second diagnosis a year later."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from app.carbon.diagnosis import MIN_PROFILE, diagnose
from app.carbon.factor_table import load_factors
from app.carbon.footprint import answered_usage, footprint
from app.carbon.levers import LEVERS, LeverSavings, Scenario, lever_effects, saving
from app.carbon.profiles import usage_profiles
from app.carbon.summary import summarise
from app.dataset import load_dataset
from app.demo import REVISITED, SECOND_CAMPAIGN, build_demo
from app.store import Key, Store
from quartier.cli import cli
from survey_forms import load_builtin
from survey_forms.builtin import INTERVIEW_FORM
from tests.app.carbon_helpers import households

BE = load_factors("be")


@pytest.fixture(scope="module")
def fp() -> pd.DataFrame:
    return footprint(households(200, seed=11), BE)


def test_per_household_means_come_with_their_interval(fp: pd.DataFrame) -> None:
    summary = summarise(fp, BE, resamples=300)
    for sector, estimate in summary.per_household.items():
        assert estimate.mean == pytest.approx(fp[sector].mean())
        assert estimate.low <= estimate.mean <= estimate.high
    total = summary.per_household["total"]
    assert total.low < total.mean < total.high
    # a household is more than one person here: the household mean is the larger
    assert total.mean > summary.per_person["total"].mean


def test_levers_are_ranked_by_what_they_save(fp: pd.DataFrame) -> None:
    effects = lever_effects(fp, BE)
    assert [e.lever.key for e in effects] != [] and len(effects) == len(LEVERS)
    tonnes = [e.tonnes for e in effects]
    assert tonnes == sorted(tonnes, reverse=True)
    for effect in effects:
        alone = saving(fp, BE, effect.lever.scenario)
        assert effect.tonnes == pytest.approx(alone.tonnes)
        assert effect.percent == pytest.approx(100 * alone.tonnes * 1000 / fp["total"].sum())
        assert effect.per_person == pytest.approx(alone.tonnes * 1000 / fp["occupants"].sum())
        assert set(effect.lever.label) == {"fr", "nl", "en"}
    goods = saving(fp, BE, Scenario(new_goods_cut=1.0))
    assert goods.tonnes == pytest.approx((fp["clothes"] + fp["electronics"]).sum() / 1000)
    oil = next(e for e in effects if e.lever.key == "oil")
    assert oil.households <= int(fp["heating_energy"].eq("oil").sum())


def test_a_groups_savings_are_those_of_its_households_alone(fp: pd.DataFrame) -> None:
    """Worked out once for everyone then summed over a profile, or on the profile alone: the
    same figures (a scenario acts on each household by itself)."""
    group = (fp["occupants"] >= 2).to_numpy()
    assert 0 < group.sum() < len(fp)
    summed = LeverSavings.of(fp, BE).effects(group)
    alone = lever_effects(fp[group], BE)
    assert [e.lever.key for e in summed] == [e.lever.key for e in alone]
    for one, other in zip(summed, alone, strict=True):
        assert one.tonnes == pytest.approx(other.tonnes) and one.tonnes != 0
        assert one.percent == pytest.approx(other.percent)
        assert one.per_person == pytest.approx(other.per_person)
        assert one.households == other.households


def test_no_profile_of_fewer_than_five_households_is_shown(fp: pd.DataFrame) -> None:
    found = usage_profiles(fp)
    assert all(p.size >= MIN_PROFILE for p in found.shown())
    assert sum(p.size for p in found.shown()) + found.hidden_households() == len(fp)
    # ten copies of one odd household: a profile of its own would point at its door
    odd = fp.iloc[[0]].copy()
    odd[["car_km", "transport", "total", "uses"]] *= 40
    odd["flights_long"] = 30
    few = pd.concat([fp] + [odd.assign(_id=f"odd-{i}") for i in range(3)], ignore_index=True)
    found = usage_profiles(few)
    assert all(p.size >= MIN_PROFILE for p in found.shown())
    assert sum(p.size for p in found.shown()) + found.hidden_households() == len(few)


def test_no_footprint_from_fewer_than_five_households() -> None:
    from app.carbon.diagnosis import MIN_HOUSEHOLDS
    from app.dataset import Dataset
    from app.errors import InvalidOperation

    frame = households(MIN_HOUSEHOLDS - 1).assign(_review_state="")
    dataset = Dataset(load_builtin(INTERVIEW_FORM), frame)
    with pytest.raises(InvalidOperation) as error:
        diagnose(dataset, BE)
    assert error.value.key == "carbon.too_few_households"
    assert error.value.params == {"count": MIN_HOUSEHOLDS - 1, "needed": MIN_HOUSEHOLDS}


def test_households_without_usage_answers_are_left_out() -> None:
    frame = pd.DataFrame([
        {"_id": "a", "household_size": 2, "heating": "gas"},
        {"_id": "b", "household_size": 2, "heating": np.nan, "car_use": ""},
        {"_id": "c", "household_size": 1, "diet": "dont_know"},
        {"_id": "d", "household_size": 3, "heating": "  ", "diet": None, "flights": ["none"]},
        {"_id": "e", "household_size": 3, "heating": " ", "car_use": None},
        {"_id": "f", "household_size": 3, "car_km": 0},
    ])  # fmt: skip
    frame["car_km"] = frame["car_km"].astype("Int64")  # whole numbers and gaps, as merged
    assert answered_usage(frame).tolist() == [True, False, True, True, False, True]


@pytest.fixture(scope="module")
def second_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("second") / "demo.sqlite"
    build_demo(path, households=150, second_diagnosis=True)
    return path


def test_the_demo_second_diagnosis_a_year_later(second_demo: Path) -> None:
    with Store.open(second_demo) as store:
        campaigns = store.directory.campaigns()
        assert [c["name"] for c in campaigns] == ["Diagnostic partagé 2026", SECOND_CAMPAIGN]
        current = store.settings.get(Key.CAMPAIGN)
        assert current == campaigns[1]["id"]
        before = load_dataset(store, campaign_id=campaigns[0]["id"])
        after = load_dataset(store, campaign_id=current)
    assert len(before.interviews) == len(after.interviews) == 150
    found = diagnose(after, BE, earlier=before)
    assert found.second is not None and found.second.households_before == 150
    total = found.second.change("total")
    assert 0 < total.pairs <= REVISITED * 150
    # habits changed for the better: the same addresses emit less, and say so with an interval
    assert total.paired is not None and total.paired.high < 0
    assert total.difference.low < total.difference.mean < total.difference.high
    assert all(v.profile.size >= MIN_PROFILE for v in found.profiles)


def test_the_first_campaign_is_the_same_with_or_without_the_second(
    second_demo: Path, tmp_path: Path
) -> None:
    alone = tmp_path / "alone.sqlite"
    build_demo(alone, households=150)

    def answers(path: Path) -> list[str]:
        with Store.open(path) as store:
            first = store.directory.campaigns()[0]["id"]
            rows = store.submissions.table(campaign_id=first)[0]
        return sorted(row[-1] for row in rows)  # the answers, as stored

    assert answers(alone) == answers(second_demo)


def test_cli_compares_the_second_diagnosis_with_intervals(second_demo: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(second_demo), "footprint", "--compare-with", "Diagnostic partagé 2026"]
    )
    assert result.exit_code == 0, result.output
    assert "Second diagnostic, 150 ménages avant, 150 après" in result.output
    total = next(line for line in result.output.splitlines() if line.strip().startswith("Total"))
    assert " à " in total and "mêmes adresses" in total
    unknown = CliRunner().invoke(
        cli, ["--db", str(second_demo), "footprint", "--compare-with", "Pas une campagne"]
    )
    assert unknown.exit_code == 1 and "Traceback" not in unknown.output


def test_footprint_by_street_never_shows_a_street_of_fewer_than_five(fp: pd.DataFrame) -> None:
    from app.carbon.summary import MIN_STREET

    rows = fp.copy()
    rows.loc[rows.index[:3], "street"] = "Impasse des Trois"  # three doors: never on its own
    rows.loc[rows.index[3:5], "street"] = ""  # no street given: with the others
    summary = summarise(rows, BE, resamples=200)
    names = [s.street for s in summary.streets]
    assert "Impasse des Trois" not in names and "" not in names
    assert all(s.households >= MIN_STREET for s in summary.streets)
    assert sorted(names) == sorted(summary.by_street)
    for street in summary.streets:
        members = rows[rows["street"] == street.street]
        assert street.households == len(members)
        assert street.total.mean == pytest.approx(
            members["total"].sum() / members["occupants"].sum()
        )
        assert street.total.mean == pytest.approx(summary.by_street[street.street])
        assert street.total.low < street.total.mean < street.total.high
    means = [s.total.mean for s in summary.streets]
    assert means == sorted(means, reverse=True)
    others = summary.other_streets
    assert others is not None and others.households == 5
    assert others.total.mean == pytest.approx(
        rows["total"].iloc[:5].sum() / rows["occupants"].iloc[:5].sum()
    )
    assert sum(s.households for s in summary.streets) + others.households == len(rows)
    # deterministic: the same data give the same intervals
    again = summarise(rows, BE, resamples=200)
    assert again.streets == summary.streets


def test_other_streets_of_fewer_than_five_households_give_no_mean(fp: pd.DataFrame) -> None:
    rows = fp.copy()
    rows.loc[rows.index[:2], "street"] = "Ruelle"
    summary = summarise(rows, BE, resamples=100)
    others = summary.other_streets
    assert others is not None and others.households == 2 and np.isnan(others.total.mean)


def test_later_households_are_assigned_to_the_earlier_profiles(fp: pd.DataFrame) -> None:
    found = usage_profiles(fp)
    # the same households assigned again fall in their own profile
    assert (found.assign(fp) == found.labels).all()
    # a later campaign: each household's profile does not depend on the others
    later = footprint(households(120, seed=12), BE)
    labels = found.assign(later)
    assert set(labels) <= {p.number for p in found.profiles}
    assert (found.assign(later.iloc[::-1]).reindex(later.index) == labels).all()


def test_the_demo_second_diagnosis_by_profile(second_demo: Path) -> None:
    with Store.open(second_demo) as store:
        campaigns = store.directory.campaigns()
        before = load_dataset(store, campaign_id=campaigns[0]["id"])
        after = load_dataset(store, campaign_id=campaigns[1]["id"])
    found = diagnose(after, BE, earlier=before, resamples=300)
    second = found.second
    assert second is not None and second.profiles_before and second.by_profile
    numbers = [c.group for c in second.by_profile]
    assert numbers == sorted(numbers)
    for change in second.by_profile:
        assert change.households_before >= MIN_PROFILE and change.households_after >= MIN_PROFILE
        assert second.profile(change.group).size == change.households_before
        assert change.difference.mean == pytest.approx(change.after.mean - change.before.mean)
        assert change.difference.low <= change.difference.mean <= change.difference.high
    shown_before = sum(c.households_before for c in second.by_profile)
    shown_after = sum(c.households_after for c in second.by_profile)
    assert shown_before + second.hidden_before == second.households_before
    assert shown_after + second.hidden_after == found.summary.households
    # deterministic: the same campaigns give the same figures
    again = diagnose(after, BE, earlier=before, resamples=300).second
    assert again is not None and again.by_profile == second.by_profile
