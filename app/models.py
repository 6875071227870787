"""The local store's tables (SQLAlchemy 2). The schema itself is owned by the Alembic migrations
in app/migrations; a test checks that these models and the migrated schema agree.

Timestamps are ISO 8601 text in UTC (`2026-11-22T09:30:00.000Z`): they sort as text and read the
same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

UUID_LEN = 36


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Neighbourhood(Base):
    __tablename__ = "neighbourhood"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    commune: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[str] = mapped_column(String(32))


class Campaign(Base):
    """A survey round of a neighbourhood (the diagnosis, the one a year later...)."""

    __tablename__ = "campaign"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    neighbourhood_id: Mapped[str] = mapped_column(ForeignKey("neighbourhood.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[str | None] = mapped_column(String(10))
    ends_on: Mapped[str | None] = mapped_column(String(10))
    target_households: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    #: The perimeter's streets and the forms used, as the server's campaign says.
    streets: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    forms: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    closed_at: Mapped[str | None] = mapped_column(String(32))
    #: What a coach writes for the report (``directory.REPORT_TEXTS``): this laptop's own, kept
    #: when the server's campaign arrives again.
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")


class ReviewDecision(Base):
    """Every review decision received from the server, in its order: the interview's review
    state is the latest; the others stay as its history (two coaches may disagree)."""

    __tablename__ = "review_decision"
    change_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    submission_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    state: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[str] = mapped_column(String(32))
    reviewed_by: Mapped[str] = mapped_column(String(200))


class Person(Base):
    """A volunteer or a coach known to this device."""

    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="volunteer")
    created_at: Mapped[str] = mapped_column(String(32))


class Device(Base):
    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    created_at: Mapped[str] = mapped_column(String(32))


class Form(Base):
    __tablename__ = "form"
    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[dict[str, Any]] = mapped_column(JSON)


class FormVersion(Base):
    """One version of a form: its definition as JSON (parsed once, fast to open) and the
    XLSForm it came from, kept so it can be exported unchanged."""

    __tablename__ = "form_version"
    form_id: Mapped[str] = mapped_column(ForeignKey("form.form_id"), primary_key=True)
    version: Mapped[str] = mapped_column(String(100), primary_key=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[bytes | None] = mapped_column(LargeBinary)
    imported_at: Mapped[str] = mapped_column(String(32))


class Submission(Base):
    """One interview (or any form filled once). Drafts never leave the device; a finalized
    submission is immutable and a correction is a new row whose `replaces_id` names it."""

    __tablename__ = "submission"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(100))
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"))
    status: Mapped[str] = mapped_column(String(10))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    street: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    finalized_at: Mapped[str | None] = mapped_column(String(32))
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("submission.id"), unique=True)
    review_state: Mapped[str] = mapped_column(
        String(20), default="received", server_default="received"
    )
    review_comment: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        ForeignKeyConstraint(
            ["form_id", "form_version"], ["form_version.form_id", "form_version.version"]
        ),
        Index("ix_submission_updated", "updated_at"),
        Index("ix_submission_status_updated", "status", "updated_at"),
        Index("ix_submission_street", "street"),
        Index("ix_submission_campaign", "campaign_id"),
        Index("ix_submission_author", "author_id"),
    )


class InventoryItem(Base):
    """The current state of a shared-inventory item; its history is in inventory_version."""

    __tablename__ = "inventory_item"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    neighbourhood_id: Mapped[str] = mapped_column(ForeignKey("neighbourhood.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40), default="")
    theme: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str | None] = mapped_column(ForeignKey("person.id"))


class InventoryVersion(Base):
    __tablename__ = "inventory_version"
    item_id: Mapped[str] = mapped_column(ForeignKey("inventory_item.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_fields: Mapped[list[Any]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    change_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"))
    created_at: Mapped[str] = mapped_column(String(32))


class Project(Base):
    """A transition project's sheet (issue 16), built from the diagnosis: the current state;
    its history is in project_version. Versioned and synced like inventory items."""

    __tablename__ = "project"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    neighbourhood_id: Mapped[str] = mapped_column(ForeignKey("neighbourhood.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300), default="")
    theme: Mapped[str] = mapped_column(String(40), default="")
    stage: Mapped[str] = mapped_column(String(20), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str | None] = mapped_column(ForeignKey("person.id"))


class ProjectVersion(Base):
    __tablename__ = "project_version"
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_fields: Mapped[list[Any]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    change_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"))
    created_at: Mapped[str] = mapped_column(String(32))


class BudgetRound(Base):
    """A participatory budget round (issue 16): an envelope, projects proposed with their
    cost, ballots recorded at a residents' meeting on this laptop. Not synced: the meeting
    happens around one laptop, and its tally is printed."""

    __tablename__ = "budget_round"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    neighbourhood_id: Mapped[str] = mapped_column(ForeignKey("neighbourhood.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    envelope: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[str] = mapped_column(String(32))
    closed_at: Mapped[str | None] = mapped_column(String(32))


class BudgetProposal(Base):
    """A project proposed in a round, under a short code the ballots name (P1, P2...), with
    its title and cost as they were when proposed."""

    __tablename__ = "budget_proposal"
    round_id: Mapped[str] = mapped_column(ForeignKey("budget_round.id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"))
    title: Mapped[str] = mapped_column(String(300))
    cost: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("round_id", "project_id"),)


class Ballot(Base):
    """One ballot as it was entered: a household's approved proposals (codes). A ballot
    entered twice stays here twice (the tally counts it once and says so)."""

    __tablename__ = "ballot"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("budget_round.id"))
    household: Mapped[str] = mapped_column(String(100))
    approved: Mapped[list[Any]] = mapped_column(JSON)
    recorded_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_ballot_round_household", "round_id", "household"),)


class Attachment(Base):
    """A photo or file, stored once by the SHA-256 of its content."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))


class Outbox(Base):
    """Changes made on this device and not yet acknowledged by the server."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(UUID_LEN))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[str] = mapped_column(String(32))
    synced_at: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (Index("ix_outbox_pending", "synced_at", "seq"),)


class Setting(Base):
    """Small per-database facts: this device's id, the current neighbourhood and campaign..."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = [
    "Attachment",
    "Ballot",
    "Base",
    "BudgetProposal",
    "BudgetRound",
    "Campaign",
    "Device",
    "Form",
    "FormVersion",
    "InventoryItem",
    "InventoryVersion",
    "Neighbourhood",
    "Outbox",
    "Person",
    "Project",
    "ProjectVersion",
    "Setting",
    "Submission",
]
