"""A coach's session on this computer's server, opened the same way wherever it is asked for:
`open_coach_session` (the operation) and `CoachLoginDialog` (server address, name, password)
serve the Synchronisation section and the conflicts tab; the first-start assistant runs the
same operation from its own page.

While the session is open, each sync sends the reviews and conflict resolutions made here and
receives the whole neighbourhood, interviews included (`sync.client.device.login`). A laptop
enrolled nowhere becomes the coach's own device, unless the coach follows several
neighbourhoods: the session is open all the same, and the laptop waits for an enrolment code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.first_start import choose_person
from app.store import Key, Store
from sync.client.connection import SyncError, is_server_address
from sync.wire.errors import QuartierError
from ui.changes import Changes
from ui.errors import error_text
from ui.notices import hint, say
from ui.operations import Operation
from ui.work_context import WorkContext

if TYPE_CHECKING:  # httpx is imported when a sync begins (issue 18)
    import httpx


@dataclass(frozen=True)
class CoachSession:
    """What a login did here."""

    enrolled_now: bool  # this computer was enrolled by the login, as the coach's device
    unenrolled: SyncError | None  # why it is still enrolled nowhere (several neighbourhoods)


def open_coach_session(
    store: Store,
    connect_http: Callable[[str], httpx.Client],
    server: str,
    name: str,
    password: str,
) -> CoachSession:
    """Log in as a coach on `server` (this computer's own server once it is enrolled); the
    coach is the person working on this computer from now on."""
    was_enrolled = bool(store.settings.get(Key.TOKEN))
    unenrolled = None
    from sync.client.device import login  # the protocol's models, once a coach logs in

    with connect_http(server) as http:
        try:
            login(store, http, name, password)
        except SyncError as error:
            if error.key != "sync.choose_neighbourhood":
                raise
            unenrolled = error
            store.settings.set(Key.SERVER, server)  # where the enrolment code will lead
    choose_person(store, name, "coach")
    return CoachSession(enrolled_now=not was_enrolled and unenrolled is None, unenrolled=unenrolled)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoachLoginDialog", text)


class CoachCredentials(QFormLayout):
    """The server's address, the coach's account name and password, wherever a coach logs
    in; Enter in the password submits."""

    def __init__(self, store: Store, submit: Callable[[], object]) -> None:
        super().__init__()
        self.server = QLineEdit(store.settings.get(Key.SERVER) or "")
        self.server.setPlaceholderText("https://quartier.example.org")
        self.server.setAccessibleName(_tr("Adresse du serveur"))
        self.name = QLineEdit(store.settings.get(Key.COACH_NAME) or "")
        self.name.setAccessibleName(_tr("Nom du compte coach"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Mot de passe"))
        self.password.returnPressed.connect(submit)
        self.addRow(_tr("Adresse du &serveur :"), self.server)
        self.addRow(_tr("&Nom du compte coach :"), self.name)
        self.addRow(_tr("&Mot de passe :"), self.password)

    def values(self) -> tuple[str, str, str]:
        return self.server.text().strip(), self.name.text().strip(), self.password.text()

    def problem(self) -> str | None:
        """What is missing or wrong in what was typed, said to the coach."""
        server, name, password = self.values()
        if not (server and name and password):
            return _tr("Indiquez l'adresse du serveur, votre nom et votre mot de passe.")
        if not is_server_address(server):
            return _tr("L'adresse du serveur commence par https:// (ou http://).")
        return None


def session_changes(session: CoachSession) -> Changes:
    """The session is a setting; an enrolment brings the server's neighbourhood too."""
    return Changes(settings=True, campaigns=session.enrolled_now)


class CoachLoginDialog(QDialog):
    """The login runs off the UI thread; the dialog stays open with what was typed until it
    succeeded, and says there why it did not. Accepted once the session is open."""

    def __init__(
        self,
        context: WorkContext,
        connect_http: Callable[[str], httpx.Client],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.connect_http = connect_http
        self.operation: Operation | None = None
        self.session: CoachSession | None = None
        self.setWindowTitle(self.tr("Session de coach"))
        self.setMinimumWidth(480)
        enrolled = bool(self.store.settings.get(Key.TOKEN))
        form = self.credentials = CoachCredentials(self.store, self.log_in)
        self.server, self.name, self.password = form.server, form.name, form.password
        # the session is for the server this computer syncs with
        self.server.setReadOnly(enrolled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.login_button = QPushButton(self.tr("Se connecter"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.log_in)
        self.close_button = QPushButton(self.tr("Annuler"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Tant que la session est ouverte, chaque synchronisation reçoit tout le "
                    "quartier, entretiens compris, et envoie vos relectures et vos résolutions "
                    "de conflits."
                )
                if enrolled
                else self.tr(
                    "Cet ordinateur n'est encore inscrit nulle part : la connexion l'inscrit "
                    "comme votre appareil, dans votre quartier."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        (self.name if self.server.text() else self.server).setFocus()

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def log_in(self) -> Operation | None:
        if self.operation is not None or self.session is not None:
            return None
        problem = self.credentials.problem()
        if problem:
            say(self.message, problem, error=True)
            return None
        server, name, password = self.credentials.values()
        store, connect_http = self.store, self.connect_http
        operation = Operation(
            lambda _ctx: open_coach_session(store, connect_http, server, name, password), self
        )
        operation.succeeded.connect(self._opened)
        operation.failed.connect(self._refused)
        operation.done.connect(self._finished)
        operation.announce(self.context.changes, session_changes, self)
        self.operation = operation
        self._enable(False)
        self.progress.show()
        say(self.message, self.tr("Connexion…"))
        return operation.start()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.server, self.name, self.password, self.login_button,
                       self.close_button):  # fmt: skip
            widget.setEnabled(enabled)

    def _finished(self) -> None:
        self.operation = None
        self.progress.hide()
        self._enable(True)

    def _opened(self, session: CoachSession) -> None:
        self.session = session
        self.password.clear()
        if session.unenrolled is None:
            self.accept()
            return
        say(
            self.message,
            f"{error_text(session.unenrolled)} "
            + self.tr(
                "Votre session de coach est ouverte, mais cet ordinateur n'est pas encore "
                "inscrit comme appareil : inscrivez-le avec un code d'inscription du quartier "
                "choisi (section Synchronisation)."
            ),
            error=True,
        )
        self.login_button.hide()
        self.close_button.setText(self.tr("Fermer"))

    def _refused(self, error: BaseException) -> None:
        say(self.message, login_problem(error), error=True)
        self.password.selectAll()
        self.password.setFocus()

    def reject(self) -> None:
        """Not while the server answers; once the session is open, closing keeps it."""
        if self.busy:
            return
        if self.session is not None:
            self.accept()
        else:
            super().reject()


def login_problem(error: BaseException) -> str:
    """Why a login failed, in words for a coach: the wrong name or password said as such."""
    if isinstance(error, QuartierError) and error.key == "sync.unauthorized":
        return QCoreApplication.translate(
            "CoachLoginDialog", "Le serveur a refusé ce nom ou ce mot de passe."
        )
    return error_text(error)
