"""The first start: on a computer that knows no neighbourhood and is enrolled nowhere, the
window opens this assistant instead of an empty list. Four ways in, French first:

- a coach's code or enrolment card (the code, or the QR code's link): enrol, sync once, then
  « Comment vous appelez-vous ? »;
- a coach's login (server, name, password), then a first sync;
- the demo, built in its own file (never in this computer's data) and opened;
- a neighbourhood of one's own, without a server (it can be enrolled later: it then becomes
  the server's neighbourhood, see app.first_start).

Network calls run off the UI thread; one at a time. Cancelling leaves the window as it was; the
assistant stays in the Fichier menu. `changed` tells the window to show what was made, and
`database` the file to open instead (the demo).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCommandLinkButton,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.first_start import LocalStart, choose_person, start_without_server
from app.store import Key, Store
from sync.client.connection import SyncError, SyncSummary, connect, is_server_address
from sync.wire.errors import QuartierError
from ui.coach_login import CoachCredentials, login_problem, open_coach_session
from ui.errors import error_text
from ui.locale_format import format_count
from ui.notices import hint, say
from ui.operations import Operation, OperationContext
from ui.sync_page import enrol_here, enrolment_parts, sync_here

if TYPE_CHECKING:  # httpx is imported when a sync begins (issue 18)
    import httpx

DEMO_HOUSEHOLDS = 300
#: How the server refuses an enrolment code: unknown, expired, revoked or used (403), or not
#: even shaped like one (422).
REFUSED_CODE = (403, 422)


def is_fresh(store: Store) -> bool:
    """No neighbourhood and no enrolment: the assistant opens with the window."""
    return not store.directory.neighbourhoods() and not store.settings.get(Key.TOKEN)


def _demo_path() -> Path:
    from app.demo import DEFAULT_DEMO_PATH

    return DEFAULT_DEMO_PATH()


class FirstStart(QDialog):
    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        connect_http: Callable[[str], httpx.Client] = connect,
        demo_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.connect_http = connect_http
        self.demo_path = demo_path or _demo_path()
        self.changed = False  # something was made here: the window shows it once closed
        self.database: Path | None = None  # the file the window opens instead (the demo)
        self.outcome = ""  # one line for the window's status bar
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Bienvenue dans Quartier"))
        self.setMinimumWidth(660)

        self.pages = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)

        self.choices = self._choices_page()
        self.code_page = self._code_page()
        self.coach_page = self._coach_page()
        self.demo_page = self._demo_page()
        self.local_page = self._local_page()
        self.name_page = self._name_page()
        self.show_page(self.choices)

    # ------------------------------------------------------------------ pages

    def _page(self, title: str, intro: str = "") -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold; margin-bottom: 4px;")
        layout.addWidget(heading)
        if intro:
            layout.addWidget(_wrapped(intro))
        self.pages.addWidget(page)
        return page, layout

    def _buttons(self, layout: QVBoxLayout, *buttons: QPushButton, back: bool = True) -> None:
        """The page's buttons at its foot: « Retour » on the left, the others on the right
        (the last one is the default)."""
        layout.addStretch(1)
        row = QHBoxLayout()
        if back:
            previous = QPushButton(self.tr("← Retour"))
            previous.clicked.connect(lambda: self.show_page(self.choices))
            row.addWidget(previous)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        if buttons:
            buttons[-1].setDefault(True)
        layout.addLayout(row)

    def _choices_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Bienvenue dans Quartier"),
            self.tr(
                "Cet ordinateur ne connaît encore aucun quartier. Comment voulez-vous commencer ?"
            ),
        )
        choices = (
            (
                self.tr("J'ai un code ou une carte d'inscription"),
                self.tr(
                    "Votre coach vous a remis un code ou une carte avec un QR code : cet "
                    "ordinateur rejoint votre quartier et reçoit ses formulaires."
                ),
                lambda: self.show_page(self.code_page),
            ),
            (
                self.tr("Je coordonne"),
                self.tr(
                    "Vous êtes coach : connectez-vous au serveur avec votre nom et votre mot "
                    "de passe."
                ),
                lambda: self.show_page(self.coach_page),
            ),
            (
                self.tr("Essayer la démo"),
                self.tr(
                    "Un quartier imaginaire, avec ses entretiens et son inventaire, dans un "
                    "fichier à part : vos propres données ne sont pas touchées."
                ),
                self.build_demo,
            ),
            (
                self.tr("Travailler sans serveur"),
                self.tr(
                    "Créez votre quartier et votre campagne sur cet ordinateur. Vous pourrez "
                    "les relier à un serveur plus tard."
                ),
                lambda: self.show_page(self.local_page),
            ),
        )
        self.choice_buttons: list[QCommandLinkButton] = []
        for text, description, slot in choices:
            button = QCommandLinkButton(text, description)
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.choice_buttons.append(button)
        later = QPushButton(self.tr("Plus tard"))
        later.setToolTip(self.tr("L'assistant reste dans le menu Fichier."))
        later.clicked.connect(self.reject)
        self._buttons(layout, later, back=False)
        later.setDefault(False)
        return page

    def _code_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Inscrire cet ordinateur"),
            self.tr(
                "Recopiez le code imprimé sous le QR code de votre carte, ou collez le lien "
                "du QR code : il contient aussi l'adresse du serveur."
            ),
        )
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Code ou lien quartier://enrol?…"))
        self.code.setAccessibleName(self.tr("Code d'inscription"))
        self.code.returnPressed.connect(self.enrol)
        self.code_server = QLineEdit(self.store.settings.get(Key.SERVER) or "")
        self.code_server.setPlaceholderText("https://quartier.example.org")
        self.code_server.setAccessibleName(self.tr("Adresse du serveur"))
        form = QFormLayout()
        form.addRow(self.tr("&Code ou lien :"), self.code)
        form.addRow(self.tr("Adresse du &serveur :"), self.code_server)
        layout.addLayout(form)
        layout.addWidget(
            hint(self.tr("Avec un code seul, indiquez l'adresse que votre coach vous a donnée."))
        )
        self.enrol_button = QPushButton(self.tr("Inscrire cet ordinateur"))
        self.enrol_button.clicked.connect(self.enrol)
        self._buttons(layout, self.enrol_button)
        return page

    def _coach_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Je coordonne"),
            self.tr(
                "Connectez-vous avec le compte de coach que l'administrateur du serveur vous a "
                "créé. La première synchronisation apporte vos quartiers."
            ),
        )
        self.credentials = CoachCredentials(self.store, self.log_in)
        form = self.credentials
        self.coach_server = form.server
        self.coach_name, self.coach_password = form.name, form.password
        layout.addLayout(form)
        self.login_button = QPushButton(self.tr("Se connecter"))
        self.login_button.clicked.connect(self.log_in)
        self.coach_code = QPushButton(self.tr("Inscrire avec un code…"))
        self.coach_code.clicked.connect(self._coach_enrols_with_a_code)
        self.coach_done = QPushButton(self.tr("Terminer"))
        self.coach_done.clicked.connect(self.accept)
        for later in (self.coach_code, self.coach_done):
            later.hide()
        self._buttons(layout, self.coach_code, self.coach_done, self.login_button)
        return page

    def _demo_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Démonstration"),
            self.tr(
                "Construction d'un quartier imaginaire (les Marolles, à Bruxelles) avec %1 "
                "entretiens, son inventaire et ses bénévoles, dans le fichier %2. Vos propres "
                "données restent où elles sont."
            )
            .replace("%1", format_count(DEMO_HOUSEHOLDS))
            .replace("%2", str(self.demo_path)),
        )
        self._buttons(layout)
        return page

    def _local_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Travailler sans serveur"),
            self.tr(
                "Votre quartier et votre campagne restent sur cet ordinateur. Si votre groupe "
                "rejoint un serveur plus tard, ils y seront rattachés à l'inscription."
            ),
        )
        today = QDate.currentDate()
        self.hood = QLineEdit()
        self.hood.setPlaceholderText(self.tr("par exemple : Marolles"))
        self.commune = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.campaign = QLineEdit(self.tr("Diagnostic partagé %1").replace("%1", str(today.year())))
        self.starts = _date_field(today)
        self.ends = _date_field(today.addMonths(2))
        self.target = QSpinBox()
        self.target.setRange(0, 100_000)
        self.target.setSingleStep(50)
        self.target.setSpecialValueText(self.tr("non fixé"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Prénom et nom"))
        place = QHBoxLayout()
        place.addWidget(self.commune, 1)
        place.addWidget(QLabel(self.tr("Code postal :")))
        place.addWidget(self.postcode)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.ends)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Nom du &quartier :"), self.hood)
        commune = QLabel(self.tr("&Commune :"))
        commune.setBuddy(self.commune)  # the row holds a layout: its label needs a buddy
        form.addRow(commune, place)
        form.addRow(self.tr("Nom de la c&ampagne :"), self.campaign)
        form.addRow(self.tr("Du :"), dates)
        form.addRow(self.tr("&Ménages visés :"), self.target)
        form.addRow(self.tr("&Votre nom :"), self.person)
        for label, field in (
            (self.tr("Nom du quartier"), self.hood),
            (self.tr("Commune"), self.commune),
            (self.tr("Code postal"), self.postcode),
            (self.tr("Nom de la campagne"), self.campaign),
            (self.tr("Début de la campagne"), self.starts),
            (self.tr("Fin de la campagne"), self.ends),
            (self.tr("Ménages visés"), self.target),
            (self.tr("Votre nom"), self.person),
        ):
            field.setAccessibleName(label)
        layout.addLayout(form)
        self.create_button = QPushButton(self.tr("Créer le quartier"))
        self.create_button.clicked.connect(self.start_locally)
        self._buttons(layout, self.create_button)
        return page

    def _name_page(self) -> QWidget:
        page, layout = self._page(self.tr("Comment vous appelez-vous ?"))
        self.enrolled_text = _wrapped("")
        layout.addWidget(self.enrolled_text)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Prénom et nom"))
        self.name.setAccessibleName(self.tr("Votre nom"))
        self.name.returnPressed.connect(self.name_chosen)
        layout.addWidget(self.name)
        layout.addWidget(
            hint(
                self.tr(
                    "Votre nom accompagne les entretiens et les fiches que vous enregistrez "
                    "sur cet ordinateur. Vous pourrez le changer dans Fichier → Paramètres."
                )
            )
        )
        start = QPushButton(self.tr("Commencer"))
        start.clicked.connect(self.name_chosen)
        self._buttons(layout, start, back=False)
        return page

    def show_page(self, page: QWidget) -> None:
        self.message.hide()
        self.pages.setCurrentWidget(page)
        focus = {self.code_page: self.code, self.coach_page: self.coach_server}
        focus.update({self.local_page: self.hood, self.name_page: self.name})
        if page in focus:
            focus[page].setFocus()

    # ------------------------------------------------------------------ running

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def _server_ok(self, server: str) -> bool:
        if not is_server_address(server):
            self._say(
                self.tr("L'adresse du serveur commence par https:// (ou http://)."), error=True
            )
        return is_server_address(server)

    def _run(
        self,
        call: Callable[[OperationContext], Any],
        done: Callable[[Any], None],
        working: str,
        problem: Callable[[BaseException], str],
    ) -> None:
        """Run the assistant's one network or file call off the UI thread."""
        if self.operation is not None:
            return
        operation = Operation(call, self)
        operation.succeeded.connect(done)
        operation.failed.connect(lambda error: self._say(problem(error), error=True))
        operation.done.connect(lambda: self._finished(operation))
        self.operation = operation
        self._inputs_enabled(False)
        self.progress.show()
        self._say(working)
        operation.start()

    def _finished(self, operation: Operation) -> None:
        if self.operation is operation:
            self.operation = None
        self.progress.hide()
        self._inputs_enabled(True)

    def _inputs_enabled(self, enabled: bool) -> None:
        """Fields and buttons wait while a call runs; the page's text stays readable."""
        for child in self.pages.findChildren(QWidget):
            if isinstance(child, (QAbstractButton, QLineEdit, QAbstractSpinBox)):
                child.setEnabled(enabled)

    def reject(self) -> None:
        """Cancel, except while a call runs; once something was made, closing keeps it."""
        if self.busy:
            return
        if self.changed:
            self.accept()
        else:
            super().reject()

    def _unreachable(self, error: BaseException) -> str | None:
        if isinstance(error, QuartierError) and error.key == "sync.unreachable":
            return (
                self.tr(
                    "Le serveur %1 ne répond pas (%2). Vérifiez son adresse et la connexion à "
                    "Internet, puis réessayez."
                )
                .replace("%1", str(error.params.get("server", "")))
                .replace("%2", str(error.params.get("reason", "")))
            )
        return None

    # ------------------------------------------------------------------ a code or a card

    def enrol(self) -> None:
        link_server, code = enrolment_parts(self.code.text())
        if link_server:
            self.code_server.setText(link_server)
            self.code.setText(code)
        server = self.code_server.text().strip()
        if not code:
            self._say(self.tr("Recopiez le code ou collez le lien du QR code."), error=True)
            return
        if not server:
            self._say(
                self.tr("Ce code ne dit pas où est le serveur : indiquez son adresse."),
                error=True,
            )
            self.code_server.setFocus()
            return
        if not self._server_ok(server):
            return
        store, connect_http = self.store, self.connect_http

        def call(_ctx: OperationContext) -> tuple[str, SyncSummary | QuartierError]:
            enrolled = enrol_here(store, connect_http, server, code)
            try:
                return enrolled.neighbourhood_name, sync_here(store, connect_http)
            except QuartierError as error:  # enrolled all the same: the sync can wait
                return enrolled.neighbourhood_name, error

        working = self.tr("Inscription, puis première synchronisation…")
        self._run(call, self._enrolled, working, self._code_problem)

    def _code_problem(self, error: BaseException) -> str:
        if isinstance(error, QuartierError) and (
            error.key in ("sync.bad_code", "sync.forbidden")
            or (error.key == "sync.server_refused" and error.params.get("status") in REFUSED_CODE)
        ):
            return self.tr(
                "Le serveur a refusé ce code : il est inconnu, expiré, révoqué ou déjà "
                "utilisé. Vérifiez-le, ou demandez un nouveau code à votre coach."
            )
        return self._unreachable(error) or error_text(error)

    def _enrolled(self, result: tuple[str, SyncSummary | QuartierError]) -> None:
        neighbourhood, synced = result
        self.changed = True
        text = self.tr("Cet ordinateur est inscrit dans le quartier « %1 ».").replace(
            "%1", neighbourhood
        )
        if isinstance(synced, SyncSummary):
            text += " " + self.tr(
                "Première synchronisation faite : %1 formulaire(s) et %2 élément(s) reçus."
            ).replace("%1", format_count(synced.forms)).replace("%2", format_count(synced.received))
        else:
            text += " " + self.tr(
                "La première synchronisation n'a pas abouti (%1) : relancez-la plus tard "
                "dans la section Synchronisation."
            ).replace("%1", error_text(synced))
        self.enrolled_text.setText(text)
        self.outcome = self.tr("Cet ordinateur est inscrit dans le quartier « %1 ».").replace(
            "%1", neighbourhood
        )
        person = self._current_person()
        self.name.setText(person["name"] if person else "")
        self.show_page(self.name_page)

    def _current_person(self) -> dict[str, Any] | None:
        pid = self.store.settings.get(Key.PERSON)
        return next((p for p in self.store.directory.people() if p["id"] == pid), None)

    def name_chosen(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self._say(self.tr("Écrivez votre prénom et votre nom."), error=True)
            return
        person = self._current_person()
        try:
            if person is None or person["name"] != name:
                choose_person(self.store, name)
        except QuartierError as error:
            self._say(error_text(error), error=True)
            return
        self.accept()

    # ------------------------------------------------------------------ a coach

    def log_in(self) -> None:
        problem = self.credentials.problem()
        if problem:
            self._say(problem, error=True)
            return
        server, name, password = self.credentials.values()
        store, connect_http = self.store, self.connect_http

        def call(_ctx: OperationContext) -> SyncSummary | SyncError | None:
            """The coach works on this computer; a first sync when the login enrolled it."""
            session = open_coach_session(store, connect_http, server, name, password)
            if not store.settings.get(Key.TOKEN):
                return session.unenrolled
            return sync_here(store, connect_http)

        self._run(call, self._logged_in, self.tr("Connexion…"), self._login_problem)

    def _login_problem(self, error: BaseException) -> str:
        return self._unreachable(error) or login_problem(error)

    def _logged_in(self, synced: SyncSummary | SyncError | None) -> None:
        self.changed = True
        self.coach_password.clear()
        if isinstance(synced, SyncSummary):
            self.outcome = self.tr(
                "Session de coach ouverte ; première synchronisation : %1 élément(s) reçus."
            ).replace("%1", format_count(synced.received))
            self.accept()
            return
        why = f"{error_text(synced)} " if synced is not None else ""
        self._say(
            why
            + self.tr(
                "Votre session de coach est ouverte, mais cet ordinateur n'est pas encore "
                "inscrit comme appareil : la synchronisation ne peut pas recevoir vos "
                "quartiers. Inscrivez-le avec un code d'inscription du quartier choisi, ou "
                "terminez et inscrivez-le plus tard dans la section Synchronisation."
            ),
            error=True,
        )
        self.login_button.hide()
        self.coach_code.show()
        self.coach_done.show()
        self.coach_done.setDefault(True)

    def _coach_enrols_with_a_code(self) -> None:
        self.code_server.setText(self.coach_server.text().strip())
        self.show_page(self.code_page)

    # ------------------------------------------------------------------ the demo

    def build_demo(self) -> None:
        self.show_page(self.demo_page)
        path = self.demo_path

        def call(_ctx: OperationContext) -> Path:
            from app.demo import build_demo

            if path.exists():  # refused (db.locked) while a Quartier has the demo open
                Store.open(path).close()
            build_demo(path, households=DEMO_HOUSEHOLDS, replace=True)
            return path

        self._run(call, self._demo_built, self.tr("Construction de la démonstration…"), error_text)

    def _demo_built(self, path: Path) -> None:
        self.database = path
        self.outcome = self.tr(
            "Vous êtes dans la démonstration (%1). Vos propres données n'ont pas changé : "
            "Fichier → Assistant de démarrage pour commencer pour de bon."
        ).replace("%1", str(path))
        self.accept()

    # ------------------------------------------------------------------ without a server

    def start_locally(self) -> None:
        hood, campaign = self.hood.text().strip(), self.campaign.text().strip()
        person = " ".join(self.person.text().split())
        if not hood or not campaign or not person:
            self._say(
                self.tr("Indiquez le nom du quartier, celui de la campagne et votre nom."),
                error=True,
            )
            return
        if self.ends.date() < self.starts.date():
            self._say(self.tr("La campagne se termine avant de commencer."), error=True)
            return
        start = LocalStart(
            neighbourhood=hood,
            campaign=campaign,
            person=person,
            commune=self.commune.text().strip(),
            postcode=self.postcode.text().strip(),
            starts_on=self.starts.date().toString(Qt.DateFormat.ISODate),
            ends_on=self.ends.date().toString(Qt.DateFormat.ISODate),
            target_households=self.target.value() or None,
        )
        try:
            start_without_server(self.store, start)
        except QuartierError as error:
            self._say(error_text(error), error=True)
            return
        self.changed = True
        self.outcome = (
            self.tr("Quartier « %1 » créé, avec la campagne « %2 ».")
            .replace("%1", hood)
            .replace("%2", campaign)
        )
        self.accept()


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _date_field(date: QDate) -> QDateEdit:
    field = QDateEdit(date)
    field.setCalendarPopup(True)
    field.setDisplayFormat("dd/MM/yyyy")
    return field
