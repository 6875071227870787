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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from app.collation import sort_key
from app.errors import RecordNotFound
from app.review import REJECTED
from app.store import Store
from survey_forms.builtin import INTERVIEW_FORM, INVENTORY_FORM
from survey_forms.model import Form, Group, Question, Repeat, text_in
from sync.wire.merge import CONFLICTS

if TYPE_CHECKING:
    from nacl.public import PrivateKey

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
) -> Dataset:
    """Merge the interviews of a campaign (or of every campaign of a neighbourhood, or all)
    and the neighbourhood's inventory. One SQL query for the interviews; answers parsed in
    bulk. Personal answers sealed to the coaches are opened with `coach_key` (a coach's
    unlocked key), else left out."""
    form = store.forms.get(form_id)
    campaign = _campaign(store, campaign_id)
    if neighbourhood_id is None and campaign:
        neighbourhood_id = campaign["neighbourhood_id"]
    campaigns = None
    if neighbourhood_id is not None and campaign_id is None:
        campaigns = {c["id"] for c in store.directory.campaigns(neighbourhood_id)}
    names = {p["id"]: p["name"] for p in store.directory.people()}
    with _without_gc():
        rows, newer = store.submissions.table(
            form_id=form_id, campaign_id=campaign_id, include_replaced=include_replaced
        )
        if campaigns is not None:
            rows = [r for r in rows if r[3] in campaigns]
        if not include_rejected:
            state = store.submissions.TABLE_COLUMNS.index("review_state")
            rows = [r for r in rows if r[state] != REJECTED]
        table = pd.DataFrame(rows, columns=list(store.submissions.TABLE_COLUMNS), dtype=object)
        answers: list[dict[str, Any]] = json.loads("[" + ",".join(table["answers"]) + "]")
        answers, unopened = _unsealed(answers, coach_key)
        interviews = interview_frame(form, _metadata(table, names, newer), answers, lang)
        repeats = repeat_frames(form, table["id"].tolist(), answers, lang)
    inventory = inventory_frame(store, neighbourhood_id, lang)
    target = campaign.get("target_households") if campaign else None
    perimeter = tuple(campaign.get("streets") or ()) if campaign else ()
    return Dataset(
        form, interviews, repeats, inventory, lang, campaign_id, target, perimeter, unopened
    )


def _unsealed(
    answers: list[dict[str, Any]], coach_key: PrivateKey | None
) -> tuple[list[dict[str, Any]], int]:
    """The answers with their sealed personal part opened where `coach_key` can, and how
    many could not be (their personal answers stay out)."""
    from survey_forms.personal import SEALED

    if not any(SEALED in a for a in answers):
        return answers, 0
    from sync.wire.sealing import SealingError, open_answers, without_sealed

    opened, unopened = [], 0
    for a in answers:
        if SEALED in a and coach_key is not None:
            try:
                opened.append(open_answers(a, coach_key))
                continue
            except SealingError:
                pass
        unopened += SEALED in a
        opened.append(without_sealed(a))
    return opened, unopened


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
        lists = _as_lists(values)
        matrix, answered = _choice_matrix(lists, [c.name for c in question.choices])
        out: dict[str, Any] = {key: _multiple_text(question, lists, answered, lang)}
        for index, choice in enumerate(question.choices):
            out[f"{key}/{choice.name}"] = pd.arrays.IntegerArray(matrix[:, index], mask=~answered)
        return out
    if question.type in NUMBER_TYPES:
        numbers = pd.to_numeric(values, errors="coerce")
        if question.type == "integer" and (numbers.dropna() % 1 == 0).all():
            numbers = numbers.astype("Int64")  # stays whole with gaps: 4252, not 4252.0
        return {key: numbers}
    if question.is_select and lang is not None:
        labels = choice_labels(question, lang)
        return {key: values.map(lambda v: labels.get(v, v))}
    return {key: values}


def _is_answered(value: Any) -> bool:
    return isinstance(value, list) and bool(value)


def _as_lists(values: pd.Series) -> pd.Series:
    """A select_multiple's answers as lists (an import may have left space-separated text)."""
    text = values.map(type).eq(str).to_numpy()
    if not text.any():
        return values
    return values.where(~text, values[text].str.split())


def _choice_matrix(lists: pd.Series, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Rows x choices, 1 where the row's list holds the choice; and which rows hold any."""
    exploded = lists.explode()
    codes = pd.Index(names).get_indexer(exploded.to_numpy())
    known = codes >= 0
    rows = np.asarray(exploded.index)[known]
    matrix = np.zeros((len(lists), len(names)), dtype="int8")
    matrix[rows, codes[known]] = 1
    return matrix, np.bincount(rows, minlength=len(lists)) > 0


def _multiple_text(
    question: Question, lists: pd.Series, answered: np.ndarray, lang: str | None
) -> pd.Series:
    """Space-separated choice names (as KoboToolbox), or labels separated by "; "."""
    if lang is None:
        text = lists.str.join(" ")
    else:
        labels = choice_labels(question, lang)
        text = lists.map(
            lambda v: "; ".join(labels.get(n, n) for n in v) if _is_answered(v) else None
        )
    return text.where(answered, None)


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
