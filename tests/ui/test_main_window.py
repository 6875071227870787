"""The main window: sections, the interview list over the store, shortcuts, settings."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from keyboard import in_next_dialog, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTabWidget

from app.demo import ACTIONS, build_demo
from app.errors import RecordNotFound
from app.records import DRAFT, SubmissionQuery
from app.store import Key, Store
from ui.lazy_section import LazySection, widget_from
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.sync_page import SyncPage
from ui.translations import install_translators


@pytest.fixture
def window(qtbot, demo_store: Store) -> MainWindow:
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def sections(window: MainWindow) -> list[str]:
    return [window.sections.item(i).text() for i in range(window.sections.count())]


def test_shows_neighbourhood_campaign_and_sections(window: MainWindow) -> None:
    assert "Marolles" in window.windowTitle()
    assert "Diagnostic partagé 2026" in window.heading.text()
    assert sections(window) == ["Entretiens", "Inventaire", "Synchronisation", "Impression"]


def test_coach_section_only_for_coaches(qtbot, demo_store: Store) -> None:
    coach = next(p for p in demo_store.directory.people() if p["role"] == "coach")
    demo_store.settings.set(Key.PERSON, coach["id"])
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    assert sections(main)[-1] == "Coach"


def test_list_shows_interviews_and_filters(qtbot, window: MainWindow, demo_store: Store) -> None:
    page = window.interviews
    shown = 40 + len(ACTIONS)  # the list holds every form's submissions: the actions too
    assert page.model.rowCount() == shown
    qtbot.waitUntil(lambda: page.count.text().startswith(str(shown)))
    street = demo_store.submissions.streets()[0]
    qtbot.waitUntil(lambda: page.filters.street.findData(street) > 0)  # filled off-thread
    page.filters.street.setCurrentIndex(page.filters.street.findData(street))
    qtbot.waitUntil(lambda: page.model.query.street == street)
    assert {page.model.record(r).street for r in range(page.model.rowCount())} == {street}
    page.filters.status.setCurrentIndex(page.filters.status.findData(DRAFT))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_sorting_by_street_asks_the_store(window: MainWindow) -> None:
    window.interviews.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    model = window.interviews.model
    streets = [model.record(r).street or "" for r in range(model.rowCount())]
    assert model.query.order_by == "street" and streets == sorted(streets)


def test_ctrl_n_ctrl_enter_and_the_list(qtbot, window: MainWindow, demo_store: Store) -> None:
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.interviews.editor
    assert editor is not None
    press(QApplication.focusWidget(), Qt.Key.Key_1)  # consent: 1. Oui
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    type_text(QApplication.focusWidget(), "Rue Wynants")
    press(QApplication.focusWidget(), Qt.Key.Key_Return)  # house number
    press(QApplication.focusWidget(), Qt.Key.Key_Return)  # next page: household size
    type_text(QApplication.focusWidget(), "2")
    in_next_dialog(Qt.Key.Key_Tab, Qt.Key.Key_Space)  # « Finaliser », not the default
    press(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.interviews.editor is None
    model = window.interviews.model
    assert model.record(0).street == "Rue Wynants"
    assert "finalisé" in window.statusBar().currentMessage()


def test_ctrl_f_focuses_the_search(window: MainWindow) -> None:
    window.search()
    assert QApplication.focusWidget() is window.interviews.filters.search
    assert QKeySequence(QKeySequence.StandardKey.Find).toString() == "Ctrl+F"


def test_draft_survives_closing_the_window(qtbot, demo_path: Path) -> None:
    with Store.open(demo_path) as store:
        main = MainWindow(store)
        qtbot.addWidget(main)
        main.show()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        main.new()
        editor = main.interviews.editor
        assert editor is not None
        editor.view.rows_by_key["consent"].editor.buttons[0].click()  # type: ignore[union-attr]
        editor.view.focus_key("street")
        type_text(QApplication.focusWidget(), "Rue Haute")
        editor.view.focus_key("household_size")
        main.close()  # saves at once, without waiting for the timer
        draft_id = editor.submission_id
    with Store.open(demo_path) as store:
        draft = store.submissions.get(draft_id)
        assert draft.status == DRAFT and draft.answers["street"] == "Rue Haute"
        main = MainWindow(store)
        qtbot.addWidget(main)
        main.show()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        reopened = main.interviews.editor  # the window opens on the draft left open
        assert reopened is not None and reopened.submission_id == draft_id
        assert reopened.view.rows_by_key["street"].editor.value == "Rue Haute"  # type: ignore[union-attr]
        assert reopened.view.current == reopened.view.rows_by_key["household_size"].page_index
        assert (
            QApplication.focusWidget()
            is reopened.view.rows_by_key["household_size"].editor.focus_target()
        )  # type: ignore[union-attr]


def open_window(qtbot, store: Store) -> MainWindow:
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_quit_then_restart_reopens_the_draft(qtbot, demo_store: Store) -> None:
    main = open_window(qtbot, demo_store)
    press(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(QApplication.focusWidget(), Qt.Key.Key_1)  # consent: 1. Oui
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    type_text(QApplication.focusWidget(), "Rue Blaes")
    editor = main.interviews.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.submission_id is not None and not editor.dirty)
    main.close()  # Fichier → Quitter
    assert not main.isVisible()
    again = open_window(qtbot, demo_store)
    assert again.interviews.editor is not None
    assert again.interviews.editor.submission_id == editor.submission_id
    assert again.sections.currentRow() == 0


def test_back_to_the_list_finalized_or_gone_opens_on_the_list(qtbot, demo_store: Store) -> None:
    main = open_window(qtbot, demo_store)
    main.new()
    editor = main.interviews.editor
    assert editor is not None
    editor.view.rows_by_key["consent"].editor.buttons[0].click()  # type: ignore[union-attr]
    assert editor.save_now() and editor.submission_id is not None
    editor.close_button.setFocus()
    press(editor.close_button, Qt.Key.Key_Space)  # « Retour à la liste »
    assert main.interviews.editor is None
    main.close()
    assert open_window(qtbot, demo_store).interviews.editor is None
    # a draft left open, then finalized elsewhere (a coach's laptop, the CLI): the list
    third = open_window(qtbot, demo_store)
    third.interviews.open_submission(editor.submission_id)
    third.close()
    demo_store.submissions.delete_draft(editor.submission_id)
    assert open_window(qtbot, demo_store).interviews.editor is None


def test_window_geometry_is_kept(qtbot, demo_store: Store) -> None:
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 520)
    first.sections.setCurrentRow(1)
    first.close()
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    assert second.sections.currentRow() == 1
    assert second.size().height() == 520


def test_settings_choose_who_i_am_and_the_language(qtbot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    type_text(dialog.new_name, "Zoé Ngoma")
    dialog.add_person()
    assert dialog.person.currentText() == "Zoé Ngoma"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.server.setText("https://quartier.example.org")
    dialog.accept()
    store = window.context.store
    me = next(p for p in store.directory.people() if p["name"] == "Zoé Ngoma")
    assert store.settings.get(Key.PERSON) == me["id"]
    assert store.settings.get(Key.SERVER) == "https://quartier.example.org"
    from ui.preferences import interface_language

    assert interface_language() == "nl"


@pytest.fixture(scope="session")
def big_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "demo100k.sqlite"
    build_demo(path, households=100_000)
    return path


@pytest.mark.slow
def test_100k_interviews_open_lazily(qtbot, big_demo: Path) -> None:
    with Store.open(big_demo) as store:
        main = MainWindow(store)
        qtbot.addWidget(main)
        main.show()
        page = main.interviews
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        assert page.model.rowCount() <= 2 * page.model.PAGE
        assert page.model.canFetchMore()
        qtbot.waitUntil(lambda: page.count.text().startswith("100"), timeout=10_000)
        page.table.scrollToBottom()
        page.model.fetchMore()
        assert page.model.rowCount() > page.model.PAGE
        main.close()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", ["Gesprekken", "Inventaris"]), ("en", ["Interviews", "Inventory"])],
)
def test_interface_language_from_qt_translations(
    qtbot, demo_store: Store, lang: str, expected: list[str]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    try:
        main = MainWindow(demo_store)
        qtbot.addWidget(main)
        assert sections(main)[:2] == expected
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_heavy_sections_are_built_when_first_shown(qtbot) -> None:
    built: list[str] = []

    def build() -> QLabel:
        built.append("built")
        return QLabel("section")

    section = LazySection(build, "à venir")
    qtbot.addWidget(section)
    assert built == []
    section.show()
    section.hide()
    section.show()
    assert built == ["built"]
    missing = LazySection(widget_from("ui.not_there_yet", "View", None), "à venir")  # type: ignore[arg-type]
    qtbot.addWidget(missing)
    missing.show()
    assert isinstance(missing.content, QLabel) and missing.content.text() == "à venir"


def test_a_draft_can_be_thrown_away(qtbot, window: MainWindow, demo_store: Store) -> None:
    window.new()
    editor = window.interviews.editor
    assert editor is not None
    editor.view.rows_by_key["consent"].editor.buttons[0].click()  # type: ignore[union-attr]
    assert editor.save_now()
    draft_id = editor.submission_id
    asked: list[str] = []
    in_next_dialog(Qt.Key.Key_Tab, Qt.Key.Key_Space, seen=asked)  # away from « Garder »
    editor.delete_button.click()
    assert "Supprimer ce brouillon" in asked[0]
    assert window.interviews.editor is None
    with pytest.raises(RecordNotFound):
        demo_store.submissions.get(draft_id)
    assert window.statusBar().currentMessage() == "Brouillon supprimé"


def test_sync_section_counts_what_waits_to_be_sent(qtbot, window: MainWindow) -> None:
    window.sections.setCurrentRow(2)
    page = window.pages.currentWidget()
    assert isinstance(page, SyncPage)
    pending = len(window.context.store.outbox.pending(10_000))
    qtbot.waitUntil(lambda: page.pending.text().startswith(f"{pending} modification"))
    assert "pas encore choisi" in page.server.text()


def test_date_filter_reads_day_first_lets_tab_go_and_opens_on_today(
    qtbot, window: MainWindow
) -> None:
    filters = window.interviews.filters
    since, until = filters.since.focus_target(), filters.until.focus_target()
    since.setFocus()
    type_text(since, "01/12/2026")  # « du »
    assert filters.since.value == "2026-12-01"  # 1 December, never "1122026"
    qtbot.keyClick(since, Qt.Key.Key_Tab)  # Tab leaves it: no walk through its sections
    assert QApplication.focusWidget() is until
    assert isinstance(since, QLineEdit) and since.text() == "01/12/2026"
    qtbot.waitUntil(lambda: window.interviews.model.query.since == "2026-12-01")
    qtbot.keyClick(until, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # « au »: calendar
    calendar = filters.until.calendar
    assert calendar is not None and calendar.isVisible()
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the day shown: today
    assert filters.until.value == today.isoformat()
    assert not calendar.isVisible() and QApplication.focusWidget() is until
    qtbot.keyClick(until, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not until
    qtbot.waitUntil(lambda: window.interviews.model.query.until is not None)
    # the calendar opens on the date typed; a two-digit year counts once the field is left
    since.setFocus()
    since.selectAll()
    type_text(since, "3/2/25")
    assert filters.since.value is None  # « 25 » may still become 2025 or 250…
    qtbot.keyClick(since, Qt.Key.Key_F4)
    assert filters.since.calendar is not None
    assert (filters.since.calendar.yearShown(), filters.since.calendar.monthShown()) == (2025, 2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is since
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    assert since.text() == "03/02/2025" and filters.since.value == "2025-02-03"
    since.setFocus()
    since.selectAll()
    type_text(since, "32/13/2026")
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    assert filters.since.value is None and "01/12/2026" in since.accessibleDescription()


def test_a_finalized_interview_goes_back_to_the_list_with_escape_or_alt_r(
    qtbot, window: MainWindow, demo_store: Store
) -> None:
    page = window.interviews
    finalized = next(
        page.model.record(r) for r in range(page.model.rowCount())
        if page.model.record(r).status == "finalized"
    )  # fmt: skip
    page.open_submission(finalized.id)
    assert page.editor is not None and page.editor.read_only
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.editor is None and QApplication.focusWidget() is page.table
    page.open_submission(finalized.id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.editor is None)  # « &Retour à la liste » (an animated click)
    window.new()  # a draft: Escape does not leave it, Alt+R does
    assert page.editor is not None and not page.editor.read_only
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.wait(150)
    assert page.editor is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.editor is None)


@pytest.fixture(scope="module")
def thousand_five_hundred(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("counts") / "demo1500.sqlite"
    build_demo(path, households=1500)
    return path


@pytest.mark.parametrize(("lang", "separator"), [("fr", "\u202f"), ("nl", "."), ("en", ",")])
def test_counts_are_written_in_the_interface_language(
    qtbot, thousand_five_hundred: Path, lang: str, separator: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    try:
        with Store.open(thousand_five_hundred) as store:
            total = store.submissions.count(SubmissionQuery())
            assert total > 1000
            main = open_window(qtbot, store)
            digits = f"{total:,}".replace(",", separator)  # « 1 507 » in French, not « 1,507 »
            qtbot.waitUntil(lambda: main.interviews.count.text().startswith(digits + " "))
            main.close()
            coach = next(p for p in store.directory.people() if p["role"] == "coach")
            store.settings.set(Key.PERSON, coach["id"])
            main = open_window(qtbot, store)
            main.sections.setCurrentRow(main.sections.count() - 1)  # Coach: « Relecture (1 500) »
            tabs = main.pages.currentWidget().findChild(QTabWidget)
            thousands = re.compile(r"\(\d{1,3}" + re.escape(separator) + r"\d{3}\)$")
            qtbot.waitUntil(
                lambda: (
                    tabs is not None
                    and any(thousands.search(tabs.tabText(i)) for i in range(tabs.count()))
                ),
                timeout=20_000,
            )
            main.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
