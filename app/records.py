"""What the store hands out: plain frozen records, never live ORM objects, so the UI's threads
and the sync code can pass them around freely."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DRAFT = "draft"
FINALIZED = "finalized"


@dataclass(frozen=True)
class SubmissionRecord:
    id: str
    form_id: str
    form_version: str
    status: str
    answers: dict[str, Any]
    campaign_id: str | None
    author_id: str | None
    device_id: str | None
    street: str | None
    created_at: str
    updated_at: str
    finalized_at: str | None
    replaces_id: str | None
    review_state: str = "received"
    review_comment: str = ""
    #: This store's count of changes when the row last changed (`app.tables.SUBMISSION`).
    change_seq: int = 0


@dataclass(frozen=True)
class SubmissionSummary:
    """One row of the interview list: what a list shows, without the answers."""

    id: str
    form_id: str
    status: str
    street: str | None
    author_name: str | None
    updated_at: str
    replaces_id: str | None
    review_state: str


@dataclass(frozen=True)
class SubmissionQuery:
    """Filters of the interview list; None means 'any'. Corrected versions are hidden unless
    `include_replaced` (only the latest version of an interview counts)."""

    status: str | None = None
    street: str | None = None
    author_id: str | None = None
    campaign_id: str | None = None
    form_id: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    include_replaced: bool = False
    order_by: str = "updated_at"
    descending: bool = True


@dataclass(frozen=True)
class InventoryRecord:
    id: str
    neighbourhood_id: str
    version: int
    kind: str
    theme: str
    name: str
    data: dict[str, Any]
    deleted: bool
    updated_at: str
    updated_by: str | None


@dataclass(frozen=True)
class InventoryChange:
    """One version in an item's history: who changed which fields, from which base."""

    item_id: str
    version: int
    base_version: int
    changed_fields: list[str]
    data: dict[str, Any]
    deleted: bool
    author_id: str | None
    author_name: str | None
    created_at: str


@dataclass(frozen=True)
class ProjectRecord:
    """A transition project's sheet as it is now (``data``: see ``app.actions.projects``)."""

    id: str
    neighbourhood_id: str
    version: int
    title: str
    theme: str
    stage: str
    data: dict[str, Any]
    deleted: bool
    updated_at: str
    updated_by: str | None


@dataclass(frozen=True)
class ProjectChange:
    """One version in a project's history: who changed which fields, from which base."""

    project_id: str
    version: int
    base_version: int
    changed_fields: list[str]
    data: dict[str, Any]
    deleted: bool
    author_id: str | None
    author_name: str | None
    created_at: str


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    change_id: str
    entity: str
    entity_id: str
    payload: dict[str, Any] = field(default_factory=dict)
