"""Photos of a project's end-of-year report (issue 16): each file read and checked once
(JPEG or PNG that decodes, not too heavy), kept as an attachment named by its SHA-256 and
listed in the sheet's report with its caption; the printed report draws those it finds on
this computer. A photo showing residents needs their agreement, as any photo the group
publishes: the command says so when a photo is added."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidOperation, RecordNotFound
from app.records import ProjectRecord
from app.store import Store

if TYPE_CHECKING:
    from PIL import Image

MAX_MB = 8
#: The EXIF tag saying how a camera held the picture.
ORIENTATION = 0x0112
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}


@dataclass(frozen=True)
class Photo:
    caption: str
    #: None when this computer does not hold the file (added on another laptop).
    content: bytes | None


def read_photo(path: Path) -> tuple[bytes, str]:
    """The photo's bytes and media type, or a clear refusal."""
    from PIL import Image, UnidentifiedImageError

    content = path.read_bytes()
    if len(content) > MAX_MB * 1024 * 1024:
        size = f"{len(content) / 1024 / 1024:.1f}"
        raise InvalidOperation("project.photo_too_large", path=path, size=size, limit=MAX_MB)
    try:
        with Image.open(BytesIO(content)) as image:
            kind = image.format or ""
            image.load()  # decodes it whole: a truncated file is refused here, not in print
            if kind in MEDIA_TYPES and image.getexif().get(ORIENTATION, 1) != 1:
                content = _upright(image, kind)  # as the phone showed it: print ignores EXIF
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise InvalidOperation("project.photo_unreadable", path=path) from error
    if kind not in MEDIA_TYPES:
        raise InvalidOperation("project.photo_unreadable", path=path)
    return content, MEDIA_TYPES[kind]


def _upright(image: Image.Image, kind: str) -> bytes:
    from PIL import ImageOps

    out = BytesIO()
    ImageOps.exif_transpose(image).save(out, format=kind, quality=90)
    return out.getvalue()


def add_photos(store: Store, paths: list[Path], captions: list[str]) -> list[dict[str, str]]:
    """Keep the photos as attachments; their report entries, captions matched in order."""
    entries = []
    for index, path in enumerate(paths):
        content, media_type = read_photo(path)
        sha = store.attachments.add(content, media_type)
        caption = captions[index] if index < len(captions) else ""
        entries.append({"sha256": sha, "caption": caption.strip()})
    return entries


def photos_of(store: Store, project: ProjectRecord) -> list[Photo]:
    found = []
    for entry in project.data.get("report", {}).get("photos", []):
        try:
            content: bytes | None = store.attachments.get(entry["sha256"])[0]
        except RecordNotFound:
            content = None
        found.append(Photo(entry.get("caption", ""), content))
    return found
