"""The merged dataset of a campaign: every interview that volunteers collected (from this device,
sync or bundle imports), as pandas tables shaped like a KoboToolbox export.

- ``interviews``: one row per interview (only the latest version of a corrected interview,
  unless ``include_replaced``), one column per question named by its key (``street``,
  ``household_size``); a select_multiple gives a column of space-separated values (``needs``)
  and one 0/1 column per choice (``needs/garden``, empty when the question was not answered).
  Metadata columns start with an underscore (see ``META_COLUMNS``).
- ``repeats``: one table per repeat group, linked by ``_parent_id`` to the row it belongs to
  (an interview's ``_id``, or the ``_id`` of the enclosing repeat instance).
- ``inventory``: the neighbourhood's shared inventory, one row per item.

Rows are sorted by (``_submission_time``, ``_id``), so merging the same interviews received
from several devices in any order gives the same table. Values are raw (choice names) when
``lang`` is None, labels in that language otherwise.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson
import pandas as pd

from app.collation import sort_key
from app.errors import RecordNotFound
from app.review import REJECTED
from app.store import Store
from app.store.submission_queries import SubmissionQueries
from survey_forms.builtin import INTERVIEW_FORM, INVENTORY_FORM
from survey_forms.model import Form, Group, Question, Repeat, text_in
from sync.wire.merge import CONFLICTS

if TYPE_CHECKING:
    from nacl.public import PrivateKey

    from app.merge_cache import MergeCache

STREET = "street"
VOLUNTEER = "_submitted_by"
SUBMISSION_TIME = "_submission_time"
#: Where sync leaves an inventory item's open conflicts, inside its data.

#: Metadata columns, from the store's `submission_table` columns (None: computed here).
_TABLE_META = {
    "_id": "id",
    "__version__": "form_version",
    "_campaign_id": "campaign_id",
    "_author_id": "author_id",
    VOLUNTEER: None,
    "_device_id": "device_id",
    SUBMISSION_TIME: "finalized_at",
    "_replaces": "replaces_id",
    "_replaced_by": None,
    "_review_state": "review_state",
    "_review_comment": "review_comment",
}
META_COLUMNS = list(_TABLE_META)
TABLE_COLUMNS = SubmissionQueries.TABLE_COLUMNS
_CAMPAIGN = TABLE_COLUMNS.index("campaign_id")
_STATE = TABLE_COLUMNS.index("review_state")
#: Types that hold no answer of their own.
_NO_ANSWER = frozenset({"note"})
NUMBER_TYPES = frozenset({"integer", "decimal", "range"})


@dataclass(frozen=True)
class Dataset:
    """What ``load_dataset`` returns. Frames are shared, not copied: do not modify them."""

    form: Form
    interviews: pd.DataFrame
    repeats: dict[str, pd.DataFrame] = field(default_factory=dict)
    inventory: pd.DataFrame = field(default_factory=pd.DataFrame)
    lang: str | None = None
    campaign_id: str | None = None
    #: The campaign's target number of households, when one campaign was loaded.
    target_households: int | None = None
    #: The streets of the campaign's perimeter, when one campaign was loaded.
    perimeter: tuple[str, ...] = ()
    #: Interviews whose personal answers are sealed and were not opened (no coach key was
    #: given, or they were not sealed for it): their personal columns are empty.
    sealed_unopened: int = 0

    @cached_property
    def counted(self) -> pd.DataFrame:
        """The interviews that count, all but the rejected ones: filtered once and shared by
        every analysis (each used to copy the whole table again); the table itself when none
        is rejected."""
        rejected = (self.interviews["_review_state"] == REJECTED).to_numpy()
        return self.interviews[~rejected] if rejected.any() else self.interviews

    @property
    def questions(self) -> list[Question]:
        """The answer-bearing questions outside repeats, in form order."""
        return [q for q in self.form.questions() if q.repeat is None and q.type not in _NO_ANSWER]

    def question(self, name: str) -> Question:
        return self.form.question(name)

    def with_review(self, ids: list[str], state: str, comment: str) -> Dataset:
        """The same dataset after a review the store has just recorded (no new merge)."""
        interviews = self.interviews.copy()
        reviewed = interviews["_id"].isin(ids)
        interviews.loc[reviewed, "_review_state"] = state
        interviews.loc[reviewed, "_review_comment"] = comment
        return replace(self, interviews=interviews)

    def filtered(self, *, street: str | None = None, volunteer: str | None = None) -> Dataset:
        """The same dataset restricted to one street and/or one volunteer (by name); repeat
        rows follow their interviews."""
        keep = pd.Series(True, index=self.interviews.index)
        if street is not None:
            keep &= self.interviews.get(STREET, pd.Series(index=keep.index)) == street
        if volunteer is not None:
            keep &= self.interviews[VOLUNTEER] == volunteer
        interviews = self.interviews[keep]
        ids = set(interviews["_id"])
        repeats = {
            name: frame[frame["_submission_id"].isin(ids)] for name, frame in self.repeats.items()
        }
        return replace(self, interviews=interviews, repeats=repeats)

    def streets(self) -> list[str]:
        """The streets interviewed, in reading order (app.collation)."""
        if STREET not in self.interviews:
            return []
        return sorted(self.interviews[STREET].dropna().unique(), key=sort_key)

    def volunteers(self) -> list[str]:
        return sorted(self.interviews[VOLUNTEER].dropna().unique(), key=sort_key)


def load_dataset(
    store: Store,
    *,
    form_id: str = INTERVIEW_FORM,
    campaign_id: str | None = None,
    neighbourhood_id: str | None = None,
    lang: str | None = None,
    include_replaced: bool = False,
    include_rejected: bool = True,
    coach_key: PrivateKey | None = None,
    cache: MergeCache | None = None,
) -> Dataset:
    """Merge the interviews of a campaign (or of every campaign of a neighbourhood, or all)
    and the neighbourhood's inventory. One SQL query for the interviews; answers parsed in
    bulk. Personal answers sealed to the coaches are opened with `coach_key` (a coach's
    unlocked key), else left out. With a `cache` (`app.merge_cache`), only the interviews
    that changed since its last merge are read again."""
    form = store.forms.get(form_id)
    campaign = _campaign(store, campaign_id)
    if neighbourhood_id is None and campaign:
        neighbourhood_id = campaign["neighbourhood_id"]
    campaigns = None
    if neighbourhood_id is not None and campaign_id is None:
        campaigns = {c["id"] for c in store.directory.campaigns(neighbourhood_id)}
    names = {p["id"]: p["name"] for p in store.directory.people()}
    request = MergeRequest(
        form_id, campaign_id, frozenset(campaigns) if campaigns is not None else None,
        lang, include_replaced, include_rejected,
    )  # fmt: skip
    with _without_gc():
        merge = cache.merged if cache is not None else full_merge
        merged = merge(store, form, request, names, coach_key)
    inventory = inventory_frame(store, neighbourhood_id, lang)
    target = campaign.get("target_households") if campaign else None
    perimeter = tuple(campaign.get("streets") or ()) if campaign else ()
    return Dataset(
        form, merged.interviews, merged.repeats, inventory, lang, campaign_id, target, perimeter,
        len(merged.unopened),
    )  # fmt: skip


@dataclass(frozen=True)
class MergeRequest:
    """What `load_dataset` was asked for, as far as the interview rows go."""

    form_id: str
    campaign_id: str | None
    campaigns: frozenset[str] | None
    lang: str | None
    include_replaced: bool
    include_rejected: bool


@dataclass(frozen=True)
class Merged:
    """Interviews merged into tables, the ids of those whose sealed personal answers stayed
    shut, and the {replaced id: newer id} the tables were made with."""

    interviews: pd.DataFrame
    repeats: dict[str, pd.DataFrame]
    unopened: frozenset[str]
    newer: dict[str, str]


def full_merge(
    store: Store,
    form: Form,
    request: MergeRequest,
    names: dict[str, str],
    coach_key: PrivateKey | None,
) -> Merged:
    """Every interview the request asks for, read and decoded."""
    rows, newer = store.submissions.table(
        form_id=request.form_id,
        campaign_id=request.campaign_id,
        include_replaced=request.include_replaced,
    )
    rows = kept_rows(rows, request.campaigns, request.include_rejected)
    return merge_rows(form, rows, names, newer, request.lang, coach_key)


def kept_rows(
    rows: list[tuple[Any, ...]], campaigns: Collection[str] | None, include_rejected: bool
) -> list[tuple[Any, ...]]:
    """The store's rows (`SubmissionQueries.TABLE_COLUMNS`) of the campaigns asked for,
    without the rejected interviews unless `include_rejected`."""
    if campaigns is not None:
        rows = [r for r in rows if r[_CAMPAIGN] in campaigns]
    if not include_rejected:
        rows = [r for r in rows if r[_STATE] != REJECTED]
    return rows


def merge_rows(
    form: Form,
    rows: list[tuple[Any, ...]],
    names: dict[str, str],
    newer: dict[str, str],
    lang: str | None,
    coach_key: PrivateKey | None,
) -> Merged:
    """The tables of these rows of the store, in their order: every answer decoded once,
    in bulk (orjson, the fastest of SQLite's `json_extract`, `json_each` and the standard
    library on 100,000 interviews: see bench/bench_coach.py)."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(TABLE_COLUMNS)
    table = pd.DataFrame(dict(zip(TABLE_COLUMNS, columns, strict=True)), dtype=object)
    answers, unopened = _unsealed(table["id"].tolist(), decoded(columns[-1]), coach_key)
    interviews = interview_frame(form, _metadata(table, names, newer), answers, lang)
    repeats = repeat_frames(form, table["id"].tolist(), answers, lang)
    return Merged(interviews, repeats, unopened, newer)


def decoded(texts: Sequence[str]) -> list[dict[str, Any]]:
    """JSON texts as objects. orjson refuses what the standard library once wrote for a NaN
    or Infinity answer: those (rare) texts are read again by the standard library."""
    try:
        return [orjson.loads(text) for text in texts]
    except orjson.JSONDecodeError:
        return [_lenient(text) for text in texts]


def _lenient(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _unsealed(
    ids: list[str], answers: list[dict[str, Any]], coach_key: PrivateKey | None
) -> tuple[list[dict[str, Any]], frozenset[str]]:
    """The answers with their sealed personal part opened where `coach_key` can, and the ids
    of those that could not be (their personal answers stay out)."""
    from survey_forms.personal import SEALED

    if not any(SEALED in a for a in answers):
        return answers, frozenset()
    from sync.wire.sealing import SealingError, open_answers, without_sealed

    opened, unopened = [], set()
    for sid, a in zip(ids, answers, strict=True):
        if SEALED in a and coach_key is not None:
            try:
                opened.append(open_answers(a, coach_key))
                continue
            except SealingError:
                pass
        if SEALED in a:
            unopened.add(sid)
        opened.append(without_sealed(a))
    return opened, frozenset(unopened)


@contextmanager
def _without_gc() -> Iterator[None]:
    """Parsing 100,000 interviews creates millions of objects and no cycles: the cyclic
    garbage collector would walk them again and again for nothing (a third of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _campaign(store: Store, campaign_id: str | None) -> dict[str, Any] | None:
    return next((c for c in store.directory.campaigns() if c["id"] == campaign_id), None)


def _metadata(table: pd.DataFrame, names: dict[str, str], newer: dict[str, str]) -> pd.DataFrame:
    """The metadata columns from the store's rows: volunteers by name, newer versions."""
    meta = pd.DataFrame(
        {name: table[column] for name, column in _TABLE_META.items() if column}, dtype=object
    )
    meta.insert(META_COLUMNS.index(VOLUNTEER), VOLUNTEER, table["author_id"].map(names))
    meta.insert(META_COLUMNS.index("_replaced_by"), "_replaced_by", table["id"].map(newer))
    return meta


def interview_frame(
    form: Form, meta: pd.DataFrame, answers: list[dict[str, Any]], lang: str | None
) -> pd.DataFrame:
    """One row per interview, in the order of ``meta``: metadata, then the questions outside
    repeats in form order. Built column by column with vectorised pandas operations (a Python
    loop per cell costs more than reading the rows)."""
    questions = [q for q in form.questions() if q.repeat is None and q.type not in _NO_ANSWER]
    if meta.empty:
        return _empty_frame(questions)
    # object columns: inferring pandas' string dtype for 100,000 rows costs more than it gives
    raw = pd.DataFrame(answers, columns=[q.key for q in questions], dtype=object)
    columns: dict[str, Any] = {}
    for question in questions:
        columns.update(question_columns(question, raw[question.key], lang))
    return pd.concat([meta, pd.DataFrame(columns)], axis=1)


def _empty_frame(questions: list[Question]) -> pd.DataFrame:
    names = list(META_COLUMNS)
    for question in questions:
        names.append(question.key)
        if question.is_multiple:
            names += [f"{question.key}/{c.name}" for c in question.choices]
    return pd.DataFrame(columns=names)


def question_columns(question: Question, values: pd.Series, lang: str | None) -> dict[str, Any]:
    """The column(s) of one question from its raw answers (a Series with a 0..n-1 index): a
    select_multiple also gets one 0/1 column per choice, empty where it was not answered."""
    key = question.key
    if question.is_multiple:
        return _multiple_columns(question, values, lang)
    if question.type in NUMBER_TYPES:
        return {key: number_column(question, values)}
    if question.is_select and lang is not None:
        labels = choice_labels(question, lang)
        return {key: values.map(lambda v: labels.get(v, v))}
    return {key: values}


def number_column(question: Question, values: pd.Series) -> pd.Series:
    """A number question's answers as numbers: whole ones stay whole, gaps and all (4252,
    not 4252.0); anything that is not a number left empty."""
    numbers = pd.to_numeric(values, errors="coerce")
    if question.type == "integer" and (numbers.dropna() % 1 == 0).all():
        numbers = numbers.astype("Int64")
    return numbers


def _multiple_columns(question: Question, values: pd.Series, lang: str | None) -> dict[str, Any]:
    """A select_multiple's text (space-separated choice names as KoboToolbox, or labels
    separated by "; ") and its 0/1 columns. Households give the same few combinations of
    choices: each distinct one is worked out once, then spread to its rows by numpy. A row
    that names no choice of the form counts as not answered."""
    choices = [c.name for c in question.choices]
    labels = choice_labels(question, lang) if lang is not None else None
    combinations: dict[Any, int] = {}
    number = combinations.setdefault  # a list of choices as a tuple, text as it is, else None
    found = [
        number(tuple(v) if type(v) is list else v if type(v) is str else None, len(combinations))
        for v in values.tolist()
    ]
    rows = np.array(found, dtype=np.intp)
    matrix = np.zeros((len(combinations), len(choices)), dtype="int8")
    text: list[str | None] = [None] * len(combinations)
    for combination, index in combinations.items():
        chosen = combination.split() if isinstance(combination, str) else combination
        if isinstance(chosen, tuple):
            matrix[index] = [name in chosen for name in choices]
            text[index] = _joined(chosen, labels) if matrix[index].any() else None
    picked = matrix[rows]
    unanswered = ~picked.any(axis=1)
    column = np.array(text, dtype=object)[rows]
    # labels get pandas' inferred text dtype, as any labelled column; names stay objects
    dtype = None if labels is not None else object
    out: dict[str, Any] = {question.key: pd.Series(column, dtype=dtype)}
    for index, name in enumerate(choices):
        out[f"{question.key}/{name}"] = pd.arrays.IntegerArray(
            np.ascontiguousarray(picked[:, index]), mask=unanswered
        )
    return out


def _joined(chosen: tuple[Any, ...], labels: dict[str, str] | None) -> str:
    if labels is not None:
        return "; ".join(str(labels.get(n, n)) for n in chosen)
    return " ".join(map(str, chosen))


def choice_labels(question: Question, lang: str) -> dict[str, str]:
    """Choice name -> label in ``lang`` (falling back as ``survey_forms.model.text_in`` does)."""
    return {c.name: text_in(c.label, lang) or c.name for c in question.choices}


def repeat_frames(
    form: Form, ids: list[str], answers: list[dict[str, Any]], lang: str | None
) -> dict[str, pd.DataFrame]:
    """One table per repeat group, each row linked to its parent by ``_parent_id``."""
    repeats = [e for e in form.elements() if isinstance(e, Repeat)]
    if not repeats:
        return {}
    rows: dict[str, list[dict[str, Any]]] = {r.name: [] for r in repeats}
    top = list(_top_level_repeats(form.children))
    for sid, answer in zip(ids, answers, strict=True):
        for repeat in top:
            _collect(repeat, answer.get(repeat.name) or [], sid, sid, rows)
    frames = {}
    for repeat in repeats:
        questions = [q for q in _direct_questions(repeat) if q.type not in _NO_ANSWER]
        instances = rows[repeat.name]
        meta = ["_id", "_parent_id", "_submission_id", "_index"]
        columns: dict[str, Any] = {name: [i[name] for i in instances] for name in meta}
        for question in questions:
            values = pd.Series([i.get(question.name) for i in instances], dtype=object)
            columns.update(question_columns(question, values, lang))
        frames[repeat.name] = pd.DataFrame(columns)
    return frames


def _top_level_repeats(elements: list[Any]) -> Iterator[Repeat]:
    """Repeats not nested in another repeat (they may sit in groups)."""
    for element in elements:
        if isinstance(element, Repeat):
            yield element
        elif isinstance(element, Group):
            yield from _top_level_repeats(element.children)


def _direct_questions(repeat: Repeat) -> Iterator[Question]:
    """Questions of a repeat instance itself (in its groups too), not of nested repeats."""
    stack: list[Any] = list(reversed(repeat.children))
    while stack:
        element = stack.pop()
        if isinstance(element, Question):
            yield element
        elif not isinstance(element, Repeat):
            stack.extend(reversed(element.children))


def _collect(
    repeat: Repeat,
    instances: list[dict[str, Any]],
    parent_id: str,
    submission_id: str,
    rows: dict[str, list[dict[str, Any]]],
) -> None:
    nested = list(_top_level_repeats(repeat.children))
    for index, instance in enumerate(instances, start=1):
        row_id = f"{parent_id}/{repeat.name}[{index}]"
        row = {"_id": row_id, "_parent_id": parent_id, "_submission_id": submission_id,
               "_index": index, **instance}  # fmt: skip
        rows[repeat.name].append(row)
        for inner in nested:
            _collect(inner, instance.get(inner.name) or [], row_id, submission_id, rows)


def inventory_frame(store: Store, neighbourhood_id: str | None, lang: str | None) -> pd.DataFrame:
    """The shared inventory (deleted items left out), one column per field, sorted by id;
    ``_updated_by`` is the name of who changed it last."""
    items = store.inventory.items(neighbourhood_id, limit=1_000_000)
    names = {p["id"]: p["name"] for p in store.directory.people()}
    records = [
        {"_id": i.id, "_version": i.version, "_updated_at": i.updated_at,
         "_updated_by": names.get(i.updated_by or "", i.updated_by), **i.data}
        for i in sorted(items, key=lambda item: item.id)
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(records)
    if lang is None or frame.empty:
        return frame
    try:
        form = store.forms.get(INVENTORY_FORM)
    except RecordNotFound:
        return frame
    for question in form.questions():
        if question.is_select and not question.is_multiple and question.key in frame:
            labels = choice_labels(question, lang)
            frame[question.key] = frame[question.key].map(lambda v, m=labels: m.get(v, v))
    return frame


def inventory_conflicts(dataset: Dataset) -> pd.DataFrame:
    """The inventory's open conflicts (the same field changed to different values on two
    devices), one row per field: item_id, name, field, base, current, incoming."""
    columns = ["item_id", "name", "field", "base", "current", "incoming"]
    if CONFLICTS not in dataset.inventory:
        return pd.DataFrame(columns=columns)
    rows = [
        (item_id, name, c.get("field"), c.get("base"), c.get("current"), c.get("incoming"))
        for item_id, name, conflicts in zip(
            dataset.inventory["_id"],
            dataset.inventory["name"],
            dataset.inventory[CONFLICTS],
            strict=True,
        )
        if isinstance(conflicts, list)
        for c in conflicts
    ]
    return pd.DataFrame(rows, columns=columns)
