"""A participatory budget round kept in the store (issue 16): who may be proposed, and the
tally of the ballots entered, by the rules of ``app.actions.budget`` (greedy by approval and
the Method of Equal Shares).

A project may be proposed when it is one of the round's neighbourhood, not deleted, not
finished, has a budget (its cost defaults to the total of its budget lines) and costs more
than nothing and no more than the envelope (``eligibility`` says why not, one reason a line).
"""

from __future__ import annotations

from app.actions.budget import Ballot, Election, Project, Tally, election, equal_shares, greedy
from app.actions.id_prefix import by_id_prefix
from app.actions.projects import budget_total, find_project
from app.actions.themes import FINISHED
from app.errors import InvalidOperation
from app.records import ProjectRecord
from app.store import Store
from app.store.budget_rounds import ProposalRecord, RoundRecord
from sync.wire.errors import Phrase

#: Why a project may not be proposed: message keys of app.messages.
NOT_HERE = "budget.other_neighbourhood"
DELETED = "budget.deleted_project"
DONE = "budget.finished_project"
NO_BUDGET = "budget.no_budget_lines"
TOO_DEAR = "budget.over_envelope"
NOTHING = "budget.zero_cost"


def eligibility(project: ProjectRecord, cost: int, round_: RoundRecord) -> list[str]:
    """The reasons (message keys) why ``project`` at ``cost`` may not be proposed in
    ``round_``; none: it may."""
    reasons = []
    if project.neighbourhood_id != round_.neighbourhood_id:
        reasons.append(NOT_HERE)
    if project.deleted:
        reasons.append(DELETED)
    if project.stage == FINISHED:
        reasons.append(DONE)
    if not project.data.get("budget"):
        reasons.append(NO_BUDGET)
    if cost <= 0:
        reasons.append(NOTHING)
    elif cost > round_.envelope:
        reasons.append(TOO_DEAR)
    return reasons


def find_round(store: Store, ref: str) -> RoundRecord:
    """A round by its id or its first characters (at least 4)."""
    rounds = store.budget_rounds.all()
    return by_id_prefix(rounds, ref, ("record.not_found", "id"), "project.ambiguous")


def propose(
    store: Store, round_id: str, project_ref: str, cost: int | None = None
) -> ProposalRecord:
    """Propose a project in a round, at ``cost`` (default: its budget's total), after the
    eligibility checks; refused with the first reason (``budget.not_eligible``)."""
    round_ = store.budget_rounds.get(round_id)
    project = find_project(store, project_ref)
    price = budget_total(project.data) if cost is None else cost
    reasons = eligibility(project, price, round_)
    if reasons:
        raise InvalidOperation(
            "budget.not_eligible",
            project=project.title,
            reason=Phrase(reasons[0], {"cost": price, "envelope": round_.envelope}),
        )
    return store.budget_rounds.propose(round_id, project.id, project.title, price)


def election_of(store: Store, round_id: str) -> Election:
    """The round's election: its proposals (by code) and one ballot per household."""
    round_ = store.budget_rounds.get(round_id)
    projects = [Project(p.code, p.title, p.cost) for p in store.budget_rounds.proposals(round_id)]
    if not projects:
        raise InvalidOperation("budget.no_proposals", title=round_.title)
    ballots = [
        Ballot(b.household, frozenset(b.approved)) for b in store.budget_rounds.ballots(round_id)
    ]
    return election(projects, round_.envelope, ballots)


def tally(store: Store, round_id: str) -> tuple[Election, list[Tally]]:
    """Both rules' outcomes, greedy first."""
    vote = election_of(store, round_id)
    return vote, [greedy(vote), equal_shares(vote)]
