"""The dashboard: progress against the target that matches the filter (the campaign's, or one
street's share of it), needs by theme, the charts of the questions the coach picks, and a
comparison with an earlier campaign of the neighbourhood, for the whole campaign or one street
or volunteer. Every chart can be copied or saved (ui.coach.bar_chart)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import analysis
from app.dataset import Dataset, load_dataset
from ui.coach.bar_chart import BarChart
from ui.errors import show_error
from ui.locale_format import (
    campaign_title,
    format_count,
    format_number,
    format_percent,
)
from ui.operations import Operation
from ui.work_context import WorkContext

DEFAULT_QUESTIONS = ("needs", "tenure", "household_size")


@dataclass(frozen=True)
class DashboardData:
    dataset: Dataset
    progress: analysis.Progress
    #: The target that matches the filter: the campaign's, a street's share, or none.
    target: int | None
    themes: pd.DataFrame
    summaries: list[analysis.QuestionSummary]
    #: analysis.compare_campaigns' table, when an earlier campaign is chosen.
    comparison: pd.DataFrame | None


def dashboard_data(
    dataset: Dataset,
    street: str | None,
    volunteer: str | None,
    questions: list[str],
    lang: str = "fr",
    earlier: Dataset | None = None,
) -> DashboardData:
    """Everything the dashboard shows, computed off the UI thread. A volunteer has no target;
    a street has its share of the campaign's (``analysis.street_targets``)."""
    shown = dataset.filtered(street=street, volunteer=volunteer)
    targets = analysis.street_targets(dataset)
    target = None if volunteer is not None else dataset.target_households
    if street is not None and volunteer is None:
        target = analysis.target_of(targets, street)
    by_street = {s: t for s in shown.streets() if (t := analysis.target_of(targets, s))}
    progress = analysis.campaign_progress(shown, street_targets=by_street if targets else None)
    comparison = None
    if earlier is not None:
        before = earlier.filtered(street=street)
        comparison = analysis.compare_campaigns(before, shown, questions or None, lang)
    return DashboardData(
        shown,
        progress,
        target,
        analysis.needs_by_theme(shown, lang),
        [analysis.question_summary(shown, name, lang) for name in questions],
        comparison,
    )


def summary_bars(summary: analysis.QuestionSummary) -> tuple[list[tuple[str, float]], str]:
    """A summary as bars: percentages of choices, counts of a number's bins."""
    if isinstance(summary, analysis.ChoiceSummary):
        return list(zip(summary.table["label"], summary.table["percent"], strict=True)), " %"
    if isinstance(summary, analysis.NumberSummary):
        bins = summary.histogram
        whole = bool((bins["end"] - bins["start"] == 1).all())
        labels = [
            format_number(s, 1) if whole else f"{format_number(s, 1)}–{format_number(e, 1)}"
            for s, e in zip(bins["start"], bins["end"], strict=True)
        ]
        return list(zip(labels, bins["count"].astype(float), strict=True)), ""
    return [], ""


class Dashboard(QWidget):
    """Emits ``updated`` each time its figures are redrawn."""

    updated = Signal()

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self.dataset: Dataset | None = None
        self.earlier: Dataset | None = None
        self._generation = 0
        self.street = QComboBox()
        self.street.setAccessibleName(self.tr("Filtrer par rue"))
        self.volunteer = QComboBox()
        self.volunteer.setAccessibleName(self.tr("Filtrer par bénévole"))
        for combo in (self.street, self.volunteer):
            combo.currentIndexChanged.connect(self.refresh)
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Comparer avec une campagne précédente"))
        self.compare.currentIndexChanged.connect(self._load_earlier)
        self.picker = QListWidget()
        self.picker.setAccessibleName(self.tr("Questions à afficher"))
        self.picker.setMinimumWidth(300)
        self.picker.itemChanged.connect(self.refresh)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.by_street = BarChart(self.tr("Ménages atteints par rue"))
        self.themes = BarChart(self.tr("Besoins et envies par thème (mentions)"))
        self.comparison_title = QLabel()
        self.comparison_title.setStyleSheet("font-weight: bold;")
        self.comparison = QTableWidget(0, 5)
        self.comparison.setAccessibleName(self.tr("Comparaison avec la campagne précédente"))
        self.comparison.verticalHeader().hide()
        self.comparison.setTabKeyNavigation(False)
        self.comparison.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.comparison.setMinimumHeight(220)
        self.charts = QVBoxLayout()
        figures = QWidget()
        column = QVBoxLayout(figures)
        column.addWidget(self.progress_text)
        column.addWidget(self.progress_bar)
        column.addWidget(self.themes)
        column.addLayout(self.charts)
        column.addWidget(self.comparison_title)
        column.addWidget(self.comparison)
        column.addWidget(self.by_street)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(figures)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("R&ue :"), self.street),
            (self.tr("&Bénévole :"), self.volunteer),
            (self.tr("&Comparer avec :"), self.compare),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        picker_box = QWidget()
        picker_layout = QVBoxLayout(picker_box)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_label = QLabel(self.tr("&Questions affichées :"))
        picker_label.setBuddy(self.picker)
        picker_layout.addWidget(picker_label)
        picker_layout.addWidget(self.picker)
        splitter = QSplitter()
        splitter.addWidget(picker_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._show_comparison(None)

    def set_dataset(self, dataset: Dataset) -> None:
        """Fill the filters and the question list, keeping the coach's choices."""
        self.dataset = dataset
        chosen = set(self.chosen_questions()) or set(DEFAULT_QUESTIONS)
        self._fill(self.street, self.tr("Toutes les rues"), [(s, s) for s in dataset.streets()])
        self._fill(
            self.volunteer,
            self.tr("Tous les bénévoles"),
            [(v, v) for v in dataset.volunteers()],
        )
        self._fill(self.compare, self.tr("(aucune comparaison)"), self._earlier_campaigns(dataset))
        self.picker.blockSignals(True)
        self.picker.clear()
        for question in analysis.analysable(dataset):
            if question.type == "text":
                continue
            item = QListWidgetItem(analysis.question_label(question, self.lang))
            item.setData(Qt.ItemDataRole.UserRole, question.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = question.name in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.picker.addItem(item)
        self.picker.blockSignals(False)
        self.refresh()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _earlier_campaigns(self, dataset: Dataset) -> list[tuple[str, str]]:
        earlier = self.context.store.directory.earlier_campaigns(dataset.campaign_id or "")
        return [(campaign_title(c), c["id"]) for c in earlier]

    def chosen_questions(self) -> list[str]:
        items = (self.picker.item(i) for i in range(self.picker.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _load_earlier(self) -> None:
        campaign = self.compare.currentData()
        if campaign is None:
            self.earlier = None
            self.refresh()
            return
        store, key, merges = self.context.store, self.context.coach_key, self.context.merges
        operation = Operation(
            lambda _ctx: load_dataset(store, campaign_id=campaign, coach_key=key, cache=merges),
            self,
        )
        operation.succeeded.connect(self._earlier_loaded)
        operation.failed.connect(lambda error: show_error(self, error))
        operation.start()

    def _earlier_loaded(self, dataset: Dataset) -> None:
        if dataset.campaign_id == self.compare.currentData():
            self.earlier = dataset
            self.refresh()

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
        questions, lang = self.chosen_questions(), self.lang
        earlier = self.earlier if self.compare.currentData() is not None else None
        operation = Operation(
            lambda _ctx: dashboard_data(dataset, street, volunteer, questions, lang, earlier),
            self,
        )
        operation.succeeded.connect(lambda data: self._show(data, generation))
        operation.failed.connect(lambda error: show_error(self, error))
        operation.start()

    def progress_sentence(self, data: DashboardData) -> str:
        reached = data.progress.reached
        n = format_count(reached)
        street, volunteer = self.street.currentData(), self.volunteer.currentData()
        if volunteer is not None:
            return self.tr("{n} ménages atteints par {volunteer} (pas d'objectif par bénévole)"
                           ).format(n=n, volunteer=volunteer)  # fmt: skip
        if street is not None and data.target is None:
            return self.tr("{n} ménages atteints dans cette rue (pas d'objectif pour cette "
                           "rue : elle n'est pas dans le périmètre de la campagne, ou la "
                           "campagne n'a pas d'objectif)").format(n=n)  # fmt: skip
        if data.target is None:
            return self.tr("{n} ménages atteints (la campagne n'a pas d'objectif)").format(n=n)
        percent = format_percent(reached * 100 / data.target, 0)
        if street is not None:
            return self.tr(
                "{n} ménages atteints dans cette rue sur {target} visés ({percent}) — la part "
                "de la rue dans l'objectif de la campagne, réparti également sur les rues du "
                "périmètre"
            ).format(n=n, target=format_count(data.target), percent=percent)
        return self.tr("{n} ménages atteints sur {target} visés ({percent})").format(
            n=n, target=format_count(data.target), percent=percent
        )

    def _show(self, data: DashboardData, generation: int) -> None:
        if generation != self._generation:
            return
        progress = data.progress
        self.progress_text.setText(self.progress_sentence(data))
        top = data.target or max(progress.reached, 1)
        self.progress_bar.setRange(0, top)
        self.progress_bar.setValue(min(progress.reached, top))
        self.progress_bar.setFormat(
            format_percent(progress.reached * 100 / data.target, 0) if data.target else ""
        )
        self.progress_bar.setTextVisible(bool(data.target))
        self._show_streets(progress.by_street)
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
            chart = BarChart(
                self.tr("{label} ({n} réponses)").format(
                    label=summary.label, n=format_count(summary.respondents)
                )
            )
            bars, unit = summary_bars(summary)
            chart.set_bars(bars, unit, 100 if unit else None)
            self.charts.addWidget(chart)
        self._show_comparison(data.comparison)
        self.updated.emit()

    def _show_streets(self, streets: pd.DataFrame) -> None:
        """Households reached by street; against each street's target when there are."""
        if "target" in streets and streets["target"].notna().any():
            self.by_street.title = self.tr("Ménages atteints par rue, en % de l'objectif de la rue")
            percents = (streets["reached"] * 100 / streets["target"]).fillna(0).astype(float)
            texts = [
                f"{format_count(r)} / {format_count(int(t))}" if pd.notna(t) else format_count(r)
                for r, t in zip(streets["reached"], streets["target"], strict=True)
            ]
            bars = list(zip(streets["street"], percents, strict=True))
            self.by_street.set_bars(bars, " %", 100, texts)
        else:
            self.by_street.title = self.tr("Ménages atteints par rue")
            bars = list(zip(streets["street"], streets["reached"].astype(float), strict=True))
            self.by_street.set_bars(bars)

    def _show_comparison(self, table: pd.DataFrame | None) -> None:
        shown = table is not None
        self.comparison_title.setVisible(shown)
        self.comparison.setVisible(shown)
        if table is None:
            return
        self.comparison_title.setText(
            self.tr("Comparaison avec « {campaign} » (% des répondants ; moyenne pour les nombres)")
            .format(campaign=self.compare.currentText())
        )  # fmt: skip
        self.comparison.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Réponse"), self.tr("Avant"), self.tr("Maintenant"),
             self.tr("Écart")]
        )  # fmt: skip
        self.comparison.setRowCount(len(table))
        for row, record in enumerate(table.itertuples(index=False)):
            choice = self.tr("moyenne") if record.choice == "mean" else record.choice_label
            change = record.change
            cells = [
                record.label,
                choice,
                _number(record.before),
                _number(record.after),
                "" if pd.isna(change) else f"{'+' if change > 0 else ''}{format_number(change, 1)}",
            ]
            for column, text in enumerate(cells):
                self.comparison.setItem(row, column, QTableWidgetItem(text))


def _number(value: float) -> str:
    return "" if pd.isna(value) else format_number(value, 1)
