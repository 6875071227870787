"""Asking before a review decision: how many interviews, and the comment (a reason, required
to reject). Opened with ``open()`` (window-modal, never blocking the event loop)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.review import APPROVED, HAS_ISSUES, REJECTED
from ui.locale_format import format_count


def plural(n: int, one: str, many: str, lang: str) -> str:
    """``one`` or ``many`` (with ``{n}``) as French (0 and 1 are singular) or Dutch and
    English (only 1) say it; the number in the language's format."""
    singular = n <= 1 if lang == "fr" else n == 1
    return (one if singular else many).format(n=format_count(n, lang))


class ReviewDialog(QDialog):
    def __init__(self, state: str, count: int, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        questions = {
            APPROVED: (self.tr("Approuver {n} entretien ?"), self.tr("Approuver {n} entretiens ?")),
            HAS_ISSUES: (
                self.tr("Marquer {n} entretien « À revoir » ?"),
                self.tr("Marquer {n} entretiens « À revoir » ?"),
            ),
            REJECTED: (self.tr("Rejeter {n} entretien ?"), self.tr("Rejeter {n} entretiens ?")),
        }
        buttons = {
            APPROVED: (self.tr("Approuver {n} entretien"), self.tr("Approuver {n} entretiens")),
            HAS_ISSUES: (self.tr("Marquer {n} entretien"), self.tr("Marquer {n} entretiens")),
            REJECTED: (self.tr("Rejeter {n} entretien"), self.tr("Rejeter {n} entretiens")),
        }
        self.setWindowTitle(self.tr("Relecture"))
        question = QLabel(plural(count, *questions[state], lang))
        question.setStyleSheet("font-weight: bold;")
        self.comment = QLineEdit()
        if state == REJECTED:
            self.comment.setPlaceholderText(self.tr("Motif du rejet (obligatoire)"))
            self.comment.setAccessibleName(self.tr("Motif du rejet"))
        else:
            self.comment.setPlaceholderText(self.tr("Commentaire (facultatif)"))
            self.comment.setAccessibleName(self.tr("Commentaire"))
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(plural(count, *buttons[state], lang))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self.comment.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        if state == REJECTED:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Un entretien rejeté ne compte plus dans le tableau de bord, "
                        "l'affiche et le rapport. Vous pourrez changer d'avis."
                    )
                )
            )
        layout.addWidget(self.comment)
        layout.addWidget(self.box)
        self.comment.setFocus()
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(self.state != REJECTED or bool(self.comment.text().strip()))

    def text(self) -> str:
        return self.comment.text().strip()
