"""The XLSForm constructs of real forms, each as ODK Collect and pyxform handle it."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from survey_forms import Form, FormError, FormSession, Group, read_xlsform, write_xlsform
from survey_forms.media import needed_files
from tests.survey_forms.conftest import YES_NO, write_workbook

STATES = [
    {"list_name": "state", "name": "AL", "label": "Alabama"},
    {"list_name": "state", "name": "TX", "label": "Texas"},
]
COUNTIES = [
    {"list_name": "county", "name": "AL1", "label": "Autauga", "state": "AL"},
    {"list_name": "county", "name": "AL2", "label": "Baldwin", "state": "AL"},
    {"list_name": "county", "name": "TX1", "label": "Travis", "state": "TX"},
]


def test_external_choices_are_offered_filtered_and_finalizable(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "ext.xlsx",
        [{"type": "select_one state", "name": "state", "label": "État", "required": "yes"},
         {"type": "select_one_external county", "name": "county", "label": "Comté",
          "required": "yes", "choice_filter": "state = ${state}"}],
        STATES,
        external_choices=COUNTIES,
    )  # fmt: skip
    form = read_xlsform(path)
    session = FormSession(form)
    session.set("state", "AL")
    assert [c.name for c in session.choices("county")] == ["AL1", "AL2"]
    session.set("state", "TX")
    assert [c.name for c in session.choices("county")] == ["TX1"]
    assert "county" in session.errors()  # required, and now it can be answered
    session.set("county", "TX1")
    assert session.errors() == {}
    assert session.choice_label("county", "TX1") == "Travis"


@pytest.mark.parametrize("spelling", ["or_other", "or specify other", "or other"])
def test_or_other_offers_other_and_keeps_its_text(make_form, spelling: str) -> None:
    form = make_form(
        [
            {
                "type": f"select_one yn {spelling}",
                "name": "taste",
                "label": "Goût",
                "personal": "yes",
            }
        ],
        YES_NO,
    )
    assert [c.name for c in form.question("taste").choices] == ["yes", "no", "other"]
    other = form.question("taste_other")
    assert other.other_of == "taste" and other.is_personal  # personal like its select
    session = FormSession(form)
    assert not session.is_relevant("taste_other")
    session.set("taste", "other")
    assert session.is_relevant("taste_other")
    assert session.label("taste_other") == "Précisez « Autre »."
    session.set("taste_other", "Salé")
    assert session.answers_to_keep() == {"taste": "other", "taste_other": "Salé"}
    session.set("taste", "yes")
    assert "taste_other" not in session.answers_to_keep()


def test_relative_paths_and_current_read_questions_and_create_dependencies(make_form) -> None:
    form = make_form(
        [{"type": "integer", "name": "age", "label": "Âge"},
         {"type": "begin group", "name": "g", "label": "G"},
         {"type": "text", "name": "job", "label": "Métier", "relevant": "../age >= 18"},
         {"type": "select_one yn", "name": "pick", "label": "Choix",
          "choice_filter": "k = current()/../age"},
         {"type": "calculate", "name": "twice", "calculation": "${age} * 2 + count(../../g)"},
         {"type": "end group"}],
        [{**YES_NO[0], "k": "1"}, {**YES_NO[1], "k": "2"}],
    )  # fmt: skip
    session = FormSession(form)
    assert not session.is_relevant("job")
    assert "job" in session.set("age", 20)  # ../age is a dependency: job's relevance moves
    assert session.is_relevant("job")
    session.set("age", 2)
    assert [c.name for c in session.choices("pick")] == ["no"]


def test_unknown_relative_reference_is_located(make_form) -> None:
    with pytest.raises(FormError) as caught:
        make_form([{"type": "text", "name": "a", "label": "A", "relevant": "../nope = 1"}])
    assert (caught.value.row, caught.value.column) == (2, "relevant")
    assert "${nope}" in str(caught.value)


def test_instance_paths_with_predicates(make_form) -> None:
    form = make_form(
        [{"type": "select_one yn", "name": "a", "label": "A"},
         {"type": "calculate", "name": "price",
          "calculation": "instance('yn')/root/item[name = ${a}]/price"},
         {"type": "calculate", "name": "cheaper",
          "calculation": "count(instance('yn')/root/item[price < instance('yn')/root/item[name = current()/../a]/price])"}],  # noqa: E501
        [{**YES_NO[0], "price": "3"}, {**YES_NO[1], "price": "5"}],
    )  # fmt: skip
    session = FormSession(form)
    session.set("a", "no")
    assert (session.value("price"), session.value("cheaper")) == ("5", 1)
    session.set("a", "yes")
    assert (session.value("price"), session.value("cheaper")) == ("3", 0)


def test_labels_and_hints_are_interpolated(make_form) -> None:
    form = make_form(
        [{"type": "text", "name": "who", "label": "Nom"},
         {"type": "begin repeat", "name": "kids", "label": "Enfants"},
         {"type": "integer", "name": "age", "label": "Âge de l'enfant de ${who}",
          "hint": 'Dans un an : <output value="${age} + 1"/> ans'},
         {"type": "end repeat"}],
    )  # fmt: skip
    session = FormSession(form)
    session.set("who", "Zoé")
    session.add_repeat("kids")
    session.set(("kids", 0, "age"), 7)
    assert session.label(("kids", 0, "age")) == "Âge de l'enfant de Zoé"
    assert session.hint(("kids", 0, "age")) == "Dans un an : 8 ans"


def test_begin_loop_over_is_expanded_as_pyxform_does(make_form) -> None:
    form = make_form(
        [{"type": "begin loop over yn", "name": "per", "label": "Par réponse"},
         {"type": "integer", "name": "n", "label": "Combien de %(label)s ?",
          "hint": "code %(name)s", "relevant": "'%(name)s' != 'no'"},
         {"type": "end loop"}],
        YES_NO,
    )  # fmt: skip
    loop = form.element("per")
    assert isinstance(loop, Group)
    assert [(g.name, g.label) for g in loop.children] == [
        ("yes", {"default": "Oui"}),
        ("no", {"default": "Non"}),
    ]
    yes_n, no_n = form.question("yes/n"), form.question("no/n")
    assert yes_n.label == {"default": "Combien de Oui ?"} and no_n.hint == {"default": "code no"}
    session = FormSession(form)
    assert session.is_relevant("yes/n") and not session.is_relevant("no/n")


def _media_form(tmp_path: Path) -> Path:
    path = write_workbook(
        tmp_path / "prix.xlsx",
        [{"type": "select_one products", "name": "item", "label": "Produit",
          "appearance": "search('products')"},
         {"type": "calculate", "name": "price",
          "calculation": "pulldata('products', 'price', 'code', ${item})"},
         {"type": "select_one_from_file shops.csv", "name": "shop", "label": "Magasin"},
         {"type": "select_one yn", "name": "ok", "label": "OK", "media::image": "ok.png"}],
        [{"list_name": "products", "name": "code", "label": "title"},
         {**YES_NO[0], "image": "yes.png"}, YES_NO[1]],
    )  # fmt: skip
    media = tmp_path / "prix-media"
    media.mkdir()
    (media / "products.csv").write_text("code,title,price\nbread,Pain,2.5\nmilk,Lait,1.2\n")
    (media / "shops.csv").write_text("name,label\ncoop,Coopérative\n")
    (media / "ok.png").write_bytes(b"\x89PNG")
    return path


def test_media_files_are_read_used_and_kept_with_the_form(tmp_path: Path) -> None:
    form = read_xlsform(_media_form(tmp_path))
    assert set(form.media) == {"products.csv", "shops.csv", "ok.png"}
    assert needed_files(form) == ["products.csv", "shops.csv", "ok.png", "yes.png"]
    assert [str(w) for w in form.warnings if "yes.png" in str(w)]  # named but absent
    session = FormSession(form)
    assert [(c.name, c.label) for c in session.choices("item")] == [
        ("bread", {"default": "Pain"}),
        ("milk", {"default": "Lait"}),
    ]
    session.set("item", "milk")
    assert session.value("price") == "1.2"  # pulldata() gives text, as in an XForm
    assert [(c.name, c.label) for c in form.question("shop").choices] == [
        ("coop", {"default": "Coopérative"})
    ]
    stored = Form.from_dict(json.loads(json.dumps(form.to_dict())))  # as stored and synced
    assert stored.media == form.media and stored.question("shop").choices
    (tmp_path / "out").mkdir()
    write_xlsform(form, tmp_path / "out" / "prix.xlsx")  # media beside, in prix-media/
    again = read_xlsform(tmp_path / "out" / "prix.xlsx")
    assert again == form and again.media == form.media


def test_distance_and_area_on_the_wgs84_ellipsoid(make_form) -> None:
    form = make_form(
        [{"type": "geotrace", "name": "line", "label": "Chemin"},
         {"type": "geoshape", "name": "shape", "label": "Parcelle"},
         {"type": "calculate", "name": "length", "calculation": "distance(${line})"},
         {"type": "calculate", "name": "surface", "calculation": "area(${shape})"},
         {"type": "calculate", "name": "hop", "calculation": "distance('0 0', '0 1')"}],
    )  # fmt: skip
    session = FormSession(form)
    # One degree of the equator: 111,319.49 m on WGS84 (GeographicLib, as ODK Collect).
    assert session.value("hop") == pytest.approx(111319.49, abs=0.01)
    session.set("line", "50.85 4.35 0 0; 50.86 4.35 0 0")
    assert session.value("length") == pytest.approx(1112.5, rel=1e-3)
    square = "0 0 0 0; 0 0.001 0 0; 0.001 0.001 0 0; 0.001 0 0 0; 0 0 0 0"
    session.set("shape", square)
    assert session.value("surface") == pytest.approx(111.3195 * 110.5743, rel=2e-3)


@pytest.mark.parametrize("kind", ["Select one from source", "set form title"])
def test_unknown_types_are_refused_located_in_three_languages(make_form, kind: str) -> None:
    with pytest.raises(FormError) as caught:
        make_form([{"type": "text", "name": "a", "label": "A"}, {"type": kind, "name": "b"}])
    error = caught.value
    assert (error.sheet, error.row, error.column) == ("survey", 3, "type")
    assert error.text("fr").startswith("survey, ligne 3, colonne type : type de question inconnu")
    assert error.text("nl").startswith("survey, rij 3, kolom type: onbekend vraagtype")
    assert error.text("en").startswith("survey, row 3, column type: unknown question type")
    assert kind in error.text("en")


def test_a_repeat_named_like_the_root_is_refused_and_a_question_warned(make_form) -> None:
    with pytest.raises(FormError) as caught:
        rows = [{"type": "begin repeat", "name": "data", "label": "R"},
                {"type": "text", "name": "a", "label": "A"}, {"type": "end repeat"}]  # fmt: skip
        make_form(rows)
    assert (caught.value.row, caught.value.column, caught.value.key) == (
        2,
        "name",
        "named_like_root",
    )
    form = make_form([{"type": "text", "name": "data", "label": "A"}])
    assert [(w.row, w.key) for w in form.warnings] == [(2, "named_like_root")]


def test_types_without_an_input_here_are_warned_never_silent(make_form) -> None:
    form = make_form([{"type": "geotrace", "name": "path", "label": "Chemin"},
                      {"type": "barcode", "name": "code", "label": "Code"}])  # fmt: skip
    assert [(w.row, w.key, w.params) for w in form.warnings] == [
        (2, "typed_as_text", {"type": "geotrace"}),
        (3, "typed_as_text", {"type": "barcode"}),
    ]
    assert {q.type for q in form.questions()} == {"geotrace", "barcode"}  # never "text"


def test_writing_keeps_every_column_read(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "cols.xlsx",
        [{"type": "begin group", "name": "g", "label": "G", "required": "yes",
          "media::image": "g.png"},
         {"type": "text", "name": "a", "label": "A", "bind::esri:fieldType": "esriFieldTypeString",
          "media::image::English (en)": "a.png", "body::accuracyThreshold": "5"},
         {"type": "end group"}],
        [{**YES_NO[0], "media::image": "yes.png", "filter": "x"}],
    )  # fmt: skip
    form = read_xlsform(path)
    assert form.question("a").columns == {
        "bind::esri:fieldType": "esriFieldTypeString",
        "media::image::English (en)": "a.png",
        "body::accuracyThreshold": "5",
    }
    write_xlsform(form, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["survey"]
    rows = [dict(zip([c.value for c in sheet[1]], [c.value for c in row], strict=True))
            for row in sheet.iter_rows(min_row=2)]  # fmt: skip
    assert rows[0]["required"] == "yes" and rows[0]["media::image"] == "g.png"
    assert rows[1]["bind::esri:fieldType"] == "esriFieldTypeString"
    assert rows[1]["body::accuracyThreshold"] == "5"
    choices = openpyxl.load_workbook(tmp_path / "out.xlsx")["choices"]
    assert [c.value for c in choices[1]] == ["list_name", "name", "label", "media::image", "filter"]
    assert read_xlsform(tmp_path / "out.xlsx") == form
