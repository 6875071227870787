"""The participatory budget's rules (app.actions.budget) against pabutools, the reference
implementation, on a few hundred generated elections: greedy by approval against
``greedy_utilitarian_welfare`` with cost utilities (satisfaction per euro = approvals), and the
Method of Equal Shares without completion against ``method_of_equal_shares`` with approval
utilities (``Cardinality_Sat``), both with our tie order given to pabutools.

pabutools pulls in gurobipy and pulp: it is never a dependency of Quartier. Install it by hand
in a development environment (``pip install pabutools``); without it this bench says so and
stops.
"""

from __future__ import annotations

import random
import time
from typing import Any

from app.actions.budget import Ballot, Election, Project, election, equal_shares, greedy
from bench.report import figure

ELECTIONS = 300
SEED = 16


def generate(rng: random.Random, tied: bool) -> Election:
    """4 to 10 projects of 100 to 5,000 € (``tied``: of 500, 1,000 or 1,500 €, so that equal
    approvals and equal prices abound), 5 to 60 households approving 1 to 4 projects each,
    every project approved at least once (neither rule funds a project nobody wants, while
    pabutools' greedy would), an envelope of a quarter to three quarters of the total cost."""

    def cost() -> int:
        return rng.choice((500, 1000, 1500)) if tied else rng.randint(100, 5000)

    projects = [Project(f"p{i:02d}", f"Projet {i}", cost()) for i in range(rng.randint(4, 10))]
    ids = [p.id for p in projects]
    ballots = [Ballot(f"h{h}", frozenset(rng.sample(ids, rng.randint(1, min(4, len(ids))))))
               for h in range(rng.randint(5, 60))]  # fmt: skip
    approved = set().union(*(b.approved for b in ballots))
    ballots += [Ballot(f"x{p}", frozenset({p})) for p in ids if p not in approved]
    total = sum(p.cost for p in projects)
    return election(projects, rng.randint(total // 4, total * 3 // 4), ballots)


def reference(vote: Election) -> tuple[set[str], set[str]]:
    """pabutools' greedy and equal shares outcomes of ``vote``."""
    from pabutools.election import (
        ApprovalBallot,
        ApprovalProfile,
        Cardinality_Sat,
        Cost_Sat,
        Instance,
    )
    from pabutools.election import Project as PabuProject
    from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares
    from pabutools.tiebreaking import TieBreakingRule

    projects = {p.id: PabuProject(p.id, p.cost) for p in vote.projects}
    instance = Instance(projects.values(), budget_limit=vote.budget)
    profile = ApprovalProfile([ApprovalBallot({projects[i] for i in b.approved})
                               for b in vote.ballots])  # fmt: skip
    approvals = vote.approvals()

    def order(_instance: Any, _profile: Any, project: Any) -> tuple[int, int, str]:
        return (-approvals[project.name], project.cost, project.name)

    tie = TieBreakingRule(order)
    found_greedy = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat,
                                              tie_breaking=tie)  # fmt: skip
    found_mes = method_of_equal_shares(instance, profile, sat_class=Cardinality_Sat,
                                       tie_breaking=tie)  # fmt: skip
    return {p.name for p in found_greedy}, {p.name for p in found_mes}


def main() -> None:
    try:
        import pabutools  # noqa: F401
    except ImportError:
        print("pabutools absent (pip install pabutools, never in Quartier): bench skipped")
        return
    rng = random.Random(SEED)
    agree_greedy = agree_mes = 0
    ours_time = theirs_time = 0.0
    for index in range(ELECTIONS):
        vote = generate(rng, tied=index % 2 == 1)
        started = time.perf_counter()
        ours = set(greedy(vote).selected), set(equal_shares(vote, complete=False).selected)
        ours_time += time.perf_counter() - started
        started = time.perf_counter()
        theirs = reference(vote)
        theirs_time += time.perf_counter() - started
        agree_greedy += ours[0] == theirs[0]
        agree_mes += ours[1] == theirs[1]
        if ours != theirs:
            print(f"  différent : {vote.budget} € {vote.projects} -> {ours} / {theirs}")
    figure("greedy by approval = pabutools", agree_greedy, "elections",
           f"{ELECTIONS}", agree_greedy == ELECTIONS)  # fmt: skip
    figure("equal shares = pabutools", agree_mes, "elections", f"{ELECTIONS}",
           agree_mes == ELECTIONS)  # fmt: skip
    figure("ours, ms per election (both rules)", ours_time * 1000 / ELECTIONS, "ms")
    figure("pabutools, ms per election (both rules)", theirs_time * 1000 / ELECTIONS, "ms")


if __name__ == "__main__":
    main()
