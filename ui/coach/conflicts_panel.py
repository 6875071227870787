"""Inventory conflicts (the same field changed to different values on two devices), as sync
leaves them in the items' data. The coach picks an item, reads each conflicting field's value
before, here and from the other device, keeps one (or types another) and resolves: the item
changes at once and the decision leaves at the next sync (``app.conflicts``). Both the
resolution and a coach's login are announced on the window's change bus (``ui.changes``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import conflicts
from app.store import Key
from sync.client import device as client
from sync.wire.merge import DELETED
from ui.changes import Changes, Follower
from ui.coach_login import CoachLoginDialog
from ui.errors import show_error
from ui.operations import Operation
from ui.work_context import WorkContext

#: The columns of the field table; the last one holds the value the coach keeps.
FIELD, BASE, CURRENT, INCOMING, CHOICE = range(5)


class ConflictsPanel(QWidget):
    """`open_client` opens the HTTP client to a server's address (tests give one into the
    server in-process)."""

    def __init__(
        self,
        context: WorkContext,
        parent: QWidget | None = None,
        open_client: Callable[[str], httpx.Client] = client.connect,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.open_client = open_client
        self.session = QLabel()
        self.session.setWordWrap(True)
        self.login_button = QPushButton(self.tr("Session coach…"))
        self.login_button.clicked.connect(self.ask_login)
        self.login_dialog: CoachLoginDialog | None = None
        self.conflicts = pd.DataFrame()
        self.item_ids: list[str] = []
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.items = QListWidget()
        self.items.setMaximumWidth(280)
        self.items.currentRowChanged.connect(self._show_item)
        self.fields = QTableWidget(0, 5)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Avant"), self.tr("Ici"), self.tr("Autre appareil"),
             self.tr("Valeur retenue")]
        )  # fmt: skip
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.hint = QLabel(
            self.tr("Pour chaque champ, choisissez la valeur à garder ou tapez-en une autre. "
                    "La décision part à la prochaine synchronisation.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Résoudre"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.resolve)
        detail = QVBoxLayout()
        detail.addWidget(self.hint)
        detail.addWidget(self.fields, 1)
        detail.addWidget(self.resolve_button)
        body = QHBoxLayout()
        body.addWidget(self.items)
        body.addLayout(detail, 1)
        self.body = QWidget()
        self.body.setLayout(body)
        footer = QHBoxLayout()
        footer.addWidget(self.session, 1)
        footer.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        layout.addLayout(footer)
        Follower(self, context.changes, lambda c, _by: c.outbox or c.settings, self.show_session)

    def set_conflicts(self, conflicts: pd.DataFrame) -> None:
        """One row per conflicting field (``app.dataset.inventory_conflicts``)."""
        self.conflicts = conflicts
        self.item_ids = list(dict.fromkeys(conflicts["item_id"])) if not conflicts.empty else []
        self.items.clear()
        for item_id in self.item_ids:
            rows = conflicts[conflicts["item_id"] == item_id]
            name = str(rows["name"].iloc[0] or "") or self.tr("(sans nom)")
            entry = QListWidgetItem(
                self.tr("{name} — %n champ(s)", "", len(rows)).format(name=name)
            )
            self.items.addItem(entry)
        self.body.setVisible(not conflicts.empty)
        self.notice.setText(
            self.tr("Aucun conflit dans l'inventaire partagé : les modifications faites en "
                    "parallèle ont toutes pu être fusionnées.")
            if conflicts.empty
            else self.tr("%n conflit(s) à arbitrer : la même information a été modifiée "
                         "différemment sur deux appareils.", "", len(conflicts))
        )  # fmt: skip
        self.show_session()
        if self.item_ids:
            self.items.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)
            self.resolve_button.setEnabled(False)

    def current_item(self) -> str | None:
        row = self.items.currentRow()
        return self.item_ids[row] if 0 <= row < len(self.item_ids) else None

    def _show_item(self, _row: int) -> None:
        item_id = self.current_item()
        if item_id is None:
            return
        rows = self.conflicts[self.conflicts["item_id"] == item_id]
        self.fields.setRowCount(len(rows))
        for index, row in enumerate(rows.itertuples(index=False)):
            values = (row.base, row.current, row.incoming)
            self.fields.setItem(index, FIELD, QTableWidgetItem(self._field_label(row.field)))
            for column, value in zip((BASE, CURRENT, INCOMING), values, strict=True):
                self.fields.setItem(index, column, QTableWidgetItem(self._text(value)))
            self.fields.setCellWidget(
                index, CHOICE, self._choice(row.current, row.incoming, row.base)
            )
        self.fields.resizeColumnsToContents()
        self.resolve_button.setEnabled(True)

    def _choice(self, *options: Any) -> QComboBox:
        """The value kept: one of the three (the other device's first after this one's), or
        typed; empty leaves the field in conflict."""
        box = QComboBox()
        box.setEditable(True)
        seen: list[Any] = []
        for value in options:
            if value not in seen:
                seen.append(value)
                box.addItem(self._text(value), value)
        box.setCurrentIndex(-1)
        if (line := box.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("Choisir ou taper une valeur…"))
        return box

    def choices(self) -> dict[str, Any]:
        """Field -> value kept, for the fields the coach decided on."""
        item_id = self.current_item()
        if item_id is None:
            return {}
        fields = list(self.conflicts[self.conflicts["item_id"] == item_id]["field"])
        chosen: dict[str, Any] = {}
        for index, field in enumerate(fields):
            box = self.fields.cellWidget(index, CHOICE)
            if not isinstance(box, QComboBox) or not box.currentText().strip():
                continue
            picked = box.currentIndex()
            if picked >= 0 and box.itemText(picked) == box.currentText():
                chosen[field] = box.itemData(picked)
            else:
                chosen[field] = box.currentText().strip()
        return chosen

    def resolve(self) -> Operation | None:
        """Store the coach's choices for the current item, off the UI thread."""
        item_id, values = self.current_item(), self.choices()
        if item_id is None:
            return None
        if not values:
            self.notice.setText(self.tr("Choisissez la valeur à garder pour au moins un champ."))
            return None
        store = self.store
        self.resolve_button.setEnabled(False)
        operation = Operation(lambda _ctx: conflicts.resolve(store, item_id, values), self)
        operation.failed.connect(lambda error: show_error(self, error))
        operation.done.connect(lambda: self.resolve_button.setEnabled(True))
        changes = Changes(inventory=True, outbox=True)
        return operation.announce(self.context.changes, changes, self).start()

    def show_session(self) -> None:
        """How many resolutions wait to be sent, and whether a coach's session will send them."""
        waiting = len(self.store.outbox.pending_resolutions())
        has_session = bool(self.store.settings.get(Key.COACH_TOKEN))
        if not waiting:
            text = self.tr("Aucune résolution en attente d'envoi.")
        elif has_session:
            text = self.tr(
                "%n résolution(s) partiront à la prochaine synchronisation.", "", waiting
            )
        else:
            text = self.tr("%n résolution(s) en attente : ouvrez une session coach pour qu'elles "
                           "partent à la synchronisation.", "", waiting)  # fmt: skip
        self.session.setText(text)

    def ask_login(self) -> CoachLoginDialog:
        """The coach's login dialog (ui.coach_login), window-modal."""
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
        self.login_dialog = CoachLoginDialog(self.context, self.open_client, self)
        self.login_dialog.open()
        return self.login_dialog

    def _field_label(self, field: object) -> str:
        return self.tr("Fiche supprimée") if field == DELETED else str(field)

    def _text(self, value: object) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return self.tr("(vide)")
        if isinstance(value, bool):
            return self.tr("oui") if value else self.tr("non")
        return str(value)
