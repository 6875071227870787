"""Attachments (photos) stored once by content hash, read only where they are used."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from sqlalchemy import (
    Connection,
    Text,
    cast,
    insert,
    select,
)

from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.database import Database
from sync.server.errors import ServerError
from sync.wire.clock import now_iso

SHA256 = re.compile("[0-9a-f]{64}")
#: A media type as a laptop sends it (`image/jpeg`); anything else is kept as UNKNOWN_MEDIA.
MEDIA_TYPE = re.compile(r"[\w.+-]{1,40}/[\w.+-]{1,59}")
UNKNOWN_MEDIA = "application/octet-stream"


class Attachments(Database):
    """Files by SHA-256: sent once, checked against their hash."""

    def put_attachment(self, sha256: str, content: bytes, media_type: str) -> bool:
        """Keep a file under its hash, verified on arrival; False when it was already here."""
        with self._write() as w:
            return self._store_attachment(w.conn, sha256, content, media_type)

    @staticmethod
    def _store_attachment(conn: Connection, sha256: str, content: bytes, media_type: str) -> bool:
        """Hashes are kept in lower case, whichever case they came in (the same file sent
        twice with an upper-case hash was stored twice, and the second failed)."""
        sha = sha256.lower()
        if hashlib.sha256(content).hexdigest() != sha:
            raise ServerError("sync.attachment_mismatch", 400, sha256=sha256[:64])
        if conn.scalar(select(t.attachment.c.sha256).where(t.attachment.c.sha256 == sha)):
            return False
        conn.execute(
            insert(t.attachment).values(
                sha256=sha,
                media_type=media_type if MEDIA_TYPE.fullmatch(media_type) else UNKNOWN_MEDIA,
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
                    t.attachment.c.sha256 == sha256.lower()
                )
            ).first()
        return (bytes(row.content), row.media_type) if row else None

    def may_read_attachment(self, sha256: str, reader: Principal) -> bool:
        """A file is read where it is used: an inventory item of a neighbourhood the reader
        may see names it, or an interview does that the reader may see (a coach's or an
        admin's: any of their neighbourhoods; a volunteer's laptop: the interviews made on
        it). Knowing a hash is not enough: photos of residents stay in their neighbourhood."""
        sha = sha256.lower()
        if not SHA256.fullmatch(sha):
            return False
        named = f'%"{sha}"%'  # a hex hash holds no LIKE wildcard
        s, i = t.submission, t.inventory_item
        items = select(i.c.id).where(cast(i.c.data, Text).like(named))
        interviews = select(s.c.id).where(
            cast(s.c.answers, Text).like(named), s.c.erased_at.is_(None)
        )
        if reader.role != "admin":
            hoods = sorted(reader.neighbourhood_ids)
            items = items.where(i.c.neighbourhood_id.in_(hoods))
            interviews = interviews.where(s.c.neighbourhood_id.in_(hoods))
        if reader.kind == "device" and not reader.may_review:
            interviews = interviews.where(s.c.device_id == reader.id)
        with self._read() as conn:
            return any(conn.scalar(q.limit(1)) is not None for q in (items, interviews))

    def missing_attachments(self, hashes: Sequence[str]) -> list[str]:
        with self._read() as conn:
            have = set(
                conn.scalars(select(t.attachment.c.sha256).where(t.attachment.c.sha256.in_(hashes)))
            )
        return [h for h in hashes if h not in have]
