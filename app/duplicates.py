"""Households interviewed twice: proposed to the coach, who keeps one, keeps both or merges.

Two interviews are candidates when their normalised addresses are equal (street and house
number, ignoring case, accents, punctuation and abbreviations such as "r." for "rue"); they are
proposed when their household details agree and their dates are close enough (see ``score``).

Decisions are stored as reviews (so they reach the server with the other reviews):
- keep one: the other is rejected with the comment "Doublon de <kept id>";
- merge: the kept interview gets a new version whose empty answers are filled from the other,
  and the other is rejected with "Fusionné dans <new id>";
- keep both: both are approved with the comment "Pas un doublon de <other id>", which keeps
  the pair from being proposed again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import combinations
from numbers import Real
from typing import Any

import pandas as pd

from app.dataset import STREET, SUBMISSION_TIME, Dataset
from app.review import APPROVED, REJECTED
from app.store import Store

HOUSE_NUMBER = "house_number"
#: Household details compared when the form has them; otherwise every single choice and
#: integer question outside repeats is compared.
HOUSEHOLD_FIELDS = ("household_size", "tenure", "years_here", "age_bands")
#: Interviews further apart than this are never the same visit.
MAX_DAYS_APART = 60
#: Proposed from this score on (0..1).
THRESHOLD = 0.7
DISTINCT_MARK = "Pas un doublon de "
_DISTINCT = re.compile(re.escape(DISTINCT_MARK) + r"(\S+)")
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


def compared_fields(dataset: Dataset) -> list[str]:
    present = [name for name in HOUSEHOLD_FIELDS if name in dataset.interviews]
    if present:
        return present
    return [
        q.key for q in dataset.questions if q.type in ("select_one", "integer") and not q.personal
    ]


def find_duplicates(dataset: Dataset, threshold: float = THRESHOLD) -> list[DuplicatePair]:
    """Candidate pairs, best first. Rejected interviews and pairs the coach kept are skipped."""
    frame = dataset.interviews
    if frame.empty or STREET not in frame or HOUSE_NUMBER not in frame:
        return []
    frame = frame[frame["_review_state"] != REJECTED]
    keys = frame[STREET].map(normalise_street) + " " + frame[HOUSE_NUMBER].map(normalise_number)
    has_address = frame[HOUSE_NUMBER].map(normalise_number) != ""
    shared = keys[has_address & keys.duplicated(keep=False)]
    kept_apart = distinct_pairs(frame)
    fields = compared_fields(dataset)
    dates = _interview_dates(frame)
    pairs = []
    for address, index in shared.groupby(shared).groups.items():
        for a, b in combinations(sorted(index, key=lambda i: (dates[i], frame.at[i, "_id"])), 2):
            first, second = frame.loc[a], frame.loc[b]
            if frozenset((first["_id"], second["_id"])) in kept_apart:
                continue
            days = abs((dates[b] - dates[a]).total_seconds()) / 86400
            value, differences = score(first, second, fields, days)
            if value >= threshold:
                pairs.append(
                    DuplicatePair(
                        first["_id"],
                        second["_id"],
                        round(value, 3),
                        str(address),
                        round(days, 1),
                        differences,
                    )
                )
    return sorted(pairs, key=lambda p: (-p.score, p.first_id, p.second_id))


def score(
    first: pd.Series, second: pd.Series, fields: list[str], days_apart: float
) -> tuple[float, tuple[str, ...]]:
    """0..1: two thirds for agreeing household details, one third for being close in time.
    Also returns the fields that differ, for the coach."""
    if days_apart > MAX_DAYS_APART:
        return 0.0, ()
    agreements, differences = [], []
    for name in fields:
        similarity = _similarity(first.get(name), second.get(name))
        if similarity is not None:
            agreements.append(similarity)
            if similarity < 1:
                differences.append(name)
    household = sum(agreements) / len(agreements) if agreements else 0.5
    closeness = 1 - days_apart / MAX_DAYS_APART
    return 2 / 3 * household + 1 / 3 * closeness, tuple(differences)


def _similarity(a: Any, b: Any) -> float | None:
    """1 for the same answer, partial for near numbers or overlapping choices, None when
    either is unanswered (nothing to compare)."""
    if _missing(a) or _missing(b):
        return None
    if isinstance(a, str) and isinstance(b, str) and (" " in a or " " in b):
        left, right = set(a.split()), set(b.split())
        return len(left & right) / len(left | right)
    if isinstance(a, Real) and isinstance(b, Real):
        return 1.0 if a == b else 0.5 if abs(a - b) <= 1 else 0.0
    return 1.0 if a == b else 0.0


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


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


def keep_one(store: Store, keep_id: str, drop_id: str) -> None:
    store.set_review([drop_id], REJECTED, f"Doublon de {keep_id}")


def keep_both(store: Store, first_id: str, second_id: str) -> None:
    store.set_review([first_id], APPROVED, f"{DISTINCT_MARK}{second_id}")
    store.set_review([second_id], APPROVED, f"{DISTINCT_MARK}{first_id}")


def merge(store: Store, keep_id: str, drop_id: str, author_id: str | None = None) -> str:
    """A new version of the kept interview with its empty answers filled from the other one;
    the other is rejected. Returns the new version's id."""
    kept, dropped = store.get_submission(keep_id), store.get_submission(drop_id)
    merged = merged_answers(kept.answers, dropped.answers)
    correction = store.correct(keep_id, author_id=author_id)
    new = store.finalize(correction.id, merged)
    store.set_review([drop_id], REJECTED, f"Fusionné dans {new.id}")
    return new.id


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
