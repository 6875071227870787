"""Photos and files, each kept once under the SHA-256 of its content."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, insert, select

from app import tables as t
from app.errors import InvalidOperation, RecordNotFound
from app.store.database import Database
from sync.wire.clock import now_iso


def put(conn: Connection, sha: str, content: bytes, media_type: str) -> None:
    """Keep `content` under `sha` (checked), once, in the caller's transaction."""
    if hashlib.sha256(content).hexdigest() != sha:
        raise InvalidOperation("attachment.mismatch", sha256=sha)
    if not conn.scalar(select(t.ATTACHMENT.c.sha256).where(t.ATTACHMENT.c.sha256 == sha)):
        conn.execute(
            insert(t.ATTACHMENT).values(
                sha256=sha,
                media_type=media_type,
                size=len(content),
                content=content,
                created_at=now_iso(),
            )
        )


class Attachments:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, content: bytes, media_type: str) -> str:
        """Keep a file once, named by its SHA-256; returns that hash."""
        sha = hashlib.sha256(content).hexdigest()
        with self._db.tx() as conn:
            put(conn, sha, content, media_type)
        return sha

    def get(self, sha256: str) -> tuple[bytes, str]:
        """The content and media type of a file kept here."""
        with self._db.read() as conn:
            row = conn.execute(
                select(t.ATTACHMENT.c.content, t.ATTACHMENT.c.media_type).where(
                    t.ATTACHMENT.c.sha256 == sha256
                )
            ).first()
        if row is None:
            raise RecordNotFound("record.not_found", id=sha256)
        return row.content, row.media_type

    def hashes(self) -> list[str]:
        """Every attachment kept here, by hash: the server says which it lacks."""
        with self._db.read() as conn:
            return list(conn.scalars(select(t.ATTACHMENT.c.sha256).order_by(t.ATTACHMENT.c.sha256)))
