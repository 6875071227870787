"""The campaign dialog: name, dates, target households, the perimeter's streets (typed one per
line or imported from a CSV) and the forms used. It checks what it can before anything is
sent, and stays open with everything typed while the server answers: a refusal or a server
out of reach is shown in it and loses nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sync.client.campaigns import read_streets
from sync.wire.errors import QuartierError
from sync.wire.protocol import CampaignRequest
from ui.errors import error_text
from ui.notices import say

#: What the protocol accepts (sync.wire.protocol.CampaignRequest).
MAX_NAME, MAX_STREETS, MAX_TARGET = 200, 5000, 1_000_000
#: A new campaign lasts a month by default: the diagnosis's month of interviews.
DEFAULT_DAYS = 30


def day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def streets_in(text: str) -> list[str]:
    """One street per line, trimmed, each once, in the order typed."""
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


class CampaignDialog(QDialog):
    """`forms` are (form id, title) of the forms this laptop knows; `campaign` the local row
    of the campaign edited (None for a new one). Save emits `submitted(request)` once what was
    typed can be sent: the caller sends it, then closes the dialog (`accept`)."""

    submitted = Signal(object)

    def __init__(
        self,
        neighbourhood_id: str,
        forms: list[tuple[str, str]],
        lang: str,
        campaign: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.neighbourhood_id = neighbourhood_id
        self.campaign = campaign
        self.sending = False
        self.setWindowTitle(
            self.tr("Nouvelle campagne")
            if campaign is None
            else self.tr("Modifier la campagne « {name} »").format(name=campaign["name"])
        )
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Diagnostic partagé, printemps"))
        self.starts = self._date_edit(lang)
        self.ends = self._date_edit(lang)
        self.target = QSpinBox()
        self.target.setRange(0, MAX_TARGET)
        self.target.setSpecialValueText(self.tr("non fixé"))
        self.target.setSuffix(self.tr(" foyers"))
        self.target.setSingleStep(50)
        self.streets = QPlainTextEdit()
        self.streets.setPlaceholderText(self.tr("Une rue par ligne, par exemple :\nRue Haute\n"
                                                "Rue Blaes"))  # fmt: skip
        self.streets.setMinimumHeight(140)
        self.street_count = QLabel()
        self.streets.textChanged.connect(self._count_streets)
        self.import_button = QPushButton(self.tr("Importer un CSV…"))
        self.import_button.clicked.connect(self.ask_streets_file)
        self.forms = {form_id: QCheckBox(title) for form_id, title in forms}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._fill(campaign)
        self._lay_out()

    def _date_edit(self, lang: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setLocale(QLocale(lang))
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _fill(self, campaign: dict[str, Any] | None) -> None:
        today = date.today()
        if campaign is None:
            self.starts.setDate(_qdate(today))
            self.ends.setDate(_qdate(today + timedelta(days=DEFAULT_DAYS)))
            for box in self.forms.values():
                box.setChecked(True)
            return
        self.name.setText(campaign["name"])
        starts = date.fromisoformat(campaign["starts_on"]) if campaign["starts_on"] else today
        ends = date.fromisoformat(campaign["ends_on"]) if campaign["ends_on"] else starts
        self.starts.setDate(_qdate(starts))
        self.ends.setDate(_qdate(ends))
        self.target.setValue(campaign["target_households"] or 0)
        self.streets.setPlainText("\n".join(campaign["streets"] or []))
        for form_id in campaign["forms"] or []:
            if form_id not in self.forms:  # a form this laptop lacks is kept too
                self.forms[form_id] = QCheckBox(form_id)
            self.forms[form_id].setChecked(True)

    def _lay_out(self) -> None:
        street_tools = QHBoxLayout()
        street_tools.addWidget(self.street_count, 1)
        street_tools.addWidget(self.import_button)
        streets = QVBoxLayout()
        streets.addWidget(self.streets)
        streets.addLayout(street_tools)
        forms = QVBoxLayout()
        for box in self.forms.values():
            forms.addWidget(box)
        if not self.forms:
            forms.addWidget(QLabel(self.tr("Aucun formulaire sur cet ordinateur.")))
        fields = QFormLayout()
        fields.addRow(self.tr("&Nom :"), self.name)
        fields.addRow(self.tr("&Début :"), self.starts)
        fields.addRow(self.tr("&Fin :"), self.ends)
        fields.addRow(self.tr("&Objectif :"), self.target)
        streets_label = QLabel(self.tr("&Rues du périmètre :"))
        streets_label.setBuddy(self.streets)
        fields.addRow(streets_label, streets)
        fields.addRow(self.tr("Formulaires :"), forms)
        footer = QHBoxLayout()
        footer.addWidget(self.busy)
        footer.addStretch(1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(fields, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        self.setMinimumWidth(560)
        self._count_streets()

    def _count_streets(self) -> None:
        count = len(streets_in(self.streets.toPlainText()))
        self.street_count.setText(self.tr("%n rue(s)", "", count))

    def chosen_forms(self) -> list[str]:
        return [form_id for form_id, box in self.forms.items() if box.isChecked()]

    def _submit(self) -> None:
        request = self.request()
        if request is not None:
            self.submitted.emit(request)

    def request(self) -> CampaignRequest | None:
        """What the coach typed, as the server's request; None (and a message here) when it
        cannot be sent as it is."""
        name = self.name.text().strip()
        starts, ends = day(self.starts), day(self.ends)
        streets = streets_in(self.streets.toPlainText())
        problem = self._problem(name, starts, ends, streets)
        if problem is None:
            try:
                return CampaignRequest(
                    neighbourhood_id=self.neighbourhood_id,
                    name=name,
                    starts_on=starts,
                    ends_on=ends,
                    target_households=self.target.value() or None,
                    streets=streets,
                    forms=self.chosen_forms(),
                    closed=bool(self.campaign and self.campaign["closed_at"]),
                )
            except ValidationError as error:  # a limit not checked here
                problem = (str(error), None)
        text, field = problem
        self.say(text, error=True)
        if field is not None:
            field.setFocus()
        return None

    def _problem(
        self, name: str, starts: date, ends: date, streets: list[str]
    ) -> tuple[str, QWidget | None] | None:
        """Why the campaign cannot be sent as typed, and the field to correct."""
        if not name:
            return self.tr("Donnez un nom à la campagne."), self.name
        if ends < starts:
            text = self.tr("La fin ({end}) précède le début ({start}) : corrigez les dates.")
            return text.format(end=self.ends.text(), start=self.starts.text()), self.ends
        if len(streets) > MAX_STREETS:
            text = self.tr("Au plus {max} rues par campagne (il y en a {count}).")
            return text.format(max=MAX_STREETS, count=len(streets)), self.streets
        return None

    def say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def set_busy(self, busy: bool) -> None:
        """While the server answers the coach waits: nothing is sent twice, and the dialog
        stays until the answer came (it closes on success, or shows why not)."""
        self.sending = busy
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self.sending:
            super().reject()

    def ask_streets_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer les rues"), "", self.tr("Tableau CSV (*.csv *.txt)")
        )
        if path:
            self.import_streets(Path(path))

    def import_streets(self, path: Path) -> None:
        """Add the streets of the CSV's first column to those already typed."""
        try:
            found = read_streets(path)
        except QuartierError as error:
            self.say(error_text(error), error=True)
            return
        typed = streets_in(self.streets.toPlainText())
        added = [s for s in dict.fromkeys(found) if s not in typed]
        self.streets.setPlainText("\n".join([*typed, *added]))
        self.say(
            self.tr("%n rue(s) ajoutée(s) depuis {file}.", "", len(added)).format(file=path.name)
        )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
