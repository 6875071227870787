"""Knowing when a widget was first painted: slow background queries (counting 100,000
interviews) start after the list is on screen, and the benchmark times that moment."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits `painted` once, just after `widget` has painted for the first time."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
            QTimer.singleShot(0, self.painted.emit)  # once this paint is done
        return False
