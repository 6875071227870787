"""Personal answers, found by the form: what retention erases once a campaign's time is up,
on the server and on every laptop that holds the interview, and what is sealed to the
neighbourhood's coaches at finalize (`sync.wire.sealing`: the personal part goes under
`SEALED`, encrypted; the rest stays readable)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from survey_forms.model import Form

#: The answers' key under which the personal part of a finalized interview travels sealed to
#: the coaches (`sync.wire.sealing`). Erasing personal answers erases it whole.
SEALED = "_sealed"


def personal_keys(form: Form) -> frozenset[str]:
    """The answer keys of the questions marked personal, and of those computed from one."""
    return frozenset(q.key for q in form.questions() if q.is_personal)


def without_answers(answers: dict[str, Any], keys: Collection[str]) -> tuple[dict[str, Any], int]:
    """The answers without those under `keys`, at any depth of repeats, and how many went.
    Sealed personal answers (`SEALED`) go with them, counted as one."""
    kept: dict[str, Any] = {}
    gone = 0
    for key, value in answers.items():
        if key in keys or (key == SEALED and keys):
            gone += 1
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            instances = [without_answers(v, keys) for v in value]
            kept[key] = [instance for instance, _ in instances]
            gone += sum(n for _, n in instances)
        else:
            kept[key] = value
    return kept, gone


def split_personal(
    answers: dict[str, Any], keys: Collection[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the answers without the personal ones, the personal ones alone), at any depth of
    repeats: a repeat's personal part is the list of its instances' personal parts, in order,
    so that `merge_personal` puts each back where it was."""
    kept: dict[str, Any] = {}
    personal: dict[str, Any] = {}
    for key, value in answers.items():
        if key in keys:
            personal[key] = value
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            parts = [split_personal(v, keys) for v in value]
            kept[key] = [instance for instance, _ in parts]
            if any(p for _, p in parts):
                personal[key] = [p for _, p in parts]
        else:
            kept[key] = value
    return kept, personal


def merge_personal(kept: dict[str, Any], personal: dict[str, Any]) -> dict[str, Any]:
    """The answers `split_personal` split, whole again."""
    merged = dict(kept)
    for key, value in personal.items():
        here = merged.get(key)
        if isinstance(value, list) and isinstance(here, list):
            parts = value + [{}] * (len(here) - len(value))  # a repeat holds its instances
            merged[key] = [
                merge_personal(instance, part) if isinstance(instance, dict) else instance
                for instance, part in zip(here, parts[: len(here)], strict=True)
            ]
        else:
            merged[key] = value
    return merged
