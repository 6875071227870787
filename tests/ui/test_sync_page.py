"""The Synchronisation section against real parts: the server app in-process (the sync tests'
hub), a closed port on loopback, real bundles on disk. Only the file dialogs are replaced."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QFileDialog
from sync_server import sync_conftest as _hub
from sync_server import sync_helpers as _helpers

from app.store import Key, Store
from sync.client.device import connect
from sync.wire.bundle_format import read_bundle
from ui.sync_page import SyncPage, enrolment_parts
from ui.work_context import WorkContext

Hub = _hub.Hub
hub = _hub.hub  # the fixture: a server in-process with the neighbourhood Marolles and its coach
interview = _helpers.interview


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "device.sqlite") as store:
        yield store


def make_page(qtbot, store: Store, **kw: object) -> SyncPage:
    page = SyncPage(WorkContext.from_store(store, "fr"), **kw)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(760, 900)
    page.show()
    qtbot.waitUntil(page.idle)
    return page


def in_process(hub_: object, calls: list[str]) -> object:
    def open_client(url: str) -> httpx.Client:
        calls.append(url)
        return connect(url, _hub.in_process(hub_.app))  # type: ignore[attr-defined]

    return open_client


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_enrol_then_sync_sends_everything_once(qtbot, hub, device: Store) -> None:
    calls: list[str] = []
    page = make_page(qtbot, device, connect_http=in_process(hub, calls))
    assert "pas encore inscrit" in page.device.text()
    assert not page.sync_button.isEnabled()
    page.server_field.setText("http://testserver")
    page.code_field.setText(hub.code())
    page.enrol_button.click()
    qtbot.waitUntil(page.idle, timeout=10_000)
    assert "Inscrit dans le quartier « Marolles »" in page.message.text(), page.message.text()
    assert "Marolles" in page.device.text()
    assert page.server.text() == "http://testserver"

    ids = [interview(device, {"street": f"Rue {i}", "size": i}) for i in range(4)]
    page.refresh()
    qtbot.waitUntil(lambda: page.pending.text().startswith("4 modification"))
    calls.clear()
    page.sync_button.click()
    assert page.busy and not page.sync_button.isEnabled() and page.progress.isVisible()
    page.synchronise()  # a second click while it runs does nothing
    qtbot.waitUntil(page.idle, timeout=15_000)
    assert len(calls) == 1  # one sync only
    assert device.outbox.pending_count() == 0
    assert hub.store.count("submission") == len(ids)
    assert "envoyés : 4, reçus : 0, conflits : 0" in page.message.text(), page.message.text()
    assert page.pending.text().startswith("0 modification")
    assert "envoyés : 4" in page.last.text() and page.last.text() != "jamais"
    page.grab().save("/tmp/sync_page.png")


def test_a_refused_code_says_so(qtbot, hub, device: Store) -> None:
    page = make_page(qtbot, device, connect_http=in_process(hub, []))
    page.code_field.setText("quartier://enrol?server=http://testserver&code=FAUX-CODE")
    page.enrol_button.click()
    assert page.server_field.text() == "http://testserver"  # filled from the QR code's link
    qtbot.waitUntil(page.idle, timeout=10_000)
    assert "code d'inscription n'est pas valable" in page.message.text(), page.message.text()
    assert "pas encore inscrit" in page.device.text()


def test_an_unreachable_server_loses_nothing(qtbot, hub, device: Store) -> None:
    from sync.client.device import enrol

    enrol(device, hub.http(), hub.code(), "jo")
    for i in range(3):
        interview(device, {"street": "Rue Haute", "size": i})
    address = f"http://127.0.0.1:{closed_port()}"
    device.settings.set(Key.SERVER, address)
    page = make_page(qtbot, device)  # the real network client
    assert page.sync_button.isEnabled()
    page.sync_button.click()
    qtbot.waitUntil(page.idle, timeout=15_000)
    assert "injoignable" in page.message.text() and "Rien n'est perdu" in page.message.text()
    assert device.outbox.pending_count() == 3
    assert page.pending.text().startswith("3 modification")
    assert page.last.text() == "jamais"

    page.server_field.setText(address)  # enrolling there fails the same way
    page.code_field.setText("ABC")
    page.enrol_button.click()
    qtbot.waitUntil(page.idle, timeout=15_000)
    assert "injoignable" in page.message.text()


def test_bundle_export_then_import_and_a_corrupt_one_is_refused(
    qtbot, device: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A volunteer's bundle goes into the coach's own store, waiting to be forwarded."""
    ids = [interview(device, {"street": "Rue Blaes", "size": i}) for i in range(5)]
    page = make_page(qtbot, device)
    out = tmp_path / "jo.quartier"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.export_button.click()
    qtbot.waitUntil(page.idle, timeout=10_000)
    assert "5 modification(s)" in page.message.text(), page.message.text()
    assert len(read_bundle(out).changes) == 5
    assert device.outbox.pending_count() == 5  # still waiting for a server

    coach = Store.open(tmp_path / "coach.sqlite")
    coach.forms.add(device.forms.get("enquete", "1"))  # forms reach a coach by sync
    coach_page = make_page(qtbot, coach)
    corrupt = tmp_path / "abime.quartier"
    corrupt.write_bytes(out.read_bytes()[:-200])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(corrupt), ""))
    coach_page.import_button.click()
    qtbot.waitUntil(coach_page.idle, timeout=10_000)
    assert "refusé en entier" in coach_page.message.text(), coach_page.message.text()
    assert coach.outbox.pending_count() == 0

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    coach_page.import_button.click()
    qtbot.waitUntil(coach_page.idle, timeout=10_000)
    assert "5 nouvelles" in coach_page.message.text(), coach_page.message.text()
    assert coach.outbox.pending_count() == 5
    assert {coach.submissions.get(i).answers["size"] for i in ids} == set(range(5))
    coach.close()


def test_the_qr_link_gives_server_and_code() -> None:
    link = "quartier://enrol?server=https://q.example.org&code=K7-P2"
    assert enrolment_parts(link) == ("https://q.example.org", "K7-P2")
    assert enrolment_parts("  K7-P2 ") == ("", "K7-P2")
