"""The neighbourhood's summary, the second diagnosis, levers and the open-data package."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from app.carbon.factor_table import load_factors
from app.carbon.footprint import footprint, resolve
from app.carbon.levers import Scenario, saving
from app.carbon.outputs import CampaignFootprint, k_anonymous_streets, write_open_data
from app.carbon.summary import compare, summarise
from app.errors import UnknownChoice
from tests.app.carbon_helpers import households

BE = load_factors("be")


@pytest.fixture(scope="module")
def interviews() -> pd.DataFrame:
    return households(200, seed=5)


@pytest.fixture(scope="module")
def fp(interviews: pd.DataFrame) -> pd.DataFrame:
    return footprint(interviews, BE)


def test_summary_mean_per_person_with_interval(fp: pd.DataFrame) -> None:
    summary = summarise(fp, BE, resamples=300)
    total = summary.per_person["total"]
    assert total.mean == pytest.approx(fp["total"].sum() / fp["occupants"].sum())
    assert total.low < total.mean < total.high
    assert summary.brussels == 9900 and summary.target == 2000
    assert summary.times_target() == pytest.approx(total.mean / 2000)
    parts = sum(summary.per_person[s].mean for s in summary.per_person if s != "total")
    assert parts == pytest.approx(total.mean)
    assert summary == summarise(fp, BE, resamples=300)  # fixed seed
    assert all(n >= 5 for n in fp.groupby("street").size()[list(summary.by_street)])


def test_second_diagnosis_pairs_the_same_addresses(fp: pd.DataFrame) -> None:
    before = fp.assign(_pair_key=[f"k{i}" for i in range(len(fp))])
    after = before.copy()
    for column in ("transport", "total"):
        after[column] = after[column] - 100 * after["occupants"]  # 100 kg less per person
    changes = {c.sector: c for c in compare(before, after, resamples=200)}
    transport = changes["transport"]
    assert transport.pairs == len(fp)
    assert transport.difference.mean == pytest.approx(-100)
    assert transport.paired is not None and transport.paired.mean == pytest.approx(-100)
    assert transport.paired.low == pytest.approx(-100) and transport.paired.high == pytest.approx(
        -100
    )
    assert changes["logement"].difference.mean == pytest.approx(0)
    unpaired = compare(before.assign(_pair_key=""), after, resamples=50)
    assert unpaired[0].paired is None and unpaired[0].pairs == 0


def test_levers_save_what_they_remove(fp: pd.DataFrame) -> None:
    nothing = saving(fp, BE, Scenario())
    assert nothing.tonnes == pytest.approx(0, abs=1e-9)
    flights = saving(fp, BE, Scenario(flights_avoided=1.0))
    assert flights.tonnes == pytest.approx(fp["plane"].sum() / 1000)
    assert flights.by_sector["transport"] == pytest.approx(flights.tonnes)
    red = fp["meals_red"] + fp["meals_white"]
    cut = Scenario(meat_meals_cut=0.5)
    inputs = resolve(pd.DataFrame([{"household_size": 1, "meals_red_meat": 4,
                                    "meals_white_meat": 0, "meals_fish": 0,
                                    "local_food": "rarely"}]), BE)  # fmt: skip
    one = footprint(pd.DataFrame([{"household_size": 1, "meals_red_meat": 4, "meals_white_meat": 0,
                                   "meals_fish": 0, "local_food": "rarely"}]), BE)  # fmt: skip
    assert inputs["meals_red"].iloc[0] == 4
    assert saving(one, BE, cut).tonnes == pytest.approx(2 * (5.01 - 0.85) * 52 / 1000)
    assert saving(fp, BE, cut).tonnes > 0 or red.sum() == 0
    oil = fp["heating_energy"].eq("oil")
    switch = saving(fp, BE, Scenario(heating_from="oil", heating_to="heat_pump"), oil)
    assert switch.households == oil.sum() and switch.tonnes >= 0
    cars = saving(fp, BE, Scenario(car_km_moved=1.0, moved_to_public_transport=0.0))
    assert cars.tonnes == pytest.approx((fp["car_km"] * fp["car_factor"]).sum() / 1000)
    with pytest.raises(UnknownChoice):
        saving(fp, BE, Scenario(heating_to="coal"))


def test_k_anonymity_blanks_rare_streets() -> None:
    streets = pd.Series(["A"] * 5 + ["A"] * 4 + ["B"])
    quasi = pd.DataFrame({"household_size": [2] * 5 + [3] * 4 + [2],
                          "age_bands": ["18_64"] * 10})  # fmt: skip
    assert k_anonymous_streets(streets, quasi).tolist() == ["A"] * 5 + [""] * 5


def test_open_data_package_has_no_personal_field(
    interviews: pd.DataFrame, fp: pd.DataFrame, tmp_path: Path
) -> None:
    quasi = interviews[["household_size", "age_bands"]]
    path = write_open_data(CampaignFootprint(BE, fp, quasi), None, tmp_path, "test")
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    assert descriptor["version"] == BE.version
    assert [r["path"] for r in descriptor["resources"]] == ["households.csv", "factors.csv"]
    table = pd.read_csv(tmp_path / "households.csv", keep_default_na=False)
    fields = [f["name"] for f in descriptor["resources"][0]["schema"]["fields"]]
    assert list(table.columns) == fields and len(table) == len(fp)
    assert not {"house_number", "contact_name", "contact_phone", "contact_email", "_id",
                "_pair_key", "interview_id"} & set(table.columns)  # fmt: skip
    shown = table[table["street"] != ""]
    groups = shown.groupby(["street", "household_size", "age_bands"]).size()
    assert (groups >= 5).all()
    factors = pd.read_csv(tmp_path / "factors.csv")
    assert {"source", "year", "licence", "unit"} <= set(factors.columns)
