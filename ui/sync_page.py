"""The Synchronisation section: where this computer sends its work, what waits to be sent,
enrolment with a coach's code, the sync itself and the offline bundles (USB key, e-mail).

Every network or file call runs off the UI thread (ui.operations): the window never freezes,
and one action at a time (a second click while a sync runs does nothing). Each announces what
it changed, and the page's state follows those announcements, its own and the other sections'
(an interview finalized, an inventory item saved). The HTTP client is made by
`connect_http(url)`: tests pass one that reaches the server in-process.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.store import Key, Store
from sync.client.connection import Progress, SyncSummary, connect, is_server_address
from sync.wire.clock import now_iso
from ui.changes import Changes, Follower
from ui.coach_login import CoachLoginDialog
from ui.errors import error_text
from ui.locale_format import format_count
from ui.notices import hint, say
from ui.operations import Operation, OperationContext
from ui.work_context import WorkContext

if TYPE_CHECKING:  # httpx is imported when a sync begins (issue 18)
    import httpx

    from sync.wire.protocol import EnrolResponse

BUNDLE_FILTER = "*.quartier *.zip"
#: What a sync may change: the state of the page, what was sent, and whatever a pull brings.
SYNC_CHANGES = Changes(
    submissions=True, inventory=True, reviews=True, campaigns=True, settings=True, forms=True,
    outbox=True,
)  # fmt: skip


def enrolment_parts(text: str) -> tuple[str, str]:
    """(server, code) from what was pasted: the QR code's link `quartier://enrol?server=…&code=…`
    gives both; a bare code gives ("", code)."""
    text = text.strip()
    if text.startswith("quartier://"):
        query = parse_qs(urlsplit(text).query)
        return query.get("server", [""])[0], query.get("code", [""])[0]
    return "", text


def enrol_here(
    store: Store, connect_http: Callable[[str], httpx.Client], server: str, code: str
) -> EnrolResponse:
    """Enrol this computer (named after its host) with a coach's code; the address becomes
    this computer's server."""
    from sync.client.device import enrol  # the protocol's models, once needed (issue 18)

    with connect_http(server) as http:
        return enrol(store, http, code, socket.gethostname())


def sync_here(
    store: Store, connect_http: Callable[[str], httpx.Client], progress: Progress | None = None
) -> SyncSummary:
    """Synchronise with the server this computer is enrolled with; keep when, and what."""
    from sync.client.device import synchronise as run_sync

    with connect_http(store.settings.get(Key.SERVER) or "") as http:
        summary = run_sync(store, http, progress)
    store.settings.set(Key.LAST_SYNC_SUMMARY, json.dumps(_summary_dict(summary)))
    store.settings.set(Key.LAST_SYNC_AT, now_iso())
    return summary


@dataclass(frozen=True)
class SyncState:
    server: str
    enrolled: bool
    device: str
    neighbourhood: str
    pending: int
    last_at: str
    last: dict[str, Any]
    coach: str  # the name a coach's session was opened with (kept once it expired)
    coach_open: bool


def read_state(store: Store) -> SyncState:
    hood_id = store.settings.get(Key.ENROLLED_NEIGHBOURHOOD) or ""
    names = {n["id"]: n["name"] for n in store.directory.neighbourhoods()}
    try:
        last = json.loads(store.settings.get(Key.LAST_SYNC_SUMMARY) or "{}")
    except ValueError:
        last = {}
    return SyncState(
        server=store.settings.get(Key.SERVER) or "",
        enrolled=bool(store.settings.get(Key.TOKEN)),
        device=store.settings.get(Key.ENROLLED_DEVICE) or "",
        neighbourhood=str(names.get(hood_id, hood_id)),
        pending=store.outbox.pending_count(),
        last_at=store.settings.get(Key.LAST_SYNC_AT) or "",
        last=last if isinstance(last, dict) else {},
        coach=store.settings.get(Key.COACH_NAME) or "",
        coach_open=bool(store.settings.get(Key.COACH_TOKEN)),
    )


def _section(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    return box, QVBoxLayout(box)


class SyncPage(QWidget):
    phase = Signal(str)  # emitted from the sync's thread, shown on the UI thread

    def __init__(
        self,
        context: WorkContext,
        parent: QWidget | None = None,
        *,
        connect_http: Callable[[str], httpx.Client] = connect,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.connect_http = connect_http
        self.operation: Operation | None = None  # the one action running (enrol, sync, bundle)
        self.reading: Operation | None = None  # the state being read
        self.read_again = False  # something changed while it was being read
        self.state: SyncState | None = None
        self._retired: list[Operation] = []

        # -- state
        self.server = QLabel()
        self.device = QLabel()
        self.device.setWordWrap(True)
        self.pending = QLabel()
        self.pending.setStyleSheet("font-size: 13pt;")
        self.last = QLabel()
        self.last.setWordWrap(True)
        for label in (self.server, self.device, self.last):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        state_box = QGroupBox(self.tr("État"))
        form = QFormLayout(state_box)
        form.addRow(self.tr("Serveur :"), self.server)
        form.addRow(self.tr("Cet ordinateur :"), self.device)
        form.addRow(self.tr("En attente :"), self.pending)
        form.addRow(self.tr("Dernière synchronisation :"), self.last)

        # -- enrolment
        enrol_box, enrol_layout = _section(self.tr("Inscription auprès d'un serveur"))
        self.server_field = QLineEdit()
        self.server_field.setPlaceholderText("https://quartier.example.org")
        self.server_field.setAccessibleName(self.tr("Adresse du serveur"))
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("Collez ici le code reçu du coach"))
        self.code_field.setAccessibleName(self.tr("Code d'inscription"))
        self.code_field.returnPressed.connect(self.enrol)
        self.enrol_button = QPushButton(self.tr("Inscrire cet ordinateur"))
        self.enrol_button.clicked.connect(self.enrol)
        fields = QFormLayout()
        fields.addRow(self.tr("Adresse du serveur :"), self.server_field)
        fields.addRow(self.tr("Code d'inscription :"), self.code_field)
        enrol_layout.addLayout(fields)
        enrol_layout.addWidget(
            hint(
                self.tr(
                    "Le code est imprimé sous le QR code que vous a remis votre coach : "
                    "recopiez-le ou collez-le (le lien complet du QR code convient aussi et "
                    "remplit l'adresse du serveur)."
                )
            )
        )
        enrol_layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- a coach's session
        coach_box, coach_layout = _section(self.tr("Session de coach"))
        self.coach_state = QLabel()
        self.coach_state.setWordWrap(True)
        self.coach_login_button = QPushButton(self.tr("Se connecter comme coach…"))
        self.coach_login_button.clicked.connect(self.ask_coach_login)
        self.coach_logout_button = QPushButton(self.tr("Fermer la session"))
        self.coach_logout_button.clicked.connect(self.coach_logout)
        self.login_dialog: CoachLoginDialog | None = None
        coach_buttons = QHBoxLayout()
        coach_buttons.addWidget(self.coach_login_button)
        coach_buttons.addWidget(self.coach_logout_button)
        coach_buttons.addStretch(1)
        coach_layout.addWidget(self.coach_state)
        coach_layout.addLayout(coach_buttons)
        coach_layout.addWidget(
            hint(
                self.tr(
                    "Pour les coachs : tant que la session est ouverte, la synchronisation "
                    "reçoit tout le quartier (les entretiens de tous les bénévoles) et envoie "
                    "vos relectures et vos résolutions de conflits. Fermez-la avant de "
                    "confier cet ordinateur à quelqu'un d'autre."
                )
            )
        )

        # -- sync
        sync_box, sync_layout = _section(self.tr("Envoi et réception"))
        self.sync_button = QPushButton(self.tr("Synchroniser"))
        self.sync_button.setStyleSheet("font-weight: bold; padding: 6px 18px;")
        self.sync_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.sync_button.clicked.connect(self.synchronise)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        sync_layout.addLayout(row)
        sync_layout.addWidget(
            hint(
                self.tr(
                    "Envoie les entretiens et l'inventaire en attente, puis reçoit ce que les "
                    "autres ont changé. Une synchronisation interrompue reprend là où elle "
                    "s'est arrêtée : rien n'est perdu ni envoyé deux fois."
                )
            )
        )

        # -- bundles
        bundle_box, bundle_layout = _section(self.tr("Paquets hors ligne (clé USB, e-mail)"))
        self.export_button = QPushButton(self.tr("Exporter un paquet…"))
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button = QPushButton(self.tr("Importer un paquet…"))
        self.import_button.clicked.connect(self.import_bundle)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        bundle_layout.addLayout(buttons)
        bundle_layout.addWidget(
            hint(
                self.tr(
                    "Exporter : tout ce qui attend d'être envoyé, dans un fichier à remettre au "
                    "coach ; les modifications restent en attente jusqu'à la prochaine "
                    "synchronisation. Importer (coach) : le paquet d'un bénévole entre dans "
                    "votre base de regroupement, avec les mêmes règles qu'un envoi ; un paquet "
                    "abîmé ou modifié est refusé en entier."
                )
            )
        )

        # -- messages
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        for box in (state_box, enrol_box, coach_box, sync_box, bundle_box):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.phase.connect(self._show_phase)
        Follower(
            self, context.changes, lambda c, _by: c.outbox or c.settings or c.campaigns,
            self.refresh,
        )  # fmt: skip
        self.refresh()

    # ------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def idle(self) -> bool:
        return self.operation is None and self.reading is None

    def refresh(self) -> None:
        if self.reading is not None:
            self.read_again = True
            return
        if self.state is None:
            self.pending.setText(self.tr("Comptage des modifications à envoyer…"))
        store = self.store
        reading = Operation(lambda _ctx: read_state(store), self)
        reading.succeeded.connect(self._show_state)
        reading.failed.connect(lambda error: self.pending.setText(error_text(error)))
        reading.done.connect(lambda: self._read(reading))
        self.reading = reading.start()

    def _read(self, reading: Operation) -> None:
        if self.reading is reading:
            self.reading = None
        self._retire(reading)
        if self.read_again:
            self.read_again = False
            self.refresh()

    def _retire(self, operation: Operation) -> None:
        """Delete finished operations one action later: `done` is emitted from the worker
        thread, which may still be inside that emit when the UI thread receives it."""
        for old in self._retired:
            old.deleteLater()
        self._retired = [operation]

    def _show_state(self, state: SyncState) -> None:
        self.state = state
        if state.server and state.enrolled:
            self.server.setText(state.server)
        elif state.server:
            self.server.setText(self.tr("%1 (pas encore inscrit)").replace("%1", state.server))
        else:
            self.server.setText(
                self.tr("pas encore choisi (Fichier → Paramètres, ou inscription ci-dessous)")
            )
        if state.enrolled:
            self.device.setText(
                self.tr("inscrit dans le quartier « %1 » (appareil %2)")
                .replace("%1", state.neighbourhood)
                .replace("%2", state.device)
            )
        else:
            self.device.setText(self.tr("pas encore inscrit"))
        if not self.server_field.text() and state.server:
            self.server_field.setText(state.server)
        self.pending.setText(
            self.tr("%1 modification(s) en attente d'envoi").replace(
                "%1", format_count(state.pending)
            )
        )
        if state.last_at:
            self.last.setText(
                f"{_local_time(state.last_at)} — {self._summary_text(state.last)}"
                if state.last
                else _local_time(state.last_at)
            )
        else:
            self.last.setText(self.tr("jamais"))
        self.coach_state.setText(self._coach_text(state))
        self._enable()

    def _coach_text(self, state: SyncState) -> str:
        if state.coach_open:
            return (
                self.tr("Session ouverte pour « %1 ».").replace("%1", state.coach)
                if state.coach
                else self.tr("Session ouverte.")
            )
        if state.coach:
            return self.tr(
                "La session de « %1 » a expiré : reconnectez-vous pour recevoir de nouveau "
                "tout le quartier."
            ).replace("%1", state.coach)
        return self.tr("Aucune session de coach sur cet ordinateur.")

    def _summary_text(self, summary: dict[str, Any]) -> str:
        text = (
            self.tr("envoyés : %1, reçus : %2, conflits : %3")
            .replace("%1", format_count(summary.get("sent", 0)))
            .replace("%2", format_count(summary.get("received", 0)))
            .replace("%3", format_count(summary.get("conflicts", 0)))
        )
        if summary.get("duplicates"):
            text += self.tr(", déjà reçus par le serveur : %1").replace(
                "%1", format_count(summary["duplicates"])
            )
        if summary.get("refused"):
            text += self.tr(", refusés : %1").replace("%1", format_count(summary["refused"]))
        return text

    def _enable(self) -> None:
        free = self.operation is None
        enrolled = self.state is not None and self.state.enrolled
        self.enrol_button.setEnabled(free)
        self.sync_button.setEnabled(free and enrolled)
        self.sync_button.setToolTip(
            "" if enrolled else self.tr("Inscrivez d'abord cet ordinateur avec un code du coach.")
        )
        self.export_button.setEnabled(free)
        self.import_button.setEnabled(free)
        self.coach_login_button.setEnabled(free)
        has_session = self.state is not None and bool(self.state.coach or self.state.coach_open)
        self.coach_logout_button.setEnabled(free and has_session)

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def _run(
        self,
        call: Callable[[OperationContext], Any],
        done: Callable[[Any], None],
        working: str,
        changes: Changes | Callable[[Any], Changes] | None = None,
        if_failed: Changes | None = None,
    ) -> bool:
        """Start the page's one action, which announces `changes` once it succeeded; False
        (and nothing started) while another runs."""
        if self.operation is not None:
            return False
        operation = Operation(call, self)
        if changes is not None:
            operation.announce(self.context.changes, changes, self, if_failed=if_failed)
        operation.succeeded.connect(done)
        operation.failed.connect(lambda error: self._say(error_text(error), error=True))
        operation.progressed.connect(self._progressed)
        operation.done.connect(lambda: self._finished(operation))
        self.operation = operation
        self.progress.setRange(0, 0)
        self.progress.setFormat(working)
        self.progress.show()
        self._say(working)
        self._enable()
        operation.start()
        return True

    def _finished(self, operation: Operation) -> None:
        if self.operation is operation:
            self.operation = None
        self._retire(operation)
        self.progress.hide()
        self._enable()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _show_phase(self, phase: str) -> None:
        names = {"envoi": self.tr("Envoi… %v / %m"), "réception": self.tr("Réception… %v")}
        self.progress.setFormat(names.get(phase, "%v / %m"))

    # ------------------------------------------------------------------ enrolment

    def enrol(self) -> None:
        if self.operation is not None:
            return
        link_server, code = enrolment_parts(self.code_field.text())
        if link_server:
            self.server_field.setText(link_server)
            self.code_field.setText(code)
        server = self.server_field.text().strip()
        if not server or not code:
            self._say(
                self.tr("Indiquez l'adresse du serveur et le code d'inscription."), error=True
            )
            return
        if not is_server_address(server):
            self._say(
                self.tr("L'adresse du serveur commence par https:// (ou http://)."), error=True
            )
            return
        store, connect_http = self.store, self.connect_http
        self._run(
            lambda _ctx: enrol_here(store, connect_http, server, code),
            self._enrolled,
            self.tr("Inscription…"),
            Changes(settings=True, campaigns=True),
        )

    def _enrolled(self, enrolled: Any) -> None:
        self.code_field.clear()
        self._say(
            self.tr("Inscrit dans le quartier « %1 » (appareil %2).")
            .replace("%1", enrolled.neighbourhood_name)
            .replace("%2", enrolled.device_id)
        )

    # ------------------------------------------------------------------ a coach's session

    def ask_coach_login(self) -> CoachLoginDialog:
        """The login dialog, window-modal; the page follows the session it opens."""
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
        dialog = CoachLoginDialog(self.context, self.connect_http, self)
        dialog.accepted.connect(lambda: self._coach_logged_in(dialog))
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def _coach_logged_in(self, dialog: CoachLoginDialog) -> None:
        if dialog.session is None or dialog.session.unenrolled is not None:
            return  # the dialog said why this computer is not enrolled yet
        self._say(
            self.tr("Session de coach ouverte : la prochaine synchronisation reçoit tout le "
                    "quartier.")
        )  # fmt: skip

    def coach_logout(self) -> None:
        """Forget the coach's session here, and tell the server (best effort)."""
        if self.operation is not None:
            return
        store, connect_http = self.store, self.connect_http
        was_open = self.state is not None and self.state.coach_open

        def call(_ctx: OperationContext) -> bool:
            from sync.client.device import logout

            with connect_http(store.settings.get(Key.SERVER) or "") as http:
                return logout(store, http)

        self._run(
            call,
            lambda heard: self._coach_logged_out(was_open and not heard),
            self.tr("Fermeture de la session de coach…"),
            Changes(settings=True),
        )

    def _coach_logged_out(self, server_not_told: bool) -> None:
        text = self.tr(
            "Session de coach fermée : cet ordinateur ne reçoit plus que ce que reçoivent "
            "les bénévoles. Ce qu'il a déjà reçu y reste."
        )
        if server_not_told:
            text += " " + self.tr(
                "Le serveur n'a pas pu être prévenu : la session y expirera d'elle-même."
            )
        self._say(text)

    # ------------------------------------------------------------------ sync

    def synchronise(self) -> None:
        if self.operation is not None:  # a second click while it runs: nothing
            return
        server = self.state.server if self.state and self.state.enrolled else ""
        if not server:
            self._say(
                self.tr("Inscrivez d'abord cet ordinateur avec un code du coach."), error=True
            )
            return
        store, connect_http, phase = self.store, self.connect_http, self.phase

        def call(ctx: OperationContext) -> SyncSummary:
            shown: list[str] = []

            def progress(name: str, done: int, total: int) -> None:
                if not shown or shown[-1] != name:
                    shown.append(name)
                    phase.emit(name)
                ctx.progress(done, total)

            return sync_here(store, connect_http, progress)

        self._run(call, self._synchronised, self.tr("Synchronisation…"), sync_changes, SYNC_CHANGES)

    def _synchronised(self, summary: SyncSummary) -> None:
        text = self.tr("Synchronisation terminée : %1.").replace(
            "%1", self._summary_text(_summary_dict(summary))
        )
        if summary.waiting_kinds:
            text += " " + self.tr(
                "%1 modification(s) attendent : le serveur ne les accepte pas encore. Rien "
                "n'est perdu : elles partiront quand le serveur sera mis à jour."
            ).replace("%1", str(sum(summary.waiting_kinds.values())))
        if summary.coach_session_expired:
            text += " " + self.tr(
                "La session de coach a expiré : seul ce que reçoivent les bénévoles est "
                "arrivé. Reconnectez-vous (Session de coach) pour recevoir tout le quartier."
            )
        self._say(text)

    # ------------------------------------------------------------------ bundles

    def export_bundle(self) -> None:
        if self.operation is not None:
            return
        name = f"quartier-{datetime.now():%Y-%m-%d-%H%M}.quartier"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter un paquet"),
            str(Path.home() / name),
            self.tr("Paquets Quartier (%1)").replace("%1", BUNDLE_FILTER),
        )
        if not path:
            return
        from sync.client.bundles import export_bundle

        store, out = self.store, Path(path)
        self._run(
            lambda _ctx: (export_bundle(store, out), out),
            self._exported,
            self.tr("Export du paquet…"),
        )

    def _exported(self, result: Any) -> None:
        summary, out = result
        self._say(
            self.tr(
                "%1 modification(s) et %2 fichier(s) joint(s) écrits dans %3. Elles restent en "
                "attente jusqu'à la prochaine synchronisation."
            )
            .replace("%1", format_count(summary.changes))
            .replace("%2", format_count(summary.attachments))
            .replace("%3", str(out))
        )

    def import_bundle(self) -> None:
        if self.operation is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer un paquet"),
            str(Path.home()),
            self.tr("Paquets Quartier (%1)").replace("%1", BUNDLE_FILTER),
        )
        if not path:
            return
        store = self.store

        def call(_ctx: OperationContext) -> Any:
            from sync.client.bundles import import_bundle

            return import_bundle(store, Path(path))

        self._run(
            call,
            self._imported,
            self.tr("Import du paquet…"),
            Changes(submissions=True, outbox=True),
        )

    def _imported(self, summary: Any) -> None:
        self._say(
            self.tr(
                "Paquet importé : %1 modification(s), %2 fichier(s) joint(s) — %3 nouvelles, "
                "%4 déjà reçues. Elles partiront au serveur à la prochaine synchronisation."
            )
            .replace("%1", format_count(summary.changes))
            .replace("%2", format_count(summary.attachments))
            .replace("%3", format_count(summary.accepted))
            .replace("%4", format_count(summary.duplicates))
        )


def sync_changes(summary: SyncSummary) -> Changes:
    """What a finished sync changed here: its own state always, the outbox when something left
    it, what the pull applied (inventory, erasures, and whatever else the feed carries)."""
    received = summary.received > 0
    return Changes(
        settings=True,
        outbox=bool(summary.sent or summary.duplicates or summary.refused or summary.resolutions),
        submissions=received,
        inventory=received,
        reviews=received,
        campaigns=received,
        forms=summary.forms > 0,
    )


def _summary_dict(summary: SyncSummary) -> dict[str, int]:
    return {
        "sent": summary.sent,
        "duplicates": summary.duplicates,
        "received": summary.received,
        "conflicts": summary.conflicts,
        "refused": len(summary.refused),
    }


def _local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
