"""The shared inventory and one item's history, as lazy tables over the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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


class HistoryModel(PagedTableModel[InventoryChange]):
    """Who changed what in one item, oldest first."""

    def __init__(self, store: Store, label: Callable[[str], str], parent: QObject | None = None):
        self.store = store
        self.item_id: str | None = None
        self._changes: list[InventoryChange] = []
        super().__init__(
            [
                Column(self.tr("Version"), lambda c: str(c.version)),
                Column(self.tr("Date"), lambda c: local_time(c.created_at)),
                Column(self.tr("Par"), lambda c: c.author_name or self.tr("inconnu")),
                Column(
                    self.tr("Champs modifiés"),
                    lambda c: ", ".join(label(f) for f in c.changed_fields),
                ),
            ],
            parent,
        )

    def show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self._changes = self.store.inventory.history(item_id) if item_id else []
        self.reload()

    def fetch_page(self, offset: int, limit: int) -> list[InventoryChange]:
        return self._changes[offset : offset + limit]
