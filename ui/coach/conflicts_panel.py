"""Inventory conflicts (the same field changed to different values on two devices), as sync
leaves them in the items' data; a coach reads them here."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class ConflictsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fiche"), self.tr("Champ"), self.tr("Avant"), self.tr("Ici"),
             self.tr("Autre appareil")]
        )  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

    def set_conflicts(self, conflicts: pd.DataFrame) -> None:
        self.table.setRowCount(len(conflicts))
        columns = ["name", "field", "base", "current", "incoming"]
        for row, values in enumerate(conflicts[columns].itertuples(index=False)):
            for column, value in enumerate(values):
                self.table.setItem(
                    row, column, QTableWidgetItem("" if value is None else str(value))
                )
        self.table.setVisible(not conflicts.empty)
        self.notice.setText(
            self.tr("Aucun conflit dans l'inventaire partagé : les modifications faites en "
                    "parallèle ont toutes pu être fusionnées.")
            if conflicts.empty
            else self.tr("%n conflit(s) à arbitrer : la même information a été modifiée "
                         "différemment sur deux appareils.", "", len(conflicts))
        )  # fmt: skip
