"""The review table: a thin Qt model over the merged dataset's interviews (the filtered ones),
sortable by any column. Every filtered row is in the model, so selecting all selects the
whole filtered set (the view asks ``data`` only for the rows on screen)."""

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

from app.collation import sort_key
from app.dataset import STREET, SUBMISSION_TIME, VOLUNTEER
from app.review import state_label
from ui.locale_format import format_datetime, interface_language

Index = QModelIndex | QPersistentModelIndex
STATE = "_review_state"
COMMENT = "_review_comment"
#: Sorted by their text in reading order (accents and case aside); the others as stored.
_BY_NAME = (STREET, VOLUNTEER, COMMENT)


def _columns() -> list[tuple[str, str]]:
    return [
        (SUBMISSION_TIME, QCoreApplication.translate("ReviewModel", "Envoyé le")),
        (STREET, QCoreApplication.translate("ReviewModel", "Rue")),
        ("house_number", QCoreApplication.translate("ReviewModel", "N°")),
        (VOLUNTEER, QCoreApplication.translate("ReviewModel", "Bénévole")),
        (STATE, QCoreApplication.translate("ReviewModel", "État")),
        (COMMENT, QCoreApplication.translate("ReviewModel", "Commentaire")),
    ]


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = _columns()
        self.frame = pd.DataFrame()
        self._values: list[list[Any]] = []
        self._ids: list[str] = []
        self._order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.sort(*self._order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by one column (the interview id breaks ties, so the order is stable)."""
        self._order = (column, order)
        self.beginResetModel()
        frame, name = self.frame, self.columns[column][0]
        if not frame.empty:
            key = frame[name] if name in frame else pd.Series("", index=frame.index)
            text = key.fillna("").astype(str)
            keys = text.map(sort_key) if name in _BY_NAME else text
            if name == STATE:
                keys = text.map(lambda s: sort_key(state_label(s, interface_language())))
            ordered = sorted(
                range(len(frame)),
                key=lambda i: (keys.iat[i], frame["_id"].iat[i]),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            frame = frame.iloc[ordered]
        self._values = [
            frame[name].tolist() if name in frame else [None] * len(frame)
            for name, _ in self.columns
        ]
        self._ids = frame["_id"].tolist() if "_id" in frame else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self._values[index.column()][index.row()]
        if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
            return ""
        name = self.columns[index.column()][0]
        if name == STATE:
            return state_label(str(value), interface_language())
        if name == SUBMISSION_TIME:
            return format_datetime(str(value))
        if name == COMMENT and role == Qt.ItemDataRole.DisplayRole:
            return str(value).replace("\n", " · ")
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def ids_of(self, rows: list[int]) -> list[str]:
        return [self._ids[row] for row in rows]

    def row_of(self, sid: str) -> int | None:
        try:
            return self._ids.index(sid)
        except ValueError:
            return None
