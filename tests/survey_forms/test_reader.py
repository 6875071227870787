"""Reading and writing XLSForms: types, translations, our columns, errors with locations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from survey_forms import Form, FormError, Group, Repeat, read_xlsform, write_xlsform
from tests.survey_forms.conftest import YES_NO, write_workbook

FR, EN, NL = "label::Français (fr)", "label::English (en)", "label::Nederlands (nl)"

ALL_TYPES = [
    {"type": "start", "name": "start"},
    {"type": "today", "name": "today"},
    {"type": "text", "name": "t", FR: "Texte", EN: "Text", "hint::Français (fr)": "Aide",
     "personal": "yes"},
    {"type": "integer", "name": "i", FR: "Entier", EN: "Integer", "required": "yes",
     "required_message::Français (fr)": "Il faut un nombre", "theme": "energie"},
    {"type": "decimal", "name": "d", FR: "Décimal", EN: "Decimal", "constraint": ". > 0",
     "constraint_message::Français (fr)": "Positif", "constraint_message::English (en)": "Pos"},
    {"type": "select_one yn", "name": "s1", FR: "Un", EN: "One", "appearance": "minimal"},
    {"type": "select_multiple yn or_other", "name": "sm", FR: "Plusieurs", EN: "Many"},
    {"type": "date", "name": "date", FR: "Date", EN: "Date", "default": "2024-01-01"},
    {"type": "time", "name": "time", FR: "Heure", EN: "Time"},
    {"type": "dateTime", "name": "dt", FR: "Quand", EN: "When"},
    {"type": "geopoint", "name": "gp", FR: "Où", EN: "Where"},
    {"type": "image", "name": "img", FR: "Photo", EN: "Photo"},
    {"type": "note", "name": "n", FR: "Note ${t}", EN: "Note ${t}"},
    {"type": "acknowledge", "name": "ack", FR: "OK ?", EN: "OK?"},
    {"type": "range", "name": "r", FR: "Échelle", EN: "Scale",
     "parameters": "start=1 end=5 step=1"},
    {"type": "hidden", "name": "h"},
    {"type": "calculate", "name": "c", "calculation": "${i} * 2"},
    {"type": "text", "name": "ro", FR: "RO", EN: "RO", "read_only": "yes", "relevant": "${i} > 1",
     "calculation": "${t}", "trigger": "${t}"},
    {"type": "begin group", "name": "g", FR: "Groupe", EN: "Group", "relevant": "${i} > 0"},
    {"type": "begin repeat", "name": "rep", FR: "Rép", EN: "Rep", "repeat_count": "${i}"},
    {"type": "integer", "name": "age", FR: "Âge", EN: "Age"},
    {"type": "end repeat"},
    {"type": "end group"},
    {"type": "select_one yn", "name": "f", FR: "Filtré", EN: "Filtered",
     "choice_filter": "k = 'a'"},
    {"type": "end", "name": "end"},
]  # fmt: skip
CHOICES = [
    {"list_name": "yn", "name": "yes", FR: "Oui", EN: "Yes", "k": "a", "theme": "alimentation"},
    {"list_name": "yn", "name": "no", FR: "Non", EN: "No", "k": "b"},
]
SETTINGS = {"form_title": "Essai", "form_id": "essai", "version": "7",
            "default_language": "Français (fr)"}  # fmt: skip


@pytest.fixture
def form(make_form) -> Form:
    return make_form(ALL_TYPES, CHOICES, SETTINGS)


def test_settings_and_languages(form: Form) -> None:
    assert (form.form_id, form.version, form.default_language) == ("essai", "7", "fr")
    assert form.languages == ["fr", "en"]
    assert form.title == {"fr": "Essai"}
    assert form.language_names["fr"] == "Français (fr)"


def test_every_question_type(form: Form) -> None:
    types = {q.name: q.type for q in form.questions()}
    assert types == {
        "start": "start", "today": "today", "t": "text", "i": "integer", "d": "decimal",
        "s1": "select_one", "sm": "select_multiple", "sm_other": "text", "date": "date",
        "time": "time",
        "dt": "dateTime", "gp": "geopoint", "img": "image", "n": "note", "ack": "acknowledge",
        "r": "range", "h": "hidden", "c": "calculate", "ro": "text", "age": "integer",
        "f": "select_one", "end": "end",
    }  # fmt: skip


def test_columns_map_to_the_model(form: Form) -> None:
    t, i, d = form.question("t"), form.question("i"), form.question("d")
    assert t.label == {"fr": "Texte", "en": "Text"} and t.hint == {"fr": "Aide"}
    assert t.personal and not i.personal
    assert i.required == "true()" and i.required_message == {"fr": "Il faut un nombre"}
    assert i.theme == "energie"
    assert d.constraint == ". > 0" and d.constraint_message == {"fr": "Positif", "en": "Pos"}
    assert form.question("s1").appearance == "minimal"
    assert form.question("date").default == "2024-01-01"
    assert form.question("r").parameters == {"start": "1", "end": "5", "step": "1"}
    ro = form.question("ro")
    assert (ro.read_only, ro.relevant, ro.calculation, ro.trigger) == (
        "true()",
        "${i} > 1",
        "${t}",
        ["t"],
    )
    assert form.question("c").calculation == "${i} * 2"
    assert form.question("f").choice_filter == "k = 'a'"


def test_choices_theme_extra_and_or_other(form: Form) -> None:
    s1, sm = form.question("s1"), form.question("sm")
    assert [c.name for c in s1.choices] == ["yes", "no"]
    assert s1.choices[0].theme == "alimentation" and s1.choices[0].extra == {"k": "a"}
    assert sm.or_other and [c.name for c in sm.choices] == ["yes", "no", "other"]
    other = form.question("sm_other")  # pyxform's text for "other", kept as pyxform makes it
    assert (other.type, other.other_of, other.relevant) == (
        "text",
        "sm",
        "selected(${sm}, 'other')",
    )


def test_groups_and_repeats(form: Form) -> None:
    group = form.element("g")
    assert isinstance(group, Group) and group.relevant == "${i} > 0"
    rep = group.children[0]
    assert isinstance(rep, Repeat) and rep.repeat_count == "${i}"
    assert form.question("age").repeat == "rep" and form.question("i").repeat is None
    assert [q.name for q in form.questions()].index("age") == 19


def test_dict_round_trip_is_lossless_and_json(form: Form) -> None:
    data = json.loads(json.dumps(form.to_dict()))
    again = Form.from_dict(data)
    assert again == form
    assert again.question("s1").choices[0].theme == "alimentation"
    assert again.question("age").repeat == "rep"


def test_xlsform_round_trip(form: Form, tmp_path: Path) -> None:
    write_xlsform(form, tmp_path / "out.xlsx")
    assert read_xlsform(tmp_path / "out.xlsx") == form


def test_form_without_languages_uses_default(make_form) -> None:
    form = make_form([{"type": "text", "name": "a", "label": "A"}])
    assert form.languages == ["default"] and form.default_language == "default"
    assert form.question("a").label == {"default": "A"}


def test_csv_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("survey,,,\n,type,name,label\n,text,a,A\n,integer,b,B\n", encoding="utf-8")
    assert [q.name for q in read_xlsform(path).questions()] == ["a", "b"]


def located(make_form, survey, choices=None) -> FormError:
    with pytest.raises(FormError) as info:
        make_form(survey, choices)
    return info.value


def test_syntax_error_names_sheet_row_and_column(make_form) -> None:
    error = located(make_form, [
        {"type": "integer", "name": "a", "label": "A"},
        {"type": "text", "name": "b", "label": "B", "relevant": "${a} > "},
    ])  # fmt: skip
    assert (error.sheet, error.row, error.column) == ("survey", 3, "relevant")
    assert str(error).startswith("survey, ligne 3, colonne relevant : expression incomplète")


def test_unknown_reference_is_located(make_form) -> None:
    error = located(make_form, [
        {"type": "integer", "name": "a", "label": "A"},
        {"type": "calculate", "name": "c", "calculation": "${a} + count-selected(${nope})"},
    ])  # fmt: skip
    assert str(error) == (
        "survey, ligne 3, colonne calculation : référence à une question inconnue ${nope}"
    )


def test_cycle_in_calculations_is_refused(make_form) -> None:
    error = located(make_form, [
        {"type": "calculate", "name": "x", "calculation": "${y} + 1"},
        {"type": "calculate", "name": "y", "calculation": "${x} + 1"},
    ])  # fmt: skip
    assert "dépendance circulaire" in str(error) and "${x}" in str(error)
    assert error.column == "calculation" and error.row in (2, 3)


def test_every_error_is_collected(make_form) -> None:
    error = located(make_form, [
        {"type": "integer", "name": "a", "label": "A", "constraint": ". >"},
        {"type": "integer", "name": "b", "label": "B", "relevant": "${a} = = 1"},
    ])  # fmt: skip
    assert [(e.row, e.column) for e in error.errors] == [(2, "constraint"), (3, "relevant")]


def test_pyxform_refusal_is_located(make_form) -> None:
    error = located(make_form, [{"type": "select_one missing", "name": "a", "label": "A"}], YES_NO)
    assert error.sheet == "survey" and error.row == 2
    assert "pyxform" in str(error)


def test_broken_and_missing_files_are_form_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FormError, match="illisible"):
        read_xlsform(broken)
    with pytest.raises(FormError, match="introuvable"):
        read_xlsform(tmp_path / "absent.xlsx")
    empty = write_workbook(tmp_path / "e.xlsx", [], YES_NO)
    with pytest.raises(FormError, match="survey"):
        read_xlsform(empty)
