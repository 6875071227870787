"""An administrator imports a volunteer's offline bundle straight into the server, with exactly
the push rules, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.server.store import ServerStore
from sync.wire.bundle_format import read_bundle


@dataclass(frozen=True)
class ImportSummary:
    changes: int
    attachments: int
    accepted: int
    duplicates: int
    refused: int
    conflicts: int


def import_bundle(server: ServerStore, path: Path, actor: str = "import") -> ImportSummary:
    bundle = read_bundle(path)
    hood = bundle.manifest.get("neighbourhood") or {}
    device = bundle.manifest.get("device_id")
    nid = hood.get("id") or device or bundle.manifest.get("local_device_id") or "hors-ligne"
    results = server.import_changes(
        bundle.changes,
        bundle.attachments,
        (str(nid), str(hood.get("name") or "Quartier importé")),
        device,
        actor,
    )
    return ImportSummary(
        changes=len(bundle.changes),
        attachments=len(bundle.attachments),
        accepted=sum(r.status == "accepted" for r in results),
        duplicates=sum(r.status == "duplicate" for r in results),
        refused=sum(r.status == "refused" for r in results),
        conflicts=sum(r.outcome == "conflict" for r in results),
    )
