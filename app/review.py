"""Reviewing interviews: the coach marks each one received, approved, with issues or rejected,
with a comment. Reviews are stored on the submission and queued for the server."""

from __future__ import annotations

from collections.abc import Iterable

from app.errors import UnknownChoice
from app.store import Store

RECEIVED = "received"
APPROVED = "approved"
HAS_ISSUES = "has_issues"
REJECTED = "rejected"
STATES = (RECEIVED, APPROVED, HAS_ISSUES, REJECTED)
STATE_LABELS: dict[str, dict[str, str]] = {
    RECEIVED: {"fr": "Reçu", "nl": "Ontvangen", "en": "Received"},
    APPROVED: {"fr": "Approuvé", "nl": "Goedgekeurd", "en": "Approved"},
    HAS_ISSUES: {"fr": "À revoir", "nl": "Na te kijken", "en": "Has issues"},
    REJECTED: {"fr": "Rejeté", "nl": "Afgewezen", "en": "Rejected"},
}


def review(store: Store, submission_ids: Iterable[str], state: str, comment: str = "") -> int:
    """Set the review state of many interviews at once; returns how many changed."""
    if state not in STATES:
        raise UnknownChoice("review.unknown_state", state=state, known=", ".join(STATES))
    return store.reviews.set(submission_ids, state, comment.strip())


def state_label(state: str, lang: str = "fr") -> str:
    return STATE_LABELS.get(state, {}).get(lang, state)
