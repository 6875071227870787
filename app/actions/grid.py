"""The benchmark grid (QPVerts' *grille de benchmark*): neighbourhoods × the seven themes.

Each cell counts the neighbourhood's transition actions by stage, the people they reached, a
level from 0 to 3 (``level``, the one rule, printed in the legend as ``LEVEL_RULE`` says it)
and whether the theme is a *gap*: residents expressed needs in it (``GAP_RULE``) and no action
exists. Actions are the finalized "Action de transition" forms of the neighbourhood's campaigns
(the latest version of each, rejected ones left out); needs are the interviews' choices that
carry a diagnosis theme and the inventory's items of kind "need", mapped to the grid's themes
by ``themes.NEED_THEMES``. A cell holds counts only, never a resident's answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from app.actions.themes import FINISHED, NEED_THEMES, RUNNING, STAGES, theme_labels
from app.analysis import MIN_HOUSEHOLDS, counted
from app.dataset import load_dataset
from app.errors import RecordNotFound
from app.store import Store
from survey_forms.builtin import ACTION_FORM
from survey_forms.model import Texts

#: Level 3 asks for this many actions under way or finished...
MANY_ACTIONS = 2
#: ...reaching together at least this many people.
WIDE_REACH = 50
NEED_KIND = "need"

LEVEL_RULE: dict[int, Texts] = {
    0: {"fr": "aucune action", "nl": "geen actie", "en": "no action"},
    1: {"fr": "des idées ou des actions en préparation seulement",
        "nl": "enkel ideeën of acties in voorbereiding",
        "en": "only ideas or actions in preparation"},
    2: {"fr": "au moins une action en cours ou terminée",
        "nl": "minstens één lopende of afgeronde actie",
        "en": "at least one action under way or finished"},
    3: {"fr": f"au moins {MANY_ACTIONS} actions en cours ou terminées et au moins {WIDE_REACH} "
              "personnes touchées",
        "nl": f"minstens {MANY_ACTIONS} lopende of afgeronde acties en minstens {WIDE_REACH} "
              "bereikte mensen",
        "en": f"at least {MANY_ACTIONS} actions under way or finished and at least {WIDE_REACH} "
              "people reached"},
}  # fmt: skip
GAP_RULE: Texts = {
    "fr": f"besoin sans action : au moins {MIN_HOUSEHOLDS} ménages interrogés ont cité un besoin "
    "du thème, ou l'état des lieux note un besoin, et aucune action n'existe",
    "nl": f"nood zonder actie: minstens {MIN_HOUSEHOLDS} bevraagde huishoudens noemden een nood "
    "van het thema, of de stand van zaken vermeldt een nood, en er bestaat geen actie",
    "en": f"need without action: at least {MIN_HOUSEHOLDS} households interviewed named a need "
    "of the theme, or the inventory records a need, and no action exists",
}


def level(stages: Mapping[str, int], reached: int) -> int:
    """The cell's level, as ``LEVEL_RULE`` words it."""
    under_way = stages.get(RUNNING, 0) + stages.get(FINISHED, 0)
    if under_way >= MANY_ACTIONS and reached >= WIDE_REACH:
        return 3
    if under_way:
        return 2
    return 1 if any(stages.values()) else 0


@dataclass(frozen=True)
class Action:
    neighbourhood_id: str
    theme: str
    stage: str
    reached: int = 0
    title: str = ""


@dataclass(frozen=True)
class Needs:
    """What residents expressed in a theme: households interviewed that named a need of it,
    and the inventory's need items."""

    households: int = 0
    items: int = 0

    @property
    def expressed(self) -> bool:
        return self.households >= MIN_HOUSEHOLDS or self.items > 0


@dataclass(frozen=True)
class Cell:
    stages: dict[str, int]
    reached: int
    needs: Needs = field(default_factory=Needs)

    @property
    def actions(self) -> int:
        return sum(self.stages.values())

    @property
    def level(self) -> int:
        return level(self.stages, self.reached)

    @property
    def gap(self) -> bool:
        return self.needs.expressed and not self.actions


@dataclass(frozen=True)
class Row:
    neighbourhood_id: str
    name: str
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Grid:
    themes: dict[str, Texts]
    rows: list[Row]
    #: Built from the server's counts of actions alone (an admin's grid of every
    #: neighbourhood): no people reached and no needs; the prints say so.
    counts_only: bool = False


def grid_of(
    neighbourhoods: Sequence[tuple[str, str]],
    actions: Iterable[Action],
    needs: Mapping[tuple[str, str], Needs],
) -> Grid:
    """The grid of ``neighbourhoods`` (id, name), from their actions and their needs by
    (neighbourhood id, grid theme). Actions of another neighbourhood, of an unknown theme or
    stage are left out."""
    themes = theme_labels()
    stages: dict[tuple[str, str], dict[str, int]] = {}
    reached: dict[tuple[str, str], int] = {}
    for action in actions:
        key = (action.neighbourhood_id, action.theme)
        if action.theme not in themes or action.stage not in STAGES:
            continue
        counts = stages.setdefault(key, dict.fromkeys(STAGES, 0))
        counts[action.stage] += 1
        reached[key] = reached.get(key, 0) + max(action.reached, 0)
    rows = [
        Row(nid, name, {
            theme: Cell(stages.get((nid, theme), dict.fromkeys(STAGES, 0)),
                        reached.get((nid, theme), 0), needs.get((nid, theme), Needs()))
            for theme in themes
        })
        for nid, name in neighbourhoods
    ]  # fmt: skip
    return Grid(themes, rows)


def build_grid(store: Store, neighbourhood_ids: Sequence[str] | None = None) -> Grid:
    """The grid of the neighbourhoods this laptop holds (a coach's), or of those named."""
    hoods = [
        (n["id"], n["name"])
        for n in store.directory.neighbourhoods()
        if neighbourhood_ids is None or n["id"] in neighbourhood_ids
    ]
    actions: list[Action] = []
    needs: dict[tuple[str, str], Needs] = {}
    for nid, _ in hoods:
        actions += actions_of(store, nid)
        needs.update({(nid, theme): found for theme, found in needs_of(store, nid).items()})
    return grid_of(hoods, actions, needs)


def actions_of(store: Store, neighbourhood_id: str) -> list[Action]:
    try:
        dataset = load_dataset(
            store, form_id=ACTION_FORM, neighbourhood_id=neighbourhood_id, include_rejected=False
        )
    except RecordNotFound:  # no action form on this laptop: no action either
        return []
    frame = dataset.interviews
    columns = {name: dataset.question(name).key for name in ("theme", "stage", "reach", "title")}
    if frame.empty:
        return []
    return [
        Action(neighbourhood_id, str(theme), str(stage), _whole(reach), str(title or ""))
        for theme, stage, reach, title in zip(
            *(frame[column] for column in columns.values()), strict=True
        )
    ]


def _whole(value: object) -> int:
    number = pd.to_numeric(value, errors="coerce")
    return 0 if pd.isna(number) else int(number)


def needs_of(store: Store, neighbourhood_id: str) -> dict[str, Needs]:
    """Needs by grid theme: households whose interview names a need of it (rejected
    interviews left out), and the inventory's need items."""
    households: dict[str, pd.Series] = {}
    items: dict[str, int] = {}
    try:
        dataset = load_dataset(store, neighbourhood_id=neighbourhood_id)
    except RecordNotFound:
        return {}
    frame = counted(dataset)
    for question in dataset.questions:
        if not question.is_select or question.is_personal:
            continue
        for choice in question.choices:
            theme = NEED_THEMES.get(choice.theme or "")
            if theme is None:
                continue
            if question.is_multiple:
                picked = frame[f"{question.key}/{choice.name}"].fillna(0).astype(bool)
            else:
                picked = frame[question.key] == choice.name
            households[theme] = households[theme] | picked if theme in households else picked
    inventory = dataset.inventory
    if not inventory.empty and {"kind", "theme"} <= set(inventory.columns):
        for theme in inventory.loc[inventory["kind"] == NEED_KIND, "theme"]:
            if (mapped := NEED_THEMES.get(str(theme))) is not None:
                items[mapped] = items.get(mapped, 0) + 1
    return {
        theme: Needs(int(households[theme].sum()) if theme in households else 0,
                     items.get(theme, 0))
        for theme in {*households, *items}
    }  # fmt: skip
