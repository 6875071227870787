"""The benchmark grid's vocabulary: its seven themes and the four stages of an action (named
and labelled by the "Action de transition" form), and how the diagnosis' themes map onto them.

The diagnosis (the interview's needs, the inventory) speaks in its own themes (``ressources``,
``alimentation``...); the grid in the QPVerts themes. ``NEED_THEMES`` is the one table that
joins them: a need of the diagnosis counts in the grid theme it names here.
"""

from __future__ import annotations

from functools import cache

from survey_forms.builtin import ACTION_FORM, load_builtin
from survey_forms.model import Texts

THEME_LIST = "qpv_themes"
STAGE_LIST = "stages"
#: The stages of an action, in order.
IDEA, PREPARATION, RUNNING, FINISHED = "idee", "en_preparation", "en_cours", "terminee"
STAGES = (IDEA, PREPARATION, RUNNING, FINISHED)

#: Diagnosis theme -> grid theme. Energy and public space are about where one lives
#: (habiter); solidarity is the social and cultural bond ((se) cultiver); resources and waste
#: are how one consumes. No diagnosis theme speaks of work (travailler): it never shows a gap.
NEED_THEMES: dict[str, str] = {
    "ressources": "consommer",
    "alimentation": "se_nourrir",
    "biodiversite": "proteger",
    "mobilite": "circuler",
    "espace_public": "habiter",
    "energie": "habiter",
    "solidarite": "cultiver",
}

#: Carbon diagnosis sector -> grid theme: a project of the theme may work on the sector's
#: levers (``app.carbon.levers.LEVERS``).
LEVER_THEMES: dict[str, str] = {
    "transport": "circuler",
    "alimentation": "se_nourrir",
    "logement": "habiter",
    "consommation": "consommer",
}


@cache
def _labels(list_name: str) -> dict[str, Texts]:
    form = load_builtin(ACTION_FORM)
    return {choice.name: choice.label for choice in form.choice_lists[list_name]}


def theme_labels() -> dict[str, Texts]:
    """The seven grid themes, in the grid's order, with their French, Dutch, English names."""
    return _labels(THEME_LIST)


def stage_labels() -> dict[str, Texts]:
    labels = _labels(STAGE_LIST)
    return {stage: labels[stage] for stage in STAGES}
