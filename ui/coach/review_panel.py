"""Reviewing interviews in bulk: filter by state, select rows, give them a state and comment."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.review import APPROVED, HAS_ISSUES, REJECTED, STATES, review, state_label
from ui.changes import Changes
from ui.coach.review_model import STATE, ReviewModel
from ui.errors import show_error
from ui.operations import Operation
from ui.work_context import WorkContext


class ReviewPanel(QWidget):
    """Emits ``reviewed(ids, state, comment)`` once a bulk review is stored (the workspace
    updates its data in memory), and announces it on the window's change bus."""

    reviewed = Signal(list, str, str)

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.frame = pd.DataFrame()
        self.model = ReviewModel(self)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Filtrer par état"))
        self.state_filter.addItem(self.tr("Tous les états"), None)
        for state in STATES:
            self.state_filter.addItem(state_label(state), state)
        self.state_filter.currentIndexChanged.connect(self._show)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(
            self.tr("Commentaire (facultatif, pour toute la sélection)")
        )
        self.buttons = {
            APPROVED: QPushButton(self.tr("Approuver")),
            HAS_ISSUES: QPushButton(self.tr("À revoir")),
            REJECTED: QPushButton(self.tr("Rejeter")),
        }
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("État :")))
        top.addWidget(self.state_filter)
        top.addStretch()
        top.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.comment, 1)
        for state, button in self.buttons.items():
            button.clicked.connect(lambda _=False, s=state: self.apply(s))
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def set_interviews(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._show()

    def _show(self) -> None:
        state = self.state_filter.currentData()
        shown = (
            self.frame
            if state is None or self.frame.empty
            else self.frame[self.frame[STATE] == state]
        )
        self.model.set_frame(shown)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%n entretien(s)", "", len(shown)))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.ids_of(rows)

    def apply(self, state: str) -> None:
        """Store the review of every selected interview off the UI thread."""
        ids = self.selected_ids()
        if not ids:
            self.count.setText(self.tr("Sélectionnez d'abord des entretiens."))
            return
        comment = self.comment.text()
        operation = Operation(lambda _ctx: review(self.store, ids, state, comment), self)
        operation.succeeded.connect(lambda _changed: self._done(ids, state, comment.strip()))
        operation.failed.connect(lambda error: show_error(self, error))
        self._enable(False)
        operation.done.connect(lambda: self._enable(True))
        operation.announce(self.context.changes, Changes(reviews=True, outbox=True), self)
        operation.start()

    def _enable(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    def _done(self, ids: list[str], state: str, comment: str) -> None:
        self.comment.clear()
        self.reviewed.emit(ids, state, comment)
