"""Starting the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import Store
from sync.wire.errors import QuartierError
from ui.main_window import MainWindow
from ui.preferences import interface_language
from ui.translations import install_translators


def run(db_path: Path, argv: list[str] | None = None) -> int:
    """Open the window on `db_path`. QUARTIER_SMOKE_TEST=1 shows it and quits at once (used
    by the packaging test to prove a bundle starts)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Quartier")
    app.setOrganizationName("Quartier")
    lang = interface_language()
    translators = install_translators(app, lang)
    try:
        store = Store.open(db_path)
    except QuartierError as error:
        QMessageBox.critical(None, "Quartier", error.text(lang))
        return 1
    window = MainWindow(store)
    window.show()
    if os.environ.get("QUARTIER_SMOKE_TEST"):
        print(f"main window shown: {window.windowTitle()}", flush=True)
        store.close()
        return 0
    try:
        status = app.exec()
    finally:
        del translators
        store.close()
    return status
