"""The catalogue of actions other neighbourhoods share (issue 16's "benchmark large"): the coach
browses it by theme, reads an action (who runs it, where, its stage and description) and copies
it as a project idea of the current neighbourhood, its source named (`app.actions.catalogue`).
The catalogue arrives at sync; it holds no resident's data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.actions.catalogue import browse, copy_as_project
from app.actions.themes import stage_labels, theme_labels
from sync.wire.catalogue import SharedAction
from sync.wire.errors import QuartierError
from ui.changes import Changes
from ui.errors import show_error
from ui.work_context import WorkContext


class CatalogueDialog(QDialog):
    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Actions partagées par d'autres quartiers"))
        self.themes = QComboBox()
        self.themes.setAccessibleName(self.tr("Thème"))
        self.themes.addItem(self.tr("Tous les thèmes"), None)
        for key, label in theme_labels().items():
            self.themes.addItem(label.get(context.lang, label["fr"]), key)
        self.themes.currentIndexChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Actions partagées"))
        self.list.currentRowChanged.connect(self._show)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copier comme idée de projet"))
        self.copy_button.clicked.connect(self.copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        self.shared: list[SharedAction] = []

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Thème :")))
        top.addWidget(self.themes, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self.refresh()

    def refresh(self) -> None:
        """Read the catalogue again (of the chosen theme)."""
        self.shared = browse(self.context.store, self.themes.currentData())
        self.list.clear()
        for action in self.shared:
            item = QListWidgetItem(f"{action.title} — {action.neighbourhood}")
            item.setToolTip(action.organisation)
            self.list.addItem(item)
        if not self.shared:
            self.notice.setText(
                self.tr("Aucune action partagée pour le moment : elles arrivent avec la "
                        "synchronisation, quand d'autres quartiers en partagent.")
            )  # fmt: skip
        else:
            self.notice.clear()
        self.list.setCurrentRow(0 if self.shared else -1)
        self._show(self.list.currentRow())

    def selected(self) -> SharedAction | None:
        row = self.list.currentRow()
        return self.shared[row] if 0 <= row < len(self.shared) else None

    def _show(self, _row: int) -> None:
        action = self.selected()
        self.copy_button.setEnabled(
            action is not None and self.context.neighbourhood_id is not None
        )
        if action is None:
            self.detail.clear()
            return
        lang = self.context.lang
        theme = theme_labels().get(action.theme, {}).get(lang, action.theme)
        stage = stage_labels().get(action.stage, {}).get(lang, action.stage)
        lines = [
            action.title,
            self.tr("Quartier : %1").replace("%1", action.neighbourhood),
            self.tr("Porté par : %1").replace("%1", action.organisation or "—"),
            self.tr("Thème : %1").replace("%1", theme),
            self.tr("Étape : %1").replace("%1", stage),
            "",
            action.description,
        ]
        self.detail.setText("\n".join(lines))

    def copy(self) -> None:
        """Copy the selected action as a project idea of the current neighbourhood."""
        action, nid = self.selected(), self.context.neighbourhood_id
        if action is None or nid is None:
            return
        try:
            made = copy_as_project(self.context.store, action, nid, self.context.person_id)
        except QuartierError as error:
            show_error(self, error)
            return
        self.notice.setText(
            self.tr("Idée de projet « %1 » créée dans %2 : elle part à la prochaine "
                    "synchronisation.")
            .replace("%1", made.title)
            .replace("%2", self.context.neighbourhood_name())
        )  # fmt: skip
        self.context.changes.announce(Changes(outbox=True), self)
