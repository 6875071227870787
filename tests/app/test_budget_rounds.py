"""A participatory budget round kept on the laptop (issue 16): eligibility of the projects
proposed, one ballot per household (the same ballot entered twice counts once, a different
one is refused until the first is withdrawn), a closed round takes nothing more, and the
tally is that of app.actions.budget on the ballots entered. `quartier budget` end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from app.actions.budget_rounds import election_of, eligibility, propose, tally
from app.actions.projects import save_project
from app.errors import InvalidOperation
from app.store import Store
from app.store.budget_rounds import RECORDED, REPEATED
from quartier.cli import cli


def _project(store: Store, nid: str, title: str, *amounts: int, **extra: object) -> str:
    budget = [{"label": f"ligne {i}", "amount": a} for i, a in enumerate(amounts)]
    return save_project(store, nid, {"title": title, "theme": "proteger", "budget": budget,
                                     **extra}).id  # fmt: skip


@pytest.fixture
def hood(store: Store) -> tuple[Store, str]:
    return store, store.directory.add_neighbourhood("Marolles")


def test_only_eligible_projects_are_proposed(hood: tuple[Store, str]) -> None:
    store, nid = hood
    other = store.directory.add_neighbourhood("Anneessens")
    vote = store.budget_rounds.open(nid, "Budget 2027", 1000)
    trees = _project(store, nid, "Arbres", 600, 200)
    cases = {
        "budget.over_envelope": _project(store, nid, "Trop cher", 1200),
        "budget.no_budget_lines": _project(store, nid, "Sans budget"),
        "budget.finished_project": _project(store, nid, "Fini", 100, stage="terminee"),
        "budget.other_neighbourhood": _project(store, other, "Ailleurs", 100),
    }
    for reason, pid in cases.items():
        with pytest.raises(InvalidOperation) as refused:
            propose(store, vote.id, pid)
        assert refused.value.key == "budget.not_eligible"
        assert refused.value.params["reason"].key == reason
    made = propose(store, vote.id, trees[:8])
    assert (made.code, made.cost, made.title) == ("P1", 800, "Arbres")
    assert propose(store, vote.id, cases["budget.over_envelope"], cost=900).code == "P2"
    with pytest.raises(InvalidOperation) as twice:
        propose(store, vote.id, trees)
    assert twice.value.key == "budget.project_twice"
    zero = store.projects.get(trees)
    assert eligibility(zero, 0, vote) == ["budget.zero_cost"]


def test_one_ballot_per_household_and_the_tally(hood: tuple[Store, str]) -> None:
    """Hand-computed: envelope 1000; A 600 (4 voices), B 500 (3), C 400 (2). Greedy takes A
    (600), skips B, takes C (400). Equal shares: five households, 200 each; A is bought at
    rho 150 by its four supporters (each left 50), then nobody can pay B (households 1, 2
    and 4: 50 + 50 + 200 = 300 < 500) nor C (3 and 4: 50 + 200 = 250 < 400); the completion
    by greedy then takes C with the 400 left."""
    store, nid = hood
    vote = store.budget_rounds.open(nid, "Budget 2027", 1000)
    for title, cost in (("A", 600), ("B", 500), ("C", 400)):
        propose(store, vote.id, _project(store, nid, title, cost))
    rounds = store.budget_rounds
    for household, codes in (("1", ["P1", "P2"]), ("2", ["P1", "P2"]), ("3", ["P1", "P3"]),
                             ("4", ["P2", "P3"]), ("5", ["p1"])):  # fmt: skip
        assert rounds.record_ballot(vote.id, household, codes) == RECORDED
    assert rounds.record_ballot(vote.id, " 3 ", ["P3", "P1"]) == REPEATED
    with pytest.raises(InvalidOperation) as different:
        rounds.record_ballot(vote.id, "3", ["P2"])
    assert different.value.key == "budget.household_twice"
    with pytest.raises(InvalidOperation) as unknown:
        rounds.record_ballot(vote.id, "6", ["P9"])
    assert unknown.value.key == "budget.unknown_project"
    with pytest.raises(InvalidOperation) as late:
        propose(store, vote.id, _project(store, nid, "D", 100))
    assert late.value.key == "budget.voting_started"

    election, (greedy, shares) = tally(store, vote.id)
    assert (len(election.ballots), election.repeated) == (5, ("3",))
    assert election.approvals() == {"P1": 4, "P2": 3, "P3": 2}
    assert (greedy.selected, greedy.spent) == (("P1", "P3"), 1000)
    assert shares.selected == ("P1", "P3")
    assert [(r.project, r.outcome) for r in shares.rounds] == [
        ("P1", "funded"), ("P2", "skipped"), ("P3", "completion"),
    ]  # fmt: skip

    assert rounds.withdraw(vote.id, "3") == 2
    assert rounds.record_ballot(vote.id, "3", ["P2"]) == RECORDED
    assert election_of(store, vote.id).approvals() == {"P1": 3, "P2": 4, "P3": 1}
    rounds.close(vote.id)
    with pytest.raises(InvalidOperation) as closed:
        rounds.record_ballot(vote.id, "7", ["P1"])
    assert closed.value.key == "budget.round_closed"


def test_budget_commands_from_proposal_to_printed_tally(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite"
    with Store.open(db) as store:
        nid = store.directory.add_neighbourhood("Marolles")
        pids = [_project(store, nid, t, c) for t, c in (("Bancs", 600), ("Compost", 500))]
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(cli, ["--db", str(db), "budget", *args])
        assert result.exit_code == code, result.output
        return result.output

    opened = run("open", "--title", "Budget 2027", "--envelope", "1000")
    rid = opened.split()[1][:8]
    assert run("propose", rid, pids[0][:8]).strip() == "P1 : Bancs (600 €)"
    run("propose", rid, pids[1][:8])
    run("vote", rid, "12", "P1", "P2")
    run("vote", rid, "13", "P2")
    assert "il compte une fois" in run("vote", rid, "13", "P2")
    assert "deux bulletins différents" in run("vote", rid, "13", "P1", code=1)
    assert "3 bulletin(s) encodé(s), 2 ménage(s)" in run("show", rid)
    assert "clôturé" in run("close", rid)
    out = tmp_path / "vote.pdf"
    told = run("tally", "--round", rid, "--out", str(out))
    assert "2 bulletins comptés (1 encodés deux fois)" in told
    assert "Vote glouton : P2 (500 €)" in told
    text = PdfReader(out).pages[0].extract_text() or ""
    assert "P1 — Bancs" in text and "P2 — Compost" in text and "Budget 2027" in text
    assert "12" not in text.split("Les projets")[1].split("Vote")[0], "households never printed"
    assert "--round" in run("tally", "--round", rid, "--budget", "5", "--out", str(out), code=1)


def test_numbered_paper_ballots(hood: tuple[Store, str], tmp_path: Path) -> None:
    from app.errors import PrintingError
    from app.printing.ballots import ballot_link, draw_ballots
    from app.printing.texts import Languages

    store, nid = hood
    vote = store.budget_rounds.open(nid, "Budget participatif 2027", 4000)
    out = tmp_path / "bulletins.pdf"
    with pytest.raises(PrintingError):
        draw_ballots(vote, [], 4, out)
    for title, cost in (("Arbres rue des Capucins", 2770), ("Grainothèque", 400)):
        propose(store, vote.id, _project(store, nid, title, cost))
    proposals = store.budget_rounds.proposals(vote.id)
    assert draw_ballots(vote, proposals, 6, out, Languages.parse("fr+nl"), first=17) == 2
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    assert [p.count("BULLETIN DE VOTE / STEMBILJET") for p in pages] == [4, 2]
    numbers = " ".join(pages)
    assert all(f"n° {n:03d}" in numbers for n in range(17, 23)) and "n° 023" not in numbers
    assert "P1 — Arbres rue des Capucins" in numbers and "2 770" in numbers
    assert "Un bulletin par ménage" in numbers
    assert ballot_link(vote.id, 17) == f"quartier://ballot?round={vote.id}&n=017"
