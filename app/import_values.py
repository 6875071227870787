"""One imported cell as an answer of the form's type, or a keyed reason why not.

Cells come as text (CSV) or as what a spreadsheet holds (numbers, dates). Numbers accept a
decimal comma (Quartier's export and Excel in fr-BE write `1,5`); dates are ISO
(`2026-03-02`) or as typed in Belgium (`02/03/2026`); choices must be the names of the form's
choices (a label is refused with a hint to export values); a select_multiple is its choice
names separated by spaces.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.errors import AppError
from survey_forms.model import Question

_INTEGER = re.compile(r"[+-]?\d+(?:[.,]0*)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


class Refusal(AppError):
    """Why a cell cannot be an answer (the import names its row and column)."""


def is_empty(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def convert(question: Question, cell: Any) -> Any:
    """The answer `cell` gives to `question` (None when empty); `Refusal` when it cannot."""
    if is_empty(cell):
        return None
    qtype = question.type
    if qtype == "integer":
        return _integer(cell)
    if qtype in ("decimal", "range"):
        return _number(cell)
    if qtype in ("date", "today"):
        return _date(cell)
    if qtype in ("datetime", "time", "start", "end"):
        return _moment(cell, qtype)
    if qtype == "geopoint":
        return _geopoint(cell)
    if question.is_multiple:
        names = list(dict.fromkeys(cell_text(cell).split()))
        for name in names:
            _check_choice(question, name)
        return names
    if question.is_select:
        return _check_choice(question, cell_text(cell))
    return cell_text(cell)


def cell_text(cell: Any) -> str:
    """Text as typed; a spreadsheet's whole number (a house number, a choice `1`) without
    its `.0`."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    return str(cell).strip()


def _integer(cell: Any) -> int:
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    text = cell_text(cell).replace(" ", "").replace("\u202f", "")
    if isinstance(cell, str) and _INTEGER.fullmatch(text):
        return int(re.split("[.,]", text)[0])
    raise Refusal("import.not_integer", value=cell_text(cell))


def _number(cell: Any) -> float | int:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return cell
    text = cell_text(cell).replace(" ", "").replace("\u202f", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise Refusal("import.not_number", value=cell_text(cell)) from None


def _date(cell: Any) -> str:
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = cell_text(cell)
    day_first = _DAY_FIRST.fullmatch(text)
    if day_first:
        day, month, year = day_first.groups()
        text = f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise Refusal("import.not_date", value=cell_text(cell), expected="2026-03-02") from None


def _moment(cell: Any, qtype: str) -> str:
    """A date and time (or a time) kept as ISO text, as the device would have stored it."""
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    text = cell_text(cell)
    parse = dt.time.fromisoformat if qtype == "time" else dt.datetime.fromisoformat
    try:
        parse(text)
    except ValueError:
        expected = "10:15" if qtype == "time" else "2026-03-02T10:15:00+01:00"
        raise Refusal("import.not_date", value=text, expected=expected) from None
    return text


def _geopoint(cell: Any) -> str:
    """ODK's "latitude longitude [altitude [accuracy]]"."""
    text = cell_text(cell)
    try:
        numbers = [float(part) for part in text.split()]
    except ValueError:
        numbers = []
    if not 2 <= len(numbers) <= 4 or not (-90 <= numbers[0] <= 90 and -180 <= numbers[1] <= 180):
        raise Refusal("import.not_geopoint", value=text)
    return text


def _check_choice(question: Question, name: str) -> str:
    """`name` when it is one of the question's choices (any name when the form lists none,
    as for choices from a file)."""
    names = [choice.name for choice in question.choices]
    if not names or name in names:
        return name
    folded = name.casefold()
    for choice in question.choices:
        if any(folded == label.casefold() for label in choice.label.values()):
            raise Refusal("import.choice_is_label", value=name, name=choice.name)
    raise Refusal("import.unknown_choice", value=name, choices=", ".join(names))
