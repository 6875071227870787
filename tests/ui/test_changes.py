"""Sections refresh from what operations announce on the window's change bus, never by hand:
a sync, a bundle import and an inventory edit reach the other sections (at once when they
are on screen, when next shown otherwise). Real stores on disk, the server in-process, real
bundles; only the file dialog is replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard import type_text
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QStackedWidget, QWidget
from sync_server import connect_in_process
from sync_server import sync_conftest as _hub
from sync_server import sync_helpers as _helpers

from app.store import Store
from sync.client.bundles import export_bundle
from sync.client.device import synchronise
from ui.changes import Changes
from ui.interviews_page import InterviewsPage
from ui.inventory_page import InventoryPage
from ui.sync_page import SyncPage
from ui.work_context import WorkContext

hub = _hub.hub  # the fixture: a server in-process with the neighbourhood Marolles and its coach
interview = _helpers.interview
TIMEOUT = 15_000


def side_by_side(qtbot, *pages: QWidget) -> QWidget:
    window = QWidget()
    layout = QHBoxLayout(window)
    for page in pages:
        layout.addWidget(page)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    return window


def sections(qtbot, *pages: QWidget) -> QStackedWidget:
    """One section shown at a time, as in the main window."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    qtbot.addWidget(stack)
    stack.resize(1200, 800)
    stack.show()
    return stack


def names(page: InventoryPage) -> list[str]:
    return sorted(page.model.record(row).name for row in range(page.model.rowCount()))


def test_a_sync_shows_another_devices_item_in_the_inventory(qtbot, hub) -> None:
    jo, ana = hub.device("jo"), hub.device("ana")
    context = WorkContext.from_store(jo, "fr")
    inventory = InventoryPage(context)
    sync = SyncPage(context, connect_http=connect_in_process(hub))
    window = side_by_side(qtbot, inventory, sync)
    qtbot.waitUntil(sync.idle)
    assert names(inventory) == []

    ana.inventory.save(hub.nid, {"name": "Give-box de la rue Haute", "kind": "ressource"})
    synchronise(ana, hub.http())
    assert inventory.isVisibleTo(window)  # on screen beside the sync: refreshed at once
    sync.sync_button.click()
    qtbot.waitUntil(sync.idle, timeout=TIMEOUT)
    assert "reçus : 1" in sync.message.text(), sync.message.text()
    qtbot.waitUntil(lambda: names(inventory) == ["Give-box de la rue Haute"], timeout=TIMEOUT)


def test_a_bundle_import_grows_the_coachs_interview_list(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "jo.quartier"
    with Store.open(tmp_path / "jo.sqlite") as jo:
        for size in range(3):
            interview(jo, {"street": "Rue Blaes", "size": size})
        export_bundle(jo, bundle)
        form = jo.forms.get("enquete", "1")
    with Store.open(tmp_path / "coach.sqlite") as coach:
        coach.forms.add(form)
        interview(coach, {"street": "Rue Haute", "size": 4})
        context = WorkContext.from_store(coach, "fr")
        interviews, sync = InterviewsPage(context), SyncPage(context)
        stack = sections(qtbot, interviews, sync)
        qtbot.waitUntil(lambda: interviews.count.text() == "1 entretien(s)", timeout=TIMEOUT)

        stack.setCurrentWidget(sync)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bundle), ""))
        sync.import_button.click()
        qtbot.waitUntil(sync.idle, timeout=TIMEOUT)
        assert "3 nouvelles" in sync.message.text(), sync.message.text()
        assert interviews.model.rowCount() == 1  # hidden: refreshed when shown, not before

        stack.setCurrentWidget(interviews)
        assert interviews.model.rowCount() == 4
        qtbot.waitUntil(lambda: interviews.count.text() == "4 entretien(s)", timeout=TIMEOUT)
        qtbot.waitUntil(sync.idle, timeout=TIMEOUT)


def test_an_inventory_edit_updates_the_pending_count(qtbot, demo_store: Store) -> None:
    context = WorkContext.from_store(demo_store, "fr")
    inventory, sync = InventoryPage(context), SyncPage(context)
    stack = sections(qtbot, inventory, sync)
    qtbot.waitUntil(sync.idle)
    before = demo_store.outbox.pending_count()
    assert sync.pending.text().startswith(f"{before} modification")
    announced: list[Changes] = []
    context.changes.changed.connect(lambda changes, _by: announced.append(changes))

    inventory.table.selectRow(0)
    assert inventory.editor is not None and inventory.editor.view is not None
    row = inventory.editor.view.rows_by_key["location"].editor
    assert row is not None and isinstance(row.focus_target(), QLineEdit)
    type_text(row.focus_target(), " (au fond de la cour)")
    assert inventory.editor.save()
    assert announced == [Changes(inventory=True, outbox=True)]
    assert sync.pending.text().startswith(f"{before} modification")  # hidden: not read yet

    stack.setCurrentWidget(sync)
    qtbot.waitUntil(lambda: sync.pending.text().startswith(f"{before + 1} modification"))
