"""Read an XLSForm (.xlsx, .xls, .csv, .md) into a :class:`Form`.

The reference converter, pyxform (maintained by ODK), does the spreadsheet work: its backends
read every supported file type, and its ``workbook_to_json`` resolves column and type aliases,
translations, groups, repeats and choice lists exactly as ODK tools do. We map its JSON to our
model and keep the raw rows beside it, only to locate errors (row and column) and to undo two
things pyxform adds for XForm output that are not part of the form: the ``<name>_other`` text
question of ``or_other`` and the ``meta/instanceID`` group.

Our own columns ``personal`` and ``theme`` pass through pyxform untouched (other tools ignore
them). After mapping, every expression is compiled and the dependency graph is checked
(:func:`survey_forms.dependencies.check_form`), so a form that loads is a form a session can run.
"""

from __future__ import annotations

import re
from dataclasses import replace
from os import PathLike
from pathlib import Path
from typing import Any

from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from survey_forms.errors import FormError
from survey_forms.model import Choice, Element, Form, Group, Question, Repeat, Texts

_LANG_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$")
_YES = frozenset({"yes", "true", "true()", "1", "y"})
_NO = frozenset({"no", "false", "false()", "0", "n", ""})
_FILE_LIST = re.compile(r"\.(csv|xml|geojson)$", re.IGNORECASE)
_PYX_ROW = re.compile(r"\[row : (\d+)\]")
_PYX_SHEET = re.compile(r"On the '(\w+)' sheet")
_PYX_COLUMN = re.compile(r"the '([\w:]+)' (?:value|column)")
_PYX_TYPE = re.compile(r"Unknown question type '([^']+)'")
_PYX_UNKNOWN_NAME = re.compile(
    r"Reference variables must contain a name .*Could not find the name '([^']+)'"
)
#: pyxform's JSON type names (and common aliases it keeps) -> the XLSForm names we use.
_JSON_TYPES = {
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "select one external": "select_one_external",
    "photo": "image",
    "datetime": "dateTime",
    "date time": "dateTime",
    "int": "integer",
    "string": "text",
    "gps": "geopoint",
    "location": "geopoint",
}
_FIRST_ROW = 2  # row 1 holds the column headers
_SETTINGS_MAPPED = frozenset(
    {"form_title", "form_id", "version", "default_language", "title", "id_string",
     "set_form_title", "set_form_id"}
)  # fmt: skip
_CHOICE_MAPPED = frozenset({"name", "label", "theme", "list_name", "list name"})


def language_code(language: str) -> str:
    """ "Français (fr)" -> "fr"; "English" -> "english"; pyxform's "default" stays."""
    match = _LANG_CODE.search(language)
    return match.group(1).lower() if match else language.strip().lower()


def yes_no_expression(value: Any) -> str | None:
    """``required``/``read_only`` cells: "yes" -> "true()", "no"/empty -> None, else the text."""
    if value is None or value is False:
        return None
    text = str(value).strip()
    if text.lower() in _NO:
        return None
    return "true()" if text.lower() in _YES else text


class _Mapper:
    """Maps pyxform's JSON to the model, with the raw rows at hand to locate things."""

    def __init__(self, workbook: DefinitionData) -> None:
        self.workbook = workbook
        self.language_names: dict[str, str] = {}
        self.rows: dict[str, int] = {}
        self.raw_types: dict[str, str] = {}
        for index, row in enumerate(workbook.survey or []):
            name = row.get("name")
            if name and name not in self.rows:
                self.rows[name] = index + _FIRST_ROW
                self.raw_types[name] = str(row.get("type", ""))
        self.raw_choices = {
            (str(row.get("list_name", row.get("list name", ""))), str(row.get("name", "")))
            for row in workbook.choices or []
        }

    def texts(self, value: Any) -> Texts:
        if value is None:
            return {}
        if not isinstance(value, dict):
            value = {"default": value}
        out: Texts = {}
        for language, text in value.items():
            code = language_code(language)
            self.language_names.setdefault(code, language)
            out[code] = str(text)
        return out

    def choice(self, d: dict[str, Any]) -> Choice:
        extra = {k: str(v) for k, v in d.items() if k not in _CHOICE_MAPPED and isinstance(v, str)}
        return Choice(str(d["name"]), self.texts(d.get("label")), d.get("theme") or None, extra)

    def choice_lists(self, lists: dict[str, list[dict[str, Any]]]) -> dict[str, list[Choice]]:
        return {
            list_name: [
                self.choice(c) for c in choices if (list_name, str(c["name"])) in self.raw_choices
            ]
            for list_name, choices in lists.items()
        }

    def external_choices(self) -> dict[str, list[Choice]]:
        lists: dict[str, list[Choice]] = {}
        for row in self.workbook.external_choices or []:
            list_name = row.get("list_name", row.get("list name"))
            if list_name and row.get("name") is not None:
                lists.setdefault(str(list_name), []).append(self.choice(row))
        return lists

    def children(self, items: list[dict[str, Any]], repeat: str | None) -> list[Element]:
        out: list[Element] = []
        skip_other: str | None = None
        for d in items:
            name = str(d.get("name", ""))
            if name == skip_other or (name == "meta" and d.get("control", {}).get("bodyless")):
                continue
            element = self.element(d, repeat)
            out.append(element)
            skip_other = f"{name}_other" if getattr(element, "or_other", False) else None
        return out

    def element(self, d: dict[str, Any], repeat: str | None) -> Element:
        name = str(d["name"])
        bind = d.get("bind", {})
        control = d.get("control", {})
        row = self.rows.get(name)
        kind = d["type"]
        if kind in ("group", "repeat", "loop"):
            inner = name if kind == "repeat" else repeat
            common = {
                "name": name,
                "label": self.texts(d.get("label")),
                "relevant": bind.get("relevant"),
                "appearance": control.get("appearance"),
                "children": self.children(d.get("children", []), inner),
                "row": row,
            }
            if kind == "repeat":
                return Repeat(repeat_count=control.get("jr:count"), **common)
            return Group(**common)
        list_name = d.get("list_name") or d.get("itemset")
        qtype = _JSON_TYPES.get(kind, kind)
        if list_name and _FILE_LIST.search(str(list_name)):
            qtype = qtype.replace("select_one", "select_one_from_file").replace(
                "select_multiple", "select_multiple_from_file"
            )
        trigger = d.get("trigger") or []
        return Question(
            name=name,
            type=qtype,
            label=self.texts(d.get("label")),
            hint=self.texts(d.get("hint")),
            required=yes_no_expression(bind.get("required")),
            required_message=self.texts(bind.get("jr:requiredMsg")),
            relevant=bind.get("relevant"),
            constraint=bind.get("constraint"),
            constraint_message=self.texts(bind.get("jr:constraintMsg")),
            calculation=bind.get("calculate"),
            default=None if d.get("default") is None else str(d["default"]),
            read_only=yes_no_expression(bind.get("readonly")),
            appearance=control.get("appearance"),
            choice_filter=d.get("choice_filter"),
            list_name=str(list_name) if list_name else None,
            or_other="or_other" in self.raw_types.get(name, "").replace("or other", "or_other"),
            personal=yes_no_expression(d.get("personal")) is not None,
            theme=d.get("theme") or None,
            parameters=_parameters(d.get("parameters")),
            trigger=[trigger] if isinstance(trigger, str) else list(trigger),
            repeat=repeat,
            row=row,
        )

    def settings(self) -> tuple[dict[str, str], Texts]:
        raw = dict((self.workbook.settings or [{}])[0]) if self.workbook.settings else {}
        titles = {k: v for k, v in raw.items() if k.startswith("form_title::")}
        title = self.texts({k.split("::", 1)[1]: v for k, v in titles.items()})
        extra = {k: str(v) for k, v in raw.items() if k not in _SETTINGS_MAPPED and k not in titles}
        return extra, title


def _parameters(value: Any) -> dict[str, str]:
    """pyxform gives parameters as a dict, or as the raw "k=v k2=v2" text for some types."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    pairs = (part.split("=", 1) for part in str(value or "").replace(",", " ").split())
    return {k.strip(): v.strip() for k, v in (p for p in pairs if len(p) == 2)}


def _pyxform_error(err: Exception, workbook: DefinitionData | None) -> FormError:
    """pyxform's message, located: row, sheet and column taken from its text when it gives
    them, or found in the sheet (an unknown type names no row)."""
    text = str(err)
    row_match = _PYX_ROW.search(text)
    sheet_match = _PYX_SHEET.search(text)
    column_match = _PYX_COLUMN.search(text)
    row = int(row_match.group(1)) if row_match else None
    column = column_match.group(1) if column_match else None
    type_match = _PYX_TYPE.search(text)
    if type_match and workbook is not None and row is None:
        for index, raw in enumerate(workbook.survey or []):
            if str(raw.get("type", "")).strip() == type_match.group(1):
                row, column = index + _FIRST_ROW, "type"
                break
    sheet = sheet_match.group(1) if sheet_match else ("survey" if row else None)
    unknown = _PYX_UNKNOWN_NAME.search(text)
    if unknown:
        return FormError(
            f"référence à une question inconnue ${{{unknown.group(1)}}}", sheet, row, column
        )
    message = _PYX_ROW.sub("", text).strip()
    return FormError(f"le formulaire est refusé (pyxform) — {message}", sheet, row, column)


def _to_json(workbook: DefinitionData, warnings: list[str]) -> dict[str, Any]:
    try:
        return workbook_to_json(workbook, fallback_form_name=workbook.fallback_form_name)
    except PyXFormError as err:
        if "allow_choice_duplicates" not in str(err):
            raise
        # Duplicate choice names are legal in ODK with this setting; forms in the wild rely on
        # it implicitly (cascading lists). Accept them and say so.
        located = _pyxform_error(err, workbook)
        warnings.append(
            f"{located.location} : noms de choix en double acceptés (allow_choice_duplicates)"
        )
        settings = dict((workbook.settings or [{}])[0]) if workbook.settings else {}
        settings["allow_choice_duplicates"] = "yes"
        header = [dict.fromkeys(settings)]
        lenient = replace(workbook, settings=[settings], settings_header=header)
        return workbook_to_json(lenient, fallback_form_name=workbook.fallback_form_name)


def read_workbook(source: str | PathLike[str] | bytes) -> DefinitionData:
    """The raw sheets of an XLSForm file, as pyxform's backends read them."""
    if isinstance(source, str | PathLike) and not Path(source).is_file():
        raise FormError(f"fichier introuvable : {source}")
    try:
        return get_xlsform(source)
    except Exception as err:
        raise FormError(f"fichier illisible comme XLSForm ({type(err).__name__}: {err})") from err


def read_xlsform(source: str | PathLike[str] | bytes, *, check: bool = True) -> Form:
    """Read an XLSForm; raise :class:`FormError` (located) if it cannot be used.

    ``check=False`` skips the expression and dependency checks (used by tools that want to
    report every error themselves, like ``quartier form check``).
    """
    from survey_forms.dependencies import check_form

    workbook = read_workbook(source)
    warnings: list[str] = []
    try:
        data = _to_json(workbook, warnings)
    except PyXFormError as err:
        raise _pyxform_error(err, workbook) from err
    except Exception as err:
        raise FormError(f"le formulaire est refusé (pyxform, {type(err).__name__}: {err})") from err
    mapper = _Mapper(workbook)
    children = mapper.children(data.get("children", []), None)
    lists = mapper.choice_lists(data.get("choices", {}))
    settings, title = mapper.settings()
    form = Form(
        form_id=str(data.get("id_string") or data.get("name") or "form"),
        version=None if data.get("version") is None else str(data["version"]),
        title=title,
        children=children,
        choice_lists=lists,
        external_choices=mapper.external_choices(),
        settings=settings,
        warnings=warnings,
    )
    if not form.title and data.get("title"):
        form.title = {"default": str(data["title"])}
    languages = list(mapper.language_names)
    form.languages = languages or ["default"]
    form.language_names = mapper.language_names
    pyx_default = str(data.get("default_language") or "default")
    default = language_code(pyx_default)
    if default not in form.languages:
        default = "default" if "default" in form.languages else form.languages[0]
    form.default_language = default
    if "default" in form.title and default != "default":
        form.title = {default: form.title["default"]}
    if check:
        check_form(form)
    return form
