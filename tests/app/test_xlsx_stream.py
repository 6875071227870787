"""The streamed XLSX writer: what a spreadsheet reads back is what was written, cell for cell,
whatever the text holds."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import openpyxl
import pandas as pd

from app.xlsx_stream import DATE, MAX_TEXT, TIME, column_cells, excel_serial, write_workbook

AWKWARD = [
    '=HYPERLINK("http://example.org/x","Cliquez")',
    "@SUM(A1:A3)",
    "-2+3",
    "a < b & c > d",
    "bell\x07 and nul\x00",
    "_x0041_ stays as typed",
    "  spaces around  ",
    "line one\nline two",
    "x" * (MAX_TEXT + 10),
]


def read_back(path: Path, sheet: str, read_only: bool) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=read_only)
    return list(book[sheet].iter_rows(values_only=True))


def test_awkward_texts_read_back_as_typed_and_the_parts_are_well_formed(tmp_path: Path) -> None:
    frame = pd.DataFrame({"said": AWKWARD, "n": range(len(AWKWARD))})
    out = tmp_path / "t.xlsx"
    write_workbook(out, {"entretiens": frame})
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            ElementTree.fromstring(archive.read(name))  # raises on XML that is not well formed
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    # what XML cannot carry is written as Excel writes it (Excel reads it back as typed,
    # openpyxl shows the escapes); Excel keeps 32,767 characters of a cell
    escaped = {4: "bell_x0007_ and nul_x0000_", 5: "_x005F_x0041_ stays as typed"}
    want = [escaped.get(n, text) for n, text in enumerate(AWKWARD[:-1])] + ["x" * MAX_TEXT]
    for read_only in (False, True):
        header, *rows = read_back(out, "entretiens", read_only)
        assert header == ("said", "n")
        assert [row[0] for row in rows] == want
        assert [row[1] for row in rows] == list(range(len(AWKWARD)))


def test_empty_cells_keep_the_next_ones_in_their_columns(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "a": ["x", None, "z"],
            "b": pd.array([1, None, 3], dtype="Int64"),
            "c": [1.5, np.nan, float("inf")],
            "d": ["", "y", None],
            "e": [True, 1, False],  # one key to a hash, two cells to a spreadsheet
            "f": ["last", "last", "last"],
        }
    )
    out = tmp_path / "gaps.xlsx"
    write_workbook(out, {"s": frame})
    rows = read_back(out, "s", read_only=False)
    assert rows[1:] == [
        ("x", 1, 1.5, None, True, "last"),
        (None, None, None, "y", 1, "last"),
        ("z", 3, "inf", None, False, "last"),
    ]
    assert isinstance(rows[2][4], int) and not isinstance(rows[2][4], bool)


def test_dates_and_times_are_excel_dates_under_their_format(tmp_path: Path) -> None:
    moments = pd.Series([datetime(2026, 3, 2, 9, 7), None, datetime(1900, 2, 1, 12, 0)])
    days = pd.Series(["2026-03-02", "pas une date", "2026-12-31"])
    out = tmp_path / "dates.xlsx"

    def cells(name: str, values: pd.Series) -> np.ndarray:
        if name == "day":
            return column_cells(
                values, lambda v: date.fromisoformat(v) if v[:2] == "20" else v, DATE
            )
        return column_cells(values, style=TIME)

    write_workbook(out, {"s": pd.DataFrame({"at": moments, "day": days})}, cells)
    sheet = openpyxl.load_workbook(out)["s"]
    assert [c.value for c in sheet["A"][1:]] == [datetime(2026, 3, 2, 9, 7), None, moments[2]]
    assert [c.value for c in sheet["B"][1:]] == [
        datetime(2026, 3, 2),
        "pas une date",
        datetime(2026, 12, 31),
    ]
    assert sheet["A2"].number_format == "dd/mm/yyyy hh:mm"
    assert sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet.freeze_panes == "A2"
    assert excel_serial(date(1900, 3, 1)) == 61  # after Excel's 29 February 1900
    assert excel_serial(datetime(1900, 1, 1, 12)) == 1.5


def test_sheets_in_order_with_names_that_need_escaping(tmp_path: Path) -> None:
    out = tmp_path / "names.xlsx"
    tables = {"entretiens": pd.DataFrame({"a": [1]}), "Q&R <1>": pd.DataFrame({"b": ["v"]})}
    write_workbook(out, tables)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["entretiens", "Q&R <1>"]
    assert list(book["Q&R <1>"].iter_rows(values_only=True)) == [("b",), ("v",)]
