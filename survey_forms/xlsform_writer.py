"""Write a :class:`Form` as an XLSForm .xlsx (openpyxl) that reads back to the same form:
every column read is written back (those the model does not hold from ``columns`` and
``Choice.extra``); media files are written beside it, in ``<name>-media/`` as ODK lays them."""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from survey_forms.model import Choice, Element, Form, Group, Question, Texts

_TRANSLATED = ("label", "hint", "required_message", "constraint_message")
_PLAIN = (
    "required", "relevant", "constraint", "calculation", "default", "read_only",
    "appearance", "choice_filter", "parameters", "repeat_count", "trigger", "personal", "theme",
)  # fmt: skip


def _header(form: Form, column: str, lang: str) -> str:
    return column if lang == "default" else f"{column}::{form.language_names.get(lang, lang)}"


def _question_type(q: Question) -> str:
    text = f"{q.type} {q.list_name}" if q.list_name else q.type
    return f"{text} or_other" if q.or_other else text


def _plain_cell(element: Element, column: str) -> Any:
    value = getattr(element, column, None)
    if column in ("required", "read_only"):
        return "yes" if value == "true()" else value
    if column == "personal":
        return "yes" if value else None
    if column == "parameters":
        return " ".join(f"{k}={v}" for k, v in value.items()) if value else None
    if column == "trigger":
        return ", ".join(f"${{{name}}}" for name in value) if value else None
    return value


class _Sheet:
    """Rows as dicts, written with the union of their columns in a stable order."""

    def __init__(self, first: list[str]) -> None:
        self.columns = list(first)
        self.rows: list[dict[str, Any]] = []

    def add(self, row: dict[str, Any]) -> None:
        for column, value in row.items():
            if value not in (None, "") and column not in self.columns:
                self.columns.append(column)
        self.rows.append(row)

    def write(self, workbook: Workbook, title: str) -> None:
        sheet = workbook.create_sheet(title)
        used = [c for c in self.columns if any(row.get(c) not in (None, "") for row in self.rows)]
        sheet.append(used)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in self.rows:
            sheet.append([row.get(c) for c in used])


def _texts(form: Form, column: str, texts: Texts) -> dict[str, str]:
    return {_header(form, column, lang): text for lang, text in texts.items()}


def _element_rows(form: Form, element: Element, sheet: _Sheet) -> None:
    row: dict[str, Any] = {"name": element.name}
    if isinstance(element, Group):
        kind = element.kind
        row["type"] = f"begin {kind}"
        row.update(_texts(form, "label", element.label))
        for column in ("relevant", "appearance", "repeat_count"):
            row[column] = getattr(element, column, None)
        row.update(element.columns)
        sheet.add(row)
        for child in element.children:
            _element_rows(form, child, sheet)
        sheet.add({"type": f"end {kind}"})
        return
    if element.other_of:
        return  # the select's or_other makes it
    row["type"] = _question_type(element)
    for column in _TRANSLATED:
        row.update(_texts(form, column, getattr(element, column)))
    for column in _PLAIN:
        row[column] = _plain_cell(element, column)
    row.update(element.columns)
    sheet.add(row)


def _choice_row(form: Form, list_name: str, choice: Choice) -> dict[str, Any]:
    row: dict[str, Any] = {"list_name": list_name, "name": choice.name}
    row.update(_texts(form, "label", choice.label))
    row["theme"] = choice.theme
    row.update(choice.extra)
    return row


def _choices_sheet(form: Form, lists: dict[str, list[Choice]]) -> _Sheet:
    sheet = _Sheet(["list_name", "name"])
    for list_name, items in lists.items():
        for choice in items:
            sheet.add(_choice_row(form, list_name, choice))
    return sheet


def _settings_row(form: Form) -> dict[str, Any]:
    row: dict[str, Any] = {
        "form_title": form.title.get(form.default_language)
        or next(iter(form.title.values()), None),
        "form_id": form.form_id,
        "version": form.version,
    }
    if len(form.title) > 1:
        row.update(_texts(form, "form_title", form.title))
    if form.default_language != "default":
        row["default_language"] = form.language_names.get(
            form.default_language, form.default_language
        )
    row.update(form.settings)
    return row


def write_xlsform(form: Form, path: str | PathLike[str]) -> None:
    """Write ``form`` to ``path`` (.xlsx): survey, choices and settings sheets, and its media
    files in the folder ``<name>-media`` beside it."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    survey = _Sheet(["type", "name", *(_header(form, "label", lang) for lang in form.languages)])
    for element in form.children:
        _element_rows(form, element, survey)
    survey.write(workbook, "survey")
    _choices_sheet(form, form.choice_lists).write(workbook, "choices")
    if form.external_choices:
        _choices_sheet(form, form.external_choices).write(workbook, "external_choices")
    settings = _Sheet(["form_title", "form_id", "version"])
    settings.add(_settings_row(form))
    settings.write(workbook, "settings")
    workbook.save(path)
    if form.media:
        folder = Path(path).with_name(f"{Path(path).stem}-media")
        folder.mkdir(exist_ok=True)
        for name, data in form.media.items():
            (folder / Path(name).name).write_bytes(data)
