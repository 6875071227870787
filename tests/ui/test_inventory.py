"""The Inventaire section: add and edit items with the built-in form, stale edits, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard import in_next_dialog, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.store import Key, Store
from survey_forms import read_xlsform
from tests.survey_forms.conftest import YES_NO, write_workbook
from ui.form_filler.editors import ChoiceListEditor
from ui.form_filler.form_view import FormView
from ui.inventory_page import InventoryEditor, InventoryPage
from ui.work_context import WorkContext


@pytest.fixture
def page(qtbot, demo_store: Store) -> InventoryPage:
    shown = InventoryPage(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def current_view(page: InventoryPage) -> FormView:
    assert page.editor is not None and page.editor.view is not None
    return page.editor.view


def line(view: FormView, name: str) -> QLineEdit | QPlainTextEdit:
    editor = view.rows_by_key[name].editor
    assert editor is not None
    target = editor.focus_target()
    assert isinstance(target, QLineEdit | QPlainTextEdit)
    return target


def text_of(view: FormView, name: str) -> str:
    target = line(view, name)
    return target.toPlainText() if isinstance(target, QPlainTextEdit) else target.text()


def test_lists_and_filters_items(page: InventoryPage) -> None:
    assert page.model.rowCount() == 17
    page.theme.setCurrentIndex(page.theme.findData("alimentation"))
    assert {page.model.record(r).theme for r in range(page.model.rowCount())} == {"alimentation"}
    page.search.setText("Frigo")
    assert [page.model.record(r).name for r in range(page.model.rowCount())] == ["Frigo partagé"]


def test_add_an_item(page: InventoryPage, demo_store: Store) -> None:
    page.new_item()
    view = current_view(page)
    for name, number in (("kind", 1), ("theme", 2)):
        choices = view.rows_by_key[name].editor
        assert isinstance(choices, ChoiceListEditor)
        choices.buttons[number - 1].click()
    type_text(line(view, "name"), "Boîte à livres")
    type_text(line(view, "location"), "Rue Blaes 100")
    assert page.editor is not None and page.editor.save()
    names = [page.model.record(r).name for r in range(page.model.rowCount())]
    assert "Boîte à livres" in names
    saved = next(i for i in demo_store.inventory.items() if i.name == "Boîte à livres")
    assert saved.version == 1 and saved.data["location"] == "Rue Blaes 100"


def test_required_answers_block_saving(page: InventoryPage) -> None:
    page.new_item()
    assert page.editor is not None and not page.editor.save()
    assert page.editor.missing is not None and page.editor.missing.list.count() >= 3


def test_edit_shows_history_and_a_stale_edit_reloads(
    page: InventoryPage, demo_store: Store, message_boxes: list[str]
) -> None:
    page.table.selectRow(0)
    assert page.editor is not None and page.editor.record is not None
    record = page.editor.record
    assert page.editor.history.rowCount() == 2  # the volunteer's, then the coach's
    assert "Nathalie Wouters" in page.editor.history.data(page.editor.history.index(1, 2))
    view = current_view(page)
    type_text(line(view, "location"), "Rue Pieremans 8")
    # meanwhile someone else changes the same item
    demo_store.inventory.save(
        record.neighbourhood_id, {**record.data, "name": "Atelier vélo des Marolles"},
        item_id=record.id, base_version=record.version,
    )  # fmt: skip
    assert not page.editor.save()
    assert message_boxes and "version" in message_boxes[-1].lower()
    assert page.editor.record is not None and page.editor.record.version == record.version + 1
    assert text_of(current_view(page), "name") == "Atelier vélo des Marolles"
    type_text(line(current_view(page), "location"), "Rue Pieremans 8")
    assert page.editor.save()
    assert page.editor.history.rowCount() == 4


def edit_first_then_press_down(qtbot, page: InventoryPage, dialog_keys: tuple[Qt.Key, ...]):
    """Open the first item from the list, type a new place, then Down in the list."""
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.editor is not None and page.editor.record is not None
    first = page.editor.record
    location = line(current_view(page), "location")
    location.setFocus()
    location.selectAll()
    type_text(location, "Rue Pieremans 8")
    page.table.setFocus()
    seen: list[str] = []
    in_next_dialog(*dialog_keys, seen=seen)
    press(page.table, Qt.Key.Key_Down)
    qtbot.wait(20)  # the list's selection settles
    return first, seen


def test_another_item_asks_and_enter_saves_the_edit(qtbot, page: InventoryPage, demo_store: Store):
    first, seen = edit_first_then_press_down(qtbot, page, (Qt.Key.Key_Return,))
    assert seen and first.name in seen[0]
    assert demo_store.inventory.get(first.id).data["location"] == "Rue Pieremans 8"
    assert page.editor is not None and page.editor.record is not None
    assert page.editor.record.id != first.id  # and the item clicked is open
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.record(i.row()).id for i in selected] == [page.editor.record.id]


def test_escape_stays_on_the_item_with_the_edit(qtbot, page: InventoryPage, demo_store: Store):
    first, seen = edit_first_then_press_down(qtbot, page, (Qt.Key.Key_Escape,))
    assert seen
    assert page.editor is not None and page.editor.record is not None
    assert page.editor.record.id == first.id
    assert text_of(current_view(page), "location") == "Rue Pieremans 8"
    assert demo_store.inventory.get(first.id).version == first.version
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.record(i.row()).id for i in selected] == [first.id]


def test_discarding_is_a_deliberate_choice(qtbot, page: InventoryPage, demo_store: Store):
    first, seen = edit_first_then_press_down(qtbot, page, (Qt.Key.Key_A,))  # &Abandonner
    assert seen
    assert demo_store.inventory.get(first.id).data == first.data
    assert page.editor is not None and page.editor.record is not None
    assert page.editor.record.id != first.id


def test_new_item_asks_too_and_an_unchanged_item_does_not(qtbot, page: InventoryPage):
    page.table.selectRow(0)
    page.table.selectRow(1)  # nothing typed: no question
    assert page.editor is not None and not page.editor.dirty
    type_text(line(current_view(page), "location"), " bis")
    in_next_dialog(Qt.Key.Key_Escape)
    page.new_item()
    assert page.editor.record is not None  # stayed


def history_texts(page_or_editor: InventoryPage | InventoryEditor) -> list[str]:
    editor = page_or_editor.editor if isinstance(page_or_editor, InventoryPage) else page_or_editor
    assert editor is not None
    model = editor.history
    return [model.data(model.index(row, 3)) for row in range(model.rowCount())]


def test_history_says_each_change_from_what_to_what(qtbot, page: InventoryPage) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.editor is not None and page.editor.record is not None
    record = page.editor.record
    view = current_view(page)
    run_by = line(view, "run_by")  # « Porté par »
    run_by.setFocus()
    run_by.selectAll()
    type_text(run_by, "Les Amis du Vélo")
    status = view.rows_by_key["status"].editor
    assert isinstance(status, ChoiceListEditor)
    status.focus_target().setFocus()
    press(QApplication.focusWidget(), Qt.Key.Key_4)  # « 4. Fermé »
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.record is not None and page.editor.record.version == record.version + 1
    old_run_by = record.data.get("run_by") or "(vide)"
    old_status = (
        page.choice_label("status", record.data["status"])
        if record.data.get("status")
        else "(vide)"
    )
    assert history_texts(page)[-1] == (
        f"Porté par : {old_run_by} → Les Amis du Vélo · Statut : {old_status} → Fermé"
    )


PHONE_FORM = [
    {"type": "text", "name": "name", "label": "Nom", "required": "yes"},
    {"type": "text", "name": "phone", "label": "Téléphone", "personal": "yes"},
    {"type": "select_one yn", "name": "open", "label": "Ouvert"},
]


@pytest.mark.parametrize("role", ["volunteer", "coach"])
def test_personal_values_stay_out_of_the_history_but_for_coaches(
    qtbot, demo_store: Store, tmp_path: Path, role: str
) -> None:
    form = read_xlsform(write_workbook(tmp_path / "fiche.xlsx", PHONE_FORM, YES_NO))
    assert form.question("phone").is_personal
    person = next(p for p in demo_store.directory.people() if p["role"] == role)
    demo_store.settings.set(Key.PERSON, person["id"])
    context = WorkContext.from_store(demo_store, "fr")
    first = demo_store.inventory.save(
        context.neighbourhood_id or "", {"name": "Repair café", "phone": "0470 12 34 56"}
    )
    demo_store.inventory.save(
        first.neighbourhood_id, {"name": "Repair café", "phone": "0471 98 76 54", "open": "yes"},
        item_id=first.id, base_version=first.version,
    )  # fmt: skip
    editor = InventoryEditor(context, form)
    qtbot.addWidget(editor)
    editor.load(demo_store.inventory.get(first.id))
    texts = history_texts(editor)
    if role == "coach":
        assert texts[-1] == "Ouvert : (vide) → Oui · Téléphone : 0470 12 34 56 → 0471 98 76 54"
    else:
        assert texts[-1] == "Ouvert : (vide) → Oui · Téléphone : modifié (donnée personnelle)"
        assert not any("047" in text for text in texts)
    assert texts[0] == (
        "Nom : (vide) → Repair café · "
        + ("Téléphone : (vide) → 0470 12 34 56" if role == "coach" else
           "Téléphone : modifié (donnée personnelle)")
    )  # fmt: skip
