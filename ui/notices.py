"""How a page or a dialog tells what happened (green when it went well, red when it did not)
and explains itself in a quieter line beneath a control."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar


def say(label: QLabel, text: str, error: bool = False) -> None:
    """Show what happened in `label`: green when it went well, red when it did not."""
    label.setText(text)
    label.setStyleSheet(
        "padding: 8px; border-radius: 4px; "
        + ("background: #fde8e8; color: #8a1c1c;" if error else "background: #e6f4ea;")
    )
    label.show()


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def busy_bar() -> QProgressBar:
    """A small moving bar, hidden until an operation runs."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setMaximumWidth(120)
    bar.hide()
    return bar


def message_line() -> QLabel:
    """Where `say` tells what happened; hidden until then."""
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label
