"""Projects' sheets (issue 16): the sheet's checks, the diagnosis behind a project (counts of
households under the honest-figure rules, never an answer), a gap of the grid turned into a
project idea, the printed A4 sheet in French and Dutch, and `quartier project`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from app.actions.projects import (
    budget_total,
    check_sheet,
    diagnosis_of,
    find_project,
    from_gap,
    save_project,
)
from app.analysis import MIN_HOUSEHOLDS
from app.errors import InvalidOperation
from app.printing.project_sheet import draw_project_sheet
from app.printing.texts import Languages
from app.store import Store
from quartier.cli import cli
from quartier.commands import projects as command

SHEET: dict[str, Any] = {"title": "  Arbres rue des Capucins ", "theme": "proteger"}


def test_a_sheet_is_kept_tidy() -> None:
    sheet = check_sheet(SHEET | {
        "goal": "  Planter six arbres  ", "how": "", "stage": None,
        "milestones": [{"date": "2027-11-20", "what": "Plantation"},
                       {"date": "2027-02-15", "what": " Demande à la commune "}],
        "budget": [{"label": "Arbres", "amount": "1 800"}, {"label": "Terre", "amount": 650.0}],
        "reach": "150", "needs": ["needs/trees", "needs/trees", ""], "levers": [],
        "later": {"kept": True},
    })  # fmt: skip
    assert sheet == {
        "title": "Arbres rue des Capucins", "theme": "proteger", "stage": "idee",
        "goal": "Planter six arbres",
        "milestones": [{"date": "2027-02-15", "what": "Demande à la commune"},
                       {"date": "2027-11-20", "what": "Plantation"}],
        "budget": [{"label": "Arbres", "amount": 1800}, {"label": "Terre", "amount": 650}],
        "reach": 150, "needs": ["needs/trees"], "later": {"kept": True},
    }  # fmt: skip
    assert budget_total(sheet) == 2450


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"title": " "}, "project.no_title"),
        ({"title": "x" * 301}, "project.too_long"),
        ({"theme": "astrologie"}, "project.unknown_theme"),
        ({"stage": "rêvé"}, "project.unknown_stage"),
        ({"milestones": [{"date": "2027-02-30", "what": "Trop tard"}]}, "project.bad_date"),
        ({"milestones": [{"date": "2027-02-03", "what": ""}]}, "project.bad_milestone"),
        ({"budget": [{"label": "Arbres", "amount": "-5"}]}, "project.bad_amount"),
        ({"budget": [{"label": "Arbres", "amount": "beaucoup"}]}, "project.bad_amount"),
        ({"budget": [{"label": "Arbres", "amount": 0}]}, "project.bad_amount"),
        ({"budget": [{"amount": 10}]}, "project.bad_budget_line"),
        ({"reach": "12.5"}, "project.bad_amount"),
        ({"levers": ["car", "teleportation"]}, "project.unknown_lever"),
        ({"report": "fini"}, "project.bad_report"),
        ({"report": {"expenses": [{"line": "Arbres", "cents": 0}]}}, "project.bad_expense"),
        ({"report": {"expenses": [{"line": "Arbres", "cents": 12.5}]}}, "project.bad_expense"),
        ({"report": {"reached": "beaucoup"}}, "project.bad_amount"),
    ],
)
def test_what_a_sheet_cannot_hold(change: dict[str, Any], key: str) -> None:
    with pytest.raises(InvalidOperation) as refused:
        check_sheet(SHEET | change)
    assert refused.value.key == key


def test_the_diagnosis_counts_households_never_answers(marolles: Store) -> None:
    with marolles as store:
        nid = store.directory.neighbourhoods()[0]["id"]
        found = diagnosis_of(store, nid)
        assert found.campaign is not None and found.campaign["name"] == "Diagnostic 2026"
        assert found.households == 12
        trees, benches = found.need("needs/trees"), found.need("needs/benches")
        assert trees is not None and (trees.share.count, trees.share.n) == (7, 12)
        assert (trees.diagnosis_theme, trees.theme) == ("biodiversite", "proteger")
        assert benches is not None and benches.share.count == 3 and not benches.share.printable
        assert found.themes["proteger"].count == 7 and found.themes["habiter"].count == 3
        assert found.usage_households == 12 and found.has_carbon


def test_a_gap_becomes_a_project_idea_linked_to_its_diagnosis(marolles: Store) -> None:
    with marolles as store:
        nid = store.directory.neighbourhoods()[0]["id"]
        idea = from_gap(store, nid, "proteger")
        need_item = store.inventory.items(nid, kind="need")[0]
        assert idea == {"title": "Plus d'arbres rue des Capucins", "theme": "proteger",
                        "stage": "idee", "needs": ["needs/trees"], "items": [need_item.id],
                        "origin": "gap"}  # fmt: skip
        assert from_gap(store, nid, "proteger", title="Verdir")["title"] == "Verdir"
        with pytest.raises(InvalidOperation) as refused:
            from_gap(store, nid, "consommer")  # the Repair Café exists: not a gap
        assert refused.value.key == "project.not_a_gap"
        with pytest.raises(InvalidOperation):
            from_gap(store, nid, "habiter")  # three households: too few to speak
        # habiter is not a gap, but a project may still be made there; its levers are the
        # carbon diagnosis' (housing)
        made = save_project(store, nid, {"title": "Isoler", "theme": "habiter",
                                         "levers": ["insulation", "oil"]})  # fmt: skip
        assert find_project(store, made.id[:6]).id == made.id


def test_the_printed_sheet_in_french_and_dutch(marolles: Store, tmp_path: Path) -> None:
    with marolles as store:
        nid = store.directory.neighbourhoods()[0]["id"]
        sheet = from_gap(store, nid, "proteger") | {
            "needs": ["needs/trees", "needs/benches"], "levers": ["car"],
            "goal": "Planter six arbres", "who": "Comité des Renards",
            "milestones": [{"date": "2027-02-15", "what": "Demande à la commune"}],
            "budget": [{"label": "Arbres", "amount": 1800}, {"label": "Terre", "amount": 650}],
            "reach": 150,
        }  # fmt: skip
        made = save_project(store, nid, sheet)
        diagnosis = diagnosis_of(store, nid)
    out = tmp_path / "fiche.pdf"
    assert draw_project_sheet(made, diagnosis, out, Languages.parse("fr+nl")) == 1
    text = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    for expected in ("FICHE PROJET / PROJECTFICHE", "Plus d'arbres rue des Capucins",
                     "Pourquoi / Waarom", "Ce que le diagnostic a montré",
                     "Plus d'arbres : 7 des 12 ménages interrogés (58 % ; fourchette 95 % : "
                     "32 – 81 %)",
                     "Meer bomen: 7 van de 12 bevraagde huishoudens (58 %; marge 95 %: 32 – 81 %)",
                     f"lieux pour se poser : moins de {MIN_HOUSEHOLDS} ménages",
                     "Stand van zaken: Plus d'arbres rue des Capucins (nood)",
                     "15 février 2027 / 15 februari 2027", "Total / Totaal", "2 450",
                     "Planter six arbres", "Comité des Renards"):  # fmt: skip
        assert expected in text.replace("\u202f", " ").replace("\u00a0", " "), expected
    assert "3 des 12" not in text, "a count under five is never printed"


def test_project_commands(marolles: Store, tmp_path: Path) -> None:
    db = str(marolles.path)
    marolles.close()
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli, ["--db", db, "project", *args])
        assert result.exit_code == 0, result.output
        return result.output

    made = run("add", "--from-gap", "proteger", "--goal", "Planter six arbres",
               "--milestone", "2027-02-15:Demande à la commune",
               "--budget-line", "Arbres : haute tige:1800", "--budget-line", "Terre:650",
               "--reach", "150")  # fmt: skip
    assert "Plus d'arbres : 7 des 12 ménages interrogés" in made
    assert "Arbres : haute tige — 1800 €" in made and "Total : 2450 €" in made
    pid = made.split()[1]
    listed = run("list")
    assert pid[:8] in listed and "2450 €" in listed and "1 projet(s)." in listed
    edited = run("edit", pid[:8], "--stage", "en_preparation", "--who", "Comité des Renards")
    assert "(version 2)" in edited and "En préparation" in edited
    shown = run("show", pid[:8])
    assert "v1 " in shown and "v2 " in shown and "stage, who" in shown
    out = tmp_path / "fiche.pdf"
    assert "1 page(s) A4" in run("print", pid[:8], "--out", str(out), "--lang", "nl")
    text = PdfReader(out).pages[0].extract_text() or ""
    assert "PROJECTFICHE" in text and "Waarom" in text and "Pourquoi" not in text
    both = runner.invoke(cli, ["--db", db, "project", "add", "--theme", "habiter",
                               "--from-gap", "proteger"])  # fmt: skip
    assert both.exit_code == 1 and "--from-gap" in both.output
    run("delete", pid[:8])
    assert "0 projet(s)." in run("list")


def test_the_command_knows_the_grids_themes_and_stages() -> None:
    from app.actions.themes import STAGES, theme_labels

    assert tuple(theme_labels()) == command.THEMES_GRID
    assert command.STAGES == STAGES
