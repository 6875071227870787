"""Helpers to write small XLSForms for tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from survey_forms import Form, read_xlsform

Rows = list[dict[str, Any]]


def write_workbook(
    path: Path,
    survey: Rows,
    choices: Rows | None = None,
    settings: dict[str, Any] | None = None,
    **sheets: Rows,
) -> Path:
    """An .xlsx with the given rows (dicts by column header); ``sheets`` adds other sheets
    (``external_choices=[...]``)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    named = (("survey", survey), ("choices", choices), ("settings", [settings or {}]))
    for title, rows in (*named, *sheets.items()):
        if not rows or not rows[0]:
            continue
        columns: list[str] = []
        for row in rows:
            columns += [c for c in row if c not in columns]
        sheet = workbook.create_sheet(title)
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c) for c in columns])
    workbook.save(path)
    return path


@pytest.fixture
def make_form(tmp_path: Path) -> Callable[..., Form]:
    """``make_form(survey_rows, choices_rows=None, settings=None) -> Form``."""
    counter = iter(range(1000))

    def make(survey: Rows, choices: Rows | None = None, settings: dict[str, Any] | None = None):
        path = tmp_path / f"form{next(counter)}.xlsx"
        return read_xlsform(write_workbook(path, survey, choices, settings))

    return make


YES_NO = [
    {"list_name": "yn", "name": "yes", "label": "Oui"},
    {"list_name": "yn", "name": "no", "label": "Non"},
]
