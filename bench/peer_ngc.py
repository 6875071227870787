"""Peer check against ADEME's Nos Gestes Climat (not run by ``python -m bench``: it needs Node
and the npm packages). 200 synthetic households, the French factor table, kg CO2e per person
and year; the car, the plane and the meals are mapped to NGC's situation, the rest of each
sector keeps NGC's defaults. Prints per-item differences and the households' mean.

Unfinished: the flight hours set below do not reach NGC 4.10.2's ``transport . avion`` (it
returns its average flyer, about 1,000 kg, or 0 once the hours rules are set): the plane row
is not a comparison yet. Housing and consumption are not mapped (NGC estimates them from its
own defaults), so their rows compare our defaults with NGC's.

    npm install --prefix DIR publicodes @incubateur-ademe/nosgestesclimat@4.10.2 --ignore-scripts
    python -m bench.peer_ngc DIR/node_modules
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from app.carbon.factor_table import load_factors
from app.carbon.footprint import footprint
from bench.bench_carbon import interviews

HOUSEHOLDS = 200
#: Our item (kg per household, divided by occupants) -> NGC's rule (kg per person).
ITEMS = {
    "car": "transport . voiture",
    "plane": "transport . avion",
    "meals": "alimentation . déjeuner et dîner",
    "transport": "transport",
    "alimentation": "alimentation",
    "logement": "logement",
    "consommation": "divers",
    "services_publics": "services sociétaux",
    "total": "bilan",
}
MOTOR = {"electric": "électrique", "hybrid": "hybride non rechargeable"}


def situation(row: pd.Series) -> dict[str, Any]:
    n = float(row["occupants"])
    s: dict[str, Any] = {}
    if row["car_km"] > 0:
        owner = row["cars"] > 0
        s["transport . voiture . utilisateur"] = "'propriétaire'" if owner else "'non régulier'"
        s["transport . voiture . km"] = float(row["car_km"])
        s["transport . voiture . voyageurs"] = n
        if row["car_electric"]:
            s["transport . voiture . motorisation"] = "'électrique'"
        else:
            s["transport . voiture . motorisation"] = "'thermique'"
            fuel = "'essence E5 ou E10'" if row["car_factor"] > 0.2 else "'gazole B7 ou B10'"
            s["transport . voiture . thermique . carburant"] = fuel
    else:
        s["transport . voiture . utilisateur"] = "'jamais'"
    short, long_ = float(row["flights_short"]) * 4 / n, float(row["flights_long"]) * 18 / n
    if short + long_ > 0:
        s["transport . avion . usager"] = "'occasionnellement'"
        s["transport . avion . vols annuels . heures court courrier"] = short
        s["transport . avion . vols annuels . heures moyen et long courrier"] = long_
    else:
        s["transport . avion . usager"] = "'jamais'"
    plain = "végétalien" if row["rest_factor"] < 0.6 else "végétarien"
    s[f"alimentation . plats . {plain} . nombre"] = float(row["meals_rest"])
    s["alimentation . plats . viande rouge . nombre"] = float(row["meals_red"])
    s["alimentation . plats . viande blanche . nombre"] = float(row["meals_white"])
    s["alimentation . plats . poisson blanc . nombre"] = float(row["meals_fish"]) / 2
    s["alimentation . plats . poisson gras . nombre"] = float(row["meals_fish"]) / 2
    return s


def main(modules: str) -> None:
    fp = footprint(interviews(HOUSEHOLDS, seed=9), load_factors("fr"))
    payload = {
        "situations": [situation(r) for _, r in fp.iterrows()],
        "rules": list(ITEMS.values()),
    }
    script = Path(__file__).with_name("peer_ngc.mjs")
    done = subprocess.run(
        ["node", str(script), modules], input=json.dumps(payload), capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    ngc = pd.DataFrame(json.loads(done.stdout))
    print(f"{'item':<18}{'Quartier':>10}{'NGC':>10}{'diff %':>9}   (kg CO2e per person and year)")
    for ours, rule in ITEMS.items():
        mine = float((fp[ours] / fp["occupants"]).mean())
        theirs = float(ngc[rule].mean())
        diff = 100 * (mine - theirs) / theirs
        flag = "  > 10 %" if abs(diff) > 10 else ""
        print(f"{ours:<18}{mine:>10.0f}{theirs:>10.0f}{diff:>+9.1f}{flag}")


if __name__ == "__main__":
    main(sys.argv[1])
