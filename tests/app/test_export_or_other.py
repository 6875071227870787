"""The text typed after "Autre" (``or_other``) is exported as ``<name>_other``, and left out
with its select when that select is personal."""

from __future__ import annotations

from pathlib import Path

from app.dataset import load_dataset
from app.exports import INTERVIEWS, export_tables
from app.store import Store
from survey_forms import FormSession, read_xlsform
from tests.survey_forms.conftest import YES_NO, write_workbook


def test_other_text_is_exported_and_personal_handling_kept(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "f.xlsx", [
        {"type": "select_one yn or specify other", "name": "taste", "label": "Goût"},
        {"type": "select_one yn or_other", "name": "origin", "label": "Origine", "personal": "yes"},
    ], YES_NO, {"form_id": "gouts", "version": "1"})  # fmt: skip
    form = read_xlsform(path)
    session = FormSession(form)
    for name, text in (("taste", "Salé"), ("origin", "Wallonie")):
        session.set(name, "other")
        session.set(f"{name}_other", text)
    with Store.open(tmp_path / "q.sqlite") as store:
        store.forms.add(form)
        draft = store.submissions.save_draft("gouts", "1", session.answers_to_keep())
        store.submissions.finalize(draft.id)
        dataset = load_dataset(store, form_id="gouts")
    shared = export_tables(dataset)[INTERVIEWS]
    assert shared["taste_other"].tolist() == ["Salé"]
    assert "origin" not in shared and "origin_other" not in shared
    assert export_tables(dataset, include_personal=True)[INTERVIEWS]["origin_other"].tolist() == [
        "Wallonie"
    ]
