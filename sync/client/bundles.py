"""Offline bundles on the laptop: a device writes its pending changes to one file (USB key,
e-mail) when there is no connection for weeks; a coach's laptop takes a volunteer's bundle into
its own store with the rules of a pull and forwards it at its next sync.

Nothing is marked sent by an export: the changes stay pending until a server acknowledges them
(a coach forwarding the bundle, then this device syncing, acknowledges them as duplicates).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from app.store import Key, Store
from sync.client import keys
from sync.client.device import outbox_change
from sync.wire.bundle_format import (
    BundleError,
    Manifest,
    Place,
    check_known_signer,
    read_bundle,
    write_bundle,
)
from sync.wire.errors import Phrase


@dataclass(frozen=True)
class BundleSummary:
    changes: int
    attachments: int
    #: On import: changes new to this laptop, and those it already had.
    accepted: int = 0
    duplicates: int = 0


def export_bundle(store: Store, out: Path) -> BundleSummary:
    """Write the pending changes made on this laptop, and its attachments, to `out`, signed
    with this laptop's key. Changes it took in from others' bundles are left out: they go to
    the server at the next sync, and a bundle carries only what its signer made."""
    changes, after = [], 0
    while batch := store.outbox.pending_after(after, 1000):
        changes += [
            outbox_change(e) for e in batch if e.payload.get("device_id") in (None, store.device_id)
        ]
        after = batch[-1].seq
    attachments = [(sha, *store.attachments.get(sha)) for sha in store.attachments.hashes()]
    nid = store.settings.get(Key.ENROLLED_NEIGHBOURHOOD)
    known = {n["id"]: n["name"] for n in store.directory.neighbourhoods()}
    if nid is None and known:
        nid = next(iter(known))
    write_bundle(
        out,
        changes,
        attachments,
        device_id=store.device_id,
        neighbourhood=Place(id=nid, name=known.get(nid or "", "")),
        private_key=keys.signing_key(store),
    )
    return BundleSummary(changes=len(changes), attachments=len(attachments))


def import_bundle(store: Store, path: Path) -> BundleSummary:
    """Take a volunteer's bundle into this laptop's store, all or nothing (a damaged or
    forged bundle is refused whole); its changes wait in the outbox to be forwarded to the
    server, which keeps the device they were made on."""
    bundle = read_bundle(path, partial(_check_signer, store, path))
    if any(c.entity in ("review", "seal") for c in bundle.changes):  # a coach's own laptop only
        raise BundleError("bundle.refused", path=path, reason=Phrase("bundle.holds_reviews"))
    changes = [c.model_dump(mode="json") for c in bundle.changes]
    fresh, already = store.inbox.receive(changes, bundle.attachments)
    return BundleSummary(
        changes=len(changes),
        attachments=len(bundle.attachments),
        accepted=fresh,
        duplicates=already,
    )


def _check_signer(store: Store, path: Path, manifest: Manifest) -> None:
    """What this laptop forwards keeps the device it names, so that device must have signed
    it: a coach's laptop knows its neighbourhood's devices and their keys (from the feed).
    An enrolled laptop refuses a device it does not know; one never enrolled forwards
    nothing, and takes any bundle whole and unaltered (its signature checks that)."""
    known = keys.known_device(store, manifest.device_id)
    if known is not None:
        check_known_signer(path, manifest, known)
    elif store.settings.get(Key.TOKEN):
        unknown = {"device": manifest.device_id}
        raise BundleError(
            "bundle.refused", path=path, reason=Phrase("bundle.unknown_device", unknown)
        )
