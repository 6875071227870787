"""one setting for the server's address

The address chosen in the settings (`server_url`) and the one enrolment kept
(`sync.server`) become one, `sync.server`: an enrolled laptop keeps the address it
enrolled with, one not yet enrolled keeps the address chosen.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO setting (key, value) SELECT 'sync.server', value FROM setting"
        " WHERE key = 'server_url' AND NOT EXISTS"
        " (SELECT 1 FROM setting WHERE key = 'sync.server')"
    )
    op.execute("DELETE FROM setting WHERE key = 'server_url'")


def downgrade() -> None:
    op.execute(
        "INSERT INTO setting (key, value) SELECT 'server_url', value FROM setting"
        " WHERE key = 'sync.server'"
    )
