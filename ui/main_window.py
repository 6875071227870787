"""The main window: the current neighbourhood and campaign in view, a side list of sections
(Entretiens, Inventaire, Synchronisation, Impression, and Coach for coaches), the menus and
shortcuts of a desktop application, and its size and place kept between runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.preferences import interface_language, preferences

if TYPE_CHECKING:  # the store, SQLAlchemy and the sections come after the first paint,
    # and so do the Qt classes only they need (each costs PySide6 its type at first use)
    import httpx
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from app.store import Store
    from ui.first_start import FirstStart


def _connect(url: str) -> httpx.Client:
    """The server's client, imported when a sync begins (issue 18)."""
    from sync.client.connection import connect

    return connect(url)


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store | None = None,
        *,
        connect_http: Callable[[str], httpx.Client] = _connect,
        demo_path: Path | None = None,
    ) -> None:
        """The window over `store`; without one, the window as it was last left (heading,
        sections, size) until `open_database` brings the store: the start shows it first."""
        super().__init__()
        self.connect_http = connect_http  # tests reach the server in-process
        self.demo_path = demo_path
        self.first_start: FirstStart | None = None
        self.demo: Store | None = None  # the demo's store, opened from the assistant
        self.store: Store | None = None
        self._fit_to_screen(1180, 760)
        self._restore_geometry()
        if store is None:
            self._build_remembered()
        else:
            self._open_on(store)

    def open_database(self, path: Path) -> bool:
        """Open the store at `path` behind the shown window and build the sections over it;
        False (and said in a message) when the database cannot be opened."""
        from PySide6.QtWidgets import QMessageBox

        from app.store import Store
        from sync.wire.errors import QuartierError

        try:
            store = Store.open(path)
        except QuartierError as error:
            QMessageBox.critical(self, "Quartier", error.text(interface_language()))
            return False
        self._open_on(store)
        return True

    def _open_on(self, store: Store) -> None:
        from ui.first_start import is_fresh

        self._build(store)
        self._restore_section()
        self.interviews.table.setFocus()  # arrows and Enter open an interview at once
        if self.interviews.reopen_draft():  # the draft open at the last quit or crash
            self.sections.setCurrentRow(0)
        if is_fresh(store):
            QTimer.singleShot(0, self.open_first_start)

    def _build_remembered(self) -> None:
        """The heading and the sections as they were last shown, before the store is open:
        the window is on screen at once, its menus waiting for the store."""
        settings = preferences()
        self.setWindowTitle(str(settings.value("window/title", "Quartier")))
        heading = self._heading(str(settings.value("window/heading", "<b>Quartier</b>")))
        self._new_sections()
        self.sections.addItems(self._section_names())
        if settings.value("window/coach") == "true":
            self.sections.addItem(self.tr("Coach"))
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
        self.pages = QStackedWidget()
        self._lay_out(heading)
        self._restore_section()
        for title in self._menu_titles():  # their actions come with the store
            self.menuBar().addMenu(title)

    def _new_sections(self) -> None:
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setStyleSheet("QListWidget::item { padding: 8px 6px; }")

    def _section_names(self) -> list[str]:
        return [
            self.tr("Entretiens"),
            self.tr("Inventaire"),
            self.tr("Synchronisation"),
            self.tr("Impression"),
        ]

    def _heading(self, text: str) -> QLabel:
        self.heading = QLabel(text)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("QLabel#heading { font-size: 12pt; padding: 4px 8px; }")
        return self.heading

    def _lay_out(self, heading: QLabel) -> None:
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    def _build(self, store: Store) -> None:
        """The heading, sections and menus over `store`: at start, and again over what the
        first-start assistant made."""
        from ui.changes import Follower
        from ui.interviews_page import InterviewsPage
        from ui.inventory_page import InventoryPage
        from ui.lazy_section import LazySection, widget_from
        from ui.sync_page import SyncPage
        from ui.work_context import WorkContext

        self.store = store
        self.context = WorkContext.from_store(store, interface_language())
        heading = self._heading("")
        self._new_sections()
        self.pages = QStackedWidget()
        self.interviews = InterviewsPage(self.context)
        self.interviews.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.inventory = InventoryPage(self.context)
        interviews, inventory, sync, printing = self._section_names()
        self._add_section(interviews, self.interviews)
        self._add_section(inventory, self.inventory)
        self._add_section(sync, SyncPage(self.context, connect_http=self.connect_http))
        self._add_section(
            printing,
            LazySection(
                widget_from("ui.print_view", "PrintView", self.context),
                self.tr(
                    "Impression : l'affiche A3/A2, les flyers avec QR code et le rapport du "
                    "diagnostic arrivent avec le module d'impression."
                ),
            ),
        )
        self.coach_section: QWidget | None = None
        self._offer_coach_section()
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self._lay_out(heading)
        self._show_heading()
        Follower(  # on the heading: made anew, with its context, when the window is rebuilt
            self.heading, self.context.changes, lambda c, _by: c.settings or c.campaigns,
            self._show_heading,
        )  # fmt: skip
        Follower(  # a coach's session opened here brings the Coach section
            self.sections, self.context.changes, lambda c, _by: c.settings,
            self._offer_coach_section,
        )  # fmt: skip
        self.menuBar().clear()
        self._build_menus()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The first size: comfortable, but never larger than the screen (150% scaling on a
        small laptop leaves little room)."""
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))

    def _title(self) -> str:
        name = self.context.neighbourhood_name() or self.tr("aucun quartier")
        return f"Quartier — {name}"

    def _remember_heading(self) -> None:
        """What the next start shows before its store is open."""
        settings = preferences()
        settings.setValue("window/title", self.windowTitle())
        settings.setValue("window/heading", self.heading.text())
        settings.setValue("window/coach", self.coach_section is not None)

    def _show_heading(self) -> None:
        self.setWindowTitle(self._title())
        person = self.context.person()
        who = person["name"] if person else self.tr("bénévole non choisi (Fichier → Paramètres)")
        parts = [
            self.context.neighbourhood_name() or self.tr("Aucun quartier"),
            self.context.campaign_name() or self.tr("aucune campagne"),
            who,
        ]
        parts[0] = f"<b>{parts[0]}</b>"
        self.heading.setText(" · ".join(parts))
        self._remember_heading()

    def _offer_coach_section(self) -> None:
        """The Coach section, once the person working here is a coach."""
        from ui.lazy_section import LazySection, widget_from

        if self.coach_section is not None or not self.context.is_coach():
            return
        self.coach_section = LazySection(
            widget_from("ui.coach.workspace", "CoachWorkspace", self.context),
            self.tr(
                "Coach : la fusion, le dédoublonnage et la comparaison des quartiers "
                "arrivent avec l'espace de travail du coach."
            ),
        )
        self._add_section(self.tr("Coach"), self.coach_section)
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
        self._remember_heading()

    def _add_section(self, name: str, page: QWidget) -> None:
        self.sections.addItem(name)
        self.pages.addWidget(page)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _menu_titles(self) -> list[str]:
        return [self.tr("&Fichier"), self.tr("&Édition"), self.tr("&Affichage"), self.tr("&Aide")]

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        file_title, edit_title, view_title, help_title = self._menu_titles()
        file_menu = self.menuBar().addMenu(file_title)
        file_menu.addAction(
            self._action(self.tr("&Nouvel entretien"), QKeySequence.StandardKey.New, self.new)
        )
        file_menu.addAction(self._action(self.tr("&Paramètres…"), "Ctrl+,", self.open_settings))
        file_menu.addAction(
            self._action(self.tr("Assistant de &démarrage…"), "", self.open_first_start)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit_menu = self.menuBar().addMenu(edit_title)
        edit_menu.addAction(
            self._action(self.tr("&Rechercher"), QKeySequence.StandardKey.Find, self.search)
        )
        view_menu = self.menuBar().addMenu(view_title)
        for row in range(self.sections.count()):
            view_menu.addAction(
                self._action(
                    self.sections.item(row).text(),
                    f"Ctrl+{row + 1}",
                    lambda _c=False, r=row: self.sections.setCurrentRow(r),
                )
            )
        help_menu = self.menuBar().addMenu(help_title)
        help_menu.addAction(self._action(self.tr("&Raccourcis clavier"), "F1", self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("À &propos de Quartier"), "", self.about))

    # ------------------------------------------------------------------ actions

    def new(self) -> None:
        self.sections.setCurrentRow(0)
        self.interviews.new_interview()

    def search(self) -> None:
        if self.pages.currentWidget() is self.inventory:
            self.inventory.focus_search()
        else:
            self.sections.setCurrentRow(0)
            self.interviews.focus_search()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).exec()

    def open_first_start(self) -> FirstStart:
        """The first-start assistant over the window (it opens by itself on a computer that
        knows no neighbourhood and is enrolled nowhere)."""
        from ui.first_start import FirstStart

        assert self.store is not None, "the menus wait for the store"
        assistant = FirstStart(
            self.store, self, connect_http=self.connect_http, demo_path=self.demo_path
        )
        assistant.finished.connect(lambda _result: self._first_start_done(assistant))
        if self.first_start is not None:
            self.first_start.deleteLater()
        self.first_start = assistant
        assistant.open()
        return assistant

    def _first_start_done(self, assistant: FirstStart) -> None:
        from PySide6.QtCore import QThreadPool

        from app.store import Store
        from sync.wire.errors import QuartierError
        from ui.errors import show_error

        if assistant.database is None and not assistant.changed:
            self.statusBar().showMessage(
                self.tr("Pour commencer : Fichier → Assistant de démarrage…")
            )
            return
        QThreadPool.globalInstance().waitForDone(5000)  # no call of the old sections running
        store = assistant.store
        if assistant.database is not None:
            try:
                store = Store.open(assistant.database)
            except QuartierError as error:
                show_error(self, error)
                return
            if self.demo is not None:
                self.demo.close()
            self.demo = store
        self._build(store)
        self.sections.setCurrentRow(0)
        self.statusBar().showMessage(assistant.outcome, 15000)

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.tr("Raccourcis clavier"),
            self.tr(
                "Ctrl+N : nouvel entretien\n"
                "Ctrl+F : rechercher\n"
                "Tab / Maj+Tab : question suivante / précédente\n"
                "Entrée : question suivante\n"
                "Maj+Entrée : nouvelle ligne dans une réponse ouverte\n"
                "1 à 9 : choisir une réponse dans une liste\n"
                "Alt+Bas : calendrier d'une date\n"
                "Ctrl+PgSuiv / Ctrl+PgPréc : page suivante / précédente\n"
                "Ctrl+G : aller à une question (toutes les questions et leur état)\n"
                "Ctrl+Entrée : finaliser l'entretien\n"
                "Alt+R : retour à la liste (Échap pour un entretien finalisé)\n"
                "Ctrl+1 à Ctrl+5 : changer de section\n"
                "Ctrl+Q : quitter"
            ),
        )

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("À propos de Quartier"),
            self.tr(
                "Quartier : enquêtes de quartier hors ligne pour les Quartiers Durables "
                "Citoyens. Vos entretiens sont enregistrés sur cet ordinateur à chaque "
                "modification."
            ),
        )

    # ------------------------------------------------------------------ window state

    def _restore_geometry(self) -> None:
        settings = preferences()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _restore_section(self) -> None:
        section = str(preferences().value("window/section", 0))
        row = int(section) if section.isdigit() else 0
        self.sections.setCurrentRow(min(row, self.sections.count() - 1))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store is not None and (
            not self.interviews.close_editor(forget=False) or not self.inventory.leave()
        ):
            event.ignore()
            return
        settings = preferences()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/section", self.sections.currentRow())
        super().closeEvent(event)
        if self.demo is not None:
            self.demo.close()
