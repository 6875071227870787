"""The coach's « Campagnes » tab against the real server app in-process (the sync tests' hub):
a campaign created, edited and closed in the panel and its dialog is kept by the server and
shown on this laptop at once; bad input is refused in the dialog with everything typed kept."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sync_server import sync_conftest as _hub

from app.store import Store
from survey_forms import load_builtin
from sync.client.device import connect, login
from ui.coach.campaign_dialog import CampaignDialog
from ui.coach.campaigns_panel import ENDS, NAME, STARTS, STATE, STREETS, TARGET, CampaignsPanel
from ui.work_context import WorkContext

hub = _hub.hub  # the fixture: a server in-process with the neighbourhood Marolles and its coach
Hub = _hub.Hub
TIMEOUT = 15_000


def counting(hub_: Hub, calls: list[str]) -> Callable[[str], httpx.Client]:
    """Opens a client into the hub's server in-process and counts the calls made."""

    def open_client(url: str) -> httpx.Client:
        calls.append(url)
        return connect(url, _hub.in_process(hub_.app))

    return open_client


def laptop(hub_: Hub, name: str) -> Store:
    store = Store.open(hub_.tmp / f"{name}.sqlite")
    hub_.opened.append(store)
    for form_id in ("porte_a_porte", "inventaire"):
        store.forms.add(load_builtin(form_id))
    return store


@pytest.fixture
def coach(hub: Hub) -> Store:
    store = laptop(hub, "claire")
    login(store, hub.http(), "claire", "mot-de-passe-solide")
    return store


def make_panel(qtbot, store: Store, open_client: Callable[[str], httpx.Client]) -> CampaignsPanel:
    panel = CampaignsPanel(WorkContext.from_store(store, "fr"), open_client=open_client)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitUntil(panel.idle, timeout=TIMEOUT)
    return panel


def fill(dialog: CampaignDialog, name: str, starts: QDate, ends: QDate, target: int) -> None:
    dialog.name.setText(name)
    dialog.starts.setDate(starts)
    dialog.ends.setDate(ends)
    dialog.target.setValue(target)


def save(qtbot, panel: CampaignsPanel, dialog: CampaignDialog) -> None:
    """Save, and wait for the dialog to close (it is deleted then) and the panel to be idle."""
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.idle, timeout=TIMEOUT)


def cells(panel: CampaignsPanel, row: int = 0) -> list[str]:
    columns = (NAME, STARTS, ENDS, TARGET, STREETS, STATE)
    return [panel.table.item(row, column).text() for column in columns]


def test_create_edit_and_close_a_campaign(
    qtbot, hub: Hub, coach: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    panel = make_panel(qtbot, coach, counting(hub, calls))
    assert calls == ["http://testserver"]  # the server's list, asked for at the first show
    assert panel.table.rowCount() == 0

    dialog = panel.new_campaign()
    assert dialog is not None and dialog.isVisible()
    assert [box.isChecked() for box in dialog.forms.values()] == [True, True]
    fill(dialog, "Diagnostic printemps", QDate(2027, 3, 1), QDate(2027, 3, 31), 400)
    dialog.streets.setPlainText("Rue Haute\nRue Blaes\n")
    csv = tmp_path / "rues.csv"
    csv.write_text("rue;code\nRue Blaes;1000\nRue Pieremans;1000\n", encoding="utf-8")
    dialog.import_streets(csv)
    assert dialog.streets.toPlainText() == "Rue Haute\nRue Blaes\nRue Pieremans"
    assert dialog.message.text() == "1 rue(s) ajoutée(s) depuis rues.csv."
    assert dialog.street_count.text() == "3 rue(s)"
    dialog.forms["inventaire"].setChecked(False)
    save(qtbot, panel, dialog)

    [kept] = hub.store.campaigns([hub.nid])
    assert (kept.name, kept.starts_on, kept.ends_on) == ("Diagnostic printemps", "2027-03-01",
                                                         "2027-03-31")  # fmt: skip
    assert kept.target_households == 400 and kept.forms == ["porte_a_porte"]
    assert kept.streets == ["Rue Haute", "Rue Blaes", "Rue Pieremans"]
    assert [c["id"] for c in coach.directory.campaigns(hub.nid)] == [kept.id]
    assert cells(panel) == ["Diagnostic printemps", "01/03/2027", "31/03/2027", "400", "3",
                            "ouverte"]  # fmt: skip
    assert "Campagne « Diagnostic printemps » enregistrée" in panel.message.text()

    panel.table.selectRow(0)
    edit = panel.edit_campaign()
    assert edit is not None and edit.name.text() == "Diagnostic printemps"
    assert edit.starts.date() == QDate(2027, 3, 1) and edit.target.value() == 400
    assert not edit.forms["inventaire"].isChecked()
    edit.target.setValue(450)
    save(qtbot, panel, edit)
    [kept] = hub.store.campaigns([hub.nid])
    assert kept.target_households == 450 and kept.streets[-1] == "Rue Pieremans"
    assert cells(panel)[TARGET] == "450"

    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    panel.table.selectRow(0)
    assert panel.close_campaign() is not None
    qtbot.waitUntil(panel.idle, timeout=TIMEOUT)
    assert asked and "Clôturer la campagne « Diagnostic printemps »" in asked[0]
    [kept] = hub.store.campaigns([hub.nid])
    assert kept.closed_at is not None and kept.target_households == 450
    assert coach.directory.campaigns(hub.nid)[0]["closed_at"] == kept.closed_at
    assert cells(panel)[STATE].startswith("clôturée le ")
    assert not panel.close_button.isEnabled()
    assert "Campagne « Diagnostic printemps » clôturée." in panel.message.text()

    panel.table.selectRow(0)  # a closed campaign edited stays closed
    late = panel.edit_campaign()
    assert late is not None
    late.target.setValue(500)
    save(qtbot, panel, late)
    [kept] = hub.store.campaigns([hub.nid])
    assert kept.target_households == 500 and kept.closed_at is not None


def test_closing_asks_first_and_no_means_nothing_is_sent(
    qtbot, hub: Hub, coach: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    panel = make_panel(qtbot, coach, counting(hub, calls))
    dialog = panel.new_campaign()
    assert dialog is not None
    fill(dialog, "Diagnostic", QDate(2027, 3, 1), QDate(2027, 3, 31), 0)
    save(qtbot, panel, dialog)
    assert cells(panel)[TARGET] == "—" and hub.store.campaigns()[0].target_households is None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    sent = len(calls)
    panel.table.selectRow(0)
    assert panel.close_campaign() is None
    assert len(calls) == sent and hub.store.campaigns()[0].closed_at is None


def test_end_before_start_or_no_name_is_refused_and_nothing_is_sent(
    qtbot, hub: Hub, coach: Store
) -> None:
    calls: list[str] = []
    panel = make_panel(qtbot, coach, counting(hub, calls))
    calls.clear()
    dialog = panel.new_campaign()
    assert dialog is not None
    fill(dialog, "Diagnostic printemps", QDate(2027, 3, 31), QDate(2027, 3, 1), 400)
    dialog.streets.setPlainText("Rue Haute")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == (
        "La fin (01/03/2027) précède le début (31/03/2027) : corrigez les dates."
    )
    dialog.name.clear()
    dialog.ends.setDate(QDate(2027, 4, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Donnez un nom à la campagne."
    assert dialog.streets.toPlainText() == "Rue Haute" and dialog.target.value() == 400
    assert calls == [] and hub.store.campaigns() == [] and coach.directory.campaigns() == []


def test_without_a_coach_session_the_panel_says_how_to_get_one(qtbot, hub: Hub) -> None:
    volunteer = hub.device("jo")  # enrolled, but no coach logged in here
    calls: list[str] = []
    panel = make_panel(qtbot, volunteer, counting(hub, calls))
    assert panel.new_campaign() is None
    assert panel.message.isVisible()
    assert panel.message.text() == "Connectez-vous d'abord comme coach (Synchronisation)."
    assert calls == [] and hub.store.campaigns() == []


def test_a_server_out_of_reach_keeps_the_dialog_and_what_was_typed(
    qtbot, hub: Hub, coach: Store
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    panel = make_panel(qtbot, coach, lambda _url: connect(closed, timeout=2))
    assert "injoignable" in panel.message.text()  # the list could not be asked for
    dialog = panel.new_campaign()
    assert dialog is not None
    fill(dialog, "Diagnostic printemps", QDate(2027, 3, 1), QDate(2027, 3, 31), 400)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.idle, timeout=TIMEOUT)
    assert dialog.isVisible() and "injoignable" in dialog.message.text()
    assert dialog.name.text() == "Diagnostic printemps" and dialog.save_button.isEnabled()
    assert coach.directory.campaigns() == [] and hub.store.campaigns() == []
