"""« Aller à… » (Ctrl+G): the interview at a glance, as ODK Collect's hierarchy view. Its pages
(groups) and their questions, each with its state (answered, with the answer; empty; required
and missing; invalid, with the message); questions that do not apply are hidden unless asked
for. Enter (or a double click) on a question goes to it, on a page to the page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from survey_forms.model import text_in
from survey_forms.session import Key
from ui.form_filler.question_row import QuestionRow
from ui.locale_format import format_count

if TYPE_CHECKING:
    from ui.form_filler.form_view import FormView

ANSWERED, EMPTY, MISSING, INVALID, NOT_APPLICABLE = (
    "answered", "empty", "missing", "invalid", "not_applicable",
)  # fmt: skip
PROBLEM = QColor("#b00020")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3


def state_of(view: FormView, row: QuestionRow) -> tuple[str, str]:
    """A question's state and what the session says of it (the answer or the message)."""
    session = view.session
    if not session.is_relevant(row.key):
        return NOT_APPLICABLE, ""
    value = session.value(row.key)
    error = session.error(row.key)
    empty = value is None or value == "" or value == []
    if error:
        return (
            (MISSING, error) if empty else (INVALID, f"{answer_text(view, row, value)} — {error}")
        )
    return (EMPTY, "") if empty else (ANSWERED, answer_text(view, row, value))


def answer_text(view: FormView, row: QuestionRow, value: Any) -> str:
    """An answer as a person reads it: choices by their labels, one line."""
    question = row.question
    if question.is_select:
        session = view.session
        labels = {
            c.name: text_in(c.label, session.lang, session.form.default_language)
            for c in question.choices
        }
        names = value if isinstance(value, list) else str(value).split()
        return ", ".join(labels.get(str(name)) or str(name) for name in names)
    return " ".join(str(value).split())


class OverviewDialog(QDialog):
    def __init__(self, view: FormView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Aller à une question"))
        self.resize(720, 560)
        self.states = {
            ANSWERED: self.tr("Répondue"),
            EMPTY: self.tr("Vide"),
            MISSING: self.tr("Obligatoire, manquante"),
            INVALID: self.tr("Invalide"),
            NOT_APPLICABLE: self.tr("Non applicable"),
        }
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Questions de l'entretien"))
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("État"), self.tr("Réponse")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self.go)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Montrer aussi les questions &non applicables"))
        self.show_all.toggled.connect(self.fill)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        help_text = QLabel(self.tr("Entrée : aller à la question · Échap : fermer"))
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_all)
        layout.addWidget(help_text)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        """The pages and their questions as the session sees them now."""
        view = self.view
        current = view.current_key() or view.last_key
        self.tree.clear()
        counts = dict.fromkeys(self.states, 0)
        chosen: QTreeWidgetItem | None = None
        for index, page in enumerate(view.pages):
            skipped = page.group is not None and not view.session.is_relevant(page.group)
            if skipped and not self.show_all.isChecked():
                continue
            top = QTreeWidgetItem([page.title])
            top.setData(0, PAGE_ROLE, index)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            problems = 0
            for row in page.rows:
                if row.editor is None:  # a note: nothing to answer
                    continue
                state, text = state_of(view, row)
                counts[state] += 1
                problems += state in (MISSING, INVALID)
                if state == NOT_APPLICABLE and not self.show_all.isChecked():
                    continue
                item = QTreeWidgetItem(
                    [row.label.text().rstrip(" *") or row.question.name, self.states[state], text]
                )
                item.setData(0, KEY_ROLE, row.key)
                item.setData(0, STATE_ROLE, state)
                if state in (MISSING, INVALID):
                    for column in range(3):
                        item.setForeground(column, QBrush(PROBLEM))
                elif state == NOT_APPLICABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(2, text)
                top.addChild(item)
                if row.key == current:
                    chosen = item
            if problems:
                top.setText(1, self.tr("%1 à corriger").replace("%1", format_count(problems)))
                top.setForeground(1, QBrush(PROBLEM))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.summary.setText(
            self.tr("%1 répondues · %2 vides · %3 obligatoires manquantes · %4 invalides")
            .replace("%1", format_count(counts[ANSWERED]))
            .replace("%2", format_count(counts[EMPTY]))
            .replace("%3", format_count(counts[MISSING]))
            .replace("%4", format_count(counts[INVALID]))
        )
        first = self.tree.topLevelItem(0)
        if chosen is None and first is not None:
            chosen = (first.child(0) if first.childCount() else None) or first
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.setFocus()

    def items(self) -> list[QTreeWidgetItem]:
        """The question lines, in form order."""
        tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        children = (
            top.child(i) for top in tops if top is not None for i in range(top.childCount())
        )
        return [child for child in children if child is not None]

    def item_of(self, key: Key) -> QTreeWidgetItem | None:
        found = [item for item in self.items() if item.data(0, KEY_ROLE) == key]
        return found[0] if found else None

    def go(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        page = item.data(0, PAGE_ROLE)
        if key is not None and item.data(0, STATE_ROLE) != NOT_APPLICABLE:
            self.accept()
            self.view.window().activateWindow()  # the dialog was the active window
            self.view.focus_key(tuple(key) if isinstance(key, list) else key)
        elif page is not None:
            self.accept()
            self.view.window().activateWindow()
            self.view.go_to(int(page))
