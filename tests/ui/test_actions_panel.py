"""A coach's way through the « Actions » tab on the demo (issue 16): the benchmark grid of two
neighbourhoods, a gap made a project (a bad amount said, nothing lost), a participatory budget
round voted and tallied by both rules, and the subsidy request printed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from app.actions.budget import EQUAL_SHARES, GREEDY
from app.actions.grid import GAP_RULE, LEVEL_RULE
from app.demo import build_demo
from app.printing.ballots import ballot_link
from app.store import Key, Store
from app.store.budget_rounds import RECORDED, REPEATED
from ui.coach.budget_panel import REPLACED, BudgetPanel
from ui.coach.grid_view import CELL_ROLE, GAP_MARK, CellView, GridView
from ui.coach.project_dialog import PLAN, REPORT, ProjectDialog
from ui.coach.projects_list import FINAL
from ui.coach.workspace import CoachWorkspace
from ui.work_context import WorkContext

TIMEOUT = 30_000
TITLE = "Des arbres et de l'ombre rue des Capucins"


def open_actions(qtbot, store: Store) -> CoachWorkspace:
    """The coach's workspace, then its « Actions » tab (built when first shown). The test
    keeps the workspace: qtbot holds it weakly."""
    workspace = CoachWorkspace(WorkContext.from_store(store, "fr"))
    qtbot.addWidget(workspace)
    workspace.resize(1300, 850)
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        workspace.show()
    tab = workspace.tabs.indexOf(workspace.actions_panel)
    assert workspace.tabs.tabText(tab) == "Actions"
    with qtbot.waitSignal(workspace.actions_panel.grid.loaded, timeout=TIMEOUT):
        workspace.tabs.setCurrentIndex(tab)
    return workspace


def hood(store: Store, name: str) -> str:
    return next(n["id"] for n in store.directory.neighbourhoods() if n["name"] == name)


def cell(grid: GridView, name: str, theme: str) -> CellView:
    for r in range(grid.table.rowCount()):
        for c in range(grid.table.columnCount()):
            view = grid.table.item(r, c).data(CELL_ROLE)
            if (view.neighbourhood, view.theme) == (name, theme):
                return view
    raise AssertionError(f"no cell {name} × {theme}")


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    return " ".join(done.stdout.split())


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    """The demo with its neighbour: actions in two neighbourhoods, projects, a budget round."""
    path = tmp_path / "demo.sqlite"
    build_demo(path, households=40, neighbour=True)
    with Store.open(path) as store:
        store.settings.set(Key.PERSON, store.directory.people()[0]["id"])
        yield store


@pytest.fixture
def workspace(qtbot, demo_store: Store) -> CoachWorkspace:
    return open_actions(qtbot, demo_store)


def test_the_grid_compares_two_neighbourhoods_and_marks_gaps_in_words(
    workspace: CoachWorkspace,
) -> None:
    grid = workspace.actions_panel.grid
    assert [grid.table.verticalHeaderItem(r).text() for r in range(2)] == [
        "Anneessens",
        "Marolles",
    ]
    assert grid.table.horizontalHeaderItem(3).text() == "Protéger"
    food = cell(grid, "Marolles", "se_nourrir")  # a garden under way, a buying group done
    assert food.level == 3 and not food.gap
    assert "En cours : 1" in food.text and "Terminée : 1" in food.text
    assert "Idée : 0" in food.text and "65 personnes touchées" in food.text
    trees = cell(grid, "Marolles", "proteger")  # trees asked for, no action: a gap
    assert trees.gap and trees.level == 0
    assert f"{GAP_MARK} Besoin sans action" in trees.text, "a gap is said in words too"
    assert "Aucune action" in trees.text
    inspiring = cell(grid, "Anneessens", "proteger")  # next door, it is done
    assert inspiring.level == 3 and "95 personnes touchées" in inspiring.text
    assert cell(grid, "Anneessens", "consommer").gap
    assert not cell(grid, "Marolles", "travailler").gap  # no need, no action: no gap
    legend = grid.legend.text()
    assert all(texts["fr"] in legend for texts in LEVEL_RULE.values())
    assert GAP_RULE["fr"] in legend
    assert grid.summary.text().startswith("Quartiers : 2 · actions : 12 · manques")
    assert grid.summary.text().endswith(" : 2")


def test_the_grid_exports_as_xlsx_and_a3_pdf(
    qtbot, workspace: CoachWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = workspace.actions_panel.grid
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen[-1]), ""))
    for fmt, name in (("xlsx", "grille.xlsx"), ("pdf", "grille.pdf")):
        out = tmp_path / name
        chosen.append(out)
        button = grid.xlsx_button if fmt == "xlsx" else grid.pdf_button
        with qtbot.waitSignal(grid.exported, timeout=TIMEOUT):
            button.click()
        assert out.stat().st_size > 0
    text = pdf_text(tmp_path / "grille.pdf")
    assert "Grille de benchmark des actions de transition" in text
    assert "Anneessens" in text and "Marolles" in text
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "grille.xlsx")
    assert [row[0] for row in book.worksheets[0].iter_rows(min_row=3, values_only=True)] == [
        "Anneessens",
        "Marolles",
    ]


def test_a_coach_turns_a_gap_into_a_project_runs_a_vote_and_prints_the_subsidy_request(
    qtbot,
    workspace: CoachWorkspace,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[str],
) -> None:
    store, marolles, actions = demo_store, hood(demo_store, "Marolles"), workspace.actions_panel
    grid, projects, budget = actions.grid, actions.projects, actions.budget

    # 1. the gap of the grid made a project, pre-filled from the diagnosis
    grid.select(marolles, "proteger")
    assert grid.project_button.text() == "Faire de ce manque un projet…"
    with qtbot.waitSignal(projects.dialog_opened, timeout=TIMEOUT) as opened:
        grid.project_button.click()
    dialog: ProjectDialog = opened.args[0]
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title)  # typing starts in the title
    assert dialog.title.text() == "Plus d'arbres rue des Capucins"  # the inventory's need
    assert dialog.theme.currentData() == "proteger" and dialog.stage.currentData() == "idee"
    linked = dialog.checked_links()
    assert "needs/trees" in linked["needs"] and len(linked["items"]) == 1

    dialog.title.setText(TITLE)
    dialog.texts["goal"].setPlainText("Planter des arbres et végétaliser leurs pieds.")
    dialog.texts["who"].setPlainText("Comité des Renards, avec l'école n°10")
    dialog.texts["where"].setText("Rue des Capucins")
    dialog.reach.setText("120")
    dialog.add_milestone("15/05/2027", "Plantation avec les riverains")
    line = dialog.add_budget_line("Arbres haute tige", "12,5")
    dialog.save_button.click()
    assert dialog.isVisible(), "a refused sheet stays open"
    said = dialog.message.text()
    assert "Ligne 1 du budget" in said and "Arbres haute tige" in said and "12,5" in said
    assert dialog.pages.currentIndex() == PLAN and dialog.budget.currentRow() == line
    assert dialog.budget.item(line, 1).text() == "12,5", "nothing typed is lost"
    assert dialog.texts["goal"].toPlainText().startswith("Planter des arbres")
    assert dialog.milestones.rowCount() == 1
    assert store.projects.all(marolles, theme="proteger")[0].title != TITLE  # nothing saved

    dialog.set_cell(dialog.budget, line, 1, "1250")
    with qtbot.waitSignal(projects.saved, timeout=TIMEOUT) as saved:
        dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    project = saved.args[0]
    kept = store.projects.get(project.id)
    assert kept.title == TITLE and kept.data["origin"] == "gap"
    assert kept.data["budget"] == [{"label": "Arbres haute tige", "amount": 1250}]
    assert kept.data["milestones"] == [{"date": "2027-05-15",
                                        "what": "Plantation avec les riverains"}]  # fmt: skip
    assert kept.data["reach"] == 120 and "needs/trees" in kept.data["needs"]
    assert any(e.entity == "project" for e in store.outbox.pending(limit=100)), "it will sync"
    assert actions.pages.currentWidget() is projects
    qtbot.waitUntil(lambda: any(p.id == project.id for p in projects.projects))
    qtbot.waitUntil(lambda: any(c.project.id == project.id for c in budget.state.candidates))

    # 2. a budget round: opened, three projects proposed, ballots entered, tallied
    actions.pages.setCurrentWidget(budget)
    round_dialog = budget.ask_open_round()
    assert round_dialog is not None
    round_dialog.title.setText("Budget participatif 2028")
    round_dialog.envelope.setValue(3000)
    with qtbot.waitSignal(budget.loaded, timeout=TIMEOUT):
        round_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert budget.state.round is not None and budget.state.round.envelope == 3000
    by_title = {c.project.title: c for c in budget.state.candidates}
    assert by_title[TITLE].reasons == [] and by_title[TITLE].cost == 1250
    assert by_title["Plus d'arbres rue des Capucins"].reasons == []  # 2 770 € fits in 3 000 €
    for title in (TITLE, "Abri vélos sécurisé rue Blaes", "Grainothèque à la bibliothèque"):
        budget.select_candidate(by_title[title].project.id)
        assert budget.propose_button.isEnabled()
        with qtbot.waitSignal(budget.loaded, timeout=TIMEOUT):
            budget.propose_button.click()
    assert [(p.code, p.cost) for p in budget.state.proposals] == [
        ("P1", 1250), ("P2", 2600), ("P3", 400)
    ]  # fmt: skip
    budget.select_candidate(by_title["Permanence conseils isolation"].project.id)
    budget.cost.setValue(3500)  # more than the envelope: said, and not proposed
    assert "plus que l'enveloppe" in budget.eligible.text()
    assert not budget.propose_button.isEnabled()

    enter_ballots(qtbot, budget, monkeypatch)
    assert budget.funded() == {GREEDY: ("P2", "P3"), EQUAL_SHARES: ("P3", "P1")}
    assert not budget.propose_button.isEnabled(), "the list is fixed once the vote began"

    tally = tmp_path / "depouillement.pdf"
    with qtbot.waitSignal(budget.printed, timeout=TIMEOUT):
        budget.print_tally(tally)
    text = pdf_text(tally)
    assert "Méthode des parts égales" in text and "Budget participatif 2028" in text
    ballots = tmp_path / "bulletins.pdf"
    budget.print_count.setValue(8)
    with qtbot.waitSignal(budget.printed, timeout=TIMEOUT):
        budget.print_ballots(ballots)
    assert "Un bulletin par ménage" in pdf_text(ballots)

    # 3. the subsidy request, in Dutch, and the end-of-project report
    actions.pages.setCurrentWidget(projects)
    projects.select(project.id)
    actions.language.setCurrentIndex(actions.language.findData("nl"))
    request = tmp_path / "subsidieaanvraag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(request), ""))
    assert projects.dossier_button.isEnabled()
    with qtbot.waitSignal(projects.printed, timeout=TIMEOUT):
        projects.dossier_button.click()
    text = pdf_text(request)
    assert "SUBSIDIEAANVRAAG" in text and "Beschermen" in text  # in Dutch
    assert TITLE in text and "Gevraagd bedrag" in text
    assert projects.message.text().startswith(f"Demande de subside enregistrée : {request}")

    # 4. the project ends: its report written in the sheet, then printed
    with qtbot.waitSignal(projects.dialog_opened, timeout=TIMEOUT) as opened:
        projects.open_button.click()
    dialog = opened.args[0]
    assert dialog.title.text() == TITLE and dialog.budget.item(0, 1).text() == "1250"
    dialog.report_texts["done"].setPlainText("Six arbres plantés un samedi de novembre.")
    dialog.reached.setText("140")
    row = dialog._add_row(dialog.expenses, ("Arbres haute tige", "1 180,456", "F-014"))
    dialog.save_button.click()
    assert "Dépense 1" in dialog.message.text() and "1 180,456" in dialog.message.text()
    assert dialog.pages.currentIndex() == REPORT and dialog.expenses.currentRow() == row
    dialog.set_cell(dialog.expenses, row, 1, "1 180,40")
    with qtbot.waitSignal(projects.saved, timeout=TIMEOUT) as saved:
        dialog.save_button.click()
    report = saved.args[0].data["report"]
    assert saved.args[0].version == 2 and report["reached"] == 140
    assert report["expenses"] == [{"line": "Arbres haute tige", "cents": 118040,
                                   "receipt": "F-014"}]  # fmt: skip
    actions.language.setCurrentIndex(actions.language.findData("fr"))
    final = tmp_path / "rapport.pdf"
    qtbot.waitUntil(lambda: projects.current() is not None and projects.current().version == 2)
    with qtbot.waitSignal(projects.printed, timeout=TIMEOUT):
        projects.print_to(FINAL, final)
    text = pdf_text(final)
    assert "RAPPORT DE FIN DE PROJET" in text and "Six arbres plantés" in text
    assert message_boxes == []


def enter_ballots(qtbot, budget: BudgetPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two households; the first entered twice alike (counted once), the second corrected
    (its first ballot replaced, once the coach said so)."""
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    entered: list[str] = []
    said: list[str] = []
    budget.ballot_entered.connect(entered.append)
    assert budget.state.round is not None
    scanned = ballot_link(budget.state.round.id, 1)  # the ballot's QR code, read by a scanner
    for household, codes in (("1", ["P1", "P2"]), ("002", ["P2"]), (scanned, ["P1", "P2"]),
                             ("2", ["P2", "P3"])):  # fmt: skip
        budget.set_ballot(household, codes)
        assert budget.approved() == codes
        with qtbot.waitSignals([budget.ballot_entered, budget.loaded], timeout=TIMEOUT):
            budget.enter_button.click()
        said.append(budget.ballot_message.text())
        assert budget.household.text() == "" and budget.approved() == []
    assert entered == [RECORDED, RECORDED, REPEATED, REPLACED]
    assert said[0] == "Bulletin du ménage 001 enregistré : P1 P2."
    assert said[2] == ("Le ménage 001 avait déjà exactement ce bulletin : encodé deux fois, il "
                       "ne compte qu'une fois.")  # fmt: skip
    assert len(asked) == 1 and "Le ménage 002 a déjà un bulletin (P2)" in asked[0]
    assert "remplace le précédent (P2 → P2 P3) : il compte une fois" in (
        budget.ballot_message.text()
    )
    assert [(b.household, b.approved) for b in budget.state.ballots] == [
        ("001", ["P1", "P2"]), ("001", ["P1", "P2"]), ("002", ["P2", "P3"])
    ]  # fmt: skip
    assert budget.ballots.item(1, 3).text() == "non : encodé deux fois, compte une fois"
    assert budget.ballot_count.text() == (
        "Bulletins encodés : 3 · ménages comptés : 2 · encodés deux fois, comptés une fois : 1"
    )
    assert budget.state.election is not None and len(budget.state.election.ballots) == 2
    budget.set_ballot(ballot_link("un-autre-tour", 3), ["P1"])  # a ballot of another round
    budget.enter_button.click()
    assert budget.ballot_message.text().startswith("Ce bulletin est celui d'un autre tour")
    assert len(budget.state.ballots) == 3  # nothing entered


def test_the_projects_page_copies_an_action_another_neighbourhood_shares(
    qtbot, demo_store: Store, workspace: CoachWorkspace
) -> None:
    from sync.wire.catalogue import SharedAction

    demo_store.catalogue.receive([SharedAction(
        id="00000000-0000-4000-8000-000000000009", neighbourhood_id="elsewhere",
        neighbourhood="Cureghem", title="Atelier vélo", theme="circuler", stage="en_cours",
        description="Chaque samedi matin.", organisation="Maison de quartier",
        shared_at="2026-11-29T10:00:00.000Z",
    )], [])  # fmt: skip
    projects = workspace.actions_panel.projects
    dialog = projects.browse_catalogue()
    assert dialog.isVisible() and dialog.list.count() == 1
    dialog.copy()
    with qtbot.waitSignal(projects.loaded, timeout=TIMEOUT):
        dialog.reject()
    titles = [projects.table.item(r, 0).text() for r in range(projects.table.rowCount())]
    assert any("Atelier vélo" in t for t in titles), titles
