"""Starting the desktop application: the window is on screen first, as it was last left, and
the store (SQLAlchemy, the database file, its check after a crash) opens behind it, once the
window has painted (issue 18). This module and `ui.main_window` import Qt and little else."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.first_paint import FirstPaint
from ui.main_window import MainWindow
from ui.preferences import interface_language
from ui.translations import install_translators

#: Opens the store even if the window was never painted (minimized, covered).
OPEN_AT_THE_LATEST_MS = 3000


def run(db_path: Path, argv: list[str] | None = None) -> int:
    """Open the window on `db_path`. QUARTIER_SMOKE_TEST=1 shows it, opens the store and quits
    (used by the packaging test to prove a bundle starts)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Quartier")
    app.setOrganizationName("Quartier")
    translators = install_translators(app, interface_language())
    window = MainWindow()
    smoke = bool(os.environ.get("QUARTIER_SMOKE_TEST"))
    tried: list[bool] = []

    def open_store() -> None:
        """Once: at the first paint, or at the latest after OPEN_AT_THE_LATEST_MS (not again
        while a refusal's message is shown)."""
        if tried or not window.isVisible():
            return
        tried.append(True)
        if not window.open_database(db_path):
            app.exit(1)  # the window closes below
        elif smoke:
            print(f"main window shown: {window.windowTitle()}", flush=True)
            app.exit(0)

    FirstPaint(window).painted.connect(open_store)
    QTimer.singleShot(OPEN_AT_THE_LATEST_MS, window, open_store)
    window.show()
    try:
        status = app.exec()
    finally:
        del translators
        window.close()  # after a smoke test or a refusal: a no-op when the person closed it
        if window.store is not None:
            window.store.close()
    return status
