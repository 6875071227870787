"""Households interviewed twice: proposed to the coach, who keeps one, keeps both or merges.

Two interviews are candidates when their normalised addresses are equal (street and house
number, ignoring case, accents, punctuation and abbreviations such as "r." for "rue"); they are
proposed when their household details and other answers agree and their dates are close
enough (see ``WEIGHTS``; nothing beyond ``MAX_DAYS_APART`` days apart).

Decisions are stored as reviews (so they reach the server with the other reviews); each adds
a mark to the review comment (what was written there stays), which is how the pairs already
decided are listed again (``decided_pairs``) on any coach's laptop:
- keep one: the other is rejected, marked "Doublon de <kept id>";
- merge: the kept interview gets a new version whose empty answers are filled from the other,
  and the other is rejected, marked "Fusionné dans <new id>";
- keep both: both keep their review state, each marked "Pas un doublon de <other id>", which
  keeps the pair from being proposed again.
Every decision can be undone (``undo``), again as reviews: the marks are taken off, an
interview set aside returns to "received", and a merge gets a new version with the answers
from before the merge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from app.dataset import NUMBER_TYPES, STREET, SUBMISSION_TIME, Dataset
from app.review import RECEIVED, REJECTED
from app.store import Store
from survey_forms.model import METADATA_TYPES

HOUSE_NUMBER = "house_number"
#: Household details, compared first when the form has them; every other non-personal choice
#: or number question is compared too, with less weight.
HOUSEHOLD_FIELDS = ("household_size", "tenure", "years_here", "age_bands")
#: Interviews further apart than this are never the same visit.
MAX_DAYS_APART = 60
#: Weights of (household details, other closed answers, closeness in time) in the score.
WEIGHTS = (0.5, 0.25, 0.25)
#: Proposed from this score on (0..1).
THRESHOLD = 0.75
KEPT_MARK = "Doublon de "
MERGED_MARK = "Fusionné dans "
DISTINCT_MARK = "Pas un doublon de "
KEEP_ONE, MERGE, KEEP_BOTH = "keep_one", "merge", "keep_both"
_MARKS = {KEEP_ONE: KEPT_MARK, MERGE: MERGED_MARK, KEEP_BOTH: DISTINCT_MARK}
#: A mark at the start of the comment or after a line break ("pas un doublon de" holds
#: "doublon de" too: the case and the line start tell them apart).
_MARK = re.compile(r"(?:^|\n)(Doublon de |Fusionné dans |Pas un doublon de )(\S+)")
_DISTINCT = re.compile(r"(?:^|\n)" + re.escape(DISTINCT_MARK) + r"(\S+)")
_ABBREVIATIONS = {
    "r": "rue", "av": "avenue", "bd": "boulevard", "bld": "boulevard", "pl": "place",
    "ch": "chaussee", "sq": "square", "st": "saint", "ste": "sainte", "imp": "impasse",
    "str": "straat", "ln": "laan",
}  # fmt: skip


@dataclass(frozen=True)
class DuplicatePair:
    """Two interviews that may be the same household; ``first`` was submitted earlier."""

    first_id: str
    second_id: str
    score: float
    address: str
    days_apart: float
    differences: tuple[str, ...]


def normalise_street(text: Any) -> str:
    """'R. de l’Épée ' -> 'rue de l epee'."""
    if not isinstance(text, str):
        return ""
    words = _ascii_words(text).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def _ascii_words(text: str) -> str:
    """Lower-case ASCII letters and digits; accents dropped, anything else a space."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    kept = (c if c.isalnum() else "" if unicodedata.combining(c) else " " for c in decomposed)
    return "".join(kept).encode("ascii", "ignore").decode()


def normalise_number(text: Any) -> str:
    """'n° 12 B' -> '12b'."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return ""
    compact = _ascii_words(str(text)).replace(" ", "")
    return re.sub(r"^(n|no|nr)(?=\d)", "", compact)


def compared_fields(dataset: Dataset) -> tuple[list[str], list[str]]:
    """(household details, the other answers): both compared, the first weigh more."""
    closed = [
        q.key
        for q in dataset.questions
        if (q.is_select or q.type in NUMBER_TYPES) and not q.is_personal and q.key != STREET
    ]
    household = [name for name in HOUSEHOLD_FIELDS if name in closed]
    return household, [name for name in closed if name not in household]


def find_duplicates(dataset: Dataset, threshold: float = THRESHOLD) -> list[DuplicatePair]:
    """Candidate pairs, best first. Rejected interviews and pairs the coach kept are skipped.

    Vectorised: every pair sharing an address is scored at once with numpy (100,000
    interviews in seconds), only the proposed ones become ``DuplicatePair``."""
    frame = dataset.interviews
    if frame.empty or STREET not in frame or HOUSE_NUMBER not in frame:
        return []
    frame = frame[frame["_review_state"] != REJECTED].reset_index(drop=True)
    number = _normalised(frame[HOUSE_NUMBER], normalise_number)
    keys = _normalised(frame[STREET], normalise_street) + " " + number
    candidates = pd.DataFrame({"key": keys, "row": np.arange(len(frame))})[number != ""]
    candidates = candidates[candidates["key"].duplicated(keep=False)]
    pairs = candidates.merge(candidates, on="key", suffixes=("_a", "_b"))
    pairs = pairs[pairs["row_a"] < pairs["row_b"]]
    if pairs.empty:
        return []
    dates = _interview_dates(frame).to_numpy(dtype="datetime64[ns]")
    ids = frame["_id"].to_numpy()
    rank = np.empty(len(frame), dtype=np.int64)
    rank[np.lexsort((ids, dates))] = np.arange(len(frame))
    row_a, row_b = pairs["row_a"].to_numpy(), pairs["row_b"].to_numpy()
    earlier = rank[row_a] < rank[row_b]
    first, second = np.where(earlier, row_a, row_b), np.where(earlier, row_b, row_a)
    days = np.abs(dates[second] - dates[first]) / np.timedelta64(1, "D")
    household_fields, other_fields = compared_fields(dataset)
    fields = household_fields + other_fields
    similarity = np.column_stack([_similarities(dataset, frame, f, first, second) for f in fields])
    household = _mean_or(similarity[:, : len(household_fields)], 0.5)
    others = _mean_or(similarity[:, len(household_fields) :], 0.5)
    closeness = 1 - days / MAX_DAYS_APART
    combined = WEIGHTS[0] * household + WEIGHTS[1] * others + WEIGHTS[2] * closeness
    scores = np.where(days > MAX_DAYS_APART, 0.0, combined)
    kept_apart = distinct_pairs(frame)
    proposed = []
    for index in np.flatnonzero(scores >= threshold):
        a, b = ids[first[index]], ids[second[index]]
        if frozenset((a, b)) in kept_apart:
            continue
        differing = tuple(
            f for f, s in zip(household_fields, similarity[index], strict=False) if s < 1
        )
        proposed.append(
            DuplicatePair(a, b, round(float(scores[index]), 3), str(pairs["key"].iat[index]),
                          round(float(days[index]), 1), differing)
        )  # fmt: skip
    return sorted(proposed, key=lambda p: (-p.score, p.first_id, p.second_id))


def _normalised(values: pd.Series, normalise: Callable[[Any], str]) -> pd.Series:
    """``normalise`` applied once per distinct value (a street is written a few ways)."""
    distinct = {value: normalise(value) for value in values.dropna().unique()}
    return values.map(distinct).fillna("").astype(object)


def _similarities(
    dataset: Dataset, frame: pd.DataFrame, name: str, first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """0..1 per pair for one household detail; NaN where either left it unanswered. Equal
    answers give 1; numbers one apart 0.5; choice lists their overlap (Jaccard)."""
    question = dataset.question(name)
    if question.is_multiple:
        columns = [f"{name}/{c.name}" for c in question.choices]
        picked = frame[columns].astype("float").to_numpy()
        together = np.minimum(picked[first], picked[second]).sum(axis=1)
        either = np.maximum(picked[first], picked[second]).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(either > 0, together / either, np.nan)
    if question.type in NUMBER_TYPES:
        numbers = pd.to_numeric(frame[name], errors="coerce").astype(float).to_numpy()
        gap = np.abs(numbers[first] - numbers[second])
        return np.where(np.isnan(gap), np.nan, np.where(gap == 0, 1.0, np.where(gap <= 1, 0.5, 0)))
    codes, _ = pd.factorize(frame[name])
    same = (codes[first] == codes[second]).astype(float)
    return np.where((codes[first] < 0) | (codes[second] < 0), np.nan, same)


def _mean_or(values: np.ndarray, default: float) -> np.ndarray:
    """The mean of each row's known values; ``default`` for a row with none."""
    known = ~np.isnan(values)
    counts = known.sum(axis=1)
    totals = np.where(known, values, 0).sum(axis=1)
    return np.where(counts > 0, totals / np.maximum(counts, 1), default)


def _interview_dates(frame: pd.DataFrame) -> pd.Series:
    """When each interview took place: its `start` answer, else when it was submitted."""
    submitted = pd.to_datetime(frame[SUBMISSION_TIME], utc=True, format="ISO8601")
    if "start" not in frame:
        return submitted
    started = pd.to_datetime(frame["start"], utc=True, format="ISO8601", errors="coerce")
    return started.fillna(submitted)


def distinct_pairs(frame: pd.DataFrame) -> set[frozenset[str]]:
    """Pairs a coach already declared distinct households ("keep both")."""
    pairs = set()
    for sid, comment in zip(frame["_id"], frame["_review_comment"], strict=True):
        for other in _DISTINCT.findall(comment or ""):
            pairs.add(frozenset((sid, other)))
    return pairs


@dataclass(frozen=True)
class Decision:
    """A pair already decided. ``kind``: KEEP_ONE (``kept_id`` kept, ``other_id`` rejected),
    MERGE (``kept_id`` is the merged version, ``other_id`` rejected) or KEEP_BOTH."""

    kind: str
    kept_id: str
    other_id: str


def decided_pairs(frame: pd.DataFrame) -> list[Decision]:
    """The decisions the review comments hold, in the order of ``frame``; a pair kept apart
    (marked on both interviews) is listed once."""
    kinds = {mark: kind for kind, mark in _MARKS.items()}
    found: dict[frozenset[str], Decision] = {}
    for sid, comment in zip(frame["_id"], frame["_review_comment"], strict=True):
        for mark, other in _MARK.findall(comment or ""):
            kind = kinds[mark]
            decision = (
                Decision(kind, sid, other) if kind == KEEP_BOTH else Decision(kind, other, sid)
            )
            found.setdefault(frozenset((sid, other)), decision)
    return list(found.values())


def _marked(comment: str, mark: str) -> str:
    return f"{comment}\n{mark}" if comment else mark


def _unmarked(comment: str, mark: str) -> str:
    lines = [line for line in comment.split("\n") if line != mark]
    return "\n".join(lines)


def _review(store: Store, sid: str, state: str | None, change: Callable[[str], str]) -> None:
    """Give one interview a state (None: the one it has) and its comment changed."""
    record = store.submissions.get(sid)
    store.reviews.set([sid], state or record.review_state, change(record.review_comment))


def keep_one(store: Store, keep_id: str, drop_id: str) -> None:
    _review(store, drop_id, REJECTED, partial(_marked, mark=f"{KEPT_MARK}{keep_id}"))


def keep_both(store: Store, first_id: str, second_id: str) -> None:
    for sid, other in ((first_id, second_id), (second_id, first_id)):
        _review(store, sid, None, partial(_marked, mark=f"{DISTINCT_MARK}{other}"))


def undo(store: Store, decision: Decision, author_id: str | None = None) -> None:
    """Take a decision back: the pair is undecided again (and may be proposed again)."""
    kept, other = decision.kept_id, decision.other_id
    if decision.kind == KEEP_BOTH:
        for sid, partner in ((kept, other), (other, kept)):
            _review(store, sid, None, partial(_unmarked, mark=f"{DISTINCT_MARK}{partner}"))
        return
    if decision.kind == MERGE:
        versions = store.submissions.versions(kept)
        before = versions[[v.id for v in versions].index(kept) - 1]
        correction = store.submissions.correct(kept, author_id=author_id)
        store.submissions.finalize(correction.id, before.answers)
    _review(store, other, RECEIVED, partial(_unmarked, mark=f"{_MARKS[decision.kind]}{kept}"))


def merge(store: Store, keep_id: str, drop_id: str, author_id: str | None = None) -> str:
    """A new version of the kept interview with its empty answers filled from the other one;
    the other is rejected. Returns the new version's id."""
    kept, dropped = store.submissions.get(keep_id), store.submissions.get(drop_id)
    merged = merged_answers(kept.answers, dropped.answers)
    correction = store.submissions.correct(keep_id, author_id=author_id)
    new = store.submissions.finalize(correction.id, merged)
    _review(store, drop_id, REJECTED, partial(_marked, mark=f"{MERGED_MARK}{new.id}"))
    return new.id


def differing_answers(dataset: Dataset, first: pd.Series, second: pd.Series) -> list[str]:
    """The keys of every answer that differs between two interviews (rows of
    ``dataset.interviews``), personal ones included, in form order."""
    return [
        q.key
        for q in dataset.questions
        if q.type not in METADATA_TYPES and _shown(first.get(q.key)) != _shown(second.get(q.key))
    ]


def _shown(value: Any) -> Any:
    return None if value is None or (not isinstance(value, list) and pd.isna(value)) else value


def merged_answers(kept: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The kept answers win; what they lack is taken from the other interview."""
    merged = dict(kept)
    for name, value in other.items():
        if merged.get(name) in (None, "", []):
            merged[name] = value
    return merged


def evaluate(found: list[DuplicatePair], truth: set[frozenset[str]]) -> tuple[float, float]:
    """Precision and recall of proposed pairs against known duplicates."""
    proposed = {frozenset((p.first_id, p.second_id)) for p in found}
    hits = len(proposed & truth)
    precision = hits / len(proposed) if proposed else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall
