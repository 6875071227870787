"""The coach's workspace with pytest-qt: review in bulk, filter the dashboard, resolve a
duplicate, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.dataset import load_dataset
from app.review import HAS_ISSUES, REJECTED
from app.store import Store
from ui.coach.workspace import CoachWorkspace
from ui.work_context import WorkContext

TIMEOUT = 20_000


@pytest.fixture
def workspace(qtbot, demo_store: Store) -> CoachWorkspace:
    widget = CoachWorkspace(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        pass
    return widget


def seed_duplicate(store: Store) -> tuple[str, str]:
    """A household interviewed a second time by another volunteer, the address typed anew."""
    first = next(r for r in store.submissions.table()[0] if '"house_number"' in r[-1])
    original = store.submissions.get(first[0])
    answers = {**original.answers, "street": original.answers["street"].upper()}
    other = next(p["id"] for p in store.directory.people() if p["id"] != original.author_id)
    draft = store.submissions.save_draft(
        "porte_a_porte", "1", answers, campaign_id=original.campaign_id, author_id=other
    )
    return original.id, store.submissions.finalize(draft.id).id


def test_review_in_bulk_with_a_comment(qtbot, workspace: CoachWorkspace) -> None:
    panel = workspace.review
    workspace.tabs.setCurrentWidget(panel)
    selection = panel.table.selectionModel()
    for row in range(5):
        selection.select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    ids = panel.selected_ids()
    assert len(ids) == 5
    panel.comment.setText("Numéros de maison à vérifier")
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(panel.buttons[HAS_ISSUES], Qt.MouseButton.LeftButton)
    for sid in ids:
        record = workspace.store.submissions.get(sid)
        assert record.review_state == HAS_ISSUES
        assert record.review_comment == "Numéros de maison à vérifier"
    panel.state_filter.setCurrentIndex(panel.state_filter.findData(HAS_ISSUES))
    assert panel.model.total() == 5
    assert panel.model.data(panel.model.index(0, 3)) == "À revoir"


def test_dashboard_filters_by_street_and_shows_the_chosen_questions(
    qtbot, workspace: CoachWorkspace
) -> None:
    dashboard = workspace.dashboard
    dataset = load_dataset(workspace.store, campaign_id=workspace.campaign_id)
    street = dataset.streets()[0]
    expected = int((dataset.interviews["street"] == street).sum())
    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        dashboard.street.setCurrentIndex(dashboard.street.findData(street))
    assert dashboard.progress_text.text().startswith(f"{expected} ménages atteints")
    assert [label for label, _ in dashboard.by_street.bars] == [street]
    assert dashboard.charts.count() == len(dashboard.chosen_questions()) == 3
    item = dashboard.picker.item(0)
    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        item.setCheckState(Qt.CheckState.Checked)
    assert dashboard.charts.count() == 4


def test_resolving_a_duplicate_keeps_one(qtbot, demo_store: Store) -> None:
    first, second = seed_duplicate(demo_store)
    workspace = CoachWorkspace(WorkContext.from_store(demo_store, "fr"))
    qtbot.addWidget(workspace)
    workspace.show()
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        pass
    panel = workspace.duplicates
    pairs = [{p.first_id, p.second_id} for p in panel.pairs]
    assert {first, second} in pairs
    assert workspace.tabs.tabText(2) == f"Doublons ({len(pairs)})"
    panel.queue.setCurrentRow(pairs.index({first, second}))
    assert panel.comparison.rowCount() > 10
    pair = panel.current()
    assert pair is not None
    kept, dropped = pair.first_id, pair.second_id
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(panel.decisions["keep_first"], Qt.MouseButton.LeftButton)
    assert demo_store.submissions.get(dropped).review_state == REJECTED
    assert demo_store.submissions.get(kept).review_state != REJECTED
    assert {first, second} not in [{p.first_id, p.second_id} for p in panel.pairs]


def test_export_from_the_workspace(qtbot, workspace: CoachWorkspace, tmp_path: Path) -> None:
    out = tmp_path / "coach.xlsx"
    operation = workspace.export_to("xlsx", out)
    with qtbot.waitSignal(operation.done, timeout=TIMEOUT):
        pass
    assert out.exists() and workspace.title.text() == "Exporté : coach.xlsx"
