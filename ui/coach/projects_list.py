"""The neighbourhood's transition projects in the coach's « Actions » tab (issue 16): the list,
a new project (from a cell of the grid, or blank), a project opened for editing in the sheet
dialog (``ui.coach.project_dialog``), and its printed documents: the project sheet, the subsidy
request and the end-of-project report (``app.printing``), in the languages chosen in the tab.

The diagnosis behind a sheet is gathered, sheets are saved and documents written off the UI
thread; a saved sheet waits in the outbox for the next sync, as inventory items do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actions.projects import (
    GAP,
    Diagnosis,
    budget_total,
    diagnosis_of,
    from_gap,
    items_in,
    levers_in,
    needs_in,
    save_project,
)
from app.actions.themes import IDEA, stage_labels, theme_labels
from app.printing.texts import Languages
from app.records import ProjectRecord
from app.store import Store
from survey_forms.model import text_in
from ui.changes import Changes
from ui.coach.catalogue_dialog import CatalogueDialog
from ui.coach.one_at_a_time import ActionsPage
from ui.coach.project_dialog import ProjectDialog, euros_text
from ui.locale_format import format_count, format_date
from ui.notices import busy_bar, hint, message_line, say
from ui.operations import Operation
from ui.work_context import WorkContext

TITLE, THEME, STAGE, BUDGET, REACH, ORIGIN, VERSION = range(7)
#: What saving a sheet changes: the project, and what waits to be sent.
SAVED = Changes(outbox=True)
#: The documents a project prints.
SHEET, DOSSIER, FINAL = "sheet", "dossier", "final"


@dataclass(frozen=True)
class Opening:
    """What the sheet dialog opens with."""

    neighbourhood_id: str
    sheet: dict[str, Any]
    diagnosis: Diagnosis
    project: ProjectRecord | None


def project_idea(store: Store, neighbourhood_id: str, theme: str, gap: bool) -> Opening:
    """A new sheet for a cell of the grid: ``from_gap`` for a gap; for another cell, the
    theme with the needs, inventory needs and (with the carbon diagnosis) levers it has."""
    diagnosis = diagnosis_of(store, neighbourhood_id)
    if gap:
        sheet = from_gap(store, neighbourhood_id, theme)
    else:
        sheet = {"title": "", "theme": theme, "stage": IDEA,
                 "needs": [n.key for n in needs_in(diagnosis, theme)],
                 "items": items_in(diagnosis, theme),
                 "levers": levers_in(theme) if diagnosis.has_carbon else []}  # fmt: skip
    return Opening(neighbourhood_id, sheet, diagnosis, None)


def write_document(
    store: Store, project: ProjectRecord, kind: str, path: Path, languages: Languages
) -> int:
    """The project's sheet, subsidy request or end-of-project report as a PDF; its pages."""
    if kind == SHEET:
        from app.printing.project_sheet import draw_project_sheet

        diagnosis = diagnosis_of(store, project.neighbourhood_id)
        return draw_project_sheet(project, diagnosis, path, languages)
    from app.actions.dossier import dossier_of
    from app.printing.dossier import draw_dossier

    return draw_dossier(dossier_of(store, project), path, languages, final=kind == FINAL)


class ProjectsView(ActionsPage):
    """Emits ``loaded`` once the list is shown, ``dialog_opened(dialog)`` when a sheet opens,
    ``saved(project)`` once a sheet is kept, ``printed(path)`` once a document is written."""

    loaded = Signal()
    dialog_opened = Signal(object)
    saved = Signal(object)
    printed = Signal(object)

    def __init__(
        self,
        context: WorkContext,
        languages: Callable[[], Languages],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, languages, parent)
        self.projects: list[ProjectRecord] = []
        self.dialog: ProjectDialog | None = None
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Projet"), self.tr("Thème"), self.tr("Étape"), self.tr("Budget"),
             self.tr("Personnes visées"), self.tr("Origine"), self.tr("Version")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.open_project())
        self.new_button = QPushButton(self.tr("Nouveau projet…"))
        self.new_button.clicked.connect(lambda: self.new_project())
        self.open_button = QPushButton(self.tr("Ouvrir la fiche…"))
        self.open_button.clicked.connect(lambda: self.open_project())
        self.catalogue_button = QPushButton(self.tr("Actions d'autres &quartiers…"))
        self.catalogue_button.clicked.connect(lambda: self.browse_catalogue())
        self.sheet_button = QPushButton(self.tr("Imprimer la fiche…"))
        self.sheet_button.clicked.connect(lambda: self.ask_print(SHEET))
        self.dossier_button = QPushButton(self.tr("Demande de subside…"))
        self.dossier_button.clicked.connect(lambda: self.ask_print(DOSSIER))
        self.final_button = QPushButton(self.tr("Rapport de fin de projet…"))
        self.final_button.clicked.connect(lambda: self.ask_print(FINAL))
        self.busy = busy_bar()
        self.message = message_line()
        edit = QHBoxLayout()
        edit.addWidget(self.new_button)
        edit.addWidget(self.open_button)
        edit.addWidget(self.catalogue_button)
        edit.addStretch(1)
        edit.addWidget(self.busy)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.tr("Imprimer (PDF, A4) :")))
        documents.addWidget(self.sheet_button)
        documents.addWidget(self.dossier_button)
        documents.addWidget(self.final_button)
        documents.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("Les projets du quartier : qui, quoi, comment, où, quand, combien et "
                         "pourquoi. Une fiche enregistrée part à la prochaine synchronisation ; "
                         "la demande de subside reprend la fiche, le diagnostic qui la justifie "
                         "et le vote du budget participatif."))
        )  # fmt: skip
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addLayout(documents)
        layout.addWidget(self.message)
        self._enable()

    # -- the list --------------------------------------------------------------------------

    def set_neighbourhood(self, neighbourhood_id: str | None) -> None:
        self.neighbourhood_id = neighbourhood_id
        self.reload()

    def reload(self, select: str | None = None) -> Operation:
        store, hood = self.store, self.neighbourhood_id
        current = self.current()
        selected = select or (current.id if current is not None else None)
        operation = Operation(lambda _ctx: store.projects.all(hood) if hood else [], self)
        operation.succeeded.connect(lambda found: self.show_projects(found, selected))
        operation.failed.connect(self._failed)
        return operation.start()

    def show_projects(self, projects: list[ProjectRecord], select: str | None = None) -> None:
        self.projects = projects
        themes, stages = theme_labels(), stage_labels()
        self.table.setRowCount(len(projects))
        for row, p in enumerate(projects):
            reach = p.data.get("reach")
            total = budget_total(p.data)
            cells = {
                TITLE: p.title,
                THEME: text_in(themes[p.theme], self.lang) if p.theme in themes else p.theme,
                STAGE: text_in(stages[p.stage], self.lang) if p.stage in stages else p.stage,
                BUDGET: euros_text(total, self.lang) if total else "—",
                REACH: format_count(reach) if isinstance(reach, int) else "—",
                ORIGIN: self.tr("manque de la grille") if p.data.get("origin") == GAP else "",
                VERSION: self.tr("v{version} du {date}").format(
                    version=p.version, date=format_date(p.updated_at)),
            }  # fmt: skip
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column in (BUDGET, REACH):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if p.id == select:
                self.table.selectRow(row)
        self._enable()
        self.loaded.emit()

    def current(self) -> ProjectRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.projects[rows[0].row()] if rows and rows[0].row() < len(self.projects) else None

    def select(self, project_id: str) -> None:
        for row, p in enumerate(self.projects):
            if p.id == project_id:
                self.table.selectRow(row)

    def _enable(self) -> None:
        project, idle = self.current(), self.operation is None
        self.new_button.setEnabled(idle and self.neighbourhood_id is not None)
        for button in (self.open_button, self.sheet_button, self.dossier_button,
                       self.final_button):  # fmt: skip
            button.setEnabled(idle and project is not None)

    # -- the sheet dialog ------------------------------------------------------------------

    def new_from_cell(self, neighbourhood_id: str, theme: str, gap: bool) -> Operation | None:
        """A new sheet for a cell of the grid (``from_gap`` for a gap)."""
        store = self.store
        return self._run(lambda: project_idea(store, neighbourhood_id, theme, gap),
                         self._open_dialog)  # fmt: skip

    def new_project(self) -> Operation | None:
        """A blank sheet, in the first theme of the grid."""
        if self.neighbourhood_id is None:
            return None
        store, hood = self.store, self.neighbourhood_id
        first = next(iter(theme_labels()))

        def gather() -> Opening:
            sheet = {"title": "", "theme": first, "stage": IDEA}
            return Opening(hood, sheet, diagnosis_of(store, hood), None)

        return self._run(gather, self._open_dialog)

    def browse_catalogue(self) -> CatalogueDialog:
        """The actions other neighbourhoods share: one copied becomes a project idea here."""
        self.catalogue = CatalogueDialog(self.context, self)
        self.catalogue.finished.connect(lambda _result: self.reload())
        self.catalogue.open()
        return self.catalogue

    def open_project(self, project: ProjectRecord | None = None) -> Operation | None:
        """The sheet of a project (the selected one), read again from the store."""
        chosen = project or self.current()
        if chosen is None:
            return None
        store, pid = self.store, chosen.id

        def gather() -> Opening:
            found = store.projects.get(pid)
            return Opening(found.neighbourhood_id, found.data,
                           diagnosis_of(store, found.neighbourhood_id), found)  # fmt: skip

        return self._run(gather, self._open_dialog)

    def _open_dialog(self, opening: Opening) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = ProjectDialog(opening.sheet, opening.diagnosis, self.lang, opening.project, self)
        dialog.submitted.connect(lambda sheet: self._save(dialog, opening, sheet))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _save(
        self, dialog: ProjectDialog, opening: Opening, sheet: dict[str, Any]
    ) -> Operation | None:
        """Keep the sheet; the dialog closes once it is kept, and otherwise stays open with
        everything typed and the reason."""
        if self.operation is not None:
            return None
        store, author = self.store, self.context.person_id

        def work(_ctx: object) -> ProjectRecord:
            return save_project(store, opening.neighbourhood_id, sheet,
                                project=opening.project, author_id=author)  # fmt: skip

        def kept(project: ProjectRecord) -> None:
            dialog.set_busy(False)
            dialog.accept()
            if project.neighbourhood_id == self.neighbourhood_id:
                self.reload(select=project.id)
            say(self.message, self.tr("Projet « {title} » enregistré (version {version}) : il "
                                      "partira à la prochaine synchronisation.").format(
                title=project.title, version=project.version))  # fmt: skip
            self.saved.emit(project)

        dialog.set_busy(True)
        operation = self._watch(Operation(work, self), kept, dialog.refused)
        return operation.announce(self.context.changes, SAVED, self).start()

    # -- documents -------------------------------------------------------------------------

    def ask_print(self, kind: str) -> None:
        project = self.current()
        if project is None:
            return
        names = {SHEET: (self.tr("Imprimer la fiche projet"), "fiche-projet.pdf"),
                 DOSSIER: (self.tr("Imprimer la demande de subside"), "demande-de-subside.pdf"),
                 FINAL: (self.tr("Imprimer le rapport de fin de projet"),
                         "rapport-fin-de-projet.pdf")}  # fmt: skip
        title, suggested = names[kind]
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.print_to(kind, Path(path), project)

    def print_to(
        self, kind: str, path: Path, project: ProjectRecord | None = None
    ) -> Operation | None:
        chosen = project or self.current()
        if chosen is None:
            return None
        store, languages = self.store, self.languages()
        done = {SHEET: self.tr("Fiche projet enregistrée : {path} (pages : {pages})"),
                DOSSIER: self.tr("Demande de subside enregistrée : {path} (pages : {pages})"),
                FINAL: self.tr("Rapport de fin de projet enregistré : {path} (pages : "
                               "{pages})")}  # fmt: skip

        def printed(pages: int) -> None:
            say(self.message, done[kind].format(path=path, pages=format_count(pages)))
            self.printed.emit(path)

        return self._run(lambda: write_document(store, chosen, kind, path, languages), printed)

    # -- off the UI thread -----------------------------------------------------------------
