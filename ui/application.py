"""Starting the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import QuartierError
from app.store import Store
from ui.main_window import MainWindow


def run(db_path: Path, argv: list[str] | None = None) -> int:
    """Open the window on `db_path`. QUARTIER_SMOKE_TEST=1 shows it and quits at once (used
    by the packaging test to prove a bundle starts)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Quartier")
    app.setOrganizationName("Quartier")
    try:
        store = Store.open(db_path)
    except QuartierError as error:
        QMessageBox.critical(None, "Quartier", error.text("fr"))
        return 1
    window = MainWindow(store)
    window.show()
    if os.environ.get("QUARTIER_SMOKE_TEST"):
        print(f"main window shown: {window.windowTitle()}", flush=True)
        store.close()
        return 0
    try:
        return app.exec()
    finally:
        store.close()
