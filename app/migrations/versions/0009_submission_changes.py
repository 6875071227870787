"""submission changes counted: a change count on each finalized submission and a count of
those deleted, kept by triggers, for the coach's incremental merge (issue 18)

Triggers rather than the store's code: every write counts, whichever module makes it
(finalizing, a review, a sync, sealing in place, retention), including ones written later.
SQLite runs a trigger's own UPDATE without firing triggers again (recursive triggers are off).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The next count: the largest so far plus one (read from the partial index, whose
#: condition the query repeats so that SQLite may use it).
_NEXT = "(SELECT coalesce(max(change_seq), 0) + 1 FROM submission WHERE change_seq > 0)"
TRIGGERS = {
    "submission_finalized_counted": f"""
        AFTER INSERT ON submission WHEN NEW.status = 'finalized'
        BEGIN UPDATE submission SET change_seq = {_NEXT} WHERE rowid = NEW.rowid; END""",
    "submission_change_counted": f"""
        AFTER UPDATE ON submission
        WHEN (NEW.status = 'finalized' OR OLD.status = 'finalized')
             AND NEW.change_seq = OLD.change_seq
        BEGIN UPDATE submission SET change_seq = {_NEXT} WHERE rowid = NEW.rowid; END""",
    # a deleted row's count may be given again: the merge cache merges afresh after one
    "submission_removal_counted": """
        AFTER DELETE ON submission WHEN OLD.change_seq > 0
        BEGIN UPDATE submission_clock SET removed = removed + 1; END""",
}


def upgrade() -> None:
    op.create_table(
        "submission_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO submission_clock (id, removed) VALUES (1, 0)")
    op.add_column(
        "submission",
        sa.Column("change_seq", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute("UPDATE submission SET change_seq = rowid WHERE status = 'finalized'")
    # drafts (0) stay out of the index: saving one writes an index fewer
    op.create_index(
        "ix_submission_change", "submission", ["change_seq"], sqlite_where=sa.text("change_seq > 0")
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_submission_change", "submission")
    with op.batch_alter_table("submission") as batch_op:
        batch_op.drop_column("change_seq")
    op.drop_table("submission_clock")
