"""One interview on screen: the form view, saved as a draft on every change, finalized with
Ctrl+Enter once nothing is missing, and corrected (a new version) once finalized.

Never lose work: the first edit after a save starts a short timer (SAVE_DELAY_MS, not
restarted by later keystrokes); when it fires the answers go to
`store.submissions.save_draft` in one transaction. Closing the editor saves at once. The
status label says whether the last save reached the disk; a failed save is never hidden.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.records import FINALIZED, SubmissionRecord
from app.store import Store
from survey_forms import Form
from survey_forms.session import Key
from sync.wire.errors import QuartierError
from ui.confirm import confirm
from ui.errors import show_error
from ui.form_filler.form_view import FormView
from ui.form_filler.overview import OverviewDialog
from ui.models.paged_table import local_time
from ui.preferences import preferences
from ui.shortcuts import CTRL_ENTER, local_shortcuts

SAVE_DELAY_MS = 250
#: The draft on screen, so that the window reopens on it after a quit or a crash.
OPEN_DRAFT = "interviews/open_draft"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MissingPanel(QFrame):
    """What stops finalizing, each line a link to its question."""

    def __init__(self, view: FormView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingPanel")
        self.setStyleSheet("QFrame#missingPanel { border: 2px solid #b00020; }")
        self.view = view
        self.title = QLabel(self.tr("Avant de finaliser, il manque :"))
        self.title.setStyleSheet("font-weight: bold; color: #b00020;")
        self.list = QListWidget()
        self.list.setAccessibleName(self.title.text())
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.hide()

    def show_problems(self, problems: list[tuple[Key, str]]) -> None:
        self.list.clear()
        for key, text in problems:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            self.list.addItem(item)
        lines = min(max(len(problems), 1), 5)  # the form keeps most of the height
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * lines + 2 * self.list.frameWidth())
        self.setVisible(bool(problems))

    def _go(self, item: QListWidgetItem) -> None:
        self.view.focus_key(item.data(KEY_ROLE))


class InterviewEditor(QWidget):
    finalized = Signal(object)
    correctionStarted = Signal(object)
    closeRequested = Signal()
    deleted = Signal()

    def __init__(
        self,
        store: Store,
        form: Form,
        record: SubmissionRecord | None,
        *,
        author_id: str | None,
        campaign_id: str | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.form = form
        self.record = record
        self.author_id = author_id
        self.campaign_id = campaign_id
        self.submission_id = record.id if record else None
        self.read_only = record is not None and record.status == FINALIZED
        self.dirty = False
        self.save_failed = False
        self.written = False  # a draft was written from this editor

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("État de l'enregistrement"))
        self.finalize_button = QPushButton(self.tr("&Finaliser (Ctrl+Entrée)"))
        self.finalize_button.clicked.connect(self.finalize)
        self.correct_button = QPushButton(self.tr("&Corriger cet entretien"))
        self.correct_button.clicked.connect(self.correct)
        self.delete_button = QPushButton(self.tr("Supprimer le brouillon"))
        self.delete_button.clicked.connect(self.delete_draft)
        self.close_button = QPushButton(self.tr("&Retour à la liste"))
        self.close_button.clicked.connect(self.closeRequested)
        self.overview_button = QPushButton(self.tr("Aller à… (Ctrl+G)"))
        self.overview_button.setToolTip(
            self.tr("Toutes les questions et leur état ; Entrée va à la question choisie")
        )
        self.overview_button.clicked.connect(self.show_overview)
        self.overview: OverviewDialog | None = None
        self.view = FormView(
            form,
            record.answers if record else None,
            lang,
            store.attachments,
            read_only=self.read_only,
        )
        self.view.changed.connect(self._changed)
        self.view.endReached.connect(self.finalize_button.setFocus)
        self.missing = MissingPanel(self.view)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        local_shortcuts(self, CTRL_ENTER, self.finalize)
        local_shortcuts(self, ("Ctrl+G",), self.show_overview)
        if self.read_only:  # only read: Escape goes back (a draft is not left by a stray key)
            local_shortcuts(self, ("Escape",), self.closeRequested.emit)
            self.close_button.setToolTip(self.tr("Retour à la liste (Échap)"))

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status)
        bar = QHBoxLayout()  # under the title: the window stays narrow at 150 % scaling
        bar.addWidget(self.close_button)
        bar.addWidget(self.overview_button)
        bar.addStretch()
        bar.addWidget(self.delete_button)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.finalize_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.missing)
        self.finalize_button.setVisible(not self.read_only)
        self.delete_button.setVisible(not self.read_only)
        self.correct_button.setVisible(self.read_only)
        self._show_title()
        self._show_status(saved=record is not None)

    # ------------------------------------------------------------------ showing

    def _show_title(self) -> None:
        record = self.record
        if record is None:
            self.title.setText(self.tr("Nouvel entretien"))
            return
        where = record.street or self.tr("adresse non renseignée")
        if record.status == FINALIZED:
            state = self.tr("finalisé le %1").replace("%1", local_time(record.finalized_at))
        elif record.replaces_id:
            state = self.tr("correction en cours")
        else:
            state = self.tr("brouillon")
        interview = self.tr("Entretien")  # outside the f-string, where lupdate finds it
        self.title.setText(f"{interview} — {where} ({state})")

    def _show_status(self, saved: bool) -> None:
        if self.read_only:
            self.status.setText(self.tr("Lecture seule"))
            self.status.setStyleSheet("")
        elif self.save_failed:
            self.status.setText(self.tr("Non enregistré !"))
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        elif self.dirty:
            self.status.setText(self.tr("Enregistrement…"))
            self.status.setStyleSheet("")
        elif saved:
            now = QTime.currentTime().toString("HH:mm:ss")
            self.status.setText(self.tr("Enregistré ✓ %1").replace("%1", now))
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.status.setText(self.tr("Rien à enregistrer pour l'instant"))
            self.status.setStyleSheet("")

    def show_overview(self) -> OverviewDialog:
        """« Aller à… »: every question with its state; Enter goes to the one chosen."""
        if self.overview is not None:
            self.overview.deleteLater()
        self.overview = OverviewDialog(self.view, self)
        self.overview.open()
        self.overview.activateWindow()
        return self.overview

    # ------------------------------------------------------------------ saving

    def _changed(self) -> None:
        self.dirty = True
        self._show_status(saved=False)
        if not self.timer.isActive():  # at most SAVE_DELAY_MS of typing is ever unsaved
            self.timer.start()
        if self.missing.isVisible():
            self.missing.show_problems(self.view.missing())

    def save_now(self) -> bool:
        """Write the answers as they are; True when they are on disk."""
        self.timer.stop()
        if self.read_only or not self.dirty:
            return not self.save_failed
        try:
            self.record = self.store.submissions.save_draft(
                self.form.form_id,
                self.form.version or "",
                self.view.session.answers_to_keep(),
                submission_id=self.submission_id,
                campaign_id=self.campaign_id,
                author_id=self.author_id,
            )
        except QuartierError as error:
            first_failure = not self.save_failed
            self.save_failed = True
            self._show_status(saved=False)
            if first_failure:
                show_error(self, error)
            self.timer.start()  # try again: the disk may come back
            return False
        self.submission_id = self.record.id
        self.dirty = self.save_failed = False
        self.written = True
        self._remember_position()
        self._show_status(saved=True)
        self._show_title()
        return True

    def _remember_position(self) -> None:
        settings = preferences()
        key = self.view.current_key()
        if self.submission_id and key is not None:
            settings.setValue(f"drafts/{self.submission_id}", json.dumps(key))
        if self.submission_id:
            settings.setValue(OPEN_DRAFT, self.submission_id)
        settings.sync()  # on disk now: a crash comes without warning

    def restore_position(self) -> None:
        """Reopen a draft where it was left (else on its first question)."""
        if self.submission_id and not self.read_only:
            settings = preferences()
            settings.setValue(OPEN_DRAFT, self.submission_id)
            settings.sync()
        stored = preferences().value(f"drafts/{self.submission_id}") if self.submission_id else None
        if stored:
            key = json.loads(str(stored))
            self.view.focus_key(tuple(key) if isinstance(key, list) else key)
        else:
            self.view.focus_first()

    def finalize(self) -> bool:
        if self.read_only:
            return False
        self.save_now()
        problems = self.view.missing()
        if problems:
            self.view.reveal_errors()
            self.missing.show_problems(problems)
            self.missing.list.setCurrentRow(0)
            self.missing.list.setFocus()
            return False
        if not confirm(
            self,
            self.tr("Finaliser l'entretien"),
            self.tr(
                "Finaliser cet entretien ? Il ne pourra plus être modifié ici : une correction "
                "en fera une nouvelle version."
            ),
            self.tr("&Finaliser"),
            self.tr("&Continuer l'entretien"),
        ):
            return False
        self.dirty = True  # finalize what is on screen, even if nothing changed since opening
        if not self.save_now() or self.submission_id is None:
            return False
        try:
            record = self.store.submissions.finalize(
                self.submission_id, self.view.session.answers_to_keep()
            )
        except QuartierError as error:
            show_error(self, error)
            return False
        preferences().remove(f"drafts/{self.submission_id}")
        self.record = record
        self.finalized.emit(record)
        return True

    def correct(self) -> None:
        if self.record is None:
            return
        try:
            draft = self.store.submissions.correct(self.record.id, self.author_id)
        except QuartierError as error:
            show_error(self, error)
            return
        self.correctionStarted.emit(draft)

    def delete_draft(self) -> None:
        """Throw this draft away (a wrong door, a resident who changed their mind)."""
        if self.read_only:
            return
        if not confirm(
            self,
            self.tr("Supprimer le brouillon"),
            self.tr("Supprimer ce brouillon ? Ses réponses seront perdues."),
            self.tr("&Supprimer"),
            self.tr("&Garder le brouillon"),
        ):
            return
        self.timer.stop()
        if self.submission_id is not None:
            try:
                self.store.submissions.delete_draft(self.submission_id)
            except QuartierError as error:
                show_error(self, error)
                return
            preferences().remove(f"drafts/{self.submission_id}")
        self.dirty = False
        self.read_only = True  # nothing left to save
        self.deleted.emit()

    def close_editor(self) -> bool:
        """Save what is pending; False (and the editor stays) when it could not be saved."""
        return self.save_now() or self.read_only
