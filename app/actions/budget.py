"""The participatory budget's tally: two well-known rules over approval ballots, computed
exactly (fractions, no rounding) and with a record of every round so that the meeting can check
the outcome by hand.

- **Greedy by approval**: projects in order of approvals; each is funded if its cost fits in
  what is left of the envelope, else skipped (the next ones may still fit).
- **Method of Equal Shares** (Peters & Skowron, "Proportionality and the Limits of Welfarism",
  EC 2020; Peters, Pierczyński & Skowron, "Proportional Participatory Budgeting with Additive
  Utilities", NeurIPS 2021), with *approval utilities* (a voter's utility for a project is 1 if
  they approve it, 0 otherwise; ``Cardinality_Sat`` in pabutools). The envelope is split equally
  between the households; a project is bought when its supporters can pay for it, each paying
  ``min(what they have left, rho)``; the project with the smallest ``rho`` goes first. The rule
  may leave money unspent: this module then *completes* the outcome with greedy by approval over
  what is left (the utilitarian completion the authors describe), and the audit marks those
  rounds as completion. The "Add1" completion (raising the households' shares step by step) is
  not implemented.

**Ties** (equal approvals for greedy, equal ``rho`` for equal shares) are broken by
``tie_order``: more approvals first, then the cheaper project, then the project id in
alphabetical order. **One ballot per household**: a ballot entered twice counts once; two
different ballots for one household are refused (the meeting must say which one stands).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from app.errors import InvalidOperation

GREEDY = "greedy"
EQUAL_SHARES = "equal_shares"
#: How a round of the audit ended.
FUNDED = "funded"
SKIPPED = "skipped"
COMPLETION = "completion"


@dataclass(frozen=True)
class Project:
    id: str
    title: str
    cost: int


@dataclass(frozen=True)
class Ballot:
    """The projects one household approves."""

    household: str
    approved: frozenset[str]


@dataclass(frozen=True)
class Round:
    """One step of a tally. ``rho`` is the equal-shares price per supporter (None for greedy
    steps); ``left`` is the envelope left after the step."""

    project: str
    approvals: int
    cost: int
    outcome: str
    left: Fraction
    rho: Fraction | None = None


@dataclass(frozen=True)
class Tally:
    rule: str
    budget: int
    selected: tuple[str, ...]
    rounds: tuple[Round, ...]

    @property
    def spent(self) -> int:
        costs = {r.project: r.cost for r in self.rounds}
        return sum(costs[p] for p in self.selected)


@dataclass(frozen=True)
class Election:
    """Projects, the envelope and the counted ballots (one per household)."""

    projects: tuple[Project, ...]
    budget: int
    ballots: tuple[Ballot, ...]
    #: Households whose ballot was entered more than once (counted once).
    repeated: tuple[str, ...] = ()

    def approvals(self) -> dict[str, int]:
        counts = dict.fromkeys((p.id for p in self.projects), 0)
        for ballot in self.ballots:
            for project in ballot.approved:
                counts[project] += 1
        return counts


def election(projects: Sequence[Project], budget: int, ballots: Iterable[Ballot]) -> Election:
    """Check the inputs and keep one ballot per household. Raises ``InvalidOperation`` for an
    unknown project, a cost that is not positive, a project listed twice, or two different
    ballots of one household."""
    if budget <= 0:
        raise InvalidOperation("budget.bad_budget", budget=budget)
    known: dict[str, Project] = {}
    for project in projects:
        if project.cost <= 0:
            raise InvalidOperation("budget.bad_cost", project=project.id, cost=project.cost)
        if project.id in known:
            raise InvalidOperation("budget.project_twice", project=project.id)
        known[project.id] = project
    kept: dict[str, Ballot] = {}
    repeated: list[str] = []
    for ballot in ballots:
        unknown = sorted(ballot.approved - known.keys())
        if unknown:
            raise InvalidOperation(
                "budget.unknown_project", household=ballot.household, project=", ".join(unknown)
            )
        first = kept.setdefault(ballot.household, ballot)
        if first is ballot:
            continue
        if first.approved != ballot.approved:
            raise InvalidOperation("budget.household_twice", household=ballot.household)
        repeated.append(ballot.household)
    return Election(tuple(projects), budget, tuple(kept.values()), tuple(dict.fromkeys(repeated)))


def tie_order(election: Election) -> list[Project]:
    """Every project in the order that breaks ties: more approvals, cheaper, then id."""
    approvals = election.approvals()
    return sorted(election.projects, key=lambda p: (-approvals[p.id], p.cost, p.id))


def greedy(election: Election) -> Tally:
    """Greedy by approval over the whole envelope."""
    rounds = _greedy_rounds(election, tie_order(election), Fraction(election.budget), FUNDED)
    selected = tuple(r.project for r in rounds if r.outcome == FUNDED)
    return Tally(GREEDY, election.budget, selected, tuple(rounds))


def _greedy_rounds(
    election: Election, order: list[Project], left: Fraction, outcome: str
) -> list[Round]:
    approvals = election.approvals()
    rounds = []
    for project in order:
        fits = project.cost <= left and approvals[project.id] > 0
        if fits:
            left -= project.cost
        rounds.append(
            Round(project.id, approvals[project.id], project.cost, outcome if fits else SKIPPED,
                  left)
        )  # fmt: skip
    return rounds


def equal_shares(election: Election, *, complete: bool = True) -> Tally:
    """The Method of Equal Shares with approval utilities; with ``complete``, the budget it
    leaves is then spent by greedy by approval over the projects not yet chosen."""
    approvals = election.approvals()
    households = len(election.ballots)
    share = Fraction(election.budget, households) if households else Fraction(0)
    money = {b.household: share for b in election.ballots}
    supporters = {
        p.id: [b.household for b in election.ballots if p.id in b.approved]
        for p in election.projects
    }
    rank = {p.id: index for index, p in enumerate(tie_order(election))}
    left = Fraction(election.budget)
    chosen: list[Project] = []
    rounds: list[Round] = []
    remaining = list(election.projects)
    while True:
        prices = {
            p.id: rho
            for p in remaining
            if (rho := _price(p.cost, [money[h] for h in supporters[p.id]])) is not None
        }
        if not prices:
            break
        best = min(prices, key=lambda pid: (prices[pid], rank[pid]))
        project = next(p for p in remaining if p.id == best)
        rho = prices[best]
        for household in supporters[best]:
            money[household] -= min(money[household], rho)
        left -= project.cost
        chosen.append(project)
        remaining.remove(project)
        rounds.append(Round(best, approvals[best], project.cost, FUNDED, left, rho))
    if complete:
        order = [p for p in tie_order(election) if p in remaining]
        rounds += _greedy_rounds(election, order, left, COMPLETION)
    selected = tuple(r.project for r in rounds if r.outcome in (FUNDED, COMPLETION))
    return Tally(EQUAL_SHARES, election.budget, selected, tuple(rounds))


def _price(cost: int, budgets: list[Fraction]) -> Fraction | None:
    """The smallest ``rho`` such that the supporters, each paying ``min(budget, rho)``, pay
    ``cost``; None when even all their money is not enough."""
    if not budgets or sum(budgets) < cost:
        return None
    paid = Fraction(0)
    ordered = sorted(budgets)
    for index, money in enumerate(ordered):
        payers = len(ordered) - index
        if money * payers >= cost - paid:
            return (cost - paid) / payers
        paid += money
    return None  # unreachable: the sum covers the cost
