"""Alembic environment of the central server: the engine comes from sync.server.store."""

from alembic import context

from sync.server.schema import metadata

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    context.run_migrations()
