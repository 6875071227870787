"""An administrator imports a volunteer's offline bundle straight into the server, with exactly
the push rules, all or nothing.

Who made the bundle is checked, not believed: its signature must be the key that the device
it names sent at enrolment, and then its changes go to that device's own neighbourhood (the
one the bundle names must agree). A laptop this server does not know (never enrolled) has no
key here: its bundle is filed only where the administrator says, under no known device.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.server.errors import ServerError
from sync.server.store import ServerStore
from sync.wire.bundle_format import KnownSigner, Manifest, check_known_signer, read_bundle


@dataclass(frozen=True)
class ImportSummary:
    changes: int
    attachments: int
    accepted: int
    duplicates: int
    refused: int
    conflicts: int


def import_bundle(
    server: ServerStore, path: Path, actor: str = "import", neighbourhood_id: str | None = None
) -> ImportSummary:
    """`neighbourhood_id`, chosen by the importer, files a bundle from a laptop the server
    does not know (never enrolled); a known laptop's bundle goes to its own neighbourhood."""
    filing: list[tuple[str, str | None]] = []

    def check_signer(manifest: Manifest) -> None:
        filing.append(_filing(server, path, manifest, neighbourhood_id))

    bundle = read_bundle(path, check_signer)
    [(nid, device_id)] = filing
    results = server.import_changes(bundle.changes, bundle.attachments, nid, device_id, actor)
    return ImportSummary(
        changes=len(bundle.changes),
        attachments=len(bundle.attachments),
        accepted=sum(r.status == "accepted" for r in results),
        duplicates=sum(r.status == "duplicate" for r in results),
        refused=sum(r.status == "refused" for r in results),
        conflicts=sum(r.outcome == "conflict" for r in results),
    )


def _filing(
    server: ServerStore, path: Path, manifest: Manifest, chosen: str | None
) -> tuple[str, str | None]:
    """Where the bundle's changes go (neighbourhood, device), or why it is refused."""
    device = server.device(manifest.device_id)
    if device is None:
        if chosen is None:
            raise ServerError("sync.bundle_without_neighbourhood", 400)
        return chosen, None
    known = KnownSigner(
        device["public_key"], device["neighbourhood_id"], bool(device["revoked_at"])
    )
    check_known_signer(path, manifest, known)
    return known.neighbourhood_id, manifest.device_id
