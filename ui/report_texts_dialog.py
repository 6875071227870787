"""The report's texts, written by the coach in the window: recommendations and next steps,
acknowledgements and the group's contact. They are kept on the campaign by the store
(``Directory.set_report_texts``, as ``quartier report --recommendations --thanks --contact``
does) and printed by every later report of that campaign.

Enter in the contact line (or Ctrl+Enter anywhere) saves, as OK does; Enter in a multi-line
text starts a new line (a blank line separates paragraphs); Escape closes without saving."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.store import Store
from ui.errors import error_text


class ReportTextsDialog(QDialog):
    """Edits the report texts of one campaign; `accept` saves them in the store (the dialog
    stays open, with what was typed, if the store refuses)."""

    def __init__(
        self, store: Store, campaign_id: str, campaign_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.campaign_id = campaign_id
        self.setWindowTitle(self.tr("Textes du rapport — {name}").format(name=campaign_name))
        kept = store.directory.report_texts(campaign_id)

        self.recommendations = self._text_edit(
            kept["recommendations"],
            self.tr("Ce que le groupe propose, puis les prochaines étapes…"),
        )
        self.thanks = self._text_edit(
            kept["thanks"], self.tr("Les habitants, les bénévoles, les partenaires…")
        )
        self.contact = QLineEdit(kept["contact"])
        self.contact.setPlaceholderText(self.tr("Nom, téléphone ou adresse e-mail du groupe"))
        self.hint = QLabel(
            self.tr(
                "Une ligne vide sépare deux paragraphes ; une ligne qui commence par « - » "
                "devient une puce. Les textes sont gardés sur la campagne pour les rapports "
                "suivants. Ctrl+Entrée enregistre, Échap annule."
            )
        )
        self.hint.setWordWrap(True)
        self.message = QLabel()  # the store's refusal, if any
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Enregistrer"))
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        layout = QVBoxLayout(self)
        for label, field in (
            (self.tr("&Recommandations et prochaines étapes"), self.recommendations),
            (self.tr("Re&merciements"), self.thanks),
            (self.tr("&Contact du groupe"), self.contact),
        ):
            title = QLabel(label)
            title.setBuddy(field)
            layout.addWidget(title)
            layout.addWidget(field)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.recommendations.setFocus()

    def _text_edit(self, text: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)  # Tab goes to the next field, as in the rest of the form
        edit.setMinimumHeight(110)
        return edit

    def texts(self) -> dict[str, str]:
        return {
            "recommendations": self.recommendations.toPlainText(),
            "thanks": self.thanks.toPlainText(),
            "contact": self.contact.text(),
        }

    def accept(self) -> None:
        try:
            self.store.directory.set_report_texts(self.campaign_id, **self.texts())
        except Exception as error:  # said in the dialog: nothing typed is lost
            self.message.setText(self.tr("Textes non enregistrés : ") + error_text(error))
            self.message.show()
            return
        super().accept()
