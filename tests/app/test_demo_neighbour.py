"""The demo's neighbour (issue 16): with ``neighbour``, the coach's laptop holds the Marolles
and next door Anneessens, so that the benchmark grid compares two neighbourhoods; the Marolles
stay the laptop's neighbourhood and campaign, and the rest of the demo does not change."""

from __future__ import annotations

from pathlib import Path

from app.actions.grid import build_grid
from app.demo import build_demo
from app.store import Key, Store


def cells(store: Store) -> dict[tuple[str, str], tuple[int, bool, int, int]]:
    return {
        (row.name, theme): (cell.level, cell.gap, cell.actions, cell.reached)
        for row in build_grid(store).rows
        for theme, cell in row.cells.items()
    }


def test_the_demo_with_its_neighbour_has_actions_in_two_neighbourhoods(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    build_demo(db, households=40, neighbour=True)
    with Store.open(db) as store:
        hoods = {n["name"]: n["id"] for n in store.directory.neighbourhoods()}
        assert list(hoods) == ["Anneessens", "Marolles"]
        assert store.settings.get(Key.NEIGHBOURHOOD) == hoods["Marolles"]
        found = cells(store)
        assert found["Anneessens", "proteger"] == (3, False, 2, 95)  # where the Marolles lack
        assert found["Marolles", "proteger"][:3] == (0, True, 0)
        assert found["Anneessens", "consommer"][:3] == (0, True, 0)  # its inventory's need
        assert found["Marolles", "se_nourrir"] == (3, False, 2, 65)
        assert sum(actions for _level, _gap, actions, _reached in found.values()) == 12
        [vote] = store.budget_rounds.all()  # the Marolles' round, as without the neighbour
        assert vote.neighbourhood_id == hoods["Marolles"]
        assert store.budget_rounds.all(hoods["Anneessens"]) == []
        grid = found
    again = tmp_path / "again.sqlite"
    build_demo(again, households=40, neighbour=True)
    with Store.open(again) as store:
        assert cells(store) == grid, "the same seed, the same grid"
    alone = tmp_path / "alone.sqlite"
    build_demo(alone, households=40)
    with Store.open(alone) as store:
        assert [n["name"] for n in store.directory.neighbourhoods()] == ["Marolles"]
        marolles = {k: v for k, v in grid.items() if k[0] == "Marolles"}
        assert cells(store) == marolles, "the Marolles are the same with or without it"
