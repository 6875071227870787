"""One question on a page: its label (the editor's accessible name), hint, editor, and the
constraint or 'required' message beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from survey_forms import FormSession, Question
from survey_forms.model import text_in
from survey_forms.session import Key
from ui.form_filler.editors import QuestionEditor


class QuestionRow(QFrame):
    #: One of its inputs took the keyboard focus (its key).
    focused = Signal(object)

    def __init__(
        self,
        question: Question,
        key: Key,
        editor: QuestionEditor | None,
        page_index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionRow")
        self.question = question
        self.key = key
        self.editor = editor
        self.page_index = page_index
        self.touched = False
        #: Its choices or texts follow other answers (choice_filter, search(), ${x} in texts).
        self.follows_answers = bool(question.choice_filter) or "search(" in (
            question.appearance or ""
        )
        self.interpolated = any(
            "${" in text or "<output" in text
            for text in (*question.label.values(), *question.hint.values())
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("questionLabel")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("questionHint")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("questionError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        if editor is not None:
            layout.addWidget(editor)
            self.label.setBuddy(editor.focus_target())
            editor.set_choices(question.choices, "fr", "fr")
        layout.addWidget(self.error)

    def set_language(self, lang: str, default_lang: str) -> None:
        q = self.question
        label = text_in(q.label, lang, default_lang) or q.name
        self._show_texts(label, text_in(q.hint, lang, default_lang))
        if self.editor is not None:
            self.editor.set_choices(q.choices, lang, default_lang)
            self.editor.set_accessible_name(label)
            self.watch_focus()

    def _show_texts(self, label: str, hint: str) -> None:
        position = f" ({self.key[-2] + 1})" if isinstance(self.key, tuple) else ""  # type: ignore[operator]
        self.label.setText(f"{label}{position}{' *' if self.question.required else ''}")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def refresh(self, session: FormSession, show_errors: bool) -> None:
        relevant = session.is_relevant(self.key)
        self.setVisible(relevant)
        if not relevant:
            return
        if self.interpolated:  # ${x} and <output value="..."/> with today's answers
            self._show_texts(session.label(self.key) or self.question.name, session.hint(self.key))
        if self.editor is not None:
            if self.follows_answers:
                self.editor.set_choices(
                    session.choices(self.key), session.lang, session.form.default_language
                )
            self.editor.set_value(session.value(self.key))
        message = session.error(self.key) if (self.touched or show_errors) else None
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        if self.editor is not None:
            self.editor.focus_target().setAccessibleDescription(message or "")

    def can_take_focus(self) -> bool:
        return self.editor is not None and self.isVisibleTo(self.parentWidget() or self)

    def take_focus(self) -> None:
        if self.editor is not None:
            self.editor.focus_target().setFocus()

    def watch_focus(self) -> None:
        """Highlight the row while any of its inputs has the keyboard focus."""
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.removeEventFilter(self)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.set_current(event.type() == QEvent.Type.FocusIn)
            if event.type() == QEvent.Type.FocusIn:
                self.focused.emit(self.key)
        return super().eventFilter(watched, event)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)
