"""What is computed from a personal answer is personal: exports, quotes and summaries leave it
out as they leave out the answer itself (issue 12, finding 5)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from app import analysis
from app.dataset import Dataset, load_dataset
from app.errors import PersonalDataRefused
from app.printing.findings import gather
from app.printing.poster import PosterOptions, build_poster
from app.printing.texts import Languages
from app.store import Key, Store
from quartier.cli import cli
from survey_forms import Form, FormSession, Question
from survey_forms.builtin import INTERVIEW_FORM

#: The built-in interview's id, so that the poster and the report (which print that form)
#: print this one.
FORM = Form(
    INTERVIEW_FORM,
    "derived-1",
    children=[
        Question("street", "text", {"fr": "Rue"}),
        Question("resident_name", "text", {"fr": "Nom"}, personal=True),
        Question("household_size", "integer", {"fr": "Personnes"}),
        Question("greeting", "calculate", calculation="concat(${resident_name}, '')"),
        Question("initials", "calculate", calculation="substr(${greeting}, 0, 1)"),
        Question("size_label", "calculate", calculation="concat(${household_size}, ' pers.')"),
        Question(
            "salutation",
            "text",
            {"fr": "Salutation"},
            calculation="concat('Bonjour ', ${initials}, '.')",
        ),
        # not one of the questions the poster quotes first: every non-personal text is quoted
        Question("remarks", "text", {"fr": "Remarques"}),
    ],
)
NAMES = ["Zoé Sentinelle", "Quentin Vermeulen", "Aïcha Benali", "Bruno Peeters", "Wim Claes"]
DERIVED = ["greeting", "initials", "salutation"]


@pytest.fixture
def seeded(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.forms.add(FORM)
        nid = store.directory.add_neighbourhood("Marolles")
        cid = store.directory.add_campaign(nid, "Diagnostic")
        store.settings.set(Key.CAMPAIGN, cid)
        for i, name in enumerate(NAMES):
            session = FormSession(store.forms.get(INTERVIEW_FORM))
            for key, value in (
                ("street", "Rue Haute"),
                ("resident_name", name),
                ("household_size", i + 1),
                ("remarks", "Le marché du dimanche"),
            ):
                session.set(key, value)  # fmt: skip
            draft = store.submissions.save_draft(
                INTERVIEW_FORM, "derived-1", session.answers_to_keep(), campaign_id=cid
            )
            store.submissions.finalize(draft.id)
    return db_path


def dataset_of(path: Path) -> Dataset:
    with Store.open(path) as store:
        return load_dataset(store, campaign_id=store.settings.get(Key.CAMPAIGN))


def export(path: Path, out: Path, *flags: str) -> pd.DataFrame:
    args = ["export", "--format", "csv", "--out", str(out), "--db", str(path), *flags]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig", dtype=str)


def test_the_answers_carry_the_derived_values(seeded: Path) -> None:
    frame = dataset_of(seeded).interviews.set_index("resident_name")
    assert frame.loc["Zoé Sentinelle", ["greeting", "initials", "salutation"]].tolist() == [
        "Zoé Sentinelle", "Z", "Bonjour Z."
    ]  # fmt: skip


def test_a_default_export_leaves_out_what_is_computed_from_a_name(
    seeded: Path, tmp_path: Path
) -> None:
    out = tmp_path / "default.csv"
    read = export(seeded, out)
    assert {"resident_name", *DERIVED}.isdisjoint(read.columns)
    assert read["size_label"].tolist() == [f"{n} pers." for n in range(1, 6)]
    text = out.read_text(encoding="utf-8-sig")
    assert not [n for n in NAMES if n in text] and "Bonjour" not in text


def test_include_personal_exports_them_and_logs_them(seeded: Path, tmp_path: Path) -> None:
    read = export(seeded, tmp_path / "full.csv", "--include-personal")
    assert read["greeting"].tolist() == NAMES
    assert set(read["initials"]) == {"Z", "Q", "A", "B", "W"}
    logged = Path(f"{seeded}.exports-personnelles.jsonl").read_text(encoding="utf-8")
    assert all(f'"{name}"' in logged for name in ["resident_name", *DERIVED])


def test_quotes_and_summaries_refuse_them(seeded: Path) -> None:
    dataset = dataset_of(seeded)
    assert "Bonjour Z." not in set(analysis.quotes(dataset)["text"])
    with pytest.raises(PersonalDataRefused):
        analysis.quotes(dataset, ["salutation"])
    for name in DERIVED:
        with pytest.raises(PersonalDataRefused):
            analysis.question_summary(dataset, name)
    assert {q.name for q in analysis.analysable(dataset)}.isdisjoint(DERIVED)


def test_the_poster_never_quotes_them(seeded: Path, tmp_path: Path) -> None:
    with Store.open(seeded) as store:
        findings = gather(store, Languages.parse("fr"))
        assert "Salutation" not in findings.quotes
        assert [q.text for q in findings.quotes["Remarques"]] == ["Le marché du dimanche"]
        build_poster(store, tmp_path / "poster.pdf", PosterOptions(languages=Languages.parse("fr")))
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "poster.pdf").pages)
    assert "Bonjour" not in text and not [n for n in NAMES if n in text]
