"""The coach's workspace with pytest-qt: the dashboard's filter (the coach's afternoon, key
by key, is in test_coach_afternoon.py)."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from app.dataset import load_dataset
from app.store import Store
from survey_forms.builtin import INTERVIEW_FORM
from ui.changes import Changes
from ui.coach.workspace import CoachWorkspace
from ui.locale_format import format_number
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
    items = [dashboard.picker.item(row) for row in range(dashboard.picker.count())]
    item = next(i for i in items if i.checkState() == Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        item.setCheckState(Qt.CheckState.Checked)
    assert dashboard.charts.count() == 4


def test_footprint_tab_shows_the_figures_of_the_demo(qtbot, tmp_path) -> None:
    """The "Empreinte" tab: the mean per person and per household with their intervals, the
    profiles (none under five households), the levers ranked, the second diagnosis against the
    demo's first campaign, and a scenario's saving: all as app.carbon computes them."""
    from app.carbon.diagnosis import MIN_PROFILE, diagnose
    from app.carbon.factor_table import load_factors
    from app.carbon.levers import Scenario, saving
    from app.demo import build_demo
    from app.store import Key
    from ui.coach.footprint_panel import interval, signed, tonnes

    path = tmp_path / "second.sqlite"
    build_demo(path, households=120, second_diagnosis=True)
    with Store.open(path) as store:
        store.settings.set(Key.PERSON, store.directory.people()[0]["id"])
        workspace = CoachWorkspace(WorkContext.from_store(store, "fr"))
        qtbot.addWidget(workspace)
        workspace.show()
        panel = workspace.footprint
        with qtbot.waitSignal(panel.updated, timeout=60_000):
            workspace.tabs.setCurrentWidget(panel)
        assert workspace.tabs.tabText(workspace.tabs.currentIndex()) == "Empreinte"
        dataset = load_dataset(store, campaign_id=workspace.campaign_id)
        first = store.directory.earlier_campaigns(workspace.campaign_id)[0]
        earlier = load_dataset(store, campaign_id=first["id"])
        expected = diagnose(dataset, load_factors("be"), earlier=earlier)

        summary = expected.summary
        total, household = summary.per_person["total"], summary.per_household["total"]
        headline = panel.headline.text()
        assert headline.startswith(f"{summary.households} ménages")
        assert f"{tonnes(total.mean)} t CO2e par personne" in headline
        assert f"{tonnes(total.low)} – {tonnes(total.high)}" in headline
        assert f"{tonnes(household.mean)} t par ménage" in headline
        # charts on true scales, titled with n; the interval drawn on the neighbourhood's bar
        assert f"{summary.households} ménages" in panel.sectors.title
        assert panel.references.bars[0][1] == pytest.approx(total.mean / 1000)
        assert panel.references.intervals[0] == pytest.approx((total.low / 1000, total.high / 1000))
        logement = summary.per_person["logement"]
        row = [panel.sector_table.item(0, c).text() for c in range(5)]
        assert row == ["Logement", tonnes(logement.mean, 2), interval(logement, 2),
                       tonnes(summary.per_household["logement"].mean, 2),
                       interval(summary.per_household["logement"], 2)]  # fmt: skip

        assert panel.profiles.rowCount() == len(expected.profiles) > 0
        for index, view in enumerate(expected.profiles):
            assert view.profile.size >= MIN_PROFILE
            assert panel.profiles.item(index, 0).text().endswith(view.profile.name["fr"])
            assert panel.profiles.item(index, 1).text() == str(view.profile.size)

        # a profile's households, to form its group: contacts of those who take part only
        assert panel.members.rowCount() == 0
        view = expected.profiles[0]
        panel.profiles.selectRow(0)
        assert panel.members.rowCount() == view.profile.size
        frame = dataset.interviews.set_index("_id").loc[list(view.profile.household_ids)]
        willing = frame["participate"].isin(["yes", "maybe"])
        assert f"{int(willing.sum())} veulent participer" in panel.members_title.text()
        names = {panel.members.item(r, 3).text() for r in range(panel.members.rowCount())}
        wanted = set(frame.loc[willing, "contact_name"].dropna())
        assert names - {""} == wanted and wanted  # no contact of a household that said no
        refused = set(frame.loc[~willing, "contact_name"].dropna()) - wanted
        assert not names & refused

        tonnes_shown = [panel.levers_chart.bars[i][1] for i in range(len(expected.levers))]
        assert tonnes_shown == sorted(tonnes_shown, reverse=True)
        assert panel.levers.item(0, 0).text() == expected.levers[0].lever.label["fr"]

        assert panel.comparison.isVisibleTo(panel) and expected.second is not None
        assert first["name"] in panel.comparison_title.text()
        change = expected.second.change("total")
        d = change.difference
        assert panel.comparison.item(5, 0).text() == "Total"
        assert panel.comparison.item(5, 3).text() == (
            f"{signed(d.mean)} ({signed(d.low)} à {signed(d.high)})"
        )
        assert change.pairs > 0 and f"{change.pairs} adresses" in panel.comparison.item(5, 4).text()
        assert panel.factors.rowCount() == len(load_factors("be").rows())

        # by street: only streets of five households or more, each with its count
        assert panel.streets.rowCount() == len(summary.streets) + (
            summary.other_streets is not None
        )
        for r, street in enumerate(summary.streets):
            assert street.households >= 5
            assert [panel.streets.item(r, c).text() for c in range(4)] == [
                street.street, str(street.households), tonnes(street.total.mean, 2),
                interval(street.total, 2)]  # fmt: skip
        # the second diagnosis by the earlier campaign's profiles
        second = expected.second
        assert panel.by_profile.isVisibleTo(panel) and second.by_profile
        assert panel.by_profile.rowCount() == len(second.by_profile)
        for r, g in enumerate(second.by_profile):
            assert g.households_before >= MIN_PROFILE and g.households_after >= MIN_PROFILE
            assert panel.by_profile.item(r, 0).text().endswith(second.profile(g.group).name["fr"])
            assert panel.by_profile.item(r, 1).text() == str(g.households_before)
            assert panel.by_profile.item(r, 2).text() == str(g.households_after)
            assert panel.by_profile.item(r, 5).text() == (
                f"{signed(g.difference.mean)} ({signed(g.difference.low)} à "
                f"{signed(g.difference.high)})"
            )

        with qtbot.waitSignal(panel.scenario_updated, timeout=TIMEOUT):
            panel.meat.setValue(50)
        fp = expected.households
        wanted = saving(fp, load_factors("be"), Scenario(meat_meals_cut=0.5))
        assert panel.last_saving is not None
        assert panel.last_saving.tonnes == pytest.approx(wanted.tonnes)
        assert f"{format_number(wanted.tonnes, 1)} t CO2e par an" in panel.scenario_result.text()
        workspace.close()


def test_after_a_sync_the_workspace_reads_only_the_new_interviews(
    qtbot, workspace: CoachWorkspace
) -> None:
    """The window's session keeps the merged table (issue 18): interviews that arrive are
    merged into it, the others are not read again, and the table is the same as a full
    merge's."""
    store, merges = workspace.store, workspace.context.merges
    before = len(workspace.data.dataset.interviews)
    assert (merges.full_merges, merges.updates) == (1, 0)
    version = store.forms.get(INTERVIEW_FORM).version or ""
    for street in ("Rue Neuve", "Rue Haute"):
        draft = store.submissions.save_draft(INTERVIEW_FORM, version, {},
                                             campaign_id=workspace.campaign_id)  # fmt: skip
        store.submissions.finalize(draft.id, {"consent": "yes", "street": street})
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        workspace.context.changes.announce(Changes(submissions=True))
    merged = workspace.data.dataset.interviews
    assert len(merged) == before + 2
    assert (merges.full_merges, merges.updates) == (1, 1)
    full = load_dataset(store, campaign_id=workspace.campaign_id).interviews
    pd.testing.assert_frame_equal(merged, full)
