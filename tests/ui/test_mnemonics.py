"""Alt+letter reaches one control only: in each tab of the coach's workspace, the visible
buttons and labelled fields have distinct mnemonics, in French, Dutch and English. (Two
controls with the same letter make Alt+letter move between them instead of acting: found
in Dutch, where « &Vernieuwen », « &Vrijwilliger » and « &Vergelijken met » all took V.)"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from app.store import Store
from ui.coach.workspace import CoachWorkspace
from ui.translations import install_translators
from ui.work_context import WorkContext

TIMEOUT = 20_000


def mnemonics(root: QWidget) -> Counter[str]:
    """The Alt+letter of each control visible in `root` that has one."""
    found: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            key = QKeySequence.mnemonic(widget.text()).toString()
            if key:
                found[key] += 1
    return found


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_each_tab_of_the_coach_workspace_gives_a_letter_once(
    qtbot, demo_store: Store, lang: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    try:
        workspace = CoachWorkspace(WorkContext.from_store(demo_store, lang))
        qtbot.addWidget(workspace)
        workspace.show()
        with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
            pass
        tabs = workspace.findChild(QTabWidget)
        assert tabs is not None and tabs.count() > 5
        twice = {}
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found = mnemonics(workspace)
            assert found, "the tab's controls are seen"
            twice[tabs.tabText(index)] = [key for key, n in found.items() if n > 1]
        assert not any(twice.values()), twice
    finally:
        # the tabs shown started their work (the footprint...): let it end with the widgets
        assert QThreadPool.globalInstance().waitForDone(TIMEOUT)
        qtbot.wait(50)
        for translator in translators:
            app.removeTranslator(translator)
