"""The coach's workspace with pytest-qt: the dashboard's filter (the coach's afternoon, key
by key, is in test_coach_afternoon.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.dataset import load_dataset
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
