"""A plain XLSX workbook written as a stream, for tables of 100,000 rows and more (issue 18).

Writing cell by cell through a general library costs several microseconds a cell: a minute for
100,000 interviews of 76 columns. Here a column's XML is made once per distinct value (most
columns hold a few labels or small numbers), then picked for every row by NumPy, and the rows
are joined and streamed into the zip. What is written is the smallest valid SpreadsheetML:
inline strings, numbers, booleans, and dates as numbers under a date format; the header row
frozen. Cells carry no ``r`` reference (it is optional: readers count the cells of a row), so
an empty cell in the middle of a row is an empty ``<c/>``.

Text is always an inline string, never a formula or a link: an answer "=HYPERLINK(…)" stays
as typed.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

#: Style indexes in styles.xml: none, a date, a time.
PLAIN, DATE, TIME = 0, 1, 2
STYLES = {"date": DATE, "time": TIME}
#: Excel keeps at most this many characters in a cell.
MAX_TEXT = 32767
ROWS_PER_CHUNK = 5000
_EMPTY = "<c/>"
_EPOCH = datetime(1899, 12, 31)
#: Characters XML 1.0 cannot carry, written as Excel writes them (``_x0001_``); a text that
#: already looks like such an escape gets its underscore escaped (``_x005F``).
_ESCAPE_LIKE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff])")
_NEEDS_ESCAPE = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
#: Columns whose distinct values make distinct cells (1 and 1.0 make the same one; True and
#: 1 are one key but two cells, so a column mixing them is written value by value).
_UNIFORM = frozenset(
    {"string", "integer", "floating", "mixed-integer-float", "boolean", "date", "datetime", "empty"}
)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES_XML = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>"
)


def excel_serial(moment: date) -> float:
    """A date or a naive time as Excel's serial number (days since 1900, counting Excel's
    29 February 1900)."""
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    delta = moment - _EPOCH
    serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400
    return serial + 1 if serial > 59 else serial


def text_cell(text: str) -> str:
    text = text[:MAX_TEXT]
    preserve = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    if _NEEDS_ESCAPE.search(text):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = _ESCAPE_LIKE.sub(r"_x005F\1", text)
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    return f'<c t="inlineStr"><is><t{preserve}>{text}</t></is></c>'


def cell(value: Any, style: int = PLAIN) -> str:
    """One cell's XML: text as an inline string, numbers and booleans as such, a date under
    its date format (`style`, else a time's or a date's)."""
    if hasattr(value, "item"):  # a NumPy scalar
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return _EMPTY
    if isinstance(value, str):
        return text_cell(value) if value else _EMPTY  # an empty text is an empty cell
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        if math.isnan(value):
            return _EMPTY
        if math.isinf(value):
            return text_cell(str(value))
        return f"<c><v>{value:.16G}</v></c>"
    if isinstance(value, date):
        default = TIME if isinstance(value, datetime) else DATE
        return f'<c s="{style or default}"><v>{excel_serial(value):.16G}</v></c>'
    return text_cell(str(value))


def column_cells(
    series: pd.Series, convert: Callable[[Any], Any] | None = None, style: int = PLAIN
) -> np.ndarray:
    """Every row's cell XML for one column: made once per distinct value, `convert`ed
    first (an ISO text into a date, for example)."""
    make: Callable[[Any], str] = (lambda v: cell(convert(v), style)) if convert else cell
    if series.dtype != object or pd.api.types.infer_dtype(series, skipna=True) in _UNIFORM:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        fragments = np.array([make(v) for v in uniques.tolist()] + [_EMPTY], dtype=object)
        return fragments[codes]  # code -1 (missing) picks the last: an empty cell
    return np.array([make(v) for v in series.tolist()], dtype=object)


def _sheet_head(first: bool) -> str:
    selected = ' tabSelected="1"' if first else ""
    return (
        f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetViews><sheetView{selected} workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/><sheetData>'
    )


def _write_sheet(
    stream: Any, frame: pd.DataFrame, cells: Callable[[str, pd.Series], np.ndarray], first: bool
) -> None:
    header = "".join(text_cell(str(c)) for c in frame.columns)
    stream.write(f'{_sheet_head(first)}<row r="1">{header}</row>'.encode())
    columns = [cells(str(name), frame[name]) for name in frame.columns]
    for start in range(0, len(frame), ROWS_PER_CHUNK):
        chunk = [column[start : start + ROWS_PER_CHUNK].tolist() for column in columns]
        numbered = enumerate(zip(*chunk, strict=True), start=start + 2)
        rows = (f'<row r="{n}">{"".join(row)}</row>' for n, row in numbered)
        stream.write("".join(rows).encode())
    stream.write(b"</sheetData></worksheet>")


def write_workbook(
    out: Path,
    sheets: dict[str, pd.DataFrame],
    cells: Callable[[str, pd.Series], np.ndarray] = lambda _name, s: column_cells(s),
) -> None:
    """`sheets` (name -> table, in order) to the workbook `out`, a header row each; `cells`
    makes a column's cells from its name and values."""
    names = list(sheets)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", _content_types(len(names)))
        book.writestr(
            "_rels/.rels",
            f'{_HEAD}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
            f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        book.writestr("xl/workbook.xml", _workbook(names))
        book.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(names)))
        book.writestr("xl/styles.xml", _STYLES_XML)
        for n, (_name, frame) in enumerate(sheets.items(), start=1):
            with book.open(f"xl/worksheets/sheet{n}.xml", "w", force_zip64=True) as stream:
                _write_sheet(stream, frame, cells, first=n == 1)


def _content_types(sheets: int) -> str:
    parts = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_TYPES}.worksheet+xml"/>'
        for n in range(1, sheets + 1)
    )
    return (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
        f"{parts}</Types>"
    )


def _workbook(names: list[str]) -> str:
    sheets = "".join(
        f'<sheet name="{_attribute(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, start=1)
    )
    return (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}">'
        f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets></workbook>"
    )


def _workbook_rels(sheets: int) -> str:
    links = "".join(
        f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, sheets + 1)
    )
    styles = f'<Relationship Id="rId{sheets + 1}" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
    return f'{_HEAD}<Relationships xmlns="{_RELS}">{links}{styles}</Relationships>'


def _attribute(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
