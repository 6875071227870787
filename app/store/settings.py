"""Small facts a laptop keeps about itself, each under one key of `Key`: the one place where
a setting is named. The stored names are those of older databases, so these keep working."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import Connection, delete, insert, select, text, update

from app import tables as t
from app.store.database import Database
from app.store.vault import Vault, is_sealed
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
    #: The feed number up to which this laptop has the server's catalogue of shared actions
    #: (an int; `sync.client.catalogue`).
    CATALOGUE_CURSOR = "sync.catalogue_cursor"
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
    #: The coaches' public sealing keys this laptop knows, by neighbourhood (JSON: id ->
    #: hexadecimal X25519 keys): personal answers are sealed to them at finalize.
    COACH_KEYS = "seal.coach_keys"
    #: A coach's own sealing key pair, its private half locked by the coach's passphrase
    #: (`sync.wire.sealing.LockedKey` as text): it opens the personal answers.
    COACH_SEAL_KEY = "seal.coach_key"


#: The settings that are secrets: kept by the `Vault` (the OS keyring, or sealed with a key
#: from outside the database), never in clear in the database file.
SECRETS = frozenset({Key.TOKEN, Key.COACH_TOKEN, Key.SIGNING_KEY})


class Settings:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._vault: Vault | None = None

    def keep_secrets_in(self, vault: Vault, *, seal_clear: bool) -> None:
        """From now on `SECRETS` go through `vault`. With `seal_clear`, those a Quartier
        before the vault wrote in clear are sealed now; SQLite zeroes what they overwrite
        (secure_delete, app.db) and a truncating checkpoint empties the log."""
        self._vault = vault
        if not seal_clear:
            return
        with self._db.read() as conn:
            rows = conn.execute(
                select(t.SETTING.c.key, t.SETTING.c.value).where(t.SETTING.c.key.in_(SECRETS))
            ).all()
        clear = {Key(k): v for k, v in rows if v is not None and not is_sealed(v)}
        if not clear:
            return
        sealed = {key: vault.seal(key, value) for key, value in clear.items()}
        with self._db.tx() as conn:
            for key, stored in sealed.items():
                _put(conn, key, stored)
        with self._db.read() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def get(self, key: Key, default: str | None = None) -> str | None:
        with self._db.read() as conn:
            value = conn.scalar(select(t.SETTING.c.value).where(t.SETTING.c.key == key))
        if value is not None and key in SECRETS and self._vault is not None:
            value = self._vault.open(key, value)
        return default if value is None else value

    def get_int(self, key: Key, default: int = 0) -> int:
        value = self.get(key)
        return int(value) if value else default

    def set(self, key: Key, value: str | int) -> None:
        stored = str(value)
        if key in SECRETS:
            if self._vault is None:
                raise RuntimeError(f"{key} is a secret and this store has no vault yet")
            stored = self._vault.seal(key, stored)
        with self._db.tx() as conn:
            _put(conn, key, stored)

    def forget(self, *keys: Key) -> None:
        """No value any more under `keys` (a closed session's token, say), here and in the
        OS keyring."""
        with self._db.tx() as conn:
            kept = conn.execute(
                select(t.SETTING.c.key, t.SETTING.c.value).where(t.SETTING.c.key.in_(keys))
            ).all()
            conn.execute(delete(t.SETTING).where(t.SETTING.c.key.in_(keys)))
        for key, stored in kept:
            if key in SECRETS and self._vault is not None and stored is not None:
                self._vault.drop(key, stored)

    def coach_keys(self, neighbourhood_id: str | None) -> list[str]:
        """The coaches' public sealing keys this laptop knows for a neighbourhood."""
        known = json.loads(self.get(Key.COACH_KEYS) or "{}")
        return list(known.get(neighbourhood_id or "", []))

    def add_coach_keys(self, neighbourhood_id: str, keys: Iterable[str]) -> list[str]:
        """Know these coach keys (hexadecimal X25519) for the neighbourhood; all it knows."""
        keys = list(keys)
        if bad := [k for k in keys if not re.fullmatch(r"[0-9a-f]{64}", k)]:
            raise ValueError(f"not a public key: {bad[0]!r}")
        known = json.loads(self.get(Key.COACH_KEYS) or "{}")
        known[neighbourhood_id] = sorted(set(known.get(neighbourhood_id, [])) | set(keys))
        self.set(Key.COACH_KEYS, json.dumps(known, sort_keys=True))
        return list(known[neighbourhood_id])

    def take_coach_keys(self, by_neighbourhood: dict[str, list[str]]) -> None:
        """The coach keys the server publishes: for each neighbourhood it names keys for,
        they replace those known here (a coach who left is dropped); the others stay."""
        known = json.loads(self.get(Key.COACH_KEYS) or "{}")
        known |= {nid: sorted(keys) for nid, keys in by_neighbourhood.items() if keys}
        self.set(Key.COACH_KEYS, json.dumps(known, sort_keys=True))

    def ensure_device(self) -> str:
        """This database's device id; the first opening makes it (and its device row)."""
        with self._db.tx() as conn:
            device_id = conn.scalar(select(t.SETTING.c.value).where(t.SETTING.c.key == Key.DEVICE))
            if device_id is None:
                device_id = new_id()
                conn.execute(
                    insert(t.DEVICE).values(
                        id=device_id, name="Cet ordinateur", created_at=now_iso()
                    )
                )
                _put(conn, Key.DEVICE, device_id)
        return device_id


def _put(conn: Connection, key: Key, value: str) -> None:
    changed = conn.execute(
        update(t.SETTING).where(t.SETTING.c.key == key).values(value=value)
    ).rowcount
    if not changed:
        conn.execute(insert(t.SETTING).values(key=key, value=value))
