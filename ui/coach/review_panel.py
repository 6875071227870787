"""Reviewing interviews, keyboard first: filter (state, street, volunteer, dates), sort by any
column, walk the table with the arrows, Space to select, Ctrl+A for the whole filtered set,
Enter to read an interview, A/H/R to approve, mark "to revisit" or reject (a reason required);
a decision on more than one interview says how many before it is stored."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.collation import sort_key
from app.dataset import STREET, SUBMISSION_TIME, VOLUNTEER
from app.review import APPROVED, HAS_ISSUES, REJECTED, STATES, review, state_label
from ui.changes import Changes
from ui.coach.interview_dialog import InterviewDialog
from ui.coach.review_dialog import ReviewDialog, plural
from ui.coach.review_model import STATE, ReviewModel
from ui.errors import show_error
from ui.form_filler.editors import DateEditor
from ui.operations import Operation
from ui.work_context import WorkContext

KEYS = {Qt.Key.Key_A: APPROVED, Qt.Key.Key_H: HAS_ISSUES, Qt.Key.Key_R: REJECTED}


def filtered(
    frame: pd.DataFrame,
    state: str | None = None,
    street: str | None = None,
    volunteer: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> pd.DataFrame:
    """The interviews the filters let through; ``since``/``until`` are ISO days, both
    included, compared with the local day each interview was sent."""
    if frame.empty:
        return frame
    keep = pd.Series(True, index=frame.index)
    for column, value in ((STATE, state), (STREET, street), (VOLUNTEER, volunteer)):
        if value is not None and column in frame:
            keep &= frame[column] == value
    if since or until:
        sent = pd.to_datetime(frame[SUBMISSION_TIME], utc=True, format="ISO8601")
        local = sent.dt.tz_convert(datetime.now().astimezone().tzinfo)
        days = local.dt.strftime("%Y-%m-%d")
        if since:
            keep &= days >= since
        if until:
            keep &= days <= until
    return frame[keep]


class ReviewTable(QTableView):
    """Arrows move, Space selects or unselects the current row, A/H/R ask for a decision,
    Enter opens; Tab leaves the table (it does not walk its cells)."""

    decide = Signal(str)
    open_current = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda _index: self.open_current.emit())

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Arrows move the cursor and leave the selection alone (Space makes it); with Shift
        they extend it, and the mouse selects as everywhere."""
        shifted = isinstance(event, QKeyEvent) and bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if isinstance(event, QKeyEvent) and not shifted:
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Space and plain and self.currentIndex().isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.selectionModel().select(self.currentIndex(), flags.Toggle | flags.Rows)
        elif key in KEYS and plain:
            self.decide.emit(KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current.emit()
        else:
            super().keyPressEvent(event)


class ReviewPanel(QWidget):
    """Emits ``reviewed(ids, state, comment)`` once a review is stored (the workspace updates
    its data in memory), and announces it on the window's change bus."""

    reviewed = Signal(list, str, str)

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.lang = context.lang
        self.frame = pd.DataFrame()
        self.shown = pd.DataFrame()
        self.dialog: ReviewDialog | None = None
        self.interview: InterviewDialog | None = None
        self._resume: tuple[int, str | None, bool] | None = None
        self.model = ReviewModel(self)
        self.state_filter = self._combo(self.tr("Filtrer par état"), self.tr("Tous les états"))
        for state in STATES:
            self.state_filter.addItem(state_label(state, self.lang), state)
        self.street_filter = self._combo(self.tr("Filtrer par rue"), self.tr("Toutes les rues"))
        self.volunteer_filter = self._combo(
            self.tr("Filtrer par bénévole"), self.tr("Tous les bénévoles")
        )
        self.since = DateEditor()
        self.until = DateEditor()
        self.since.set_accessible_name(self.tr("Envoyés depuis le"))
        self.until.set_accessible_name(self.tr("Envoyés jusqu'au"))
        for editor in (self.since, self.until):
            editor.edited.connect(lambda _v: self._show())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Sélection"))
        self.table = ReviewTable()
        self.table.setAccessibleName(self.tr("Entretiens à relire"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((130, 200, 50, 160, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._count_selection)
        self.table.decide.connect(self.apply)
        self.table.open_current.connect(self.open_current)
        self.buttons = {
            APPROVED: QPushButton(self.tr("&Approuver (A)")),
            HAS_ISSUES: QPushButton(self.tr("À re&voir (H)")),
            REJECTED: QPushButton(self.tr("Re&jeter (R)")),
        }
        self.open_button = QPushButton(self.tr("&Ouvrir (Entrée)"))
        self.open_button.clicked.connect(self.open_current)
        help_text = QLabel(
            self.tr(
                "Flèches : se déplacer · Espace : (dé)sélectionner · Ctrl+A : tout le filtre · "
                "Entrée : lire l'entretien"
            )
        )
        help_text.setStyleSheet("color: palette(mid);")
        help_text.setWordWrap(True)  # a narrow window (150 % scaling) folds it
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("É&tat :"), self.state_filter),
            (self.tr("R&ue :"), self.street_filter),
            (self.tr("&Bénévole :"), self.volunteer_filter),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            top.addWidget(buddy)
            top.addWidget(widget, 1)
        top.addWidget(QLabel(self.tr("Du")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("au")))
        top.addWidget(self.until)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.open_button)
        for state, button in self.buttons.items():
            button.clicked.connect(lambda _=False, s=state: self.apply(s))
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(help_text)
        layout.addLayout(actions)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._show)
        return combo

    def set_interviews(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        for combo, column in ((self.street_filter, STREET), (self.volunteer_filter, VOLUNTEER)):
            values = frame[column].dropna().unique() if column in frame else []
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in sorted(values, key=sort_key):
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        self.shown = filtered(
            self.frame,
            self.state_filter.currentData(),
            self.street_filter.currentData(),
            self.volunteer_filter.currentData(),
            self.since.value,
            self.until.value,
        )
        self.model.set_frame(self.shown)
        self._place_cursor()
        self._count_selection()

    def _place_cursor(self) -> None:
        """After a decision: back on the row decided (the next one after a single decision),
        or where it was when the filter hid it."""
        resume, self._resume = self._resume, None
        if resume is None:
            return
        self.table.setFocus()
        if not self.model.rowCount():
            return
        row, sid, advance = resume
        found = self.model.row_of(sid) if sid else None
        target = found + 1 if found is not None and advance else row if found is None else found
        target = min(target, self.model.rowCount() - 1)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(target, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _count_selection(self) -> None:
        total, chosen = self.model.rowCount(), len(self.selected_rows())
        shown = plural(total, self.tr("{n} entretien affiché"), self.tr("{n} entretiens affichés"),
                       self.lang)  # fmt: skip
        picked = plural(chosen, self.tr("{n} sélectionné"), self.tr("{n} sélectionnés"), self.lang)
        self.count.setText(f"{shown} · {picked}")

    def selected_rows(self) -> list[int]:
        """The selected rows, from the selection's ranges (a whole filter of 100,000 rows is
        one range: no index per row is made)."""
        rows: set[int] = set()
        for span in self.table.selectionModel().selection().toList():
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[str]:
        return self.model.ids_of(self.selected_rows())

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        sid = self.model.ids_of([index.row()])[0]
        self.interview = InterviewDialog(
            self.store, sid, self.lang, self, coach_key=self.context.coach_key
        )
        self.interview.finished.connect(lambda _r: self.table.setFocus())
        self.interview.open()

    def apply(self, state: str) -> None:
        """Ask (how many; the comment, a reason to reject) unless a single interview is
        approved, then store the review off the UI thread."""
        ids = self.selected_ids()
        if not ids and self.table.currentIndex().isValid():
            ids = self.model.ids_of([self.table.currentIndex().row()])
        if not ids:
            self.count.setText(self.tr("Sélectionnez d'abord des entretiens."))
            return
        if state == APPROVED and len(ids) == 1:
            self._store(ids, state, "")
            return
        self.dialog = ReviewDialog(state, len(ids), self.lang, self)
        self.dialog.accepted.connect(lambda: self._confirmed(ids))
        self.dialog.finished.connect(lambda _r: self.table.setFocus())
        self.dialog.open()

    def _confirmed(self, ids: list[str]) -> None:
        assert self.dialog is not None
        self._store(ids, self.dialog.state, self.dialog.text())

    def _store(self, ids: list[str], state: str, comment: str) -> None:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        sid = self.model.ids_of([row])[0] if current.isValid() else None
        self._resume = (row, sid, len(ids) == 1)
        operation = Operation(lambda _ctx: review(self.store, ids, state, comment), self)
        operation.succeeded.connect(lambda _changed: self.reviewed.emit(ids, state, comment))
        operation.failed.connect(lambda error: show_error(self, error))
        self._enable(False)
        operation.done.connect(lambda: self._enable(True))
        operation.announce(self.context.changes, Changes(reviews=True, outbox=True), self)
        operation.start()

    def _enable(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
