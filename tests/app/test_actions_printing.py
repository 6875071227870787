"""The grid's A3 PDF and spreadsheet, the tally's PDF, and their commands, read back."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader

from app.actions.budget import Ballot, Project, election, equal_shares, greedy
from app.actions.grid import LEVEL_RULE, Action, Grid, Needs, grid_of
from app.actions.grid_sheet import write_grid_xlsx
from app.demo import build_demo
from app.printing.benchmark import ROWS_PER_PAGE, draw_grid
from app.printing.budget_tally import draw_tally, euros
from app.printing.texts import Languages
from quartier.cli import cli

A3_LANDSCAPE = (1190.55, 841.89)


def pdf_text(path: Path) -> str:
    return " ".join(
        " ".join(page.extract_text() for page in PdfReader(path).pages)
        .replace("\u00a0", " ")
        .replace("\u202f", " ")
        .split()
    )


def small_grid(count: int = 2) -> Grid:
    hoods = [(f"n{i}", f"Quartier {i}") for i in range(count)]
    actions = [
        Action("n0", "se_nourrir", "en_cours", 40),
        Action("n0", "se_nourrir", "terminee", 20),
    ]
    return grid_of(hoods, actions, {("n1", "proteger"): Needs(households=12, items=1)})


def test_grid_pdf_is_a3_landscape_with_its_legend(tmp_path: Path) -> None:
    out = tmp_path / "grille.pdf"
    assert draw_grid(small_grid(), out, Languages.parse("fr+nl"), today="2026-06-15") == 1
    page = PdfReader(out).pages[0]
    assert [round(float(v), 2) for v in page.mediabox[2:]] == list(A3_LANDSCAPE)
    text = pdf_text(out)
    assert "Grille de benchmark des actions de transition" in text
    assert "Benchmarkrooster van de transitieacties" in text
    assert "15 juin 2026" in text and "15 juni 2026" in text
    assert "(Se) cultiver" in text and "Quartier 1" in text
    assert LEVEL_RULE[3]["fr"] in text and LEVEL_RULE[3]["nl"] in text  # the rule, printed
    assert "Besoin sans action" in text and "Nood zonder actie" in text
    assert "60 personnes touchées" in text
    assert "Besoins : 12 ménages, 1 à l'état des lieux" in text


def test_many_neighbourhoods_continue_on_more_pages(tmp_path: Path) -> None:
    out = tmp_path / "grille.pdf"
    assert draw_grid(small_grid(ROWS_PER_PAGE + 1), out) == 2
    assert len(PdfReader(out).pages) == 2


def test_grid_spreadsheet(tmp_path: Path) -> None:
    out = tmp_path / "grille.xlsx"
    write_grid_xlsx(small_grid(), out)
    book = load_workbook(out)
    assert book.sheetnames == ["Grille", "Cases", "Légende"]
    rows = list(book["Grille"].iter_rows(values_only=True))
    assert rows[1][:4] == ("Quartier", "Habiter", "Circuler", "Se nourrir")
    assert rows[2] == ("Quartier 0", 0, 0, 3, 0, 0, 0, 0)
    cells = list(book["Cases"].iter_rows(values_only=True))
    gap = next(r for r in cells if r[0] == "Quartier 1" and r[1] == "Protéger")
    assert gap[2:] == (0, 0, 0, 0, 0, 0, 0, 12, 1, "oui")


def test_tally_pdf_shows_both_rules_and_their_rounds(tmp_path: Path) -> None:
    projects = [Project("X1", "Piste cyclable", 5000), Project("X2", "Parking vélo", 5000),
                Project("Y", "Potager", 4000)]  # fmt: skip
    votes = [Ballot(f"m{i}", frozenset({"X1", "X2"})) for i in range(6)]
    votes += [Ballot(f"n{i}", frozenset({"Y"})) for i in range(4)]
    vote = election(projects, 10_000, votes)
    out = tmp_path / "vote.pdf"
    draw_tally(vote, [greedy(vote), equal_shares(vote)], out)
    text = pdf_text(out)
    assert "Vote par approbation, glouton" in text and "Méthode des parts égales" in text
    assert "Retenus : X1, X2 — 10 000 € sur 10 000 €" in text
    assert "Retenus : X1, Y — 9 000 € sur 10 000 €" in text
    assert "833,33 €" in text  # X1's price per household, 5000 / 6
    assert "En cas d'égalité" in text


def test_euros() -> None:
    assert euros(1200) == "1\u202f200\u202f€"
    assert euros(1200, "nl") == "€ 1.200"
    assert euros(Fraction(2500, 3)) == "833,33\u202f€"


def test_grid_command_on_the_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    build_demo(db, households=60)
    runner = CliRunner()
    for name in ("grille.pdf", "grille.xlsx"):
        result = runner.invoke(cli, ["--db", str(db), "grid", "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "Grille de 1 quartier(s)" in result.output
    text = pdf_text(tmp_path / "grille.pdf")
    assert "Marolles" in text and "Besoin sans action" in text  # protéger: trees, no action
    refused = runner.invoke(cli, ["--db", str(db), "grid", "--out", str(tmp_path / "g.odt")])
    assert refused.exit_code == 1
    assert "l'extension du fichier choisit le format" in refused.output
    assert "the file's extension picks the format" in refused.output


def test_budget_tally_command(tmp_path: Path) -> None:
    projects = tmp_path / "projets.csv"
    projects.write_text("id;title;cost\nA;Bancs;600\nB;Compost;500\nC;Frigo;400\n")
    ballots = tmp_path / "bulletins.csv"
    ballots.write_text("household,projects\n1,A B\n2,A B\n3,A C\n4,B C\n5,A\n3,A C\n")
    out = tmp_path / "vote.pdf"
    result = CliRunner().invoke(cli, ["budget", "tally", str(ballots), "--budget", "1000",
                                      "--projects", str(projects), "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "5 bulletins comptés (1 encodés deux fois)" in result.output
    assert "Vote glouton : A, C (1000 €)" in result.output
    assert "Parts égales : A, C (1000 €)" in result.output
    assert len(PdfReader(out).pages) >= 1
    ballots.write_text("household,projects\n1,A\n1,B\n")
    refused = CliRunner().invoke(cli, ["budget", "tally", str(ballots), "--budget", "1000",
                                       "--projects", str(projects), "--out", str(out)])  # fmt: skip
    assert refused.exit_code == 1
    assert "Le ménage 1 a deux bulletins différents" in refused.output
