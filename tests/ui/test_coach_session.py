"""A coach's session from the Synchronisation section, and a window that follows the current
campaign. Real parts: the server app in-process (the sync tests' hub), the window's sections
over real SQLite files; only the network address is the hub's."""

from __future__ import annotations

from datetime import date

from keyboard import type_text
from sync_server import connect_in_process
from sync_server import sync_conftest as _hub

from app.first_start import choose_person
from app.store import Key, Store
from survey_forms import FormSession, load_builtin
from sync.client.device import login, synchronise
from sync.wire.protocol import CampaignRequest, CampaignState
from ui.coach.conflicts_panel import ConflictsPanel
from ui.coach.workspace import CoachWorkspace
from ui.coach_login import CoachLoginDialog
from ui.lazy_section import LazySection
from ui.main_window import MainWindow
from ui.sync_page import SyncPage
from ui.work_context import WorkContext

hub = _hub.hub  # the fixture: a server in-process with the neighbourhood Marolles and its coach
TIMEOUT = 15_000
PASSWORD = "mot-de-passe-solide"


def campaign(
    hub_: _hub.Hub, name: str, starts: date, closed: bool = False, campaign_id: str | None = None
) -> CampaignState:
    """A campaign made (or edited) on the server, as the admin's command line does."""
    request = CampaignRequest(
        neighbourhood_id=hub_.nid,
        name=name,
        starts_on=starts,
        ends_on=date(starts.year, starts.month, 28),
        target_households=100,
        streets=["Rue Haute"],
        forms=["porte_a_porte"],
        closed=closed,
    )
    return hub_.store.save_campaign(request, "admin", campaign_id)


def household(store: Store, street: str) -> str:
    """A finalized doorstep interview through the real form session."""
    form = load_builtin("porte_a_porte")
    session = FormSession(form)
    session.set("consent", "yes")
    session.set("street", street)
    session.set("household_size", 3)
    draft = store.submissions.save_draft(
        form.form_id,
        form.version or "",
        session.answers_to_keep(),
        campaign_id=store.settings.get(Key.CAMPAIGN),
    )
    return store.submissions.finalize(draft.id).id


def open_window(qtbot, hub_: _hub.Hub, store: Store) -> MainWindow:
    window = MainWindow(store, connect_http=connect_in_process(hub_))
    qtbot.addWidget(window)
    window.show()
    return window


def sync_page(qtbot, window: MainWindow) -> SyncPage:
    window.sections.setCurrentRow(2)
    page = window.pages.currentWidget()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.idle)
    return page


def log_in(qtbot, dialog: CoachLoginDialog, password: str = PASSWORD) -> None:
    type_text(dialog.name, "claire")
    type_text(dialog.password, password)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)


def test_login_from_the_sync_page_then_a_sync_brings_another_volunteers_interview(
    qtbot, hub
) -> None:
    campaign(hub, "Diagnostic 2027", date(2027, 3, 1))
    ana = hub.device("ana")
    synchronise(ana, hub.http())
    theirs = household(ana, "Rue Blaes")
    synchronise(ana, hub.http())
    coach = hub.device("coach")  # enrolled with a code, as a volunteer's laptop would be
    window = open_window(qtbot, hub, coach)
    page = sync_page(qtbot, window)
    assert page.coach_state.text() == "Aucune session de coach sur cet ordinateur."
    assert not page.coach_logout_button.isEnabled()
    assert window.sections.item(window.sections.count() - 1).text() != "Coach"

    page.coach_login_button.click()
    dialog = page.login_dialog
    assert isinstance(dialog, CoachLoginDialog) and dialog.isVisible()
    assert dialog.server.text() == "http://testserver" and dialog.server.isReadOnly()
    log_in(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == CoachLoginDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: page.coach_state.text() == "Session ouverte pour « claire ».")
    assert page.coach_logout_button.isEnabled()
    assert "Session de coach ouverte" in page.message.text()
    sections = [window.sections.item(row).text() for row in range(window.sections.count())]
    assert sections[-1] == "Coach"  # the coach works here now: the Coach section is offered

    page.sync_button.click()
    qtbot.waitUntil(page.idle, timeout=TIMEOUT)
    assert "Synchronisation terminée" in page.message.text(), page.message.text()
    window.sections.setCurrentRow(0)  # the list, hidden during the sync, refreshes when shown
    model = window.interviews.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.record(0).id == theirs
    assert "Diagnostic 2027" in window.heading.text()  # the campaign came with the sync


def test_a_wrong_password_says_so_and_opens_nothing(qtbot, hub) -> None:
    window = open_window(qtbot, hub, hub.device("coach"))
    page = sync_page(qtbot, window)
    dialog = page.ask_coach_login()
    log_in(qtbot, dialog, "pas le bon")
    assert dialog.isVisible()  # what was typed stays, to try again
    assert "Le serveur a refusé ce nom ou ce mot de passe." in dialog.message.text()
    assert dialog.name.text() == "claire"
    assert page.store.settings.get(Key.COACH_TOKEN) is None
    dialog.reject()
    assert page.coach_state.text() == "Aucune session de coach sur cet ordinateur."


def test_an_expired_session_is_said_and_closing_forgets_it(qtbot, hub) -> None:
    coach = hub.device("coach")
    window = open_window(qtbot, hub, coach)
    page = sync_page(qtbot, window)
    log_in(qtbot, page.ask_coach_login())
    token = coach.settings.get(Key.COACH_TOKEN)
    assert token

    hub.store.logout(token)  # the server ends it: expiry, or revocation by an admin
    page.sync_button.click()
    qtbot.waitUntil(page.idle, timeout=TIMEOUT)
    assert "La session de coach a expiré" in page.message.text(), page.message.text()
    qtbot.waitUntil(lambda: "La session de « claire » a expiré" in page.coach_state.text())
    assert page.coach_logout_button.isEnabled()

    log_in(qtbot, page.ask_coach_login())  # again, then closed for good
    qtbot.waitUntil(lambda: page.coach_state.text() == "Session ouverte pour « claire ».")
    token = coach.settings.get(Key.COACH_TOKEN)
    page.coach_logout_button.click()
    qtbot.waitUntil(page.idle, timeout=TIMEOUT)
    assert "Session de coach fermée" in page.message.text(), page.message.text()
    assert "n'a pas pu être prévenu" not in page.message.text()
    qtbot.waitUntil(
        lambda: page.coach_state.text() == "Aucune session de coach sur cet ordinateur."
    )
    assert coach.settings.get(Key.COACH_TOKEN) is coach.settings.get(Key.COACH_NAME) is None
    assert not page.coach_logout_button.isEnabled()
    heard = hub.http().get("/api/v1/changes", headers={"Authorization": f"Bearer {token}"})
    assert heard.status_code == 401  # the server closed it too


def test_a_coach_of_two_neighbourhoods_on_a_computer_enrolled_nowhere(qtbot, hub, tmp_path) -> None:
    hub.store.add_membership(
        hub.store.principal(hub.coach_token).id, hub.store.add_neighbourhood("Anneessens")
    )
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        page = SyncPage(WorkContext.from_store(fresh, "fr"), connect_http=connect_in_process(hub))
        qtbot.addWidget(page)
        page.show()
        dialog = page.ask_coach_login()
        assert not dialog.server.isReadOnly()
        type_text(dialog.server, "http://testserver")
        log_in(qtbot, dialog)
        message = dialog.message.text()
        assert "Vous suivez 2 quartiers" in message and "code d'inscription" in message, message
        assert dialog.isVisible() and not dialog.login_button.isVisible()
        assert dialog.close_button.text() == "Fermer"
        dialog.close_button.click()
        assert dialog.result() == CoachLoginDialog.DialogCode.Accepted  # the session is open
        assert fresh.settings.get(Key.SERVER) == "http://testserver"
        qtbot.waitUntil(lambda: page.coach_state.text() == "Session ouverte pour « claire ».")
        assert not page.sync_button.isEnabled()  # enrolled nowhere yet: a code comes first


def test_the_conflicts_panel_opens_the_same_dialog(qtbot, hub) -> None:
    coach = hub.device("coach")
    context = WorkContext.from_store(coach, "fr")
    panel = ConflictsPanel(context, open_client=connect_in_process(hub))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_session()
    panel.login_button.click()
    dialog = panel.login_dialog
    assert isinstance(dialog, CoachLoginDialog) and dialog.isVisible()
    with qtbot.waitSignal(context.changes.changed, timeout=TIMEOUT):
        log_in(qtbot, dialog)
    assert coach.settings.get(Key.COACH_NAME) == "claire"
    assert coach.settings.get(Key.COACH_TOKEN)


def test_the_window_follows_a_new_campaign_without_restarting(qtbot, hub) -> None:
    """A sync brings a new campaign and closes the current one: the heading and the coach's
    dashboard show the new one, in the same window."""
    first = campaign(hub, "Diagnostic 2027", date(2027, 3, 1))
    coach = hub.device("coach")
    login(coach, hub.http(), "claire", PASSWORD)
    synchronise(coach, hub.http())
    choose_person(coach, "claire", "coach")
    window = open_window(qtbot, hub, coach)
    assert "Diagnostic 2027" in window.heading.text()
    coach_row = window.sections.count() - 1
    window.sections.setCurrentRow(coach_row)
    section = window.pages.currentWidget()
    assert isinstance(section, LazySection) and isinstance(section.content, CoachWorkspace)
    workspace = section.content
    qtbot.waitUntil(lambda: workspace.title.text() == "Coach — Diagnostic 2027", timeout=TIMEOUT)

    campaign(hub, "Diagnostic 2027", date(2027, 3, 1), closed=True, campaign_id=first.id)
    second = campaign(hub, "Second diagnostic 2028", date(2028, 3, 1))
    page = sync_page(qtbot, window)
    page.sync_button.click()
    qtbot.waitUntil(page.idle, timeout=TIMEOUT)
    assert "Second diagnostic 2028" in window.heading.text(), window.heading.text()
    assert window.context.campaign_id == second.id
    window.sections.setCurrentRow(coach_row)
    qtbot.waitUntil(
        lambda: workspace.title.text() == "Coach — Second diagnostic 2028", timeout=TIMEOUT
    )
