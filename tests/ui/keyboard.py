"""Typing into widgets from tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included (qtbot.keyClicks aborts on non-ASCII characters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def in_next_dialog(*keys: Qt.Key, seen: list[str] | None = None) -> None:
    """Press `keys`, one after the other on whatever has the focus, in the next modal dialog
    (its exec() blocks the test); `seen` receives the dialog's text."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, answer)
            return
        if seen is not None:
            seen.append(getattr(dialog, "text", dialog.windowTitle)())
        for key in keys:  # the dialog's own focus: offscreen, its window may not be active
            press(dialog.focusWidget() or dialog, key)
        if keys:  # keys that do not close it fail the test instead of hanging it
            QTimer.singleShot(2000, dialog, dialog.close)

    QTimer.singleShot(0, answer)
