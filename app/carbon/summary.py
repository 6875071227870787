"""The neighbourhood's picture and the second diagnosis, with bootstrap intervals.

Means per person are person-weighted (the households' kg summed over their occupants), so a
large family counts as many people as it has. Intervals resample households (percentile
bootstrap, 95 %), with a fixed seed: the same data give the same interval.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.carbon.factor_table import FactorTable
from app.carbon.footprint import ALL_SECTORS
from app.errors import InvalidOperation

COLUMNS = (*ALL_SECTORS, "total")
RESAMPLES = 1000
SEED = 2026
#: Resamples drawn at once: bounds the memory of the bootstrap (chunk x households counts).
CHUNK = 50
#: Below this many households a street's mean is not shown (honest statistics).
MIN_STREET = 5


@dataclass(frozen=True)
class Estimate:
    """A mean in kg CO2e per person and year, with its 95 % interval."""

    mean: float
    low: float
    high: float


@dataclass(frozen=True)
class Summary:
    households: int
    people: float
    #: Per sector and "total" (public services included).
    per_person: dict[str, Estimate]
    #: The same per household (kg CO2e per household and year), from the same resamples.
    per_household: dict[str, Estimate]
    #: Quantiles of the households' footprint per person (10, 25, 50, 75, 90 %).
    quantiles: dict[int, float]
    #: Mean per person by street, for streets with at least MIN_STREET households.
    by_street: dict[str, float]
    #: References of the factor table: the Brussels average and the 2050 target.
    brussels: float
    target: float
    #: Mean number of answers replaced by a documented default per household.
    defaults_per_household: float

    def times_target(self) -> float:
        return self.per_person["total"].mean / self.target


def summarise(
    fp: pd.DataFrame, table: FactorTable, *, resamples: int = RESAMPLES, seed: int = SEED
) -> Summary:
    """The summary of a footprint table (``app.carbon.footprint.footprint``)."""
    if fp.empty:
        raise InvalidOperation("carbon.no_households")
    values = fp[list(COLUMNS)].to_numpy(float)
    people = fp["occupants"].to_numpy(float)
    means, boot, households = _ratio_bootstrap(
        values, people, resamples, np.random.default_rng(seed)
    )
    estimates = [_estimate(means[i], boot[:, i]) for i in range(len(COLUMNS))]
    by_household = [_estimate(values[:, i].mean(), households[:, i]) for i in range(len(COLUMNS))]
    per_person = fp["per_person"]
    streets = fp.groupby("street", sort=True)[["total", "occupants"]].sum()
    counts = fp.groupby("street", sort=True).size()
    by_street = (streets["total"] / streets["occupants"])[counts >= MIN_STREET]
    return Summary(
        households=len(fp),
        people=float(people.sum()),
        per_person=dict(zip(COLUMNS, estimates, strict=True)),
        per_household=dict(zip(COLUMNS, by_household, strict=True)),
        quantiles={q: float(per_person.quantile(q / 100)) for q in (10, 25, 50, 75, 90)},
        by_street={str(k): float(v) for k, v in by_street.items()},
        brussels=table["brussels"],
        target=table["target_2050"],
        defaults_per_household=float(fp["defaults"].mean()),
    )


@dataclass(frozen=True)
class Change:
    """One sector's change between two campaigns (after minus before, kg per person)."""

    sector: str
    before: Estimate
    after: Estimate
    difference: Estimate
    #: The same addresses in both campaigns: their mean change per person and its interval.
    paired: Estimate | None
    pairs: int


def compare(
    before: pd.DataFrame,
    after: pd.DataFrame,
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> list[Change]:
    """The second diagnosis: each sector and the total, before and after, with intervals;
    paired on the addresses that answered both times (``_pair_key``)."""
    if before.empty or after.empty:
        raise InvalidOperation("carbon.no_households")
    rng = np.random.default_rng(seed)
    first = before[list(COLUMNS)].to_numpy(float)
    second = after[list(COLUMNS)].to_numpy(float)
    n1, n2 = before["occupants"].to_numpy(float), after["occupants"].to_numpy(float)
    means1, boot1, _ = _ratio_bootstrap(first, n1, resamples, rng)
    means2, boot2, _ = _ratio_bootstrap(second, n2, resamples, rng)
    diffs = boot2 - boot1
    paired, pairs = _paired(before, after, resamples, rng)
    changes = []
    for column, sector in enumerate(COLUMNS):
        changes.append(
            Change(
                sector=sector,
                before=_estimate(means1[column], boot1[:, column]),
                after=_estimate(means2[column], boot2[:, column]),
                difference=_estimate(means2[column] - means1[column], diffs[:, column]),
                paired=paired[column] if paired else None,
                pairs=pairs,
            )
        )
    return changes


def _paired(
    before: pd.DataFrame, after: pd.DataFrame, resamples: int, rng: np.random.Generator
) -> tuple[list[Estimate], int]:
    """Mean change per person of the households found at the same address both times."""
    keys = ["_pair_key", *COLUMNS, "per_person", "occupants"]
    one = before[before["_pair_key"] != ""][keys].drop_duplicates("_pair_key", keep="last")
    two = after[after["_pair_key"] != ""][keys].drop_duplicates("_pair_key", keep="last")
    joined = one.merge(two, on="_pair_key", suffixes=("_1", "_2"))
    if joined.empty:
        return [], 0
    delta = np.column_stack(
        [
            joined[f"{c}_2"] / joined["occupants_2"] - joined[f"{c}_1"] / joined["occupants_1"]
            for c in COLUMNS
        ]
    )
    ones = np.ones(len(delta))
    means, boot, _ = _ratio_bootstrap(delta, ones, resamples, rng)
    return [_estimate(means[i], boot[:, i]) for i in range(len(COLUMNS))], len(delta)


def _ratio_bootstrap(
    values: np.ndarray, people: np.ndarray, resamples: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """sum(values) / sum(people) by column, and the same for each resample of the rows
    (rows drawn with replacement, counted per resample: one matrix product per chunk); and
    each resample's mean per row (a resample has as many rows as the data)."""
    n = len(people)
    means = values.sum(axis=0) / people.sum()
    boot = np.empty((resamples, values.shape[1]))
    per_row = np.empty((resamples, values.shape[1]))
    for start in range(0, resamples, CHUNK):
        size = min(CHUNK, resamples - start)
        drawn = rng.integers(0, n, size=(size, n)) + (np.arange(size) * n)[:, None]
        counts = np.bincount(drawn.ravel(), minlength=size * n).reshape(size, n).astype(float)
        sums = counts @ values
        boot[start : start + size] = sums / (counts @ people)[:, None]
        per_row[start : start + size] = sums / n
    return means, boot, per_row


def _estimate(mean: float, draws: np.ndarray) -> Estimate:
    low, high = np.percentile(draws, [2.5, 97.5])
    return Estimate(float(mean), float(low), float(high))
