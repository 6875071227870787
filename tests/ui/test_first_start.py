"""The first start: a fresh computer opens the assistant; each way in ends in a window that
shows what was made. Real parts only: the server app in-process (the sync tests' hub), a
closed port on loopback, the demo built in a file of its own."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from keyboard import type_text
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from sync_server import sync_conftest as _hub

from app.store import Key, Store
from survey_forms import load_builtin
from sync.client.device import connect
from ui.first_start import FirstStart
from ui.main_window import MainWindow

hub = _hub.hub  # the fixture: a server in-process with the neighbourhood Marolles and its coach
SHOTS = Path("/tmp")


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "quartier.sqlite") as store:
        yield store


def in_process(hub_: object) -> Callable[[str], httpx.Client]:
    return lambda url: connect(url, _hub.in_process(hub_.app))  # type: ignore[attr-defined]


def open_window(qtbot, store: Store, tmp_path: Path, **kw: object) -> MainWindow:
    window = MainWindow(store, demo_path=tmp_path / "demo.sqlite", **kw)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def assistant_of(qtbot, window: MainWindow) -> FirstStart:
    qtbot.waitUntil(lambda: window.first_start is not None and window.first_start.isVisible())
    assert window.first_start is not None
    return window.first_start


def shot(qtbot, assistant: FirstStart, name: str) -> None:
    qtbot.wait(50)
    assistant.grab().save(str(SHOTS / f"first_start_{name}.png"))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_fresh_computer_opens_the_assistant(qtbot, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path)
    assistant = assistant_of(qtbot, window)
    assert assistant.pages.currentWidget() is assistant.choices
    assert [b.text() for b in assistant.choice_buttons] == [
        "J'ai un code ou une carte d'inscription",
        "Je coordonne",
        "Essayer la démo",
        "Travailler sans serveur",
    ]
    shot(qtbot, assistant, "1_choices")


def test_a_known_neighbourhood_opens_no_assistant(qtbot, demo_store: Store, tmp_path) -> None:
    window = open_window(qtbot, demo_store, tmp_path)
    qtbot.wait(100)
    assert window.first_start is None


def test_working_without_a_server(qtbot, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path)
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[3].click()
    assert assistant.pages.currentWidget() is assistant.local_page
    type_text(assistant.hood, "Cureghem")
    type_text(assistant.commune, "Anderlecht")
    type_text(assistant.postcode, "1070")
    assistant.campaign.clear()
    type_text(assistant.campaign, "Diagnostic d'été")
    assistant.starts.setDate(QDate(2026, 6, 1))
    assistant.ends.setDate(QDate(2026, 5, 1))
    assistant.target.setValue(400)
    type_text(assistant.person, "Awa Diallo")
    assistant.create_button.click()
    assert "avant de commencer" in assistant.message.text()  # the end before the start
    assert fresh.directory.neighbourhoods() == []
    assistant.ends.setDate(QDate(2026, 9, 30))
    shot(qtbot, assistant, "5_without_server")
    assistant.create_button.click()
    qtbot.waitUntil(lambda: not assistant.isVisible())
    heading = window.heading.text()
    assert "Cureghem" in heading and "Diagnostic d'été" in heading and "Awa Diallo" in heading
    assert window.windowTitle() == "Quartier — Cureghem"
    [hood] = fresh.directory.neighbourhoods()
    assert (hood["commune"], hood["postcode"]) == ("Anderlecht", "1070")
    [campaign] = fresh.directory.campaigns(hood["id"])
    assert (campaign["starts_on"], campaign["ends_on"]) == ("2026-06-01", "2026-09-30")
    assert campaign["target_households"] == 400
    assert "Cureghem" in window.statusBar().currentMessage()


def test_a_code_enrols_syncs_and_asks_the_name(qtbot, hub, fresh: Store, tmp_path) -> None:
    form = load_builtin("porte_a_porte")
    hub.store.put_form(form.form_id, form.version, form.to_dict())
    window = open_window(qtbot, fresh, tmp_path, connect_http=in_process(hub))
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[0].click()
    shot(qtbot, assistant, "2_code")
    type_text(assistant.code, f"quartier://enrol?server=http://testserver&code={hub.code()}")
    assistant.enrol_button.click()
    assert assistant.code_server.text() == "http://testserver"  # from the QR code's link
    assert assistant.busy and not assistant.enrol_button.isEnabled()
    assistant.reject()  # no cancelling while it runs
    assert assistant.isVisible()
    qtbot.waitUntil(lambda: assistant.pages.currentWidget() is assistant.name_page, timeout=15_000)
    assert "inscrit dans le quartier « Marolles »" in assistant.enrolled_text.text()
    assert "1 formulaire(s)" in assistant.enrolled_text.text()
    assert fresh.settings.get(Key.TOKEN)
    shot(qtbot, assistant, "6_name")
    type_text(assistant.name, "Jo Vermeulen")
    assistant.name_chosen()
    qtbot.waitUntil(lambda: not assistant.isVisible())
    assert [p["name"] for p in fresh.directory.people()] == ["Jo Vermeulen"]
    assert fresh.settings.get(Key.PERSON) == fresh.directory.people()[0]["id"]
    assert "Marolles" in window.heading.text() and "Jo Vermeulen" in window.heading.text()
    assert fresh.forms.get("porte_a_porte").version == form.version  # the first sync brought it


def test_a_refused_code_says_so(qtbot, hub, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path, connect_http=in_process(hub))
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[0].click()
    type_text(assistant.code, "FAUX-CODE")
    assistant.enrol()
    assert "indiquez son adresse" in assistant.message.text()  # a bare code: where to?
    type_text(assistant.code_server, "http://testserver")
    assistant.enrol()
    qtbot.waitUntil(lambda: not assistant.busy, timeout=15_000)
    assert "refusé ce code" in assistant.message.text(), assistant.message.text()
    assert assistant.pages.currentWidget() is assistant.code_page
    assert assistant.enrol_button.isEnabled() and assistant.code.isEnabled()
    assert not fresh.settings.get(Key.TOKEN)
    shot(qtbot, assistant, "2_code_refused")


def test_an_unreachable_server_says_so(qtbot, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path)  # the real network client
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[0].click()
    address = f"http://127.0.0.1:{closed_port()}"
    type_text(assistant.code, f"quartier://enrol?server={address}&code=K7P2-XQ4M")
    assistant.enrol()
    qtbot.waitUntil(lambda: not assistant.busy, timeout=15_000)
    assert f"Le serveur {address} ne répond pas" in assistant.message.text()
    assert "refusé" not in assistant.message.text()
    assert not fresh.settings.get(Key.TOKEN)


def test_a_coach_logs_in_and_syncs(qtbot, hub, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path, connect_http=in_process(hub))
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[1].click()
    type_text(assistant.coach_server, "http://testserver")
    type_text(assistant.coach_name, "claire")
    type_text(assistant.coach_password, "pas le bon")
    shot(qtbot, assistant, "3_coach")
    assistant.login_button.click()
    qtbot.waitUntil(lambda: not assistant.busy, timeout=15_000)
    assert "refusé ce nom ou ce mot de passe" in assistant.message.text()
    assistant.coach_password.clear()
    type_text(assistant.coach_password, "mot-de-passe-solide")
    assistant.login_button.click()
    qtbot.waitUntil(lambda: not assistant.isVisible(), timeout=15_000)
    [claire] = fresh.directory.people()
    assert (claire["name"], claire["role"]) == ("claire", "coach")
    assert fresh.settings.get(Key.TOKEN)  # enrolled as the coach's own device, then synced
    assert "Coach" in [window.sections.item(i).text() for i in range(window.sections.count())]
    assert "Marolles" in window.heading.text() and "claire" in window.heading.text()


def test_a_coach_of_two_neighbourhoods_is_told_to_enrol_with_a_code(
    qtbot, hub, fresh: Store, tmp_path: Path
) -> None:
    """The login cannot pick the coach's device's neighbourhood: the window says this computer
    is not enrolled, and a code of the chosen neighbourhood enrols it."""
    other = hub.store.add_neighbourhood("Anneessens")
    hub.store.add_membership(hub.store.principal(hub.coach_token).id, other)
    window = open_window(qtbot, fresh, tmp_path, connect_http=in_process(hub))
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[1].click()
    for field, text in (
        (assistant.coach_server, "http://testserver"),
        (assistant.coach_name, "claire"),
        (assistant.coach_password, "mot-de-passe-solide"),
    ):
        type_text(field, text)
    assistant.log_in()
    qtbot.waitUntil(lambda: not assistant.busy, timeout=15_000)
    message = assistant.message.text()
    assert "Vous suivez 2 quartiers" in message and "pas encore inscrit" in message, message
    assert assistant.coach_code.isVisible() and not assistant.login_button.isVisible()
    assert not fresh.settings.get(Key.TOKEN)
    shot(qtbot, assistant, "3_coach_not_enrolled")
    assistant.coach_code.click()
    assert assistant.code_server.text() == "http://testserver"
    type_text(assistant.code, hub.code())
    assistant.enrol()
    qtbot.waitUntil(lambda: assistant.pages.currentWidget() is assistant.name_page, timeout=15_000)
    assert assistant.name.text() == "claire"
    assistant.name_chosen()
    qtbot.waitUntil(lambda: not assistant.isVisible())
    assert [(p["name"], p["role"]) for p in fresh.directory.people()] == [("claire", "coach")]
    assert "Coach" in [window.sections.item(i).text() for i in range(window.sections.count())]


def test_the_demo_opens_in_its_own_file(qtbot, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path)
    assistant = assistant_of(qtbot, window)
    assistant.choice_buttons[2].click()
    assert assistant.pages.currentWidget() is assistant.demo_page and assistant.busy
    shot(qtbot, assistant, "4_demo")
    qtbot.waitUntil(lambda: not assistant.isVisible(), timeout=30_000)
    assert window.store.path == tmp_path / "demo.sqlite"
    assert "Marolles" in window.heading.text()
    assert window.interviews.model.rowCount() > 0
    assert fresh.directory.neighbourhoods() == [] and fresh.submissions.count() == 0  # untouched


def test_cancel_leaves_the_empty_window(qtbot, fresh: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, fresh, tmp_path)
    assistant = assistant_of(qtbot, window)
    assistant.reject()
    assert not assistant.isVisible()
    assert "Aucun quartier" in window.heading.text()
    assert window.interviews.model.rowCount() == 0
    assert "Assistant de démarrage" in window.statusBar().currentMessage()
    [action] = [
        a for a in window.menuBar().actions()[0].menu().actions() if "démarrage" in a.text()
    ]
    action.trigger()
    again = assistant_of(qtbot, window)
    assert again is not assistant and again.pages.currentWidget() is again.choices
    again.reject()
    QApplication.processEvents()
