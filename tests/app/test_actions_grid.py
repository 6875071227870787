"""The benchmark grid: the level rule, gap detection, and the grid built from a store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.actions.grid import (
    GAP_RULE,
    LEVEL_RULE,
    MANY_ACTIONS,
    WIDE_REACH,
    Action,
    Needs,
    build_grid,
    grid_of,
    level,
)
from app.actions.themes import NEED_THEMES, STAGES, theme_labels
from app.analysis import MIN_HOUSEHOLDS
from app.review import REJECTED
from app.store import Store
from survey_forms.builtin import ACTION_FORM, INTERVIEW_FORM, load_builtin
from survey_forms.builtin.build import THEMES


@pytest.mark.parametrize(
    ("stages", "reached", "expected"),
    [
        ({}, 0, 0),
        ({"idee": 3, "en_preparation": 1}, 500, 1),
        ({"en_cours": 1}, 0, 2),
        ({"terminee": 1, "idee": 4}, 400, 2),  # one action under way is not enough for 3
        ({"en_cours": 1, "terminee": 1}, WIDE_REACH - 1, 2),
        ({"en_cours": 1, "terminee": 1}, WIDE_REACH, 3),
        ({"en_cours": MANY_ACTIONS}, 1000, 3),
    ],
)
def test_level_rule(stages: dict[str, int], reached: int, expected: int) -> None:
    assert level(stages, reached) == expected


def test_the_legend_states_the_rule_with_its_thresholds() -> None:
    assert set(LEVEL_RULE) == {0, 1, 2, 3}
    for texts in (*LEVEL_RULE.values(), GAP_RULE):
        assert set(texts) == {"fr", "nl", "en"}
    assert f"{WIDE_REACH} personnes" in LEVEL_RULE[3]["fr"]
    assert f"{MIN_HOUSEHOLDS} ménages" in GAP_RULE["fr"]


def test_every_diagnosis_theme_maps_to_a_grid_theme() -> None:
    assert set(NEED_THEMES) == {c.name for c in THEMES}
    assert set(NEED_THEMES.values()) <= set(theme_labels())
    assert list(theme_labels()) == ["habiter", "circuler", "se_nourrir", "proteger", "cultiver",
                                    "travailler", "consommer"]  # fmt: skip


def test_cells_count_stages_reach_and_gaps() -> None:
    hoods = [("n1", "Marolles"), ("n2", "Anneessens")]
    actions = [
        Action("n1", "se_nourrir", "en_cours", 30),
        Action("n1", "se_nourrir", "terminee", 25),
        Action("n1", "se_nourrir", "idee"),
        Action("n1", "circuler", "idee"),
        Action("n2", "consommer", "en_preparation", 5),
        Action("n3", "consommer", "en_cours", 99),  # another neighbourhood: not in this grid
        Action("n1", "astrologie", "en_cours", 99),  # unknown theme: left out
    ]
    needs = {
        ("n1", "proteger"): Needs(households=MIN_HOUSEHOLDS),  # enough households: a gap
        ("n1", "habiter"): Needs(households=MIN_HOUSEHOLDS - 1),  # too few: no gap
        ("n2", "habiter"): Needs(items=1),  # the inventory records a need: a gap
        ("n1", "circuler"): Needs(households=40),  # an idea exists: not a gap
    }
    grid = grid_of(hoods, actions, needs)
    assert [row.name for row in grid.rows] == ["Marolles", "Anneessens"]
    food = grid.rows[0].cells["se_nourrir"]
    assert food.stages == {"idee": 1, "en_preparation": 0, "en_cours": 1, "terminee": 1}
    assert (food.actions, food.reached, food.level, food.gap) == (3, 55, 3, False)
    gaps = {(row.name, theme) for row in grid.rows for theme, c in row.cells.items() if c.gap}
    assert gaps == {("Marolles", "proteger"), ("Anneessens", "habiter")}
    assert grid.rows[1].cells["consommer"].level == 1
    assert grid.rows[1].cells["consommer"].reached == 5


def _finalize(store: Store, form_id: str, campaign: str, answers: dict[str, Any]) -> str:
    form = load_builtin(form_id)
    draft = store.submissions.save_draft(form_id, form.version, answers, campaign_id=campaign)
    return store.submissions.finalize(draft.id).id


@pytest.fixture
def three_neighbourhoods(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "coach.sqlite")
    store.forms.ensure_builtin()
    for name, trees, actions in [
        ("Marolles", 6, [("proteger", "idee", 0), ("se_nourrir", "en_cours", 60)]),
        ("Anneessens", 5, []),
        ("Cureghem", 2, [("consommer", "terminee", 30), ("consommer", "en_cours", 30)]),
    ]:
        nid = store.directory.add_neighbourhood(name, commune="Bruxelles")
        campaign = store.directory.add_campaign(nid, "Diagnostic")
        for index in range(trees):
            _finalize(store, INTERVIEW_FORM, campaign, {"consent": "no", "street": f"Rue {index}",
                      "household_size": 2, "needs": ["trees"]})  # fmt: skip
        for theme, stage, reach in actions:
            _finalize(store, ACTION_FORM, campaign, {"theme": theme, "title": f"{name} {theme}",
                      "stage": stage, "reach": reach})  # fmt: skip
        if name == "Cureghem":
            store.inventory.save(nid, {"kind": "need", "theme": "mobilite", "name": "Traversée",
                                       "address": "Rue Ropsy-Chaudron"})  # fmt: skip
    return store


def test_grid_from_a_coach_laptop(three_neighbourhoods: Store) -> None:
    with three_neighbourhoods as store:
        grid = build_grid(store)
        cells = {row.name: row.cells for row in grid.rows}
        assert list(cells) == ["Anneessens", "Cureghem", "Marolles"]  # by name
        assert cells["Marolles"]["proteger"].level == 1 and not cells["Marolles"]["proteger"].gap
        assert cells["Marolles"]["se_nourrir"].reached == 60
        assert cells["Anneessens"]["proteger"].gap  # five households asked for trees
        assert cells["Anneessens"]["proteger"].needs == Needs(households=5)
        assert not cells["Cureghem"]["proteger"].gap  # two households: too few to speak
        assert cells["Cureghem"]["circuler"].gap  # the inventory's need
        assert cells["Cureghem"]["consommer"].level == 3
        assert all(set(c.stages) == set(STAGES) for row in cells.values() for c in row.values())
        one = build_grid(store, [grid.rows[0].neighbourhood_id])
        assert [row.name for row in one.rows] == ["Anneessens"]


def test_a_corrected_action_counts_once_at_its_new_stage_and_a_rejected_one_not(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "one.sqlite") as store:
        store.forms.ensure_builtin()
        nid = store.directory.add_neighbourhood("Marolles")
        campaign = store.directory.add_campaign(nid, "Diagnostic")
        first = _finalize(store, ACTION_FORM, campaign,
                          {"theme": "circuler", "title": "Vélos", "stage": "idee"})  # fmt: skip
        draft = store.submissions.correct(first)
        store.submissions.finalize(draft.id, {**draft.answers, "stage": "en_cours", "reach": 12})
        cell = build_grid(store).rows[0].cells["circuler"]
        assert cell.stages["idee"] == 0 and cell.stages["en_cours"] == 1 and cell.reached == 12
        wrong = _finalize(store, ACTION_FORM, campaign,
                          {"theme": "circuler", "title": "Doublon", "stage": "idee"})  # fmt: skip
        assert build_grid(store).rows[0].cells["circuler"].actions == 2
        store.reviews.set([wrong], REJECTED, "doublon")
        assert build_grid(store).rows[0].cells["circuler"].actions == 1
