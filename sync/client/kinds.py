"""Which kinds of change the server accepts (version skew, issue 16). A newer laptop may hold
changes of a kind an older server does not know (projects, for a server before them): it
pushes what the server accepts and keeps the rest waiting, unsent, until the server states it
accepts them; the sync summary says how many wait, and of which kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, get_args

from pydantic import TypeAdapter, ValidationError

from sync.client.messages import MESSAGES
from sync.wire.errors import render
from sync.wire.protocol import Entity

#: What servers accepted before they stated it in `health`.
LEGACY_KINDS = frozenset({"submission", "inventory", "review"})
#: Every kind this laptop may push.
ALL_KINDS = frozenset(get_args(Entity))
_KINDS = TypeAdapter(list[str])


def accepted_kinds(health: Any) -> frozenset[str]:
    """The kinds a server's `health` answer states, or `LEGACY_KINDS` when it states none."""
    stated = health.get("accepts") if isinstance(health, dict) else None
    try:
        return frozenset(_KINDS.validate_python(stated)) if stated is not None else LEGACY_KINDS
    except ValidationError:
        return LEGACY_KINDS


def waiting_text(waiting: Mapping[str, int], lang: str = "fr") -> str:
    """What to tell the user of the changes kept waiting (`SyncSummary.waiting_kinds`);
    empty when none waits."""
    if not waiting:
        return ""
    kinds = ", ".join(
        f"{render(MESSAGES, f'kind.{kind}', lang, {})} : {count}"
        if lang == "fr"
        else f"{render(MESSAGES, f'kind.{kind}', lang, {})}: {count}"
        for kind, count in sorted(waiting.items())
    )
    return render(
        MESSAGES, "sync.kinds_waiting", lang, {"count": sum(waiting.values()), "kinds": kinds}
    )
