"""Usage profiles: groups of households sharing similar carbon-heavy habits.

KMeans on standardised features (the four sectors' shares, the footprint per person and a few
key habits), k between 3 and 8 chosen by silhouette on at most ``CHOICE_SAMPLE`` households
(drawn with the seed), then fitted on all of them: the choice costs the same for 1,000 or
100,000 households, the profiles are those of every household. The result does not depend on
the order of the rows: they are sorted by the interview id before fitting, the seed is fixed,
and profiles are numbered from the heaviest footprint per person down. Each profile is named
from the traits in which its mean stands furthest above the neighbourhood's.

A profile of fewer than ``MIN_PROFILE`` households is never shown (it would point at a few
doors): k is chosen among the partitions whose every profile reaches that size, and when none
does, ``shown`` leaves the small profiles out and counts their households.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from app.carbon.footprint import SECTORS
from app.carbon.texts import AVERAGE, SECTOR_LABELS, SOBER, TRAIT_LABELS, Texts
from app.errors import InvalidOperation

K_RANGE = range(3, 9)
SEED = 2026
#: Fewer households than this make no profiles worth a group (and would expose people).
MIN_HOUSEHOLDS = 30
#: The smallest profile shown: the analysis' rule of honest figures (app.analysis.MIN_HOUSEHOLDS).
MIN_PROFILE = 5
#: k is chosen on this many households at most (silhouette is quadratic in rows; the standard
#: error of a mean silhouette over 1,000 households is below 0.01).
CHOICE_SAMPLE = 1000
#: A trait names a profile when its mean is this many standard deviations above the mean.
TRAIT_THRESHOLD = 0.5
#: The sector each habit belongs to (shares are named after theirs).
TRAIT_SECTORS = {"car_km": "transport", "flight_hours": "transport", "bike": "transport",
                 "red_meat": "alimentation", "oil": "logement", "house": "logement"}  # fmt: skip


@dataclass(frozen=True)
class Profile:
    number: int
    name: Texts
    traits: tuple[str, ...]
    size: int
    people: float
    #: Mean kg CO2e per person and year (person-weighted), in total and by sector.
    per_person: float
    sectors: dict[str, float]
    #: The sectors weighing most per person: where the profile's group may start.
    levers: tuple[str, ...]
    household_ids: tuple[str, ...] = field(repr=False)

    def describe(self, lang: str = "fr") -> str:
        levers = ", ".join(SECTOR_LABELS[s][lang] for s in self.levers)
        return (
            f"{self.number}. {self.name[lang]} — {self.size} ({self.per_person / 1000:.1f} t"
            f"/pers.) — {levers}"
        )


@dataclass(frozen=True)
class Profiles:
    profiles: list[Profile]
    #: Profile number per household, aligned with the footprint table's index.
    labels: pd.Series
    k: int
    silhouette: float
    #: The fitted StandardScaler and KMeans, and each cluster's profile number: later
    #: campaigns' households are assigned to these same profiles (``assign``).
    scaler: Any = field(default=None, repr=False, compare=False)
    model: Any = field(default=None, repr=False, compare=False)
    numbers: dict[int, int] = field(default_factory=dict, repr=False, compare=False)

    def assign(self, fp: pd.DataFrame) -> pd.Series:
        """The profile number of each household of another footprint table (a later
        campaign): its features standardised with this fit's scaler, then its nearest
        profile centre, so that a profile means the same habits in both rounds."""
        if self.scaler is None or self.model is None:
            raise InvalidOperation("carbon.no_households")
        if fp.empty:
            return pd.Series([], index=fp.index, dtype=int)
        x = self.scaler.transform(features(fp).to_numpy(float))
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):
            clusters = self.model.predict(x)
        return pd.Series([self.numbers[int(c)] for c in clusters], index=fp.index)

    def shown(self) -> list[Profile]:
        """The profiles of at least ``MIN_PROFILE`` households: the only ones ever shown."""
        return [p for p in self.profiles if p.size >= MIN_PROFILE]

    def hidden_households(self) -> int:
        """Households in profiles too small to show."""
        return sum(p.size for p in self.profiles if p.size < MIN_PROFILE)


def features(fp: pd.DataFrame) -> pd.DataFrame:
    """The clustering features of each household (index of ``fp``)."""
    n = fp["occupants"].to_numpy(float)
    uses = fp["uses"].to_numpy(float)
    frame = pd.DataFrame(index=fp.index)
    for sector in SECTORS:
        frame[f"share_{sector}"] = fp[sector].to_numpy(float) / np.maximum(uses, 1.0)
    frame["per_person"] = np.log1p(uses / n)
    frame["car_km"] = fp["car_km"].to_numpy(float) / n
    hours = fp["flights_short"].to_numpy(float) + 4.5 * fp["flights_long"].to_numpy(float)
    frame["flight_hours"] = hours / n
    frame["red_meat"] = fp["meals_red"].to_numpy(float)
    frame["oil"] = fp["heating_energy"].eq("oil").to_numpy(float)
    frame["house"] = fp["dwelling"].isin(("semi_detached", "detached")).to_numpy(float)
    frame["bike"] = fp["bike"].isin(("daily", "weekly")).to_numpy(float)
    return frame


def usage_profiles(fp: pd.DataFrame, *, seed: int = SEED) -> Profiles:
    """Cluster the households of a footprint table (``app.carbon.footprint.footprint``)."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler
    from threadpoolctl import threadpool_limits

    if len(fp) < MIN_HOUSEHOLDS:
        raise InvalidOperation("carbon.too_few_for_profiles", count=len(fp), needed=MIN_HOUSEHOLDS)
    order = np.argsort(fp["_id"].astype(str).to_numpy(), kind="stable")
    ordered = fp.iloc[order]
    raw = features(ordered)
    scaler = StandardScaler().fit(raw.to_numpy(float))
    x = scaler.transform(raw.to_numpy(float))
    sample = x
    if len(x) > CHOICE_SAMPLE:
        drawn = np.random.default_rng(seed).choice(len(x), CHOICE_SAMPLE, replace=False)
        sample = x[np.sort(drawn)]
    best: tuple[bool, float, int, Any] | None = None
    # One thread: OpenMP's threads waiting for each other cost far more than they give on a
    # busy laptop (1,500 households: 6.4 s with the default threads, 0.5 s with one, measured
    # on two cores under load; 100,000: 18 s against 2.6 s for one fit of k = 8).
    with threadpool_limits(limits=1):
        for k in K_RANGE:
            model = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(sample)
            if len(np.unique(model.labels_)) < 2:
                continue
            score = float(silhouette_score(sample, model.labels_))
            # partitions whose every profile can be shown first, then by silhouette
            large = bool(np.bincount(model.labels_).min() >= MIN_PROFILE)
            if best is None or (large, score) > best[:2]:
                best = (large, score, k, model)
        if best is None:
            raise InvalidOperation(
                "carbon.too_few_for_profiles", count=len(fp), needed=MIN_HOUSEHOLDS
            )
        _, score, k, fitted = best
        if sample is not x:
            fitted = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(x)
    clusters = fitted.labels_
    numbers = _number_by_footprint(ordered, clusters)
    mapping = {int(c): int(n) for c, n in zip(clusters, numbers, strict=True)}
    labels = pd.Series(numbers, index=ordered.index).reindex(fp.index)
    z = pd.DataFrame(x, columns=raw.columns, index=ordered.index)
    profiles = [_profile(ordered, z, numbers, number) for number in range(1, k + 1)]
    return Profiles(_unique_names(profiles), labels, k, score, scaler, fitted, mapping)


def _number_by_footprint(fp: pd.DataFrame, clusters: np.ndarray) -> np.ndarray:
    """Profile numbers 1..k from the heaviest footprint per person down (ties by size)."""
    totals = pd.DataFrame({"c": clusters, "total": fp["total"], "n": fp["occupants"]})
    sums = totals.groupby("c")[["total", "n"]].sum()
    per_person = (sums["total"] / sums["n"]).round(6)
    sizes = totals.groupby("c").size()
    ranked = sorted(per_person.index, key=lambda c: (-per_person[c], -sizes[c], c))
    mapping = {cluster: rank for rank, cluster in enumerate(ranked, start=1)}
    return np.array([mapping[c] for c in clusters])


def _profile(fp: pd.DataFrame, z: pd.DataFrame, numbers: np.ndarray, number: int) -> Profile:
    members = fp[numbers == number]
    people = float(members["occupants"].sum())
    sectors = {s: float(members[s].sum() / people) for s in SECTORS}
    means = z[numbers == number].mean()
    traits = _traits(means)
    if means["per_person"] <= -TRAIT_THRESHOLD:  # light footprints: named as such
        traits = tuple(t for t in traits if t == "bike")
        name = {lang: " · ".join([SOBER[lang], *(TRAIT_LABELS[t][lang] for t in traits)])
                for lang in SOBER}  # fmt: skip
    elif traits:
        name = {lang: " · ".join(TRAIT_LABELS[t][lang] for t in traits) for lang in SOBER}
    else:
        name = dict(AVERAGE)
    levers = tuple(sorted(SECTORS, key=lambda s: -sectors[s])[:2])
    return Profile(
        number=number,
        name=name,
        traits=traits,
        size=len(members),
        people=people,
        per_person=float(members["total"].sum() / people),
        sectors=sectors,
        levers=levers,
        household_ids=tuple(members["_id"].astype(str)),
    )


def _traits(means: pd.Series) -> tuple[str, ...]:
    """At most two traits well above the mean, one per sector (a habit says more than the
    sector's share it explains)."""
    chosen: list[str] = []
    sectors: set[str] = set()
    for name, value in means.sort_values(ascending=False, kind="stable").items():
        if name not in TRAIT_LABELS or value < TRAIT_THRESHOLD:
            continue
        sector = TRAIT_SECTORS.get(str(name), str(name).removeprefix("share_"))
        if sector not in sectors:
            chosen.append(str(name))
            sectors.add(sector)
    return tuple(chosen[:2])


def _unique_names(profiles: list[Profile]) -> list[Profile]:
    """Two profiles with the same traits get their number after the name."""
    seen: dict[str, int] = {}
    for p in profiles:
        seen[p.name["fr"]] = seen.get(p.name["fr"], 0) + 1
    out = []
    for p in profiles:
        if seen[p.name["fr"]] > 1:
            name = {lang: f"{text} ({p.number})" for lang, text in p.name.items()}
            p = replace(p, name=name)
        out.append(p)
    return out
