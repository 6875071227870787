"""Devices' Ed25519 keys: a laptop makes its pair at enrolment and keeps the private half;
the server keeps the public half on the device's row. Offline bundles are signed with them, so
that who made a bundle is checked, not believed.

Keys and signatures travel as lower-case hexadecimal text (64 and 128 characters). PyNaCl is
imported where it is used: the protocol models need only the text patterns, at every start.
"""

from __future__ import annotations

import re

PUBLIC_KEY = r"^[0-9a-f]{64}$"
SIGNATURE = r"^[0-9a-f]{128}$"


def new_private_key() -> str:
    from nacl.signing import SigningKey

    return SigningKey.generate().encode().hex()


def public_key_of(private_key: str) -> str:
    from nacl.signing import SigningKey

    return SigningKey(bytes.fromhex(private_key)).verify_key.encode().hex()


def sign(private_key: str, message: bytes) -> str:
    from nacl.signing import SigningKey

    return SigningKey(bytes.fromhex(private_key)).sign(message).signature.hex()


def verifies(public_key: str, message: bytes, signature: str) -> bool:
    """Whether `signature` is `public_key`'s over `message`; malformed text is just False."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    if not (re.fullmatch(PUBLIC_KEY, public_key) and re.fullmatch(SIGNATURE, signature)):
        return False
    try:
        VerifyKey(bytes.fromhex(public_key)).verify(message, bytes.fromhex(signature))
    except BadSignatureError:
        return False
    return True
