"""Reading a table of interviews from a CSV or XLSX file, whoever wrote it: a KoboToolbox or
ODK Central export, Quartier's own export, or questionnaires typed in a spreadsheet.

Only the cells are read here (header row, then one row per interview, numbered as a
spreadsheet shows them: the header is row 1). What the columns mean is `app.import_columns`.

CSV: UTF-8 (with or without a BOM; Windows-1252 when it is not UTF-8, as Excel saves it in
Belgium); the separator is the one the header uses most of `;` (KoboToolbox, Quartier, Excel
in fr-BE), `,` (ODK Central) and tab. XLSX: the first sheet holds the interviews; the other
sheets (KoboToolbox's repeat groups, Quartier's inventory) are named in `other_sheets`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import AppError

CSV_SUFFIXES = frozenset({".csv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_SEPARATORS = (";", ",", "\t")


@dataclass(frozen=True)
class Table:
    header: list[str]
    #: (spreadsheet row number, cells as long as the header), empty rows left out.
    rows: list[tuple[int, list[Any]]]
    other_sheets: list[str] = field(default_factory=list)


def read_table(path: Path) -> Table:
    """The interviews' table of `path`; an unreadable file is refused with a keyed error."""
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise AppError("import.unsupported", path=path, suffix=suffix or "?")
    try:
        if suffix in CSV_SUFFIXES:
            return _table(_csv_rows(path.read_bytes()), [])
        return _read_xlsx(path)
    except (OSError, csv.Error, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise AppError("import.unreadable", path=path, reason=str(error) or repr(error)) from error


def _csv_rows(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252")
    first = text.split("\n", 1)[0]
    separator = max(_SEPARATORS, key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # only when a spreadsheet is read

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        first, *others = book.worksheets
        rows = [list(row) for row in first.iter_rows(values_only=True)]
        return _table(rows, [sheet.title for sheet in others])
    finally:
        book.close()


def _table(rows: Iterable[list[Any]], other_sheets: list[str]) -> Table:
    numbered = enumerate(rows, start=1)
    header: list[str] = []
    for _number, cells in numbered:
        header = [_header(cell) for cell in cells]
        break
    while header and not header[-1]:
        header.pop()
    width = len(header)
    body = [
        (number, (cells + [None] * width)[:width])
        for number, cells in numbered
        if any(_filled(cell) for cell in cells)
    ]
    return Table(header, body, other_sheets)


def _header(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))
