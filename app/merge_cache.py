"""The coach's merged table kept in memory between syncs, brought up to date by decoding only
the interviews that changed (new, corrected, reviewed, erased) instead of all of them.

The store counts its changes (migration 0009): every write to a finalized interview gives it
the next count (``change_seq``, indexed), and deleting one adds to ``submission_clock``. A
load asks the index for the rows above the count it last saw, re-reads those and the
versions that became (or stopped being) replaced, drops the rows that left, and puts the
table back in (``_submission_time``, ``_id``) order: on 100,000 interviews it touches only
the rows that changed. Whatever it cannot follow row by row makes it merge everything again:
a deletion, another form version, a form with repeat groups, many changed rows, or a column
whose type the new rows would change in a way a full merge might not.

Kept in memory only, never on disk: the table may hold personal answers opened with a coach's
key. An entry is keyed by the key's public half too, so a caller without the key (or with
another one) never gets what a key opened. The coach window's sections share one cache from
their worker threads: a lock lets one merge at a time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from sqlalchemy import Text, select

from app import tables as t
from app.dataset import (
    NUMBER_TYPES,
    SUBMISSION_TIME,
    TABLE_COLUMNS,
    Merged,
    MergeRequest,
    full_merge,
    kept_rows,
    merge_rows,
)
from app.records import FINALIZED
from app.store import Store
from survey_forms.model import Form, Repeat

if TYPE_CHECKING:
    from nacl.public import PrivateKey

SUBMISSION = t.SUBMISSION
#: More changed rows than this share of the table: a full merge costs about the same.
FULL_MERGE_SHARE = 0.2
_FINALIZED = TABLE_COLUMNS.index("finalized_at")
#: Merged tables kept at once (with and without the rejected interviews, two campaigns...).
ENTRIES = 4


@dataclass(frozen=True)
class _Clock:
    """The store's count of changes and of deletions when a table was read."""

    changes: int
    removed: int

    def follows(self, earlier: _Clock) -> bool:
        """Whether the rows changed since `earlier` tell everything that happened since
        (no deletion; and not another store, or an older copy, under the same name)."""
        return self.removed == earlier.removed and self.changes >= earlier.changes


@dataclass(frozen=True)
class _Entry:
    form: Form
    merged: Merged
    #: The store's clock as read before the rows were.
    clock: _Clock
    #: The volunteers' names the metadata columns were made with.
    names: dict[str, str]


class MergeCache:
    """Merged tables of one coach's session, by request, store, form version and key.
    ``full_merges`` and ``updates`` count what happened (for the tests and the bench)."""

    def __init__(self) -> None:
        self._entries: OrderedDict[tuple[Any, ...], _Entry] = OrderedDict()
        self._lock = Lock()
        self.full_merges = 0
        self.updates = 0

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def merged(
        self,
        store: Store,
        form: Form,
        request: MergeRequest,
        names: dict[str, str],
        coach_key: PrivateKey | None,
    ) -> Merged:
        """The request's interviews merged, from the entry brought up to date or afresh."""
        opener = bytes(coach_key.public_key).hex() if coach_key is not None else None
        key = (str(store.engine.url), request, form.version, opener)
        with self._lock:
            clock = _clock(store)
            entry = self._entries.get(key)
            merged = None
            if entry is not None and clock.follows(entry.clock) and not _has_repeats(form):
                merged = _Update(store, entry, request, names, coach_key).merged()
            if merged is None:
                merged = full_merge(store, form, request, names, coach_key)
                self.full_merges += 1
            else:
                self.updates += 1
            self._entries[key] = _Entry(form, merged, clock, names)
            self._entries.move_to_end(key)
            while len(self._entries) > ENTRIES:
                self._entries.popitem(last=False)
            return merged


def _has_repeats(form: Form) -> bool:
    return any(isinstance(e, Repeat) for e in form.elements())


def _clock(store: Store) -> _Clock:
    changes = t.last_change().scalar_subquery()
    with store.engine.connect() as conn:
        row = conn.execute(select(changes, t.SUBMISSION_CLOCK.c.removed)).one()
    return _Clock(*row)


@dataclass(frozen=True)
class _Update:
    store: Store
    entry: _Entry
    request: MergeRequest
    names: dict[str, str]
    coach_key: PrivateKey | None

    def merged(self) -> Merged | None:
        """The entry with only the changed rows read again, or None when it cannot be."""
        entry, request = self.entry, self.request
        old, before = entry.merged.interviews, entry.merged.newer
        changes = _changed_since(self.store, entry.clock)
        fresh = {sid for sid, _replaces, _status in changes}
        newer = {was: new for was, new in before.items() if new not in fresh}
        newer.update((replaces, sid) for sid, replaces, status in changes
                     if replaces is not None and status == FINALIZED)  # fmt: skip
        if not request.include_replaced:  # versions that became or stopped being replaced
            fresh |= newer.keys() ^ before.keys()
        if len(fresh) > FULL_MERGE_SHARE * max(len(old), 1):
            return None
        relabel = self.names != entry.names or newer != before
        if not fresh and not relabel:
            return entry.merged  # nothing changed: the same table
        rows = self._rows(sorted(fresh), () if request.include_replaced else newer.keys())
        rows = kept_rows(rows, request.campaigns, request.include_rejected)
        rows.sort(key=lambda row: (row[_FINALIZED], row[0]))
        added = merge_rows(entry.form, rows, self.names, newer, request.lang, self.coach_key)
        interviews = _joined(entry.form, old, fresh, added.interviews)
        if interviews is None:
            return None
        if relabel:  # a volunteer renamed, a version replaced: the kept rows' metadata too
            interviews["_submitted_by"] = interviews["_author_id"].map(self.names)
            interviews["_replaced_by"] = interviews["_id"].map(newer)
        unopened = (entry.merged.unopened - fresh) | added.unopened
        return Merged(interviews, {}, unopened, newer)

    def _rows(self, ids: list[str], replaced: Collection[str]) -> list[tuple[Any, ...]]:
        """Those of these submissions a full merge would read, as rows of `TABLE_COLUMNS`:
        finalized, of the form and campaign asked for, not `replaced`."""
        s, request = SUBMISSION.c, self.request
        stmt = select(*(s[name] for name in TABLE_COLUMNS[:-1])).add_columns(
            s.answers.cast(Text), s.status
        )
        found: list[tuple[Any, ...]] = []
        with self.store.engine.connect() as conn:
            for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
                # by id alone: with the status too, SQLite walks the status index's rows
                part = conn.execute(stmt.where(s.id.in_(ids[start : start + 500])))
                found += [
                    tuple(row)[:-1]
                    for row in part
                    if row.status == FINALIZED
                    and row.form_id == request.form_id
                    and request.campaign_id in (None, row.campaign_id)
                    and row.id not in replaced
                ]
        return found


def _changed_since(store: Store, clock: _Clock) -> list[tuple[str, str | None, str]]:
    """(id, replaces_id, status) of the submissions that changed since `clock`, found by
    the index on their change count."""
    s = SUBMISSION.c
    stmt = select(s.id, s.replaces_id, s.status).where(
        s.change_seq > t.ZERO, s.change_seq > clock.changes
    )
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(stmt)]


def _joined(
    form: Form, old: pd.DataFrame, dropped: set[str], added: pd.DataFrame
) -> pd.DataFrame | None:
    """The rows of `old` but the `dropped` ones, and the `added` ones (in order), in one table
    in the order of a full merge, each column of the type a full merge would give it; None
    when that type cannot be told. Where each row goes is worked out first, on positions:
    the 100,000 rows are copied once, or twice when rows leave or come between others."""
    ids = old["_id"].to_numpy()
    keep = np.flatnonzero(~old["_id"].isin(dropped).to_numpy()) if dropped else np.arange(len(ids))
    if added.empty or not len(keep):
        return (added if not len(keep) else old.take(keep)).reset_index(drop=True)
    numbers = {q.key for q in form.questions() if q.type in NUMBER_TYPES}
    old, added = old.copy(deep=False), added.copy(deep=False)
    for name in old.columns[(old.dtypes != added.dtypes).to_numpy()]:
        left, right = old[name], added[name]
        if name in numbers:  # whole numbers on one side only: floats, as in a full merge
            old[name], added[name] = left.astype(float), right.astype(float)
        elif right.isna().all():
            added[name] = right.astype(left.dtype)
        elif left.iloc[keep].isna().all():
            old[name] = left.astype(right.dtype)
        else:
            return None
    places = _places(old[SUBMISSION_TIME].to_numpy()[keep], ids[keep], added)
    take = np.insert(keep, places, np.arange(len(old), len(old) + len(added)))
    joined = pd.concat([old, added], ignore_index=True)
    if np.array_equal(take, np.arange(len(joined))):  # newer rows only, after all the others
        return joined
    return joined.take(take).reset_index(drop=True)


def _places(times: np.ndarray, ids: np.ndarray, added: pd.DataFrame) -> list[int]:
    """Where each added row goes among rows sorted by (submission time, id): by the time,
    searched in the array, then by the id among the rows of the same time."""
    when = added[SUBMISSION_TIME].to_numpy(dtype=object)
    first = np.searchsorted(times, when, side="left")
    after = np.searchsorted(times, when, side="right")
    return [
        start + bisect_right(ids[start:end].tolist(), sid)
        for start, end, sid in zip(first, after, added["_id"], strict=True)
    ]
