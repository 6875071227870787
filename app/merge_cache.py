"""The coach's merged table kept in memory between syncs, brought up to date by decoding only
the interviews that changed (new, corrected, reviewed, erased) instead of all of them.

Each finalized interview has a token read by SQLite without decoding anything: its last
change, the length of its answers (retention only ever removes answers), its review
and the version it replaces. A load reads every token (a narrow query), re-reads the rows
whose token changed or that are new, drops the rows that left, and puts the table back in
(``_submission_time``, ``_id``) order. Whatever it cannot follow row by row makes it merge
everything again: another form version, a form with repeat groups, many changed rows, or a
column whose type the new rows would change in a way a full merge might not.

Kept in memory only, never on disk: the table may hold personal answers opened with a coach's
key. An entry is keyed by the key's public half too, so a caller without the key (or with
another one) never gets what a key opened.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from sqlalchemy import ColumnElement, Text, func, select

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
from app.review import REJECTED
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


@dataclass
class _Entry:
    form: Form
    merged: Merged
    #: The token of each row in ``merged``, as read before the rows were.
    tokens: dict[str, str]
    #: The volunteers' names and {replaced: newer} the metadata columns were made with.
    names: dict[str, str]
    newer: dict[str, str]


class MergeCache:
    """Merged tables of one coach's session, by request, store, form version and key.
    ``full_merges`` and ``updates`` count what happened (for the tests and the bench)."""

    def __init__(self) -> None:
        self._entries: OrderedDict[tuple[Any, ...], _Entry] = OrderedDict()
        self.full_merges = 0
        self.updates = 0

    def clear(self) -> None:
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
        tokens, newer = _tokens(store, request)
        entry = self._entries.get(key)
        merged = None
        if entry is not None and not _has_repeats(form):
            merged = _updated(store, entry, request, tokens, newer, names, coach_key)
        if merged is None:
            merged = full_merge(store, form, request, names, coach_key)
            self.full_merges += 1
        else:
            self.updates += 1
        if entry is not None and merged is entry.merged:
            known = entry.tokens  # nothing changed
        else:
            merged_ids = set(merged.interviews["_id"])
            # a row merged after its token was read has none here: it is read again next time
            known = {sid: token for sid, token in tokens.items() if sid in merged_ids}
        self._entries[key] = _Entry(form, merged, known, names, newer)
        self._entries.move_to_end(key)
        while len(self._entries) > ENTRIES:
            self._entries.popitem(last=False)
        return merged


def _has_repeats(form: Form) -> bool:
    return any(isinstance(e, Repeat) for e in form.elements())


def _tokens(store: Store, request: MergeRequest) -> tuple[dict[str, str], dict[str, str]]:
    """{id: token} of the rows a full merge would keep (as `SubmissionQueries.table` and
    `kept_rows` choose them); and {replaced id: newer id} over all finalized rows."""
    s = SUBMISSION.c
    parts = [s.updated_at, s.finalized_at, func.length(s.answers.cast(Text)), s.review_state,
             s.review_comment, s.replaces_id, s.form_version, s.author_id, s.device_id]  # fmt: skip
    token: ColumnElement[str] = func.coalesce(parts[0].cast(Text), "")
    for part in parts[1:]:
        token = token + "|" + func.coalesce(part.cast(Text), "")
    stmt = select(s.id, token, s.campaign_id, s.review_state).where(
        s.status == FINALIZED, s.form_id == request.form_id
    )
    if request.campaign_id is not None:
        stmt = stmt.where(s.campaign_id == request.campaign_id)
    newer_of = select(s.replaces_id, s.id).where(s.replaces_id.is_not(None), s.status == FINALIZED)
    with store.engine.connect() as conn:
        newer = dict(conn.execute(newer_of).all())
        rows = conn.execute(stmt).all()
    replaced = () if request.include_replaced else newer.keys()
    campaigns, rejected = request.campaigns, not request.include_rejected
    tokens = {
        sid: token
        for sid, token, campaign, state in rows
        if sid not in replaced
        and (campaigns is None or campaign in campaigns)
        and not (rejected and state == REJECTED)
    }
    return tokens, newer


def _updated(
    store: Store,
    entry: _Entry,
    request: MergeRequest,
    tokens: dict[str, str],
    newer: dict[str, str],
    names: dict[str, str],
    coach_key: PrivateKey | None,
) -> Merged | None:
    """The entry with only the changed rows read again, or None when it cannot be."""
    old = entry.merged.interviews
    known = entry.tokens
    fresh = [sid for sid, token in tokens.items() if known.get(sid) != token]
    if len(fresh) > FULL_MERGE_SHARE * max(len(old), 1):
        return None
    gone = set(fresh).union(known.keys() - tokens.keys())
    relabel = names != entry.names or newer != entry.newer
    if not gone and not relabel:
        return entry.merged  # nothing changed: the same table
    kept = old[~old["_id"].isin(gone).to_numpy()] if gone else old
    rows = kept_rows(_rows(store, fresh), request.campaigns, request.include_rejected)
    rows.sort(key=lambda row: (row[_FINALIZED], row[0]))
    added = merge_rows(entry.form, rows, names, newer, request.lang, coach_key)
    interviews = _joined(entry.form, kept, added.interviews)
    if interviews is None:
        return None
    if relabel:  # a volunteer renamed, a version replaced: the kept rows' metadata too
        interviews["_submitted_by"] = interviews["_author_id"].map(names)
        interviews["_replaced_by"] = interviews["_id"].map(newer)
    unopened = (entry.merged.unopened - gone) | added.unopened
    return Merged(interviews, {}, unopened)


def _rows(store: Store, ids: list[str]) -> list[tuple[Any, ...]]:
    """These submissions as rows of `TABLE_COLUMNS` (finalized ones only)."""
    if not ids:
        return []
    s = SUBMISSION.c
    stmt = select(*(s[name] for name in TABLE_COLUMNS[:-1])).add_columns(s.answers.cast(Text))
    found: list[tuple[Any, ...]] = []
    with store.engine.connect() as conn:
        for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            # by id alone: with the status too, SQLite walks the status index's 100,000 rows
            part = stmt.add_columns(s.status).where(s.id.in_(ids[start : start + 500]))
            found += [tuple(row)[:-1] for row in conn.execute(part) if row[-1] == FINALIZED]
    return found


def _joined(form: Form, kept: pd.DataFrame, added: pd.DataFrame) -> pd.DataFrame | None:
    """The kept rows (in order) and the added ones (in order) in one table in the order of a
    full merge, each column of the type a full merge would give it; None when that type
    cannot be told."""
    if added.empty or kept.empty:
        return (added if kept.empty else kept).reset_index(drop=True)
    numbers = {q.key for q in form.questions() if q.type in NUMBER_TYPES}
    kept, added = kept.copy(deep=False), added.copy(deep=False)
    for name in kept.columns[(kept.dtypes != added.dtypes).to_numpy()]:
        left, right = kept[name], added[name]
        if name in numbers:  # whole numbers on one side only: floats, as in a full merge
            kept[name], added[name] = left.astype(float), right.astype(float)
        elif right.isna().all():
            added[name] = right.astype(left.dtype)
        elif left.isna().all():
            kept[name] = left.astype(right.dtype)
        else:
            return None
    # the added rows go where the full merge's sort by (submission time, id) puts them
    order = list(zip(kept[SUBMISSION_TIME], kept["_id"], strict=True))
    keys = zip(added[SUBMISSION_TIME], added["_id"], strict=True)
    places = [bisect_right(order, key) for key in keys]
    take = np.insert(np.arange(len(kept)), places, np.arange(len(kept), len(kept) + len(added)))
    return pd.concat([kept, added], ignore_index=True).take(take).reset_index(drop=True)
