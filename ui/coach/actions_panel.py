"""The coach's « Actions » tab (issue 16): from the diagnosis to action. Three pages: the
benchmark grid of the neighbourhoods this laptop holds (``ui.coach.grid_view``), the
neighbourhood's projects and their documents (``ui.coach.projects_list``), and the
participatory budget (``ui.coach.budget_panel``). The neighbourhood and the languages of the
printed documents are chosen once, above the pages.

The tab does its work when it is first shown, and follows the window's change bus
(``ui.changes``): a sync or a bundle that brings actions, interviews, inventory or projects, a
review, or a campaign made elsewhere, builds it again (when next shown, if hidden).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.printing.texts import Languages
from app.records import ProjectRecord
from ui.changes import Changes, Follower
from ui.coach.budget_panel import BudgetPanel
from ui.coach.grid_view import GridView
from ui.coach.projects_list import ProjectsView
from ui.work_context import WorkContext

GRID, PROJECTS, BUDGET = range(3)
LANGUAGE_CHOICES = (("fr", "Français"), ("nl", "Nederlands"), ("fr+nl", "Français + Nederlands"))


class ActionsPanel(QWidget):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.neighbourhood = QComboBox()
        self.neighbourhood.setAccessibleName(self.tr("Quartier des projets et du budget"))
        self.neighbourhood.activated.connect(lambda _i: self._neighbourhood_chosen())
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue des documents imprimés"))
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if context.lang == "nl" else 0)
        self.grid = GridView(context, self.languages)
        self.projects = ProjectsView(context, self.languages)
        self.budget = BudgetPanel(context, self.languages)
        self.grid.project_wanted.connect(self.project_from_cell)
        self.projects.saved.connect(self._project_saved)
        self.pages = QTabWidget()
        self.pages.addTab(self.grid, self.tr("Grille de benchmark"))
        self.pages.addTab(self.projects, self.tr("Projets"))
        self.pages.addTab(self.budget, self.tr("Budget participatif"))
        label = QLabel(self.tr("&Quartier :"))
        label.setBuddy(self.neighbourhood)
        header = QHBoxLayout()
        header.addWidget(label)
        header.addWidget(self.neighbourhood)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Documents imprimés en :")))
        header.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        Follower(self, context.changes, self._concerned, self.reload, stale=True)

    def languages(self) -> Languages:
        return Languages.parse(str(self.language.currentData()))

    def _concerned(self, changes: Changes, initiator: object) -> bool:
        """What the grid, the projects and the rounds are made of; what this tab saved is
        already shown."""
        return (changes.submissions or changes.inventory or changes.reviews
                or changes.campaigns) and initiator is not self.projects  # fmt: skip

    def reload(self) -> None:
        """Everything again: the neighbourhoods, the grid, the projects, the rounds."""
        self._show_neighbourhoods()
        self.grid.reload()
        self._neighbourhood_chosen()

    def _show_neighbourhoods(self) -> None:
        chosen = self.neighbourhood.currentData() or self.context.neighbourhood_id
        self.neighbourhood.clear()
        for hood in self.store.directory.neighbourhoods():
            self.neighbourhood.addItem(str(hood["name"]), hood["id"])
        index = self.neighbourhood.findData(chosen)
        self.neighbourhood.setCurrentIndex(max(index, 0))

    def neighbourhood_id(self) -> str | None:
        data = self.neighbourhood.currentData()
        return str(data) if data else None

    def choose_neighbourhood(self, neighbourhood_id: str) -> None:
        index = self.neighbourhood.findData(neighbourhood_id)
        if index >= 0 and index != self.neighbourhood.currentIndex():
            self.neighbourhood.setCurrentIndex(index)
            self._neighbourhood_chosen()

    def _neighbourhood_chosen(self) -> None:
        hood = self.neighbourhood_id()
        self.projects.set_neighbourhood(hood)
        self.budget.set_neighbourhood(hood)

    def project_from_cell(self, neighbourhood_id: str, theme: str, gap: bool) -> None:
        """A cell of the grid made a project: the sheet opens pre-filled, in that
        neighbourhood."""
        self.choose_neighbourhood(neighbourhood_id)
        self.projects.new_from_cell(neighbourhood_id, theme, gap)

    def _project_saved(self, project: ProjectRecord) -> None:
        """A saved sheet is shown in the list, and may now be proposed to a vote."""
        self.pages.setCurrentWidget(self.projects)
        if project.neighbourhood_id == self.neighbourhood_id():
            self.budget.reload()
