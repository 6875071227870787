"""Accounts (admins, coaches), their neighbourhoods and sessions, and who holds a token."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    insert,
    select,
    update,
)

from sync.server import schema as t
from sync.server.database import Database
from sync.server.errors import ServerError
from sync.wire.clock import iso, new_id, now_iso

SESSION_HOURS = 12
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Principal:
    """Who is calling: an account (admin, coach) or an enrolled device (volunteer)."""

    kind: str
    id: str
    role: str
    name: str
    neighbourhood_ids: frozenset[str] = field(default_factory=frozenset)
    #: A coach (or a coach's own laptop) may push review decisions.
    may_review: bool = False

    def may_see(self, neighbourhood_id: str) -> bool:
        return self.role == "admin" or neighbourhood_id in self.neighbourhood_ids

    @property
    def device_id(self) -> str | None:
        return self.id if self.kind == "device" else None


#: Starts every token made since issue 12; `token_urlsafe` never writes a dot, so a token
#: made before cannot start with it.
EXACT = "q."


def new_token() -> str:
    """A bearer token for a session or a device, compared exactly (case included)."""
    return EXACT + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Tokens are random; a plain SHA-256 is enough to keep only a hash. Those made before
    issue 12 were kept upper-cased (compared without case); they still open, that way only,
    until the device is enrolled again (sessions expire within SESSION_HOURS)."""
    kept = token if token.startswith(EXACT) else token.strip().upper()
    return hashlib.sha256(kept.encode()).hexdigest()


def code_hash(code: str) -> str:
    """Enrolment codes are typed by people: spaces around and case do not count."""
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


class Accounts(Database):
    """Accounts, neighbourhoods, sessions; `principal` says who a token belongs to."""

    def add_neighbourhood(self, name: str, actor: str = "admin") -> str:
        nid = new_id()
        with self._write() as w:
            w.conn.execute(insert(t.neighbourhood).values(id=nid, name=name, created_at=now_iso()))
            self._audit(w.conn, actor, "add_neighbourhood", nid, name=name)
        return nid

    def neighbourhoods(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(t.neighbourhood).order_by(t.neighbourhood.c.name))
            return [dict(r._mapping) for r in rows]

    def create_account(
        self, name: str, password: str, role: str, neighbourhood_ids: Iterable[str] = ()
    ) -> str:
        if role not in ("admin", "coach"):
            raise ServerError("sync.bad_role", role=role)
        aid = new_id()
        with self._write() as w:
            if w.conn.scalar(select(t.account.c.id).where(t.account.c.name == name)):
                raise ServerError("sync.account_exists", 409, name=name)
            w.conn.execute(
                insert(t.account).values(
                    id=aid,
                    name=name,
                    role=role,
                    password_hash=_hasher.hash(password),
                    created_at=now_iso(),
                )
            )
            for nid in neighbourhood_ids:
                w.conn.execute(insert(t.membership).values(account_id=aid, neighbourhood_id=nid))
            self._audit(w.conn, "admin", "create_account", aid, name=name, role=role)
        return aid

    def add_membership(self, account_id: str, neighbourhood_id: str) -> None:
        with self._write() as w:
            w.conn.execute(
                insert(t.membership).values(
                    account_id=account_id, neighbourhood_id=neighbourhood_id
                )
            )

    def login(self, name: str, password: str) -> str | None:
        """A session token for an account whose password matches, else None."""
        with self._read() as conn:
            row = conn.execute(select(t.account).where(t.account.c.name == name)).first()
        if row is None:
            _hasher.hash(password)  # as slow as a real check: no timing hint that `name` exists
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        token = new_token()
        now = datetime.now(UTC)
        with self._write() as w:
            w.conn.execute(
                insert(t.session).values(
                    token_hash=token_hash(token),
                    account_id=row.id,
                    created_at=iso(now),
                    expires_at=iso(now + timedelta(hours=SESSION_HOURS)),
                )
            )
            self._audit(w.conn, name, "login", row.id)
        return token

    def principal(self, token: str) -> Principal | None:
        """Who holds this token now; None when it is unknown, expired or revoked."""
        digest, now = token_hash(token), now_iso()
        with self._read() as conn:
            d, a = t.device, t.account
            dev = conn.execute(  # one round trip: every push asks
                select(d.c.id, d.c.name, d.c.neighbourhood_id, a.c.role, a.c.name.label("owner"))
                .outerjoin(a, a.c.id == d.c.account_id)
                .where(d.c.token_hash == digest, d.c.revoked_at.is_(None))
            ).first()
            if dev is not None:
                return Principal(
                    "device",
                    dev.id,
                    "volunteer",
                    dev.owner or dev.name,
                    frozenset([dev.neighbourhood_id]),
                    may_review=dev.role in ("coach", "admin"),
                )
            acc = conn.execute(
                select(t.account)
                .join(t.session, t.session.c.account_id == t.account.c.id)
                .where(
                    t.session.c.token_hash == digest,
                    t.session.c.revoked_at.is_(None),
                    t.session.c.expires_at > now,
                )
            ).first()
            if acc is None:
                return None
            nids = conn.scalars(
                select(t.membership.c.neighbourhood_id).where(t.membership.c.account_id == acc.id)
            )
            return Principal(
                "account",
                acc.id,
                acc.role,
                acc.name,
                frozenset(nids),
                may_review=acc.role in ("coach", "admin"),
            )

    def logout(self, token: str) -> None:
        with self._write() as w:
            w.conn.execute(
                update(t.session)
                .where(t.session.c.token_hash == token_hash(token))
                .values(revoked_at=now_iso())
            )
