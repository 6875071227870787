"""campaigns as the server has them; review decisions received from the server

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
    with op.batch_alter_table("campaign") as batch_op:
        batch_op.add_column(sa.Column("streets", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("forms", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("closed_at", sa.String(32)))
    op.create_table(
        "review_decision",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.String(36), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.String(32), nullable=False),
        sa.Column("reviewed_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_review_decision_submission_id", "review_decision", ["submission_id"])


def downgrade() -> None:
    op.drop_index("ix_review_decision_submission_id", "review_decision")
    op.drop_table("review_decision")
    with op.batch_alter_table("campaign") as batch_op:
        batch_op.drop_column("closed_at")
        batch_op.drop_column("forms")
        batch_op.drop_column("streets")
