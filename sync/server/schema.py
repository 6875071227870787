"""The central server's tables (SQLAlchemy Core). The schema is built by the Alembic migrations
in sync/migrations; a test checks that the two agree. Timestamps are ISO 8601 UTC text, as on
devices."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

ID = 36
STAMP = 32
metadata = MetaData()

account = Table(
    "account",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("created_at", String(STAMP), nullable=False),
)

neighbourhood = Table(
    "neighbourhood",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", String(STAMP), nullable=False),
)

membership = Table(
    "membership",
    metadata,
    Column("account_id", ForeignKey("account.id"), primary_key=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id"), primary_key=True),
)

session = Table(
    "session",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("account_id", ForeignKey("account.id"), nullable=False),
    Column("created_at", String(STAMP), nullable=False),
    Column("expires_at", String(STAMP), nullable=False),
    Column("revoked_at", String(STAMP)),
)

enrolment_code = Table(
    "enrolment_code",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id"), nullable=False),
    Column("created_by", ForeignKey("account.id")),  # None: made on the server's command line
    Column("created_at", String(STAMP), nullable=False),
    Column("expires_at", String(STAMP), nullable=False),
    Column("uses_left", Integer),
    Column("revoked_at", String(STAMP)),
)

device = Table(
    "device",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id"), nullable=False),
    Column("code_id", ForeignKey("enrolment_code.id")),
    Column("name", String(200), nullable=False),
    Column("enrolled_at", String(STAMP), nullable=False),
    Column("revoked_at", String(STAMP)),
    #: A coach's own laptop, enrolled with the coach's session: it may push review decisions.
    Column("account_id", ForeignKey("account.id")),
    #: The laptop's Ed25519 public key (hexadecimal), sent at enrolment: its offline bundles
    #: are checked against it. Set once; devices enrolled before signing have none.
    Column("public_key", String(64)),
)

#: A coach's public sealing key (X25519, hexadecimal), one per laptop the coach made a key on:
#: volunteers' laptops seal the personal answers of the coach's neighbourhoods to it.
coach_key = Table(
    "coach_key",
    metadata,
    Column("account_id", ForeignKey("account.id"), primary_key=True),
    Column("public_key", String(64), primary_key=True),
    Column("created_at", String(STAMP), nullable=False),
)

#: A survey round in a neighbourhood: its dates, target, perimeter (streets) and forms. It
#: syncs to every device of the neighbourhood.
campaign = Table(
    "campaign",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("starts_on", String(10), nullable=False),
    Column("ends_on", String(10), nullable=False),
    Column("target_households", Integer),
    Column("streets", JSON, nullable=False),
    Column("forms", JSON, nullable=False),
    Column("closed_at", String(STAMP)),
    Column("created_at", String(STAMP), nullable=False),
    Column("updated_at", String(STAMP), nullable=False),
)

#: Every review decision a coach made on an interview, in the order the server received
#: them: the latest wins, the others stay as its history.
review = Table(
    "review",
    metadata,
    Column("change_id", String(ID), primary_key=True),
    Column("submission_id", ForeignKey("submission.id"), nullable=False, index=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id"), nullable=False),
    Column("state", String(20), nullable=False),
    Column("comment", Text, nullable=False),
    Column("reviewed_at", String(STAMP), nullable=False),
    Column("reviewed_by", String(200), nullable=False),
    Column("received_at", String(STAMP), nullable=False),
)

form = Table(
    "form",
    metadata,
    Column("form_id", String(100), primary_key=True),
    Column("version", String(100), primary_key=True),
    Column("definition", JSON, nullable=False),
    Column("created_at", String(STAMP), nullable=False),
)

submission = Table(
    "submission",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("neighbourhood_id", ForeignKey("neighbourhood.id"), nullable=False),
    Column("device_id", String(ID)),
    Column("form_id", String(100), nullable=False),
    Column("form_version", String(100), nullable=False),
    Column("campaign_id", String(ID)),
    Column("author_id", String(ID)),
    Column("author_name", String(200), nullable=False, server_default=""),
    Column("answers", JSON, nullable=False),
    Column("created_at", String(STAMP), nullable=False),
    Column("finalized_at", String(STAMP)),
    Column("replaces_id", String(ID), index=True),
    Column("content_hash", String(64), nullable=False),
    Column("received_at", String(STAMP), nullable=False),
    Column("erased_at", String(STAMP)),
)


def _versioned(name: str, versions: str, key: str) -> tuple[Table, Table]:
    """A shared record's table and the table of its every version. `device_view` is the
    record as the device that made the change saw it: the base of that device's next change
    when it has not pulled since, found by its hash (see Inventory._base_of);
    `local_version`, the number that device gave it, serves only laptops that send no base
    hash."""
    head = Table(
        name,
        metadata,
        Column("id", String(ID), primary_key=True),
        Column("neighbourhood_id", ForeignKey("neighbourhood.id"), nullable=False),
        Column("version", Integer, nullable=False),
        Column("data", JSON, nullable=False),
        Column("deleted", Boolean, nullable=False),
        Column("conflicts", JSON, nullable=False),
        Column("updated_at", String(STAMP), nullable=False),
    )
    every = Table(
        versions,
        metadata,
        Column(key, ForeignKey(f"{name}.id"), primary_key=True),
        Column("version", Integer, primary_key=True),
        Column("change_id", String(ID), nullable=False),
        Column("device_id", String(ID)),
        Column("local_version", Integer),
        Column("device_view", JSON),
        Column("data", JSON, nullable=False),
        Column("deleted", Boolean, nullable=False),
        Column("outcome", String(20), nullable=False),
        Column("created_at", String(STAMP), nullable=False),
        Index(f"ix_{versions}_device", key, "device_id", "version"),
    )
    return head, every


inventory_item, inventory_version = _versioned("inventory_item", "inventory_version", "item_id")
#: Transition projects' sheets (issue 16), versioned and merged exactly as inventory items are
#: (sync.server.inventory).
project, project_version = _versioned("project", "project_version", "project_id")

#: Every change id ever received and the hash of its content: what makes pushes idempotent.
received_change = Table(
    "received_change",
    metadata,
    Column("change_id", String(ID), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("device_id", String(ID)),
    Column("entity", String(20), nullable=False),
    Column("entity_id", String(100), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("received_at", String(STAMP), nullable=False),
)

feed = Table(
    "feed",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("neighbourhood_id", String(ID), nullable=False),
    Column("entity", String(20), nullable=False),
    Column("entity_id", String(100), nullable=False),
    Column("change_id", String(ID), nullable=False),
    Column("payload", JSON, nullable=False),
    Index("ix_feed_neighbourhood_seq", "neighbourhood_id", "seq"),
)

#: One row. Every writing transaction updates it and holds its lock until it commits, so feed
#: numbers are handed out in commit order and a reader never skips a change (see FeedWriter).
feed_counter = Table(
    "feed_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_seq", Integer, nullable=False),
)

attachment = Table(
    "attachment",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("media_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("created_at", String(STAMP), nullable=False),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(STAMP), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(200), nullable=False),
    Column("detail", Text, nullable=False),
)

#: The server's timelines. The first is made with the database; each restore of a backup
#: starts another, forking from the restored feed's last number (`fork_seq`): a device that
#: pulled in an older epoch goes back to the fork and resends what the restored database
#: lacks (sync.server.epochs).
epoch = Table(
    "epoch",
    metadata,
    Column("ordinal", Integer, primary_key=True, autoincrement=True),
    Column("id", String(ID), nullable=False, unique=True),
    Column("fork_seq", Integer, nullable=False),
    Column("started_at", String(STAMP), nullable=False),
    Column("reason", String(20), nullable=False),
)

#: Login and enrolment throttling (sync.server.throttle): one row per key ("account:<name>",
#: "ip:<address>", …). Times are seconds since the epoch: deadlines compared, not dates shown.
throttle = Table(
    "throttle",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("next_allowed_at", Float, nullable=False),
    Column("last_failure_at", Float, nullable=False),
    Index("ix_throttle_last_failure_at", "last_failure_at"),
)
