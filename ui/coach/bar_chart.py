"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials);
it can be copied or saved as PNG or SVG (right-click, the Menu key, Ctrl+C, Ctrl+S)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QSizePolicy, QWidget

from ui.locale_format import format_number, format_percent

BAR = QColor("#2e7d6b")
ROW_HEIGHT = 22
TITLE_HEIGHT = 26
#: Pixels per point of a saved PNG: sharp in a document or a slide.
PNG_SCALE = 2


class BarChart(QWidget):
    """Labelled bars, one per (label, value); values printed after the bars with ``unit``."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.value_texts: list[str] | None = None
        self.intervals: list[tuple[float, float] | None] | None = None
        self.unit = ""
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(title)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, keys, slot in (
            (self.tr("Copier l'image"), QKeySequence.StandardKey.Copy, self.copy),
            (self.tr("Enregistrer l'image (PNG, SVG)…"), QKeySequence.StandardKey.Save,
             self.ask_file),
        ):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def set_bars(
        self,
        bars: list[tuple[str, float]],
        unit: str = "",
        maximum: float | None = None,
        value_texts: list[str] | None = None,
        intervals: list[tuple[float, float] | None] | None = None,
    ) -> None:
        """``maximum`` fixes the scale (100 for percentages); by default the largest bar, or
        the highest end of an interval. ``value_texts`` replace the numbers printed after the
        bars; ``intervals`` (low, high) are drawn as a thin line across the bar's end. The
        scale always starts at zero: a bar twice as long is twice as much."""
        self.bars, self.unit, self.maximum, self.value_texts = bars, unit, maximum, value_texts
        self.intervals = intervals
        self.setAccessibleDescription(
            "; ".join(f"{label} : {self._value_text(i)}" for i, (label, _) in enumerate(bars))
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, TITLE_HEIGHT + ROW_HEIGHT * max(len(self.bars), 1) + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _value_text(self, row: int) -> str:
        if self.value_texts is not None:
            return self.value_texts[row]
        value = self.bars[row][1]
        if self.unit.strip() == "%":
            return format_percent(value, 1)
        return f"{format_number(value, 1)}{self.unit}"

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter, self.width())
        painter.end()

    def paint(self, painter: QPainter, width: int) -> None:
        """The chart at ``width``, on the screen or in an image."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(self.foregroundRole())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(0, 0, width, TITLE_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.title
        )
        font.setBold(False)
        painter.setFont(font)
        if not self.bars:
            painter.drawText(
                QRectF(0, TITLE_HEIGHT, width, ROW_HEIGHT), 0, self.tr("Aucune donnée")
            )
            return
        label_width = min(width * 0.4, 260)
        value_width = 90
        highs = [span[1] for span in self.intervals or [] if span is not None]
        scale = self.maximum or max([v for _, v in self.bars] + highs) or 1
        bar_space = max(width - label_width - value_width - 12, 10)
        for row, (label, value) in enumerate(self.bars):
            top = TITLE_HEIGHT + row * ROW_HEIGHT
            painter.setPen(text_colour)
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(label_width - 8)
            )
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(0, top, label_width - 8, ROW_HEIGHT), align, elided)
            length = bar_space * min(max(value, 0), scale) / scale
            painter.fillRect(QRectF(label_width, top + 4, length, ROW_HEIGHT - 8), BAR)
            span = self.intervals[row] if self.intervals else None
            end = length
            if span is not None:
                low, high = (bar_space * min(max(v, 0), scale) / scale for v in span)
                middle = top + ROW_HEIGHT / 2
                painter.setPen(text_colour)
                painter.drawLine(QPointF(label_width + low, middle),
                                 QPointF(label_width + high, middle))  # fmt: skip
                for x in (low, high):
                    painter.drawLine(QPointF(label_width + x, middle - 4),
                                     QPointF(label_width + x, middle + 4))  # fmt: skip
                end = max(end, high)
            painter.drawText(
                QRectF(label_width + end + 6, top, value_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self._value_text(row),
            )

    def image(self) -> QImage:
        size = QSize(max(self.width(), 480), self.sizeHint().height())
        image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(PNG_SCALE)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self.paint(painter, size.width())
        painter.end()
        return image

    def copy(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())

    def ask_file(self) -> None:
        png, svg = self.tr("Image PNG (*.png)"), self.tr("Dessin SVG (*.svg)")
        name = "".join(c if c.isalnum() else "-" for c in self.title)[:60].strip("-")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le graphique"), f"{name or 'graphique'}.png",
            f"{png};;{svg}",
        )  # fmt: skip
        if path:
            suffix = ".svg" if chosen == svg else ".png"
            self.save(Path(path) if Path(path).suffix else Path(path).with_suffix(suffix))

    def save(self, path: Path) -> None:
        """A ``.svg`` file as a drawing (sharp at any size), anything else as a PNG image."""
        if path.suffix.lower() != ".svg":
            self.image().save(str(path))
            return
        width, height = max(self.width(), 480), self.sizeHint().height()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(self.title)
        painter = QPainter(generator)
        self.paint(painter, width)
        painter.end()
