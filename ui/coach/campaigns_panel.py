"""The neighbourhood's campaigns, for a coach: the list as this laptop holds it, and « Nouvelle
campagne », « Modifier », « Clôturer » sent to the server with the coach's session
(``sync.client.campaigns``), off the UI thread. The server's answer is applied here at once and
announced on the window's change bus; volunteers' laptops receive it at their next sync."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store import Key, Store
from survey_forms.model import text_in
from sync.client import campaigns
from sync.client import device as client
from sync.wire.errors import QuartierError
from sync.wire.protocol import CampaignRequest, CampaignState
from ui.changes import Changes, Follower
from ui.coach.campaign_dialog import CampaignDialog
from ui.errors import error_text
from ui.locale_format import format_count
from ui.notices import busy_bar, hint, message_line, say
from ui.operations import Operation
from ui.work_context import WorkContext

NAME, STARTS, ENDS, TARGET, STREETS, STATE = range(6)
#: What a campaign saved here changes: the campaigns, and which one is current.
SAVED = Changes(campaigns=True, settings=True)

Work = Callable[[Store, httpx.Client], Any]


def form_title(title: object, lang: str) -> str:
    """A form's title in `lang` (titles are kept per language; an imported XLSForm's may be
    plain text)."""
    return text_in(title, lang) if isinstance(title, dict) else str(title or "")


def shown_date(iso: str | None) -> str:
    return QDate.fromString(iso[:10], Qt.DateFormat.ISODate).toString("dd/MM/yyyy") if iso else "—"


class CampaignsPanel(QWidget):
    """`open_client` opens the HTTP client to a server's address (tests give one into the
    server in-process)."""

    def __init__(
        self,
        context: WorkContext,
        parent: QWidget | None = None,
        open_client: Callable[[str], httpx.Client] = client.connect,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.open_client = open_client
        self.rows: list[dict[str, Any]] = []
        self.operation: Operation | None = None
        self.fetched = False  # the server's list is asked for at the first show
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Campagne"), self.tr("Début"), self.tr("Fin"), self.tr("Foyers visés"),
             self.tr("Rues"), self.tr("État")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.edit_campaign())
        self.new_button = QPushButton(self.tr("Nouvelle campagne…"))
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.clicked.connect(self.edit_campaign)
        self.close_button = QPushButton(self.tr("Clôturer…"))
        self.close_button.clicked.connect(self.close_campaign)
        self.refresh_button = QPushButton(self.tr("Actualiser depuis le serveur"))
        self.refresh_button.clicked.connect(self.refresh)
        self.busy = busy_bar()
        self.message = message_line()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("Les campagnes du quartier, enregistrées sur le serveur avec votre "
                         "session de coach : les ordinateurs des bénévoles les reçoivent à leur "
                         "prochaine synchronisation."))
        )  # fmt: skip
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        Follower(self, context.changes, self._concerned, self.show_list)
        self.show_list()

    def _concerned(self, changes: Changes, initiator: object) -> bool:
        """A sync, a bundle or a login elsewhere; what this panel saved is already shown."""
        return (changes.campaigns or changes.settings) and initiator is not self

    def neighbourhood_id(self) -> str | None:
        return self.store.settings.get(Key.ENROLLED_NEIGHBOURHOOD) or self.context.neighbourhood_id

    def show_list(self) -> None:
        """The neighbourhood's campaigns as this laptop holds them."""
        hood = self.neighbourhood_id()
        selected = self.current()
        self.rows = self.store.directory.campaigns(hood) if hood else []
        self.table.setRowCount(len(self.rows))
        for row, campaign in enumerate(self.rows):
            target = campaign["target_households"]
            closed = campaign["closed_at"]
            cells = {
                NAME: campaign["name"],
                STARTS: shown_date(campaign["starts_on"]),
                ENDS: shown_date(campaign["ends_on"]),
                TARGET: str(target) if target else "—",
                STREETS: format_count(len(campaign["streets"] or [])),
                STATE: self.tr("clôturée le {date}").format(date=shown_date(closed))
                if closed
                else self.tr("ouverte"),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column in (TARGET, STREETS):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if selected is not None and campaign["id"] == selected["id"]:
                self.table.selectRow(row)
        self._enable()

    def current(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _enable(self) -> None:
        campaign, idle = self.current(), self.operation is None
        self.new_button.setEnabled(idle)
        self.refresh_button.setEnabled(idle)
        self.edit_button.setEnabled(idle and campaign is not None)
        self.close_button.setEnabled(idle and campaign is not None and not campaign["closed_at"])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.fetched and self._has_session():
            self.refresh()

    def _has_session(self) -> bool:
        try:
            campaigns.coach_session(self.store)
        except QuartierError:
            return False
        return True

    # -- the server's list ---------------------------------------------------------------

    def refresh(self) -> Operation | None:
        """Ask the server for the neighbourhood's campaigns and show them."""
        self.fetched = True
        return self._send(campaigns.refresh, lambda _states: self.show_list())

    # -- new, edit, close ----------------------------------------------------------------

    def new_campaign(self) -> CampaignDialog | None:
        return self._open_dialog(None)

    def edit_campaign(self) -> CampaignDialog | None:
        campaign = self.current()
        return self._open_dialog(campaign) if campaign is not None else None

    def _open_dialog(self, campaign: dict[str, Any] | None) -> CampaignDialog | None:
        """The dialog, opened only with a coach's session (else the panel says how to get
        one, before anything is typed)."""
        if self.operation is not None:
            return None
        try:
            session = campaigns.coach_session(self.store)
        except QuartierError as error:
            self._say_error(error)
            return None
        lang = self.context.lang
        forms = {f["form_id"]: form_title(f["title"], lang) or f["form_id"]
                 for f in self.store.forms.versions()}  # fmt: skip
        dialog = CampaignDialog(session.neighbourhood_id, list(forms.items()), lang, campaign, self)
        campaign_id = campaign["id"] if campaign else None
        dialog.submitted.connect(lambda request: self._save(dialog, request, campaign_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save(
        self, dialog: CampaignDialog, request: CampaignRequest, campaign_id: str | None
    ) -> Operation | None:
        """Send what the dialog holds; it closes once the server kept it, and otherwise
        stays open with everything typed and the reason."""

        def work(store: Store, http: httpx.Client) -> CampaignState:
            return campaigns.save(store, http, request, campaign_id)

        def saved(state: CampaignState) -> None:
            dialog.set_busy(False)
            dialog.accept()
            self._saved(self.tr("Campagne « {name} » enregistrée sur le serveur : les "
                                "bénévoles la recevront à leur prochaine synchronisation."),
                        state)  # fmt: skip

        def refused(error: BaseException) -> None:
            dialog.set_busy(False)
            dialog.say(error_text(error), error=True)

        dialog.set_busy(True)
        operation = self._send(work, saved, refused)
        if operation is None:
            dialog.set_busy(False)
        return operation

    def close_campaign(self) -> Operation | None:
        """Close the selected campaign on the server, once the coach confirmed."""
        campaign = self.current()
        if campaign is None or campaign["closed_at"]:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Clôturer la campagne"),
            self.tr("Clôturer la campagne « {name} » ? Les bénévoles ne la verront plus comme "
                    "campagne en cours après leur prochaine synchronisation ; les entretiens "
                    "déjà faits restent.").format(name=campaign["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return None
        campaign_id = campaign["id"]

        def work(store: Store, http: httpx.Client) -> CampaignState:
            return campaigns.close(store, http, campaign_id)

        return self._send(
            work, lambda state: self._saved(self.tr("Campagne « {name} » clôturée."), state)
        )

    def _saved(self, text: str, state: CampaignState) -> None:
        self.show_list()
        say(self.message, text.format(name=state.name))

    # -- off the UI thread ---------------------------------------------------------------

    def _send(
        self,
        work: Work,
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Operation | None:
        """Run `work(store, http)` with the coach's session, one call at a time; the panel
        says why when there is no session or the server refuses."""
        failed = failed or self._say_error
        if self.operation is not None:
            return None
        try:
            session = campaigns.coach_session(self.store)
        except QuartierError as error:
            failed(error)
            return None
        store, open_client = self.store, self.open_client

        def call(_ctx: object) -> Any:
            with open_client(session.server) as http:
                return work(store, http)

        self.message.hide()
        self.busy.show()
        operation = Operation(call, self)
        operation.succeeded.connect(succeeded)
        operation.failed.connect(failed)
        operation.done.connect(self._idle)
        self.operation = operation
        self._enable()
        return operation.announce(self.context.changes, SAVED, self).start()

    def _say_error(self, error: BaseException) -> None:
        say(self.message, error_text(error), error=True)

    def _idle(self) -> None:
        self.operation = None
        self.busy.hide()
        self._enable()

    def idle(self) -> bool:
        return self.operation is None
