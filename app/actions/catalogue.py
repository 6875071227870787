"""The catalogue of actions other neighbourhoods share ("benchmark large", issue 16): browse it
by theme and copy an action as a project idea of one's own neighbourhood, its source named.

The catalogue itself arrives at sync (`sync.client.catalogue`) into `store.catalogue`; it holds
the shared fields of each action only (`sync.wire.catalogue.SHARED_FIELDS`).
"""

from __future__ import annotations

from typing import Any

from app.actions.id_prefix import by_id_prefix
from app.actions.projects import save_project
from app.actions.themes import IDEA
from app.records import ProjectRecord
from app.store import Store
from sync.wire.catalogue import SharedAction

#: A project copied from the catalogue says so in its ``origin``; ``source`` names the action.
CATALOGUE = "catalogue"


def browse(store: Store, theme: str | None = None) -> list[SharedAction]:
    """The shared actions this laptop received, of ``theme`` when given, newest first."""
    return store.catalogue.actions(theme)


def find_shared(store: Store, ref: str) -> SharedAction:
    """A shared action by its id or the first characters of it (at least 4)."""
    return by_id_prefix(
        store.catalogue.actions(), ref, ("catalogue.unknown_action", "ref"), "catalogue.ambiguous"
    )


def idea_from(action: SharedAction) -> dict[str, Any]:
    """A project idea's sheet made from a shared action: its title, theme and description;
    where it comes from in ``source`` and, in words, in ``why``."""
    where = ", ".join(p for p in (action.organisation, action.neighbourhood) if p)
    sheet: dict[str, Any] = {
        "title": action.title,
        "theme": action.theme,
        "stage": IDEA,
        "goal": action.description,
        "why": f"Inspiré de « {action.title} »" + (f" ({where})" if where else ""),
        "origin": CATALOGUE,
        "source": {
            "action_id": action.id,
            "neighbourhood": action.neighbourhood,
            "organisation": action.organisation,
        },
    }
    return sheet


def copy_as_project(
    store: Store, action: SharedAction, neighbourhood_id: str, author_id: str | None = None
) -> ProjectRecord:
    """Copy a shared action as a project idea of ``neighbourhood_id`` (checked as any sheet:
    a theme this laptop does not know is refused with a message)."""
    return save_project(store, neighbourhood_id, idea_from(action), author_id=author_id)
