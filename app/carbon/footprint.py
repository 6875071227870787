"""The carbon footprint of each household, in kg CO2e per year, from the interview table.

Two steps, both vectorised over every household at once:

- ``resolve``: the answers become quantities (heat need in kWh, car km, meals a week...).
  An unanswered question ("je ne sais pas", a blank number, a question missing from an older
  form version) takes the documented default of the factor table; ``defaults`` counts them.
- ``emissions``: quantities times factors, by item and by sector.

Levers (``app.carbon.levers``) change the quantities and compute the emissions again.
Attribution: the household's car, heating, electricity and devices are the household's;
meals, clothes, transport passes and public services are per person, times the occupants.
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import pandas as pd

from app.carbon.factor_table import FactorTable

#: The sectors of the footprint; public services are a fixed share, shown apart.
SECTORS = ("logement", "transport", "alimentation", "consommation")
PUBLIC_SERVICES = "services_publics"
ALL_SECTORS = (*SECTORS, PUBLIC_SERVICES)
#: Items of each sector (columns of ``emissions``).
ITEMS = {
    "logement": ("heating", "electricity"),
    "transport": ("car", "public_transport", "plane"),
    "alimentation": ("meals", "food_other"),
    "consommation": ("clothes", "electronics", "goods_other"),
    PUBLIC_SERVICES: ("public_services",),
}
HEATING_ENERGIES = ("gas", "oil", "electric", "heat_pump", "wood", "district", "pellets")
ELECTRIC_HEATING = ("electric", "heat_pump")
DWELLINGS = ("apartment", "terraced", "semi_detached", "detached")
PERIODS = ("before_1945", "1945_1970", "1971_1990", "1991_2010", "after_2010", "renovated")
FUELS = ("petrol", "diesel", "hybrid", "electric")
FREQUENCIES = ("daily", "weekly", "rarely")
#: The usage questions asked only for the footprint: a report summarises them through it (the
#: chapter "Notre empreinte"), not one by one beside the other answers.
DETAIL_QUESTIONS = (
    "dwelling_type", "surface", "building_period", "heating_known", "heating_amount",
    "electricity_kwh", "cars", "car_fuel", "public_transport", "bike", "flights_long",
    "meals_red_meat", "meals_white_meat", "meals_fish", "local_food", "clothes", "devices",
    "repair",
)  # fmt: skip
#: Every usage question: the six of the form's first version and the details added since.
USAGE_QUESTIONS = ("heating", "car_use", "car_km", "flights", "diet", "purchases",
                   *DETAIL_QUESTIONS)  # fmt: skip
WEEKS = 52
MEALS_A_WEEK = 14


def answered_usage(interviews: pd.DataFrame) -> np.ndarray:
    """True for the households that answered at least one usage question ("je ne sais pas"
    included): the others would be nothing but defaults, and are left out of the footprint."""
    answered = np.zeros(len(interviews), dtype=bool)
    for name in USAGE_QUESTIONS:
        if name in interviews:
            answered |= _filled(interviews[name])
    return answered


def _filled(values: pd.Series) -> np.ndarray:
    """Which answers are there and not blank text: each distinct answer looked at once (a
    campaign's households give a handful of them), then spread to the rows."""
    try:
        codes, distinct = pd.factorize(values)
    except TypeError:  # answers that are lists: each looked at
        return np.array([_is_filled(v) for v in values], dtype=bool)
    filled = np.array([_is_filled(v) for v in distinct] + [False], dtype=bool)
    return filled[codes]  # a missing answer's code, -1, reads the last: False


def _is_filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, list | tuple | dict) or not pd.isna(value)


def resolve(interviews: pd.DataFrame, table: FactorTable) -> pd.DataFrame:
    """The quantities behind each household's footprint (same index as ``interviews``)."""
    a = _Answers(interviews)
    out = pd.DataFrame(index=interviews.index)
    occupants = a.number("household_size")
    out["occupants"] = np.where(np.isnan(occupants) | (occupants < 1),
                                table["occupants.unknown"], occupants)  # fmt: skip
    a.count_default(np.isnan(occupants))
    _resolve_housing(a, table, out)
    _resolve_transport(a, table, out)
    _resolve_food(a, table, out)
    _resolve_goods(a, table, out)
    out["defaults"] = a.defaults
    return out


def emissions(inputs: pd.DataFrame, table: FactorTable) -> pd.DataFrame:
    """kg CO2e per year per household: one column per item, per sector, ``total`` (with public
    services), ``uses`` (without) and ``per_person`` (total / occupants)."""
    n = inputs["occupants"].to_numpy(float)
    energy = inputs["heating_energy"]
    efficiency = energy.map(_per_choice(table, "efficiency", HEATING_ENERGIES, "gas")).to_numpy()
    factor = energy.map(_heating_factors(table)).to_numpy(float)
    out = pd.DataFrame(index=inputs.index)
    out["heating"] = inputs["heat_need_kwh"].to_numpy(float) / efficiency * factor
    out["electricity"] = inputs["appliances_kwh"].to_numpy(float) * table["electricity"]
    construction = np.where(
        inputs["car_electric"].to_numpy(bool),
        table["car.construction_electric"],
        table["car.construction"],
    )
    out["car"] = (
        inputs["car_km"].to_numpy(float) * inputs["car_factor"].to_numpy(float)
        + inputs["cars"].to_numpy(float) * construction
    )
    out["public_transport"] = inputs["pt_km"].to_numpy(float) * n * table["public_transport"]
    out["plane"] = (
        inputs["flights_short"].to_numpy(float) * table["flight.short_hours"]
        * table["plane.short_hour"]
        + inputs["flights_long"].to_numpy(float) * table["flight.long_hours"]
        * table["plane.long_hour"]
    )  # fmt: skip
    week = (
        inputs["meals_red"].to_numpy(float) * table["meal.red_meat"]
        + inputs["meals_white"].to_numpy(float) * table["meal.white_meat"]
        + inputs["meals_fish"].to_numpy(float) * table["meal.fish"]
        + inputs["meals_rest"].to_numpy(float) * inputs["rest_factor"].to_numpy(float)
    )
    out["meals"] = week * WEEKS * inputs["local_factor"].to_numpy(float) * n
    out["food_other"] = table["food.other"] * n
    goods = inputs["goods_factor"].to_numpy(float)
    out["clothes"] = inputs["clothes_kg"].to_numpy(float) * n * goods
    out["electronics"] = inputs["devices_bought"].to_numpy(float) * table["goods.device"] * goods
    out["goods_other"] = table["goods.other"] * n * goods
    out["public_services"] = table["public_services"] * n
    for sector, items in ITEMS.items():
        out[sector] = out[list(items)].sum(axis=1)
    out["uses"] = out[list(SECTORS)].sum(axis=1)
    out["total"] = out["uses"] + out[PUBLIC_SERVICES]
    out["per_person"] = out["total"] / n
    return out


def footprint(interviews: pd.DataFrame, table: FactorTable) -> pd.DataFrame:
    """One row per household: its id and street, its quantities, its emissions, and a pairing
    key for the second diagnosis (a hash of the address, never the address itself)."""
    inputs = resolve(interviews, table)
    frame = pd.concat([inputs, emissions(inputs, table)], axis=1)
    frame.insert(0, "_id", _column(interviews, "_id").to_numpy())
    frame.insert(1, "street", _column(interviews, "street").to_numpy())
    frame["_pair_key"] = pair_keys(interviews)
    return frame


def pair_keys(interviews: pd.DataFrame) -> pd.Series:
    """Street and house number, normalised and hashed: equal for the same address in two
    campaigns; empty where the number was not given (no consent)."""
    street = _column(interviews, "street").fillna("").astype(str).str.strip().str.casefold()
    number = _column(interviews, "house_number").fillna("").astype(str).str.strip().str.casefold()
    address = street + "|" + number
    known = (street != "") & (number != "")
    return address.where(known, "").map(
        lambda text: hashlib.sha256(text.encode()).hexdigest()[:16] if text else ""
    )


class _Answers:
    """Typed access to the interview columns, counting the defaults used per household."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.defaults = np.zeros(len(frame), dtype=int)

    def number(self, name: str) -> np.ndarray:
        return pd.to_numeric(_column(self.frame, name), errors="coerce").to_numpy(float)

    def choice(self, name: str, known: tuple[str, ...]) -> pd.Series:
        """The answer where it is one of ``known``, else "unknown"."""
        values = _column(self.frame, name)
        return values.where(values.isin(known), "unknown").astype(object)

    def count_default(self, used: np.ndarray | pd.Series) -> None:
        self.defaults += np.asarray(used, dtype=int)


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame:
        return frame[name]
    return pd.Series(np.nan, index=frame.index, dtype=object)


def _per_choice(
    table: FactorTable, prefix: str, names: tuple[str, ...], unknown: str
) -> dict[str, float]:
    """{choice: table[prefix.choice]} with "unknown" taking ``prefix.unknown`` (a documented
    default) or, when the table has none, the entry of the choice ``unknown``."""
    values = {name: table[f"{prefix}.{name}"] for name in names}
    values["unknown"] = table.get(f"{prefix}.unknown", f"{prefix}.{unknown}")
    return values


def _heating_factors(table: FactorTable) -> dict[str, float]:
    factors = {e: table[f"heating.{e}"] for e in HEATING_ENERGIES if e not in ELECTRIC_HEATING}
    factors.update({e: table["electricity"] for e in ELECTRIC_HEATING})
    factors["unknown"] = table["heating.unknown"]
    return factors


def _resolve_housing(a: _Answers, table: FactorTable, out: pd.DataFrame) -> None:
    dwelling = a.choice("dwelling_type", DWELLINGS)
    surface = a.number("surface")
    missing_surface = np.isnan(surface)
    surface = np.where(
        missing_surface, dwelling.map(_per_choice(table, "surface", DWELLINGS, "")), surface
    )
    period = a.choice("building_period", PERIODS)
    need = (
        surface
        * period.map(_per_choice(table, "heat_need", PERIODS, "")).to_numpy(float)
        * dwelling.map(_per_choice(table, "shape", DWELLINGS, "")).to_numpy(float)
    )
    energy = a.choice("heating", HEATING_ENERGIES)
    efficiency = energy.map(_per_choice(table, "efficiency", HEATING_ENERGIES, "gas"))
    price = energy.map(_per_choice(table, "price", HEATING_ENERGIES, "gas"))
    unit = _column(a.frame, "heating_known")
    amount = a.number("heating_amount")
    final = np.full(len(out), np.nan)
    final = np.where(unit.eq("kwh"), amount, final)
    per_litre = table["heating.oil_litre"] / table["heating.oil"]
    final = np.where(unit.eq("litres") & energy.eq("oil"), amount * per_litre, final)
    final = np.where(unit.eq("euros"), amount / price.to_numpy(float), final)
    known = ~np.isnan(final) & (final > 0)
    estimated = ~known
    a.count_default(estimated & (missing_surface | period.eq("unknown").to_numpy()))
    a.count_default(energy.eq("unknown").to_numpy())
    out["heating_energy"] = energy.to_numpy()
    out["dwelling"] = dwelling.to_numpy()
    out["heat_need_kwh"] = np.where(known, final * efficiency.to_numpy(float), need)
    electric_heat = np.where(
        energy.isin(ELECTRIC_HEATING), out["heat_need_kwh"] / efficiency.to_numpy(float), 0.0
    )
    bill = a.number("electricity_kwh")
    estimate = table["electricity.base"] + table["electricity.per_person"] * out["occupants"]
    # a bill that heats too: its heating part is counted under heating, not twice
    out["appliances_kwh"] = np.where(
        np.isnan(bill), estimate, np.maximum(bill - electric_heat, 0.0)
    )
    a.count_default(np.isnan(bill))


def _resolve_transport(a: _Answers, table: FactorTable, out: pd.DataFrame) -> None:
    use = a.choice("car_use", ("none", "shared", "occasional", "daily"))
    owner = use.isin(("occasional", "daily", "unknown")).to_numpy()
    cars = a.number("cars")
    out["cars"] = np.where(np.isnan(cars), np.where(owner, table["cars.owner"], 0.0), cars)
    a.count_default(np.isnan(cars) & owner)
    km = a.number("car_km")
    default_km = {"none": 0.0, **{u: table[f"car_km.{u}"] for u in
                                  ("shared", "occasional", "daily", "unknown")}}  # fmt: skip
    out["car_km"] = np.where(np.isnan(km), use.map(default_km).to_numpy(float), km)
    a.count_default(np.isnan(km) & use.ne("none").to_numpy())
    a.count_default(use.eq("unknown").to_numpy())
    fuel = a.choice("car_fuel", FUELS)
    factors = {f: table[f"car.{f}"] for f in FUELS} | {"unknown": table["car.unknown_fuel"]}
    out["car_factor"] = fuel.map(factors).to_numpy(float)
    out["car_electric"] = fuel.eq("electric").to_numpy()
    a.count_default(fuel.eq("unknown").to_numpy() & (out["car_km"].to_numpy() > 0))
    frequency = a.choice("public_transport", (*FREQUENCIES, "never"))
    pt = {f: table[f"pt_km.{f}"] for f in FREQUENCIES} | {
        "never": 0.0, "unknown": table["pt_km.unknown"]}  # fmt: skip
    out["pt_km"] = frequency.map(pt).to_numpy(float)
    a.count_default(frequency.eq("unknown").to_numpy())
    out["bike"] = a.choice("bike", (*FREQUENCIES, "never")).to_numpy()
    flights = a.number("flights")
    missing = np.isnan(flights)
    flights = np.where(missing, table["flights.per_person"] * out["occupants"], flights)
    a.count_default(missing)
    long_haul = np.clip(np.nan_to_num(a.number("flights_long")), 0, flights)
    out["flights_short"] = flights - long_haul
    out["flights_long"] = long_haul


def _resolve_food(a: _Answers, table: FactorTable, out: pd.DataFrame) -> None:
    counts = np.column_stack([a.number(f"meals_{m}") for m in ("red_meat", "white_meat", "fish")])
    none_given = np.isnan(counts).all(axis=1)
    diet = a.choice("diet", ("vegan", "vegetarian", "little_meat", "meat_daily"))
    from_diet = np.zeros_like(counts)
    for column, meal in enumerate(("red_meat", "white_meat", "fish")):
        by_diet = {"vegan": 0.0, "vegetarian": 0.0, "unknown": table[f"meals.{meal}"]}
        by_diet |= {d: table[f"diet.{d}.{meal}"] for d in ("little_meat", "meat_daily")}
        from_diet[:, column] = diet.map(by_diet).to_numpy(float)
    counts = np.where(none_given[:, None], from_diet, np.nan_to_num(counts))
    a.count_default(none_given & diet.eq("unknown").to_numpy())
    eaten = counts.sum(axis=1)
    scale = np.where(eaten > MEALS_A_WEEK, MEALS_A_WEEK / np.maximum(eaten, 1), 1.0)
    counts = counts * scale[:, None]
    out["meals_red"], out["meals_white"], out["meals_fish"] = counts.T
    out["meals_rest"] = MEALS_A_WEEK - counts.sum(axis=1)
    vegan = diet.eq("vegan").to_numpy()
    out["rest_factor"] = np.where(vegan, table["meal.vegan"], table["meal.vegetarian"])
    local = a.choice("local_food", ("mostly", "sometimes", "rarely"))
    out["local_factor"] = local.map({
        "mostly": table["food.local_mostly"], "sometimes": table["food.local_sometimes"],
        "rarely": table["food.local_rarely"], "unknown": table["food.local_unknown"],
    }).to_numpy(float)  # fmt: skip
    a.count_default(local.eq("unknown").to_numpy())


def _resolve_goods(a: _Answers, table: FactorTable, out: pd.DataFrame) -> None:
    clothes = a.choice("clothes", ("few", "some", "many"))
    out["clothes_kg"] = clothes.map({
        "few": table["goods.clothes_few"], "some": table["goods.clothes_some"],
        "many": table["goods.clothes_many"], "unknown": table["goods.clothes_unknown"],
    }).to_numpy(float)  # fmt: skip
    a.count_default(clothes.eq("unknown").to_numpy())
    devices = a.number("devices")
    out["devices_bought"] = np.where(
        np.isnan(devices), table["devices.per_person"] * out["occupants"], devices
    )
    a.count_default(np.isnan(devices))
    purchases = a.choice("purchases", ("second_hand", "mixed", "new"))
    repair = a.choice("repair", ("often", "sometimes", "never"))
    bought = purchases.map({
        "second_hand": table["goods.second_hand"], "mixed": table["goods.mixed"],
        "new": table["goods.new"], "unknown": table["goods.purchases_unknown"],
    }).to_numpy(float)  # fmt: skip
    repaired = repair.map({
        "often": table["goods.repair_often"], "sometimes": table["goods.repair_sometimes"],
        "never": table["goods.repair_never"], "unknown": table["goods.repair_unknown"],
    }).to_numpy(float)  # fmt: skip
    out["goods_factor"] = bought * repaired
    a.count_default(purchases.eq("unknown").to_numpy())
    a.count_default(repair.eq("unknown").to_numpy())
