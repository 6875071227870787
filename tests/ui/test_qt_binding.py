"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 dropped a reference to None on every ``currentData()`` that returned it and to
True/False on every bool signal; after a few hundred the interpreter aborted mid-session
("none_dealloc"). The desktop extra pins 6.11.3; this test refuses a binding with that defect.
"""

import sys

from PySide6.QtWidgets import QCheckBox, QComboBox


def test_item_data_none_keeps_its_references(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Aucune", None)
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert combo.currentData() is None
    assert sys.getrefcount(None) >= before - 5


def test_bool_signals_keep_their_references(qtbot) -> None:
    box = QCheckBox()
    qtbot.addWidget(box)
    received = 0

    def count(_checked: bool) -> None:
        nonlocal received
        received += 1

    box.toggled.connect(count)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        box.toggle()
    assert received == 1000
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
