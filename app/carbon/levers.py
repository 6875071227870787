"""Levers: what if some households changed a habit? The saving in t CO2e per year.

A scenario changes the quantities of ``app.carbon.footprint.resolve`` for the households
chosen (a profile, or everyone) and computes their emissions again with the same factors.

``LEVERS`` are the standard what-ifs a report and the coach's tab rank by potential: each says
its own assumption (a third of car km, half the meat meals...), and its saving is that of the
households surveyed, not an extrapolation to the whole neighbourhood.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.carbon.factor_table import FactorTable
from app.carbon.footprint import ALL_SECTORS, HEATING_ENERGIES, emissions
from app.carbon.texts import Texts, t
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
    #: Share of new clothes and devices replaced by second-hand, repaired or shared ones
    #: (counted as emitting nothing: their making was counted when they were new).
    new_goods_cut: float = 0.0


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
    for goods in ("clothes_kg", "devices_bought"):
        out[goods] = out[goods] * (1 - scenario.new_goods_cut)
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


@dataclass(frozen=True)
class Lever:
    key: str
    #: What changes, assumption included, in French, Dutch and English.
    label: Texts
    sector: str
    scenario: Scenario


LEVERS = (
    Lever("car", t("Un tiers des km en voiture faits à vélo ou en transports en commun",
                   "Een derde van de autokilometers met de fiets of het openbaar vervoer",
                   "A third of car km by bike or public transport"),
          "transport", Scenario(car_km_moved=1 / 3)),
    Lever("meat", t("Deux fois moins de repas avec viande", "Half zoveel maaltijden met vlees",
                    "Half as many meals with meat"),
          "alimentation", Scenario(meat_meals_cut=0.5)),
    Lever("flights", t("Un vol sur deux évité", "Eén vlucht op twee vermeden",
                       "One flight in two avoided"),
          "transport", Scenario(flights_avoided=0.5)),
    Lever("insulation", t("Logements isolés : 30 % de chaleur en moins",
                          "Geïsoleerde woningen: 30 % minder warmte",
                          "Insulated homes: 30 % less heat"),
          "logement", Scenario(insulation=0.3)),
    Lever("oil", t("Chauffages au mazout remplacés par des pompes à chaleur",
                   "Stookolieverwarming vervangen door warmtepompen",
                   "Oil heating replaced by heat pumps"),
          "logement", Scenario(heating_from="oil", heating_to="heat_pump")),
    Lever("goods", t("Deux fois moins d'achats neufs (seconde main, réparation)",
                     "Half zoveel nieuwe aankopen (tweedehands, herstellen)",
                     "Half as many new purchases (second-hand, repair)"),
          "consommation", Scenario(new_goods_cut=0.5)),
)  # fmt: skip


@dataclass(frozen=True)
class LeverEffect:
    lever: Lever
    #: t CO2e per year saved by the households surveyed.
    tonnes: float
    #: The same as a share of their footprint (total, public services included), in %.
    percent: float
    #: kg CO2e per person and year.
    per_person: float
    #: Households whose footprint it lowers (by more than 1 kg a year).
    households: int


@dataclass(frozen=True)
class LeverSavings:
    """Each lever's saving for each household of a footprint table, in kg CO2e a year: worked
    out once (a scenario acts on each household alone), then summed over any group of them:
    everyone, then each profile, without computing the emissions again per group."""

    fp: pd.DataFrame
    levers: tuple[Lever, ...]
    #: One row per lever, one column per household of ``fp``.
    saved: np.ndarray

    @classmethod
    def of(
        cls, fp: pd.DataFrame, table: FactorTable, levers: tuple[Lever, ...] = LEVERS
    ) -> LeverSavings:
        before = fp["total"].to_numpy(float)
        saved = [
            before - emissions(apply(fp, lever.scenario), table)["total"].to_numpy(float)
            for lever in levers
        ]
        return cls(fp, levers, np.array(saved).reshape(len(levers), len(fp)))

    def effects(self, households: pd.Series | np.ndarray | None = None) -> list[LeverEffect]:
        """Each lever's saving on the households (all, or the boolean mask ``households``),
        the largest first (ties in the order of ``levers``)."""
        chosen = np.ones(len(self.fp), bool) if households is None else np.asarray(households, bool)
        total = float(self.fp["total"].to_numpy(float)[chosen].sum())
        people = float(self.fp["occupants"].to_numpy(float)[chosen].sum())
        effects = []
        for lever, saved in zip(self.levers, self.saved[:, chosen], strict=True):
            kg = float(saved.sum())
            effects.append(
                LeverEffect(
                    lever=lever,
                    tonnes=kg / 1000,
                    percent=100 * kg / total if total else 0.0,
                    per_person=kg / people if people else 0.0,
                    households=int((saved > 1.0).sum()),
                )
            )
        return sorted(effects, key=lambda e: -e.tonnes)


def lever_effects(
    fp: pd.DataFrame, table: FactorTable, levers: tuple[Lever, ...] = LEVERS
) -> list[LeverEffect]:
    """Each lever's saving on all the households of ``fp``, the largest first."""
    return LeverSavings.of(fp, table, levers).effects()
