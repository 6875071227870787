"""Real XLSForms from public repositories (../shared/xlsforms beside the repository)."""

from __future__ import annotations

import csv
import warnings
from pathlib import Path
from typing import Any

import pytest

from survey_forms import (
    Form,
    FormError,
    FormSession,
    Question,
    Repeat,
    read_xlsform,
    write_xlsform,
)
from survey_forms.model import METADATA_TYPES

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


#: Answers tried in turn, by type, until the question has no error (constraints of real
#: forms: "6 digits", "between 2 and 54 kg", "less than the children counted"...).
CANDIDATES: dict[str, list[Any]] = {
    "integer": [2, 1, 0, 6, 10, 30, 100, 999],
    "decimal": [1.5, 2.0, 0.0, 10.0, 50.0, 100.0, 999.0],
    "range": [1, 0, 5, 10],
    "date": ["2024-05-01", "2000-01-01"],
    "time": ["10:00:00"],
    "dateTime": ["2024-05-01T10:00:00"],
    "geopoint": ["50.85 4.35 0 5"],
    "geotrace": ["50.85 4.35 0 5; 50.86 4.36 0 5"],
    "geoshape": ["50.85 4.35 0 5; 50.86 4.36 0 5; 50.85 4.37 0 5; 50.85 4.35 0 5"],
    "acknowledge": ["OK"],
    "image": ["photo.jpg"],
    "text": ["texte", "123456", "0123456789", "23021", "1", "A"],
}


def candidates(session: FormSession, question: Question, key: Any) -> list[Any]:
    """Type-appropriate answers for a question, its offered choices first."""
    if question.is_select:
        names = [c.name for c in session.choices(key)] or ["x"]
        return [[n] for n in names] if question.is_multiple else names
    return CANDIDATES.get(question.type, CANDIDATES["text"])


def instance_paths(session: FormSession, chain: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """The (repeat, index, ...) prefix of every instance of a repeat chain."""
    paths: list[tuple[Any, ...]] = [()]
    for repeat in chain:
        paths = [
            (*path, repeat, i)
            for path in paths
            for i in range(session.repeat_count((*path, repeat) if path else repeat))
        ]
    return paths


def fill(session: FormSession, form: Form) -> None:
    """Answer every question a volunteer answers, in one instance of every repeat, trying
    type-appropriate answers until each is accepted (a few passes: answers change what is
    relevant and what constraints allow)."""
    nodes = session.graph.nodes
    for element in form.elements():
        if isinstance(element, Repeat) and not element.repeat_count:
            for path in instance_paths(session, nodes[element.key].chain[:-1]):
                key = (*path, element.key) if path else element.key
                if session.repeat_count(key) == 0:
                    session.add_repeat(key)
    for _ in range(4):
        for question in form.questions():
            if question.calculation or question.type in ("note", *METADATA_TYPES):
                continue
            for path in instance_paths(session, nodes[question.key].chain):
                key: Any = (*path, question.key) if path else question.key
                if not session.is_relevant(key):
                    continue
                if session.value(key) is not None and session.error(key) is None:
                    continue
                for value in candidates(session, question, key):
                    try:
                        session.set(key, value)
                    except ValueError:
                        continue
                    if session.error(key) is None:
                        break
        if not session.errors():
            return


@needs_corpus
@pytest.mark.parametrize("name", sorted(FILES))
def test_real_form_loads_or_is_refused_with_a_location(name: str, tmp_path: Path) -> None:
    path = CORPUS / name
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            form = read_xlsform(path)
        # `form check` prints nothing but ours: openpyxl's notes on spreadsheet features
        # (conditional formatting, data validation) are not about the form
        assert [str(w.message) for w in caught] == []
    except FormError as error:
        assert not FILES[name], f"pyxform accepts {name} but we refuse it: {error}"
        assert error.sheet and error.row, f"refusal without a location: {error}"
        return
    session = FormSession(form, lang=form.default_language)
    fill(session, form)
    session.answers_to_keep()
    write_xlsform(form, tmp_path / name)
    assert read_xlsform(tmp_path / name) == form


@needs_corpus
@pytest.mark.parametrize("name", sorted(n for n, ok in FILES.items() if ok))
def test_every_form_pyxform_accepts_can_be_filled_and_finalized(name: str) -> None:
    form = read_xlsform(CORPUS / name)
    session = FormSession(form, lang=form.default_language)
    fill(session, form)
    assert session.errors() == {}, f"{name} cannot be finalized"
