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


def import_bundle(
    server: ServerStore, path: Path, actor: str = "import", neighbourhood_id: str | None = None
) -> ImportSummary:
    """`neighbourhood_id`, chosen by the importer, files a bundle from a laptop the server
    does not know (never enrolled); a known laptop's bundle goes to its own neighbourhood."""
    bundle = read_bundle(path)
    hood = bundle.manifest.get("neighbourhood") or {}
    results = server.import_changes(
        bundle.changes,
        bundle.attachments,
        [hood.get("id"), neighbourhood_id],
        bundle.manifest.get("device_id"),
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
