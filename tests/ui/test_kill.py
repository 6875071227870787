"""Killing the app while it saves drafts loses at most the keystroke in progress: the draft
is in the store after a restart and reopens with its answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.records import DRAFT
from app.store import Store
from ui.form_filler.interview_editor import InterviewEditor
from ui.main_window import MainWindow

WRITER = Path(__file__).with_name("draft_writer.py")


@pytest.mark.slow
def test_sigkill_keeps_the_draft(qtbot, demo_path: Path, isolated_preferences: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(demo_path), str(isolated_preferences)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.startswith("saved "), line
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    draft_id = line.split()[1]
    with Store.open(demo_path) as store:
        draft = store.submissions.get(draft_id)
        assert draft.status == DRAFT
        assert draft.answers["street"].startswith("Rue de la Prévoyance")
        editor = InterviewEditor(
            store,
            store.forms.get("porte_a_porte"),
            draft,
            author_id=None,
            campaign_id=None,
            lang="fr",
        )
        qtbot.addWidget(editor)
        street = editor.view.rows_by_key["street"].editor
        assert street is not None
        assert street.value.startswith("Rue de la Prévoyance")
        consent = editor.view.rows_by_key["consent"].editor
        assert consent is not None and consent.value == "yes"
        window = MainWindow(store)  # and the window opens on it by itself
        qtbot.addWidget(window)
        assert window.interviews.editor is not None
        assert window.interviews.editor.submission_id == draft_id
