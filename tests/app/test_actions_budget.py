"""The participatory budget's tally against examples computed by hand."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from app.actions.budget import (
    COMPLETION,
    FUNDED,
    SKIPPED,
    Ballot,
    Project,
    Round,
    _price,
    election,
    equal_shares,
    greedy,
)
from app.actions.budget_files import read_ballots, read_projects
from app.errors import InvalidOperation


def ballots(*rows: tuple[str, str]) -> list[Ballot]:
    return [Ballot(household, frozenset(ids.split())) for household, ids in rows]


def test_greedy_skips_what_does_not_fit_and_exhausts_the_envelope() -> None:
    projects = [Project("A", "Bancs", 60), Project("B", "Compost", 50),
                Project("C", "Frigo", 40), Project("D", "Fresque", 10)]  # fmt: skip
    votes = ballots(("h1", "A B"), ("h2", "A B"), ("h3", "A C"), ("h4", "B C"), ("h5", "A"))
    tally = greedy(election(projects, 100, votes))
    assert tally.selected == ("A", "C")
    assert tally.spent == 100
    assert [(r.project, r.approvals, r.outcome, r.left) for r in tally.rounds] == [
        ("A", 4, FUNDED, 40), ("B", 3, SKIPPED, 40), ("C", 2, FUNDED, 0),
        ("D", 0, SKIPPED, 0),  # nobody approved it: never funded, even when it would fit
    ]  # fmt: skip


def test_equal_shares_then_completion_on_the_same_election() -> None:
    projects = [Project("A", "Bancs", 60), Project("B", "Compost", 50),
                Project("C", "Frigo", 40), Project("D", "Fresque", 10)]  # fmt: skip
    votes = ballots(("h1", "A B"), ("h2", "A B"), ("h3", "A C"), ("h4", "B C"), ("h5", "A"))
    # 20 € a household; A costs 15 to each of its 4 supporters (B: 50/3, C: 20), so A first;
    # then B's supporters hold 5 + 5 + 20 < 50 and C's 5 + 20 < 40: equal shares stops
    pure = equal_shares(election(projects, 100, votes), complete=False)
    assert pure.selected == ("A",)
    assert pure.rounds[0].rho == 15
    completed = equal_shares(election(projects, 100, votes))
    assert completed.selected == ("A", "C")
    assert [(r.project, r.outcome, r.left) for r in completed.rounds] == [
        ("A", FUNDED, 40),
        ("B", SKIPPED, 40),
        ("C", COMPLETION, 0),
        ("D", SKIPPED, 0),
    ]


def test_equal_shares_gives_a_minority_its_share_where_greedy_does_not() -> None:
    projects = [Project("X1", "Piste cyclable", 50), Project("X2", "Parking vélo", 50),
                Project("Y", "Potager", 40)]  # fmt: skip
    votes = ballots(*[(f"m{i}", "X1 X2") for i in range(6)], *[(f"n{i}", "Y") for i in range(4)])
    vote = election(projects, 100, votes)
    assert greedy(vote).selected == ("X1", "X2")
    tally = equal_shares(vote)
    # 10 € a household: X1 and X2 cost 50/6 to each of 6, a tie broken by id (X1); then the
    # majority holds 6 × 5/3 = 10 < 50, while the minority's 4 × 10 buys Y at 10 each
    assert tally.selected == ("X1", "Y")
    assert [(r.project, r.rho) for r in tally.rounds if r.outcome == FUNDED] == [
        ("X1", Fraction(25, 3)),
        ("Y", Fraction(10)),
    ]
    assert tally.rounds[-1] == Round("X2", 6, 50, SKIPPED, Fraction(10))


def test_ties_go_to_more_approvals_then_the_cheaper_then_the_id() -> None:
    projects = [Project("b", "B", 30), Project("a", "A", 30), Project("c", "C", 20)]
    votes = ballots(("h1", "a b c"), ("h2", "a b c"))
    assert greedy(election(projects, 50, votes)).selected == ("c", "a")


def test_equal_shares_stops_when_every_household_has_spent_its_share() -> None:
    projects = [Project("P", "Fête", 30), Project("Q", "Affiches", 10)]
    votes = ballots(("h1", "P Q"), ("h2", "P"), ("h3", "P"))
    tally = equal_shares(election(projects, 30, votes))
    assert tally.selected == ("P",) and tally.spent == 30
    assert [(r.project, r.outcome) for r in tally.rounds] == [("P", FUNDED), ("Q", SKIPPED)]


def test_price_with_uneven_money() -> None:
    # min(1, 4) + 4 + 4 = 9
    assert _price(9, [Fraction(5), Fraction(1), Fraction(5)]) == 4
    assert _price(12, [Fraction(5), Fraction(1), Fraction(5)]) is None
    assert _price(5, []) is None


def test_a_ballot_entered_twice_counts_once() -> None:
    projects = [Project("A", "Bancs", 10), Project("B", "Compost", 10)]
    vote = election(projects, 10, ballots(("h1", "A"), ("h2", "B"), ("h1", "A"), ("h3", "B")))
    assert len(vote.ballots) == 3 and vote.repeated == ("h1",)
    assert vote.approvals() == {"A": 1, "B": 2}
    assert greedy(vote).selected == ("B",)


def test_two_different_ballots_of_one_household_are_refused() -> None:
    projects = [Project("A", "Bancs", 10), Project("B", "Compost", 10)]
    with pytest.raises(InvalidOperation) as caught:
        election(projects, 10, ballots(("h1", "A"), ("h1", "B")))
    assert caught.value.key == "budget.household_twice"


@pytest.mark.parametrize(
    ("projects", "budget", "votes", "key"),
    [
        ([Project("A", "x", 0)], 10, [], "budget.bad_cost"),
        ([Project("A", "x", 5), Project("A", "y", 5)], 10, [], "budget.project_twice"),
        ([Project("A", "x", 5)], 0, [], "budget.bad_budget"),
        ([Project("A", "x", 5)], 10, ballots(("h1", "A Z")), "budget.unknown_project"),
    ],
)
def test_bad_inputs_are_refused_with_a_keyed_message(
    projects: list[Project], budget: int, votes: list[Ballot], key: str
) -> None:
    with pytest.raises(InvalidOperation) as caught:
        election(projects, budget, votes)
    assert caught.value.key == key


def test_csv_files_with_commas_or_semicolons(tmp_path: Path) -> None:
    projects = tmp_path / "projets.csv"
    projects.write_text("id;title;cost\nA;Bancs sur la place;1 200\nB;Compost;800\n")
    votes = tmp_path / "bulletins.csv"
    votes.write_text("household,projects\n12 rue Haute,A B\n\n14 rue Haute,B\n")
    assert read_projects(projects) == [Project("A", "Bancs sur la place", 1200),
                                       Project("B", "Compost", 800)]  # fmt: skip
    assert read_ballots(votes) == ballots(("12 rue Haute", "A B"), ("14 rue Haute", "B"))
    votes.write_text("menage,choix\nx,A\n")
    with pytest.raises(InvalidOperation) as caught:
        read_ballots(votes)
    assert caught.value.key == "budget.missing_columns"
    projects.write_text("id,title,cost\nA,Bancs,beaucoup\n")
    with pytest.raises(InvalidOperation) as caught:
        read_projects(projects)
    assert caught.value.key == "budget.bad_cost"
