"""A question is personal when the form marks it so or when its value is computed from one."""

from __future__ import annotations

from pathlib import Path

from survey_forms import Form, FormSession, read_xlsform, write_xlsform
from tests.survey_forms.conftest import YES_NO

SURVEY = [
    {"type": "select_one yn", "name": "consent", "label": "Accord ?"},
    {"type": "text", "name": "resident_name", "label": "Nom", "personal": "yes"},
    {"type": "integer", "name": "household_size", "label": "Personnes"},
    {"type": "calculate", "name": "greeting", "calculation": "concat(${resident_name}, '')"},
    {"type": "calculate", "name": "initials", "calculation": "substr(${greeting}, 0, 1)"},
    {"type": "calculate", "name": "size_label",
     "calculation": "concat(${household_size}, ' pers.')"},
    # a text question with a calculation: its value comes from the name three steps away
    {"type": "text", "name": "salutation", "label": "Salutation",
     "calculation": "concat('Bonjour ', ${initials}, '.')"},
    # an absolute path and a trigger: the calculation still reads the name
    {"type": "text", "name": "signed", "label": "Signé",
     "calculation": "/data/resident_name", "trigger": "${household_size}"},
    # only the relevance, a constraint or a label read the name: no value comes from it
    {"type": "integer", "name": "age", "label": "Âge de ${resident_name}",
     "relevant": "${resident_name} != ''", "constraint": ". > string-length(${resident_name})"},
    {"type": "note", "name": "thanks", "label": "Merci ${resident_name} !"},
    {"type": "text", "name": "city", "label": "Ville", "default": "Bruxelles"},
    # a dynamic default carries the value into each new instance
    {"type": "begin repeat", "name": "visits", "label": "Passages"},
    {"type": "text", "name": "nickname", "label": "Surnom", "default": "${initials}"},
    {"type": "end repeat"},
]  # fmt: skip
DERIVED = {"greeting", "initials", "salutation", "signed", "nickname"}


def personal_names(form: Form) -> set[str]:
    return {q.name for q in form.questions() if q.is_personal}


def test_values_computed_from_a_personal_question_are_personal(make_form) -> None:
    form = make_form(SURVEY, YES_NO)
    assert personal_names(form) == {"resident_name", *DERIVED}
    assert {q.name for q in form.questions() if q.personal} == {"resident_name"}, (
        "the sheet's mark stays what the sheet says"
    )


def test_derivation_survives_storage_and_the_spreadsheet(make_form, tmp_path: Path) -> None:
    form = make_form(SURVEY, YES_NO)
    assert personal_names(Form.from_dict(form.to_dict())) == {"resident_name", *DERIVED}
    write_xlsform(form, tmp_path / "again.xlsx")
    assert personal_names(read_xlsform(tmp_path / "again.xlsx")) == {"resident_name", *DERIVED}


def test_editing_a_form_recomputes_what_is_personal(make_form) -> None:
    form = make_form(SURVEY, YES_NO)
    form.question("greeting").calculation = "'Bonjour'"
    form.reindex()
    assert personal_names(form) == {"resident_name", "signed"}, "greeting no longer reads it"


def test_choice_name_of_a_personal_select_is_personal(make_form) -> None:
    form = make_form([
        {"type": "select_one yn", "name": "owner", "label": "Propriétaire ?", "personal": "yes"},
        {"type": "calculate", "name": "owner_label",
         "calculation": "jr:choice-name(${owner}, '${owner}')"},
        {"type": "calculate", "name": "later", "calculation": "once(${owner_label})"},
    ], YES_NO)  # fmt: skip
    assert personal_names(form) == {"owner", "owner_label", "later"}


def test_without_consent_nothing_computed_from_a_personal_answer_is_kept(make_form) -> None:
    form = make_form(SURVEY, YES_NO)
    s = FormSession(form, {"resident_name": "Zoé Sentinelle"})
    s.set("household_size", 2)
    s.add_repeat("visits")
    s.set("consent", "no")
    kept = s.answers_to_keep()
    assert "resident_name" not in kept and not DERIVED & kept.keys()
    assert kept["size_label"] == "2 pers." and kept["visits"] == [{}], "the visit, not its name"
    s.set("consent", "yes")
    s.set("household_size", 3)  # the trigger fires again, now that the name is asked
    kept = s.answers_to_keep()
    assert (kept["greeting"], kept["initials"]) == ("Zoé Sentinelle", "Z")
    assert (kept["salutation"], kept["signed"]) == ("Bonjour Z.", "Zoé Sentinelle")
    s.add_repeat("visits")  # a default is given when the instance is made
    assert s.answers_to_keep()["visits"] == [{}, {"nickname": "Z"}]
