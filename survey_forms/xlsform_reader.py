"""Read an XLSForm (.xlsx, .xls, .csv, .md) into a :class:`Form`.

The reference converter, pyxform (maintained by ODK), does the spreadsheet work: its backends
read every supported file type, and its ``workbook_to_json`` resolves column and type aliases,
translations, groups, repeats and choice lists exactly as ODK tools do; its XForm builder then
runs the checks ODK tools run, so a form pyxform refuses is refused here, located and in three
languages, and what pyxform only warns about is a warning of the form. We map its JSON to our
model and keep the raw rows beside it: to locate errors (row and column), to keep the columns
the model has no place for (``Question.columns``, written back as read), and to drop the
``meta/instanceID`` group pyxform adds for XForm output. ``begin loop over`` is expanded as
pyxform does (one group per choice); ``or_other`` keeps pyxform's ``<name>_other`` question.

Our own columns ``personal`` and ``theme`` pass through pyxform untouched (other tools ignore
them). Files the form names (media) are read from ``<form>-media/`` or the form's folder.
After mapping, every expression is compiled and the dependency graph is checked
(:func:`survey_forms.dependencies.check_form`), so a form that loads is a form a session can run.
"""

from __future__ import annotations

import copy
import re
import warnings as python_warnings
from dataclasses import replace
from os import PathLike
from pathlib import Path
from typing import Any

from pyxform import aliases
from pyxform.builder import create_survey_element_from_dict
from pyxform.errors import PyXFormError
from pyxform.parsing.sheet_headers import process_header
from pyxform.question import MultipleChoiceQuestion
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from survey_forms.errors import FormError
from survey_forms.media import find_files, needed_files
from survey_forms.model import (
    OTHER_LABEL,
    Choice,
    Element,
    Form,
    Group,
    Question,
    Repeat,
    Texts,
)

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
_PYX_ROOT_NAME = re.compile(
    r"'name' value '([^']+)' is invalid\. Repeat names must not be the same as the survey root"
)
_OR_OTHER = re.compile(r"\s(or specify other|or_other|or other)\s*$")
#: The XLSForm type names we use; pyxform's aliases ("gps", "q int"...) map to them.
_CANONICAL_TYPES = (
    "text", "integer", "decimal", "date", "time", "dateTime", "geopoint", "geotrace",
    "geoshape", "image", "audio", "video", "file", "barcode", "note", "acknowledge", "range",
    "calculate", "hidden", "start", "end", "today", "deviceid", "subscriberid", "simserial",
    "phonenumber", "username", "email", "audit", "start-geopoint", "background-audio",
    "background-geopoint", "csv-external", "xml-external", "osm", "rank", "uri:deviceid",
    "uri:email", "uri:phonenumber", "uri:simserial", "uri:subscriberid", "uri:username",
)  # fmt: skip
#: pyxform's JSON type names -> the XLSForm names we use.
_JSON_TYPES = {
    alias: next((c for c in _CANONICAL_TYPES if QUESTION_TYPE_DICT.get(c) == spec), alias)
    for alias, spec in QUESTION_TYPE_DICT.items()
    if alias not in _CANONICAL_TYPES
} | {
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "select one external": "select_one_external",
    "trigger": "acknowledge",
}
#: Types pyxform accepts that a volunteer answers here by typing text (said in a warning).
_TYPED_AS_TEXT = frozenset(
    {"geotrace", "geoshape", "audio", "video", "file", "barcode", "osm", "background-audio",
     "percentage", "phone number", "number of days in last month",
     "number of days in last six months", "number of days in last year"}
)  # fmt: skip
#: Survey columns the model holds (pyxform's dealiased header tokens); others are kept as read.
_QUESTION_COLUMNS = frozenset(
    {("type",), ("name",), ("label",), ("hint",), ("default",), ("choice_filter",),
     ("parameters",), ("trigger",), ("personal",), ("theme",), ("bind", "required"),
     ("bind", "jr:requiredMsg"), ("bind", "relevant"), ("bind", "constraint"),
     ("bind", "jr:constraintMsg"), ("bind", "calculate"), ("bind", "readonly"),
     ("control", "appearance")}
)  # fmt: skip
_GROUP_COLUMNS = frozenset(
    {("type",), ("name",), ("label",), ("bind", "relevant"), ("control", "appearance")}
)
_REPEAT_COLUMNS = _GROUP_COLUMNS | {("control", "jr:count")}
_CHOICE_COLUMNS = frozenset({("list name",), ("name",), ("label",), ("theme",)})
_SURVEY_HEADERS = set(MultipleChoiceQuestion.get_slot_names())
_FIRST_ROW = 2  # row 1 holds the column headers
_SETTINGS_MAPPED = frozenset(
    {"form_title", "form_id", "version", "default_language", "title", "id_string",
     "set_form_title", "set_form_id"}
)  # fmt: skip


def _kept_columns(
    row: dict[str, Any], modelled: frozenset[tuple[str, ...]], header_aliases: dict[str, Any]
) -> dict[str, str]:
    """The non-empty cells of a raw row whose column the model does not hold, as read."""
    double = any("::" in str(k) for k in row)  # pyxform: "::" anywhere, else ":" separates
    kept: dict[str, str] = {}
    for header, value in row.items():
        if value is None or str(value).strip() == "":
            continue
        tokens = process_header(str(header), double, header_aliases, _SURVEY_HEADERS)[1]
        if tokens[:1] not in modelled and tokens[:2] not in modelled:
            kept[str(header)] = str(value)
    return kept


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
    """Maps pyxform's JSON to the model, with the raw rows at hand to locate things and to
    keep the columns the model does not hold."""

    def __init__(self, workbook: DefinitionData) -> None:
        self.workbook = workbook
        self.language_names: dict[str, str] = {}
        self.warnings: list[FormError] = []
        #: Raw survey rows by name, in order, with their row numbers; taken as elements are
        #: mapped (a name reused by sibling groups takes its next row).
        self.raw: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for index, row in enumerate(workbook.survey or []):
            name = row.get("name")
            if name:
                self.raw.setdefault(str(name), []).append((index + _FIRST_ROW, row))
        self.taken: dict[str, int] = {}
        self.raw_choices: dict[str, list[dict[str, Any]]] = {}
        for row in workbook.choices or []:
            if row.get("name") is not None:
                list_name = str(row.get("list_name", row.get("list name", "")))
                self.raw_choices.setdefault(list_name, []).append(row)

    def take_row(self, name: str) -> tuple[int | None, dict[str, Any]]:
        """The next raw row of ``name`` (a loop maps its rows once per choice: the last
        row stays)."""
        rows = self.raw.get(name)
        if not rows:
            return None, {}
        index = self.taken.get(name, 0)
        self.taken[name] = index + 1
        return rows[min(index, len(rows) - 1)]

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

    def choice(self, d: dict[str, Any], raw: dict[str, Any]) -> Choice:
        extra = _kept_columns(raw, _CHOICE_COLUMNS, aliases.list_header)
        return Choice(str(d["name"]), self.texts(d.get("label")), d.get("theme") or None, extra)

    def choice_lists(self, lists: dict[str, list[dict[str, Any]]]) -> dict[str, list[Choice]]:
        """The lists of the choices sheet, each choice with its raw row (pyxform keeps the
        sheet's order and appends the "other" of ``or_other``, which the form adds itself)."""
        out: dict[str, list[Choice]] = {}
        for list_name, choices in lists.items():
            raw_rows = iter(self.raw_choices.get(list_name, []))
            mapped: list[Choice] = []
            raw = next(raw_rows, None)
            for c in choices:
                if raw is not None and str(raw.get("name")) == str(c["name"]):
                    mapped.append(self.choice(c, raw))
                    raw = next(raw_rows, None)
            out[list_name] = mapped
        return out

    def external_choices(self) -> dict[str, list[Choice]]:
        lists: dict[str, list[Choice]] = {}
        for row in self.workbook.external_choices or []:
            list_name = row.get("list_name", row.get("list name"))
            if list_name and row.get("name") is not None:
                labels = {k.split("::", 1)[1] if "::" in k else "default": v
                          for k, v in row.items() if k.split("::")[0] == "label" and v}  # fmt: skip
                choice = self.choice({"name": row["name"], "label": labels or None}, row)
                lists.setdefault(str(list_name), []).append(choice)
        return lists

    def children(self, items: list[dict[str, Any]], repeat: str | None) -> list[Element]:
        out: list[Element] = []
        for d in items:
            name = str(d.get("name", ""))
            if name == "meta" and d.get("control", {}).get("bodyless"):
                continue
            if d.get("type") == "loop":
                out.append(self.element(_expand_loop(d), repeat))
                continue
            previous = out[-1] if out else None
            if (
                isinstance(previous, Question)
                and previous.or_other
                and name == f"{previous.name}_other"
            ):
                out.append(_other_question(previous))
                continue
            out.append(self.element(d, repeat))
        return out

    def element(self, d: dict[str, Any], repeat: str | None) -> Element:
        name = str(d["name"])
        bind = d.get("bind", {})
        control = d.get("control", {})
        row, raw = self.take_row(name)
        kind = d["type"]
        if kind in ("group", "repeat"):
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
                columns = _kept_columns(raw, _REPEAT_COLUMNS, aliases.survey_header)
                return Repeat(repeat_count=control.get("jr:count"), columns=columns, **common)
            return Group(
                columns=_kept_columns(raw, _GROUP_COLUMNS, aliases.survey_header), **common
            )
        list_name = d.get("list_name") or d.get("itemset")
        qtype = _JSON_TYPES.get(kind, kind)
        if list_name and _FILE_LIST.search(str(list_name)):
            qtype = qtype.replace("select_one", "select_one_from_file").replace(
                "select_multiple", "select_multiple_from_file"
            )
        if qtype in _TYPED_AS_TEXT:
            self.warnings.append(FormError.keyed("typed_as_text", "survey", row, "type", type=kind))
        elif qtype == "rank":
            self.warnings.append(FormError.keyed("rank_as_multiple", "survey", row, "type"))
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
            or_other=bool(_OR_OTHER.search(str(raw.get("type", "")))),
            personal=yes_no_expression(d.get("personal")) is not None,
            theme=d.get("theme") or None,
            parameters=_parameters(d.get("parameters")),
            trigger=[trigger] if isinstance(trigger, str) else list(trigger),
            columns=_kept_columns(raw, _QUESTION_COLUMNS, aliases.survey_header),
            repeat=repeat,
            row=row,
        )

    def settings(self) -> tuple[dict[str, str], Texts]:
        raw = dict((self.workbook.settings or [{}])[0]) if self.workbook.settings else {}
        titles = {k: v for k, v in raw.items() if k.startswith("form_title::")}
        title = self.texts({k.split("::", 1)[1]: v for k, v in titles.items()})
        extra = {k: str(v) for k, v in raw.items() if k not in _SETTINGS_MAPPED and k not in titles}
        return extra, title


def _other_question(select: Question) -> Question:
    """The ``<name>_other`` text of an ``or_other`` select, as pyxform makes it."""
    return Question(
        name=f"{select.name}_other",
        type="text",
        label=dict(OTHER_LABEL),
        relevant=f"selected(${{{select.name}}}, 'other')",
        personal=select.personal,
        other_of=select.name,
        repeat=select.repeat,
        row=select.row,
    )


def _expand_loop(d: dict[str, Any]) -> dict[str, Any]:
    """A ``begin loop over list`` as pyxform builds it: a group holding one group per choice
    (named and labelled by the choice), each holding the loop's rows with ``%(name)s`` and
    ``%(label)s`` replaced by the choice's name and label (per language)."""
    columns = [c for c in d.get("columns", []) if c.get("name") != "none"]
    groups = [
        {"type": "group", "name": c["name"], "label": c.get("label"),
         "children": [_substituted(child, c) for child in d.get("children", [])]}
        for c in columns
    ]  # fmt: skip
    return {**{k: v for k, v in d.items() if k != "columns"}, "type": "group", "children": groups}


def _substituted(child: dict[str, Any], choice: dict[str, Any]) -> dict[str, Any]:
    """One loop row for one choice: its texts, and the texts of its translated or grouped
    columns (label, bind...), with the choice's name and label in (pyxform goes no deeper)."""
    label = choice.get("label")

    def fill(text: str, lang: str | None) -> str:
        shown = (
            label.get(lang, next(iter(label.values()), "")) if isinstance(label, dict) else label
        )
        return text.replace("%(name)s", str(choice["name"])).replace("%(label)s", str(shown or ""))

    out: dict[str, Any] = {}
    for key, value in child.items():
        if isinstance(value, str):
            out[key] = fill(value, None)
        elif isinstance(value, dict):
            out[key] = {k: fill(v, k) if isinstance(v, str) else v for k, v in value.items()}
        else:
            out[key] = value
    return out


def _parameters(value: Any) -> dict[str, str]:
    """pyxform gives parameters as a dict, or as the raw "k=v k2=v2" text for some types."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    pairs = (part.split("=", 1) for part in str(value or "").replace(",", " ").split())
    return {k.strip(): v.strip() for k, v in (p for p in pairs if len(p) == 2)}


def _pyxform_error(err: Exception, workbook: DefinitionData | None) -> FormError:
    """pyxform's message, located: row, sheet and column taken from its text when it gives
    them, or found in the sheet (an unknown type names no row); translated when we know it,
    else given as pyxform says it (in English) inside a translated sentence."""
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
        return FormError.keyed("unknown_reference", sheet, row, column, name=unknown.group(1))
    if type_match:
        return FormError.keyed("unknown_type", sheet, row, column, type=type_match.group(1))
    root = _PYX_ROOT_NAME.search(text)
    if root:
        return FormError.keyed(
            "named_like_root", sheet, row, "name", name=root.group(1), root="data"
        )
    reason = _PYX_ROW.sub("", text).strip()
    return FormError.keyed("refused", sheet, row, column, reason=reason)


def _to_json(workbook: DefinitionData, warnings: list[FormError]) -> dict[str, Any]:
    """pyxform's JSON of the form; its warnings (located) added to ``warnings``."""
    raw_warnings: list[str] = []
    try:
        data = workbook_to_json(
            workbook, fallback_form_name=workbook.fallback_form_name, warnings=raw_warnings
        )
    except PyXFormError as err:
        if "allow_choice_duplicates" not in str(err):
            raise
        # Duplicate choice names are legal in ODK with this setting; forms in the wild rely on
        # it implicitly (cascading lists). Accept them and say so.
        located = _pyxform_error(err, workbook)
        warnings.append(FormError.keyed("duplicate_choices", located.sheet, located.row, "name"))
        settings = dict((workbook.settings or [{}])[0]) if workbook.settings else {}
        settings["allow_choice_duplicates"] = "yes"
        header = [dict.fromkeys(settings)]
        workbook = replace(workbook, settings=[settings], settings_header=header)
        data = workbook_to_json(
            workbook, fallback_form_name=workbook.fallback_form_name, warnings=raw_warnings
        )
    # The XForm builder runs the checks left (unknown types...), as `xls2xform` would; a
    # translated form_title (ours: form_title::Français (fr)) is beyond it.
    built = copy.deepcopy(data)
    if isinstance(built.get("title"), dict):
        built["title"] = next(iter(built["title"].values()), "")
    create_survey_element_from_dict(built).to_xml(validate=False, warnings=raw_warnings)
    for text in dict.fromkeys(raw_warnings):
        located = _pyxform_error(PyXFormError(text), workbook)
        reason = _PYX_ROW.sub("", text).strip()
        warnings.append(
            FormError.keyed(
                "pyxform_warning", located.sheet, located.row, located.column, reason=reason
            )
        )
    return data


def read_workbook(source: str | PathLike[str] | bytes) -> DefinitionData:
    """The raw sheets of an XLSForm file, as pyxform's backends read them (openpyxl's notes
    about spreadsheet features it drops, like conditional formatting, are not the form's)."""
    if isinstance(source, str | PathLike) and not Path(source).is_file():
        raise FormError.keyed("file_missing", path=str(source))
    try:
        with python_warnings.catch_warnings():
            python_warnings.filterwarnings("ignore", module="openpyxl")
            return get_xlsform(source)
    except Exception as err:
        raise FormError.keyed("file_unreadable", reason=f"{type(err).__name__}: {err}") from err


def media_folders(source: str | PathLike[str]) -> list[Path]:
    """Where a form's media are looked for: ``<name>-media/`` beside it (ODK's layout), then
    its own folder."""
    path = Path(source)
    return [path.with_name(f"{path.stem}-media"), path.parent]


def read_xlsform(
    source: str | PathLike[str] | bytes,
    *,
    check: bool = True,
    media: dict[str, bytes] | None = None,
) -> Form:
    """Read an XLSForm; raise :class:`FormError` (located) if it cannot be used.

    ``media`` gives the files the form names; by default they are read from the folders of
    :func:`media_folders` (a file named but not found is a warning of the form).
    ``check=False`` skips the expression and dependency checks (used by tools that want to
    report every error themselves, like ``quartier form check``).
    """
    from survey_forms.dependencies import check_form

    workbook = read_workbook(source)
    warnings: list[FormError] = []
    try:
        data = _to_json(workbook, warnings)
    except PyXFormError as err:
        raise _pyxform_error(err, workbook) from err
    except Exception as err:
        reason = f"{type(err).__name__}: {err}"
        raise FormError.keyed("refused", reason=reason) from err
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
        warnings=warnings + mapper.warnings,
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
    root = str(data.get("name") or "data")
    for element in form.elements():
        if element.name == root:
            form.warnings.append(
                FormError.keyed(
                    "named_like_root", "survey", element.row, "name", name=root, root=root
                )
            )
    _attach_media(form, source, media)
    if check:
        check_form(form)
    return form


def _attach_media(
    form: Form, source: str | PathLike[str] | bytes, media: dict[str, bytes] | None
) -> None:
    names = needed_files(form)
    if media is None:
        folders = [] if isinstance(source, bytes) else media_folders(source)
        media = find_files(names, folders)
        where = folders[0].name if folders else "-media"
    else:
        where = "-media"
    form.media = {name: media[name] for name in names if name in media}
    form.reindex()  # choices read from files
    for name in names:
        if name not in form.media:
            form.warnings.append(FormError.keyed("media_missing", file=name, folder=where))
