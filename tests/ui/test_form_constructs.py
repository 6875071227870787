"""Constructs of real XLSForms in the window: labels that name earlier answers, the text
after "Autre"."""

from __future__ import annotations

from pathlib import Path

from keyboard import press, type_text
from PySide6.QtCore import Qt

from app.store import Store
from survey_forms import read_xlsform
from tests.survey_forms.conftest import YES_NO, write_workbook
from ui.form_filler.form_view import FormView


def test_labels_follow_answers_and_other_text_is_asked(qtbot, store: Store, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "f.xlsx", [
        {"type": "text", "name": "who", "label": "Votre prénom"},
        {"type": "note", "name": "hello", "label": "Bonjour ${who} !"},
        {"type": "select_one yn or specify other", "name": "taste", "label": "Goût pour ${who}",
         "hint": 'Prénom de <output value="string-length(${who})"/> lettres'},
    ], YES_NO)  # fmt: skip
    view = FormView(read_xlsform(path), None, "fr", store.attachments)
    qtbot.addWidget(view)
    view.show()
    rows = view.rows_by_key
    type_text(rows["who"].editor.focus_target(), "Zoé")  # type: ignore[union-attr]
    assert rows["hello"].label.text() == "Bonjour Zoé !"
    assert rows["taste"].label.text() == "Goût pour Zoé"
    assert rows["taste"].hint.text() == "Prénom de 3 lettres"
    other = rows["taste_other"]
    assert other.isHidden()
    press(rows["taste"].editor.focus_target(), Qt.Key.Key_3)  # type: ignore[union-attr]
    assert not other.isHidden()
    type_text(other.editor.focus_target(), "Salé")  # type: ignore[union-attr]
    assert view.session.answers_to_keep() == {"who": "Zoé", "taste": "other", "taste_other": "Salé"}
