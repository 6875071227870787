"""Offline bundles: a device's pending changes (and attachments) in one file, for when there is
no connection for weeks (USB key, e-mail).

A bundle is a zip: `changes.json`, `attachments/<sha256>`, `manifest.json` (who made it, what
it holds, the SHA-256 of every other member) and `digest.sha256` (the SHA-256 of the manifest,
so that the digest covers the whole bundle). Import checks everything before applying
anything, then applies all changes in one transaction with exactly the push rules: a bundle
imported twice changes nothing, and a truncated, corrupt or tampered bundle is refused whole.
The digest guards against damage, not against a forger who rewrites every checksum.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.errors import QuartierError
from app.store import Store, now_iso
from sync.client import DEVICE, NEIGHBOURHOOD, outbox_change
from sync.protocol import Change, canonical_json
from sync.server_store import ServerStore

FORMAT = "quartier-bundle"
VERSION = 1
MANIFEST, DIGEST, CHANGES = "manifest.json", "digest.sha256", "changes.json"


class BundleError(QuartierError):
    """The bundle is refused whole; nothing of it was imported."""


@dataclass(frozen=True)
class BundleSummary:
    changes: int
    attachments: int
    accepted: int = 0
    duplicates: int = 0
    refused: int = 0
    conflicts: int = 0


def export_bundle(store: Store, out: Path) -> BundleSummary:
    """Write every pending change of `store` and its attachments to `out`. Nothing is marked
    sent: the changes stay pending until a server acknowledges them (importing the bundle
    there, then syncing, acknowledges them as duplicates)."""
    changes, after = [], 0
    while batch := store.pending_changes_after(after, 1000):
        changes += [outbox_change(e) for e in batch]
        after = batch[-1].seq
    members: dict[str, bytes] = {CHANGES: canonical_json(changes)}
    attachments = []
    for sha in store.attachment_hashes():
        content, media_type = store.get_attachment(sha)
        members[f"attachments/{sha}"] = content
        attachments.append({"sha256": sha, "media_type": media_type, "size": len(content)})
    nid = store.get_setting(NEIGHBOURHOOD)
    known = {n["id"]: n["name"] for n in store.neighbourhoods()}
    if nid is None and known:
        nid = next(iter(known))
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": now_iso(),
        "device_id": store.get_setting(DEVICE),
        "local_device_id": store.device_id,
        "neighbourhood": {"id": nid, "name": known.get(nid or "", "")},
        "changes": len(changes),
        "attachments": attachments,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(DIGEST, hashlib.sha256(manifest_bytes).hexdigest())
    tmp.replace(out)  # a bundle is either whole or absent
    return BundleSummary(changes=len(changes), attachments=len(attachments))


@dataclass(frozen=True)
class _Bundle:
    manifest: dict[str, Any]
    changes: list[Change]
    attachments: list[tuple[str, bytes, str]]


def read_bundle(path: Path) -> _Bundle:
    """Open and check a bundle completely, or raise BundleError saying what is wrong."""

    def refuse(reason: str) -> BundleError:
        return BundleError("bundle.refused", path=path, reason=reason)

    try:
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
    except FileNotFoundError as error:
        raise refuse("fichier introuvable") from error
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as error:
        raise refuse(f"fichier tronqué ou endommagé ({error})") from error
    if MANIFEST not in members or DIGEST not in members:
        raise refuse("ce n'est pas un paquet Quartier (manifeste absent)")
    if hashlib.sha256(members[MANIFEST]).hexdigest() != members[DIGEST].decode().strip():
        raise refuse("l'empreinte du paquet ne correspond pas : il a été modifié")
    try:
        manifest = json.loads(members[MANIFEST])
    except ValueError as error:
        raise refuse("manifeste illisible") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise refuse("format de paquet inconnu")
    listed = manifest.get("sha256", {})
    if set(listed) != set(members) - {MANIFEST, DIGEST}:
        raise refuse("le contenu ne correspond pas au manifeste")
    for name, digest in listed.items():
        if hashlib.sha256(members[name]).hexdigest() != digest:
            raise refuse(f"le fichier {name} a été modifié")
    try:
        changes = [Change.model_validate(c) for c in json.loads(members[CHANGES])]
    except (ValueError, ValidationError) as error:
        raise refuse(f"modifications illisibles ({str(error)[:120]})") from error
    attachments = [
        (a["sha256"], members[f"attachments/{a['sha256']}"], a["media_type"])
        for a in manifest.get("attachments", [])
    ]
    return _Bundle(manifest, changes, attachments)


def import_bundle(server: ServerStore, path: Path, actor: str = "import") -> BundleSummary:
    """Import a bundle into a server store (the central server, or a coach's own hub
    database), all or nothing, with the push rules."""
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
    return BundleSummary(
        changes=len(bundle.changes),
        attachments=len(bundle.attachments),
        accepted=sum(r.status == "accepted" for r in results),
        duplicates=sum(r.status == "duplicate" for r in results),
        refused=sum(r.status == "refused" for r in results),
        conflicts=sum(r.outcome == "conflict" for r in results),
    )
