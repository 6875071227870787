"""login and enrolment throttling state, shared by every worker of the server

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "throttle",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_allowed_at", sa.Float(), nullable=False),
        sa.Column("last_failure_at", sa.Float(), nullable=False),
    )
    op.create_index("ix_throttle_last_failure_at", "throttle", ["last_failure_at"])


def downgrade() -> None:
    op.drop_index("ix_throttle_last_failure_at", "throttle")
    op.drop_table("throttle")
