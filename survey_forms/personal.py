"""Personal answers, found by the form: what retention erases once a campaign's time is up,
on the server and on every laptop that holds the interview."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from survey_forms.model import Form


def personal_keys(form: Form) -> frozenset[str]:
    """The answer keys of the questions marked personal, and of those computed from one."""
    return frozenset(q.key for q in form.questions() if q.is_personal)


def without_answers(answers: dict[str, Any], keys: Collection[str]) -> tuple[dict[str, Any], int]:
    """The answers without those under `keys`, at any depth of repeats, and how many went."""
    kept: dict[str, Any] = {}
    gone = 0
    for key, value in answers.items():
        if key in keys:
            gone += 1
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            instances = [without_answers(v, keys) for v in value]
            kept[key] = [instance for instance, _ in instances]
            gone += sum(n for _, n in instances)
        else:
            kept[key] = value
    return kept, gone
