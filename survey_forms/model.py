"""The form model: what a form says, independent of the spreadsheet it came from.

Texts that can be translated (labels, hints, messages, the title) are ``dict[lang_code, str]``.
Language codes are taken from XLSForm column suffixes: ``label::Français (fr)`` gives ``"fr"``;
a suffix without a code in brackets is kept lower-cased (``label::English`` gives ``"english"``);
an unsuffixed ``label`` column is the language ``"default"``. A form without any language
suffix therefore has ``languages == ["default"]``.

Expressions (relevant, constraint, calculation, required, read_only...) are kept as the
XPath text of the sheet; ``required`` and ``read_only`` are ``None`` when absent or "no" and
``"true()"`` when the sheet says "yes"/"true".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from survey_forms.errors import FormError
from survey_forms.expressions import is_dynamic_default, value_references
from survey_forms.media import decode_media, encode_media, item_columns, read_table

Texts = dict[str, str]

SELECT_TYPES = frozenset(
    {"select_one", "select_multiple", "select_one_from_file", "select_multiple_from_file",
     "select_one_external", "rank"}
)  # fmt: skip
MULTIPLE_TYPES = frozenset({"select_multiple", "select_multiple_from_file", "rank"})
#: Types whose value the device fills in, never the volunteer.
METADATA_TYPES = frozenset(
    {"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
     "username", "email", "audit", "start-geopoint", "uri:deviceid", "uri:email",
     "uri:phonenumber", "uri:simserial", "uri:subscriberid", "uri:username",
     "background-geopoint"}
)  # fmt: skip
#: Rows that declare a file the form reads (``csv-external``, ``xml-external``): no answer.
DECLARATION_TYPES = frozenset({"csv-external", "xml-external"})


def text_in(texts: Texts, lang: str, default_language: str | None = None) -> str:
    """The text in ``lang``, else in the form's default language, else any text there is."""
    for key in (lang, default_language, "default"):
        if key and texts.get(key):
            return texts[key]
    return next(iter(texts.values()), "")


@dataclass(slots=True)
class Choice:
    """One answer of a choice list; ``extra`` holds the other columns of its row as read
    (the columns a choice_filter reads, ``media::image``...)."""

    name: str
    label: Texts = field(default_factory=dict)
    theme: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "label": self.label}
        if self.theme:
            d["theme"] = self.theme
        if self.extra:
            d["extra"] = self.extra
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Choice:
        return cls(d["name"], d.get("label", {}), d.get("theme"), d.get("extra", {}))


@dataclass(slots=True, eq=True)
class Question:
    """One row of the survey sheet that holds an answer (or a note)."""

    name: str
    type: str
    label: Texts = field(default_factory=dict)
    hint: Texts = field(default_factory=dict)
    required: str | None = None
    required_message: Texts = field(default_factory=dict)
    relevant: str | None = None
    constraint: str | None = None
    constraint_message: Texts = field(default_factory=dict)
    calculation: str | None = None
    default: str | None = None
    read_only: str | None = None
    appearance: str | None = None
    choice_filter: str | None = None
    list_name: str | None = None
    or_other: bool = False
    #: Marked personal in the form (the sheet's ``personal`` column). What leaves personal
    #: data out reads ``is_personal``, which also covers values computed from such a question.
    personal: bool = False
    theme: str | None = None
    parameters: dict[str, str] = field(default_factory=dict)
    trigger: list[str] = field(default_factory=list)
    #: The select whose "other" text this question holds (``or_other`` makes ``<name>_other``,
    #: shown when "other" is chosen, as pyxform does); the writer leaves it to ``or_other``.
    other_of: str | None = None
    #: The other columns of its row as read (``media::image``, ``bind::...``), written back.
    columns: dict[str, str] = field(default_factory=dict)
    #: Name of the innermost enclosing repeat, or None.
    repeat: str | None = None
    #: Row in the survey sheet it came from (for error messages); not part of equality.
    row: int | None = field(default=None, compare=False)
    #: Resolved from ``list_name`` by the form; not serialised (the form keeps the lists).
    choices: list[Choice] = field(default_factory=list, compare=False)
    #: Unique key in the form: the name, or "group/name" when sibling groups reuse a name
    #: (XLSForm allows it); answers and sessions use it. Set by the form.
    key: str = field(default="", init=False, compare=False, repr=False)
    #: Its value is computed from a personal question (set by the form, see ``is_personal``).
    derived_personal: bool = field(default=False, init=False, compare=False, repr=False)

    _SCALARS = (
        "required", "relevant", "constraint", "calculation", "default", "read_only",
        "appearance", "choice_filter", "list_name", "theme", "other_of", "row",
    )  # fmt: skip
    _TEXTS = ("label", "hint", "required_message", "constraint_message")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": "question", "name": self.name, "type": self.type}
        for key in self._TEXTS + self._SCALARS:
            value = getattr(self, key)
            if value:
                d[key] = value
        for key in ("or_other", "personal"):
            if getattr(self, key):
                d[key] = True
        if self.parameters:
            d["parameters"] = self.parameters
        if self.trigger:
            d["trigger"] = self.trigger
        if self.columns:
            d["columns"] = self.columns
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], repeat: str | None) -> Question:
        args = {k: v for k, v in d.items() if k != "kind"}
        return cls(repeat=repeat, **args)

    @property
    def is_personal(self) -> bool:
        """Personal data: marked so, or computed from a personal question (a calculate
        ``concat(${resident_name}, '')`` holds the name as surely as the name itself)."""
        return self.personal or self.derived_personal

    def value_sources(self) -> set[str]:
        """The names whose values this question's value is computed from: its calculation
        (triggered or not) and its dynamic default. Relevance, constraints, choice filters and
        labels read other answers but carry none of them into this value."""
        sources = value_references(self.calculation) if self.calculation else set()
        if self.default and is_dynamic_default(self.default):
            sources |= value_references(self.default)
        return sources

    @property
    def is_select(self) -> bool:
        return self.type in SELECT_TYPES

    @property
    def is_multiple(self) -> bool:
        return self.type in MULTIPLE_TYPES


@dataclass(slots=True)
class Group:
    """A ``begin group`` ... ``end group`` block."""

    name: str
    label: Texts = field(default_factory=dict)
    relevant: str | None = None
    appearance: str | None = None
    children: list[Element] = field(default_factory=list)
    #: The other columns of its ``begin`` row as read (``required``, ``media::image``...).
    columns: dict[str, str] = field(default_factory=dict)
    row: int | None = field(default=None, compare=False)
    key: str = field(default="", init=False, compare=False, repr=False)

    kind = "group"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "name": self.name}
        for key in ("label", "relevant", "appearance", "columns", "row", *self._extra_keys()):
            value = getattr(self, key)
            if value:
                d[key] = value
        d["children"] = [child.to_dict() for child in self.children]
        return d

    @staticmethod
    def _extra_keys() -> tuple[str, ...]:
        return ()


@dataclass(slots=True)
class Repeat(Group):
    """A ``begin repeat`` block; ``repeat_count`` fixes the number of instances when given."""

    repeat_count: str | None = None

    kind = "repeat"

    @staticmethod
    def _extra_keys() -> tuple[str, ...]:
        return ("repeat_count",)


Element = Question | Group | Repeat

#: The choice ``or_other`` adds to a select (as pyxform does, with our three languages).
OTHER_CHOICE = Choice("other", {"fr": "Autre", "nl": "Andere", "en": "Other", "default": "Other"})
#: The label of the ``<name>_other`` question (pyxform's text, with our three languages).
OTHER_LABEL = {
    "fr": "Précisez « Autre ».",
    "nl": "Geef aan wat « Andere » is.",
    "en": "Specify other.",
    "default": "Specify other.",
}


def _lists_to_dict(lists: dict[str, list[Choice]]) -> dict[str, list[dict[str, Any]]]:
    return {name: [c.to_dict() for c in choices] for name, choices in lists.items()}


def _lists_from_dict(d: dict[str, list[dict[str, Any]]]) -> dict[str, list[Choice]]:
    return {name: [Choice.from_dict(c) for c in choices] for name, choices in d.items()}


def _element_from_dict(d: dict[str, Any], lists: dict[str, list[Choice]], repeat: str | None):
    kind = d.get("kind", "question")
    if kind == "question":
        q = Question.from_dict(d, repeat)
        if q.list_name:
            q.choices = lists.get(q.list_name, [])
        return q
    inner = d["name"] if kind == "repeat" else repeat
    children = [_element_from_dict(c, lists, inner) for c in d.get("children", [])]
    args = {k: v for k, v in d.items() if k not in ("kind", "children")}
    return (Repeat if kind == "repeat" else Group)(children=children, **args)


@dataclass(slots=True)
class Form:
    """A whole form: its settings, its tree of elements and its choice lists."""

    form_id: str
    version: str | None = None
    title: Texts = field(default_factory=dict)
    default_language: str = "default"
    languages: list[str] = field(default_factory=lambda: ["default"])
    #: Code -> the language as written in column headers, e.g. "fr" -> "Français (fr)".
    language_names: dict[str, str] = field(default_factory=dict)
    children: list[Element] = field(default_factory=list)
    choice_lists: dict[str, list[Choice]] = field(default_factory=dict)
    #: Rows of the external_choices sheet (for select_one_external), kept for the round trip.
    external_choices: dict[str, list[Choice]] = field(default_factory=dict)
    #: Other settings-sheet columns (instance_name, public_key...), kept for the round trip.
    settings: dict[str, str] = field(default_factory=dict)
    #: Files the form reads (CSV for pulldata() and search(), choice images...), by file name:
    #: kept with the form version, so they travel with it.
    media: dict[str, bytes] = field(default_factory=dict)
    #: What the reader accepted with a reservation, each naming the construct and its place
    #: (not part of equality: it describes the source file, not the form).
    warnings: list[FormError] = field(default_factory=list, compare=False)
    _index: dict[str, Element] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: The compiled dependency graph (survey_forms.dependencies), built on first use.
    graph_cache: object = field(default=None, init=False, repr=False, compare=False)
    #: Media files read as tables (survey_forms.media), by file name.
    table_cache: dict[str, list[dict[str, str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the name index and resolve choice lists (after editing ``children``)."""
        self._index = {}
        self.graph_cache = None
        self.table_cache = {}
        counts = Counter(e.name for e in self.elements())
        duplicated = {name for name, n in counts.items() if n > 1}
        self._set_keys(self.children, "", duplicated)
        for element in self.elements():
            self._index.setdefault(element.name, element)
            self._index.setdefault(element.key, element)
            if isinstance(element, Question) and element.list_name:
                choices = self.list_choices(element)
                element.choices = [*choices, OTHER_CHOICE] if element.or_other else choices
        self._derive_personal()

    def list_choices(self, question: Question) -> list[Choice]:
        """The choices of a question's list: the choices sheet, else the external_choices
        sheet (``select_one_external``), else the media file it names (``..._from_file``)."""
        name = question.list_name or ""
        if name in self.choice_lists:
            return self.choice_lists[name]
        if name in self.external_choices:
            return self.external_choices[name]
        value, label = item_columns(name, question.parameters)
        return [
            Choice(row[value], {"default": row.get(label) or row[value]}, extra=row)
            for row in self.table(name)
            if row.get(value)
        ]

    def table(self, file_name: str) -> list[dict[str, str]]:
        """A media file's rows (CSV, GeoJSON features, XML items); empty when absent."""
        rows = self.table_cache.get(file_name)
        if rows is None:
            rows = self.table_cache[file_name] = read_table(file_name, self.media.get(file_name))
        return rows

    def _derive_personal(self) -> None:
        """Mark every question whose value is computed, at any depth, from a personal one."""
        readers: dict[str, list[Question]] = {}
        for question in self.questions():
            question.derived_personal = False
            for name in question.value_sources():
                source = self._index.get(name)
                if source is not None:
                    readers.setdefault(source.key, []).append(question)
        stack = [q for q in self.questions() if q.personal]
        while stack:
            for reader in readers.get(stack.pop().key, []):
                if not reader.is_personal:
                    reader.derived_personal = True
                    stack.append(reader)

    def _set_keys(self, elements: list[Element], prefix: str, duplicated: set[str]) -> None:
        for element in elements:
            element.key = f"{prefix}{element.name}" if element.name in duplicated else element.name
            if isinstance(element, Group):
                self._set_keys(element.children, f"{element.name}/", duplicated)

    def elements(self) -> Iterator[Element]:
        """Every question, group and repeat, in document order."""
        stack: list[Iterator[Element]] = [iter(self.children)]
        while stack:
            for element in stack[-1]:
                yield element
                if isinstance(element, Group):
                    stack.append(iter(element.children))
                    break
            else:
                stack.pop()

    def questions(self) -> Iterator[Question]:
        """Every question in document order, inside groups and repeats too."""
        return (e for e in self.elements() if isinstance(e, Question))

    def element(self, name: str) -> Element:
        """The element named ``name`` (or keyed, see ``Question.key``); the first one if
        several share the name."""
        try:
            return self._index[name]
        except KeyError:
            raise KeyError(f"Pas de question nommée {name!r} dans {self.form_id}") from None

    def question(self, name: str) -> Question:
        element = self.element(name)
        if not isinstance(element, Question):
            raise KeyError(f"{name!r} est un groupe, pas une question")
        return element

    def __contains__(self, name: object) -> bool:
        return name in self._index

    def text(self, texts: Texts, lang: str | None = None) -> str:
        return text_in(texts, lang or self.default_language, self.default_language)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict; ``Form.from_dict(form.to_dict()) == form``."""
        return {
            "form_id": self.form_id,
            "version": self.version,
            "title": self.title,
            "default_language": self.default_language,
            "languages": self.languages,
            "language_names": self.language_names,
            "settings": self.settings,
            "choice_lists": _lists_to_dict(self.choice_lists),
            "external_choices": _lists_to_dict(self.external_choices),
            "media": encode_media(self.media),
            "children": [child.to_dict() for child in self.children],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Form:
        try:
            lists = _lists_from_dict(d.get("choice_lists", {}))
            children = [_element_from_dict(c, lists, None) for c in d.get("children", [])]
            return cls(
                form_id=d["form_id"],
                version=d.get("version"),
                title=d.get("title", {}),
                default_language=d.get("default_language", "default"),
                languages=d.get("languages", ["default"]),
                language_names=d.get("language_names", {}),
                children=children,
                choice_lists=lists,
                external_choices=_lists_from_dict(d.get("external_choices", {})),
                settings=d.get("settings", {}),
                media=decode_media(d.get("media", {})),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise FormError(f"Formulaire enregistré illisible : {err!r}") from err
