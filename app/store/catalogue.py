"""The catalogue of transition actions other neighbourhoods share (issue 16), as this laptop
received it from the server at sync: their shared fields only (`sync.wire.catalogue`). Browsing
it and copying an action as a project idea are `app.actions.catalogue`."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from app import tables as t
from app.store.database import Database
from sync.wire.catalogue import SharedAction

SHARED = t.SHARED_ACTION


class Catalogue:
    def __init__(self, db: Database) -> None:
        self._db = db

    def receive(self, actions: Iterable[SharedAction], withdrawn: Iterable[str]) -> int:
        """Keep the actions of a catalogue page, then forget those withdrawn (a correction
        withdraws the version it replaces, received before it). Receiving a page twice
        changes nothing. Returns how many actions the page brought."""
        rows = [a.model_dump() for a in actions]
        with self._db.tx() as conn:
            if rows:
                stmt = insert(SHARED).values(rows)
                columns = {c: stmt.excluded[c] for c in rows[0] if c != "id"}
                conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=columns))
            gone = list(withdrawn)
            if gone:
                conn.execute(delete(SHARED).where(SHARED.c.id.in_(gone)))
        return len(rows)

    def actions(self, theme: str | None = None) -> list[SharedAction]:
        """The shared actions (of a theme when asked), newest first."""
        stmt = select(SHARED).order_by(SHARED.c.shared_at.desc(), SHARED.c.id)
        if theme is not None:
            stmt = stmt.where(SHARED.c.theme == theme)
        with self._db.read() as conn:
            return [SharedAction(**r._mapping) for r in conn.execute(stmt)]
