"""The built-in forms: present, trilingual, reproducible from build.py, consent-aware."""

from __future__ import annotations

from pathlib import Path

import pytest

from survey_forms import BUILTIN_IDS, FormSession, load_builtin, read_xlsform
from survey_forms.builtin.build import THEMES


@pytest.mark.parametrize("form_id", BUILTIN_IDS)
def test_builtin_matches_its_source_and_is_trilingual(form_id: str, tmp_path: Path) -> None:
    form = load_builtin(form_id)
    xlsx = Path(__file__).resolve().parents[2] / "survey_forms" / "builtin" / f"{form_id}.xlsx"
    assert read_xlsform(xlsx) == form  # the committed .xlsx is up to date with build.py
    assert form.form_id == form_id and form.default_language == "fr"
    assert form.languages == ["fr", "nl", "en"]
    for question in form.questions():
        if question.label:
            assert set(question.label) == {"fr", "nl", "en"}, question.name
    assert load_builtin(form_id) is form  # cached
    FormSession(form).answers_to_keep()


def test_unknown_builtin() -> None:
    with pytest.raises(KeyError, match="porte_a_porte"):
        load_builtin("nope")


def test_porte_a_porte_consent_and_personal_fields() -> None:
    form = load_builtin("porte_a_porte")
    names = [q.name for q in form.questions() if q.type not in ("start", "today")]
    assert names[0] == "consent"
    personal = {q.name for q in form.questions() if q.personal}
    assert personal == {"house_number", "contact_name", "contact_phone", "contact_email"}
    assert not form.question("street").personal
    assert {c.theme for c in form.question("needs").choices} == {c.name for c in THEMES}
    s = FormSession(form)
    for key, value in [("consent", "no"), ("street", "Rue Haute"), ("participate", "yes"),
                       ("contact_email", "ana@example.org"), ("household_size", 3)]:  # fmt: skip
        s.set(key, value)
    kept = s.answers_to_keep()
    assert kept["street"] == "Rue Haute" and "contact_email" not in kept
    s.set("consent", "yes")
    assert s.answers_to_keep()["contact_email"] == "ana@example.org"


def test_porte_a_porte_validation_in_three_languages() -> None:
    form = load_builtin("porte_a_porte")
    for lang, message in [("fr", "Entre 1 et 20 personnes."), ("nl", "Tussen 1 en 20 personen."),
                          ("en", "Between 1 and 20 people.")]:  # fmt: skip
        s = FormSession(form, {"consent": "yes", "household_size": 25}, lang=lang)
        assert s.error("household_size") == message
    s = FormSession(form, {"consent": "yes", "participate": "maybe"})
    s.set("contact_phone", "pas un numéro")
    assert s.error("contact_phone") == "Numéro de téléphone invalide."
    s.set("contact_phone", "+32 470 12 34 56")
    assert s.error("contact_phone") is None
    s.set("participate", "no")
    assert not s.is_relevant("contact_phone")


def test_inventaire_needs_an_address_or_a_location() -> None:
    s = FormSession(load_builtin("inventaire"), {"kind": "resource", "theme": "alimentation",
                                                 "name": "Potager"})  # fmt: skip
    assert s.error("location") == "Donnez une adresse ou un emplacement."
    s.set("address", "Rue Haute 1")
    assert s.error("location") is None


def test_builtin_xlsx_is_a_real_xlsform(tmp_path: Path) -> None:
    path = Path(__file__).resolve().parents[2] / "survey_forms/builtin/action_transition.xlsx"
    form = read_xlsform(path)
    assert [c.name for c in form.question("theme").choices] == [
        "habiter",
        "circuler",
        "se_nourrir",
        "proteger",
        "cultiver",
        "travailler",
        "consommer",
    ]
