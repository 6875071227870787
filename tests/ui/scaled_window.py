"""Run by test_scaling.py in a process of its own (Qt reads QT_SCALE_FACTOR once, at start):
opens the window on a demo file as a coach, in the language given, shows every section, every
tab of the Coach section and a new interview, and prints as JSON the screen's device pixel
ratio and width, and for each screen the window's minimum width and width in physical pixels.

    QT_SCALE_FACTOR=1.5 python tests/ui/scaled_window.py DEMO.sqlite PREFERENCES_DIR nl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget

from app.store import Key, Store
from ui.main_window import MainWindow
from ui.translations import install_translators


def main(database: Path, preferences: Path, lang: str) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(preferences))
    app = QApplication([])
    translators = install_translators(app, lang)
    store = Store.open(database)
    coach = next(p for p in store.directory.people() if p["role"] == "coach")
    store.settings.set(Key.PERSON, coach["id"])  # the widest window: the Coach section too
    window = MainWindow(store)
    window.show()
    screen = window.screen()
    ratio = screen.devicePixelRatio()
    shown: dict[str, tuple[float, float]] = {}

    def measure(name: str) -> None:
        for _ in range(20):
            app.processEvents()
        shown[name] = (window.minimumSizeHint().width() * ratio, window.width() * ratio)

    for row in range(window.sections.count()):
        window.sections.setCurrentRow(row)
        measure(window.sections.item(row).text())
        for tabs in window.pages.currentWidget().findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                measure(f"{window.sections.item(row).text()} › {tabs.tabText(index)}")
    window.new()
    measure("interview")
    print(json.dumps({"ratio": ratio, "screen": screen.geometry().width() * ratio, "shown": shown}))
    window.interviews.close_editor()
    window.close()
    store.close()
    del translators


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
