"""The Entretiens section: the interview list (search, filters, sorting over the store's
paged query) and, in its place, the interview being filled in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.records import DRAFT, FINALIZED, SubmissionQuery, SubmissionRecord
from survey_forms import Form
from survey_forms.builtin import INTERVIEW_FORM
from sync.wire.errors import QuartierError
from ui.changes import Changes, Follower
from ui.errors import error_text, show_error
from ui.first_paint import FirstPaint
from ui.form_filler.editors import DateEditor
from ui.form_filler.interview_editor import OPEN_DRAFT, InterviewEditor
from ui.locale_format import format_count
from ui.models.submissions import SubmissionsModel
from ui.operations import Operation
from ui.preferences import preferences
from ui.work_context import WorkContext

FILTER_DELAY_MS = 250


def shrink(combo: QComboBox) -> None:
    """Let a filter combo box narrow on a small or scaled screen (long names are elided)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)


def forget_open_draft() -> None:
    settings = preferences()
    settings.remove(OPEN_DRAFT)
    settings.sync()


class InterviewFilters(QWidget):
    """Search text, status, street, volunteer and a date range -> a SubmissionQuery."""

    changed = Signal()

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        store = context.store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher dans les réponses (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setClearButtonEnabled(True)
        self.status = self._combo(
            self.tr("Statut"), [(self.tr("Brouillons"), DRAFT), (self.tr("Finalisés"), FINALIZED)]
        )
        self.street = self._combo(self.tr("Rue"), [])
        self.streets = Operation(
            lambda _ctx: store.submissions.streets(), self
        )  # 100k rows: off-thread
        self.streets.succeeded.connect(self._add_streets)
        self.volunteer = self._combo(
            self.tr("Bénévole"), [(p["name"], p["id"]) for p in store.directory.people()]
        )
        self.since = DateEditor()
        self.until = DateEditor()
        self.since.set_accessible_name(self.tr("Depuis le"))
        self.until.set_accessible_name(self.tr("Jusqu'au"))
        self.search.textChanged.connect(self.changed)
        for editor in (self.since, self.until):
            editor.edited.connect(lambda _v: self.changed.emit())
        choices = QHBoxLayout()
        for widget in (self.status, self.street, self.volunteer):
            choices.addWidget(widget, 1)
        choices.addWidget(QLabel(self.tr("du")))
        choices.addWidget(self.since)
        choices.addWidget(QLabel(self.tr("au")))
        choices.addWidget(self.until)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(choices)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        shrink(combo)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("%1 : tous").replace("%1", name), None)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _add_streets(self, streets: list[str]) -> None:
        for street in streets:
            self.street.addItem(street, street)

    def apply(self, query: SubmissionQuery) -> SubmissionQuery:
        until = self.until.value
        return replace(
            query,
            text=self.search.text().strip() or None,
            status=self.status.currentData(),
            street=self.street.currentData(),
            author_id=self.volunteer.currentData(),
            since=self.since.value,
            until=(date.fromisoformat(until) + timedelta(days=1)).isoformat() if until else None,
        )


class InterviewsPage(QWidget):
    """List and editor in one place: the editor replaces the list while an interview is open."""

    message = Signal(str)

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: InterviewEditor | None = None
        self.count_operation: Operation | None = None
        self.model = SubmissionsModel(context.store, context.lang, self)
        self.model.fetchMore()  # the first page at once, the rest as the list scrolls
        self.filters = InterviewFilters(context)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filters)
        self.filters.changed.connect(self.filter_timer.start)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste des entretiens"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self.open_index)
        for column, width in enumerate((150, 220, 160, 180)):
            self.table.setColumnWidth(column, width)

        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&Nouvel entretien (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_interview)
        self.open_button = QPushButton(self.tr("&Ouvrir"))
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.new_button)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        FirstPaint(self.table.viewport()).painted.connect(self._load_in_background)
        Follower(list_page, context.changes, lambda c, _by: c.submissions, self.refresh)

    def _load_in_background(self) -> None:
        """Once the list is on screen: count what it holds, list the streets to filter on."""
        self.update_count()
        self.filters.streets.start()

    # ------------------------------------------------------------------ the list

    def apply_filters(self) -> None:
        self.model.set_query(self.filters.apply(self.model.query))
        self.update_count()

    def update_count(self) -> None:
        """Counting 100,000 rows takes a moment: it runs off the UI thread."""
        if self.count_operation is not None:
            self.count_operation.cancel()
        query = self.model.query
        self.count.setText(self.tr("Comptage…"))
        operation = Operation(lambda _ctx: self.context.store.submissions.count(query), self)
        operation.succeeded.connect(
            lambda n: self.count.setText(self.tr("%1 entretien(s)").replace("%1", format_count(n)))
        )
        operation.failed.connect(lambda error: self.count.setText(error_text(error)))
        self.count_operation = operation.start()

    def focus_search(self) -> None:
        self.close_editor()
        if self.editor is None:
            self.filters.search.setFocus()
            self.filters.search.selectAll()

    def refresh(self) -> None:
        self.model.reload()
        self.update_count()

    # ------------------------------------------------------------------ the editor

    def new_interview(self) -> None:
        if not self.close_editor():
            return
        try:
            form = self.context.store.forms.get(INTERVIEW_FORM)
        except QuartierError as error:
            show_error(self, error)
            return
        self.show_editor(form, None)

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_submission(self.model.record(index.row()).id)

    def open_submission(self, submission_id: str) -> None:
        if not self.close_editor():
            return
        try:
            record = self.context.store.submissions.get(submission_id)
            form = self.context.store.forms.get(record.form_id, record.form_version)
        except QuartierError as error:
            show_error(self, error)
            return
        self.show_editor(form, record)

    def show_editor(self, form: Form, record: SubmissionRecord | None) -> None:
        editor = InterviewEditor(
            self.context.store,
            form,
            record,
            author_id=self.context.person_id,
            campaign_id=self.context.campaign_id,
            lang=self.context.lang,
        )
        editor.finalized.connect(self._finalized)
        editor.correctionStarted.connect(lambda draft: self._corrected(form, draft))
        editor.closeRequested.connect(self.close_editor)
        editor.deleted.connect(self._deleted)
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        editor.restore_position()

    def _corrected(self, form: Form, draft: SubmissionRecord) -> None:
        """A correction is a new draft: the list will show it, and it opens in its place."""
        self._drop_editor()
        self.show_editor(form, draft)
        self._announce(Changes(submissions=True))  # the list, hidden, is refreshed when shown

    def _finalized(self, record: SubmissionRecord) -> None:
        forget_open_draft()
        self._drop_editor()
        self._announce(Changes(submissions=True, outbox=True))
        self.message.emit(self.tr("Entretien finalisé ✓ (%1)").replace("%1", record.street or ""))

    def _deleted(self) -> None:
        forget_open_draft()
        self._drop_editor()
        self._announce(Changes(submissions=True))
        self.message.emit(self.tr("Brouillon supprimé"))

    def _announce(self, changes: Changes) -> None:
        self.context.changes.announce(changes, self)

    def reopen_draft(self) -> bool:
        """At start: the draft that was open when the window was quit (or the computer
        crashed), if it still is a draft. True when it is open again."""
        draft_id = str(preferences().value(OPEN_DRAFT, "") or "")
        if not draft_id:
            return False
        try:
            record = self.context.store.submissions.get(draft_id)
        except QuartierError:
            record = None
        if record is None or record.status != DRAFT:
            forget_open_draft()
            return False
        self.open_submission(draft_id)
        return self.editor is not None

    def close_editor(self, forget: bool = True) -> bool:
        """Back to the list, once what is open is saved. False when it could not be.
        `forget=False` (quitting): the draft reopens at the next start."""
        if self.editor is None:
            return True
        if not self.editor.close_editor():
            return False
        if forget:
            forget_open_draft()
        written = self.editor.written
        self._drop_editor()
        if written:  # the list shows drafts too
            self._announce(Changes(submissions=True))
        return True

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.stack.setCurrentIndex(0)
        self.table.setFocus()
