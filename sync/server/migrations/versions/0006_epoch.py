"""the server's timelines: a restore starts a new epoch, so that devices pull again from where
the restored feed and theirs part, and resend what the restored database lacks

Revision ID: 0006
Revises: 0005
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    epoch = op.create_table(
        "epoch",
        sa.Column("ordinal", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("fork_seq", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
    )
    stamp = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    op.bulk_insert(
        epoch, [{"id": str(uuid.uuid4()), "fork_seq": 0, "started_at": stamp, "reason": "created"}]
    )


def downgrade() -> None:
    op.drop_table("epoch")
