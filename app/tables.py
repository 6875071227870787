"""The local store's tables (SQLAlchemy Core). The schema itself is owned by the Alembic
migrations in app/migrations; a test checks that these tables and the migrated schema agree.

The store queries these tables with SQLAlchemy Core only: the ORM is never imported at start
(issue 18). `app.models` maps them as classes, for Alembic and the tests.

Timestamps are ISO 8601 text in UTC (`2026-11-22T09:30:00.000Z`): they sort as text and read the
same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Select,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.selectable import FromClause

UUID_LEN = 36
METADATA = MetaData()
#: 0 written into the SQL, not bound: SQLite uses a partial index (``change_seq > 0``) only
#: for a query that repeats its condition word for word.
ZERO: ColumnClause[int] = literal_column("0")


def _id(name: str = "id") -> Column[str]:
    return Column(name, String(UUID_LEN), primary_key=True)


def _text(name: str, length: int, *, null: bool = False, **kw: object) -> Column[str]:
    return Column(name, String(length), nullable=null, **kw)  # type: ignore[arg-type]


def _ref(name: str, target: str, *, null: bool = False, **kw: object) -> Column[str]:
    """A foreign key: its type is the referenced column's."""
    return Column(name, ForeignKey(target), nullable=null, **kw)  # type: ignore[arg-type]


def _when(name: str, *, null: bool = False) -> Column[str]:
    return Column(name, String(32), nullable=null)


NEIGHBOURHOOD = Table(
    "neighbourhood",
    METADATA,
    _id(),
    _text("name", 200),
    _text("commune", 200, default=""),
    _text("postcode", 20, default=""),
    _when("created_at"),
)

#: A survey round of a neighbourhood (the diagnosis, the one a year later...).
CAMPAIGN = Table(
    "campaign",
    METADATA,
    _id(),
    _ref("neighbourhood_id", "neighbourhood.id", index=True),
    _text("name", 200),
    _text("starts_on", 10, null=True),
    _text("ends_on", 10, null=True),
    Column("target_households", Integer, nullable=True),
    _when("created_at"),
    # The perimeter's streets and the forms used, as the server's campaign says.
    Column("streets", JSON, nullable=False, default=list, server_default="[]"),
    Column("forms", JSON, nullable=False, default=list, server_default="[]"),
    _when("closed_at", null=True),
    # What a coach writes for the report (``directory.REPORT_TEXTS``): this laptop's own, kept
    # when the server's campaign arrives again.
    Column("report", JSON, nullable=False, default=dict, server_default="{}"),
)

#: Every review decision received from the server, in its order: the interview's review state
#: is the latest; the others stay as its history (two coaches may disagree).
REVIEW_DECISION = Table(
    "review_decision",
    METADATA,
    _id("change_id"),
    Column("seq", Integer, nullable=False),
    _text("submission_id", UUID_LEN, index=True),
    _text("state", 20),
    Column("comment", Text, nullable=False, default=""),
    _when("reviewed_at"),
    _text("reviewed_by", 200),
)

#: A volunteer or a coach known to this device.
PERSON = Table(
    "person",
    METADATA,
    _id(),
    _text("name", 200),
    _text("role", 20, default="volunteer"),
    _when("created_at"),
)

DEVICE = Table(
    "device",
    METADATA,
    _id(),
    _text("name", 200),
    _ref("person_id", "person.id", null=True),
    _when("created_at"),
)

FORM = Table(
    "form",
    METADATA,
    Column("form_id", String(100), primary_key=True),
    Column("title", JSON, nullable=False),
)

#: One version of a form: its definition as JSON (parsed once, fast to open) and the XLSForm
#: it came from, kept so it can be exported unchanged.
FORM_VERSION = Table(
    "form_version",
    METADATA,
    Column("form_id", ForeignKey("form.form_id"), primary_key=True),
    Column("version", String(100), primary_key=True),
    Column("definition", JSON, nullable=False),
    Column("source", LargeBinary, nullable=True),
    _when("imported_at"),
)

#: One interview (or any form filled once). Drafts never leave the device; a finalized
#: submission is immutable and a correction is a new row whose `replaces_id` names it.
SUBMISSION = Table(
    "submission",
    METADATA,
    _id(),
    _text("form_id", 100),
    _text("form_version", 100),
    _ref("campaign_id", "campaign.id", null=True),
    _ref("author_id", "person.id", null=True),
    _ref("device_id", "device.id", null=True),
    _text("status", 10),
    Column("answers", JSON, nullable=False),
    _text("street", 200, null=True),
    _when("created_at"),
    _when("updated_at"),
    _when("finalized_at", null=True),
    _ref("replaces_id", "submission.id", null=True, unique=True),
    _text("review_state", 20, default="received", server_default="received"),
    Column("review_comment", Text, nullable=False, default="", server_default=""),
    #: When the row last changed as a finalized interview, on this store's own count: set by
    #: triggers (migration 0009) on every write, whoever makes it; 0 for a draft never
    #: finalized. The coach's merge cache (app.merge_cache) reads only the rows above the
    #: count it last saw instead of every row.
    Column("change_seq", Integer, nullable=False, server_default="0"),
    ForeignKeyConstraint(
        ["form_id", "form_version"], ["form_version.form_id", "form_version.version"]
    ),
    Index("ix_submission_updated", "updated_at"),
    Index("ix_submission_status_updated", "status", "updated_at"),
    Index("ix_submission_street", "street"),
    Index("ix_submission_campaign", "campaign_id"),
    Index("ix_submission_author", "author_id"),
    # drafts (0) stay out of it: saving a draft writes one index fewer
    Index("ix_submission_change", "change_seq", sqlite_where=text("change_seq > 0")),
)


def last_change(submission: FromClause = SUBMISSION) -> Select[tuple[int]]:
    """The largest change count given so far, 0 before any (read from the partial index:
    the condition is its own, word for word). `submission`: the table, or an alias of it
    for a statement that writes the table itself."""
    count = submission.c.change_seq
    return select(func.coalesce(func.max(count), ZERO)).where(count > ZERO)


#: One row: how many once-finalized submissions were deleted from this store (a trigger
#: counts them), so that the merge cache knows when rows left the table.
SUBMISSION_CLOCK = Table(
    "submission_clock",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("removed", Integer, nullable=False),
)

#: The current state of a shared-inventory item; its history is in inventory_version.
INVENTORY_ITEM = Table(
    "inventory_item",
    METADATA,
    _id(),
    _ref("neighbourhood_id", "neighbourhood.id", index=True),
    Column("version", Integer, nullable=False),
    _text("kind", 40, default=""),
    _text("theme", 40, default=""),
    _text("name", 300, default=""),
    Column("data", JSON, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    _when("updated_at"),
    _ref("updated_by", "person.id", null=True),
)


def _versions(name: str, key: str, target: str) -> Table:
    """A versioned record's history (inventory items, projects): one row a version."""
    return Table(
        name,
        METADATA,
        Column(key, ForeignKey(target), primary_key=True),
        Column("version", Integer, primary_key=True),
        Column("base_version", Integer, nullable=False),
        Column("data", JSON, nullable=False),
        Column("changed_fields", JSON, nullable=False),
        Column("deleted", Boolean, nullable=False, default=False),
        _text("change_id", UUID_LEN, unique=True),
        _ref("author_id", "person.id", null=True),
        _ref("device_id", "device.id", null=True),
        _when("created_at"),
    )


INVENTORY_VERSION = _versions("inventory_version", "item_id", "inventory_item.id")

#: A transition project's sheet (issue 16), built from the diagnosis: the current state; its
#: history is in project_version. Versioned and synced like inventory items.
PROJECT = Table(
    "project",
    METADATA,
    _id(),
    _ref("neighbourhood_id", "neighbourhood.id", index=True),
    Column("version", Integer, nullable=False),
    _text("title", 300, default=""),
    _text("theme", 40, default=""),
    _text("stage", 20, default=""),
    Column("data", JSON, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    _when("updated_at"),
    _ref("updated_by", "person.id", null=True),
)

PROJECT_VERSION = _versions("project_version", "project_id", "project.id")

#: A participatory budget round (issue 16): an envelope, projects proposed with their cost,
#: ballots recorded at a residents' meeting on this laptop. Not synced: the meeting happens
#: around one laptop, and its tally is printed.
BUDGET_ROUND = Table(
    "budget_round",
    METADATA,
    _id(),
    _ref("neighbourhood_id", "neighbourhood.id", index=True),
    _text("title", 300),
    Column("envelope", Integer, nullable=False),
    _when("opened_at"),
    _when("closed_at", null=True),
)

#: A project proposed in a round, under a short code the ballots name (P1, P2...), with its
#: title and cost as they were when proposed.
BUDGET_PROPOSAL = Table(
    "budget_proposal",
    METADATA,
    Column("round_id", ForeignKey("budget_round.id"), primary_key=True),
    Column("code", String(10), primary_key=True),
    _ref("project_id", "project.id"),
    _text("title", 300),
    Column("cost", Integer, nullable=False),
    UniqueConstraint("round_id", "project_id"),
)

#: One ballot as it was entered: a household's approved proposals (codes). A ballot entered
#: twice stays here twice (the tally counts it once and says so).
BALLOT = Table(
    "ballot",
    METADATA,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    _ref("round_id", "budget_round.id"),
    _text("household", 100),
    Column("approved", JSON, nullable=False),
    _when("recorded_at"),
    Index("ix_ballot_round_household", "round_id", "household"),
)

#: Transition actions other neighbourhoods share (issue 16's catalogue, "benchmark large"), as
#: the server's catalogue sends them: their shared fields only, never a resident's data.
SHARED_ACTION = Table(
    "shared_action",
    METADATA,
    _id(),
    _text("neighbourhood_id", UUID_LEN),
    _text("neighbourhood", 200),
    _text("title", 200),
    _text("theme", 200, index=True),
    _text("stage", 200),
    Column("description", Text, nullable=False),
    _text("organisation", 200),
    _when("shared_at"),
)

#: A photo or file, stored once by the SHA-256 of its content.
ATTACHMENT = Table(
    "attachment",
    METADATA,
    Column("sha256", String(64), primary_key=True),
    _text("media_type", 100),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
    _when("created_at"),
)

#: Changes made on this device and not yet acknowledged by the server.
OUTBOX = Table(
    "outbox",
    METADATA,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    _text("change_id", UUID_LEN, unique=True),
    _text("entity", 20),
    _text("entity_id", UUID_LEN),
    Column("payload", JSON, nullable=False),
    _when("created_at"),
    _when("synced_at", null=True),
    Index("ix_outbox_pending", "synced_at", "seq"),
)

#: Small per-database facts: this device's id, the current neighbourhood and campaign...
SETTING = Table(
    "setting",
    METADATA,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)
