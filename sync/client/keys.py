"""This laptop's signing key, and the devices' public keys a coach's laptop learns.

The key pair is made once, at the first enrolment or the first bundle export, whichever comes
first: the bundles of a laptop never enrolled are signed with the key it later enrols with.
The private key stays in this laptop's settings; the public key goes to the server with the
enrolment. A coach's laptop receives the neighbourhood's devices and their keys through the
feed (entity `device`), and checks against them the bundles it is handed.
"""

from __future__ import annotations

import json

from app.store import Key, Store
from sync.wire.bundle_format import KnownSigner
from sync.wire.protocol import DeviceKey, FeedEntry
from sync.wire.signing import new_private_key, public_key_of


def signing_key(store: Store) -> str:
    """This laptop's private key, made the first time it is needed."""
    key = store.settings.get(Key.SIGNING_KEY)
    if key is None:
        key = new_private_key()
        store.settings.set(Key.SIGNING_KEY, key)
    return key


def public_key(store: Store) -> str:
    return public_key_of(signing_key(store))


def remember_device(store: Store, entry: FeedEntry) -> None:
    """Keep what the feed says of a device (its key, whether it was revoked)."""
    known = _known(store)
    known[entry.entity_id] = {
        "neighbourhood_id": entry.neighbourhood_id,
        **DeviceKey.model_validate(entry.payload).model_dump(),
    }
    store.settings.set(Key.DEVICE_KEYS, json.dumps(known, sort_keys=True))


def known_device(store: Store, device_id: str) -> KnownSigner | None:
    found = _known(store).get(device_id)
    if found is None:
        return None
    key = DeviceKey.model_validate({k: v for k, v in found.items() if k != "neighbourhood_id"})
    return KnownSigner(key.public_key, str(found["neighbourhood_id"]), key.revoked)


def _known(store: Store) -> dict[str, dict[str, object]]:
    return dict(json.loads(store.settings.get(Key.DEVICE_KEYS) or "{}"))
