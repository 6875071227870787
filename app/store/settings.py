"""Small facts a laptop keeps about itself, each under one key of `Key`: the one place where
a setting is named. The stored names are those of older databases, so these keep working."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Connection, delete, insert, select, update

from app import models as m
from app.store.database import Database
from sync.wire.clock import new_id, now_iso


class Key(StrEnum):
    #: This database's own device id, made at its first opening.
    DEVICE = "device_id"
    #: Where the volunteer works now, and who works on this computer (a person's id).
    NEIGHBOURHOOD = "neighbourhood_id"
    CAMPAIGN = "campaign_id"
    PERSON = "person_id"
    #: The server's address: chosen in the settings or at enrolment (which keeps the
    #: address it enrolled with).
    SERVER = "sync.server"
    #: What enrolment gives: the device's token, its id and its neighbourhood on the server.
    TOKEN = "sync.token"
    ENROLLED_DEVICE = "sync.device_id"
    ENROLLED_NEIGHBOURHOOD = "sync.neighbourhood_id"
    #: The pull cursor: the server's change number this laptop has applied up to (an int).
    CURSOR = "sync.cursor"
    #: A coach's session on the server (`login`): sends the conflict resolutions and review
    #: decisions made here and pulls the neighbourhood's whole feed (interviews and reviews
    #: included) from its own cursor (an int).
    COACH_TOKEN = "sync.coach_token"
    #: The server's epoch (its timeline) at the last pull: a new one means the server was
    #: restored from a backup, so the cursors go back and lost changes are sent again.
    EPOCH = "sync.epoch"
    COACH_CURSOR = "sync.coach_cursor"
    #: The account name the coach's session was opened with: kept once the session expired,
    #: to say whose session it was; forgotten when the coach closes it.
    COACH_NAME = "sync.coach_name"
    #: When the last sync ended, and what it did (JSON).
    LAST_SYNC_AT = "sync.last_at"
    LAST_SYNC_SUMMARY = "sync.last_summary"
    #: This laptop's Ed25519 private key (hexadecimal), made at its first enrolment or
    #: bundle export: it signs the bundles; the server knows its public half.
    SIGNING_KEY = "sync.signing_key"
    #: The public keys of the neighbourhood's devices, as a coach's laptop received them from
    #: the feed (JSON, by device id): the bundles it is handed are checked against them.
    DEVICE_KEYS = "sync.device_keys"


class Settings:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: Key, default: str | None = None) -> str | None:
        with self._db.read() as conn:
            value = conn.scalar(select(m.Setting.value).where(m.Setting.key == key))
        return default if value is None else value

    def get_int(self, key: Key, default: int = 0) -> int:
        value = self.get(key)
        return int(value) if value else default

    def set(self, key: Key, value: str | int) -> None:
        with self._db.tx() as conn:
            _put(conn, key, str(value))

    def forget(self, *keys: Key) -> None:
        """No value any more under `keys` (a closed session's token, say)."""
        with self._db.tx() as conn:
            conn.execute(delete(m.Setting).where(m.Setting.key.in_(keys)))

    def ensure_device(self) -> str:
        """This database's device id; the first opening makes it (and its device row)."""
        with self._db.tx() as conn:
            device_id = conn.scalar(select(m.Setting.value).where(m.Setting.key == Key.DEVICE))
            if device_id is None:
                device_id = new_id()
                conn.execute(
                    insert(m.Device).values(
                        id=device_id, name="Cet ordinateur", created_at=now_iso()
                    )
                )
                _put(conn, Key.DEVICE, device_id)
        return device_id


def _put(conn: Connection, key: Key, value: str) -> None:
    changed = conn.execute(
        update(m.Setting).where(m.Setting.key == key).values(value=value)
    ).rowcount
    if not changed:
        conn.execute(insert(m.Setting).values(key=key, value=value))
