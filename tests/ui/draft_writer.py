"""Run by test_kill.py as `draft_writer.py DB PREFERENCES`: opens the form filler offscreen,
answers through the widgets, waits for the autosave, prints `saved <id>`, then keeps typing
until it is killed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from keyboard import type_text
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.store import Store
from ui.form_filler.interview_editor import InterviewEditor


def main(db: Path, preferences: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(preferences))
    app = QApplication([])
    store = Store.open(db)
    editor = InterviewEditor(
        store, store.forms.get("porte_a_porte"), None, author_id=None, campaign_id=None, lang="fr"
    )
    editor.show()
    editor.view.rows_by_key["consent"].editor.buttons[0].click()  # type: ignore[union-attr]
    editor.view.focus_key("street")
    street = editor.view.rows_by_key["street"].editor.focus_target()  # type: ignore[union-attr]
    type_text(street, "Rue de la Prévoyance")

    def report() -> None:
        if editor.submission_id and not editor.dirty:
            print(f"saved {editor.submission_id}", flush=True)
            timer.stop()
            keep_typing.start(5)

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(20)
    keep_typing = QTimer()
    keep_typing.timeout.connect(lambda: type_text(street, "x"))
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
