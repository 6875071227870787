"""Renders any form of the form engine and lets a volunteer answer it from the keyboard.

A FormSession holds the answers and decides relevance, constraints, required answers and
calculations; this view only shows what the session says. Long forms get one page per
top-level group with a step indicator; short ones a single scrolling page. Enter moves to the
next question (and page), Ctrl+PgDown/PgUp change page, keys 1-9 pick choices.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from survey_forms import Form, FormSession, Group, Question, Repeat
from survey_forms.model import METADATA_TYPES, text_in
from survey_forms.session import Key
from ui.form_filler.editors import Attachments, editor_for
from ui.form_filler.question_row import QuestionRow
from ui.form_filler.repeat_box import RepeatBox

#: Forms with at most this many questions (or fewer than two groups) fit on one page.
SHORT_FORM = 12
STYLE = """
QFrame#questionRow { border-left: 4px solid transparent; }
QFrame#questionRow[current="true"] {
    border-left: 4px solid palette(highlight); background: palette(alternate-base); }
QLabel#questionLabel { font-weight: bold; }
QLabel#questionHint { color: palette(placeholder-text); }
QLabel#questionError { color: #b00020; font-weight: bold; }
QLabel#groupTitle { font-size: 13pt; font-weight: bold; padding-top: 8px; }
QLabel#pageTitle { font-size: 13pt; font-weight: bold; }
"""


@dataclass
class Page:
    title: str
    group: str | None
    elements: list[Any]
    rows: list[QuestionRow] = field(default_factory=list)
    scroll: QScrollArea | None = None


class FormView(QWidget):
    changed = Signal()
    endReached = Signal()

    def __init__(
        self,
        form: Form,
        answers: dict[str, Any] | None,
        lang: str,
        attachments: Attachments,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.form = form
        self.attachments = attachments
        self.read_only = read_only
        self.show_all_errors = False
        languages = [code for code in form.languages if code != "default"] or ["default"]
        fallback = form.default_language if form.default_language in languages else languages[0]
        self.session = FormSession(form, answers, lang if lang in languages else fallback)
        self.pages: list[Page] = []
        self.current = 0
        self.rows_by_name: dict[str, list[QuestionRow]] = defaultdict(list)
        self.rows_by_key: dict[Key, QuestionRow] = {}
        self.headers: dict[str, list[tuple[QLabel, Key]]] = defaultdict(list)

        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        self.step = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.last_key: Key | None = None  # the question that last had the keyboard focus
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue du formulaire"))
        self.language.setToolTip(self.tr("Langue du formulaire (Alt+L)"))
        self.language.installEventFilter(self)
        language_label = QLabel(self.tr("&Langue :"))
        language_label.setBuddy(self.language)
        for code in languages:
            self.language.addItem(code.upper() if code != "default" else "—", code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.session.lang)))
        self.language.currentIndexChanged.connect(
            lambda i: self.set_language(self.language.itemData(i))
        )
        self.stack = QStackedWidget()
        self.previous_button = QPushButton(self.tr("← &Précédent"))
        self.next_button = QPushButton(self.tr("&Suivant →"))
        self.previous_button.setToolTip(self.tr("Page précédente (Ctrl+PgPréc)"))
        self.next_button.setToolTip(self.tr("Page suivante (Ctrl+PgSuiv)"))
        self.previous_button.clicked.connect(lambda: self.go_to(self._neighbour(-1)))
        self.next_button.clicked.connect(lambda: self.go_to(self._neighbour(+1)))

        top = QHBoxLayout()
        top.addWidget(self.page_title, 1)
        top.addWidget(self.step)
        top.addWidget(language_label)
        top.addWidget(self.language)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch()
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.build()

    # ------------------------------------------------------------------ building

    def _page_plan(self) -> list[Page]:
        top = self.form.children
        groups = sum(isinstance(e, Group) for e in top)
        title = self.form.text(self.form.title, self.session.lang) or self.form.form_id
        if groups < 2 or sum(1 for _ in self.form.questions()) <= SHORT_FORM:
            return [Page(title, None, list(top))]
        pages: list[Page] = []
        loose: list[Any] = []
        for element in top:
            if isinstance(element, Group):
                if loose:
                    pages.append(Page(title if not pages else self.tr("Pour finir"), None, loose))
                    loose = []
                label = text_in(element.label, self.session.lang, self.form.default_language)
                body = [element] if isinstance(element, Repeat) else element.children
                pages.append(Page(label or element.name, element.name, body))
            else:
                loose.append(element)
        if loose:
            pages.append(Page(self.tr("Pour finir"), None, loose))
        return pages

    def build(self) -> None:
        """(Re)create every page from the session: at start, after a language switch or a
        change in a repeat's instances."""
        keep = self.current_key()
        for page in self.pages:
            if page.scroll is not None:
                self.stack.removeWidget(page.scroll)
                page.scroll.hide()
                page.scroll.deleteLater()
        self.rows_by_name.clear()
        self.rows_by_key.clear()
        self.headers.clear()
        self.pages = []
        for page in self._page_plan():
            index = len(self.pages)
            self.pages.append(page)
            body = QWidget()
            layout = QVBoxLayout(body)
            self.add_elements(layout, page.elements, (), index)
            if not page.rows and not any(isinstance(e, Group) for e in page.elements):
                self.pages.pop()  # only metadata: nothing to show
                continue
            layout.addStretch()
            page.scroll = QScrollArea()
            page.scroll.setWidgetResizable(True)
            page.scroll.setWidget(body)
            self.stack.addWidget(page.scroll)
        self._order_tabs()
        self.refresh_all()
        self.current = min(self.current, len(self.pages) - 1)
        if keep is not None and keep in self.rows_by_key:
            self.focus_key(keep)
        else:
            self.go_to(self.current, focus=False)

    def add_elements(
        self, layout: QBoxLayout, elements: list[Any], prefix: tuple[str | int, ...], page: int
    ) -> None:
        lang, default = self.session.lang, self.form.default_language
        for element in elements:
            key: Key = (*prefix, element.name) if prefix else element.name
            if isinstance(element, Repeat):
                layout.addWidget(RepeatBox(self, element, prefix, page))
            elif isinstance(element, Group):
                header = QLabel(text_in(element.label, lang, default) or element.name)
                header.setObjectName("groupTitle")
                layout.addWidget(header)
                self.headers[element.name].append((header, key))
                self.add_elements(layout, element.children, prefix, page)
            elif isinstance(element, Question) and self._shown(element):
                editor = editor_for(element, self.attachments)
                row = QuestionRow(element, key, editor, page)
                row.set_language(lang, default)
                row.focused.connect(self._question_focused)
                if editor is not None:
                    editor.set_read_only(self.read_only)
                    editor.edited.connect(lambda value, k=key: self.answer(k, value))
                layout.addWidget(row)
                self.pages[page].rows.append(row)
                self.rows_by_name[element.name].append(row)
                self.rows_by_key[key] = row

    def _order_tabs(self) -> None:
        """Tab goes through the page's questions, then to Previous and Next (pages are
        made after the buttons, so Qt's creation order would put the buttons first)."""
        bodies = [page.scroll.widget() for page in self.pages if page.scroll is not None]
        inputs = [
            widget
            for body in bodies
            if body is not None
            for widget in body.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if inputs:
            QWidget.setTabOrder(inputs[-1], self.previous_button)
            QWidget.setTabOrder(self.previous_button, self.next_button)

    @staticmethod
    def _shown(question: Question) -> bool:
        if question.type in METADATA_TYPES:
            return False
        return question.type != "calculate" or bool(question.label)

    # ------------------------------------------------------------------ answers

    def answer(self, key: Key, value: Any) -> None:
        row = self.rows_by_key[key]
        row.touched = True
        try:
            changed = self.session.set(key, value)
        except ValueError as error:
            row.error.setText(str(error))
            row.error.show()
            return
        self.refresh_names(changed | {row.question.name})
        self.changed.emit()

    def change_repeat(self, key: Key, action: str, index: int) -> None:
        """Add, remove or move an instance of a repeat, then show the form again."""
        if action == "add":
            self.session.add_repeat(key)
        elif action == "remove":
            self.session.remove_repeat(key, index)
        else:
            self.session.move_repeat(key, index, index - 1 if action == "up" else index + 1)
        self.build()
        self.changed.emit()

    def refresh_names(self, names: set[str]) -> None:
        for name in names:
            for row in self.rows_by_name.get(name, []):
                row.refresh(self.session, self.show_all_errors)
            for header, key in self.headers.get(name, []):
                header.setVisible(self.session.is_relevant(key))
        for rows in self.rows_by_name.values():
            for row in rows:
                follows = row.follows_answers or row.interpolated
                if follows and row.question.name not in names:
                    row.refresh(self.session, self.show_all_errors)
        self._update_step()

    def refresh_all(self) -> None:
        self.refresh_names(set(self.rows_by_name) | set(self.headers))

    def set_language(self, lang: str) -> None:
        """Texts in another language; the keyboard focus goes back to the question it was
        on (or last on, when the language was chosen in its list)."""
        if lang and lang != self.session.lang:
            key = self.current_key() or self.last_key
            self.session = FormSession(self.form, self.session.answers, lang)
            self.build()
            if key is not None and key in self.rows_by_key:
                # after the list has closed: it gives the focus back to itself as it closes
                QTimer.singleShot(0, self, lambda: self._refocus(key))

    def _refocus(self, key: Key) -> None:
        if key in self.rows_by_key and self.isVisible():
            self.window().activateWindow()  # the list's popup was the active window
            self.focus_key(key)

    def _question_focused(self, key: Key) -> None:
        self.last_key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down or Space on the closed language list open it: the language changes once
        chosen there, not at each arrow (each change takes the focus back to the question)."""
        if (
            watched is self.language
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space)
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.language.showPopup()
            return True
        return super().eventFilter(watched, event)

    def reveal_errors(self) -> None:
        """After a refused finalize: every message shows, touched or not."""
        self.show_all_errors = True
        self.refresh_all()

    def missing(self) -> list[tuple[Key, str]]:
        """What stops finalizing: (key, 'Page — Question : message'), in form order."""
        errors = self.session.errors()
        out: list[tuple[Key, str]] = []
        for page in self.pages:
            for row in page.rows:
                if row.key in errors:
                    label = row.label.text().rstrip(" *")
                    out.append((row.key, f"{page.title} › {label} — {errors.pop(row.key)}"))
        return out + [(key, f"{key} — {message}") for key, message in errors.items()]

    # ------------------------------------------------------------------ pages and focus

    def _relevant_pages(self) -> list[int]:
        return [
            i
            for i, page in enumerate(self.pages)
            if page.group is None or self.session.is_relevant(page.group)
        ]

    def _neighbour(self, step: int) -> int:
        pages = self._relevant_pages()
        later = [i for i in pages if (i - self.current) * step > 0]
        if not later:
            return self.current
        return min(later) if step > 0 else max(later)

    def go_to(self, index: int, focus: bool = True) -> None:
        if not self.pages:
            return
        self.current = max(0, min(index, len(self.pages) - 1))
        self.stack.setCurrentIndex(self.current)
        self._update_step()
        if focus:
            self.focus_first()

    def focus_first(self) -> None:
        visible = [r for r in self.pages[self.current].rows if r.can_take_focus()]
        if visible:
            visible[0].take_focus()

    def _update_step(self) -> None:
        if not self.pages:
            return
        pages = self._relevant_pages()
        position = pages.index(self.current) + 1 if self.current in pages else 1
        self.page_title.setText(self.pages[self.current].title)
        self.step.setText(
            self.tr("Étape %1 sur %2").replace("%1", str(position)).replace("%2", str(len(pages)))
        )
        self.progress.setRange(0, len(pages))
        self.progress.setValue(position)
        for widget in (self.progress, self.step, self.previous_button, self.next_button):
            widget.setVisible(len(self.pages) > 1)
        self.previous_button.setEnabled(self._neighbour(-1) != self.current)
        self.next_button.setEnabled(self._neighbour(+1) != self.current)

    def row_of(self, widget: QWidget | None) -> QuestionRow | None:
        while widget is not None and not isinstance(widget, QuestionRow):
            widget = widget.parentWidget()
        return widget

    def current_key(self) -> Key | None:
        row = self.row_of(QApplication.focusWidget())
        return row.key if row is not None and row.window() is self.window() else None

    def focus_key(self, key: Key) -> None:
        row = self.rows_by_key.get(key)
        if row is None:
            return
        self.go_to(row.page_index, focus=False)
        scroll = self.pages[row.page_index].scroll
        if scroll is not None:
            scroll.ensureWidgetVisible(row)
        row.take_focus()

    def advance(self) -> None:
        """Enter: the next visible question, else the next page, else the end of the form."""
        row = self.row_of(QApplication.focusWidget())
        if row is not None and self._refused(row):
            return  # as ODK Collect: an answer its constraint refuses is corrected first
        rows = [r for r in self.pages[self.current].rows if r.can_take_focus()]
        later = rows[rows.index(row) + 1 :] if row in rows else []
        if later:
            later[0].take_focus()
            scroll = self.pages[self.current].scroll
            if scroll is not None:
                scroll.ensureWidgetVisible(later[0])
        elif self._neighbour(+1) != self.current:
            self.go_to(self._neighbour(+1))
        else:
            self.endReached.emit()

    def _refused(self, row: QuestionRow) -> bool:
        """The row's answer breaks its constraint: its message shows, and True."""
        if self.session.value(row.key) in (None, "", []):
            return False
        message = self.session.error(row.key)
        if not message:
            return False
        row.touched = True
        row.refresh(self.session, self.show_all_errors)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.advance()
        elif key == Qt.Key.Key_PageDown and mods == Qt.KeyboardModifier.ControlModifier:
            self.go_to(self._neighbour(+1))
        elif key == Qt.Key.Key_PageUp and mods == Qt.KeyboardModifier.ControlModifier:
            self.go_to(self._neighbour(-1))
        else:
            super().keyPressEvent(event)
