"""Levers: what if some households changed a habit? The saving in t CO2e per year.

A scenario changes the quantities of ``app.carbon.footprint.resolve`` for the households
chosen (a profile, or everyone) and computes their emissions again with the same factors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.carbon.factor_table import FactorTable
from app.carbon.footprint import ALL_SECTORS, HEATING_ENERGIES, emissions
from app.errors import UnknownChoice


@dataclass(frozen=True)
class Scenario:
    """Shares between 0 and 1 (0: nothing changes)."""

    #: Share of car km moved to the bike or public transport...
    car_km_moved: float = 0.0
    #: ...of which this share goes to public transport (the rest by bike, no emission).
    moved_to_public_transport: float = 0.5
    #: Share of meat meals (red and white) replaced by vegetarian ones (0.5: halved).
    meat_meals_cut: float = 0.0
    #: Share of flights avoided.
    flights_avoided: float = 0.0
    #: Heating switched: households heating with ``heating_from`` (any energy when None)
    #: move to ``heating_to`` (a heating choice, e.g. "heat_pump").
    heating_to: str | None = None
    heating_from: str | None = None
    #: Share of heat need saved by insulating.
    insulation: float = 0.0


@dataclass(frozen=True)
class Saving:
    #: t CO2e per year saved, in total and by sector.
    tonnes: float
    by_sector: dict[str, float]
    households: int


def apply(inputs: pd.DataFrame, scenario: Scenario) -> pd.DataFrame:
    """The quantities after the scenario (a copy)."""
    out = inputs.copy()
    moved = out["car_km"] * scenario.car_km_moved
    out["car_km"] = out["car_km"] - moved
    out["pt_km"] = out["pt_km"] + moved * scenario.moved_to_public_transport / out["occupants"]
    for meal in ("meals_red", "meals_white"):
        cut = out[meal] * scenario.meat_meals_cut
        out[meal] = out[meal] - cut
        out["meals_rest"] = out["meals_rest"] + cut
    for flights in ("flights_short", "flights_long"):
        out[flights] = out[flights] * (1 - scenario.flights_avoided)
    if scenario.heating_to is not None:
        if scenario.heating_to not in HEATING_ENERGIES:
            known = ", ".join(HEATING_ENERGIES)
            raise UnknownChoice("carbon.unknown_heating", energy=scenario.heating_to, known=known)
        switched = (
            np.ones(len(out), bool)
            if scenario.heating_from is None
            else out["heating_energy"].eq(scenario.heating_from).to_numpy()
        )
        out["heating_energy"] = np.where(switched, scenario.heating_to, out["heating_energy"])
    out["heat_need_kwh"] = out["heat_need_kwh"] * (1 - scenario.insulation)
    return out


def saving(
    fp: pd.DataFrame,
    table: FactorTable,
    scenario: Scenario,
    households: pd.Series | np.ndarray | None = None,
) -> Saving:
    """What ``scenario`` saves on the households of ``fp`` (all, or those where the boolean
    mask ``households`` is true): the footprint before minus after, in t CO2e per year."""
    chosen = fp if households is None else fp[np.asarray(households, bool)]
    after = emissions(apply(chosen, scenario), table)
    by_sector = {s: float((chosen[s].sum() - after[s].sum()) / 1000) for s in ALL_SECTORS}
    return Saving(
        tonnes=float((chosen["total"].sum() - after["total"].sum()) / 1000),
        by_sector=by_sector,
        households=len(chosen),
    )
