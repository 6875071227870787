"""Who is working, where, and in which language: read from the store's settings and handed
to every section of the window, with the window's change bus (ui.changes). The context reads
them again whenever settings or campaigns are announced (a sync that brings a campaign, the
coach's campaigns tab, the settings dialog), so each section reads the current ones.

A coach's unlocked sealing key (`coach_key`, issue 12) is kept here, in memory only, for the
window's session: every section that merges interviews passes it to `load_dataset`, which
opens the residents' personal answers with it. So is the session's merged tables cache
(`merges`, issue 18): after a sync, each section's merge reads only the interviews that
changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.store import Key, Store
from ui.changes import ChangeBus, Changes

if TYPE_CHECKING:
    from nacl.public import PrivateKey

    from app.merge_cache import MergeCache
    from sync.wire.sealing import LockedKey


@dataclass
class WorkContext:
    store: Store
    neighbourhood_id: str | None
    campaign_id: str | None
    person_id: str | None
    lang: str
    changes: ChangeBus = field(default_factory=ChangeBus)
    #: This laptop's coach key once the coach typed its passphrase: never written anywhere.
    coach_key: PrivateKey | None = field(default=None, repr=False)
    #: Whether the window asked the passphrase already (once per session, when needed).
    coach_key_asked: bool = False
    _merges: MergeCache | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        # the bus's first connection: the views that follow the same announcement, called
        # after it, read the new values
        self.changes.changed.connect(self._changed)

    @property
    def merges(self) -> MergeCache:
        """The interviews merged this session, kept up to date by `load_dataset`: made at the
        first merge (its module imports pandas, which the window does not at start)."""
        if self._merges is None:
            from app.merge_cache import MergeCache

            self._merges = MergeCache()
        return self._merges

    @classmethod
    def from_store(cls, store: Store, lang: str) -> WorkContext:
        return cls(store, *_current(store), lang)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.settings or changes.campaigns:
            self.neighbourhood_id, self.campaign_id, self.person_id = _current(self.store)

    def person(self) -> dict[str, Any] | None:
        return next((p for p in self.store.directory.people() if p["id"] == self.person_id), None)

    def is_coach(self) -> bool:
        person = self.person()
        return person is not None and person["role"] == "coach"

    def locked_coach_key(self) -> LockedKey | None:
        """This laptop's coach key, still locked by the coach's passphrase; None without one."""
        kept = self.store.settings.get(Key.COACH_SEAL_KEY)
        if kept is None:
            return None
        from sync.wire.sealing import LockedKey  # libsodium, loaded when first needed

        return LockedKey.from_text(kept)

    def neighbourhood_name(self) -> str:
        found = [
            n for n in self.store.directory.neighbourhoods() if n["id"] == self.neighbourhood_id
        ]
        return found[0]["name"] if found else ""

    def campaign_name(self) -> str:
        found = [c for c in self.store.directory.campaigns() if c["id"] == self.campaign_id]
        return found[0]["name"] if found else ""


def _current(store: Store) -> tuple[str | None, str | None, str | None]:
    """The neighbourhood, campaign and person this computer works with now."""
    settings = store.settings
    return settings.get(Key.NEIGHBOURHOOD), settings.get(Key.CAMPAIGN), settings.get(Key.PERSON)
