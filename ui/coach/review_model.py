"""The review table: a thin Qt model over the merged dataset's interviews, loaded lazily."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.dataset import STREET, SUBMISSION_TIME, VOLUNTEER
from app.review import state_label

Index = QModelIndex | QPersistentModelIndex
BATCH = 500
STATE = "_review_state"


def _columns() -> list[tuple[str, str]]:
    tr = QCoreApplication.translate
    return [
        (SUBMISSION_TIME, tr("Coach", "Envoyé le")),
        (STREET, tr("Coach", "Rue")),
        (VOLUNTEER, tr("Coach", "Bénévole")),
        (STATE, tr("Coach", "État")),
        ("_review_comment", tr("Coach", "Commentaire")),
        ("_id", tr("Coach", "Identifiant")),
    ]


class ReviewModel(QAbstractTableModel):
    """Rows of ``set_frame``'s DataFrame; ``fetchMore`` shows them 500 at a time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = _columns()
        self._values: list[list[Any]] = []
        self._ids: list[str] = []
        self._shown = 0
        self.lang = "fr"

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._values = [
            frame[name].tolist() if name in frame else [None] * len(frame)
            for name, _ in self.columns
        ]
        self._ids = frame["_id"].tolist()
        self._shown = min(BATCH, len(self._ids))
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = min(BATCH, len(self._ids) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self._values[index.column()][index.row()]
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return ""
        name = self.columns[index.column()][0]
        if name == STATE:
            return state_label(str(value), self.lang)
        if name == SUBMISSION_TIME:
            return str(value)[:16].replace("T", " ")
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def ids_of(self, rows: list[int]) -> list[str]:
        return [self._ids[row] for row in rows]
