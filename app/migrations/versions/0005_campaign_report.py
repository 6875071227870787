"""what a coach writes for a campaign's report

The recommendations and next steps, the acknowledgements and the group's contact, kept on
the campaign beside its name and dates. The laptop's own: a campaign received again from the
server keeps them (only the server's columns are updated).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch_op:
        batch_op.add_column(sa.Column("report", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("campaign") as batch_op:
        batch_op.drop_column("report")
