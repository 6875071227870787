"""Who is working, where, and in which language: read once from the store's settings and
handed to every section of the window, with the window's change bus (ui.changes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.store import Key, Store
from ui.changes import ChangeBus


@dataclass
class WorkContext:
    store: Store
    neighbourhood_id: str | None
    campaign_id: str | None
    person_id: str | None
    lang: str
    changes: ChangeBus = field(default_factory=ChangeBus)

    @classmethod
    def from_store(cls, store: Store, lang: str) -> WorkContext:
        return cls(
            store,
            store.settings.get(Key.NEIGHBOURHOOD),
            store.settings.get(Key.CAMPAIGN),
            store.settings.get(Key.PERSON),
            lang,
        )

    def person(self) -> dict[str, Any] | None:
        return next((p for p in self.store.directory.people() if p["id"] == self.person_id), None)

    def is_coach(self) -> bool:
        person = self.person()
        return person is not None and person["role"] == "coach"

    def neighbourhood_name(self) -> str:
        found = [
            n for n in self.store.directory.neighbourhoods() if n["id"] == self.neighbourhood_id
        ]
        return found[0]["name"] if found else ""

    def campaign_name(self) -> str:
        found = [c for c in self.store.directory.campaigns() if c["id"] == self.campaign_id]
        return found[0]["name"] if found else ""
