"""Files a form reads besides its spreadsheet ("media", as ODK calls them): CSV for
``pulldata()``, ``search()`` and ``select_one_from_file``, GeoJSON and XML lists, the
``itemsets.csv`` of ``select_one_external``, images of questions and choices.

A form keeps them by file name (``Form.media``), so they are stored and synced with its
version. ``needed_files`` says which files a form names; ``read_table`` reads one as rows of
text, the way ODK Collect exposes it to ``instance('name')/root/item``.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

if TYPE_CHECKING:
    from survey_forms.model import Form

Row = dict[str, str]

_PULLDATA = re.compile(r"pulldata\s*\(\s*['\"‘’]([^'\"‘’@][^'\"‘’]*)['\"‘’]")
_SEARCH = re.compile(r"search\s*\(\s*['\"‘’]([^'\"‘’]+)['\"‘’]")
#: Columns whose cells name a media file (``image``, ``media::image::English (en)``...).
_MEDIA_COLUMN = re.compile(r"^(media\s*::?\s*)?(image|big-image|audio|video)(\s*::.*)?$", re.I)
_EXPRESSION_ATTRS = (
    "relevant", "constraint", "calculation", "default", "choice_filter", "required",
    "read_only", "repeat_count",
)  # fmt: skip
FROM_FILE_TYPES = frozenset({"select_one_from_file", "select_multiple_from_file"})
#: The file ``select_one_external`` reads when the form has no external_choices sheet.
ITEMSETS = "itemsets.csv"


def encode_media(media: dict[str, bytes]) -> dict[str, str]:
    return {name: base64.b64encode(data).decode("ascii") for name, data in media.items()}


def decode_media(encoded: dict[str, str]) -> dict[str, bytes]:
    return {name: base64.b64decode(text) for name, text in encoded.items()}


def item_columns(file_name: str, parameters: dict[str, str]) -> tuple[str, str]:
    """The columns giving a choice's value and label (``parameters`` value=/label= first;
    ODK's defaults: name/label, id/title for GeoJSON)."""
    geojson = file_name.lower().endswith(".geojson")
    value = parameters.get("value") or ("id" if geojson else "name")
    return value, parameters.get("label") or ("title" if geojson else "label")


def read_table(file_name: str, data: bytes | None) -> list[Row]:
    """A media file as rows of text; empty when absent or unreadable as a table."""
    if not data:
        return []
    suffix = Path(file_name).suffix.lower()
    try:
        if suffix == ".csv":
            text = data.decode("utf-8-sig")
            return [
                {k: v or "" for k, v in row.items() if k}
                for row in csv.DictReader(io.StringIO(text))
            ]
        if suffix == ".geojson":
            return [_feature_row(f) for f in json.loads(data).get("features", [])]
        if suffix == ".xml":
            root = ElementTree.fromstring(data)
            return [{child.tag: child.text or "" for child in item} for item in root.iter("item")]
    except (ValueError, ElementTree.ParseError, AttributeError):
        return []
    return []


def _feature_row(feature: dict[str, Any]) -> Row:
    """A GeoJSON feature as ODK exposes it: its properties, its id, and its geometry in
    ODK's "lat lon alt accuracy; ..." notation."""
    row = {
        str(k): "" if v is None else str(v) for k, v in (feature.get("properties") or {}).items()
    }
    if "id" in feature and not row.get("id"):
        row["id"] = str(feature["id"])
    geometry = feature.get("geometry") or {}
    row["geometry"] = "; ".join(_odk_point(p) for p in _points(geometry))
    return row


def _points(geometry: dict[str, Any]) -> list[list[float]]:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Point":
        return [coordinates]
    if kind == "LineString":
        return list(coordinates)
    if kind == "Polygon":
        return list(coordinates[0]) if coordinates else []
    return []


def _odk_point(point: list[float]) -> str:
    lon, lat, *rest = point
    return f"{lat} {lon} {rest[0] if rest else 0} 0"


def needed_files(form: Form) -> list[str]:
    """Every file the form names, in a stable order."""
    from survey_forms.model import DECLARATION_TYPES, Group, Question

    names: dict[str, None] = {}
    for element in form.elements():
        texts = [getattr(element, attr, None) or "" for attr in _EXPRESSION_ATTRS]
        texts.append(getattr(element, "appearance", None) or "")
        for text in texts:
            names.update(dict.fromkeys(f"{n.strip()}.csv" for n in _PULLDATA.findall(text)))
            names.update(dict.fromkeys(f"{n.strip()}.csv" for n in _SEARCH.findall(text)))
        if isinstance(element, Question | Group):
            names.update(dict.fromkeys(_media_cells(element.columns)))
        if not isinstance(element, Question):
            continue
        if element.type in FROM_FILE_TYPES and element.list_name:
            names[element.list_name] = None
        elif (
            element.type == "select_one_external" and element.list_name not in form.external_choices
        ):
            names[ITEMSETS] = None
        elif element.type in DECLARATION_TYPES:
            names[f"{element.name}.{element.type.split('-')[0]}"] = None
    for choices in form.choice_lists.values():
        for choice in choices:
            names.update(dict.fromkeys(_media_cells(choice.extra)))
    return list(names)


def _media_cells(columns: dict[str, str]) -> Iterator[str]:
    return (v.strip() for k, v in columns.items() if _MEDIA_COLUMN.match(k.strip()) and v.strip())


def media_of(columns: dict[str, str], kind: str, lang: str) -> str | None:
    """The file of a media column (``image``...) in ``lang``, else in any language."""
    found = [
        (k, v)
        for k, v in columns.items()
        if (m := _MEDIA_COLUMN.match(k.strip())) and m.group(2).lower() == kind and v
    ]
    for key, value in found:
        if key.lower().endswith(f"({lang})") or key.lower().endswith(f"::{lang}"):
            return value
    return found[0][1] if found else None


def find_files(names: Iterable[str], folders: Iterable[Path]) -> dict[str, bytes]:
    """The named files found in the first of ``folders`` that holds each."""
    found: dict[str, bytes] = {}
    folders = list(folders)
    for name in names:
        for folder in folders:
            path = folder / name
            if path.is_file():
                found[name] = path.read_bytes()
                break
    return found
