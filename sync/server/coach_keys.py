"""Coaches' public sealing keys (issue 12): a coach's laptop publishes the public half of the
key its passphrase locks; every laptop of the coach's neighbourhoods receives the keys of that
neighbourhood's coaches and seals personal answers to them at finalize. The server keeps only
public keys, and only ciphertext of the answers: what arrived in clear before a coach had a
key is sealed when the key comes (`sync.server.personal_sealing`)."""

from __future__ import annotations

from sqlalchemy import insert, select

from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.database import Database
from sync.server.errors import ServerError
from sync.server.personal_sealing import coach_keys_in, seal_kept
from sync.wire.clock import now_iso


class CoachKeys(Database):
    def publish_coach_key(self, who: Principal, public_key: str) -> bool:
        """Keep a coach's public key; False when it was kept already."""
        if who.kind != "account" or who.role != "coach":
            raise ServerError("sync.forbidden", 403)
        k = t.coach_key
        with self._write() as w:
            known = w.conn.scalar(
                select(k.c.public_key).where(k.c.account_id == who.id, k.c.public_key == public_key)
            )
            if known is not None:
                return False
            w.conn.execute(
                insert(k).values(account_id=who.id, public_key=public_key, created_at=now_iso())
            )
            m = t.membership
            homes = w.conn.scalars(select(m.c.neighbourhood_id).where(m.c.account_id == who.id))
            sealed = sum(seal_kept(w.conn, nid) for nid in homes.all())
            self._audit(w.conn, who.name, "coach_key", public_key[:16], sealed=sealed)
        return True

    def coach_keys(self, neighbourhood_ids: list[str]) -> dict[str, list[str]]:
        """The public keys of the coaches of each neighbourhood, sorted."""
        with self._read() as conn:
            return coach_keys_in(conn, neighbourhood_ids)
