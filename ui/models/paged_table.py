"""A thin, lazily filled table model over a paged store query (canFetchMore/fetchMore): the
view asks for rows as it scrolls, so 100,000 records cost what is on screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, how a record shows in it, and the store's sort key if any."""

    header: str
    display: Callable[[T], str]
    sort_key: str | None = None


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp as the volunteer's local date and time."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    return moment.toLocalTime().toString("dd/MM/yyyy HH:mm") if moment.isValid() else stamp


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows come from `fetch_page(offset, limit)`, one page at a time, never all at once."""

    PAGE = 200

    def __init__(self, columns: list[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[T] = []
        self._exhausted = False

    def fetch_page(self, offset: int, limit: int) -> list[T]:
        raise NotImplementedError

    def record(self, row: int) -> T:
        return self._rows[row]

    def reload(self) -> None:
        """Forget the rows fetched so far and fetch the first page again."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self.fetch_page(len(self._rows), self.PAGE)
        self._exhausted = len(page) < self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].display(record)
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None
