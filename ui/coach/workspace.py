"""The coach's workspace: everything volunteers collected for the current campaign, merged;
review it, resolve duplicates and inventory conflicts, watch the dashboard and the carbon
footprint of the households' uses, export; create, edit and close the neighbourhood's
campaigns; move to action (« Actions »: the benchmark grid, projects, the participatory budget,
``ui.coach.actions_panel``).

Loading and every decision run off the UI thread (``ui.operations.Operation``). The workspace
follows the window's change bus (``ui.changes``): after a decision made here, a sync or a bundle
import it merges again (when next shown, if hidden), so each tab shows what the store now holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import exports
from app.dataset import STREET, VOLUNTEER, Dataset, inventory_conflicts, load_dataset
from app.duplicates import DuplicatePair, find_duplicates
from app.merge_cache import MergeCache
from app.store import Store
from ui.changes import Changes, Follower
from ui.coach.actions_panel import ActionsPanel
from ui.coach.campaigns_panel import CampaignsPanel
from ui.coach.conflicts_panel import ConflictsPanel
from ui.coach.dashboard import Dashboard
from ui.coach.duplicates_panel import DuplicatesPanel
from ui.coach.export_dialog import ExportChoice, ExportDialog, FilterState
from ui.coach.footprint_panel import FootprintPanel
from ui.coach.review_panel import ReviewPanel
from ui.coach_key_dialog import CoachKeyDialog, ask_coach_key
from ui.errors import show_error
from ui.locale_format import format_count
from ui.operations import Operation
from ui.work_context import WorkContext

if TYPE_CHECKING:
    from nacl.public import PrivateKey

EXPORT_SUFFIXES = {"xlsx": "*.xlsx", "csv": "*.csv", "geojson": "*.geojson"}


@dataclass(frozen=True)
class CoachData:
    dataset: Dataset
    pairs: list[DuplicatePair]
    conflicts: pd.DataFrame


def load_coach_data(
    store: Store,
    campaign_id: str | None,
    coach_key: PrivateKey | None = None,
    merges: MergeCache | None = None,
) -> CoachData:
    return coach_data(
        load_dataset(store, campaign_id=campaign_id, coach_key=coach_key, cache=merges)
    )


def coach_data(dataset: Dataset) -> CoachData:
    return CoachData(dataset, find_duplicates(dataset), inventory_conflicts(dataset))


class CoachWorkspace(QWidget):
    """Emits ``loaded`` each time the merged data has been (re)loaded and shown."""

    loaded = Signal()

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.campaign_id: str | None = None  # the campaign shown: the window's, at each reload
        self.data: CoachData | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.reload_button = QPushButton(self.tr("Actualis&er"))
        self.reload_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("E&xporter…"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_dialog: ExportDialog | None = None
        self.key_dialog: CoachKeyDialog | None = None
        # personal answers left sealed (no key, or not unlocked): said, with a way to unlock
        self.sealed_text = QLabel()
        self.unlock_button = QPushButton(self.tr("Déverrouil&ler…"))
        self.unlock_button.clicked.connect(self.ask_coach_key)
        self.sealed_line = QWidget()
        sealed = QHBoxLayout(self.sealed_line)
        sealed.setContentsMargins(0, 0, 0, 0)
        sealed.addWidget(self.sealed_text)
        sealed.addWidget(self.unlock_button)
        sealed.addStretch(1)
        self.sealed_line.hide()
        self.review = ReviewPanel(context)
        self.duplicates = DuplicatesPanel(context)
        self.conflicts = ConflictsPanel(context)
        self.campaigns = CampaignsPanel(context)
        self.dashboard = Dashboard(context)
        self.footprint = FootprintPanel(context)
        self.actions_panel = ActionsPanel(context)
        self.review.reviewed.connect(self._reviewed)
        Follower(self, context.changes, self._concerned, self.reload)
        self.tabs = QTabWidget()
        for widget in (self.dashboard, self.footprint, self.review, self.duplicates,
                       self.conflicts, self.campaigns, self.actions_panel):  # fmt: skip
            self.tabs.addTab(widget, "")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.busy)
        header.addWidget(self.reload_button)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.sealed_line)
        layout.addWidget(self.tabs, 1)
        self._name_tabs()
        self.reload()

    def _name_tabs(self) -> None:
        counts: tuple[int | None, ...] = (None, None, None, None, None, None, None)
        if self.data is not None:
            frame = self.data.dataset.interviews
            counts = (None, None, len(frame), len(self.data.pairs), len(self.data.conflicts),
                      None, None)  # fmt: skip
        names = (self.tr("Tableau de bord"), self.tr("Empreinte"), self.tr("Relecture"),
                 self.tr("Doublons"), self.tr("Conflits d'inventaire"),
                 self.tr("Campagnes"), self.tr("Actions"))  # fmt: skip
        for index, (name, count) in enumerate(zip(names, counts, strict=True)):
            shown = name if count is None else f"{name} ({format_count(count)})"  # « 1 507 »
            self.tabs.setTabText(index, shown)

    def _concerned(self, changes: Changes, initiator: object) -> bool:
        """What the merged data is made of, and the window's campaign; a review made here is
        already shown (_reviewed)."""
        return (changes.submissions or changes.inventory or changes.campaigns or changes.forms
                or (changes.reviews and initiator is not self.review)
                or self.context.campaign_id != self.campaign_id)  # fmt: skip

    def reload(self) -> None:
        """Merge the window's campaign's interviews again, off the UI thread."""
        self.campaign_id = self.context.campaign_id
        store, campaign, key = self.store, self.campaign_id, self.context.coach_key
        merges = self.context.merges
        self._refresh(lambda: load_coach_data(store, campaign, key, merges))

    def _reviewed(self, ids: list[str], state: str, comment: str) -> None:
        """A review changes two columns: update them in memory rather than merge again."""
        if self.data is None:
            self.reload()
            return
        dataset = self.data.dataset
        self._refresh(lambda: coach_data(dataset.with_review(ids, state, comment)))

    def _refresh(self, compute: Callable[[], CoachData]) -> None:
        self.busy.show()
        self.reload_button.setEnabled(False)
        operation = Operation(lambda _ctx: compute(), self)
        operation.succeeded.connect(self._show)
        operation.failed.connect(lambda error: show_error(self, error))
        operation.done.connect(self._idle)
        operation.start()

    def _idle(self) -> None:
        self.busy.hide()
        self.reload_button.setEnabled(True)

    def _show(self, data: CoachData) -> None:
        self.data = data
        campaign = next(
            (c for c in self.store.directory.campaigns() if c["id"] == self.campaign_id), None
        )
        name = campaign["name"] if campaign else self.tr("toutes les campagnes")
        self.title.setText(self.tr("Coach — {campaign}").format(campaign=name))
        self.review.set_interviews(data.dataset.interviews)
        self.duplicates.set_pairs(data.dataset, data.pairs)
        self.conflicts.set_conflicts(data.conflicts)
        self.dashboard.set_dataset(data.dataset)
        self.footprint.set_dataset(data.dataset)
        self._name_tabs()
        self._show_sealed(data.dataset.sealed_unopened)
        self.loaded.emit()

    def _show_sealed(self, unopened: int) -> None:
        """Say how many interviews keep their personal answers sealed; the first time in the
        window's session, ask the passphrase of this laptop's coach key to open them."""
        locked = self.context.locked_coach_key() if unopened else None
        self.sealed_line.setVisible(bool(unopened))
        self.unlock_button.setVisible(locked is not None and self.context.coach_key is None)
        if not unopened:
            return
        n = format_count(unopened)
        if locked is None:
            text = self.tr("Entretiens aux données personnelles scellées : {n} ; cet "
                           "ordinateur n'a pas de clé de coach pour les ouvrir.")  # fmt: skip
        elif self.context.coach_key is not None:
            text = self.tr("Entretiens aux données personnelles scellées pour une autre clé "
                           "de coach que celle de cet ordinateur : {n}.")  # fmt: skip
        else:
            text = self.tr("Entretiens aux données personnelles scellées : {n}")
        self.sealed_text.setText(text.format(n=n))
        if locked is not None and not self.context.coach_key_asked and self.isVisible():
            self.ask_coach_key()

    def ask_coach_key(self) -> None:
        """The coach's passphrase; once the key is unlocked, everything is merged again with
        the personal answers opened (and the print section checks its quotes with them)."""
        if self.key_dialog is not None and self.key_dialog.isVisible():
            return
        unopened = self.data.dataset.sealed_unopened if self.data is not None else 0
        self.key_dialog = ask_coach_key(self.context, unopened, self)

    def dashboard_filter(self) -> dict[str, str | None]:
        return {STREET: self.dashboard.street.currentData(),
                VOLUNTEER: self.dashboard.volunteer.currentData()}  # fmt: skip

    def ask_export(self) -> None:
        """The export's choices, then the file."""
        chosen = self.dashboard_filter()
        total = shown = 0
        if self.data is not None:
            dataset = self.data.dataset
            total = len(dataset.interviews)
            filtered = dataset.filtered(street=chosen[STREET], volunteer=chosen[VOLUNTEER])
            shown = len(filtered.interviews)
        state = FilterState(", ".join(v for v in chosen.values() if v), total, shown)
        audit = exports.audit_path(self.store.path).name
        sealed = self.data.dataset.sealed_unopened if self.data is not None else 0
        self.export_dialog = ExportDialog(self.context.lang, state, audit, self, sealed=sealed)
        self.export_dialog.accepted.connect(self._export_chosen)
        self.export_dialog.open()

    def _export_chosen(self) -> None:
        assert self.export_dialog is not None
        choice = self.export_dialog.choice()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les données"),
            f"entretiens.{choice.fmt}",
            f"{choice.fmt.upper()} ({EXPORT_SUFFIXES[choice.fmt]})",
        )
        if path:
            self.export_to(choice, Path(path))

    def export_to(self, choice: ExportChoice, path: Path) -> Operation:
        store, campaign, key = self.store, self.campaign_id, self.context.coach_key
        merges = self.context.merges
        chosen = self.dashboard_filter() if choice.filtered else {STREET: None, VOLUNTEER: None}

        def write(_ctx: object) -> tuple[exports.ExportResult, int]:
            dataset = load_dataset(
                store, campaign_id=campaign, lang=choice.lang, coach_key=key, cache=merges
            )
            dataset = dataset.filtered(street=chosen[STREET], volunteer=chosen[VOLUNTEER])
            result = exports.export(
                dataset,
                choice.fmt,
                path,
                db_path=store.path,
                include_personal=choice.include_personal,
                labelled_headers=choice.labelled_headers,
            )
            return result, dataset.sealed_unopened if choice.include_personal else 0

        self.busy.show()
        operation = Operation(write, self)
        operation.succeeded.connect(self._exported)
        operation.failed.connect(lambda error: show_error(self, error))
        operation.done.connect(self.busy.hide)
        return operation.start()

    def _exported(self, done: tuple[exports.ExportResult, int]) -> None:
        result, sealed = done
        text = self.tr("Exporté : {files} ({n} entretiens)").format(
            files=", ".join(p.name for p in result.paths), n=format_count(result.rows)
        )
        if result.audit_path is not None:
            text += " — " + self.tr("données personnelles incluses, export consigné dans {log}"
                                    ).format(log=result.audit_path.name)  # fmt: skip
        if sealed:
            text += " — " + self.tr("entretiens aux données personnelles scellées : {n}, "
                                    "colonnes personnelles vides").format(
                n=format_count(sealed))  # fmt: skip
        self.title.setText(text)
