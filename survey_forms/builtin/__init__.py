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
#: The interview form's version. A new question makes a new version, as in ODK: interviews
#: keep the version they were made with, new ones take the newest.
INTERVIEW_VERSION = "2"
#: The versions earlier releases of Quartier installed, oldest first: a laptop or a server
#: whose newest version of a built-in form is one of these gets the current one beside it.
#: Version 1 of the action form had no description and could not be shared (issue 16).
EARLIER_VERSIONS: dict[str, tuple[str, ...]] = {INTERVIEW_FORM: ("1",), ACTION_FORM: ("1",)}


def is_outdated(form_id: str, newest: str | None) -> bool:
    """Whether the current version of the built-in form ``form_id`` should be installed
    where ``newest`` is the newest version held (None: none at all). A version of a group's
    own (an XLSForm imported or published with the same id) is never replaced."""
    if form_id not in BUILTIN_IDS:
        return False
    return newest is None or newest in EARLIER_VERSIONS.get(form_id, ())


@cache
def load_builtin(form_id: str) -> Form:
    """A built-in form, built once per process (share it; do not modify it). Built from
    build.py rather than read from its .xlsx, so starting the app never waits for pyxform."""
    from survey_forms.builtin.build import BUILDERS

    if form_id not in BUILTIN_IDS:
        raise KeyError(f"Pas de formulaire intégré {form_id!r} (connus : {', '.join(BUILTIN_IDS)})")
    return BUILDERS[form_id]()
