"""FormSession: relevance, calculations, validation, repeats, consent, incremental updates."""

from __future__ import annotations

import datetime as dt

import pytest

from survey_forms import FormSession
from tests.survey_forms.conftest import YES_NO

FR, NL, EN = "label::Français (fr)", "label::Nederlands (nl)", "label::English (en)"


@pytest.fixture
def cascade(make_form):
    return make_form([
        {"type": "select_one yn", "name": "has_car", "label": "Voiture ?"},
        {"type": "integer", "name": "cars", "label": "Combien ?", "relevant": "${has_car} = 'yes'",
         "constraint": ". >= 1 and . <= 5", "required": "yes"},
        {"type": "integer", "name": "km", "label": "Km", "relevant": "${cars} > 0"},
        {"type": "calculate", "name": "km_per_car", "calculation": "${km} div ${cars}"},
        {"type": "integer", "name": "other", "label": "Autre"},
    ], YES_NO)  # fmt: skip


def test_relevance_cascades_and_non_relevant_answers_are_not_kept(cascade) -> None:
    s = FormSession(cascade)
    assert not s.is_relevant("cars") and not s.is_relevant("km")
    s.set("has_car", "yes")
    s.set("cars", 2)
    s.set("km", 10000)
    assert s.value("km_per_car") == 5000
    assert s.answers_to_keep() == {"has_car": "yes", "cars": 2, "km": 10000, "km_per_car": 5000}
    changed = s.set("has_car", "no")
    assert {"cars", "km", "km_per_car"} <= changed
    assert not s.is_relevant("km") and s.value("km") is None
    assert s.answers_to_keep() == {"has_car": "no"}
    s.set("has_car", "yes")  # the typed answers come back with the relevance
    assert s.value("km") == 10000


def test_set_reevaluates_only_what_depends_on_the_answer(cascade) -> None:
    s = FormSession(cascade)
    s.set("has_car", "yes")
    assert s.set("other", 3) == {"other"}
    assert s.set("other", 3) == set()
    s.set("cars", 2)
    assert s.set("km", 5000) == {"km", "km_per_car"}


def test_required_and_constraint_messages(cascade) -> None:
    s = FormSession(cascade)
    assert s.errors() == {}
    s.set("has_car", "yes")
    assert s.error("cars") == "Cette question est obligatoire."
    s.set("cars", 9)
    assert s.error("cars") == "Cette réponse n'est pas valide."
    s.set("cars", 2)
    assert s.errors() == {}
    nl = FormSession(cascade, {"has_car": "yes"}, lang="nl")
    assert nl.error("cars") == "Deze vraag is verplicht."
    assert FormSession(cascade, {"has_car": "yes"}, lang="en").error("cars") == (
        "This question is required."
    )


def test_form_messages_follow_the_session_language(make_form) -> None:
    form = make_form([
        {"type": "integer", "name": "n", FR: "N", NL: "N", EN: "N", "constraint": ". < 10",
         "constraint_message::Français (fr)": "Moins de 10", "constraint_message::Nederlands (nl)":
         "Minder dan 10", "required": "yes", "required_message::Français (fr)": "Répondez"},
    ], settings={"default_language": "Français (fr)"})  # fmt: skip
    assert FormSession(form, {"n": 12}, lang="nl").error("n") == "Minder dan 10"
    assert FormSession(form, {"n": 12}, lang="en").error("n") == "Moins de 10"
    assert FormSession(form, lang="fr").error("n") == "Répondez"


def test_answers_are_coerced_to_their_types(make_form) -> None:
    form = make_form([
        {"type": "integer", "name": "i", "label": "I"},
        {"type": "decimal", "name": "d", "label": "D"},
        {"type": "select_multiple yn", "name": "m", "label": "M"},
        {"type": "date", "name": "day", "label": "Jour"},
    ], YES_NO)  # fmt: skip
    s = FormSession(form)
    s.set("i", "42")
    s.set("d", "2.5")
    s.set("m", "yes no")
    s.set("day", dt.date(2024, 5, 1))
    assert s.answers_to_keep() == {"i": 42, "d": 2.5, "m": ["yes", "no"], "day": "2024-05-01"}
    with pytest.raises(ValueError, match="entier"):
        s.set("i", "beaucoup")
    with pytest.raises(KeyError):
        s.set("nope", 1)


@pytest.fixture
def household(make_form):
    return make_form([
        {"type": "integer", "name": "size", "label": "Taille"},
        {"type": "begin repeat", "name": "members", "label": "Membres", "repeat_count": "${size}"},
        {"type": "integer", "name": "age", "label": "Âge"},
        {"type": "calculate", "name": "rank", "calculation": "position(..)"},
        {"type": "text", "name": "school", "label": "École", "relevant": "${age} < 18"},
        {"type": "end repeat"},
        {"type": "calculate", "name": "total_age", "calculation": "sum(${age})"},
        {"type": "calculate", "name": "n", "calculation": "count(${age})"},
        {"type": "calculate", "name": "second",
         "calculation": "indexed-repeat(${age}, ${members}, 2)"},
        {"type": "begin repeat", "name": "pets", "label": "Animaux"},
        {"type": "text", "name": "pet", "label": "Animal"},
        {"type": "end repeat"},
    ])  # fmt: skip


def test_counted_repeat_sum_count_position(household) -> None:
    s = FormSession(household)
    s.set("size", 3)
    assert s.repeat_count("members") == 3
    assert [s.value(("members", i, "rank")) for i in range(3)] == [1, 2, 3]
    s.set(("members", 0, "age"), 40)
    s.set(("members", 1, "age"), 12)
    assert (s.value("total_age"), s.value("n"), s.value("second")) == (52, 3, 12)
    assert s.is_relevant(("members", 1, "school")) and not s.is_relevant(("members", 0, "school"))
    s.set(("members", 1, "school"), "Les Tilleuls")
    s.set("size", 2)
    kept = s.answers_to_keep()
    assert kept["members"] == [
        {"age": 40, "rank": 1},
        {"age": 12, "rank": 2, "school": "Les Tilleuls"},
    ]
    assert kept["total_age"] == 52


def test_free_repeat_add_remove_move(household) -> None:
    s = FormSession(household)
    assert s.add_repeat("pets") == 0 and s.add_repeat("pets") == 1
    s.set(("pets", 0, "pet"), "chat")
    s.set(("pets", 1, "pet"), "chien")
    s.move_repeat("pets", 1, 0)
    assert s.value(("pets", 0, "pet")) == "chien"
    s.remove_repeat("pets", 0)
    assert s.answers_to_keep()["pets"] == [{"pet": "chat"}]
    with pytest.raises(KeyError, match="répétitions"):
        s.set("pet", "poisson")


def test_existing_answers_are_evaluated_and_not_mutated(household) -> None:
    answers = {"size": 2, "members": [{"age": 30}, {"age": 5}]}
    s = FormSession(household, answers)
    assert s.value("total_age") == 35 and s.is_relevant(("members", 1, "school"))
    assert answers == {"size": 2, "members": [{"age": 30}, {"age": 5}]}


def test_choice_filter_default_trigger_and_choice_name(make_form) -> None:
    form = make_form([
        {"type": "select_one country", "name": "country", "label": "Pays", "default": "be"},
        {"type": "select_one city", "name": "city", "label": "Ville",
         "choice_filter": "country = ${country}"},
        {"type": "calculate", "name": "city_label",
         "calculation": "jr:choice-name(${city}, '${city}')"},
        {"type": "text", "name": "note", "label": "Note", "calculation": "concat('vu ', ${city})",
         "trigger": "${city}"},
    ], [
        {"list_name": "country", "name": "be", "label": "Belgique"},
        {"list_name": "country", "name": "fr", "label": "France"},
        {"list_name": "city", "name": "bxl", "label": "Bruxelles", "country": "be"},
        {"list_name": "city", "name": "lil", "label": "Lille", "country": "fr"},
    ])  # fmt: skip
    s = FormSession(form)
    assert s.value("country") == "be"
    assert [c.name for c in s.choices("city")] == ["bxl"]
    s.set("country", "fr")
    assert [c.name for c in s.choices("city")] == ["lil"]
    assert s.value("note") is None
    s.set("city", "lil")
    assert s.value("city_label") == "Lille" and s.value("note") == "vu lil"
    s.set("note", "corrigé à la main")
    s.set("country", "be")  # not a trigger: the typed note stays
    assert s.value("note") == "corrigé à la main"


def test_consent_drops_personal_answers(make_form) -> None:
    form = make_form([
        {"type": "select_one yn", "name": "consent", "label": "Accord ?"},
        {"type": "text", "name": "street", "label": "Rue"},
        {"type": "text", "name": "phone", "label": "Tél", "personal": "yes"},
    ], YES_NO)  # fmt: skip
    s = FormSession(form, {"street": "Rue Haute", "phone": "0470"})
    assert s.answers_to_keep() == {"street": "Rue Haute"}
    s.set("consent", "no")
    assert "phone" not in s.answers_to_keep()
    s.set("consent", "yes")
    assert s.answers_to_keep() == {"consent": "yes", "street": "Rue Haute", "phone": "0470"}


def test_without_consent_personal_questions_are_not_asked(make_form) -> None:
    """Wherever they sit, whatever their own relevance: hidden, never missing."""
    form = make_form([
        {"type": "select_one yn", "name": "consent", "label": "Accord ?"},
        {"type": "begin group", "name": "later", "label": "Plus tard"},
        {"type": "select_one yn", "name": "participate", "label": "Participer ?"},
        {"type": "text", "name": "phone", "label": "Tél", "personal": "yes",
         "required": "yes", "relevant": "${participate} = 'yes'"},
        {"type": "end group"},
    ], YES_NO)  # fmt: skip
    s = FormSession(form)
    s.set("participate", "yes")
    assert not s.is_relevant("phone") and "phone" not in s.errors(), "no consent yet"
    assert "phone" in s.set("consent", "yes")
    assert s.is_relevant("phone") and "phone" in s.errors()
    s.set("phone", "0470")
    assert "phone" in s.set("consent", "no")
    assert not s.is_relevant("phone") and s.value("phone") is None and not s.errors()


def test_metadata_is_stamped(make_form) -> None:
    form = make_form([
        {"type": "start", "name": "start"}, {"type": "today", "name": "today"},
        {"type": "end", "name": "end"}, {"type": "text", "name": "a", "label": "A"},
    ])  # fmt: skip
    kept = FormSession(form).answers_to_keep()
    assert kept["today"] == dt.date.today().isoformat()
    assert kept["start"][:10] == kept["end"][:10] == dt.date.today().isoformat()
