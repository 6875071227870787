"""Every question type through its widget, repeats, language switch, and the inventory."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.store import Store
from survey_forms import Form, read_xlsform
from tests.survey_forms.conftest import write_workbook
from ui.form_filler import editors
from ui.form_filler.form_view import FormView
from ui.form_filler.repeat_box import RepeatBox

FR, EN = "label::Français (fr)", "label::English (en)"
SURVEY = [
    {"type": "text", "name": "name", FR: "Nom", EN: "Name"},
    {"type": "integer", "name": "age", FR: "Âge", EN: "Age", "constraint": ". < 130"},
    {"type": "decimal", "name": "weight", FR: "Poids", EN: "Weight"},
    {"type": "select_one yn", "name": "garden", FR: "Un jardin ?", EN: "A garden?"},
    {"type": "text", "name": "garden_note", FR: "Lequel ?", EN: "Which one?",
     "relevant": "${garden} = 'yes'"},
    {"type": "select_multiple colour", "name": "colours", FR: "Couleurs", EN: "Colours"},
    {"type": "select_one commune", "name": "commune", FR: "Commune", EN: "Municipality"},
    {"type": "date", "name": "visit_date", FR: "Date", EN: "Date"},
    {"type": "time", "name": "visit_time", FR: "Heure", EN: "Time"},
    {"type": "geopoint", "name": "place", FR: "Lieu", EN: "Place"},
    {"type": "image", "name": "photo", FR: "Photo", EN: "Photo"},
    {"type": "note", "name": "intro", FR: "Merci !", EN: "Thanks!"},
    {"type": "acknowledge", "name": "ok", FR: "Lu", EN: "Read"},
    {"type": "range", "name": "score", FR: "Note", EN: "Score",
     "parameters": "start=0 end=10 step=1"},
    {"type": "calculate", "name": "double", FR: "Double", EN: "Double",
     "calculation": "${age} * 2"},
    {"type": "begin repeat", "name": "members", FR: "Membre", EN: "Member"},
    {"type": "text", "name": "member_name", FR: "Prénom", EN: "First name"},
    {"type": "end repeat"},
]  # fmt: skip
CHOICES = [
    {"list_name": "yn", "name": "yes", FR: "Oui", EN: "Yes"},
    {"list_name": "yn", "name": "no", FR: "Non", EN: "No"},
    *({"list_name": "colour", "name": c, FR: c, EN: c} for c in ("rouge", "vert", "bleu")),
    *({"list_name": "commune", "name": f"c{i}", FR: f"Commune {i}", EN: f"Town {i}"}
      for i in range(15)),
]  # fmt: skip


@pytest.fixture
def form(tmp_path: Path) -> Form:
    return read_xlsform(write_workbook(tmp_path / "types.xlsx", SURVEY, CHOICES))


@pytest.fixture
def view(qtbot, form: Form, store: Store) -> FormView:
    shown = FormView(form, None, "fr", store.attachments)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def editor(view: FormView, key: object) -> editors.QuestionEditor:
    found = view.rows_by_key[key].editor  # type: ignore[index]
    assert found is not None
    return found


def test_short_form_is_one_page_with_a_widget_per_type(view: FormView) -> None:
    assert len(view.pages) == 1
    kinds = {
        "name": editors.TextEditor,
        "age": editors.NumberEditor,
        "garden": editors.ChoiceListEditor,
        "colours": editors.ChoiceListEditor,
        "commune": editors.ComboEditor,
        "visit_date": editors.DateEditor,
        "visit_time": editors.TimeEditor,
        "place": editors.GeopointEditor,
        "photo": editors.ImageEditor,
        "ok": editors.AcknowledgeEditor,
        "score": editors.RangeEditor,
        "double": editors.ReadOnlyEditor,
    }
    for name, kind in kinds.items():
        assert isinstance(editor(view, name), kind), name
    assert view.rows_by_key["intro"].editor is None
    assert editor(view, "age").focus_target().accessibleName() == "Âge"


def test_answers_from_each_widget(view: FormView, store: Store, tmp_path: Path) -> None:
    type_text(editor(view, "name").focus_target(), "Benoît")
    type_text(editor(view, "age").focus_target(), "41")
    type_text(editor(view, "weight").focus_target(), "72,5")
    colours = editor(view, "colours")
    press(colours.focus_target(), Qt.Key.Key_3)
    press(colours.focus_target(), Qt.Key.Key_1)
    combo = editor(view, "commune")
    assert isinstance(combo, editors.ComboEditor)
    combo.combo.setCurrentIndex(combo.combo.findData("c12"))
    date = editor(view, "visit_date")
    assert isinstance(date, editors.DateEditor)
    type_text(date.focus_target(), "14/03/2026")
    type_text(editor(view, "visit_time").focus_target(), "9:05")
    place = editor(view, "place")
    assert isinstance(place, editors.GeopointEditor)
    type_text(place.lat, "50.84")
    type_text(place.lon, "4.35")
    image = tmp_path / "potager.png"
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(QColor("green"))
    picture.save(str(image))
    photo = editor(view, "photo")
    assert isinstance(photo, editors.ImageEditor)
    photo.attach_file(image)
    ack = editor(view, "ok")
    assert isinstance(ack, editors.AcknowledgeEditor)
    ack.box.click()
    score = editor(view, "score")
    assert isinstance(score, editors.RangeEditor)
    score.slider.setValue(7)

    session = view.session
    assert session.value("name") == "Benoît"
    assert session.value("age") == 41
    assert session.value("weight") == 72.5
    assert session.value("colours") == ["rouge", "bleu"]
    assert session.value("commune") == "c12"
    assert session.value("visit_date") == "2026-03-14"
    assert session.value("visit_time") == "09:05"
    assert session.value("place") == "50.84 4.35"
    assert session.value("ok") == "OK"
    assert session.value("score") == 7
    assert session.value("double") == 82
    assert editor(view, "double").focus_target().text() == "82"  # type: ignore[attr-defined]
    content, media_type = store.attachments.get(session.value("photo"))
    assert media_type == "image/png" and content == image.read_bytes()
    assert photo.thumbnail.pixmap() is not None and not photo.thumbnail.pixmap().isNull()


def test_relevance_and_constraint_beside_the_question(view: FormView) -> None:
    note = view.rows_by_key["garden_note"]
    assert note.isHidden()
    press(editor(view, "garden").focus_target(), Qt.Key.Key_1)
    assert not note.isHidden()
    type_text(editor(view, "age").focus_target(), "200")
    assert not view.rows_by_key["age"].error.isHidden()


def repeat_box(view: FormView) -> RepeatBox:
    boxes = [box for box in view.findChildren(RepeatBox) if box.isVisibleTo(view)]
    assert len(boxes) == 1
    return boxes[0]


def test_repeats_add_remove_and_reorder(view: FormView) -> None:
    for _ in range(2):
        repeat_box(view).add_button.click()
    type_text(editor(view, ("members", 0, "member_name")).focus_target(), "Ana")
    type_text(editor(view, ("members", 1, "member_name")).focus_target(), "Luc")
    view.change_repeat("members", "up", 1)
    assert [m["member_name"] for m in view.session.answers["members"]] == ["Luc", "Ana"]
    assert editor(view, ("members", 0, "member_name")).value == "Luc"
    view.change_repeat("members", "remove", 0)
    assert [m["member_name"] for m in view.session.answers["members"]] == ["Ana"]
    assert ("members", 1, "member_name") not in view.rows_by_key


def test_language_switch_keeps_answers(view: FormView) -> None:
    type_text(editor(view, "name").focus_target(), "Zoé")
    view.language.setCurrentIndex(view.language.findData("en"))
    assert view.rows_by_key["name"].label.text() == "Name"
    assert editor(view, "name").value == "Zoé"
    garden = editor(view, "garden")
    assert isinstance(garden, editors.ChoiceListEditor)
    assert garden.buttons[0].text() == "1. Yes"
