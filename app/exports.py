"""Exports of a merged dataset: CSV, XLSX and GeoJSON, with KoboToolbox-like column names.

Columns are named by their group path (``household/household_size``; a select_multiple's 0/1
columns ``needs_group/needs/garden``), or by the questions' labels when asked
(``labelled_headers``), questions first and metadata (``_id``, ``_submission_time``...) last.
Values are labels when the dataset was loaded with a ``lang``, choice names otherwise; the
review state too ("Approuvé", "Goedgekeurd"; the code ``approved`` without a language).

In XLSX, ``_submission_time`` (and an inventory item's ``_updated_at``) are real Excel times
in UTC, as KoboToolbox writes them, and a date question a real Excel date: a spreadsheet
sorts and filters them. Times answered with their offset (``start``, ``end``, ``dateTime``)
stay ISO 8601 text, like everything in CSV: Excel has no time zones, and every tool (and
``quartier import-interviews``) reads such text back exactly.

Personal questions (``Question.is_personal``: marked so, or computed from one) are left out
unless the coach explicitly includes them; such an export is then written to an audit file
beside the database (JSON lines: append-only, readable with any text editor, no schema change,
one line per export).

CSV is written for Excel and LibreOffice in fr-BE (and nl-BE): UTF-8 with a BOM (without it
Excel reads the accents as Windows-1252), ``;`` between fields and ``,`` as decimal mark,
because that is the list separator and decimal mark of the Belgian regional settings. Excel
opens such a file with a double click straight into columns with numbers as numbers, while a
``,``-separated file lands in a single column. LibreOffice asks, and detects ``;``.
"""

from __future__ import annotations

import getpass
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from app.dataset import SUBMISSION_TIME, Dataset, choice_labels
from app.errors import UnknownChoice
from app.review import STATE_LABELS
from app.xlsx_stream import STYLES, column_cells, write_workbook
from survey_forms.model import Form, Group, Question, text_in
from sync.wire.merge import CONFLICTS

FORMATS = ("csv", "xlsx", "geojson")
#: The tables' names in what is written (sheets, "<name>-inventaire.csv", GeoJSON layers):
#: words a person reads in French, not form ids (those are in survey_forms.builtin).
INTERVIEWS = "entretiens"
INVENTORY = "inventaire"
CSV_OPTIONS: dict[str, Any] = {"sep": ";", "decimal": ",", "encoding": "utf-8-sig"}
#: Left out of exports: an internal id that means nothing outside this app, and the inventory's
#: open conflicts (a coach's work queue, not data).
_INTERNAL = ("_author_id", CONFLICTS)
_SHEET_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
#: Question types written as Excel dates.
_DATE_TYPES = frozenset({"date", "today"})


@dataclass(frozen=True)
class ExportResult:
    paths: list[Path]
    rows: int
    personal_columns: list[str]
    audit_path: Path | None


def question_paths(form: Form) -> dict[str, str]:
    """Question key -> its group path (``address/street``), as KoboToolbox names columns."""
    paths: dict[str, str] = {}

    def walk(elements: list[Any], prefix: str) -> None:
        for element in elements:
            if isinstance(element, Group):
                walk(element.children, f"{prefix}{element.name}/")
            else:
                paths[element.key] = f"{prefix}{element.name}"

    walk(form.children, "")
    return paths


def personal_columns(form: Form, frame: pd.DataFrame) -> list[str]:
    """The columns of ``frame`` that hold personal answers (with select_multiple's 0/1
    columns)."""
    personal = [q for q in form.questions() if q.is_personal]
    return [c for c in frame.columns if any(_belongs(c, q) for q in personal)]


def _belongs(column: str, question: Question) -> bool:
    return column in (question.key, question.name) or column.startswith(f"{question.key}/")


def export_tables(
    dataset: Dataset, include_personal: bool = False, labelled_headers: bool = False
) -> dict[str, pd.DataFrame]:
    """The tables an export writes, by name: interviews, each repeat group, the inventory;
    columns renamed to group paths (or labels), personal columns dropped unless asked, review
    states in the dataset's language."""
    paths = question_paths(dataset.form)
    headers = column_labels(dataset) if labelled_headers else {}
    tables = {INTERVIEWS: dataset.interviews, **dataset.repeats, INVENTORY: dataset.inventory}
    out = {}
    for name, frame in tables.items():
        if not include_personal:
            frame = frame.drop(columns=personal_columns(dataset.form, frame))
        frame = frame.drop(columns=[c for c in _INTERNAL if c in frame])
        if dataset.lang is not None and "_review_state" in frame:
            states = {code: texts[dataset.lang] for code, texts in STATE_LABELS.items()}
            frame = frame.assign(_review_state=frame["_review_state"].map(states))
        if name != INVENTORY:
            frame = _questions_first(frame).rename(columns=lambda c: headers.get(c, c))
            frame = frame.rename(columns=lambda c: _path(c, paths))
        out[name] = frame
    return out


def column_labels(dataset: Dataset) -> dict[str, str]:
    """Question key (and a select_multiple's ``key/choice``) -> the question's label in the
    dataset's language (French for codes): "Besoins / Jardin". A label two questions share is
    followed by the question's name."""
    lang = dataset.lang or "fr"
    labels: dict[str, str] = {}
    for question in dataset.form.questions():
        label = text_in(question.label, lang) or question.name
        labels[question.key] = label
        if question.is_multiple:
            for choice, text in choice_labels(question, lang).items():
                labels[f"{question.key}/{choice}"] = f"{label} / {text}"
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    return {key: label if seen[label] == 1 else f"{label} ({key})" for key, label in labels.items()}


def _questions_first(frame: pd.DataFrame) -> pd.DataFrame:
    meta = [c for c in frame.columns if c.startswith("_")]
    return frame[[c for c in frame.columns if not c.startswith("_")] + meta]


def _path(column: str, paths: dict[str, str]) -> str:
    if column in paths:
        return paths[column]
    key, _, choice = column.rpartition("/")
    return f"{paths[key]}/{choice}" if key in paths else column


def write_csv(
    dataset: Dataset, out: Path, include_personal: bool = False, labelled_headers: bool = False
) -> list[Path]:
    """The interviews to ``out``; the inventory and repeat groups beside it
    (``<name>-inventaire.csv``...)."""
    written = []
    for name, frame in export_tables(dataset, include_personal, labelled_headers).items():
        path = out if name == INTERVIEWS else out.with_name(f"{out.stem}-{name}{out.suffix}")
        if name != INTERVIEWS and frame.empty:
            continue
        frame.to_csv(path, index=False, **CSV_OPTIONS)
        written.append(path)
    return written


def write_xlsx(
    dataset: Dataset, out: Path, include_personal: bool = False, labelled_headers: bool = False
) -> list[Path]:
    """One sheet per table (interviews, repeat groups, inventory), header row frozen; times
    and dates as Excel dates. Streamed by `app.xlsx_stream` (each column's cells made once
    per distinct value); an answer is always text, never a formula or a link (an answer
    "=HYPERLINK(…)" stays as typed)."""
    kinds = _time_columns(dataset, labelled_headers)

    def cells(column: str, values: pd.Series) -> np.ndarray:
        kind = kinds.get(column)
        if kind is None:
            return column_cells(values)
        return column_cells(values, lambda v: _dated(v, kind), STYLES[kind])

    tables = export_tables(dataset, include_personal, labelled_headers)
    sheets = {name.translate(_SHEET_FORBIDDEN)[:31]: frame for name, frame in tables.items()}
    write_workbook(out, sheets, cells)
    return [out]


def _time_columns(dataset: Dataset, labelled_headers: bool) -> dict[str, str]:
    """The exported names of the columns holding times ("time") and dates ("date")."""
    paths = question_paths(dataset.form)
    headers = column_labels(dataset) if labelled_headers else {}
    kinds = {SUBMISSION_TIME: "time", "_updated_at": "time"}
    for question in dataset.form.questions():
        if question.type in _DATE_TYPES:
            kinds[_path(headers.get(question.key, question.key), paths)] = "date"
    return kinds


def _dated(value: Any, kind: str) -> Any:
    """An ISO text as a date (a time in UTC, without its offset: Excel has no time zones);
    anything unreadable as it is."""
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    if kind == "date":
        return moment.date()
    utc = moment.astimezone(UTC) if moment.tzinfo else moment
    return utc.replace(tzinfo=None, microsecond=0)


def write_geojson(
    dataset: Dataset, out: Path, include_personal: bool = False, labelled_headers: bool = False
) -> list[Path]:
    """The located inventory items and interviews as Points in one FeatureCollection (WGS 84,
    [lon, lat], as QGIS expects); property ``layer`` tells them apart."""
    tables = export_tables(dataset, include_personal, labelled_headers)
    paths = question_paths(dataset.form)
    headers = column_labels(dataset) if labelled_headers else {}
    features = list(_features(tables[INVENTORY], "location", INVENTORY))
    for question in dataset.questions:
        if question.type == "geopoint" and (include_personal or not question.is_personal):
            column = _path(headers.get(question.key, question.key), paths)
            features += _features(tables[INTERVIEWS], column, INTERVIEWS)
    collection = {"type": "FeatureCollection", "features": features}
    out.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    return [out]


def _features(frame: pd.DataFrame, column: str, layer: str) -> Iterator[dict[str, Any]]:
    if column not in frame:
        return
    properties = [c for c in frame.columns if c != column]
    for row in frame.to_dict("records"):
        point = parse_geopoint(row[column])
        if point is None:
            continue
        props = {"layer": layer, **{c: _json_value(row[c]) for c in properties}}
        geometry = {"type": "Point", "coordinates": point}
        yield {"type": "Feature", "geometry": geometry, "properties": props}


def parse_geopoint(value: Any) -> list[float] | None:
    """ODK's "lat lon alt acc" -> GeoJSON [lon, lat] (None when absent or unreadable)."""
    if not isinstance(value, str):
        return None
    try:
        lat, lon = (float(part) for part in value.split()[:2])
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [lon, lat]


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


WRITERS: dict[str, Callable[[Dataset, Path, bool, bool], list[Path]]] = {
    "csv": write_csv,
    "xlsx": write_xlsx,
    "geojson": write_geojson,
}


def audit_path(db_path: Path) -> Path:
    """Where exports that include personal data are logged: beside the database."""
    return db_path.with_name(f"{db_path.name}.exports-personnelles.jsonl")


def export(
    dataset: Dataset,
    fmt: str,
    out: Path,
    *,
    db_path: Path,
    include_personal: bool = False,
    labelled_headers: bool = False,
) -> ExportResult:
    """Write ``dataset`` in ``fmt``; an export with personal data is logged first (who, when,
    which columns, which files), so that no such export goes unrecorded."""
    if fmt not in WRITERS:
        raise UnknownChoice("export.unknown_format", format=fmt, known=", ".join(FORMATS))
    personal = personal_columns(dataset.form, dataset.interviews) if include_personal else []
    audit = None
    if personal:
        audit = audit_path(db_path)
        entry = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "user": getpass.getuser(),
            "format": fmt,
            "out": str(out),
            "campaign_id": dataset.campaign_id,
            "rows": len(dataset.interviews),
            "personal_columns": personal,
        }
        with audit.open("a", encoding="utf-8") as log:
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
    paths = WRITERS[fmt](dataset, out, include_personal, labelled_headers)
    return ExportResult(paths, len(dataset.interviews), personal, audit)
