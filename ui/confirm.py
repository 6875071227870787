"""Asking before what cannot be undone (finalizing an interview, deleting a draft, leaving
unsaved edits)."""

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


SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_unsaved(parent: QWidget, title: str, text: str, save: str, discard: str, stay: str) -> str:
    """SAVE, DISCARD or STAY for unsaved edits. Enter saves (nothing typed is lost by a stray
    key), Escape stays; discarding needs its own button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    default = box.addButton(save, QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(default)
    box.setEscapeButton(keep)
    default.setFocus()
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is default else DISCARD if clicked is drop else STAY
