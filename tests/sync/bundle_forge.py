"""What a forger (or bad luck) can do to a bundle file, for the bundle tests: read its members,
change them, recompute every checksum, and sign again with some key or keep the old signature."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync.wire.bundle_format import CHANGES, DIGEST, MANIFEST, SIGNATURE, SIGNED
from sync.wire.signing import public_key_of, sign

Members = list[tuple[str, bytes]]


def members(path: Path) -> Members:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def write(out: Path, content: Members, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in content:
            archive.writestr(name, data)
    return out


def forge(
    path: Path,
    out: Path,
    *,
    changes: Callable[[list[dict[str, Any]]], Any] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    private_key: str | None = None,
    raw_changes: bytes | None = None,
    rename: dict[str, str] | None = None,
) -> Path:
    """Rewrite the bundle at `path` into `out`: `changes` edits the parsed changes (or returns
    new ones), `raw_changes` replaces the file whole, `manifest` edits the manifest; sizes,
    hashes and the digest are recomputed; `rename` renames members (in the manifest too). With
    `private_key` it is signed again (the manifest then names that key); without, the old
    signature stays ("re-hashed but unsigned")."""
    renamed = rename or {}
    content = {renamed.get(n, n): d for n, d in members(path)}
    if changes is not None:
        parsed = json.loads(content[CHANGES])
        edited = changes(parsed)
        content[CHANGES] = json.dumps(parsed if edited is None else edited).encode()
    if raw_changes is not None:
        content[CHANGES] = raw_changes
    about = json.loads(content[MANIFEST])
    about["members"] = {renamed.get(n, n): m for n, m in about["members"].items()}
    for name, listed in about["members"].items():
        listed.update(sha256=hashlib.sha256(content[name]).hexdigest(), size=len(content[name]))
    about["changes"] = len(json.loads(content[CHANGES])) if raw_changes is None else 1
    if private_key is not None:
        about["public_key"] = public_key_of(private_key)
    if manifest is not None:
        manifest(about)
    content[MANIFEST] = json.dumps(about).encode()
    digest = hashlib.sha256(content[MANIFEST]).hexdigest()
    content[DIGEST] = digest.encode()
    if private_key is not None:
        content[SIGNATURE] = sign(private_key, SIGNED + digest.encode()).encode()
    return write(out, list(content.items()))


@dataclass(frozen=True)
class RawMember:
    """A zip member written byte for byte: `data` as stored (deflated or not), and sizes and
    CRC as declared, true or not."""

    name: str
    data: bytes
    file_size: int
    compress_size: int | None = None
    crc: int = 0
    method: int = zipfile.ZIP_DEFLATED


def raw_zip(content: list[RawMember]) -> bytes:
    """A zip whose headers say whatever `content` declares (the zip module would not lie)."""
    out, directory = bytearray(), bytearray()
    for m in content:
        offset, name = len(out), m.name.encode()
        size = len(m.data) if m.compress_size is None else m.compress_size
        common = (m.method, 0, 0x21, m.crc, size, m.file_size, len(name))
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, *common, 0) + name + m.data
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, *common, 0, 0, 0, 0, 0, offset
        )
        directory += name
    count = len(content)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(out), 0)
    return bytes(out + directory + end)


def deflated(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def zeros_bomb(mebibytes: int) -> bytes:
    """A raw deflate stream of `mebibytes` MiB of zeros, about a thousandth of that long: one
    flushed block of a MiB repeated (each starts afresh, byte-aligned), then the final block."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b"\0" * (1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * mebibytes + compressor.flush()
