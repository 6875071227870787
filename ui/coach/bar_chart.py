"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2e7d6b")
ROW_HEIGHT = 22
TITLE_HEIGHT = 26


class BarChart(QWidget):
    """Labelled bars, one per (label, value); values printed after the bars with ``unit``."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.unit = ""
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(
        self, bars: list[tuple[str, float]], unit: str = "", maximum: float | None = None
    ) -> None:
        """``maximum`` fixes the scale (100 for percentages); by default the largest bar."""
        self.bars, self.unit, self.maximum = bars, unit, maximum
        self.setAccessibleDescription(
            "; ".join(f"{label} : {self._value_text(v)}" for label, v in bars)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, TITLE_HEIGHT + ROW_HEIGHT * max(len(self.bars), 1) + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _value_text(self, value: float) -> str:
        text = f"{value:.1f}" if value % 1 else f"{value:.0f}"
        return f"{text.replace('.', ',')}{self.unit}"

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
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
        value_width = 70
        scale = self.maximum or max(v for _, v in self.bars) or 1
        bar_space = max(width - label_width - value_width - 12, 10)
        for row, (label, value) in enumerate(self.bars):
            top = TITLE_HEIGHT + row * ROW_HEIGHT
            painter.setPen(text_colour)
            elided = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, int(label_width - 8)
            )
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(0, top, label_width - 8, ROW_HEIGHT), align, elided)
            length = bar_space * max(value, 0) / scale
            painter.fillRect(QRectF(label_width, top + 4, length, ROW_HEIGHT - 8), BAR)
            painter.drawText(
                QRectF(label_width + length + 6, top, value_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self._value_text(value),
            )
