"""The coach resolves an inventory conflict in the workspace's conflicts tab (pytest-qt): the
item, pulled in conflict as the sync client applies it, takes the chosen values and the
decision waits for the next sync."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sync_server import connect_in_process
from sync_server import sync_conftest as _hub

from app.dataset import inventory_conflicts, inventory_frame
from app.store import Key, Store
from sync.client.device import synchronise
from ui.coach.conflicts_panel import BASE, CHOICE, CURRENT, FIELD, INCOMING, ConflictsPanel
from ui.coach.workspace import CoachWorkspace
from ui.work_context import WorkContext

TIMEOUT = 20_000
ITEM = "0f0e0d0c-0000-4000-8000-0000000000c1"


def pull_conflicted_item(store: Store) -> None:
    """The state the server sends after two devices changed `status` and `hours` differently,
    applied exactly as `sync.client.apply_entry` applies a pulled inventory entry."""
    campaign_id = store.settings.get(Key.CAMPAIGN)
    campaign = next(c for c in store.directory.campaigns() if c["id"] == campaign_id)
    state = {
        "item_id": ITEM,
        "version": 3,
        "data": {
            "name": "Potager de la rue Haute",
            "status": "en pause",
            "hours": "sam",
            "_conflicts": [
                {"field": "hours", "base": "lun", "current": "sam", "incoming": "dim",
                 "change_id": "a"},
                {"field": "status", "base": "actif", "current": "en pause", "incoming": "fermé",
                 "change_id": "b"},
            ],
        },
        "deleted": False,
        "outcome": "conflict",
        "updated_at": "2026-11-22T09:30:00.000Z",
    }  # fmt: skip
    assert store.inventory.apply_state(campaign["neighbourhood_id"], "pulled-3", state)


@pytest.fixture
def workspace(qtbot, demo_store: Store) -> CoachWorkspace:
    pull_conflicted_item(demo_store)
    widget = CoachWorkspace(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        pass
    return widget


def test_the_coach_picks_or_types_a_value_per_field_and_resolves(
    qtbot, workspace: CoachWorkspace
) -> None:
    panel = workspace.conflicts
    workspace.tabs.setCurrentWidget(panel)
    assert workspace.tabs.tabText(workspace.tabs.currentIndex()) == "Conflits d'inventaire (2)"
    assert panel.items.count() == 1 and "Potager de la rue Haute" in panel.items.item(0).text()
    headers = [panel.fields.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Champ", "Avant", "Ici", "Autre appareil", "Valeur retenue"]
    table = {
        panel.fields.item(r, FIELD).text(): tuple(
            panel.fields.item(r, c).text() for c in (BASE, CURRENT, INCOMING)
        )
        for r in range(panel.fields.rowCount())
    }
    assert table == {"hours": ("lun", "sam", "dim"), "status": ("actif", "en pause", "fermé")}
    rows = {panel.fields.item(r, FIELD).text(): r for r in range(panel.fields.rowCount())}
    status = panel.fields.cellWidget(rows["status"], CHOICE)
    hours = panel.fields.cellWidget(rows["hours"], CHOICE)
    assert isinstance(status, QComboBox) and isinstance(hours, QComboBox)
    status.setCurrentIndex(status.findText("fermé"))  # the other device's value
    hours.setEditText("sam et dim")  # typed by the coach

    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)

    item = workspace.store.inventory.get(ITEM)
    assert item.data == {"name": "Potager de la rue Haute", "status": "fermé",
                         "hours": "sam et dim"}  # fmt: skip
    assert "_conflicts" not in item.data
    [waiting] = workspace.store.outbox.pending_resolutions()
    assert waiting.entity_id == ITEM
    assert waiting.payload["values"] == {"status": "fermé", "hours": "sam et dim"}
    assert panel.items.count() == 0 and panel.body.isHidden()
    assert workspace.tabs.tabText(workspace.tabs.currentIndex()) == "Conflits d'inventaire (0)"


def test_resolving_nothing_asks_for_a_choice(qtbot, workspace: CoachWorkspace) -> None:
    panel = workspace.conflicts
    assert panel.resolve() is None
    assert "au moins un champ" in panel.notice.text()
    assert workspace.store.outbox.pending_resolutions() == []


# -- through the server: two volunteers' conflict, resolved in the panel, sent by sync --------

hub = _hub.hub  # the fixture: a server in-process with the neighbourhood Marolles and its coach


def test_a_conflict_between_two_volunteers_is_closed_on_the_server(qtbot, hub) -> None:
    jo, ana, coach = hub.device("jo"), hub.device("ana"), hub.device("coach")
    item = jo.inventory.save(hub.nid, {"name": "Give-box", "status": "actif"})
    synchronise(jo, hub.http())
    synchronise(ana, hub.http())
    jo.inventory.save(hub.nid, item.data | {"status": "vide"}, item_id=item.id, base_version=1)
    ana.inventory.save(hub.nid, item.data | {"status": "pleine"}, item_id=item.id, base_version=1)
    synchronise(jo, hub.http())
    synchronise(ana, hub.http())
    synchronise(coach, hub.http())

    context = WorkContext.from_store(coach, "fr")
    panel = ConflictsPanel(context, open_client=connect_in_process(hub))
    qtbot.addWidget(panel)
    panel.show()
    frame = inventory_frame(coach, hub.nid, None)
    panel.set_conflicts(inventory_conflicts(SimpleNamespace(inventory=frame)))  # type: ignore[arg-type]
    [row] = range(panel.fields.rowCount())
    assert panel.fields.item(row, CURRENT).text() == "vide"
    choice = panel.fields.cellWidget(row, CHOICE)
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(choice.findText("pleine"))
    with qtbot.waitSignal(context.changes.changed, timeout=TIMEOUT):
        qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert "ouvrez une session coach" in panel.session.text()

    dialog = panel.ask_login()  # the coach's login dialog of every place (ui.coach_login)
    dialog.name.setText("claire")
    dialog.password.setText("mot-de-passe-solide")
    with qtbot.waitSignal(context.changes.changed, timeout=TIMEOUT):
        dialog.login_button.click()
    assert "prochaine synchronisation" in panel.session.text()
    assert synchronise(coach, hub.http()).resolutions == 1
    server = hub.store.inventory_item(item.id)
    assert server["conflicts"] == [] and server["data"]["status"] == "pleine"
    synchronise(jo, hub.http())
    assert jo.inventory.get(item.id).data == {"name": "Give-box", "status": "pleine"}
