"""The coach browses the actions other neighbourhoods share, by theme, and copies one as a
project idea of their neighbourhood (pytest-qt; the catalogue as a sync keeps it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.actions.catalogue import CATALOGUE
from app.store import Key, Store
from sync.wire.catalogue import SharedAction
from ui.coach.catalogue_dialog import CatalogueDialog
from ui.work_context import WorkContext


def shared(number: int, theme: str, title: str) -> SharedAction:
    return SharedAction(
        id=f"00000000-0000-4000-8000-00000000000{number}", neighbourhood_id="elsewhere",
        neighbourhood="Cureghem", title=title, theme=theme, stage="en_cours",
        description="Chaque samedi matin.", organisation="Maison de quartier",
        shared_at=f"2026-11-2{number}T10:00:00.000Z",
    )  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "coach.sqlite") as local:
        nid = local.directory.add_neighbourhood("Marolles")
        local.settings.set(Key.NEIGHBOURHOOD, nid)
        local.catalogue.receive(
            [shared(1, "se_nourrir", "Potager partagé"), shared(2, "circuler", "Atelier vélo"),
             shared(3, "voler", "Un thème d'une version future")], [],
        )  # fmt: skip
        yield local


def test_browse_by_theme_and_copy_as_a_project_idea(qtbot, store: Store) -> None:
    dialog = CatalogueDialog(WorkContext.from_store(store, "fr"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 3
    dialog.themes.setCurrentIndex(dialog.themes.findData("circuler"))
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Atelier vélo — Cureghem"
    ]
    assert "Porté par : Maison de quartier" in dialog.detail.text()
    assert "Étape : En cours" in dialog.detail.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    [project] = store.projects.all()
    assert (project.title, project.theme, project.stage) == ("Atelier vélo", "circuler", "idee")
    assert project.data["origin"] == CATALOGUE and "Maison de quartier" in project.data["why"]
    assert "Atelier vélo" in dialog.notice.text() and "Marolles" in dialog.notice.text()
    assert store.outbox.pending_count() == 1  # it leaves at the next sync


def test_an_action_this_version_cannot_copy_says_why(
    qtbot, store: Store, message_boxes: list[str]
) -> None:
    dialog = CatalogueDialog(WorkContext.from_store(store, "fr"))
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)  # the newest: the unknown theme
    assert dialog.selected() is not None and dialog.selected().theme == "voler"  # type: ignore[union-attr]
    dialog.copy()
    assert store.projects.all() == []
    assert len(message_boxes) == 1 and "voler" in message_boxes[0]


def test_without_a_neighbourhood_nothing_can_be_copied(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.sqlite") as local:
        dialog = CatalogueDialog(WorkContext.from_store(local, "fr"))
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 0 and not dialog.copy_button.isEnabled()
        assert "synchronisation" in dialog.notice.text()
