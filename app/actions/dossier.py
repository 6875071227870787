"""What a subsidy dossier says about a project (issue 16): its sheet, the diagnosis that
justifies it (households by theme, the needs it answers, the inventory), the savings of its
carbon levers on the households surveyed, and its place in participatory budget rounds.
Counts of households only, never an answer; the printed dossier is ``app.printing.dossier``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.actions.budget import GREEDY, Tally
from app.actions.budget_rounds import tally
from app.actions.project_photos import Photo, photos_of
from app.actions.projects import Diagnosis, diagnosis_of
from app.analysis import MIN_HOUSEHOLDS
from app.errors import InvalidOperation
from app.records import ProjectRecord
from app.store import Store
from app.store.budget_rounds import ProposalRecord, RoundRecord


@dataclass(frozen=True)
class LeverSaving:
    """A linked carbon lever's saving on the households surveyed (t CO2e a year)."""

    key: str
    tonnes: float
    per_person: float
    households: int


@dataclass(frozen=True)
class RoundOutcome:
    """The project in a participatory budget round: its code, its approvals, and whether
    each rule funded it (only once the round is closed)."""

    round: RoundRecord
    proposal: ProposalRecord
    approvals: int
    ballots: int
    funded: dict[str, bool]


@dataclass(frozen=True)
class Dossier:
    project: ProjectRecord
    diagnosis: Diagnosis
    #: Households whose usage answers the savings come from (0: no carbon figure).
    carbon_households: int
    savings: list[LeverSaving]
    rounds: list[RoundOutcome]
    #: The end-of-project report's photos, in the sheet's order.
    photos: list[Photo] = field(default_factory=list)


def dossier_of(store: Store, project: ProjectRecord, campaign_id: str | None = None) -> Dossier:
    diagnosis = diagnosis_of(store, project.neighbourhood_id, campaign_id)
    households, savings = _savings(store, project, diagnosis)
    return Dossier(
        project, diagnosis, households, savings, _rounds(store, project), photos_of(store, project)
    )


def _savings(
    store: Store, project: ProjectRecord, diagnosis: Diagnosis
) -> tuple[int, list[LeverSaving]]:
    """The linked levers' savings, when at least MIN_HOUSEHOLDS households answered the
    carbon diagnosis' questions (Belgian factors)."""
    keys = project.data.get("levers", [])
    if not keys or not diagnosis.has_carbon:
        return 0, []
    from app.carbon.factor_table import load_factors
    from app.carbon.levers import LEVERS, lever_effects
    from app.carbon.outputs import campaign_footprint
    from app.dataset import load_dataset

    campaign = diagnosis.campaign["id"] if diagnosis.campaign else None
    dataset = load_dataset(store, campaign_id=campaign, neighbourhood_id=project.neighbourhood_id)
    table = load_factors("be")
    try:
        fp = campaign_footprint(dataset, table).households
    except InvalidOperation:
        return 0, []
    if len(fp) < MIN_HOUSEHOLDS:
        return 0, []
    chosen = tuple(lever for lever in LEVERS if lever.key in keys)
    effects = lever_effects(fp, table, levers=chosen)
    return len(fp), [
        LeverSaving(e.lever.key, e.tonnes, e.per_person, e.households) for e in effects
    ]


def _rounds(store: Store, project: ProjectRecord) -> list[RoundOutcome]:
    found = []
    for round_ in store.budget_rounds.all(project.neighbourhood_id):
        proposal = next(
            (p for p in store.budget_rounds.proposals(round_.id) if p.project_id == project.id),
            None,
        )
        if proposal is None:
            continue
        vote, tallies = tally(store, round_.id)
        funded = _funded(tallies, proposal.code) if round_.closed_at else {}
        found.append(
            RoundOutcome(round_, proposal, vote.approvals()[proposal.code], len(vote.ballots),
                         funded)
        )  # fmt: skip
    return found


def _funded(tallies: list[Tally], code: str) -> dict[str, bool]:
    return {t.rule: code in t.selected for t in sorted(tallies, key=lambda t: t.rule != GREEDY)}
