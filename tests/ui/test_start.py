"""The start (issue 18): the window is on screen, as it was last left, before the store opens
behind it; a database that cannot be opened is refused with a message, and the window goes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from app.store import Store
from ui import application
from ui.application import run
from ui.main_window import MainWindow
from ui.preferences import preferences


class HeadingPaints(QObject):
    """What the main window's heading said each time it painted, and whether the store was
    open then."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QLabel)
            and watched.objectName() == "heading"
        ):
            window = watched.window()
            if isinstance(window, MainWindow):
                self.seen.append((watched.text(), window.store is not None))
        return False


@pytest.fixture
def paints(qtbot) -> Iterator[HeadingPaints]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    watcher = HeadingPaints()
    app.installEventFilter(watcher)
    yield watcher
    app.removeEventFilter(watcher)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()


def menus(window: MainWindow) -> list[list[QAction]]:
    """The actions of each menu in the menu bar."""
    shown = [action.menu() for action in window.menuBar().actions()]
    return [menu.actions() for menu in shown if isinstance(menu, QMenu)]


@pytest.fixture
def smoke(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUARTIER_SMOKE_TEST", "1")
    # on a busy test machine the first paint may come late: the store waits for it here
    monkeypatch.setattr(application, "OPEN_AT_THE_LATEST_MS", 60_000)


def test_the_window_paints_before_the_store_opens(
    paints: HeadingPaints, smoke: None, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_path) == 0
    assert "main window shown: Quartier — Marolles" in capsys.readouterr().out
    assert paints.seen, "the heading painted"
    assert paints.seen[0][1] is False, "the first paint does not wait for the store"


def test_the_next_start_shows_the_heading_as_it_was_left(
    paints: HeadingPaints, smoke: None, demo_path: Path
) -> None:
    assert run(demo_path) == 0
    paints.seen.clear()
    assert run(demo_path) == 0
    first_text, store_open = paints.seen[0]
    assert not store_open and "<b>Marolles</b>" in first_text


@pytest.mark.parametrize(
    ("trouble", "said"),
    [("empty", "vide"), ("damaged", "pages endommagées"), ("locked", "déjà ouvert")],
)
def test_a_database_that_cannot_open_is_refused_with_a_message(
    paints: HeadingPaints,
    smoke: None,
    demo_path: Path,
    message_boxes: list[str],
    trouble: str,
    said: str,
) -> None:
    path = demo_path
    if trouble == "empty":
        path = demo_path.with_name("empty.sqlite")
        path.touch()
    elif trouble == "damaged":  # killed with the database open: a log left, pages torn
        Path(f"{path}-wal").write_bytes(b"\x00" * 4096)
        with path.open("r+b") as file:
            file.seek(4096 * 3)
            file.write(b"\xff" * 4096 * 4)
    if trouble == "locked":
        with Store.open(path):
            assert run(path) == 1
    else:
        assert run(path) == 1
    assert len(message_boxes) == 1 and said in message_boxes[0]
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_the_remembered_section_shows_before_and_after_the_store(qtbot, demo_path: Path) -> None:
    preferences().setValue("window/section", 2)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.store is None and window.sections.currentRow() == 2
    assert [len(actions) for actions in menus(window)] == [0, 0, 0, 0], "no action yet"
    assert window.open_database(demo_path)
    assert window.sections.currentRow() == 2
    assert window.pages.currentIndex() == 2
    assert all(menus(window)) and len(menus(window)) == 4, "the menus came with the store"
    window.close()
    assert window.store is not None
    window.store.close()


def test_a_new_database_opens_the_first_start_assistant(qtbot, tmp_path: Path) -> None:
    window = MainWindow(demo_path=tmp_path / "demo.sqlite")
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(tmp_path / "new.sqlite")
    qtbot.waitUntil(lambda: window.first_start is not None and window.first_start.isVisible())
    assert isinstance(window.first_start, QWidget)
    window.first_start.reject()
    window.close()
    assert window.store is not None
    window.store.close()


def test_pandas_and_reportlab_wait_for_a_section_that_needs_them(
    demo_path: Path, tmp_path: Path
) -> None:
    """A start in a fresh process imports neither (a second on an old laptop): only the
    sections that merge interviews or print do, when they are opened."""
    script = (
        "import sys; from pathlib import Path; from ui.application import run;"
        "assert run(Path(sys.argv[1])) == 0;"
        "print('heavy:', sorted(m for m in ('pandas', 'reportlab') if m in sys.modules))"
    )
    env = {**os.environ, "QUARTIER_SMOKE_TEST": "1", "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script, str(demo_path)], env=env,
                          capture_output=True, text=True, timeout=180)  # fmt: skip
    assert "heavy: []" in done.stdout.splitlines(), done.stdout + done.stderr
