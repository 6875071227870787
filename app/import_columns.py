"""Which question each column of an imported table answers.

A column is named by its group path, as KoboToolbox and Quartier's export name it
(`household/household_size`), with `-` between groups as ODK Central writes it
(`household-household_size`), or by the bare question name (typed paper questionnaires,
KoboToolbox without groups in headers, or a group that KoboToolbox renamed:
`group_x/household_size`). A select_multiple may also come with one 0/1 column per choice
(`household/age_bands/0_11`): they are read only when the question's own column is absent.
Metadata columns (`_uuid`, `meta/instanceID`, `KEY`, `SubmissionDate`...) are kept by header.
Headers that are questions' labels mean the file was exported with labels: it is refused whole.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.errors import AppError
from app.exports import question_paths
from survey_forms.model import Form, Question
from sync.wire.errors import Phrase

#: ODK Central's own columns (its CSV has no underscore before them).
CENTRAL_META = frozenset(
    {"SubmissionDate", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
     "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
     "instanceID"}
)  # fmt: skip
META_PREFIXES = ("_", "meta/", "meta-", "formhub/")
#: Questions whose column is read but not imported: notes hold no answer, and files (photos,
#: recordings) are not in the table, only their names.
NOT_IMPORTED = frozenset({"note", "image", "audio", "video", "file", "background-audio"})


@dataclass
class Columns:
    """The meaning of a table's columns, by column index."""

    #: Question key -> its column.
    answers: dict[str, int] = field(default_factory=dict)
    #: select_multiple key -> choice name -> its 0/1 column (only when `answers` lacks the key).
    choices: dict[str, dict[str, int]] = field(default_factory=dict)
    #: Metadata header -> its column.
    meta: dict[str, int] = field(default_factory=dict)
    #: Headers read and left aside (notes, files).
    ignored: list[str] = field(default_factory=list)
    #: Headers refused, with why.
    refused: list[tuple[str, Phrase]] = field(default_factory=list)
    #: Question key -> the header a message names it by (its path when the file lacks it).
    names: dict[str, str] = field(default_factory=dict)

    def meta_value(self, cells: list[object], *headers: str) -> object:
        """The first filled cell among metadata columns `headers`, or None."""
        for header in headers:
            index = self.meta.get(header)
            if index is not None and cells[index] not in (None, ""):
                return cells[index]
        return None


def map_columns(form: Form, header: list[str]) -> Columns:
    """What each column of `header` holds, for `form` (questions outside repeats)."""
    paths = question_paths(form)
    questions = [q for q in form.questions() if q.repeat is None]
    aliases, choice_aliases = _aliases(questions, paths)
    columns = Columns(names={q.key: paths[q.key] for q in questions})
    labels = _labels(form)
    by_key = {q.key: q for q in questions}
    split: dict[str, dict[str, int]] = {}
    for index, text in enumerate(header):
        if not text:
            continue
        key = aliases.get(text)
        if key is None and not text.startswith(META_PREFIXES) and text not in CENTRAL_META:
            choice = choice_aliases.get(text) or _group_renamed(text, aliases, choice_aliases)
            if isinstance(choice, tuple):
                split.setdefault(choice[0], {})[choice[1]] = index
                continue
            key = choice
        if key is None:
            _other(columns, text, index, labels)
        elif by_key[key].type in NOT_IMPORTED:
            columns.ignored.append(text)
        elif key in columns.answers:
            columns.refused.append((text, Phrase("import.duplicate_column", {"key": key})))
        else:
            columns.answers[key] = index
            columns.names[key] = text
    for key, by_choice in split.items():
        if key not in columns.answers:  # beside their question, they say nothing more
            columns.choices[key] = by_choice
    return columns


def _aliases(
    questions: list[Question], paths: dict[str, str]
) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Header -> question key; header -> (select_multiple key, choice name)."""
    unique = {name for name, n in Counter(q.name for q in questions).items() if n == 1}
    aliases: dict[str, str] = {q.name: q.key for q in questions if q.name in unique}
    choices: dict[str, tuple[str, str]] = {}
    for question in questions:
        path = paths[question.key]
        variants = {path, path.replace("/", "-")} | ({question.name} & unique)
        for variant in variants:
            aliases[variant] = question.key
            if question.is_multiple:
                for choice in question.choices:
                    for joint in ("/", "-"):
                        choices[f"{variant}{joint}{choice.name}"] = (question.key, choice.name)
    return aliases, choices


def _group_renamed(
    text: str, aliases: dict[str, str], choices: dict[str, tuple[str, str]]
) -> str | tuple[str, str] | None:
    """KoboToolbox's `group_x/question` (or `group_x/question/choice`): the question named by
    the end of the path, when its name alone is unambiguous."""
    parts = text.split("/")
    if len(parts) < 2:
        return None
    if parts[-1] in aliases:
        return aliases[parts[-1]]
    return choices.get("/".join(parts[-2:]))


def _other(columns: Columns, text: str, index: int, labels: set[str]) -> None:
    if text.startswith(META_PREFIXES) or text in CENTRAL_META:
        columns.meta.setdefault(text, index)
    elif _folded(text) in labels or _folded(text.rsplit("/", 1)[-1]) in labels:
        raise AppError("import.labels", header=text)
    else:
        columns.refused.append((text, Phrase("import.unknown_column", {})))


def _labels(form: Form) -> set[str]:
    """Every label of the form's questions and groups, in every language, case-folded."""
    texts: set[str] = set()
    for element in form.elements():
        texts.update(_folded(text) for text in element.label.values() if text)
    return texts


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
