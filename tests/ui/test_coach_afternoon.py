"""A coach's afternoon, with the keys a coach presses: review 2,000 interviews, read one, settle
duplicates and take decisions back, read the dashboard per street and against an earlier
campaign, save a chart, export what the dashboard shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from keyboard import press, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from sqlalchemy import update

from app import models as m
from app.demo import build_demo
from app.exports import audit_path
from app.records import FINALIZED, SubmissionQuery
from app.review import APPROVED, HAS_ISSUES, RECEIVED, REJECTED
from app.store import Key, Store
from ui.coach.interview_dialog import InterviewDialog
from ui.coach.workspace import CoachWorkspace
from ui.locale_format import format_count
from ui.work_context import WorkContext

TIMEOUT = 20_000


def open_workspace(qtbot, store: Store, lang: str = "fr") -> CoachWorkspace:
    widget = CoachWorkspace(WorkContext.from_store(store, lang))
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        pass
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def workspace(qtbot, demo_store: Store) -> CoachWorkspace:
    return open_workspace(qtbot, demo_store)


@pytest.fixture
def big_store(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "big.sqlite"
    build_demo(path, households=2000)
    with Store.open(path) as store:
        store.settings.set(Key.PERSON, store.directory.people()[0]["id"])
        yield store


def review_tab(qtbot, workspace: CoachWorkspace) -> QWidget:
    workspace.tabs.setCurrentWidget(workspace.review)
    table = workspace.review.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    return table


def back_to(qtbot, workspace: CoachWorkspace) -> None:
    """A dialog closed: the window is active again (a window manager does it; offscreen Qt
    does not), with the focus where the window kept it."""
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)


def states(store: Store, ids: list[str]) -> set[str]:
    return {store.submissions.get(sid).review_state for sid in ids}


def test_select_all_approves_the_whole_filtered_set_after_saying_how_many(
    qtbot, big_store: Store
) -> None:
    workspace = open_workspace(qtbot, big_store)
    panel = workspace.review
    received = list(panel.frame["_id"])
    panel.state_filter.setFocus()
    press(panel.state_filter, Qt.Key.Key_Down)  # "Tous les états" -> "Reçu"
    assert panel.state_filter.currentData() == RECEIVED
    table = review_tab(qtbot, workspace)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert panel.count.text() == (
        f"{format_count(2000)} entretiens affichés · {format_count(2000)} sélectionnés"
    )
    press(table, Qt.Key.Key_A)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        f"Approuver {format_count(2000)} entretiens ?"
        in dialog.findChildren(type(panel.count))[0].text()
    )
    assert dialog.ok.text() == f"Approuver {format_count(2000)} entretiens"
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        press(dialog.comment, Qt.Key.Key_Return)
    assert states(big_store, received) == {APPROVED}
    reviews = [e for e in big_store.outbox.pending(limit=10_000) if e.entity == "review"]
    assert len(reviews) == 2000, "every decision syncs"
    assert panel.model.rowCount() == 0, "none is left 'Reçu'"
    assert workspace.focusWidget() is table, "focus stays in the table"


def test_review_with_the_keyboard(qtbot, workspace: CoachWorkspace) -> None:
    panel, store = workspace.review, workspace.store
    table = review_tab(qtbot, workspace)
    press(table, Qt.Key.Key_Down)
    press(table, Qt.Key.Key_Space)
    press(table, Qt.Key.Key_Down)
    press(table, Qt.Key.Key_Space)
    picked = panel.selected_ids()
    assert len(picked) == 2 and panel.count.text().endswith("· 2 sélectionnés")
    press(table, Qt.Key.Key_H)
    assert panel.dialog is not None and panel.dialog.ok.text() == "Marquer 2 entretiens"
    type_text(panel.dialog.comment, "Numéros de maison à vérifier")
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        press(panel.dialog.comment, Qt.Key.Key_Return)
    assert states(store, picked) == {HAS_ISSUES}
    assert store.submissions.get(picked[0]).review_comment == "Numéros de maison à vérifier"
    assert workspace.focusWidget() is table
    back_to(qtbot, workspace)

    # a reason is required to reject
    current = panel.model.ids_of([table.currentIndex().row()])
    assert panel.selected_ids() == []  # nothing selected: the decision is on the current row
    press(table, Qt.Key.Key_R)
    dialog = panel.dialog
    assert dialog is not None and not dialog.ok.isEnabled()
    press(dialog.comment, Qt.Key.Key_Return)
    assert dialog.isVisible() and states(store, current) != {REJECTED}
    type_text(dialog.comment, "Adresse hors du périmètre")
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        press(dialog.comment, Qt.Key.Key_Return)
    assert states(store, current) == {REJECTED}
    assert store.submissions.get(current[0]).review_comment == "Adresse hors du périmètre"
    back_to(qtbot, workspace)

    # approving one interview needs no question, and the cursor moves on to the next
    row = table.currentIndex().row()
    one = panel.model.ids_of([row])
    with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
        press(table, Qt.Key.Key_A)
    assert states(store, one) == {APPROVED}
    assert table.currentIndex().row() == row + 1 and table.hasFocus()

    # Tab leaves the table instead of walking its cells
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_filters_sorting_and_an_interview_read_from_the_list(
    qtbot, workspace: CoachWorkspace
) -> None:
    panel = workspace.review
    table = review_tab(qtbot, workspace)
    header = table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(1) + 5, 5),
    )
    streets = [panel.model.data(panel.model.index(r, 1)) for r in range(panel.model.rowCount())]
    assert streets.index("Rue de l'Épée") < streets.index("Rue Saint-Ghislain")
    assert streets == sorted(streets, key=lambda s: s.casefold().replace("é", "e"))
    street_names = [panel.street_filter.itemText(i) for i in range(panel.street_filter.count())]
    assert street_names.index("Rue de l'Épée") < street_names.index("Rue Saint-Ghislain")

    panel.street_filter.setFocus()
    press(panel.street_filter, Qt.Key.Key_Down)
    street = panel.street_filter.currentData()
    assert set(panel.shown["street"]) == {street}
    panel.volunteer_filter.setFocus()
    press(panel.volunteer_filter, Qt.Key.Key_Down)
    volunteer = panel.volunteer_filter.currentData()
    assert set(panel.shown["_submitted_by"]) <= {volunteer}
    panel.street_filter.setCurrentIndex(0)
    panel.volunteer_filter.setCurrentIndex(0)
    days = sorted(panel.frame["_submission_time"].str[:10])
    panel.since.set_value(days[len(days) // 2])
    panel.since.edited.emit(days[len(days) // 2])
    assert 0 < panel.model.rowCount() < len(panel.frame)

    table = review_tab(qtbot, workspace)
    press(table, Qt.Key.Key_Down)
    press(table, Qt.Key.Key_Return)
    dialog = panel.interview
    assert isinstance(dialog, InterviewDialog) and dialog.isVisible()
    groups = [
        dialog.answers.topLevelItem(i).text(0) for i in range(dialog.answers.topLevelItemCount())
    ]
    assert "start" not in groups and len(groups) >= 3
    assert any(dialog.answers.topLevelItem(i).childCount() for i in range(len(groups)))
    assert dialog.tabs.tabText(1).startswith("&Versions (1)")
    assert dialog.history.topLevelItemCount() >= 1
    press(dialog.answers, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(table.hasFocus)


def test_the_interview_list_shows_the_review_state(demo_store: Store) -> None:
    from ui.models.submissions import SubmissionsModel

    sid = demo_store.submissions.summaries(SubmissionQuery(status=FINALIZED), limit=1)[0].id
    demo_store.reviews.set([sid], REJECTED, "Doublon")
    model = SubmissionsModel(demo_store, "nl")
    summary = demo_store.submissions.summaries(SubmissionQuery(status=FINALIZED), limit=500)
    [rejected] = [s for s in summary if s.id == sid]
    assert model.status_text(rejected).endswith("· Afgewezen")


def seed_duplicate(store: Store) -> tuple[str, str]:
    """A household interviewed a second time by another volunteer: the address typed anew,
    the car use and the phone number different."""
    first = next(r for r in store.submissions.table()[0] if '"house_number"' in r[-1])
    original = store.submissions.get(first[0])
    answers = {**original.answers, "street": original.answers["street"].upper(),
               "car_use": "daily" if original.answers.get("car_use") != "daily" else "none",
               "contact_phone": "0470 00 00 00"}  # fmt: skip
    other = next(p["id"] for p in store.directory.people() if p["id"] != original.author_id)
    form = store.forms.get("porte_a_porte")  # the newest version, as a new interview
    draft = store.submissions.save_draft(
        form.form_id, form.version or "", answers, campaign_id=original.campaign_id,
        author_id=other,
    )  # fmt: skip
    return original.id, store.submissions.finalize(draft.id).id


def confirm(qtbot, workspace: CoachWorkspace, key: Qt.Key = Qt.Key.Key_Return) -> str:
    """Answer the duplicates panel's question with a key; its text. (A button's mnemonic
    clicks it after a short animation: the question appears a moment later.)"""
    qtbot.waitUntil(lambda: workspace.duplicates.confirmation is not None)
    box = workspace.duplicates.confirmation
    assert box is not None and box.isVisible()
    text = box.text()
    if key == Qt.Key.Key_Return:
        with qtbot.waitSignal(workspace.loaded, timeout=TIMEOUT):
            qtbot.keyClick(box, key)
    else:
        qtbot.keyClick(box, key)
    back_to(qtbot, workspace)
    return text


def test_duplicates_every_difference_confirmed_decisions_and_undo(qtbot, demo_store: Store) -> None:
    first, second = seed_duplicate(demo_store)
    workspace = open_workspace(qtbot, demo_store)
    panel = workspace.duplicates
    workspace.tabs.setCurrentWidget(panel)
    pairs = [{p.first_id, p.second_id} for p in panel.pairs]
    panel.queue.setFocus()
    for _ in range(pairs.index({first, second})):
        press(panel.queue, Qt.Key.Key_Down)
    pair = panel.current()
    assert pair is not None and {first, second} == {pair.first_id, pair.second_id}
    first, second = pair.first_id, pair.second_id  # the one sent first comes first
    for label in ("Rue", "Voiture", "Téléphone"):
        assert label.casefold() in panel.summary.text().casefold(), label
    highlighted = {
        panel.comparison.item(r, 0).text()
        for r in range(panel.comparison.rowCount())
        if panel.comparison.item(r, 1).font().bold()
    }
    assert len(highlighted) >= 4 and any("phone" in t.casefold() for t in highlighted)

    # keep the first: asked, with what it does; Escape changes nothing
    qtbot.keyClick(panel.queue, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    confirm(qtbot, workspace, Qt.Key.Key_Escape)
    assert demo_store.submissions.get(second).review_state == RECEIVED
    qtbot.keyClick(panel.queue, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    text = confirm(qtbot, workspace)
    assert "sera rejeté" in text and "Doublon de" in text and "annuler" in text
    assert demo_store.submissions.get(second).review_state == REJECTED
    assert {first, second} not in [{p.first_id, p.second_id} for p in panel.pairs]
    assert panel.history.count() == 1 and "gardé" in panel.history.item(0).text()

    # undo it from the history
    panel.history.setFocus()
    press(panel.history, Qt.Key.Key_Down)
    panel.history.setCurrentRow(0)
    qtbot.keyClick(panel.history, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert "Reçu" in confirm(qtbot, workspace)
    assert demo_store.submissions.get(second).review_state == RECEIVED
    assert panel.history.count() == 0
    assert {first, second} in [{p.first_id, p.second_id} for p in panel.pairs]

    # merge, then take the merge back
    panel.queue.setCurrentRow(
        [{p.first_id, p.second_id} for p in panel.pairs].index({first, second})
    )
    qtbot.keyClick(panel.queue, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert "nouvelle version" in confirm(qtbot, workspace)
    merged = demo_store.submissions.versions(first)[-1]
    assert merged.id != first and demo_store.submissions.get(second).review_state == REJECTED
    panel.history.setCurrentRow(0)
    qtbot.keyClick(panel.history, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    confirm(qtbot, workspace)
    latest = demo_store.submissions.versions(first)[-1]
    assert latest.answers == demo_store.submissions.get(first).answers and latest.id != merged.id

    # keep both: the pair is no longer proposed, and it can be undone too
    row = [{p.first_id, p.second_id} for p in panel.pairs].index({latest.id, second})
    panel.queue.setCurrentRow(row)
    qtbot.keyClick(panel.queue, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert "restent comptés" in confirm(qtbot, workspace)
    assert demo_store.submissions.get(second).review_state == RECEIVED
    assert panel.history.count() == 1 and "distincts" in panel.history.item(0).text()
    reviews = [e.entity_id for e in demo_store.outbox.pending(limit=10_000) if e.entity == "review"]
    assert reviews.count(second) == 5, "each decision and each undo is a review that syncs"


def set_perimeter(store: Store, streets: list[str], target: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(m.Campaign).values(streets=streets, target_households=target))


def test_dashboard_per_street_target_comparison_and_saved_charts(
    qtbot, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = demo_store.settings.get(Key.CAMPAIGN)
    [hood] = demo_store.directory.neighbourhoods()
    set_perimeter(demo_store, ["Rue Haute", "Rue Blaes", "Rue des Renards", "Rue de l'Épée"], 200)
    earlier = demo_store.directory.add_campaign(
        hood["id"], "Diagnostic 2024", starts_on="2024-03-01", target_households=100
    )
    later = demo_store.directory.add_campaign(hood["id"], "Suivi 2028", starts_on="2028-03-01")
    for record in demo_store.submissions.summaries(SubmissionQuery(status=FINALIZED), limit=12):
        answers = {**demo_store.submissions.get(record.id).answers, "tenure": "owner"}
        form = demo_store.forms.get("porte_a_porte")
        draft = demo_store.submissions.save_draft(
            form.form_id, form.version or "", answers, campaign_id=earlier
        )
        demo_store.submissions.finalize(draft.id)
    workspace = open_workspace(qtbot, demo_store)
    dashboard = workspace.dashboard
    assert workspace.campaign_id == campaign
    offered = [dashboard.compare.itemData(i) for i in range(dashboard.compare.count())]
    assert offered == [None, earlier], "an earlier campaign, never this one nor a later one"
    assert later not in offered

    reached = int((workspace.data.dataset.interviews["street"] == "Rue Haute").sum())
    dashboard.street.setFocus()
    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        press(dashboard.street, Qt.Key.Key_Down)
    while dashboard.street.currentData() != "Rue Haute":
        with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
            press(dashboard.street, Qt.Key.Key_Down)
    text = dashboard.progress_text.text()
    assert text.startswith(f"{reached} ménages atteints dans cette rue sur 50 visés"), text
    assert dashboard.progress_bar.maximum() == 50
    assert dashboard.progress_bar.text() == dashboard.progress_bar.format()
    assert [label for label, _ in dashboard.by_street.bars] == ["Rue Haute"]
    assert dashboard.by_street.value_texts == [f"{reached} / 50"]

    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        dashboard.street.setCurrentIndex(0)
    dashboard.compare.setFocus()
    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        press(dashboard.compare, Qt.Key.Key_Down)
    assert dashboard.comparison.isVisibleTo(dashboard) and dashboard.comparison.rowCount() > 3
    rows = {
        (dashboard.comparison.item(r, 1).text(), dashboard.comparison.item(r, 2).text())
        for r in range(dashboard.comparison.rowCount())
    }
    assert any(before == "100" for _, before in rows), "the earlier campaign: all owners"

    chart = dashboard.themes
    chart.setFocus()
    saved = iter([(str(tmp_path / "themes.png"), "Image PNG (*.png)"),
                  (str(tmp_path / "themes.svg"), "Dessin SVG (*.svg)")])  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: next(saved))
    for _ in range(2):
        qtbot.keyClick(chart, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "themes.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in (tmp_path / "themes.svg").read_text(encoding="utf-8")
    qtbot.keyClick(chart, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert not QApplication.clipboard().image().isNull()


def test_export_what_the_dashboard_shows_with_personal_data_by_choice(
    qtbot, workspace: CoachWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dashboard = workspace.dashboard
    with qtbot.waitSignal(dashboard.updated, timeout=TIMEOUT):
        dashboard.street.setCurrentIndex(1)
    street = dashboard.street.currentData()
    out = tmp_path / "rue.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    qtbot.keyClick(workspace, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workspace.export_dialog is not None)
    dialog = workspace.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.everything.isChecked(), "the whole campaign unless the coach says otherwise"
    assert street in dialog.filtered.text()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.filtered.isChecked)
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # the language
    press(dialog.language, Qt.Key.Key_Down)  # Français -> Nederlands
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.headers.isChecked)
    assert not dialog.warning.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.warning.isVisible)
    assert (
        dialog.choice().lang == "nl"
        and dialog.warning.isVisible()
        and audit_path(workspace.store.path).name in (dialog.warning.text())
    )
    assert dialog.ok.text() == "Exporter avec les données personnelles…"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: out.exists() and "Exporté" in workspace.title.text(), timeout=TIMEOUT)
    sheet = openpyxl.load_workbook(out, read_only=True)["entretiens"]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    expected = int((workspace.data.dataset.interviews["street"] == street).sum())
    assert len(rows) == expected, "only the dashboard's street"
    assert "Telefoonnummer" in " ".join(map(str, header)) or any(
        "telefoon" in str(h).casefold() for h in header
    )
    state = header.index("_review_state")
    assert {r[state] for r in rows} <= {"Ontvangen", "Goedgekeurd", "Na te kijken", "Afgewezen"}
    [entry] = audit_path(workspace.store.path).read_text(encoding="utf-8").splitlines()
    assert json.loads(entry)["rows"] == expected
    assert "consigné" in workspace.title.text()
