"""What the server tells every neighbourhood about transition actions (issue 16): the shared
catalogue ("benchmark large") and, for an admin, the grid's counts.

A shared action carries the fields named in ``SHARED_FIELDS`` and nothing else: the answers of
the "Action de transition" form a group chose to share (title, theme, description, stage, who
runs it) and its neighbourhood's name. The models refuse any other field, so a server that
wrongly added one would have its page refused by the laptop rather than kept.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from sync.wire.protocol import MAX_BATCH, Id, Message, Stamp

#: The action form's answers a shared action carries: its field -> the question's name. Never
#: a resident's: the form asks none of them personal, and a test keeps it so.
SHARED_ANSWERS = {"title": "title", "theme": "theme", "stage": "stage",
                  "description": "description", "organisation": "actors"}  # fmt: skip
#: The answer that says a group shares its action, and its value then.
SHAREABLE, SHARED = "shareable", "yes"
Short = Annotated[str, StringConstraints(max_length=200)]
Long = Annotated[str, StringConstraints(max_length=4000)]


class SharedAction(Message):
    """A shareable action as every neighbourhood receives it."""

    id: Id
    neighbourhood_id: Id
    neighbourhood: Short
    title: Short
    theme: Short
    stage: Short
    description: Long = ""
    #: Who runs it (the form's ``actors``): a group or an organisation.
    organisation: Short = ""
    shared_at: Stamp


#: The fields of a shared action: the one list the server, the laptop and the tests use.
SHARED_FIELDS = tuple(SharedAction.model_fields)


class CataloguePage(Message):
    """One page of the catalogue's feed, after a cursor: actions shared or shared anew, and
    the ids of actions no longer shared (corrected, no longer shareable, erased)."""

    actions: list[SharedAction] = Field(max_length=MAX_BATCH)
    withdrawn: list[Id] = Field(max_length=10 * MAX_BATCH)
    next_cursor: int
    more: bool


class GridRow(Message):
    """A neighbourhood's actions counted by theme and stage: counts, nothing else."""

    neighbourhood_id: Id
    name: Short
    counts: dict[Short, dict[Short, int]]


class ServerGrid(Message):
    """The grid of every neighbourhood on the server, for an admin."""

    rows: list[GridRow] = Field(max_length=10_000)
