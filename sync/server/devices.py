"""Enrolment codes and the devices they enrol (volunteers' laptops, and coaches' own)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    insert,
    select,
    update,
)

from sync.server import schema as t
from sync.server.accounts import Principal, code_hash, new_token, token_hash
from sync.server.database import Database, FeedWriter
from sync.server.errors import ServerError
from sync.wire.clock import iso, new_id, now_iso
from sync.wire.protocol import DeviceKey


@dataclass(frozen=True)
class NewCode:
    id: str
    code: str
    neighbourhood_id: str
    expires_at: str
    uses: int | None


@dataclass(frozen=True)
class Enrolment:
    token: str
    device_id: str
    neighbourhood_id: str
    neighbourhood_name: str


def new_code() -> str:
    """An enrolment code a person can type: 12 letters and digits in three groups."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Devices(Database):
    """Enrolment codes and devices; enrolling is idempotent for a laptop's own id."""

    def create_enrolment_code(
        self,
        neighbourhood_id: str,
        created_by: str | None,
        uses: int | None = 1,
        valid_hours: int = 72,
    ) -> NewCode:
        code, cid = new_code(), new_id()
        expires = iso(datetime.now(UTC) + timedelta(hours=valid_hours))
        with self._write() as w:
            self._require_neighbourhood(w.conn, neighbourhood_id)
            w.conn.execute(
                insert(t.enrolment_code).values(
                    id=cid,
                    code_hash=code_hash(code),
                    neighbourhood_id=neighbourhood_id,
                    created_by=created_by,
                    created_at=now_iso(),
                    expires_at=expires,
                    uses_left=uses,
                )
            )
            actor = created_by or "cli"
            self._audit(w.conn, actor, "create_code", cid, uses=uses, expires_at=expires)
        return NewCode(cid, code, neighbourhood_id, expires, uses)

    def enrolment_code(self, code_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(
                select(t.enrolment_code).where(t.enrolment_code.c.id == code_id)
            ).first()
            return dict(row._mapping) if row else None

    def revoke_enrolment_code(self, code_id: str, actor: str) -> None:
        with self._write() as w:
            w.conn.execute(
                update(t.enrolment_code)
                .where(t.enrolment_code.c.id == code_id)
                .values(revoked_at=now_iso())
            )
            self._audit(w.conn, actor, "revoke_code", code_id)

    def enrol(
        self,
        code: str,
        device_name: str = "",
        device_id: str | None = None,
        public_key: str | None = None,
    ) -> Enrolment:
        """Exchange a valid enrolment code for a device token (shown once, kept as a hash).
        A laptop sends its own id: when the answer to its first try was lost, a retry with
        the same code and id gets the same enrolment (a new token for the same device), and
        the code is not used twice. It sends its public key too: kept once, never replaced
        (a retry sends the same key; another key for the same device is refused)."""
        token, did = new_token(), device_id or new_id()
        with self._write() as w:
            row = w.conn.execute(
                select(t.enrolment_code).where(t.enrolment_code.c.code_hash == code_hash(code))
            ).first()
            if row is None or row.revoked_at is not None or row.expires_at <= now_iso():
                raise ServerError("sync.bad_code", 403)
            known = w.conn.execute(select(t.device).where(t.device.c.id == did)).first()
            if known is not None and (
                known.code_id != row.id
                or known.revoked_at is not None
                or not _same_key(known.public_key, public_key)
            ):
                raise ServerError("sync.bad_code", 403)
            if known is None and row.uses_left == 0:
                raise ServerError("sync.bad_code", 403)
            key = known.public_key if known is not None and known.public_key else public_key
            if known is not None:
                w.conn.execute(
                    update(t.device)
                    .where(t.device.c.id == did)
                    .values(token_hash=token_hash(token), public_key=key)
                )
            else:
                if row.uses_left is not None:
                    w.conn.execute(
                        update(t.enrolment_code)
                        .where(t.enrolment_code.c.id == row.id)
                        .values(uses_left=row.uses_left - 1)
                    )
                self._insert_device(
                    w.conn, did, token, row.neighbourhood_id, device_name, row.id, public_key
                )
            _announce(w, did, row.neighbourhood_id, key)
            name = self._neighbourhood_name(w.conn, row.neighbourhood_id)
            action = "enrol_again" if known is not None else "enrol"
            self._audit(w.conn, device_name or did, action, did, code_id=row.id)
        return Enrolment(token, did, row.neighbourhood_id, name)

    def enrol_coach_device(
        self,
        actor: Principal,
        neighbourhood_id: str,
        device_id: str,
        device_name: str = "",
        public_key: str | None = None,
    ) -> Enrolment:
        """A coach's own laptop, enrolled with the coach's session: it pushes like any device
        and may push review decisions. Asking again re-issues the token of the same device
        (its public key, like any device's, is kept once and never replaced)."""
        token = new_token()
        with self._write() as w:
            self._require_neighbourhood(w.conn, neighbourhood_id)
            known = w.conn.execute(select(t.device).where(t.device.c.id == device_id)).first()
            if known is not None and (
                known.account_id != actor.id
                or known.revoked_at
                or not _same_key(known.public_key, public_key)
            ):
                raise ServerError("sync.forbidden", 403)
            key = known.public_key if known is not None and known.public_key else public_key
            if known is not None:
                w.conn.execute(
                    update(t.device)
                    .where(t.device.c.id == device_id)
                    .values(
                        token_hash=token_hash(token),
                        neighbourhood_id=neighbourhood_id,
                        public_key=key,
                    )
                )
            else:
                self._insert_device(
                    w.conn,
                    device_id,
                    token,
                    neighbourhood_id,
                    device_name,
                    None,
                    public_key,
                    actor.id,
                )
            _announce(w, device_id, neighbourhood_id, key)
            name = self._neighbourhood_name(w.conn, neighbourhood_id)
            self._audit(w.conn, actor.name, "enrol_coach_device", device_id)
        return Enrolment(token, device_id, neighbourhood_id, name)

    @staticmethod
    def _insert_device(
        conn: Connection,
        device_id: str,
        token: str,
        neighbourhood_id: str,
        name: str,
        code_id: str | None,
        public_key: str | None,
        account_id: str | None = None,
    ) -> None:
        conn.execute(
            insert(t.device).values(
                id=device_id,
                token_hash=token_hash(token),
                neighbourhood_id=neighbourhood_id,
                code_id=code_id,
                account_id=account_id,
                public_key=public_key,
                name=name or "appareil",
                enrolled_at=now_iso(),
            )
        )

    @staticmethod
    def _neighbourhood_name(conn: Connection, neighbourhood_id: str) -> str:
        return str(
            conn.scalar(
                select(t.neighbourhood.c.name).where(t.neighbourhood.c.id == neighbourhood_id)
            )
        )

    def device(self, device_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(select(t.device).where(t.device.c.id == device_id)).first()
            return dict(row._mapping) if row else None

    def revoke_device(self, device_id: str, actor: str) -> None:
        """Its token stops working, and coaches' laptops learn that its bundles are refused."""
        with self._write() as w:
            w.conn.execute(
                update(t.device).where(t.device.c.id == device_id).values(revoked_at=now_iso())
            )
            row = w.conn.execute(select(t.device).where(t.device.c.id == device_id)).first()
            if row is not None:
                _announce(w, device_id, row.neighbourhood_id, row.public_key, revoked=True)
            self._audit(w.conn, actor, "revoke_device", device_id)


def _same_key(kept: str | None, sent: str | None) -> bool:
    """A device's key is set once: a later enrolment may send it again, or none (a laptop
    from before signed bundles), never another."""
    return kept is None or sent is None or kept == sent


def _announce(
    w: FeedWriter,
    device_id: str,
    neighbourhood_id: str,
    public_key: str | None,
    revoked: bool = False,
) -> None:
    """Tell the neighbourhood's coaches' laptops the device's key (feed entity `device`)."""
    if public_key is not None:
        payload = DeviceKey(public_key=public_key, revoked=revoked).model_dump()
        w.append(neighbourhood_id, "device", device_id, new_id(), payload)
