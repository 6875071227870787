"""shared actions: the catalogue of transition actions other neighbourhoods share (issue 16)

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
        "shared_action",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("neighbourhood_id", sa.String(36), nullable=False),
        sa.Column("neighbourhood", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("theme", sa.String(200), nullable=False),
        sa.Column("stage", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("shared_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("shared_action") as batch_op:
        batch_op.create_index("ix_shared_action_theme", ["theme"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("shared_action") as batch_op:
        batch_op.drop_index("ix_shared_action_theme")
    op.drop_table("shared_action")
