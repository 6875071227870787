"""participatory budget rounds: an envelope, proposals and ballots (issue 16)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "budget_round",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("neighbourhood_id", sa.String(36), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("envelope", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.String(32), nullable=False),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(["neighbourhood_id"], ["neighbourhood.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_round") as batch_op:
        batch_op.create_index(
            "ix_budget_round_neighbourhood_id", ["neighbourhood_id"], unique=False
        )
    op.create_table(
        "budget_proposal",
        sa.Column("round_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(10), nullable=False),
        sa.Column("project_id", sa.String(36), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["budget_round.id"]),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"]),
        sa.PrimaryKeyConstraint("round_id", "code"),
        sa.UniqueConstraint("round_id", "project_id"),
    )
    op.create_table(
        "ballot",
        sa.Column("seq", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("round_id", sa.String(36), nullable=False),
        sa.Column("household", sa.String(100), nullable=False),
        sa.Column("approved", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["budget_round.id"]),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("ballot") as batch_op:
        batch_op.create_index("ix_ballot_round_household", ["round_id", "household"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ballot") as batch_op:
        batch_op.drop_index("ix_ballot_round_household")
    op.drop_table("ballot")
    op.drop_table("budget_proposal")
    with op.batch_alter_table("budget_round") as batch_op:
        batch_op.drop_index("ix_budget_round_neighbourhood_id")
    op.drop_table("budget_round")
