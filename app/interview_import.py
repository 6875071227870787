"""Interviews collected elsewhere join this laptop's store: a KoboToolbox or ODK Central export
of the same form, Quartier's own `export --values`, or paper questionnaires typed into the same
columns (see `app.import_columns` for the columns, `app.import_values` for the cells).

Each row goes through the form as an interview on a doorstep would (`FormSession`): answers to
questions that are not relevant are dropped, and so are personal answers without consent; a
row that breaks a rule (type, choice, required, constraint) is refused with its row, column
and reason. All or nothing: one refused row and nothing is imported.

The interviews enter through the store's receive path, as finalized elsewhere, and wait to be
sent to the server. Their ids come from the source, so a second import adds nothing: the
source's UUID (`_uuid`, `meta/instanceID` without `uuid:`, Quartier's `_id`), else a uuid5 of
the source's id (KoboToolbox's number `_id`, a questionnaire number typed in `_id`), else for a
typed row without any id a uuid5 of the form id and the row's answers.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import AppError, RecordNotFound
from app.import_columns import Columns, map_columns
from app.import_files import read_table
from app.import_values import Refusal, cell_text, convert, is_empty
from app.messages import MESSAGES
from app.records import FINALIZED, SubmissionRecord
from app.store import Key, Store, submission_payload
from survey_forms.messages import DEFAULT_MESSAGES
from survey_forms.model import METADATA_TYPES, Form, Repeat, text_in
from survey_forms.session import FormSession
from sync.wire.clock import iso, now_iso
from sync.wire.errors import Phrase, render
from sync.wire.protocol import canonical_json

#: Ids derived here (submission ids from a source's non-UUID id, change ids) are uuid5s in
#: this namespace: fixed forever, or a second import would no longer recognise the first.
NAMESPACE = uuid.UUID("6f1d2c9e-4b1a-5e0f-9a51-7c3e8d2b4a10")
#: Where a source keeps an interview's id, most telling first.
ID_COLUMNS = ("_uuid", "meta/instanceID", "meta-instanceID", "instanceID", "KEY", "_id")
#: When the source received it (KoboToolbox and Quartier; ODK Central).
TIME_COLUMNS = ("_submission_time", "SubmissionDate")
CAMPAIGN_COLUMN = "_campaign_id"
CAMPAIGN_SETTING = "campaign_id"
#: How many problems a refusal's message lists (it says how many there are; `problems` holds
#: them all).
SHOWN = 12


@dataclass(frozen=True)
class RowProblem:
    """Why one cell (or one row, when `column` is empty) was refused. A parameter of the
    reason may be a form's own text in several languages (a constraint message)."""

    row: int
    column: str
    reason: Phrase

    def text(self, lang: str = "fr") -> str:
        params = {
            name: text_in(value, lang) if isinstance(value, dict) else value
            for name, value in self.reason.params.items()
        }
        reason = render(MESSAGES, self.reason.key, lang, params)
        key = "import.problem" if self.column else "import.problem_row"
        where = {"row": self.row, "column": self.column, "reason": reason}
        return render(MESSAGES, key, lang, where)


class ImportRefused(AppError):
    """The file was refused whole; `problems` says where and why."""

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__("import.refused", path=path, count=len(problems))

    def text(self, lang: str = "fr") -> str:
        lines = [super().text(lang), *(p.text(lang) for p in self.problems[:SHOWN])]
        if len(self.problems) > SHOWN:
            more = {"count": len(self.problems) - SHOWN}
            lines.append(render(MESSAGES, "import.more", lang, more))
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportSummary:
    interviews: int
    #: New in the store (with `dry_run`: would be).
    imported: int
    #: Already in the store (an earlier import, the same interview synced...).
    already: int
    #: Answers left out: questions not relevant, personal answers without consent.
    dropped_answers: int
    #: Columns read and left aside (notes, files).
    ignored_columns: list[str]
    #: Other sheets of a workbook (repeat groups, Quartier's inventory): not imported.
    other_sheets: list[str]
    #: The form's repeat groups: their answers are not imported.
    repeats: list[str]
    dry_run: bool


@dataclass(frozen=True)
class _Interview:
    id: str
    answers: dict[str, Any]
    created_at: str
    finalized_at: str
    campaign_id: str | None
    dropped: int


def import_interviews(
    store: Store, form_id: str, path: Path, *, dry_run: bool = False
) -> ImportSummary:
    """Check every row of `path` against the form `form_id` and, unless `dry_run`, add the
    interviews this store does not have yet, in one transaction. `ImportRefused` when any row
    breaks the form's rules: then nothing is written."""
    store.forms.ensure_builtin([form_id])
    form = store.forms.get(form_id)
    table = read_table(path)
    columns = map_columns(form, table.header)
    problems = [RowProblem(1, header, reason) for header, reason in columns.refused]
    campaigns = {c["id"] for c in store.directory.campaigns()}
    current = store.settings.get(Key.CAMPAIGN)
    interviews: list[_Interview] = []
    first_row: dict[str, int] = {}
    for number, cells in table.rows:
        interview, found = _read_row(form, columns, number, cells, campaigns, current)
        problems += found
        if interview is None:
            continue
        if interview.id in first_row:
            reason = Phrase("import.same_row", {"other": first_row[interview.id]})
            problems.append(RowProblem(number, "", reason))
        else:
            first_row[interview.id] = number
            interviews.append(interview)
    if problems:
        raise ImportRefused(path, problems)
    new = [i for i in interviews if not _known(store, i.id)]
    fresh, already = len(new), len(interviews) - len(new)
    if new and not dry_run:
        author = store.settings.get(Key.PERSON)
        name = next((p["name"] for p in store.directory.people() if p["id"] == author), "")
        changes = [_change(store, form, interview, author, name) for interview in new]
        fresh, twice = store.inbox.receive(changes)
        already += twice
    return ImportSummary(
        interviews=len(interviews),
        imported=fresh,
        already=already,
        dropped_answers=sum(i.dropped for i in interviews),
        ignored_columns=columns.ignored,
        other_sheets=table.other_sheets,
        repeats=[e.name for e in form.elements() if isinstance(e, Repeat)],
        dry_run=dry_run,
    )


def _read_row(
    form: Form,
    columns: Columns,
    number: int,
    cells: list[Any],
    campaigns: set[str],
    current_campaign: str | None,
) -> tuple[_Interview | None, list[RowProblem]]:
    """One row as an interview, or the problems that refuse it."""
    values, problems = _values(form, columns, number, cells)
    session = FormSession(form)
    for question in form.questions():  # all in; what ends up not relevant is not kept
        if question.key in values:
            session.set(question.key, values[question.key])
        elif question.key in columns.answers and question.default:
            session.set(question.key, None)  # the file says unanswered: no default
    refused = {p.column for p in problems}
    problems += _rule_problems(form, session, columns, number, values, refused)
    if problems:
        return None, problems
    answers = session.answers_to_keep()
    for question in form.questions():  # the source's own times, not the import's
        if question.repeat is None and question.type in METADATA_TYPES:
            if question.key in values:
                answers[question.key] = values[question.key]
            else:
                answers.pop(question.key, None)
    submitted = _utc(columns.meta_value(cells, *TIME_COLUMNS))
    times = {
        q.type: _utc(answers.get(q.key))
        for q in form.questions()
        if q.repeat is None and q.type in ("start", "end")
    }
    created = times.get("start") or submitted or times.get("end") or now_iso()
    campaign = cell_text(columns.meta_value(cells, CAMPAIGN_COLUMN) or "")
    return _Interview(
        id=_submission_id(form, columns, cells, answers),
        answers=answers,
        created_at=created,
        finalized_at=submitted or times.get("end") or created,
        campaign_id=campaign if campaign in campaigns else current_campaign,
        dropped=sum(1 for key in values if key not in answers),
    ), []


def _values(
    form: Form, columns: Columns, number: int, cells: list[Any]
) -> tuple[dict[str, Any], list[RowProblem]]:
    """The row's cells as typed answers, by question key."""
    values: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for key, index in columns.answers.items():
        try:
            value = convert(form.question(key), cells[index])
        except Refusal as refusal:
            reason = Phrase(refusal.key, refusal.params)
            problems.append(RowProblem(number, columns.names[key], reason))
            continue
        if value is not None:
            values[key] = value
    for key, by_choice in columns.choices.items():
        chosen = [name for name, index in by_choice.items() if _ticked(cells[index])]
        if chosen:
            values[key] = chosen
    return values, problems


def _ticked(cell: Any) -> bool:
    """A select_multiple's 0/1 column says this choice was made."""
    return not is_empty(cell) and cell_text(cell).lower() in ("1", "true", "vrai", "waar")


def _rule_problems(
    form: Form,
    session: FormSession,
    columns: Columns,
    number: int,
    values: dict[str, Any],
    refused: set[str],
) -> list[RowProblem]:
    """The form's own rules on the row: choices left by a choice filter, required answers,
    constraints (cells already refused for their type are not judged again)."""
    problems = []
    for question in form.questions():
        key = question.key
        if question.choice_filter and key in values and session.is_relevant(key):
            allowed = [c.name for c in session.choices(key)]
            chosen = values[key] if isinstance(values[key], list) else [values[key]]
            for name in (n for n in chosen if n not in allowed):
                params = {"value": name, "choices": ", ".join(allowed)}
                reason = Phrase("import.unknown_choice", params)
                problems.append(RowProblem(number, columns.names[key], reason))
    for where in session.errors():
        if not isinstance(where, str) or columns.names[where] in refused:
            continue  # (answers in repeats are not imported)
        question = form.question(where)
        value = session.value(where)
        if value in (None, "", []):
            message = question.required_message or DEFAULT_MESSAGES["required"]
            reason = Phrase("import.required", {"message": message})
        else:
            shown = " ".join(value) if isinstance(value, list) else value
            message = question.constraint_message or DEFAULT_MESSAGES["constraint"]
            reason = Phrase("import.constraint", {"value": shown, "message": message})
        problems.append(RowProblem(number, columns.names[where], reason))
    return problems


def _submission_id(form: Form, columns: Columns, cells: list[Any], answers: dict[str, Any]) -> str:
    source = columns.meta_value(cells, *ID_COLUMNS)
    if source is None:
        typed = canonical_json({"form": form.form_id, "answers": answers}).decode()
        return str(uuid.uuid5(NAMESPACE, typed))
    text = cell_text(source)
    if text.lower().startswith("uuid:"):
        text = text[len("uuid:") :]
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, f"{form.form_id}/{text}"))


def _utc(value: Any) -> str | None:
    """A source's timestamp as the store keeps them (UTC), None when absent or unreadable.
    A time without its offset is UTC, as KoboToolbox's `_submission_time` is."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    return iso(value if value.tzinfo else value.replace(tzinfo=dt.UTC))


def _known(store: Store, submission_id: str) -> bool:
    try:
        store.submissions.get(submission_id)
    except RecordNotFound:
        return False
    return True


def _change(
    store: Store, form: Form, interview: _Interview, author: str | None, author_name: str
) -> dict[str, Any]:
    """The interview as a change finalized elsewhere; its change id derives from the
    interview's id, so the same interview brought twice is the same change."""
    record = SubmissionRecord(
        id=interview.id,
        form_id=form.form_id,
        form_version=form.version or "",
        status=FINALIZED,
        answers=interview.answers,
        campaign_id=interview.campaign_id,
        author_id=author,
        device_id=store.device_id,
        street=None,
        created_at=interview.created_at,
        updated_at=interview.finalized_at,
        finalized_at=interview.finalized_at,
        replaces_id=None,
    )
    return {
        "change_id": str(uuid.uuid5(NAMESPACE, f"change/{interview.id}")),
        "entity": "submission",
        "entity_id": interview.id,
        "payload": submission_payload(record, author_name),
    }
