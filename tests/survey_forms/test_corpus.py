"""Real XLSForms from public repositories (../shared/xlsforms beside the repository)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from survey_forms import Form, FormError, FormSession, Repeat, read_xlsform, write_xlsform

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "xlsforms"
MANIFEST = CORPUS / "MANIFEST.tsv"


def _manifest() -> dict[str, bool]:
    if not MANIFEST.is_file():
        return {}
    with MANIFEST.open(encoding="utf-8") as f:
        return {
            row["file"]: row["pyxform_ok"] == "yes" for row in csv.DictReader(f, delimiter="\t")
        }


FILES = _manifest()
needs_corpus = pytest.mark.skipif(not FILES, reason=f"corpus of real forms absent ({CORPUS})")


def sample_value(question: Any) -> Any:
    """A plausible answer for any question type."""
    if question.choices:
        return [question.choices[0].name] if question.is_multiple else question.choices[0].name
    return {"integer": 2, "decimal": 1.5, "range": 1, "date": "2024-05-01", "time": "10:00:00",
            "dateTime": "2024-05-01T10:00:00", "geopoint": "50.85 4.35 0 5",
            "acknowledge": "OK", "image": "photo.jpg"}.get(question.type, "texte")  # fmt: skip


def fill(session: FormSession, form: Form) -> None:
    """Answer every question outside repeats and in the first instance of top-level repeats."""
    nodes = session.graph.nodes
    for element in form.elements():
        node = nodes[element.key]
        top_level = node.chain == (element.key,)
        if isinstance(element, Repeat) and top_level and not element.repeat_count:
            session.add_repeat(element.key)
    for question in form.questions():
        if question.calculation or question.type in ("note", "start", "end", "today"):
            continue
        chain = nodes[question.key].chain
        key: Any = question.key
        if len(chain) > 1 or (chain and session.repeat_count(chain[0]) == 0):
            continue
        if chain:
            key = (chain[0], 0, question.key)
        try:
            session.set(key, sample_value(question))
        except ValueError:
            continue


@needs_corpus
@pytest.mark.parametrize("name", sorted(FILES))
def test_real_form_loads_or_is_refused_with_a_location(name: str, tmp_path: Path) -> None:
    path = CORPUS / name
    try:
        form = read_xlsform(path)
    except FormError as error:
        assert not FILES[name], f"pyxform accepts {name} but we refuse it: {error}"
        assert error.sheet and error.row, f"refusal without a location: {error}"
        return
    session = FormSession(form, lang=form.default_language)
    fill(session, form)
    session.errors()
    session.answers_to_keep()
    write_xlsform(form, tmp_path / name)
    assert read_xlsform(tmp_path / name) == form
