"""The participatory budget's input as two CSV files a coach can type in a spreadsheet, until
the store keeps proposals and ballots itself.

- projects: columns ``id``, ``title``, ``cost`` (whole euros), one project a row;
- ballots: columns ``household`` and ``projects``, the ids the household approves separated by
  spaces (as a select_multiple is exported), one ballot a row.

Commas or semicolons separate the columns (spreadsheets in Belgium often write semicolons).
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.actions.budget import Ballot, Project
from app.errors import InvalidOperation


def read_projects(path: Path) -> list[Project]:
    projects = []
    for row in _rows(path, ("id", "title", "cost")):
        raw = row["cost"].strip().replace(" ", "").replace("\u00a0", "")
        try:
            cost = int(raw)
        except ValueError:
            raise InvalidOperation("budget.bad_cost", project=row["id"], cost=raw) from None
        projects.append(Project(row["id"].strip(), row["title"].strip(), cost))
    return projects


def read_ballots(path: Path) -> list[Ballot]:
    return [
        Ballot(row["household"].strip(), frozenset(row["projects"].split()))
        for row in _rows(path, ("household", "projects"))
        if row["household"].strip()
    ]


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise InvalidOperation("budget.unreadable", path=path) from None
    header = text.partition("\n")[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    found = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [c for c in columns if c not in found]
    if missing:
        raise InvalidOperation("budget.missing_columns", path=path, columns=", ".join(missing))
    return [
        {key.strip().lower(): value or "" for key, value in row.items() if key is not None}
        for row in reader
    ]
