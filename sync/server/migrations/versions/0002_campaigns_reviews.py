"""campaigns and review decisions are server entities; a coach's own laptop is a device

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "neighbourhood_id", sa.String(36), sa.ForeignKey("neighbourhood.id"), nullable=False
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("starts_on", sa.String(10), nullable=False),
        sa.Column("ends_on", sa.String(10), nullable=False),
        sa.Column("target_households", sa.Integer()),
        sa.Column("streets", sa.JSON(), nullable=False),
        sa.Column("forms", sa.JSON(), nullable=False),
        sa.Column("closed_at", sa.String(32)),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "review",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("submission_id", sa.String(36), sa.ForeignKey("submission.id"), nullable=False),
        sa.Column(
            "neighbourhood_id", sa.String(36), sa.ForeignKey("neighbourhood.id"), nullable=False
        ),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.String(32), nullable=False),
        sa.Column("reviewed_by", sa.String(200), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_review_submission_id", "review", ["submission_id"])
    with op.batch_alter_table("device") as batch_op:
        batch_op.add_column(
            sa.Column(
                "account_id", sa.String(36), sa.ForeignKey("account.id", name="fk_device_account")
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("device") as batch_op:
        batch_op.drop_column("account_id")
    op.drop_index("ix_review_submission_id", "review")
    op.drop_table("review")
    op.drop_table("campaign")
