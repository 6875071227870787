"""The dashboard: progress against the target by street, needs by theme, and the charts of the
questions the coach picks, for the whole campaign or one street or volunteer."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import analysis
from app.dataset import Dataset
from ui.coach.bar_chart import BarChart
from ui.errors import show_error
from ui.operations import Operation

DEFAULT_QUESTIONS = ("needs", "tenure", "household_size")


@dataclass(frozen=True)
class DashboardData:
    dataset: Dataset
    progress: analysis.Progress
    themes: pd.DataFrame
    summaries: list[analysis.QuestionSummary]


def dashboard_data(
    dataset: Dataset, street: str | None, volunteer: str | None, questions: list[str]
) -> DashboardData:
    """Everything the dashboard shows, computed off the UI thread."""
    shown = dataset.filtered(street=street, volunteer=volunteer)
    return DashboardData(
        shown,
        analysis.campaign_progress(shown),
        analysis.needs_by_theme(shown),
        [analysis.question_summary(shown, name) for name in questions],
    )


def summary_bars(summary: analysis.QuestionSummary) -> tuple[list[tuple[str, float]], str]:
    """A summary as bars: percentages of choices, counts of a number's bins."""
    if isinstance(summary, analysis.ChoiceSummary):
        return list(zip(summary.table["label"], summary.table["percent"], strict=True)), " %"
    if isinstance(summary, analysis.NumberSummary):
        bins = summary.histogram
        whole = bool((bins["end"] - bins["start"] == 1).all())
        labels = [
            f"{s:g}" if whole else f"{s:g}–{e:g}"
            for s, e in zip(bins["start"], bins["end"], strict=True)
        ]
        return list(zip(labels, bins["count"].astype(float), strict=True)), ""
    return [], ""


class Dashboard(QWidget):
    """Emits ``updated`` each time its figures are redrawn."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self._generation = 0
        self.street = QComboBox()
        self.street.setAccessibleName(self.tr("Filtrer par rue"))
        self.volunteer = QComboBox()
        self.volunteer.setAccessibleName(self.tr("Filtrer par bénévole"))
        for combo in (self.street, self.volunteer):
            combo.currentIndexChanged.connect(self.refresh)
        self.picker = QListWidget()
        self.picker.setAccessibleName(self.tr("Questions à afficher"))
        self.picker.setMinimumWidth(300)
        self.picker.itemChanged.connect(self.refresh)
        self.progress_text = QLabel()
        self.progress_bar = QProgressBar()
        self.by_street = BarChart(self.tr("Ménages atteints par rue"))
        self.themes = BarChart(self.tr("Besoins et envies par thème (mentions)"))
        self.charts = QVBoxLayout()
        figures = QWidget()
        column = QVBoxLayout(figures)
        column.addWidget(self.progress_text)
        column.addWidget(self.progress_bar)
        column.addWidget(self.themes)
        column.addLayout(self.charts)
        column.addWidget(self.by_street)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(figures)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Rue :")))
        filters.addWidget(self.street, 1)
        filters.addWidget(QLabel(self.tr("Bénévole :")))
        filters.addWidget(self.volunteer, 1)
        picker_box = QWidget()
        picker_layout = QVBoxLayout(picker_box)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(QLabel(self.tr("Questions affichées :")))
        picker_layout.addWidget(self.picker)
        splitter = QSplitter()
        splitter.addWidget(picker_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def set_dataset(self, dataset: Dataset) -> None:
        """Fill the filters and the question list, keeping the coach's choices."""
        self.dataset = dataset
        chosen = set(self.chosen_questions()) or set(DEFAULT_QUESTIONS)
        for combo, everything, values in (
            (self.street, self.tr("Toutes les rues"), dataset.streets()),
            (self.volunteer, self.tr("Tous les bénévoles"), dataset.volunteers()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.picker.blockSignals(True)
        self.picker.clear()
        for question in analysis.analysable(dataset):
            if question.type == "text":
                continue
            item = QListWidgetItem(analysis.question_label(question, "fr"))
            item.setData(Qt.ItemDataRole.UserRole, question.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = question.name in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.picker.addItem(item)
        self.picker.blockSignals(False)
        self.refresh()

    def chosen_questions(self) -> list[str]:
        items = (self.picker.item(i) for i in range(self.picker.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def refresh(self) -> None:
        """Recompute the figures for the current filters off the UI thread; a result that
        arrives after a newer request is dropped."""
        if self.dataset is None:
            return
        self._generation += 1
        generation = self._generation
        dataset, street, volunteer = (
            self.dataset,
            self.street.currentData(),
            self.volunteer.currentData(),
        )
        questions = self.chosen_questions()
        operation = Operation(
            lambda _ctx: dashboard_data(dataset, street, volunteer, questions), self
        )
        operation.succeeded.connect(lambda data: self._show(data, generation))
        operation.failed.connect(lambda error: show_error(self, error))
        operation.start()

    def _show(self, data: DashboardData, generation: int) -> None:
        if generation != self._generation:
            return
        progress = data.progress
        if progress.target:
            self.progress_text.setText(
                self.tr("{reached} ménages atteints sur {target} visés ({percent} %)").format(
                    reached=progress.reached, target=progress.target,
                    percent=f"{progress.percent_of_target:g}".replace(".", ","),
                )
            )  # fmt: skip
            self.progress_bar.setRange(0, progress.target)
            self.progress_bar.setValue(min(progress.reached, progress.target))
        else:
            self.progress_text.setText(
                self.tr("{reached} ménages atteints").format(reached=progress.reached)
            )
            self.progress_bar.setRange(0, max(progress.reached, 1))
            self.progress_bar.setValue(progress.reached)
        streets = progress.by_street
        self.by_street.set_bars(
            list(zip(streets["street"], streets["reached"].astype(float), strict=True))
        )
        themes = data.themes
        self.themes.set_bars(
            list(zip(themes["label"], themes["mentions"].astype(float), strict=True))
        )
        while self.charts.count():
            item = self.charts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for summary in data.summaries:
            chart = BarChart(f"{summary.label} ({summary.respondents} réponses)")
            bars, unit = summary_bars(summary)
            chart.set_bars(bars, unit, 100 if unit else None)
            self.charts.addWidget(chart)
        self.updated.emit()
