"""How a domain error reaches a person: its text in the interface language, in a box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from sync.wire.errors import QuartierError
from ui.preferences import interface_language


def error_text(error: BaseException) -> str:
    if isinstance(error, QuartierError):
        return error.text(interface_language())
    return f"{type(error).__name__}: {error}"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, "Quartier", error_text(error))
