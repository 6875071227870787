"""The Synchronisation section: what waits to be sent and where it will go. Sending itself
(enrolment, push and pull) comes with the sync issue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.errors import error_text
from ui.lazy_section import notice
from ui.operations import Operation
from ui.work_context import WorkContext

SERVER_SETTING = "server_url"
COUNT_LIMIT = 10_000


class SyncPage(QWidget):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation | None = None
        self.pending = QLabel()
        self.pending.setStyleSheet("font-size: 13pt;")
        self.server = QLabel()
        refresh = QPushButton(self.tr("Actualiser"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending)
        layout.addWidget(self.server)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            notice(
                self.tr(
                    "L'envoi vers le serveur et l'export sur clé USB arrivent avec le module "
                    "de synchronisation. Rien n'est perdu en attendant : tout reste sur cet "
                    "ordinateur."
                )
            ),
            1,
        )
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        url = store.get_setting(SERVER_SETTING)
        self.server.setText(
            self.tr("Serveur : %1").replace("%1", url)
            if url
            else self.tr("Serveur : pas encore choisi (Fichier → Paramètres)")
        )
        self.pending.setText(self.tr("Comptage des modifications à envoyer…"))
        operation = Operation(lambda _ctx: len(store.pending_changes(COUNT_LIMIT)), self)
        operation.succeeded.connect(self._show_count)
        operation.failed.connect(lambda error: self.pending.setText(error_text(error)))
        self.operation = operation.start()

    def _show_count(self, count: int) -> None:
        shown = f"{count:,}" if count < COUNT_LIMIT else f"{COUNT_LIMIT:,}+"
        self.pending.setText(self.tr("%1 modification(s) en attente d'envoi").replace("%1", shown))
