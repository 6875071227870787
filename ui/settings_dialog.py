"""Paramètres: who is using this computer (a person of the store, created here if new), the
interface language, where the data lives, and the server address."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.store import Key
from sync.wire.errors import QuartierError
from ui.changes import Changes
from ui.errors import show_error
from ui.preferences import preferences
from ui.work_context import WorkContext

LANGUAGE_NAMES = (("fr", "Français"), ("nl", "Nederlands"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Paramètres"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Qui suis-je ?"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Prénom et nom d'une nouvelle personne"))
        self.new_name.setAccessibleName(self.tr("Nouvelle personne"))
        add = QPushButton(self.tr("&Ajouter"))
        add.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue de l'interface"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.lang)))
        data = QLabel(str(context.store.path))
        data.setWordWrap(True)
        open_folder = QPushButton(self.tr("Ouvrir le dossier"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(context.store.path.parent)))
        )
        self.server = QLineEdit(context.store.settings.get(Key.SERVER) or "")
        # an enrolled computer keeps the address it enrolled with (enrolling again changes it)
        self.server.setReadOnly(bool(context.store.settings.get(Key.TOKEN)))
        self.server.setPlaceholderText("https://quartier.example.org")
        self.server.setAccessibleName(self.tr("Adresse du serveur"))

        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(add)
        data_row = QHBoxLayout()
        data_row.addWidget(data, 1)
        data_row.addWidget(open_folder)
        form = QFormLayout(self)
        form.addRow(self.tr("&Qui suis-je ?"), self.person)
        form.addRow("", new_row)
        form.addRow(self.tr("&Langue de l'interface"), self.language)
        form.addRow("", QLabel(self.tr("(prend effet au prochain démarrage)")))
        form.addRow(self.tr("Données"), data_row)
        form.addRow(self.tr("Adresse du &serveur"), self.server)
        form.addRow(
            "", QLabel(self.tr("(l'inscription auprès du serveur arrive avec la synchronisation)"))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill_people(context.person_id)

    def _fill_people(self, selected: str | None) -> None:
        self.person.clear()
        self.person.addItem(self.tr("— personne —"), None)
        for person in self.context.store.directory.people():
            role = f" ({self.tr('coach')})" if person["role"] == "coach" else ""
            self.person.addItem(f"{person['name']}{role}", person["id"])
        self.person.setCurrentIndex(max(0, self.person.findData(selected)))

    def add_person(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        try:
            person_id = self.context.store.directory.add_person(name)
        except QuartierError as error:
            show_error(self, error)
            return
        self.new_name.clear()
        self._fill_people(person_id)

    def accept(self) -> None:
        store = self.context.store
        try:
            person_id = self.person.currentData()
            if person_id != self.context.person_id and person_id is not None:
                store.settings.set(Key.PERSON, person_id)
            server = self.server.text().strip()
            if server != (store.settings.get(Key.SERVER) or ""):
                store.settings.set(Key.SERVER, server)
        except QuartierError as error:
            show_error(self, error)
            return
        preferences().setValue("interface/language", self.language.currentData())
        self.context.changes.announce(Changes(settings=True), self)
        super().accept()
