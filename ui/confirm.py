"""Asking before what cannot be undone (finalizing an interview, deleting a draft)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, action: str, keep: str) -> bool:
    """True only when `action` is chosen. The safe answer (`keep`) has the focus and is the
    default, so a stray Space, Enter or Escape never confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    no.setFocus()
    box.exec()
    return box.clickedButton() is yes
