"""The offline bundle file, as both ends read and write it.

A bundle is a zip: `changes.json`, `attachments/<sha256>`, `manifest.json` (who made it, what
it holds, the SHA-256 of every other member) and `digest.sha256` (the SHA-256 of the manifest,
so that the digest covers the whole bundle). Reading checks everything before anything is
applied: a truncated, corrupt or tampered bundle is refused whole. The digest guards against
damage, not against a forger who rewrites every checksum.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sync.wire.errors import Phrase, QuartierError
from sync.wire.messages import MESSAGES
from sync.wire.protocol import Change, canonical_json

FORMAT = "quartier-bundle"
VERSION = 1
MANIFEST, DIGEST, CHANGES = "manifest.json", "digest.sha256", "changes.json"


class BundleError(QuartierError):
    """The bundle is refused whole; nothing of it was imported."""

    messages = MESSAGES


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    changes: list[Change]
    #: (sha256, content, media type)
    attachments: list[tuple[str, bytes, str]]


def write_bundle(
    out: Path,
    changes: list[dict[str, Any]],
    attachments: list[tuple[str, bytes, str]],
    about: dict[str, Any],
) -> None:
    """Write a bundle to `out` atomically (whole or absent). `about` goes into the manifest:
    who made it, when, for which neighbourhood."""
    members: dict[str, bytes] = {CHANGES: canonical_json(changes)}
    listed = []
    for sha, content, media_type in attachments:
        members[f"attachments/{sha}"] = content
        listed.append({"sha256": sha, "media_type": media_type, "size": len(content)})
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        **about,
        "changes": len(changes),
        "attachments": listed,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(DIGEST, hashlib.sha256(manifest_bytes).hexdigest())
    tmp.replace(out)


def read_bundle(path: Path) -> Bundle:
    """Open and check a bundle completely, or raise BundleError saying what is wrong."""

    def refuse(reason: str, **params: Any) -> BundleError:
        return BundleError("bundle.refused", path=path, reason=Phrase(reason, params))

    try:
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
    except FileNotFoundError as error:
        raise refuse("bundle.missing") from error
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as error:
        raise refuse("bundle.damaged", detail=str(error)) from error
    if MANIFEST not in members or DIGEST not in members:
        raise refuse("bundle.no_manifest")
    if hashlib.sha256(members[MANIFEST]).hexdigest() != members[DIGEST].decode().strip():
        raise refuse("bundle.digest_mismatch")
    try:
        manifest = json.loads(members[MANIFEST])
    except ValueError as error:
        raise refuse("bundle.bad_manifest") from error
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise refuse("bundle.unknown_format")
    listed = manifest.get("sha256", {})
    if set(listed) != set(members) - {MANIFEST, DIGEST}:
        raise refuse("bundle.contents_differ")
    for name, digest in listed.items():
        if hashlib.sha256(members[name]).hexdigest() != digest:
            raise refuse("bundle.member_changed", name=name)
    try:
        changes = [Change.model_validate(c) for c in json.loads(members[CHANGES])]
    except (ValueError, ValidationError) as error:
        raise refuse("bundle.bad_changes", detail=str(error)[:120]) from error
    attachments = [
        (a["sha256"], members[f"attachments/{a['sha256']}"], a["media_type"])
        for a in manifest.get("attachments", [])
    ]
    return Bundle(manifest, changes, attachments)
