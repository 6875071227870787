"""Where a laptop keeps its secrets: the device's token, a coach's session token and the
bundle-signing private key (`Key.SECRET`). Never in clear in the database file.

- Where the system has a keyring (macOS Keychain, Windows Credential Locker, the Secret
  Service of GNOME or KDE), the value goes there, under the service "Quartier" and the name
  `<device id>/<setting>`; the database row only says ``keyring``.
- Elsewhere (a bare Linux session, a server without a desktop) the value is sealed with
  libsodium's SecretBox (XSalsa20-Poly1305) and the database row holds ``box:`` and the
  ciphertext. The key comes from a random 32-byte secret in the user's configuration folder
  (`secret.key`, mode 0600 in a 0700 folder), hashed with the device id (BLAKE2b), so each
  database has its own key.

What this protects: the database file on its own (a copy on a USB stick, a backup, a file
sent for help, a bundle) carries no usable token or key. What it does not: someone who can
read the user's files on the laptop (a stolen laptop without disk encryption, malware running
as the user) reads `secret.key` as well, and so the tokens. Only the OS keyring (unlocked by
the session's password) or full-disk encryption stands against that.

`QUARTIER_KEYRING=0` keeps the OS keyring out (the tests do, so as never to write in a
developer's keyring); `QUARTIER_SECRETS_DIR` names the folder of `secret.key`.
"""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from nacl.encoding import RawEncoder
from nacl.exceptions import CryptoError
from nacl.hash import blake2b
from nacl.secret import SecretBox
from nacl.utils import random

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

KEYRING_ENV = "QUARTIER_KEYRING"
SECRETS_DIR_ENV = "QUARTIER_SECRETS_DIR"
SERVICE = "Quartier"
#: What a database row holds in place of a secret kept in the OS keyring.
IN_KEYRING = "keyring"
#: The prefix of a secret sealed in the row itself (the file fallback).
BOXED = "box:"


def secrets_folder() -> Path:
    if folder := os.environ.get(SECRETS_DIR_ENV):
        return Path(folder)
    return Path(platformdirs.user_config_dir("Quartier", appauthor=False))


def is_sealed(stored: str) -> bool:
    """Whether a database row holds a secret the way this module leaves it (not in clear)."""
    return stored == IN_KEYRING or stored.startswith(BOXED)


class Vault:
    """The secrets of one database (one device id)."""

    def __init__(self, device_id: str, folder: Path | None = None) -> None:
        self.device_id = device_id
        self.folder = folder or secrets_folder()
        self._box: SecretBox | None = None

    def seal(self, name: str, value: str) -> str:
        """Keep `value`; returns what the database row holds in its place."""
        keyring = _system_keyring()
        if keyring is not None:
            try:
                keyring.set_password(SERVICE, self._entry(name), value)
                return IN_KEYRING
            except Exception as error:  # a locked or broken keyring: the file will do
                log.warning("keyring refused %s (%s): sealed in the database", name, error)
        sealed = self._file_box().encrypt(value.encode("utf-8"))
        return BOXED + base64.b64encode(bytes(sealed)).decode("ascii")

    def open(self, name: str, stored: str) -> str | None:
        """The secret a row stands for; None when it cannot be had any more (the keyring
        entry was removed, the secret file was lost or belongs to another machine): the
        laptop then acts as never enrolled and can enrol again."""
        if stored == IN_KEYRING:
            keyring = _system_keyring()
            try:
                return None if keyring is None else keyring.get_password(SERVICE, self._entry(name))
            except Exception as error:
                log.warning("keyring unreadable for %s (%s)", name, error)
                return None
        if stored.startswith(BOXED):
            try:
                raw = base64.b64decode(stored[len(BOXED) :], validate=True)
                return self._file_box(create=False).decrypt(raw).decode("utf-8")
            except (ValueError, CryptoError, FileNotFoundError) as error:
                log.warning("sealed %s cannot be opened (%s)", name, error)
                return None
        return stored  # written in clear by a Quartier before the vault (see Settings)

    def drop(self, name: str, stored: str) -> None:
        if stored != IN_KEYRING:
            return
        keyring = _system_keyring()
        if keyring is not None:
            try:
                keyring.delete_password(SERVICE, self._entry(name))
            except Exception as error:  # already gone: nothing to forget
                log.info("keyring had no %s to forget (%s)", name, error)

    def _entry(self, name: str) -> str:
        return f"{self.device_id}/{name}"

    def _file_box(self, *, create: bool = True) -> SecretBox:
        if self._box is None:
            master = _master_secret(self.folder / "secret.key", create=create)
            key = blake2b(
                self.device_id.encode("utf-8"),
                key=master,
                person=b"quartier-vault",
                digest_size=SecretBox.KEY_SIZE,
                encoder=RawEncoder,
            )
            self._box = SecretBox(key)
        return self._box


def _master_secret(path: Path, *, create: bool) -> bytes:
    """The user's 32 random bytes, made once (mode 0600, in a folder of mode 0700)."""
    try:
        secret = path.read_bytes()
    except FileNotFoundError:
        if not create:
            raise
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        secret = random(32)
        try:  # O_EXCL: two windows starting together keep the first one's secret
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_bytes()
        with os.fdopen(fd, "wb") as handle:
            handle.write(secret)
            handle.flush()
            os.fsync(handle.fileno())
    if len(secret) != 32:
        raise ValueError(f"{path} is not a Quartier secret ({len(secret)} bytes)")
    return secret


def _system_keyring() -> KeyringBackend | None:
    """The OS keyring when there is one that works; None means the file fallback."""
    if os.environ.get(KEYRING_ENV, "1") == "0":
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend
