"""coaches' public sealing keys: personal answers are sealed to them (issue 12)

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coach_key",
        sa.Column("account_id", sa.String(36), sa.ForeignKey("account.id"), primary_key=True),
        sa.Column("public_key", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("coach_key")
