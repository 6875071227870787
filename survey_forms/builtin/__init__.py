"""The built-in forms. Their source is ``build.py``; the .xlsx files beside it are what a coach
opens in a spreadsheet or another XLSForm tool (a test keeps both the same)."""

from __future__ import annotations

from functools import cache

from survey_forms.model import Form

#: The door-to-door interview, the shared inventory's item, a transition action.
INTERVIEW_FORM = "porte_a_porte"
INVENTORY_FORM = "inventaire"
ACTION_FORM = "action_transition"
BUILTIN_IDS = (INTERVIEW_FORM, INVENTORY_FORM, ACTION_FORM)


@cache
def load_builtin(form_id: str) -> Form:
    """A built-in form, built once per process (share it; do not modify it). Built from
    build.py rather than read from its .xlsx, so starting the app never waits for pyxform."""
    from survey_forms.builtin.build import BUILDERS

    if form_id not in BUILTIN_IDS:
        raise KeyError(f"Pas de formulaire intégré {form_id!r} (connus : {', '.join(BUILTIN_IDS)})")
    return BUILDERS[form_id]()
