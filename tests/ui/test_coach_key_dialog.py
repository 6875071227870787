"""The coach's passphrase in the window (issue 12): on a coach's laptop that has a coach key,
the Coach workspace asks it once when interviews hold sealed personal answers, then shows
them (review, dashboard); without it, a line says how many stay sealed. Real libsodium, the
key derived with libsodium's lightest Argon2id work so the tests stay quick."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from nacl.pwhash import argon2id
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.store import Key, Store
from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from sync.wire.sealing import new_coach_key
from ui.coach.export_dialog import ExportChoice
from ui.coach.workspace import CoachWorkspace
from ui.coach_key_dialog import CoachKeyDialog
from ui.work_context import WorkContext

TIMEOUT = 20_000
PASSPHRASE = "les Marolles sous la pluie"
NAME = "Aïcha Benali"
ANSWERS = {
    "consent": "yes",
    "street": "Rue Haute",
    "house_number": "152",
    "household_size": 3,
    "contact_name": NAME,
    "contact_phone": "+32 470 12 34 56",
    "contact_email": "aicha@example.org",
}


@pytest.fixture
def sealed_store(demo_store: Store) -> Iterator[tuple[Store, str]]:
    """The demo with this laptop's coach key, and one interview finalized since: its
    personal answers are sealed to that key. Yields the store and that interview's id."""
    store = demo_store
    locked = new_coach_key(
        PASSPHRASE, opslimit=argon2id.OPSLIMIT_MIN, memlimit=argon2id.MEMLIMIT_MIN
    )
    store.settings.set(Key.COACH_SEAL_KEY, locked.to_text())
    campaign = store.settings.get(Key.CAMPAIGN)
    hood = next(c for c in store.directory.campaigns() if c["id"] == campaign)["neighbourhood_id"]
    store.settings.add_coach_keys(hood, [locked.public_key])
    store.forms.ensure_builtin()
    version = load_builtin(INTERVIEW_FORM).version or ""
    draft = store.submissions.save_draft(
        INTERVIEW_FORM, version, {"consent": "yes"}, campaign_id=campaign
    )
    final = store.submissions.finalize(draft.id, ANSWERS)
    assert "_sealed" in final.answers and "contact_name" not in final.answers
    yield store, draft.id


def open_workspace(qtbot, store: Store) -> CoachWorkspace:
    workspace = CoachWorkspace(WorkContext.from_store(store, "fr"))
    qtbot.addWidget(workspace)
    workspace.show()
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: workspace.key_dialog is not None and workspace.key_dialog.isVisible())
    return workspace


def contact_of(frame, interview_id: str) -> object:
    return frame.set_index("_id").loc[interview_id].get("contact_name")


def exported_names(qtbot, workspace: CoachWorkspace, path: Path) -> set[str]:
    """The contact names of a CSV export with personal data, as the workspace writes it."""
    choice = ExportChoice("csv", None, False, False, include_personal=True)
    operation = workspace.export_to(choice, path)
    with qtbot.waitSignal(operation.done, timeout=TIMEOUT):
        pass
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig"), delimiter=";"))
    return {v for row in rows for k, v in row.items() if k.endswith("contact_name")}


def type_and_enter(dialog: CoachKeyDialog, text: str) -> None:
    dialog.passphrase.clear()
    QTest.keyClicks(dialog.passphrase, text)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_wrong_then_right_passphrase_opens_the_personal_answers(
    qtbot, sealed_store: tuple[Store, str]
) -> None:
    store, interview = sealed_store
    workspace = open_workspace(qtbot, store)
    assert workspace.data is not None and workspace.data.dataset.sealed_unopened == 1
    dialog = workspace.key_dialog
    assert dialog is not None
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert dialog.explanation.text().startswith("Entretiens aux données personnelles")
    assert "e-mail des habitants) : 1." in dialog.explanation.text()
    shots = os.environ.get("QUARTIER_SHOTS")
    if shots:  # to look at the dialog: QUARTIER_SHOTS=/tmp/shots
        dialog.grab().save(str(Path(shots) / "coach_key_dialog.png"))

    type_and_enter(dialog, "pas la bonne phrase")
    qtbot.waitUntil(lambda: "incorrecte" in dialog.message.text(), timeout=TIMEOUT)
    assert (
        dialog.message.text() == "Phrase de passe incorrecte : la clé de coach reste verrouillée."
    )
    assert dialog.isVisible() and workspace.context.coach_key is None
    if shots:
        dialog.grab().save(str(Path(shots) / "coach_key_dialog_wrong.png"))

    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        type_and_enter(dialog, PASSPHRASE)
    assert not dialog.isVisible() and workspace.context.coach_key is not None
    assert workspace.data is not None and workspace.data.dataset.sealed_unopened == 0
    assert contact_of(workspace.review.model.frame, interview) == NAME
    assert workspace.dashboard.dataset is not None
    assert contact_of(workspace.dashboard.dataset.interviews, interview) == NAME
    assert not workspace.sealed_line.isVisible()
    assert NAME in exported_names(qtbot, workspace, store.path.parent / "personal.csv")
    assert "scellées" not in workspace.title.text()
    # the key is in memory only: nothing of it was written
    assert store.settings.get(Key.COACH_SEAL_KEY) is not None
    assert PASSPHRASE.encode() not in store.path.read_bytes()


def test_escape_leaves_them_sealed_and_the_line_says_how_many(
    qtbot, sealed_store: tuple[Store, str]
) -> None:
    store, interview = sealed_store
    workspace = open_workspace(qtbot, store)
    dialog = workspace.key_dialog
    assert dialog is not None
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and workspace.context.coach_key is None
    assert workspace.sealed_line.isVisible() and workspace.unlock_button.isVisible()
    assert workspace.sealed_text.text() == "Entretiens aux données personnelles scellées : 1"
    assert workspace.unlock_button.text() == "Déverrouil&ler…"
    shots = os.environ.get("QUARTIER_SHOTS")
    if shots:
        workspace.resize(1000, 400)
        workspace.grab().save(str(Path(shots) / "coach_sealed_line.png"))
    assert workspace.data is not None
    assert pd.isna(contact_of(workspace.review.model.frame, interview))  # left out
    assert workspace.dashboard.dataset is not None
    assert pd.isna(contact_of(workspace.dashboard.dataset.interviews, interview))
    assert workspace.duplicates.sealed_note.text().startswith(
        "1 entretien(s) gardent leur numéro de maison scellé"
    )

    assert NAME not in exported_names(qtbot, workspace, store.path.parent / "sealed.csv")
    assert "entretiens aux données personnelles scellées : 1," in workspace.title.text()
    workspace.ask_export()
    dialog_export = workspace.export_dialog
    assert dialog_export is not None and not dialog_export.sealed_note.isVisible()
    dialog_export.personal.setChecked(True)
    assert dialog_export.sealed_note.isVisible()
    assert dialog_export.sealed_note.text().startswith("Entretiens aux données personnelles")
    if shots:
        dialog_export.grab().save(str(Path(shots) / "export_dialog_sealed.png"))
    dialog_export.reject()

    # asked once per session: merging again does not ask again
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        workspace.reload()
    assert not dialog.isVisible() and workspace.key_dialog is dialog

    # the line's button asks again
    QTest.mouseClick(workspace.unlock_button, Qt.MouseButton.LeftButton)
    again = workspace.key_dialog
    assert again is not None and again is not dialog and again.isVisible()
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        type_and_enter(again, PASSPHRASE)
    assert contact_of(workspace.review.model.frame, interview) == NAME
    assert not workspace.sealed_line.isVisible()


def test_no_dialog_without_a_coach_key_on_this_laptop(qtbot, demo_store: Store) -> None:
    workspace = CoachWorkspace(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(workspace)
    workspace.show()
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        pass
    assert workspace.key_dialog is None and not workspace.sealed_line.isVisible()


def test_the_interview_dialog_opens_sealed_answers_with_the_key_and_names_a_corrected_seal(
    qtbot, sealed_store: tuple[Store, str]
) -> None:
    from nacl.public import PrivateKey

    from sync.wire.sealing import LockedKey, unlock
    from ui.coach.interview_dialog import InterviewDialog

    store, sid = sealed_store
    correction = store.submissions.correct(sid)
    changed = {**correction.answers, "contact_phone": "+32 2 511 00 00"}
    store.submissions.finalize(correction.id, changed)
    locked = store.settings.get(Key.COACH_SEAL_KEY)
    assert locked is not None
    key: PrivateKey = unlock(LockedKey.from_text(locked), PASSPHRASE)

    def shown(dialog: InterviewDialog) -> tuple[list[str], list[str]]:
        answers = [
            f"{item.text(0)}={item.text(1)}"
            for item in dialog.answers.findItems(
                "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
            )
        ]
        changes = [
            dialog.versions.topLevelItem(i).text(2)
            for i in range(dialog.versions.topLevelItemCount())
        ]
        return answers, changes

    locked_view = InterviewDialog(store, correction.id, "fr")
    qtbot.addWidget(locked_view)
    answers, changes = shown(locked_view)
    assert not [a for a in answers if NAME in a or "511 00" in a]
    assert any(a.startswith("Réponses personnelles=scellées") for a in answers)
    assert changes[1] == "réponses personnelles (scellées)"  # never "_sealed"

    opened_view = InterviewDialog(store, correction.id, "fr", coach_key=key)
    qtbot.addWidget(opened_view)
    answers, changes = shown(opened_view)
    assert any(NAME in a for a in answers) and any("+32 2 511 00 00" in a for a in answers)
    assert not any(a.startswith("Réponses personnelles=") for a in answers)
    assert "Téléphone" in changes[1] and "Nom" not in changes[1]


def test_the_print_section_prints_no_quote_until_the_coach_key_opens_the_sealed_answers(
    qtbot, sealed_store: tuple[Store, str]
) -> None:
    from nacl.public import PrivateKey

    from ui.print_view import PrintView

    store, _interview = sealed_store
    campaign = store.settings.get(Key.CAMPAIGN)
    hood = next(c for c in store.directory.campaigns() if c["id"] == campaign)["neighbourhood_id"]
    newcomer = PrivateKey.generate().public_key.encode().hex()  # a coach who joined since
    store.settings.add_coach_keys(hood, [newcomer])
    view = PrintView(WorkContext.from_store(store, "fr"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.page_count() > 0, timeout=TIMEOUT)
    assert view.sealed_note.isVisible() and view.unlock_button.isVisible()
    assert view.sealed_note.text().startswith("Sans citations : 1 entretien(s)")
    assert view.result is not None and view.result.request.findings_key()
    QTest.keyClick(view.unlock_button, Qt.Key.Key_Space)
    dialog = view.key_dialog
    assert dialog is not None and dialog.isVisible()
    type_and_enter(dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: view.context.coach_key is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.result is not None and not view.sealed_note.isVisible(),
                    timeout=TIMEOUT)  # fmt: skip
    assert not view.unlock_button.isVisible()
    # unlocking shared the interview with the newcomer: a "seal" change waits for the sync
    shared = [e for e in store.outbox.pending() if e.entity == "seal"]
    assert [set(e.payload["to"]) for e in shared] == [{newcomer}]
