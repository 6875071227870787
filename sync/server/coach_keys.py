"""Coaches' public sealing keys (issue 12): a coach's laptop publishes the public half of the
key its passphrase locks; every laptop of the coach's neighbourhoods receives the keys of that
neighbourhood's coaches and seals personal answers to them at finalize. The server keeps only
public keys, and only ciphertext of the answers."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import insert, select

from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.database import Database
from sync.server.errors import ServerError
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
            self._audit(w.conn, who.name, "coach_key", public_key[:16])
        return True

    def coach_keys(self, neighbourhood_ids: list[str]) -> dict[str, list[str]]:
        """The public keys of the coaches of each neighbourhood (accounts with the role coach
        and a membership there), sorted."""
        k, m, a = t.coach_key, t.membership, t.account
        found: dict[str, list[str]] = defaultdict(list)
        with self._read() as conn:
            rows = conn.execute(
                select(m.c.neighbourhood_id, k.c.public_key)
                .join(k, k.c.account_id == m.c.account_id)
                .join(a, a.c.id == m.c.account_id)
                .where(m.c.neighbourhood_id.in_(neighbourhood_ids), a.c.role == "coach")
                .order_by(m.c.neighbourhood_id, k.c.public_key)
            )
            for nid, key in rows:
                found[nid].append(key)
        return {nid: found.get(nid, []) for nid in neighbourhood_ids}
