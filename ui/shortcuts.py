"""Keyboard shortcuts that act only while the focus is inside one widget (an open interview,
an inventory item), so the same keys can mean "finalize" here and "save" there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

#: Ctrl+Enter on the main keyboard and on the keypad.
CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")


def local_shortcuts(widget: QWidget, keys: tuple[str, ...], slot: Callable[[], object]) -> None:
    for key in keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
