"""The duplicates queue: each proposed pair side by side; keep one, keep both, or merge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import duplicates
from app.analysis import question_label
from app.dataset import STREET, SUBMISSION_TIME, VOLUNTEER, Dataset, choice_labels
from app.duplicates import HOUSE_NUMBER, DuplicatePair
from survey_forms.model import METADATA_TYPES
from ui.changes import Changes
from ui.errors import show_error
from ui.operations import Operation
from ui.work_context import WorkContext


class DuplicatesPanel(QWidget):
    """A decision, once stored, is announced on the window's change bus (the workspace then
    merges again)."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.pairs: list[DuplicatePair] = []
        self.rows: dict[str, pd.Series] = {}
        self.dataset: Dataset | None = None
        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Doublons proposés"))
        self.queue.currentRowChanged.connect(self._compare)
        self.summary = QLabel()
        self.comparison = QTableWidget(0, 3)
        self.comparison.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Premier entretien"), self.tr("Second entretien")]
        )
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().hide()
        self.comparison.setWordWrap(False)
        self.decisions: dict[str, QPushButton] = {
            "keep_first": QPushButton(self.tr("Garder le premier")),
            "keep_second": QPushButton(self.tr("Garder le second")),
            "keep_both": QPushButton(self.tr("Garder les deux (ménages distincts)")),
            "merge": QPushButton(self.tr("Fusionner dans le premier")),
        }
        buttons = QHBoxLayout()
        for name, button in self.decisions.items():
            button.clicked.connect(lambda _=False, n=name: self.decide(n))
            buttons.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.comparison, 1)
        detail_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.queue)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._enable(False)

    def set_pairs(self, dataset: Dataset, pairs: list[DuplicatePair]) -> None:
        self.dataset, self.pairs = dataset, pairs
        self.rows = {row["_id"]: row for _, row in dataset.interviews.iterrows()
                     if any(row["_id"] in (p.first_id, p.second_id) for p in pairs)}  # fmt: skip
        self.queue.clear()
        for pair in pairs:
            first = self.rows[pair.first_id]
            address = f"{_text(first.get(STREET))} {_text(first.get(HOUSE_NUMBER))}"
            self.queue.addItem(
                self.tr("{address} — ressemblance {score} % — {days} j d'écart").format(
                    address=address, score=round(pair.score * 100), days=pair.days_apart
                )
            )
        if not pairs:
            self.summary.setText(self.tr("Aucun doublon proposé."))
            self.comparison.setRowCount(0)
            self._enable(False)
        else:
            self.queue.setCurrentRow(0)

    def _enable(self, enabled: bool) -> None:
        for button in self.decisions.values():
            button.setEnabled(enabled)

    def current(self) -> DuplicatePair | None:
        row = self.queue.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _compare(self, row: int) -> None:
        pair = self.current()
        if pair is None or self.dataset is None:
            return
        first, second = self.rows[pair.first_id], self.rows[pair.second_id]
        questions = [question_label(self.dataset.question(n), "fr") for n in pair.differences]
        differing = ", ".join(questions) or self.tr("aucune")
        self.summary.setText(
            self.tr("Mêmes adresse et ménage ; réponses qui diffèrent : {fields}").format(
                fields=differing
            )
        )
        lines: list[tuple[str, str, dict[str, str]]] = [
            (self.tr("Bénévole"), VOLUNTEER, {}),
            (self.tr("Envoyé le"), SUBMISSION_TIME, {}),
        ]
        lines += [
            (question_label(q, "fr"), q.key, choice_labels(q, "fr"))
            for q in self.dataset.questions
            if q.type not in METADATA_TYPES
        ]
        self.comparison.setRowCount(len(lines))
        for index, (label, key, labels) in enumerate(lines):
            values = [_text(first.get(key), labels), _text(second.get(key), labels)]
            for column, text in enumerate([label, *values]):
                self.comparison.setItem(index, column, QTableWidgetItem(text))
        self._enable(True)

    def decide(self, action: str) -> None:
        pair = self.current()
        if pair is None:
            return
        calls: dict[str, Callable[[], Any]] = {
            "keep_first": lambda: duplicates.keep_one(self.store, pair.first_id, pair.second_id),
            "keep_second": lambda: duplicates.keep_one(self.store, pair.second_id, pair.first_id),
            "keep_both": lambda: duplicates.keep_both(self.store, pair.first_id, pair.second_id),
            "merge": lambda: duplicates.merge(self.store, pair.first_id, pair.second_id),
        }
        self._enable(False)
        operation = Operation(lambda _ctx: calls[action](), self)
        operation.failed.connect(lambda error: show_error(self, error))
        changes = Changes(submissions=action == "merge", reviews=True, outbox=True)
        operation.announce(self.context.changes, changes, self).start()


def _text(value: Any, labels: dict[str, str] | None = None) -> str:
    """An answer as the coach reads it: choices by their labels, nothing for no answer."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if labels:
        return ", ".join(labels.get(name, name) for name in str(value).split())
    return str(value)
