"""Sections built the first time they are shown (Impression, Coach): their modules import
ReportLab, pandas or PDFium, which must never slow the start of the window. A section whose
module is not there yet shows what it will bring instead."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.work_context import WorkContext


def notice(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 12pt; color: palette(placeholder-text); padding: 40px;")
    return label


class LazySection(QWidget):
    def __init__(
        self, build: Callable[[], QWidget], missing: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._missing = missing
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.content is None:
            try:
                self.content = self._build()
            except ModuleNotFoundError:
                self.content = notice(self._missing)
            self._layout.addWidget(self.content)
        super().showEvent(event)


def widget_from(module: str, name: str, context: WorkContext) -> Callable[[], QWidget]:
    """A builder importing `module` only when called, then making `name(context)`."""

    def build() -> QWidget:
        widget: QWidget = getattr(importlib.import_module(module), name)(context)
        return widget

    return build
