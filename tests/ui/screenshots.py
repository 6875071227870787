"""Screenshots of the main screens, to look at after a change to the window.

    Xvfb :99 -screen 0 1400x900x24 &
    .venv/bin/python -m quartier demo --households 1500 --db /tmp/shots.sqlite --replace
    DISPLAY=:99 .venv/bin/python tests/ui/screenshots.py /tmp/shots.sqlite /tmp/shots
    DISPLAY=:99 QT_SCALE_FACTOR=1.5 .venv/bin/python tests/ui/screenshots.py \\
        /tmp/shots.sqlite /tmp/shots150

Without X, in Dutch (or en), on a laptop-sized offscreen screen:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json .venv/bin/python tests/ui/screenshots.py \\
        /tmp/shots.sqlite /tmp/shots-nl nl

with screen.json: {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1400, "height": 900,
"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

It works on a copy of the database and with its own preferences, so nothing of yours
changes. Each screen is saved with `QWidget.grab()`; the last one is the whole X screen
(`import -window root`, ImageMagick) to see the window as a volunteer would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from keyboard import type_text
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.records import FINALIZED, SubmissionQuery
from app.store import Key, Store
from ui.form_filler.editors import ChoiceListEditor
from ui.main_window import MainWindow
from ui.preferences import preferences
from ui.settings_dialog import SettingsDialog
from ui.translations import install_translators


def main(source: Path, out: Path, lang: str = "fr") -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="quartier-shots-"))
    shutil.copy(source, work / "shots.sqlite")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([])
    preferences().setValue("interface/language", lang)  # the window's language and the form's
    translators = install_translators(app, lang)
    store = Store.open(work / "shots.sqlite")
    store.settings.set(Key.PERSON, next(p["id"] for p in store.directory.people()))
    window = MainWindow(store)
    window.show()
    window.activateWindow()

    def shot(name: str, widget: QWidget = window) -> None:
        for _ in range(30):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    shot("1_interviews")
    window.new()
    editor = window.interviews.editor
    assert editor is not None
    view = editor.view
    consent = view.rows_by_key["consent"].editor
    assert isinstance(consent, ChoiceListEditor)
    consent.buttons[0].click()
    view.focus_key("consent")
    shot("2_form_first_page")
    view.focus_key("household_size")
    shot("3_form_household")
    participate = view.rows_by_key["participate"].editor
    assert isinstance(participate, ChoiceListEditor)
    participate.buttons[0].click()
    view.focus_key("contact_phone")
    type_text(view.rows_by_key["contact_phone"].editor.focus_target(), "abc")  # type: ignore[union-attr]
    shot("4_form_constraint")
    editor.finalize()
    shot("5_finalize_missing")
    view.focus_key("contact_phone")
    overview = editor.show_overview()
    shot("5b_overview", overview)
    overview.close()
    window.interviews.close_editor()
    finalized = next(
        s for s in store.submissions.summaries(SubmissionQuery(status=FINALIZED))
        if s.form_id == "porte_a_porte"
    )  # fmt: skip
    window.interviews.open_submission(finalized.id)
    shot("5c_finalized")
    window.interviews.close_editor()
    window.sections.setCurrentRow(1)
    window.inventory.table.selectRow(0)
    inventory_editor = window.inventory.editor
    if inventory_editor is not None and inventory_editor.view is not None:
        status = inventory_editor.view.rows_by_key["status"].editor
        if isinstance(status, ChoiceListEditor):
            status.buttons[-1].click()
        inventory_editor.save()
    shot("6_inventory")
    dialog = SettingsDialog(window.context, window)
    dialog.show()
    shot("7_settings", dialog)
    dialog.close()
    window.sections.setCurrentRow(2)
    shot("8_sync")
    window.sections.setCurrentRow(0)
    shot("1_interviews")
    if os.environ.get("DISPLAY"):
        subprocess.run(["import", "-window", "root", str(out / "9_screen.png")], check=False)
    store.close()
    window.close()
    del translators


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4])
