"""A repeat group on a page: one framed block per instance with move up/down and remove
buttons, and an add button. Changing the instances rebuilds the form view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from survey_forms import Repeat
from survey_forms.model import text_in

if TYPE_CHECKING:
    from ui.form_filler.form_view import FormView


class RepeatBox(QFrame):
    def __init__(
        self, view: FormView, repeat: Repeat, prefix: tuple[str | int, ...], page_index: int
    ) -> None:
        super().__init__()
        self.setObjectName("repeatBox")
        self.view = view
        self.repeat = repeat
        self.key = (*prefix, repeat.name) if prefix else repeat.name
        session = view.session
        label = text_in(repeat.label, session.lang, session.form.default_language) or repeat.name
        layout = QVBoxLayout(self)
        title = QLabel(label)
        title.setObjectName("groupTitle")
        layout.addWidget(title)
        count = session.repeat_count(self.key)
        for index in range(count):
            layout.addWidget(self._instance(label, index, count, prefix, page_index))
        self.add_button = QPushButton(self.tr("Ajouter : %1").replace("%1", label))
        self.add_button.clicked.connect(lambda: view.change_repeat(self.key, "add", count))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setVisible(not view.read_only)
        layout.addWidget(self.add_button)

    def _instance(
        self, label: str, index: int, count: int, prefix: tuple[str | int, ...], page_index: int
    ) -> QWidget:
        frame = QFrame()
        frame.setObjectName("repeatInstance")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        body = QVBoxLayout(frame)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(f"{label} {index + 1}"))
        bar.addStretch()
        for text, action, enabled in (
            (self.tr("Monter"), "up", index > 0),
            (self.tr("Descendre"), "down", index < count - 1),
            (self.tr("Supprimer"), "remove", True),
        ):
            button = QPushButton(text)
            button.setEnabled(enabled)
            button.setVisible(not self.view.read_only)  # a finalized interview is only read
            button.setAccessibleName(f"{text} — {label} {index + 1}")
            button.clicked.connect(
                lambda _c=False, a=action: self.view.change_repeat(self.key, a, index)
            )
            bar.addWidget(button)
        body.addLayout(bar)
        instance_prefix = (*prefix, self.repeat.name, index)
        self.view.add_elements(body, self.repeat.children, instance_prefix, page_index)
        return frame
