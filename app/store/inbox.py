"""Changes made on another device that reach this laptop by hand (a volunteer's offline
bundle, imported on a coach's laptop): kept here and forwarded to the server."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.store import attachments
from app.store.database import Database
from app.store.outbox import Queued, known, queue
from app.store.submissions import insert_received


class Inbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    def receive(
        self,
        changes: list[dict[str, Any]],
        files: Iterable[tuple[str, bytes, str]] = (),
    ) -> tuple[int, int]:
        """Take in changes made on another device, in one transaction: their interviews join
        this store as they were finalized there (author, device and dates kept), and every
        change is queued to be forwarded to the server under its own change id, so that the
        server files it once whoever brings it. A change already here is skipped: importing
        twice changes nothing. `files` are (sha256, content, media type). Returns (new,
        already here)."""
        fresh = already = 0
        with self._db.tx() as conn:
            for sha, content, media_type in files:
                attachments.put(conn, sha, content, media_type)
            for change in changes:
                if known(conn, change["change_id"]):
                    already += 1
                    continue
                if change["entity"] == "submission":
                    insert_received(conn, change["payload"])
                queue(
                    conn,
                    Queued(
                        change["entity"],
                        change["entity_id"],
                        change["payload"],
                        change["change_id"],
                    ),
                )
                fresh += 1
        return fresh, already
