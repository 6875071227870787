"""`quartier form check|import|export`."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from quartier.commands.forms import form
from survey_forms import load_builtin, read_xlsform, write_xlsform
from tests.survey_forms.conftest import YES_NO, write_workbook

BUILTIN = Path(__file__).resolve().parents[2] / "survey_forms" / "builtin"


@click.group()
@click.option("--db", type=click.Path(path_type=Path))
def root(db: Path | None) -> None:
    """Stands for quartier.cli:cli, which owns the --db option."""


root.add_command(form)


def run(*args: str):
    return CliRunner().invoke(root, list(args))


def test_check_prints_a_summary() -> None:
    result = run("form", "check", str(BUILTIN / "porte_a_porte.xlsx"))
    assert result.exit_code == 0, result.output
    version = load_builtin("porte_a_porte").version
    assert f"Formulaire porte_a_porte (version {version}) : Enquête porte-à-porte" in result.output
    assert "questions : 45" in result.output
    assert "langues : fr, nl, en (par défaut : fr)" in result.output
    assert "groupes : 6 (address, household" in result.output
    assert "house_number, contact_name, contact_phone, contact_email" in result.output


def test_check_lists_every_error_with_its_place(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "bad.xlsx", [
        {"type": "integer", "name": "a", "label": "A", "constraint": ". >"},
        {"type": "select_one yn", "name": "b", "label": "B", "relevant": "frob(${a})"},
        {"type": "calculate", "name": "c", "calculation": "${c} + 1"},
    ], YES_NO)  # fmt: skip
    result = run("form", "check", str(path))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "3 erreur(s) :"
    assert lines[1].startswith("  survey, ligne 2, colonne constraint : expression incomplète")
    assert lines[2].startswith("  survey, ligne 3, colonne relevant : fonction inconnue frob()")
    assert lines[3].startswith("  survey, ligne 4, colonne calculation : dépendance circulaire")


def test_check_refuses_a_broken_file_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    result = run("form", "check", str(path))
    assert result.exit_code == 1 and "illisible" in result.output
    assert "Traceback" not in result.output


def test_import_then_export_round_trips(tmp_path: Path) -> None:
    pytest.importorskip("sqlalchemy")
    db = tmp_path / "q.sqlite"
    source = tmp_path / "inv.xlsx"
    write_xlsform(load_builtin("inventaire"), source)
    imported = run("--db", str(db), "form", "import", str(source))
    assert imported.exit_code == 0, imported.output
    assert "Importé : inventaire version 1" in imported.output
    out = tmp_path / "out.xlsx"
    exported = run("--db", str(db), "form", "export", "inventaire", "--out", str(out))
    assert exported.exit_code == 0, exported.output
    assert read_xlsform(out) == load_builtin("inventaire")


def test_check_names_the_external_files_a_form_needs(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "ext.xlsx", [
        {"type": "text", "name": "code", "label": "Code"},
        {"type": "calculate", "name": "price",
         "calculation": "pulldata('prices', 'p', 'c', ${code})"},
        {"type": "select_one_from_file shops.csv", "name": "shop", "label": "Magasin"},
    ])  # fmt: skip
    (tmp_path / "shops.csv").write_text("name,label\ncoop,Coop\n")
    result = run("form", "check", str(path))
    assert result.exit_code == 0, result.output
    assert "  fichiers externes : prices.csv (absent), shops.csv\n" in result.output
    assert "avertissement : fichier externe « prices.csv » absent" in result.output
