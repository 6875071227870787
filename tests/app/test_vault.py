"""A laptop's tokens and signing key are never in clear in its database file (issue 12, #7):
in the OS keyring where there is one, else sealed with a key kept outside the database."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from app.store import Key, Store
from app.store.vault import KEYRING_ENV, SECRETS_DIR_ENV

TOKEN = "q.jeton-de-test-0123456789abcdef"
COACH = "q.session-du-coach-fedcba9876543210"


def on_disk(path: Path) -> bytes:
    """Every byte SQLite keeps for the database: the file, its log and its shared memory."""
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def raw_setting(path: Path, key: Key) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (str(key),)).fetchone()
    conn.close()
    return None if row is None else str(row[0])


@pytest.fixture
def secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config" / "Quartier"
    monkeypatch.setenv(SECRETS_DIR_ENV, str(folder))
    monkeypatch.setenv(KEYRING_ENV, "0")
    return folder


def test_without_a_keyring_the_file_holds_only_ciphertext(db_path: Path, secrets: Path) -> None:
    with Store.open(db_path) as store:
        store.settings.set(Key.TOKEN, TOKEN)
        store.settings.set(Key.COACH_TOKEN, COACH)
        key = store.settings.get(Key.SIGNING_KEY)
        assert key is None
        assert store.settings.get(Key.TOKEN) == TOKEN
        assert on_disk(db_path).count(TOKEN.encode()) == 0
    assert TOKEN.encode() not in on_disk(db_path) and COACH.encode() not in on_disk(db_path)
    assert str(raw_setting(db_path, Key.TOKEN)).startswith("box:")
    secret = secrets / "secret.key"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600 and len(secret.read_bytes()) == 32
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o700
    with Store.open(db_path) as again:
        assert again.settings.get(Key.TOKEN) == TOKEN
        assert again.settings.get(Key.COACH_TOKEN) == COACH


def test_a_copy_of_the_database_alone_opens_no_secret(
    db_path: Path, secrets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        store.settings.set(Key.TOKEN, TOKEN)
    monkeypatch.setenv(SECRETS_DIR_ENV, str(tmp_path / "elsewhere"))  # another machine
    with Store.open(db_path) as stolen:
        assert stolen.settings.get(Key.TOKEN) is None  # as if never enrolled
    monkeypatch.setenv(SECRETS_DIR_ENV, str(secrets))
    with Store.open(db_path) as home:
        assert home.settings.get(Key.TOKEN) == TOKEN


def test_each_database_has_its_own_key(db_path: Path, secrets: Path, tmp_path: Path) -> None:
    other_path = tmp_path / "other.sqlite"
    with Store.open(db_path) as store, Store.open(other_path) as other:
        store.settings.set(Key.TOKEN, TOKEN)
        other.settings.set(Key.TOKEN, TOKEN)
    sealed = raw_setting(db_path, Key.TOKEN)
    assert sealed != raw_setting(other_path, Key.TOKEN)
    with sqlite3.connect(other_path) as conn:  # one database's box moved into another
        conn.execute("UPDATE setting SET value = ? WHERE key = ?", (sealed, str(Key.TOKEN)))
    conn.close()
    with Store.open(other_path) as other:
        assert other.settings.get(Key.TOKEN) is None


def test_secrets_an_older_quartier_left_in_clear_are_sealed_at_open(
    db_path: Path, secrets: Path
) -> None:
    with Store.open(db_path):
        pass
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO setting (key, value) VALUES (?, ?)",
            [(str(Key.TOKEN), TOKEN), (str(Key.COACH_TOKEN), COACH)],
        )
    conn.close()
    assert TOKEN.encode() in on_disk(db_path)
    with Store.open(db_path, exclusive=False) as reader:  # a reading command seals nothing
        assert reader.settings.get(Key.TOKEN) == TOKEN
    assert raw_setting(db_path, Key.TOKEN) == TOKEN
    with Store.open(db_path) as store:
        assert store.settings.get(Key.TOKEN) == TOKEN
        assert store.settings.get(Key.COACH_TOKEN) == COACH
    assert str(raw_setting(db_path, Key.COACH_TOKEN)).startswith("box:")
    assert TOKEN.encode() not in on_disk(db_path) and COACH.encode() not in on_disk(db_path)


class MemoryKeyring(KeyringBackend):
    """A working OS keyring, for the machines that have one (this one has none)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self, broken: bool = False) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.broken = broken

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise KeyringError("le trousseau est verrouillé")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def system_keyring(secrets: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    made = MemoryKeyring()
    keyring.set_keyring(made)
    monkeypatch.setenv(KEYRING_ENV, "1")
    yield made
    keyring.set_keyring(before)


def test_with_a_keyring_the_secret_lives_there(
    db_path: Path, system_keyring: MemoryKeyring
) -> None:
    with Store.open(db_path) as store:
        store.settings.set(Key.COACH_TOKEN, COACH)
        device = store.device_id
        assert store.settings.get(Key.COACH_TOKEN) == COACH
    assert raw_setting(db_path, Key.COACH_TOKEN) == "keyring"
    assert system_keyring.entries == {("Quartier", f"{device}/sync.coach_token"): COACH}
    assert COACH.encode() not in on_disk(db_path)
    with Store.open(db_path) as store:
        store.settings.forget(Key.COACH_TOKEN, Key.COACH_NAME)  # the coach closes the session
        assert store.settings.get(Key.COACH_TOKEN) is None
    assert system_keyring.entries == {}


def test_a_locked_keyring_falls_back_to_the_sealed_file(
    db_path: Path, system_keyring: MemoryKeyring
) -> None:
    system_keyring.broken = True
    with Store.open(db_path) as store:
        store.settings.set(Key.TOKEN, TOKEN)
        assert store.settings.get(Key.TOKEN) == TOKEN
    assert str(raw_setting(db_path, Key.TOKEN)).startswith("box:")
    assert system_keyring.entries == {}
