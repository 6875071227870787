"""The offline bundle file, as both ends read and write it.

A bundle is a zip: `changes.json`, `attachments/<sha256>`, `manifest.json` (the device that
made it and its public key, the neighbourhood it is for, and the SHA-256 and size of every
other member), `digest.sha256` (the SHA-256 of the manifest) and `signature.ed25519` (the
device's signature of that digest, so it covers every member).

Reading treats the file as hostile: only a regular file is opened (never a FIFO or a device),
the zip's directory is bounded before it is parsed, every member is checked against limits on
count, size, total and compression ratio and read as a stream with a cap (a lying header
cannot make it read more), JSON has a depth limit, and every refusal is a `BundleError` with a
keyed reason. Nothing is applied before all of it is checked. Reading proves that the bundle is
whole and signed with the key its manifest names; whether that key is the named device's is the
importer's question (`check_signer`), asked before any large member is read.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Final, Literal, TypeVar

from pydantic import Field, ValidationError

from sync.wire.clock import now_iso
from sync.wire.errors import Phrase, QuartierError
from sync.wire.messages import MESSAGES
from sync.wire.protocol import Change, Message, canonical_json
from sync.wire.signing import PUBLIC_KEY, public_key_of, sign, verifies

FORMAT: Final = "quartier-bundle"
VERSION: Final = 2
MANIFEST, DIGEST, SIGNATURE, CHANGES = (
    "manifest.json",
    "digest.sha256",
    "signature.ed25519",
    "changes.json",
)
ATTACHMENT = re.compile(r"attachments/([0-9a-f]{64})")
SHA256 = r"^[0-9a-f]{64}$"
#: What the signature signs: this prefix, then the manifest's digest in hexadecimal.
SIGNED = b"quartier-bundle/2 manifest sha256 "

MiB = 1 << 20
MAX_ATTACHMENTS = 5_000
MAX_MEMBERS = MAX_ATTACHMENTS + 4
#: The zip's central directory: about 130 bytes a member.
MAX_DIRECTORY_BYTES = 2 * MiB
MAX_SMALL_BYTES = 1024  # the digest and the signature
MAX_MANIFEST_BYTES = 4 * MiB
MAX_MEMBER_BYTES = 64 * MiB
MAX_TOTAL_BYTES = 1024 * MiB
MAX_FILE_BYTES = MAX_TOTAL_BYTES + 64 * MiB
#: Deflate reaches about 1000:1 on zeros (a zip bomb); JSON reaches 20:1. Members under a MiB
#: are not checked: they cannot take much memory whatever their ratio.
MAX_RATIO = 100
RATIO_FROM_BYTES = MiB
MAX_JSON_DEPTH = 32
CHUNK = MiB

#: What the zip module and zlib raise on a damaged archive.
DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    OverflowError,
)

T = TypeVar("T")
_END = struct.Struct("<4s4H2LH")  # the end-of-central-directory record
_END_MARK, _ZIP64_LOCATOR = b"PK\x05\x06", b"PK\x06\x07"


class BundleError(QuartierError):
    """The bundle is refused whole; nothing of it was imported."""

    messages = MESSAGES


class Place(Message):
    id: str | None = Field(default=None, max_length=100)
    name: str = Field(default="", max_length=200)


class Member(Message):
    sha256: str = Field(pattern=SHA256)
    size: int = Field(ge=0, le=MAX_MEMBER_BYTES)


class Manifest(Message):
    """Who made the bundle, for where, and what it holds (signed with the digest)."""

    format: Literal["quartier-bundle"]
    version: Literal[2]
    created_at: str = Field(max_length=40)
    device_id: str = Field(min_length=1, max_length=100)
    public_key: str = Field(pattern=PUBLIC_KEY)
    neighbourhood: Place
    changes: int = Field(ge=0)
    members: dict[str, Member] = Field(max_length=MAX_MEMBERS)
    #: The media type of each attachment, by SHA-256.
    media_types: dict[str, Annotated[str, Field(max_length=200)]] = Field(
        max_length=MAX_ATTACHMENTS
    )


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    changes: list[Change]
    #: (sha256, content, media type)
    attachments: list[tuple[str, bytes, str]]


def write_bundle(
    out: Path,
    changes: list[dict[str, Any]],
    attachments: list[tuple[str, bytes, str]],
    *,
    device_id: str,
    neighbourhood: Place,
    private_key: str,
) -> None:
    """Write a bundle signed with `private_key` to `out` atomically (whole or absent)."""
    members: dict[str, bytes] = {CHANGES: canonical_json(changes)}
    for sha, content, _ in attachments:
        members[f"attachments/{sha}"] = content
    manifest = Manifest(
        format=FORMAT,
        version=VERSION,
        created_at=now_iso(),
        device_id=device_id,
        public_key=public_key_of(private_key),
        neighbourhood=neighbourhood,
        changes=len(changes),
        members={
            name: Member(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
            for name, data in members.items()
        },
        media_types={sha: media_type for sha, _, media_type in attachments},
    )
    manifest_bytes = json.dumps(manifest.model_dump(), ensure_ascii=False, indent=1).encode()
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(DIGEST, digest)
        archive.writestr(SIGNATURE, sign(private_key, SIGNED + digest.encode()))
    tmp.replace(out)


@dataclass(frozen=True)
class KnownSigner:
    """What an importer knows of the device a manifest names: the key it enrolled with (none
    for a device enrolled before bundles were signed) and its neighbourhood."""

    public_key: str | None
    neighbourhood_id: str
    revoked: bool = False


def check_known_signer(path: Path, manifest: Manifest, known: KnownSigner) -> None:
    """Refuse a bundle that its named device did not sign, or that is meant for another
    neighbourhood than the device's: no change is filed under a device or a neighbourhood
    that did not sign it."""
    did, claimed = manifest.device_id, manifest.neighbourhood
    if known.revoked:
        raise refused("bundle.revoked_device", path, device=did)
    if known.public_key is None:
        raise refused("bundle.device_without_key", path, device=did)
    if known.public_key != manifest.public_key:
        raise refused("bundle.wrong_key", path, device=did)
    if claimed.id not in (None, known.neighbourhood_id):
        raise refused("bundle.other_neighbourhood", path, claimed=claimed.name or claimed.id)


def refused(reason: str, path: Path, **params: Any) -> BundleError:
    """The bundle at `path` is refused for `reason` (a key of the wire's table)."""
    return BundleError("bundle.refused", path=path, reason=Phrase(reason, params))


def read_bundle(path: Path, check_signer: Callable[[Manifest], None] | None = None) -> Bundle:
    """Open and check a bundle completely, or raise BundleError saying what is wrong.
    `check_signer` sees the manifest once its signature is verified, before the changes and
    attachments are read, and raises BundleError if the importer does not trust its key."""
    with _open_regular(path) as raw:
        _check_end_record(path, raw)
        archive = _guarded(path, lambda: zipfile.ZipFile(raw))
        with archive:
            return _read(path, archive, check_signer)


def _read(
    path: Path, archive: zipfile.ZipFile, check_signer: Callable[[Manifest], None] | None
) -> Bundle:
    infos = _directory(path, archive)
    if MANIFEST not in infos or DIGEST not in infos or SIGNATURE not in infos:
        raise refused("bundle.no_manifest", path)
    manifest_bytes = _member(path, archive, infos[MANIFEST])
    digest = _text(_member(path, archive, infos[DIGEST]))
    if hashlib.sha256(manifest_bytes).hexdigest() != digest:
        raise refused("bundle.digest_mismatch", path)
    manifest = _manifest(path, manifest_bytes)
    signature = _text(_member(path, archive, infos[SIGNATURE]))
    if not verifies(manifest.public_key, SIGNED + digest.encode(), signature):
        raise refused("bundle.bad_signature", path)
    if check_signer is not None:
        check_signer(manifest)
    listed = manifest.members
    attachment_shas = {m.group(1) for name in listed if (m := ATTACHMENT.fullmatch(name))}
    if (
        set(listed) != set(infos) - {MANIFEST, DIGEST, SIGNATURE}
        or CHANGES not in listed
        or attachment_shas != set(manifest.media_types)
        or any(listed[f"attachments/{sha}"].sha256 != sha for sha in attachment_shas)
        or any(infos[name].file_size != member.size for name, member in listed.items())
    ):
        raise refused("bundle.contents_differ", path)
    contents = {}
    for name, member in listed.items():
        data = _member(path, archive, infos[name])
        if hashlib.sha256(data).hexdigest() != member.sha256:
            raise refused("bundle.member_changed", path, name=name)
        contents[name] = data
    changes = _changes(path, contents.pop(CHANGES), manifest)
    attachments = [
        (sha, contents[f"attachments/{sha}"], media_type)
        for sha, media_type in manifest.media_types.items()
    ]
    return Bundle(manifest, changes, attachments)


def _open_regular(path: Path) -> BinaryIO:
    """The file, opened only if it is a regular file of a possible size: a FIFO would block,
    `/dev/zero` never ends, a directory is no bundle. Checked before opening (opening some
    devices does something), and again on what was opened (it may have been swapped)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        _check_regular(path, os.stat(path))
        fd = os.open(path, flags)
    except FileNotFoundError as error:
        raise refused("bundle.missing", path) from error
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise refused("bundle.damaged", path, detail=detail) from error
    try:
        _check_regular(path, os.fstat(fd))
    except BundleError:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def _check_regular(path: Path, status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise refused("bundle.not_a_file", path)
    if status.st_size > MAX_FILE_BYTES:
        size, limit = status.st_size, MAX_FILE_BYTES
        raise refused("bundle.too_large", path, name=path.name, size=size, limit=limit)


def _check_end_record(path: Path, raw: BinaryIO) -> None:
    """Bound the zip's central directory before the zip module reads it whole: find the end
    record the zip module will use (its own search) and check what it announces. Our bundles
    never need ZIP64."""
    size = raw.seek(0, os.SEEK_END)
    found: tuple[bytes, int] | None = None
    if size >= _END.size:
        raw.seek(size - _END.size)
        last = raw.read()
        if last[:4] == _END_MARK and last[-2:] == b"\0\0":
            found = last, size - _END.size
    if found is None:
        start = max(size - (1 << 16) - _END.size, 0)
        raw.seek(start)
        tail = raw.read()
        at = tail.rfind(_END_MARK)
        if at < 0 or len(tail) - at < _END.size:
            return  # not a zip: the zip module says so
        found = tail[at : at + _END.size], start + at
    record, offset = found
    if offset >= 20:
        raw.seek(offset - 20)
        if raw.read(4) == _ZIP64_LOCATOR:
            raise refused("bundle.damaged", path, detail="ZIP64")
    entries, directory_bytes = _END.unpack(record)[4:6]
    if entries > MAX_MEMBERS or directory_bytes > MAX_DIRECTORY_BYTES:
        raise refused("bundle.too_many_members", path, count=entries, limit=MAX_MEMBERS)
    raw.seek(0)


def _directory(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once the directory is found sound: known names only, each once,
    stored or deflated, unencrypted, within the size and ratio limits."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refused("bundle.too_many_members", path, count=len(infos), limit=MAX_MEMBERS)
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name in by_name:
            raise refused("bundle.duplicate_member", path, name=name)
        if name not in (MANIFEST, DIGEST, SIGNATURE, CHANGES) and not ATTACHMENT.fullmatch(name):
            raise refused("bundle.unexpected_member", path, name=name[:80])
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise refused("bundle.unsupported_member", path, name=name)
        limit = _limit(name)
        if info.file_size > limit:
            raise refused("bundle.too_large", path, name=name, size=info.file_size, limit=limit)
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise refused("bundle.suspicious_ratio", path, name=name)
        by_name[name] = info
    _check_no_overlap(path, archive, infos)
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise refused("bundle.too_large", path, name=path.name, size=total, limit=MAX_TOTAL_BYTES)
    return by_name


def _check_no_overlap(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Each member's compressed data must end before the next member (or the directory)
    begins: otherwise its declared compressed size lies, and with it the ratio checked."""
    starts = sorted({info.header_offset for info in infos} | {archive.start_dir})
    for info in infos:
        after = bisect.bisect_right(starts, info.header_offset)
        following = starts[after] if after < len(starts) else archive.start_dir
        data_from = info.header_offset + 30 + len(info.filename.encode())  # the local header
        if data_from + info.compress_size > following:
            raise refused("bundle.damaged", path, detail=f"{info.filename[:80]}: overlap")


def _limit(name: str) -> int:
    if name in (DIGEST, SIGNATURE):
        return MAX_SMALL_BYTES
    return MAX_MANIFEST_BYTES if name == MANIFEST else MAX_MEMBER_BYTES


def _member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's content, read in chunks and never beyond its declared size (checked against
    the limits already): a header that lies about the size makes a refusal, not a big read."""

    def read() -> bytes:
        parts, count = [], 0
        with archive.open(info) as member:
            while chunk := member.read(min(CHUNK, info.file_size + 1 - count)):
                parts.append(chunk)
                count += len(chunk)
        return b"".join(parts)

    data = _guarded(path, read)
    if len(data) != info.file_size:
        raise refused("bundle.member_changed", path, name=info.filename)
    return data


def _guarded(path: Path, action: Callable[[], T]) -> T:
    """Run a step of the zip module; what it raises on damage becomes a refusal."""
    try:
        return action()
    except DAMAGE as error:
        detail = f"{type(error).__name__}: {error}"[:160]
        raise refused("bundle.damaged", path, detail=detail) from error


def _text(data: bytes) -> str:
    return data.decode("ascii", errors="replace").strip()


def _json(reason: str, path: Path, data: bytes) -> Any:
    """JSON within the depth limit. Deeper than Python's recursion limit, the parser itself
    refuses (RecursionError); below it, the walk here does, without recursing."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise refused(reason, path, detail=f"{type(error).__name__}: {error}"[:160]) from error
    if _too_deep(value):
        raise refused("bundle.too_deep", path, limit=MAX_JSON_DEPTH)
    return value


def _too_deep(value: Any) -> bool:
    todo = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            if depth > MAX_JSON_DEPTH:
                return True
            todo += [(child, depth + 1) for child in item]
    return False


def _manifest(path: Path, data: bytes) -> Manifest:
    raw = _json("bundle.bad_manifest", path, data)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise refused("bundle.unknown_format", path)
    if raw.get("version") == 1:
        raise refused("bundle.unsigned", path)
    if raw.get("version") != VERSION:
        raise refused("bundle.unknown_format", path)
    try:
        return Manifest.model_validate(raw)
    except ValidationError as error:
        raise _invalid("bundle.bad_manifest", path, error) from error


def _changes(path: Path, data: bytes, manifest: Manifest) -> list[Change]:
    """The changes, each checked against the wire model; every one was made on the device
    that signed (a bundle carries only its signer's own changes)."""
    raw = _json("bundle.bad_changes", path, data)
    if not isinstance(raw, list) or len(raw) != manifest.changes:
        raise refused("bundle.contents_differ", path)
    try:
        changes = [Change.model_validate(c) for c in raw]
    except ValidationError as error:
        raise _invalid("bundle.bad_changes", path, error) from error
    for change in changes:
        made_on = change.payload.get("device_id")
        if made_on is not None and made_on != manifest.device_id:
            raise refused("bundle.foreign_device", path, device=str(made_on)[:100])
    return changes


def _invalid(reason: str, path: Path, error: ValidationError) -> BundleError:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return refused(reason, path, detail=f"{where}: {first['msg']}"[:160])
