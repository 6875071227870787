"""Exporting from the window with the command line's choices: format, labels or codes, their
language, headers with the questions' labels, the dashboard's filter or the whole campaign
(said, never implied), and personal data only when ticked, with what that means spelled out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.exports import FORMATS
from ui.coach.review_dialog import plural
from ui.locale_format import format_count

LANGUAGES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


@dataclass(frozen=True)
class ExportChoice:
    fmt: str
    #: None: choice codes (``--values``); else labels in this language.
    lang: str | None
    labelled_headers: bool
    #: Only what the dashboard's filter shows.
    filtered: bool
    include_personal: bool


@dataclass(frozen=True)
class FilterState:
    """The dashboard's filter as the dialog describes it."""

    description: str
    total: int
    shown: int


class ExportDialog(QDialog):
    def __init__(
        self,
        lang: str,
        filter_state: FilterState,
        audit: str,
        parent: QWidget | None = None,
        *,
        sealed: int = 0,
    ) -> None:
        """`sealed`: interviews whose personal answers stay sealed (the coach key not
        unlocked, or sealed for another coach): said when personal data is ticked."""
        super().__init__(parent)
        self.sealed = sealed
        self.lang = lang
        self.setWindowTitle(self.tr("Exporter les données"))
        self.format = QComboBox()
        names = {
            "xlsx": self.tr("Classeur Excel (.xlsx)"),
            "csv": self.tr("CSV pour Excel/LibreOffice (.csv)"),
            "geojson": self.tr("GeoJSON pour QGIS (.geojson)"),
        }
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.format.setCurrentIndex(self.format.findData("xlsx"))
        self.labels = QRadioButton(self.tr("&Libellés des réponses"))
        self.codes = QRadioButton(self.tr("C&odes des réponses (comme KoboToolbox)"))
        self.labels.setChecked(True)
        values = QButtonGroup(self)
        values.addButton(self.labels)
        values.addButton(self.codes)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.codes.toggled.connect(lambda on: self.language.setEnabled(not on))
        self.headers = QCheckBox(self.tr("En-têtes avec les &intitulés des questions"))
        self.everything = QRadioButton(
            plural(
                filter_state.total,
                self.tr("&Toute la campagne ({n} entretien)"),
                self.tr("&Toute la campagne ({n} entretiens)"),
                lang,
            )
        )
        self.filtered = QRadioButton(
            self.tr("&Seulement le filtre du tableau de bord : {filter} ({n})").format(
                filter=filter_state.description, n=format_count(filter_state.shown)
            )
            if filter_state.description
            else self.tr("&Seulement le filtre du tableau de bord (aucun filtre choisi)")
        )
        self.filtered.setEnabled(bool(filter_state.description))
        self.everything.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.everything)
        scope.addButton(self.filtered)
        self.personal = QCheckBox(
            self.tr("Inclure les données &personnelles (adresse exacte, nom, téléphone, e-mail)")
        )
        self.warning = QLabel(
            self.tr(
                "Ce fichier contiendra des données personnelles d'habitants. L'export sera "
                "consigné (qui, quand, quelles colonnes, quel fichier) dans {audit}. Gardez le "
                "fichier sur cet ordinateur, ne l'envoyez pas par e-mail et supprimez-le quand "
                "vous n'en avez plus besoin."
            ).format(audit=audit)
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a3261b; font-weight: bold;")
        self.sealed_note = QLabel(
            self.tr(
                "Entretiens aux données personnelles scellées qui ne sont pas ouvertes (clé "
                "de coach verrouillée, ou scellées pour un autre coach) : {n} ; leurs colonnes "
                "personnelles resteront vides. Déverrouillez d'abord la clé de coach."
            ).format(n=format_count(sealed))
        )
        self.sealed_note.setWordWrap(True)
        self.personal.toggled.connect(self._personal)
        form = QFormLayout()
        form.addRow(self.tr("&Format :"), self.format)
        form.addRow(self.tr("Réponses :"), self.labels)
        form.addRow("", self.codes)
        form.addRow(self.tr("Lan&gue :"), self.language)
        form.addRow("", self.headers)
        form.addRow(self.tr("Entretiens :"), self.everything)
        form.addRow("", self.filtered)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.personal)
        layout.addWidget(self.warning)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.box)
        self._personal(False)

    def _personal(self, included: bool) -> None:
        self.warning.setVisible(included)
        self.sealed_note.setVisible(included and self.sealed > 0)
        self.ok.setText(
            self.tr("Exporter avec les données personnelles…") if included else self.tr("Exporter…")
        )
        self.adjustSize()

    def choice(self) -> ExportChoice:
        return ExportChoice(
            fmt=self.format.currentData(),
            lang=None if self.codes.isChecked() else self.language.currentData(),
            labelled_headers=self.headers.isChecked(),
            filtered=self.filtered.isChecked(),
            include_personal=self.personal.isChecked(),
        )
