"""The `quartier` command: demo, --db and QUARTIER_DB, errors as messages, not tracebacks."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from app.demo import ACTIONS
from app.records import FINALIZED, SubmissionQuery
from app.store import Store
from quartier.cli import cli
from survey_forms.builtin import ACTION_FORM, INTERVIEW_FORM


def test_demo_builds_a_neighbourhood_in_the_given_file(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(cli, ["demo", "--households", "120", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Marolles" in result.output and "120 entretiens" in result.output
    with Store.open(db) as store:
        interviews = SubmissionQuery(status=FINALIZED, form_id=INTERVIEW_FORM)
        assert store.submissions.count(interviews) == 120
        actions = SubmissionQuery(status=FINALIZED, form_id=ACTION_FORM)
        assert store.submissions.count(actions) == len(ACTIONS)
        assert [n["name"] for n in store.directory.neighbourhoods()] == ["Marolles"]
        assert len(store.submissions.streets()) > 10
        assert len(store.inventory.items()) >= 15
        assert {p["role"] for p in store.directory.people()} == {"volunteer", "coach"}


def test_demo_refuses_to_overwrite_a_named_file_without_replace(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--households", "5", "--db", str(db)]).exit_code == 0
    again = runner.invoke(cli, ["demo", "--households", "5", "--db", str(db)])
    assert again.exit_code == 1 and "--replace" in again.output


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def answers(name: str) -> list[dict]:
        db = tmp_path / name
        CliRunner().invoke(cli, ["demo", "--households", "40", "--seed", "3", "--db", str(db)])
        with Store.open(db) as store:
            rows = store.submissions.summaries(SubmissionQuery(order_by="created_at"), limit=100)
            return sorted(
                (store.submissions.get(r.id).answers for r in rows), key=lambda a: repr(a)
            )

    assert answers("a.sqlite") == answers("b.sqlite")


def test_env_variable_names_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    result = CliRunner().invoke(cli, ["demo", "--households", "3"], env={"QUARTIER_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.is_file()


def test_store_errors_are_shown_in_three_languages(tmp_path: Path) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"not a database" * 100)
    result = CliRunner().invoke(cli, ["info", "--db", str(db)])
    assert result.exit_code == 1
    assert "endommagé" in result.output and "beschadigd" in result.output
    assert "damaged" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_info_counts_what_the_file_holds(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    CliRunner().invoke(cli, ["demo", "--households", "30", "--db", str(db)])
    result = CliRunner().invoke(cli, ["info", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Quartier : Marolles (1000 Bruxelles)" in result.output
    assert "Entretiens finalisés : 30" in result.output
    assert f"Actions de transition : {len(ACTIONS)}" in result.output


def test_cli_starts_without_pandas_pyxform_or_qt() -> None:
    """`quartier --help`, and so every server start, does not wait for heavy libraries."""
    import subprocess
    import sys

    code = (
        "import sys; import quartier.cli; "
        "print(sorted({'pandas', 'pyxform', 'PySide6'} & set(sys.modules)))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_export_formats_offered_are_those_written() -> None:
    from app.exports import FORMATS as WRITTEN
    from quartier.commands.export import FORMATS as OFFERED

    assert OFFERED == WRITTEN
