"""The demo holds the issue's way through (issue 16): a gap of the grid made a project, the
group's other projects, and a closed participatory budget round whose tally and dossier
print."""

from __future__ import annotations

from pathlib import Path

from app.actions.budget_rounds import tally
from app.actions.dossier import dossier_of
from app.actions.grid import build_grid
from app.demo import build_demo
from app.store import Store


def test_the_demo_has_projects_and_a_closed_budget_round(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    build_demo(db, households=80)
    with Store.open(db) as store:
        projects = store.projects.all()
        assert [p.theme for p in projects] == ["circuler", "consommer", "habiter", "proteger"]
        trees = next(p for p in projects if p.theme == "proteger")
        assert trees.data["origin"] == "gap" and trees.data["needs"][0] == "needs/trees"
        [row] = build_grid(store).rows
        assert row.cells["proteger"].gap, "the project is an idea: the gap stays until it acts"
        [vote] = store.budget_rounds.all()
        assert vote.closed_at is not None and vote.envelope == 4000
        election, (greedy, shares) = tally(store, vote.id)
        assert len(election.ballots) == 48 and election.repeated == ()
        assert greedy.spent <= 4000 and shares.spent <= 4000 and greedy.selected
        found = dossier_of(store, trees)
        assert found.rounds[0].proposal.code == "P1" and found.rounds[0].funded
        ballots = [b.approved for b in store.budget_rounds.ballots(vote.id)]
    again = tmp_path / "again.sqlite"
    build_demo(again, households=80)
    with Store.open(again) as store:
        [other] = store.budget_rounds.all()
        same = [b.approved for b in store.budget_rounds.ballots(other.id)]
    assert same == ballots, "the same seed, the same vote"
