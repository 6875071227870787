"""Offline bundles on the laptop: a device writes its pending changes to one file (USB key,
e-mail) when there is no connection for weeks; a coach's laptop takes a volunteer's bundle into
its own store with the rules of a pull and forwards it at its next sync.

Nothing is marked sent by an export: the changes stay pending until a server acknowledges them
(a coach forwarding the bundle, then this device syncing, acknowledges them as duplicates).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.store import Key, Store
from sync.client.device import outbox_change
from sync.wire.bundle_format import read_bundle, write_bundle
from sync.wire.clock import now_iso


@dataclass(frozen=True)
class BundleSummary:
    changes: int
    attachments: int
    #: On import: changes new to this laptop, and those it already had.
    accepted: int = 0
    duplicates: int = 0


def export_bundle(store: Store, out: Path) -> BundleSummary:
    """Write every pending change of `store` and its attachments to `out`."""
    changes, after = [], 0
    while batch := store.outbox.pending_after(after, 1000):
        changes += [outbox_change(e) for e in batch]
        after = batch[-1].seq
    attachments = [(sha, *store.attachments.get(sha)) for sha in store.attachments.hashes()]
    nid = store.settings.get(Key.ENROLLED_NEIGHBOURHOOD)
    known = {n["id"]: n["name"] for n in store.directory.neighbourhoods()}
    if nid is None and known:
        nid = next(iter(known))
    about = {
        "created_at": now_iso(),
        "device_id": store.settings.get(Key.ENROLLED_DEVICE),
        "local_device_id": store.device_id,
        "neighbourhood": {"id": nid, "name": known.get(nid or "", "")},
    }
    write_bundle(out, changes, attachments, about)
    return BundleSummary(changes=len(changes), attachments=len(attachments))


def import_bundle(store: Store, path: Path) -> BundleSummary:
    """Take a volunteer's bundle into this laptop's store, all or nothing (a damaged bundle is
    refused whole); its changes wait in the outbox to be forwarded to the server."""
    bundle = read_bundle(path)
    changes = [c.model_dump(mode="json") for c in bundle.changes]
    fresh, already = store.inbox.receive(changes, bundle.attachments)
    return BundleSummary(
        changes=len(changes),
        attachments=len(bundle.attachments),
        accepted=fresh,
        duplicates=already,
    )
