"""The footprint per household against values computed by hand from the factor tables."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from app.carbon.factor_table import FOLDER, REGIONS, load_factors
from app.carbon.footprint import ALL_SECTORS, SECTORS, footprint
from app.errors import UnknownChoice
from quartier.commands.footprint import REGIONS as CLI_REGIONS

BE = load_factors("be")
FR = load_factors("fr")
#: A household that answered everything: no default is used.
FULL = {
    "_id": "a", "street": "Rue Haute", "household_size": 2, "dwelling_type": "apartment",
    "surface": 80, "building_period": "1971_1990", "heating": "gas", "heating_known": "kwh",
    "heating_amount": 10_000, "electricity_kwh": 2_000, "car_use": "daily", "cars": 1,
    "car_fuel": "diesel", "car_km": 10_000, "public_transport": "never", "bike": "daily",
    "flights": 2, "flights_long": 1, "diet": "little_meat", "meals_red_meat": 2,
    "meals_white_meat": 3, "meals_fish": 1, "local_food": "rarely", "clothes": "few",
    "devices": 1, "purchases": "new", "repair": "never",
}  # fmt: skip


def one(region: str = "be", **answers: object) -> pd.Series:
    return footprint(pd.DataFrame([{**FULL, **answers}]), load_factors(region)).iloc[0]


def test_every_entry_has_its_source_year_and_licence() -> None:
    assert CLI_REGIONS == REGIONS
    for region in REGIONS:
        data = json.loads((FOLDER / f"{region}.json").read_text(encoding="utf-8"))
        for section in ("factors", "defaults", "references"):
            for key, entry in data[section].items():
                assert {"value", "unit", "source", "year", "licence"} <= set(entry), key
    assert BE["electricity"] == pytest.approx(0.16749) and FR["electricity"] == 0.0519
    assert BE["heating.gas"] == FR["heating.gas"] == 0.215  # inherited from the base table
    assert BE.entries["heating.gas"].region == "fr" and BE.version == "be-2026.1"
    with pytest.raises(UnknownChoice):
        load_factors("xx")


def test_known_gas_consumption_gives_kwh_times_factor() -> None:
    row = one(heating_amount=12_000, household_size=3)
    assert row["heating"] == pytest.approx(12_000 * 0.215)
    assert row["heating"] / row["occupants"] == pytest.approx(12_000 * 0.215 / 3)
    assert row["defaults"] == 0


def test_each_item_by_hand() -> None:
    row = one()
    assert row["electricity"] == pytest.approx(2_000 * 0.16749)
    assert row["car"] == pytest.approx(10_000 * 0.177 + 400)
    assert row["public_transport"] == 0
    assert row["plane"] == pytest.approx(1 * 4 * 138 + 1 * 18 * 135)
    week = 2 * 5.01 + 3 * 1.65 + 1 * 1.835 + 8 * 0.85
    assert row["meals"] == pytest.approx(week * 52 * 2)
    assert row["food_other"] == 1000
    assert row["clothes"] == 160 and row["electronics"] == 150 and row["goods_other"] == 700
    assert row["services_publics"] == 2800
    assert row["total"] == pytest.approx(sum(row[s] for s in ALL_SECTORS))
    assert row["uses"] == pytest.approx(sum(row[s] for s in SECTORS))
    assert row["per_person"] == pytest.approx(row["total"] / 2)
    # the French table differs only where its factors do
    assert one("fr")["electricity"] == pytest.approx(2_000 * 0.0519)
    assert one("fr")["meals"] == pytest.approx(row["meals"])


def test_litres_euros_and_heat_pump() -> None:
    oil = one(heating="oil", heating_known="litres", heating_amount=1_500)
    assert oil["heating"] == pytest.approx(1_500 * 3.24)
    euros = one(heating="gas", heating_known="euros", heating_amount=1_000)
    assert euros["heating"] == pytest.approx(1_000 / 0.10 * 0.215)
    # a heat pump's kWh are electricity; the bill's heating part is not counted twice
    pump = one(heating="heat_pump", heating_amount=3_000, electricity_kwh=5_000)
    assert pump["heating"] == pytest.approx(3_000 * 0.16749)
    assert pump["electricity"] == pytest.approx(2_000 * 0.16749)


def test_je_ne_sais_pas_takes_the_documented_defaults() -> None:
    blank = {k: None for k in FULL if k not in ("_id", "street", "household_size")}
    row = one(**{**blank, "dwelling_type": "dont_know", "heating": "dont_know"})
    need = BE["surface.unknown"] * BE["heat_need.unknown"] * BE["shape.unknown"]
    assert row["heating"] == pytest.approx(need / BE["efficiency.gas"] * BE["heating.unknown"])
    appliances = BE["electricity.base"] + 2 * BE["electricity.per_person"]
    assert row["electricity"] == pytest.approx(appliances * BE["electricity"])
    km = BE["car_km.unknown"]
    assert row["car"] == pytest.approx(km * BE["car.unknown_fuel"] + BE["car.construction"])
    assert row["public_transport"] == pytest.approx(BE["pt_km.unknown"] * 2 * 0.05)
    flights = BE["flights.per_person"] * 2
    assert row["plane"] == pytest.approx(flights * 4 * 138)
    week = 4 * 5.01 + 4 * 1.65 + 1 * 1.835 + 5 * 0.85
    assert row["meals"] == pytest.approx(week * 52 * 2)
    assert row["clothes"] == 2 * BE["goods.clothes_unknown"]
    assert row["electronics"] == pytest.approx(0.8 * 150)
    assert row["defaults"] >= 12
    # a diet without meal counts: the diet's documented meals
    vegan = one(meals_red_meat=None, meals_white_meat=None, meals_fish=None, diet="vegan")
    assert vegan["meals"] == pytest.approx(14 * 0.54 * 52 * 2)


def test_missing_columns_and_no_car() -> None:
    row = footprint(pd.DataFrame([{"_id": "x", "car_use": "none"}]), BE).iloc[0]
    assert row["occupants"] == BE["occupants.unknown"]
    assert row["car"] == 0 and row["cars"] == 0
    assert np.isfinite(row["total"]) and pd.isna(row["street"])


def test_same_address_same_pair_key_without_revealing_it() -> None:
    frame = pd.DataFrame(
        [{"street": "Rue Haute ", "house_number": "12"},
         {"street": "rue haute", "house_number": "12"},
         {"street": "Rue Haute", "house_number": None}]
    )  # fmt: skip
    keys = footprint(frame, BE)["_pair_key"].tolist()
    assert keys[0] == keys[1] != "" and keys[2] == ""
    assert "Haute" not in keys[0] and "12" not in keys[0]
