"""Personal answers sealed to the neighbourhood's coaches (issue 12): the cryptography.
`app.store.submissions` seals at finalize, `app.dataset` opens for a coach's export, the
server publishes the coaches' public keys (`sync.server.coach_keys`).

A coach's laptop makes an X25519 key pair once (`new_coach_key`). The private half is kept
locked: encrypted with SecretBox under a key derived from the coach's passphrase by Argon2id
(libsodium's pwhash, with its salt and limits kept beside it); only the public half leaves
the laptop, for the server to publish per neighbourhood.

At finalize, a volunteer's laptop splits the answers (`survey_forms.personal.split_personal`)
and seals the personal part (`seal_answers`): one random data key encrypts it (SecretBox,
XSalsa20-Poly1305), and that key is sealed (libsodium sealed box: an ephemeral X25519 key,
anonymous sender) to each coach public key. The answers keep everything else in clear and the
personal part only under `SEALED`, so counts, maps and analysis work without any key. A
coach's laptop unlocks its private key with the passphrase and opens the personal part again
(`open_answers`). The sealed text names its recipients by public key, so a coach added later
is told plainly that an interview was not sealed to them, until a coach who can open it
shares it (`shared_with`: the data key sealed to the newcomer, added to the recipients).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Collection
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.pwhash import argon2id
from nacl.secret import SecretBox
from nacl.utils import random

from survey_forms.personal import SEALED, merge_personal, split_personal
from sync.wire.errors import QuartierError
from sync.wire.limits import MAX_TEXT
from sync.wire.messages import MESSAGES
from sync.wire.signing import PUBLIC_KEY

VERSION = 1
#: Inside a correction's sealed part: the seal of the version it corrects.
EARLIER = "_earlier"
#: Argon2id at libsodium's "moderate" work (about a second) in 256 MiB: paid once per
#: unlocking on a coach's laptop, and by an attacker at every passphrase guessed.
OPSLIMIT, MEMLIMIT = argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE


class SealingError(QuartierError):
    messages = MESSAGES


@dataclass(frozen=True)
class LockedKey:
    """A coach's key pair as the coach's laptop keeps it: the public key, and the private
    key encrypted under the passphrase (`to_text` / `from_text` for a setting)."""

    public_key: str
    salt: str
    opslimit: int
    memlimit: int
    box: str

    def to_text(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_text(cls, text: str) -> LockedKey:
        return cls(**json.loads(text))


def new_coach_key(
    passphrase: str, *, opslimit: int = OPSLIMIT, memlimit: int = MEMLIMIT
) -> LockedKey:
    if len(passphrase) < 12:
        raise SealingError("sealing.passphrase_too_short", minimum=12)
    private = PrivateKey.generate()
    salt = random(argon2id.SALTBYTES)
    box = SecretBox(_derived(passphrase, salt, opslimit, memlimit)).encrypt(bytes(private))
    return LockedKey(
        public_key=bytes(private.public_key).hex(),
        salt=_b64(salt),
        opslimit=opslimit,
        memlimit=memlimit,
        box=_b64(bytes(box)),
    )


def unlock(locked: LockedKey, passphrase: str) -> PrivateKey:
    key = _derived(passphrase, base64.b64decode(locked.salt), locked.opslimit, locked.memlimit)
    try:
        private = PrivateKey(SecretBox(key).decrypt(base64.b64decode(locked.box)))
    except CryptoError as error:
        raise SealingError("sealing.wrong_passphrase") from error
    if bytes(private.public_key).hex() != locked.public_key:
        raise SealingError("sealing.wrong_passphrase")
    return private


def seal_answers(
    answers: dict[str, Any], personal_keys: Collection[str], coach_keys: Collection[str]
) -> dict[str, Any]:
    """The answers with their personal part sealed to `coach_keys` (hexadecimal X25519 public
    keys). Answers with no personal part come back as they are (a correction's earlier seal
    stays); a correction that changes personal answers seals the earlier seal with them, for
    `open_answers` to put the new ones over the earlier (the volunteer correcting cannot read
    them, so what they left empty keeps its value). An interview with a personal part and no
    coach key to seal it to is refused."""
    kept, personal = split_personal(answers, personal_keys)
    if not personal:
        return dict(answers)
    if SEALED in kept:  # a correction: its new personal answers go over the earlier ones
        personal[EARLIER] = kept[SEALED]
    recipients = sorted({k for k in coach_keys if re.fullmatch(PUBLIC_KEY, k)})
    if not recipients:
        raise SealingError("sealing.no_coach_key")
    data_key = random(SecretBox.KEY_SIZE)
    plain = json.dumps(personal, ensure_ascii=False, sort_keys=True).encode("utf-8")
    kept[SEALED] = {
        "v": VERSION,
        "to": {
            k: _b64(SealedBox(PublicKey(bytes.fromhex(k))).encrypt(data_key)) for k in recipients
        },
        "box": _pieces(_b64(bytes(SecretBox(data_key).encrypt(plain)))),
    }
    return kept


def _pieces(text: str) -> str | list[str]:
    """A long sealed text as pieces no longer than a payload's strings may be (`MAX_TEXT`):
    many personal answers must not make an interview that no server accepts."""
    if len(text) <= MAX_TEXT:
        return text
    return [text[i : i + MAX_TEXT] for i in range(0, len(text), MAX_TEXT)]


def is_sealed(answers: dict[str, Any]) -> bool:
    return SEALED in answers


def open_answers(answers: dict[str, Any], private: PrivateKey) -> dict[str, Any]:
    """The answers with their personal part opened and put back where it was."""
    sealed = answers.get(SEALED)
    if sealed is None:
        return dict(answers)
    kept = {k: v for k, v in answers.items() if k != SEALED}
    try:
        to = sealed["to"][bytes(private.public_key).hex()]
    except (KeyError, TypeError) as error:
        raise SealingError("sealing.not_for_this_key") from error
    try:
        data_key = SealedBox(private).decrypt(base64.b64decode(to))
        box = sealed["box"]
        plain = SecretBox(data_key).decrypt(
            base64.b64decode("".join(box) if isinstance(box, list) else box)
        )
        personal = json.loads(plain)
    except (CryptoError, ValueError, KeyError, TypeError) as error:
        raise SealingError("sealing.damaged") from error
    earlier = personal.pop(EARLIER, None) if isinstance(personal, dict) else None
    if isinstance(earlier, dict):
        with suppress(SealingError):  # sealed before this coach had a key: the newer part
            kept = open_answers({**kept, SEALED: earlier}, private)
    return merge_personal(kept, personal)


def shared_with(
    answers: dict[str, Any], private: PrivateKey, recipients: Collection[str]
) -> dict[str, str]:
    """What `private`'s holder adds to an interview's seal so that `recipients` (coaches who
    joined later) open it too: the data key sealed to each recipient it lacks. Nothing when
    the interview holds no seal, or one this key cannot open."""
    sealed = answers.get(SEALED)
    if not isinstance(sealed, dict) or not isinstance(sealed.get("to"), dict):
        return {}
    missing = sorted({k for k in recipients if re.fullmatch(PUBLIC_KEY, k)} - set(sealed["to"]))
    mine = sealed["to"].get(bytes(private.public_key).hex())
    if not missing or mine is None:
        return {}
    try:
        data_key = SealedBox(private).decrypt(base64.b64decode(mine))
    except (CryptoError, ValueError) as error:
        raise SealingError("sealing.damaged") from error
    return {k: _b64(SealedBox(PublicKey(bytes.fromhex(k))).encrypt(data_key)) for k in missing}


def with_recipients(answers: dict[str, Any], added: dict[str, str]) -> dict[str, Any]:
    """The answers with `added` recipients in their seal; none it has is replaced."""
    sealed = answers.get(SEALED)
    if not isinstance(sealed, dict) or not isinstance(sealed.get("to"), dict):
        return answers
    return {**answers, SEALED: {**sealed, "to": added | sealed["to"]}}


def without_sealed(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers as whoever holds no coach key reads them."""
    return {k: v for k, v in answers.items() if k != SEALED}


def _derived(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return argon2id.kdf(
        SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=opslimit, memlimit=memlimit
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
