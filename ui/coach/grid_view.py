"""The benchmark grid in the coach's « Actions » tab (issue 16): the neighbourhoods this laptop
holds × the seven themes of ``app.actions.grid``.

Each cell shows its level (0-3, the tint darkens with it), its actions by stage, the people
they reached, the needs residents expressed, and, for a gap, a dashed frame *and* the words
« ⚠ Besoin sans action » (never colour alone). The legend under the table states the level
rule and the gap rule as the code words them (``LEVEL_RULE``, ``GAP_RULE``), in the interface
language. The grid is built and exported (XLSX, A3 landscape PDF) off the UI thread; picking a
cell offers to turn it into a project (``project_wanted``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actions.grid import GAP_RULE, LEVEL_RULE, Cell, Grid, build_grid
from app.actions.themes import STAGES, stage_labels
from app.actions.words import WORDS
from app.analysis import MIN_HOUSEHOLDS
from app.printing.texts import Languages
from survey_forms.model import Texts, text_in
from ui.coach.one_at_a_time import ActionsPage
from ui.locale_format import format_count
from ui.notices import busy_bar, hint, message_line, say
from ui.operations import Operation
from ui.work_context import WorkContext

#: The tints of levels 0-3 and the colour of a gap: those of the spreadsheet
#: (``app.actions.grid_sheet``, which imports openpyxl: not loaded for the window).
LEVEL_FILLS = ("#FFFFFF", "#EEF5E9", "#C5E1A5", "#9CCC65")
GAP_COLOUR = "#B5452C"
#: Ink, and the quieter ink of zero counts and needs (4.5:1 on the darkest tint, level 3).
INK, MUTED = "#1F2A1F", "#3F4A3F"
GAP_MARK = "⚠"
#: The item data role that holds a cell's ``CellView``.
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6
COLUMN_WIDTH = 150


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    colour: str = INK


@dataclass(frozen=True)
class CellView:
    """What a cell of the table shows: its lines, its level and whether it is a gap."""

    neighbourhood_id: str
    neighbourhood: str
    theme: str
    level: int
    gap: bool
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def say_in(texts: Texts, lang: str, **params: object) -> str:
    return text_in(texts, lang, "fr").format(**params)


def cell_lines(cell: Cell, lang: str) -> tuple[Line, ...]:
    """The lines of a cell: its level, its actions by stage (or « no action »), the people
    reached, the needs (households only from MIN_HOUSEHOLDS up), and the gap's mark."""
    lines = [Line(f"{say_in(WORDS['level'], lang)} {cell.level}", bold=True)]
    stages = stage_labels()
    if cell.actions:
        for stage in STAGES:
            count = cell.stages[stage]
            lines.append(Line(f"{say_in(stages[stage], lang)} : {format_count(count)}"
                              if lang == "fr" else
                              f"{say_in(stages[stage], lang)}: {format_count(count)}",
                              colour=INK if count else MUTED))  # fmt: skip
        lines.append(Line(say_in(WORDS["reached_n"], lang, n=format_count(cell.reached))))
    else:
        lines.append(Line(say_in(LEVEL_RULE[0], lang).capitalize(), colour=MUTED))
    parts = []
    if cell.needs.households >= MIN_HOUSEHOLDS:
        parts.append(say_in(WORDS["households_n"], lang, n=format_count(cell.needs.households)))
    if cell.needs.items:
        parts.append(say_in(WORDS["items_n"], lang, n=format_count(cell.needs.items)))
    if parts:
        separator = " : " if lang == "fr" else ": "
        lines.append(Line(f"{say_in(WORDS['needs_label'], lang)}{separator}{', '.join(parts)}",
                          colour=MUTED))  # fmt: skip
    if cell.gap:
        lines.append(Line(f"{GAP_MARK} {say_in(WORDS['gap'], lang)}", bold=True,
                          colour=GAP_COLOUR))  # fmt: skip
    return tuple(lines)


class CellDelegate(QStyledItemDelegate):
    """Paints a cell: its level's tint, its lines (wrapped to the column), a dashed frame
    around a gap and a solid one around the selected cell."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        regular = QFont(option.font)  # type: ignore[attr-defined]
        bold = QFont(regular)
        bold.setBold(True)
        return regular, bold

    def _layout(
        self, view: CellView, option: QStyleOptionViewItem, width: int
    ) -> list[tuple[Line, QFont, QRect]]:
        regular, bold = self._fonts(option)
        placed = []
        y = 0
        for line in view.lines:
            font = bold if line.bold else regular
            box = QFontMetrics(font).boundingRect(
                QRect(0, 0, max(width, 10), 1000), Qt.TextFlag.TextWordWrap, line.text
            )
            placed.append((line, font, QRect(0, y, width, box.height())))
            y += box.height() + 1
        return placed

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view = index.data(CELL_ROLE)
        if not isinstance(view, CellView):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(LEVEL_FILLS[view.level]))
        if view.gap:
            pen = QPen(QColor(GAP_COLOUR), 3, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            pen = QPen(option.palette.highlight().color(), 3)  # type: ignore[attr-defined]
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        inner = rect.adjusted(PAD + 2, PAD, -PAD - 2, -PAD)
        for line, font, box in self._layout(view, option, inner.width()):
            painter.setFont(font)
            painter.setPen(QColor(line.colour))
            painter.drawText(box.translated(inner.topLeft()),
                             int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft),
                             line.text)  # fmt: skip
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = index.data(CELL_ROLE)
        if not isinstance(view, CellView):
            return super().sizeHint(option, index)
        width = option.rect.width() or COLUMN_WIDTH  # type: ignore[attr-defined]
        placed = self._layout(view, option, width - 2 * PAD - 4)
        height = placed[-1][2].bottom() if placed else 0
        return QSize(COLUMN_WIDTH, height + 2 * PAD + 4)


class GridView(ActionsPage):
    """Emits ``loaded`` once the grid is shown, ``exported(path)`` once a file is written, and
    ``project_wanted(neighbourhood_id, theme, gap)`` when the coach makes a cell a project.
    ``languages`` gives the print languages chosen in the tab."""

    loaded = Signal()
    exported = Signal(object)
    project_wanted = Signal(str, str, bool)

    def __init__(
        self,
        context: WorkContext,
        languages: Callable[[], Languages],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, languages, parent)
        self.grid: Grid | None = None
        self.table = QTableWidget(0, 0)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.setShowGrid(True)
        # as tall as its rows (a few neighbourhoods), scrolling beyond the space there is
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(COLUMN_WIDTH - 30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Grille de benchmark des actions de transition"))
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.make_project())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.project_button = QPushButton(self.tr("Faire de ce manque un projet…"))
        self.project_button.clicked.connect(self.make_project)
        self.xlsx_button = QPushButton(self.tr("Exporter en XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Imprimer en PDF (A3 paysage)…"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.busy = busy_bar()
        self.message = message_line()
        buttons = QHBoxLayout()
        buttons.addWidget(self.project_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("Les actions de transition de vos quartiers, par thème. Choisissez une "
                         "case, de préférence un manque, pour en faire un projet."))
        )  # fmt: skip
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self._show_legend()
        self._enable()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> Operation:
        """Build the grid again from what the store holds, off the UI thread."""
        store = self.store
        self.busy.show()
        operation = Operation(lambda _ctx: build_grid(store), self)
        operation.succeeded.connect(self.show_grid)
        operation.failed.connect(self._failed)
        operation.done.connect(self.busy.hide)
        return operation.start()

    def show_grid(self, grid: Grid) -> None:
        selected = self.current()
        self.grid = grid
        themes = list(grid.themes)
        self.table.clear()
        self.table.setColumnCount(len(themes))
        self.table.setRowCount(len(grid.rows))
        self.table.setHorizontalHeaderLabels([say_in(t, self.lang) for t in grid.themes.values()])
        self.table.setVerticalHeaderLabels([row.name for row in grid.rows])
        gaps = 0
        for r, row in enumerate(grid.rows):
            for c, theme in enumerate(themes):
                cell = row.cells[theme]
                gaps += cell.gap
                view = CellView(row.neighbourhood_id, row.name, theme, cell.level, cell.gap,
                                cell_lines(cell, self.lang))  # fmt: skip
                item = QTableWidgetItem(view.text)
                item.setData(CELL_ROLE, view)
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"{row.name}, {say_in(grid.themes[theme], self.lang)}: "
                             + view.text.replace("\n", ", "))  # fmt: skip
                item.setToolTip(self._tooltip(view))
                self.table.setItem(r, c, item)
                if selected is not None and (selected.neighbourhood_id, selected.theme) == (
                    row.neighbourhood_id,
                    theme,
                ):
                    self.table.setCurrentCell(r, c)
        self.table.resizeRowsToContents()
        actions = sum(cell.actions for row in grid.rows for cell in row.cells.values())
        self.summary.setText(
            self.tr("Quartiers : {hoods} · actions : {actions} · manques (des habitants ont "
                    "exprimé des besoins dans un thème où aucune action n'existe) : "
                    "{gaps}").format(hoods=format_count(len(grid.rows)),
                                        actions=format_count(actions),
                                        gaps=format_count(gaps))
        )  # fmt: skip
        self._enable()
        self.loaded.emit()

    def _tooltip(self, view: CellView) -> str:
        rule = say_in(LEVEL_RULE[view.level], self.lang)
        separator = " : " if self.lang == "fr" else ": "
        text = f"{say_in(WORDS['level'], self.lang)} {view.level}{separator}{rule}"
        if view.gap:
            text += f"\n{GAP_MARK} {say_in(GAP_RULE, self.lang)}"
        return text

    def _show_legend(self) -> None:
        """The level rule and the gap rule, as the code words them."""
        rows = []
        for level, texts in LEVEL_RULE.items():
            rows.append(
                f"<tr><td style='background:{LEVEL_FILLS[level]}; border:1px solid #888;'>"
                f"&nbsp;<b>{level}</b>&nbsp;</td><td>&nbsp;{escape(say_in(texts, self.lang))}"
                "</td></tr>"
            )
        marked = self.tr("{gaps}, marqués {mark} et d'un cadre pointillé").format(
            gaps=f"<b>{escape(say_in(WORDS['legend_gaps'], self.lang))}</b>",
            mark=f"<span style='color:{GAP_COLOUR}; font-weight:bold;'>{GAP_MARK}</span>",
        )
        self.legend.setText(
            f"<b>{escape(say_in(WORDS['legend_levels'], self.lang))}</b>"
            f"<table cellspacing='2'>{''.join(rows)}</table>"
            f"<p>{marked} — {escape(say_in(GAP_RULE, self.lang))}.</p>"
            f"<p>{escape(say_in(WORDS['no_personal'], self.lang))}</p>"
        )  # fmt: skip

    # -- a cell made a project -------------------------------------------------------------

    def current(self) -> CellView | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        view = item.data(CELL_ROLE)
        return view if isinstance(view, CellView) else None

    def select(self, neighbourhood_id: str, theme: str) -> None:
        """Make a cell the current one (tests, and a project opened from elsewhere)."""
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                view = item.data(CELL_ROLE) if item is not None else None
                if isinstance(view, CellView) and (view.neighbourhood_id, view.theme) == (
                    neighbourhood_id,
                    theme,
                ):
                    self.table.setCurrentCell(r, c)
                    return

    def _enable(self) -> None:
        view, idle = self.current(), self.operation is None
        self.project_button.setEnabled(view is not None)
        self.project_button.setText(
            self.tr("Faire de ce manque un projet…")
            if view is None or view.gap
            else self.tr("Nouveau projet dans ce thème…")
        )
        self.xlsx_button.setEnabled(idle and self.grid is not None)
        self.pdf_button.setEnabled(idle and self.grid is not None)

    def make_project(self) -> None:
        view = self.current()
        if view is not None:
            self.project_wanted.emit(view.neighbourhood_id, view.theme, view.gap)

    # -- exports ---------------------------------------------------------------------------

    def ask_export(self, fmt: str) -> None:
        if self.grid is None:
            return
        if fmt == "xlsx":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Exporter la grille"), "grille-benchmark.xlsx", "XLSX (*.xlsx)"
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Imprimer la grille"), "grille-benchmark.pdf",
                self.tr("PDF (*.pdf)"),
            )  # fmt: skip
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> Operation | None:
        """Write the grid shown as XLSX or as an A3 landscape PDF, off the UI thread."""
        if self.grid is None or self.operation is not None:
            return None
        grid, languages = self.grid, self.languages()

        def write(_ctx: object) -> Path:
            if fmt == "xlsx":
                from app.actions.grid_sheet import write_grid_xlsx

                write_grid_xlsx(grid, path, languages)
            else:
                from app.printing.benchmark import draw_grid

                draw_grid(grid, path, languages)
            return path

        self.busy.show()
        self.message.hide()
        return self._watch(Operation(write, self), self._exported).start()

    def _exported(self, path: Path) -> None:
        say(self.message, self.tr("Grille enregistrée : {path}").format(path=path))
        self.exported.emit(path)
