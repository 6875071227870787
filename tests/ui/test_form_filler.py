"""The form filler, driven through its widgets as a volunteer would."""

from __future__ import annotations

from keyboard import in_next_dialog, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.errors import StoreError
from app.records import DRAFT, FINALIZED, SubmissionQuery
from app.store import Key, Store
from ui.form_filler.editors import ChoiceListEditor, NumberEditor, TextEditor
from ui.form_filler.interview_editor import InterviewEditor


def open_editor(qtbot, store: Store, record=None) -> InterviewEditor:
    form = store.forms.get(record.form_id if record else "porte_a_porte")
    editor = InterviewEditor(
        store, form, record, author_id=store.settings.get(Key.PERSON), campaign_id=None, lang="fr"
    )
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.restore_position()
    return editor


def line_of(editor: InterviewEditor, name: str) -> QLineEdit | QPlainTextEdit:
    widget = editor.view.rows_by_key[name].editor
    assert isinstance(widget, TextEditor | NumberEditor)
    line = widget.focus_target()
    assert isinstance(line, QLineEdit | QPlainTextEdit)
    return line


def choose(editor: InterviewEditor, name: str, number: int) -> None:
    widget = editor.view.rows_by_key[name].editor
    assert isinstance(widget, ChoiceListEditor)
    widget.focus_target().setFocus()
    press(widget.buttons[0], Qt.Key(Qt.Key.Key_0 + number))


def finalize(qtbot, editor: InterviewEditor) -> bool:
    """Finalize as a volunteer does: Ctrl+Enter, then Tab to « Finaliser » and Space."""
    in_next_dialog(Qt.Key.Key_Tab, Qt.Key.Key_Space)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Return, ctrl)
    return editor.record is not None and editor.record.status == FINALIZED


def fill_minimum(editor: InterviewEditor, street: str = "Rue Haute") -> None:
    choose(editor, "consent", 1)  # 1. Oui
    editor.view.focus_key("street")
    type_text(line_of(editor, "street"), street)
    editor.view.focus_key("household_size")
    type_text(line_of(editor, "household_size"), "3")


def test_fill_finalize_appears_in_list(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor, "Rue des Fleurs-Bleues")
    assert finalize(qtbot, editor)
    found = demo_store.submissions.summaries(SubmissionQuery(street="Rue des Fleurs-Bleues"))
    assert [s.status for s in found] == [FINALIZED]
    record = demo_store.submissions.get(found[0].id)
    assert record.answers["consent"] == "yes"
    assert record.answers["household_size"] == 3


def test_accented_text_reaches_the_answers(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor, "Rue de l'Épée")
    editor.save_now()
    assert demo_store.submissions.get(editor.submission_id).answers["street"] == "Rue de l'Épée"


def test_relevance_hides_and_shows_questions(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    row = editor.view.rows_by_key["house_number"]
    assert row.isHidden()
    choose(editor, "consent", 1)
    assert not row.isHidden()
    choose(editor, "consent", 2)  # 2. Non
    assert row.isHidden()


def test_constraint_blocks_finalize_with_its_message(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor)
    line = line_of(editor, "household_size")
    line.clear()
    type_text(line, "40")
    row = editor.view.rows_by_key["household_size"]
    assert not row.error.isHidden()
    assert "Entre 1 et 20" in row.error.text()
    assert not editor.finalize()
    assert editor.missing.isVisibleTo(editor)
    items = [editor.missing.list.item(i).text() for i in range(editor.missing.list.count())]
    assert any("Entre 1 et 20" in text for text in items)
    assert demo_store.submissions.get(editor.submission_id).status == DRAFT


def test_missing_list_links_to_the_question(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    assert not editor.finalize()
    missing = editor.missing.list
    texts = [missing.item(i).text() for i in range(missing.count())]
    assert any("Rue" in t for t in texts)
    street = next(i for i, t in enumerate(texts) if "Rue" in t)
    missing.itemClicked.emit(missing.item(street))
    assert QApplication.focusWidget() is line_of(editor, "street")


def test_every_change_is_saved_as_a_draft(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    choose(editor, "consent", 1)
    qtbot.waitUntil(lambda: editor.submission_id is not None, timeout=2000)
    assert demo_store.submissions.get(editor.submission_id).answers["consent"] == "yes"
    assert "Enregistré" in editor.status.text()


def test_enter_moves_to_the_next_question_and_page(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    view = editor.view
    choose(editor, "consent", 1)
    press(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.current == 1  # Adresse
    assert QApplication.focusWidget() is line_of(editor, "street")


def test_correction_makes_a_new_version(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor, "Rue Blaes")
    assert finalize(qtbot, editor)
    first = editor.record
    shown = open_editor(qtbot, demo_store, first)
    assert shown.read_only
    drafts = []
    shown.correctionStarted.connect(drafts.append)
    shown.correct_button.click()
    correction = open_editor(qtbot, demo_store, drafts[0])
    line = line_of(correction, "household_size")
    line.clear()
    type_text(line, "4")
    assert finalize(qtbot, correction)
    versions = demo_store.submissions.versions(first.id)
    assert [v.answers["household_size"] for v in versions] == [3, 4]
    assert versions[1].replaces_id == first.id


def test_tab_goes_through_the_page_then_to_next(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    view = editor.view
    view.go_to(1)  # Adresse: street, then (without consent) nothing else
    assert QApplication.focusWidget() is line_of(editor, "street")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (view.previous_button, view.next_button)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is line_of(editor, "street")


def test_a_failed_save_is_never_shown_as_saved(
    qtbot, demo_store: Store, monkeypatch, message_boxes: list[str]
) -> None:
    editor = open_editor(qtbot, demo_store)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("db.cannot_open", path=demo_store.path, reason="No space left on device")

    monkeypatch.setattr(demo_store.submissions, "save_draft", disk_full)
    choose(editor, "consent", 1)
    assert not editor.save_now()
    assert editor.status.text() == "Non enregistré !"
    assert len(message_boxes) == 1 and "No space left" in message_boxes[0]
    assert not editor.save_now()
    assert len(message_boxes) == 1  # one box per failure streak, the status stays red
    monkeypatch.undo()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Enregistré ✓"), timeout=3000)
    assert demo_store.submissions.get(editor.submission_id).answers["consent"] == "yes"


def test_consent_no_hides_every_personal_question_and_stores_none(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    view = editor.view
    fill_minimum(editor)
    view.focus_key("house_number")
    type_text(QApplication.focusWidget(), "12")
    choose(editor, "participate", 1)  # 1. Oui
    for name, text in (
        ("contact_name", "Léa Dupont"),
        ("contact_phone", "0470 12 34 56"),
        ("contact_email", "lea@example.org"),
    ):
        view.focus_key(name)
        type_text(QApplication.focusWidget(), text)
    personal = [key for key, row in view.rows_by_key.items() if row.question.is_personal]
    assert {"house_number", "contact_name", "contact_phone", "contact_email"} <= set(personal)
    assert all(not view.rows_by_key[key].isHidden() for key in personal)
    choose(editor, "consent", 2)  # 2. Non, after everything was typed
    for page in range(len(view.pages)):  # every page, as Ctrl+PgDown shows them
        view.go_to(page)
        shown = [row.key for row in view.pages[page].rows if row.isVisibleTo(view)]
        assert not set(shown) & set(personal), view.pages[page].title
    assert editor.save_now()
    stored = demo_store.submissions.get(editor.submission_id).answers
    assert stored["consent"] == "no" and stored["street"] == "Rue Haute"
    assert not set(stored) & set(personal)
    assert finalize(qtbot, editor)
    assert not set(editor.record.answers) & set(personal)


def test_enter_stays_on_an_answer_its_constraint_refuses(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor)
    line = line_of(editor, "household_size")
    line.setFocus()
    line.clear()
    type_text(line, "40")
    press(line, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is line  # ODK stops there
    row = editor.view.rows_by_key["household_size"]
    assert row.error.isVisibleTo(editor) and "Entre 1 et 20" in row.error.text()
    press(line, Qt.Key.Key_Backspace)  # "4"
    press(line, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is not line
    assert row.error.isHidden()


def test_open_answers_take_several_lines_and_enter_moves_on(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    view = editor.view
    fill_minimum(editor)
    view.focus_key("likes")  # « Qu'aimez-vous dans le quartier ? »: an open answer
    likes = QApplication.focusWidget()
    assert isinstance(likes, QPlainTextEdit) and likes is line_of(editor, "likes")
    first_height = likes.height()
    type_text(likes, "Le marché")
    qtbot.keyClick(likes, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(likes, "les voisins")
    for words in ("la place", "le parc", "les écoles"):
        qtbot.keyClick(likes, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        type_text(likes, words)
    text = "Le marché\nles voisins\nla place\nle parc\nles écoles"
    assert view.session.value("likes") == text
    assert likes.height() > first_height  # the field grew with its five lines
    qtbot.keyClick(likes, Qt.Key.Key_Tab)  # leaves the field, no tab character
    assert QApplication.focusWidget() is line_of(editor, "missing")
    assert view.session.value("likes") == text
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, shift)
    assert QApplication.focusWidget() is likes
    qtbot.keyClick(likes, Qt.Key.Key_Return)  # Enter: the next question, as everywhere
    assert QApplication.focusWidget() is line_of(editor, "missing")
    assert view.session.value("likes") == text
    assert editor.save_now()
    assert demo_store.submissions.get(editor.submission_id).answers["likes"] == text
    missing = QApplication.focusWidget()  # one long line wraps, and the field grows with it
    assert isinstance(missing, QPlainTextEdit)
    type_text(missing, "Des bancs, " * 40)
    assert missing.height() > first_height
    assert missing.verticalScrollBar().maximum() == 0  # every wrapped line in sight


def test_shaped_text_answers_keep_one_line(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor)
    assert isinstance(line_of(editor, "street"), QPlainTextEdit)  # no shape: open
    for name in ("contact_phone", "contact_email"):  # a regex() constraint: a shape
        assert isinstance(line_of(editor, name), QLineEdit), name
    assert isinstance(line_of(editor, "notes"), QPlainTextEdit)  # appearance multiline
    assert line_of(editor, "notes").height() > line_of(editor, "likes").height()


def test_switching_the_form_language_keeps_the_focus_on_the_question(
    qtbot, demo_store: Store
) -> None:
    editor = open_editor(qtbot, demo_store)
    view = editor.view
    fill_minimum(editor)
    view.focus_key("household_size")
    size = line_of(editor, "household_size")
    assert QApplication.focusWidget() is size
    qtbot.keyClick(size, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # « &Langue »
    assert QApplication.focusWidget() is view.language
    qtbot.keyClick(view.language, Qt.Key.Key_Down)  # opens the list, changes nothing yet
    assert view.session.lang == "fr"
    popup = view.language.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # NL
    assert view.session.lang == "nl"
    size = line_of(editor, "household_size")  # the page was built again
    qtbot.waitUntil(lambda: QApplication.focusWidget() is size)
    assert view.rows_by_key["household_size"].label.text().startswith("Hoeveel")
    assert size.text() == "3"


def test_a_finalized_interview_reads_at_normal_contrast_and_changes_nothing(
    qtbot, demo_store: Store
) -> None:
    editor = open_editor(qtbot, demo_store)
    fill_minimum(editor, "Rue Blaes")
    view = editor.view
    view.focus_key("likes")
    type_text(QApplication.focusWidget(), "Le marché")
    assert finalize(qtbot, editor)
    shown = open_editor(qtbot, demo_store, editor.record)
    assert shown.read_only and not shown.finalize_button.isVisible()
    rows = shown.view.rows_by_key
    for key, row in rows.items():  # enabled (no pale grey), focusable, read-only
        if row.editor is not None:
            assert row.editor.isEnabled() and row.editor.focus_target().isEnabled(), key
    likes = line_of(shown, "likes")
    assert isinstance(likes, QPlainTextEdit) and likes.isReadOnly()
    shown.view.focus_key("likes")
    type_text(likes, " et le parc")
    qtbot.keyClick(likes, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert likes.toPlainText() == "Le marché"
    shown.view.focus_key("consent")
    consent = rows["consent"].editor
    assert isinstance(consent, ChoiceListEditor)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # « 2. Non »: refused
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.mouseClick(consent.buttons[1], Qt.MouseButton.LeftButton)
    assert consent.buttons[0].isChecked() and not consent.buttons[1].isChecked()
    assert shown.view.session.value("consent") == "yes" and not shown.dirty
    back: list[bool] = []
    shown.closeRequested.connect(lambda: back.append(True))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to the list
    assert back == [True]
    assert shown.close_button.isVisible() and shown.close_button.text() == "&Retour à la liste"


def test_go_to_overview_shows_each_state_and_enter_jumps(qtbot, demo_store: Store) -> None:
    editor = open_editor(qtbot, demo_store)
    view = editor.view
    choose(editor, "consent", 1)  # the street stays empty: required, missing
    view.focus_key("household_size")
    type_text(QApplication.focusWidget(), "3")
    choose(editor, "participate", 1)
    view.focus_key("contact_phone")
    type_text(QApplication.focusWidget(), "abc")  # its constraint refuses it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    overview = editor.overview
    assert overview is not None and overview.isVisible()
    qtbot.waitUntil(overview.isActiveWindow)
    assert overview.tree.currentItem() is overview.item_of("contact_phone")  # where I was

    def state(key: str) -> str | None:
        item = overview.item_of(key)
        return None if item is None else f"{item.text(1)} | {item.text(2)}"

    assert state("household_size") == "Répondue | 3"
    assert state("consent") == "Répondue | Oui"
    assert state("street") == "Obligatoire, manquante | Cette question est obligatoire."
    assert (state("contact_phone") or "").startswith("Invalide | ")
    assert state("likes") == "Vide | "
    assert state("cars") is None  # does not apply (no car): hidden...
    qtbot.keyClick(overview.tree, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: overview.item_of("cars") is not None)  # ...unless asked for
    assert state("cars") == "Non applicable | "
    assert "1 obligatoires manquantes · 1 invalides" in overview.summary.text()
    overview.tree.setFocus()
    overview.tree.setCurrentItem(overview.item_of("street"))
    qtbot.keyClick(overview.tree, Qt.Key.Key_Return)  # Enter: to the question
    assert not overview.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line_of(editor, "street"))
    assert view.current == view.rows_by_key["street"].page_index
    type_text(QApplication.focusWidget(), "Rue Haute")
    again = editor.show_overview()
    assert again.item_of("street") is not None
    assert again.item_of("street").text(1) == "Répondue"  # type: ignore[union-attr]
    qtbot.keyClick(again.tree, Qt.Key.Key_Escape)
    assert not again.isVisible()
