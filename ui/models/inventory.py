"""The shared inventory and one item's history, as lazy tables over the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from app.records import InventoryChange, InventoryRecord
from app.store import Store
from ui.models.paged_table import Column, PagedTableModel, local_time

#: How a choice name reads for a person: (question name, choice name) -> label.
ChoiceLabel = Callable[[str, str], str]


@dataclass(frozen=True)
class InventoryFilter:
    theme: str | None = None
    kind: str | None = None
    text: str | None = None


class InventoryModel(PagedTableModel[InventoryRecord]):
    def __init__(
        self,
        store: Store,
        neighbourhood_id: str | None,
        label: ChoiceLabel,
        parent: QObject | None = None,
    ) -> None:
        self.store = store
        self.neighbourhood_id = neighbourhood_id
        self.filter = InventoryFilter()
        super().__init__(
            [
                Column(self.tr("Nom"), lambda r: r.name),
                Column(self.tr("Type"), lambda r: label("kind", r.kind)),
                Column(self.tr("Thème"), lambda r: label("theme", r.theme)),
                Column(self.tr("Version"), lambda r: str(r.version)),
                Column(self.tr("Modifié le"), lambda r: local_time(r.updated_at)),
            ],
            parent,
        )

    def fetch_page(self, offset: int, limit: int) -> list[InventoryRecord]:
        f = self.filter
        return self.store.inventory.items(
            self.neighbourhood_id,
            theme=f.theme,
            kind=f.kind,
            text=f.text,
            offset=offset,
            limit=limit,
        )

    def set_filter(self, new: InventoryFilter) -> None:
        if new != self.filter:
            self.filter = new
            self.reload()


#: A value longer than this is cut in the history (the item itself shows it whole).
SHORT = 40


@dataclass(frozen=True)
class FieldView:
    """How an item's fields read in its history: a field's label, a value as a person reads
    it (choices by their labels, "(vide)" for nothing), and whether the person working here
    may see the field's values (personal data is for coaches)."""

    label: Callable[[str], str]
    value: Callable[[str, Any], str]
    shown: Callable[[str], bool]


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


class HistoryModel(PagedTableModel[InventoryChange]):
    """Who changed what in one item, oldest first, each field from what to what: « Téléphone :
    0470 12 34 56 → 0471 98 76 54 »; a personal field's values only for those who may see
    them (« Téléphone : modifié (donnée personnelle) »)."""

    def __init__(self, store: Store, fields: FieldView, parent: QObject | None = None):
        self.store = store
        self.fields = fields
        self.item_id: str | None = None
        self._changes: list[InventoryChange] = []
        self._before: dict[int, dict[str, Any]] = {}
        super().__init__(
            [
                Column(self.tr("Version"), lambda c: str(c.version)),
                Column(self.tr("Date"), lambda c: local_time(c.created_at)),
                Column(self.tr("Par"), lambda c: c.author_name or self.tr("inconnu")),
                Column(self.tr("Modifications"), self.describe),
            ],
            parent,
        )

    def show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self._changes = self.store.inventory.history(item_id) if item_id else []
        by_version = {change.version: change.data for change in self._changes}
        previous: dict[str, Any] = {}
        self._before = {}
        for change in self._changes:  # from the version it was made on, else the one before
            self._before[change.version] = by_version.get(change.base_version, previous)
            previous = change.data
        self.reload()

    def describe(self, change: InventoryChange) -> str:
        if change.deleted:
            return self.tr("Fiche supprimée")
        before = self._before.get(change.version, {})
        parts = []
        for name in change.changed_fields:
            if name.startswith("_"):  # the merge's bookkeeping (open conflicts)
                continue
            label = self.fields.label(name)
            if not self.fields.shown(name):
                parts.append(f"{label} : {self.tr('modifié (donnée personnelle)')}")
                continue
            old = shorten(self.fields.value(name, before.get(name)))
            new = shorten(self.fields.value(name, change.data.get(name)))
            parts.append(f"{label} : {old} → {new}")
        return " · ".join(parts)

    def fetch_page(self, offset: int, limit: int) -> list[InventoryChange]:
        return self._changes[offset : offset + limit]
