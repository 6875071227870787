"""Desktop tests: offscreen Qt (set by tests/conftest.py), preferences in a temporary folder,
message boxes recorded instead of shown, and a small demo neighbourhood."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from app.demo import build_demo
from app.store import Key, Store
from ui.locale_format import set_interface_language


@pytest.fixture(autouse=True)
def isolated_preferences(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "preferences"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def french_numbers() -> Iterator[None]:
    """A test that installs another interface language leaves French behind it."""
    yield
    set_interface_language("fr")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every warning a test provokes, instead of a modal box that would wait forever."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    build_demo(path, households=40)
    return path


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[Store]:
    with Store.open(demo_path) as store:
        store.settings.set(Key.PERSON, store.directory.people()[0]["id"])
        yield store
