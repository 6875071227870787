"""Attachments (photos) stored once by content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import (
    Connection,
    insert,
    select,
)

from sync.server import schema as t
from sync.server.database import Database
from sync.server.errors import ServerError
from sync.wire.clock import now_iso


class Attachments(Database):
    """Files by SHA-256: sent once, checked against their hash."""

    def put_attachment(self, sha256: str, content: bytes, media_type: str) -> bool:
        """Keep a file under its hash, verified on arrival; False when it was already here."""
        with self._write() as w:
            return self._store_attachment(w.conn, sha256, content, media_type)

    @staticmethod
    def _store_attachment(conn: Connection, sha256: str, content: bytes, media_type: str) -> bool:
        if hashlib.sha256(content).hexdigest() != sha256.lower():
            raise ServerError("sync.attachment_mismatch", 400, sha256=sha256)
        if conn.scalar(select(t.attachment.c.sha256).where(t.attachment.c.sha256 == sha256)):
            return False
        conn.execute(
            insert(t.attachment).values(
                sha256=sha256.lower(),
                media_type=media_type,
                size=len(content),
                content=content,
                created_at=now_iso(),
            )
        )
        return True

    def get_attachment(self, sha256: str) -> tuple[bytes, str] | None:
        with self._read() as conn:
            row = conn.execute(
                select(t.attachment.c.content, t.attachment.c.media_type).where(
                    t.attachment.c.sha256 == sha256
                )
            ).first()
        return (bytes(row.content), row.media_type) if row else None

    def missing_attachments(self, hashes: Sequence[str]) -> list[str]:
        with self._read() as conn:
            have = set(
                conn.scalars(select(t.attachment.c.sha256).where(t.attachment.c.sha256.in_(hashes)))
            )
        return [h for h in hashes if h not in have]
