"""The Inventaire section: the shared diagnosis (resources, needs, places, actors, ideas),
filtered by theme, kind and name; an item opens in the built-in `inventaire` form beside its
history. Each save names the version it started from: if someone changed the item meanwhile,
the store refuses, and the item is reloaded and shown as it now is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidOperation
from app.records import InventoryRecord
from survey_forms import Form, Question
from survey_forms.builtin import INVENTORY_FORM
from survey_forms.model import text_in
from sync.wire.errors import QuartierError
from ui.changes import Changes, Follower
from ui.confirm import DISCARD, SAVE, ask_unsaved
from ui.errors import show_error
from ui.form_filler.form_view import FormView
from ui.form_filler.interview_editor import MissingPanel
from ui.interviews_page import shrink
from ui.models.inventory import FieldView, HistoryModel, InventoryFilter, InventoryModel
from ui.shortcuts import CTRL_ENTER, local_shortcuts
from ui.work_context import WorkContext


def table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class InventoryEditor(QWidget):
    """One item in the inventory form: saved on Ctrl+S or Ctrl+Enter, with its history."""

    def __init__(self, context: WorkContext, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = form
        self.record: InventoryRecord | None = None
        self.view: FormView | None = None
        self.dirty = False  # edits on screen that the store does not have
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.save_button = QPushButton(self.tr("&Enregistrer la fiche (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.history = HistoryModel(
            context.store, FieldView(self.field_label, self.value_text, self.may_see), self
        )
        self.history_table = table(self.history, self.tr("Historique de la fiche"))
        self.history_table.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.body = QVBoxLayout()
        self.missing: MissingPanel | None = None
        local_shortcuts(self, ("Ctrl+S", *CTRL_ENTER), self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.body, 1)
        layout.addWidget(QLabel(self.tr("Qui a changé quoi :")))
        layout.addWidget(self.history_table)
        self.load(None)

    def field_label(self, name: str) -> str:
        if name in self.form:
            return text_in(self.form.element(name).label, self.context.lang, "fr") or name
        return name

    def value_text(self, name: str, value: Any) -> str:
        """A value as the history shows it: choices by their labels, a photo as « photo »."""
        if value is None or value == "" or value == []:
            return self.tr("(vide)")
        element = self.form.element(name) if name in self.form else None
        if not isinstance(element, Question):
            return str(value)
        if element.type == "image":
            return self.tr("photo")
        if element.is_select:
            labels = {c.name: text_in(c.label, self.context.lang, "fr") for c in element.choices}
            names = value if isinstance(value, list) else str(value).split()
            return ", ".join(labels.get(str(n)) or str(n) for n in names)
        return str(value)

    def may_see(self, name: str) -> bool:
        """A personal field's values are for coaches (as in the interviews they review)."""
        element = self.form.element(name) if name in self.form else None
        personal = isinstance(element, Question) and element.is_personal
        return not personal or self.context.is_coach()

    def load(self, record: InventoryRecord | None) -> None:
        """Show an item (None: a new one) as the store has it now."""
        self.record = record
        for widget in (self.view, self.missing):
            if widget is not None:
                self.body.removeWidget(widget)
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.view = FormView(
            self.form,
            dict(record.data) if record else None,
            self.context.lang,
            self.context.store.attachments,
        )
        self.missing = MissingPanel(self.view)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.missing)
        self.view.endReached.connect(self.save_button.setFocus)
        self.dirty = False
        self.view.changed.connect(self._edited)
        self.title.setText(
            f"{record.name} — {self.tr('version %1').replace('%1', str(record.version))}"
            if record
            else self.tr("Nouvelle fiche")
        )
        self.history.show_item(record.id if record else None)

    def _edited(self) -> None:
        self.dirty = True

    def leave(self) -> bool:
        """Before another item, a new one or quitting: unsaved edits are saved, discarded or
        kept on screen, as the volunteer chooses. True when the item may be left."""
        if not self.dirty:
            return True
        name = self.record.name if self.record else self.tr("Nouvelle fiche")
        answer = ask_unsaved(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("La fiche « %1 » a des modifications non enregistrées.").replace("%1", name),
            self.tr("&Enregistrer"),
            self.tr("&Abandonner les modifications"),
            self.tr("&Rester sur la fiche"),
        )
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.dirty = False
            return True
        return False

    def save(self) -> bool:
        assert self.view is not None and self.missing is not None
        problems = self.view.missing()
        if problems:
            self.view.reveal_errors()
            self.missing.show_problems(problems)
            return False
        record = self.record
        try:
            saved = self.context.store.inventory.save(
                self.context.neighbourhood_id or "",
                self.view.session.answers_to_keep(),
                item_id=record.id if record else None,
                base_version=record.version if record else 0,
                author_id=self.context.person_id,
            )
        except InvalidOperation as error:
            show_error(self, error)
            if record is not None:
                self.load(self.context.store.inventory.get(record.id))
            return False
        except QuartierError as error:
            show_error(self, error)
            return False
        self.load(saved)
        self.context.changes.announce(Changes(inventory=True, outbox=True), self)
        return True


class InventoryPage(QWidget):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form: Form | None = None
        self._selecting = False
        try:
            self.form = context.store.forms.get(INVENTORY_FORM)
        except QuartierError:
            self.form = None
        self.model = InventoryModel(context.store, context.neighbourhood_id, self.choice_label)
        self.model.fetchMore()  # the first page at once, the rest as the list scrolls
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un nom (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher dans l'inventaire"))
        self.search.setClearButtonEnabled(True)
        self.theme = self._choice_combo("theme", self.tr("Thème"))
        self.kind = self._choice_combo("kind", self.tr("Type"))
        self.search.textChanged.connect(self.apply_filter)
        self.table = table(self.model, self.tr("Inventaire partagé"))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        new_button = QPushButton(self.tr("&Nouvelle fiche"))
        new_button.clicked.connect(self.new_item)

        filters = QHBoxLayout()
        filters.addWidget(self.theme, 1)
        filters.addWidget(self.kind, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(new_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        if self.form is not None:
            self.editor: InventoryEditor | None = InventoryEditor(context, self.form)
            splitter.addWidget(self.editor)
            splitter.setSizes([540, 660])
        else:
            self.editor = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        Follower(
            self, context.changes,
            lambda c, _by: c.inventory or self.model.neighbourhood_id != context.neighbourhood_id,
            self.reload,
        )  # fmt: skip

    def reload(self) -> None:
        """The window's neighbourhood's items (it changes when enrolment adopts the server's)."""
        self.model.neighbourhood_id = self.context.neighbourhood_id
        self.model.reload()

    def choice_label(self, question: str, choice: str) -> str:
        if self.form is None or question not in self.form:
            return choice
        for option in self.form.question(question).choices:
            if option.name == choice:
                return text_in(option.label, self.context.lang, "fr")
        return choice

    def _choice_combo(self, question: str, name: str) -> QComboBox:
        combo = QComboBox()
        shrink(combo)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("%1 : tous").replace("%1", name), None)
        if self.form is not None and question in self.form:
            for option in self.form.question(question).choices:
                combo.addItem(text_in(option.label, self.context.lang, "fr"), option.name)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def apply_filter(self) -> None:
        self.model.set_filter(
            InventoryFilter(
                theme=self.theme.currentData(),
                kind=self.kind.currentData(),
                text=self.search.text().strip() or None,
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        if self.editor is not None and self.editor.leave():
            self._select(None)
            self.editor.load(None)
            assert self.editor.view is not None
            self.editor.view.focus_first()

    def leave(self) -> bool:
        """True when the item on screen may be left (its edits saved or discarded)."""
        return self.editor is None or self.editor.leave()

    def _select(self, item_id: str | None) -> None:
        """Select an item's row (None: no row) without opening it again."""
        self._selecting = True
        try:
            rows = [r for r in range(self.model.rowCount()) if self.model.record(r).id == item_id]
            if rows:
                self.table.selectRow(rows[0])
            else:
                self.table.clearSelection()
        finally:
            self._selecting = False

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if self._selecting or not indexes or self.editor is None:
            return
        target = self.model.record(indexes[0].row())
        shown = self.editor.record
        if not self.editor.leave():  # the volunteer stays on the item being edited
            stay = shown.id if shown else None
            # once the view's own selection change is over (a nested one would be undone)
            QTimer.singleShot(0, self, lambda: self._select(stay))
            return
        if self.editor.record is not shown:  # saved: the list was reloaded
            target = self.context.store.inventory.get(target.id)
            QTimer.singleShot(0, self, lambda: self._select(target.id))
        self.editor.load(target)
