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
class StreetEstimate:
    """A street's mean footprint per person (kg CO2e a year) with its 95 % interval."""

    street: str
    households: int
    people: float
    total: Estimate


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
    #: The same streets with their household count and a 95 % interval (households of the
    #: street resampled), heaviest first; then the households of every other street together.
    streets: list[StreetEstimate]
    #: The streets of fewer than MIN_STREET households (or none given), never shown one by one:
    #: together, with their mean (None when they are fewer than MIN_STREET households in all).
    other_streets: StreetEstimate | None
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
    shown, others = street_estimates(fp, resamples=resamples, seed=seed)
    return Summary(
        households=len(fp),
        people=float(people.sum()),
        per_person=dict(zip(COLUMNS, estimates, strict=True)),
        per_household=dict(zip(COLUMNS, by_household, strict=True)),
        quantiles={q: float(per_person.quantile(q / 100)) for q in (10, 25, 50, 75, 90)},
        by_street={str(k): float(v) for k, v in by_street.items()},
        streets=shown,
        other_streets=others,
        brussels=table["brussels"],
        target=table["target_2050"],
        defaults_per_household=float(fp["defaults"].mean()),
    )


#: The name under which the streets too small to be shown are counted together.
OTHER_STREETS = {"fr": "autres rues", "nl": "andere straten", "en": "other streets"}


def street_estimates(
    fp: pd.DataFrame, *, resamples: int = RESAMPLES, seed: int = SEED
) -> tuple[list[StreetEstimate], StreetEstimate | None]:
    """The mean per person of each street of at least MIN_STREET households, with its
    household count and a 95 % interval (the street's households resampled), heaviest first;
    and the other households together (a street below MIN_STREET is never shown on its own),
    their mean given only when they are MIN_STREET households or more in all."""
    rng = np.random.default_rng(seed)
    codes, streets = pd.factorize(fp["street"].fillna("").astype(str).str.strip())
    rows = {str(street): np.flatnonzero(codes == code) for code, street in enumerate(streets)}
    large = sorted(s for s, where in rows.items() if s and len(where) >= MIN_STREET)
    shown = [_street(street, fp.iloc[rows[street]], resamples, rng) for street in large]
    shown.sort(key=lambda e: (-e.total.mean, e.street))
    others = np.ones(len(fp), dtype=bool)
    for street in large:
        others[rows[street]] = False
    rest = fp[others]
    if rest.empty:
        return shown, None
    if len(rest) < MIN_STREET:
        nan = Estimate(float("nan"), float("nan"), float("nan"))
        return shown, StreetEstimate("", len(rest), float(rest["occupants"].sum()), nan)
    return shown, _street("", rest, resamples, rng)


def _street(
    street: str, rows: pd.DataFrame, resamples: int, rng: np.random.Generator
) -> StreetEstimate:
    values = rows[["total"]].to_numpy(float)
    people = rows["occupants"].to_numpy(float)
    means, boot, _ = _ratio_bootstrap(values, people, resamples, rng)
    return StreetEstimate(street, len(rows), float(people.sum()), _estimate(means[0], boot[:, 0]))


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


@dataclass(frozen=True)
class GroupChange:
    """One group's (a usage profile's) change between two campaigns: its households in each
    and its mean kg CO2e per person before, after, and the difference with its interval."""

    group: int
    households_before: int
    households_after: int
    before: Estimate
    after: Estimate
    difference: Estimate


def compare_groups(
    before: pd.DataFrame,
    before_groups: pd.Series,
    after: pd.DataFrame,
    after_groups: pd.Series,
    *,
    minimum: int = MIN_STREET,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> tuple[list[GroupChange], int, int]:
    """The second diagnosis by group (profile numbers aligned with each table's index): each
    group of at least ``minimum`` households in both campaigns, its total per person before and
    after and the difference's 95 % interval (each round's households resampled on their own).
    Returns the groups in order and the households of the groups left out, before and after."""
    rng = np.random.default_rng(seed)
    left = before_groups.reindex(before.index).to_numpy()
    right = after_groups.reindex(after.index).to_numpy()
    out: list[GroupChange] = []
    hidden_before = hidden_after = 0
    for group in sorted(set(left.tolist()) | set(right.tolist())):
        one, two = before[left == group], after[right == group]
        if len(one) < minimum or len(two) < minimum:
            hidden_before += len(one)
            hidden_after += len(two)
            continue
        m1, b1, _ = _ratio_bootstrap(
            one[["total"]].to_numpy(float), one["occupants"].to_numpy(float), resamples, rng
        )
        m2, b2, _ = _ratio_bootstrap(
            two[["total"]].to_numpy(float), two["occupants"].to_numpy(float), resamples, rng
        )
        out.append(
            GroupChange(
                group=int(group),
                households_before=len(one),
                households_after=len(two),
                before=_estimate(m1[0], b1[:, 0]),
                after=_estimate(m2[0], b2[:, 0]),
                difference=_estimate(m2[0] - m1[0], b2[:, 0] - b1[:, 0]),
            )
        )
    return out, hidden_before, hidden_after


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
