"""The carbon diagnosis of a campaign, as the coach's tab, the report's chapter and the poster
show it: the footprint by sector per person and per household with 95 % intervals, the usage
profiles that can be shown (never one of fewer than ``MIN_PROFILE`` households), the levers
ranked by potential, for everyone and for each profile, and the second diagnosis against an
earlier campaign of the same neighbourhood when there is one.

Computed once, off the UI thread, from datasets loaded with raw values (``lang=None``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from app.carbon.factor_table import FactorTable
from app.carbon.levers import LeverEffect, LeverSavings
from app.carbon.outputs import CampaignFootprint, campaign_footprint
from app.carbon.profiles import MIN_PROFILE, Profile, Profiles, usage_profiles
from app.carbon.summary import (
    RESAMPLES,
    Change,
    GroupChange,
    Summary,
    compare,
    compare_groups,
    summarise,
)
from app.dataset import Dataset
from app.errors import InvalidOperation

#: The levers named for each profile (its largest savings).
PROFILE_LEVERS = 2
#: No footprint from fewer households: the analysis' rule of honest figures
#: (app.analysis.MIN_HOUSEHOLDS), a mean of three households points at three doors.
MIN_HOUSEHOLDS = 5


@dataclass(frozen=True)
class ProfileView:
    profile: Profile
    #: Mean kg CO2e per household and year.
    per_household: float
    #: The profile's own largest savings, largest first.
    levers: tuple[LeverEffect, ...]


@dataclass(frozen=True)
class SecondDiagnosis:
    """The earlier campaign's households against this one's, by sector and in total."""

    households_before: int
    people_before: float
    changes: list[Change]
    #: The profiles formed on the earlier campaign (its households), this campaign's households
    #: assigned to them by the same fit; empty when the earlier campaign had too few households.
    profiles_before: list[Profile] = field(default_factory=list)
    #: Each of those profiles of at least MIN_PROFILE households in both rounds, in order.
    by_profile: list[GroupChange] = field(default_factory=list)
    #: Households of the profiles left out (too small in one round or the other).
    hidden_before: int = 0
    hidden_after: int = 0

    def profile(self, number: int) -> Profile:
        return next(p for p in self.profiles_before if p.number == number)

    def change(self, sector: str) -> Change:
        return next(c for c in self.changes if c.sector == sector)


@dataclass(frozen=True)
class Diagnosis:
    table: FactorTable
    #: One row per household (``app.carbon.footprint.footprint``).
    households: pd.DataFrame
    #: Interviews that count but answered no usage question (left out).
    without_usage: int
    summary: Summary
    #: The profiles shown (each of at least MIN_PROFILE households), heaviest first; empty
    #: when there are too few households to form any (``profiles_needed`` then says how many).
    profiles: list[ProfileView]
    #: Households in profiles too small to be shown.
    hidden_households: int
    profiles_needed: int | None
    k: int
    silhouette: float
    #: Every lever on every household surveyed, the largest saving first.
    levers: list[LeverEffect]
    second: SecondDiagnosis | None

    @property
    def people(self) -> float:
        return self.summary.people


def diagnose(
    dataset: Dataset,
    table: FactorTable,
    *,
    earlier: Dataset | None = None,
    resamples: int = RESAMPLES,
) -> Diagnosis:
    """The diagnosis of ``dataset``'s campaign, compared with ``earlier`` when given and when
    it has households that answered the usage questions. Raises ``carbon.no_households``
    when no household of ``dataset`` answered them, ``carbon.too_few_households`` when fewer
    than MIN_HOUSEHOLDS did."""
    result = campaign_footprint(dataset, table)
    fp = result.households
    if len(fp) < MIN_HOUSEHOLDS:
        raise InvalidOperation("carbon.too_few_households", count=len(fp), needed=MIN_HOUSEHOLDS)
    summary = summarise(fp, table, resamples=resamples)
    profiles, needed = _profiles(fp)
    savings = LeverSavings.of(fp, table)
    views = []
    if profiles is not None:
        for profile in profiles.shown():
            members = (profiles.labels == profile.number).to_numpy()
            effects = savings.effects(members)
            views.append(
                ProfileView(
                    profile=profile,
                    per_household=float(fp.loc[members, "total"].mean()),
                    levers=tuple(e for e in effects[:PROFILE_LEVERS] if e.tonnes > 0),
                )
            )
    return Diagnosis(
        table=table,
        households=fp,
        without_usage=result.without_usage,
        summary=summary,
        profiles=views,
        hidden_households=profiles.hidden_households() if profiles is not None else 0,
        profiles_needed=needed,
        k=profiles.k if profiles is not None else 0,
        silhouette=profiles.silhouette if profiles is not None else 0.0,
        levers=savings.effects(),
        second=_second(earlier, result, table, resamples),
    )


def _profiles(fp: pd.DataFrame) -> tuple[Profiles | None, int | None]:
    try:
        return usage_profiles(fp), None
    except InvalidOperation as error:
        if error.key != "carbon.too_few_for_profiles":
            raise
        return None, int(error.params["needed"])


def _second(
    earlier: Dataset | None, now: CampaignFootprint, table: FactorTable, resamples: int
) -> SecondDiagnosis | None:
    if earlier is None:
        return None
    try:
        before = campaign_footprint(earlier, table)
    except InvalidOperation as error:
        if error.key != "carbon.no_households":
            raise
        return None
    fp = before.households
    if len(fp) < MIN_HOUSEHOLDS:
        return None
    profiles, _ = _profiles(fp)
    by_profile: list[GroupChange] = []
    hidden = (0, 0)
    if profiles is not None:
        after = profiles.assign(now.households)
        by_profile, *rest = compare_groups(
            fp, profiles.labels, now.households, after, minimum=MIN_PROFILE, resamples=resamples
        )
        hidden = (rest[0], rest[1])
    return SecondDiagnosis(
        households_before=len(fp),
        people_before=float(fp["occupants"].sum()),
        changes=compare(fp, now.households, resamples=resamples),
        profiles_before=profiles.profiles if profiles is not None else [],
        by_profile=by_profile,
        hidden_before=hidden[0],
        hidden_after=hidden[1],
    )


__all__ = ["MIN_PROFILE", "Diagnosis", "ProfileView", "SecondDiagnosis", "diagnose"]
