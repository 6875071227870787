"""Vector charts and the QR code, as ReportLab drawings (they stay sharp at any print size).

Bars are drawn by hand rather than with ``reportlab.graphics.charts``: labels of answers are long
sentences in two languages, and a hand layout wraps them beside the bar instead of clipping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import segno
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.lib.utils import simpleSplit

from app.printing.fonts import BOLD, REGULAR, text_width
from app.printing.theme import Theme, muted


@dataclass(frozen=True)
class Bar:
    """One bar: its label (one or two languages, one line each), its share in 0..1, and the
    text written at its end (e.g. "42 %")."""

    labels: Sequence[str]
    share: float
    value_text: str


def bar_chart(
    bars: Sequence[Bar],
    width: float,
    theme: Theme,
    *,
    font_size: float = 10,
    label_share: float = 0.42,
) -> Drawing:
    """Horizontal bars, longest share first as given; labels wrapped in a left column whose
    width is ``label_share`` of the drawing; the first label line dark, the others muted."""
    label_width = width * label_share
    value_width = font_size * 0.4 + max(
        (text_width(b.value_text, BOLD, font_size) for b in bars), default=0.0
    )
    track = width - label_width - value_width - font_size * 0.6
    leading = font_size * 1.2
    rows: list[tuple[Bar, list[tuple[str, bool]]]] = []
    for bar in bars:
        lines: list[tuple[str, bool]] = []
        for index, label in enumerate(bar.labels):
            size = font_size if index == 0 else font_size * 0.85
            lines += [(line, index == 0) for line in simpleSplit(label, REGULAR, size, label_width)]
        rows.append((bar, lines))
    thickness = font_size * 1.5
    heights = [max(len(lines) * leading, thickness) + font_size * 0.8 for _, lines in rows]
    drawing = _drawing(width, sum(heights))
    top = drawing.height
    for index, ((bar, lines), height) in enumerate(zip(rows, heights, strict=True)):
        middle = top - height / 2
        text_top = middle + len(lines) * leading / 2 - font_size * 0.95
        for number, (line, first) in enumerate(lines):
            size = font_size if first else font_size * 0.85
            color = theme.ink if first else muted(theme.ink)
            drawing.add(String(0, text_top - number * leading, line, fontName=REGULAR,
                               fontSize=size, fillColor=color))  # fmt: skip
        x0 = label_width + font_size * 0.6
        drawing.add(Rect(x0, middle - thickness / 2, track, thickness, fillColor=theme.pale,
                         strokeColor=None))  # fmt: skip
        length = max(track * min(max(bar.share, 0.0), 1.0), 0.5)
        drawing.add(Rect(x0, middle - thickness / 2, length, thickness,
                         fillColor=theme.bar(index), strokeColor=None))  # fmt: skip
        drawing.add(String(x0 + length + font_size * 0.4, middle - font_size * 0.35,
                           bar.value_text, fontName=BOLD, fontSize=font_size,
                           fillColor=theme.ink))  # fmt: skip
        top -= height
    return drawing


def qr_drawing(data: str, size: float, *, dark: Color, light: Color = white) -> Drawing:
    """A QR code (error correction M, quiet zone of 2 modules) drawn as vector rectangles:
    one rectangle per run of dark modules in a row, so the PDF stays small."""
    code = segno.make(data, error="m", micro=False)
    matrix = [list(row) for row in code.matrix_iter(border=2)]
    module = size / len(matrix)
    drawing = _drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=light, strokeColor=None))
    modules = Group()
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            top = size - (y + 1) * module
            # a hair wider than the run, so that no white seam appears between rectangles
            modules.add(Rect(start * module, top, (x - start) * module + 0.05, module + 0.05,
                             fillColor=dark, strokeColor=None))  # fmt: skip
    drawing.add(modules)
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: the default, Helvetica, would be declared (and
    never embedded) in the PDF even though no text uses it."""
    return Drawing(width, height, initialFontName=REGULAR)


def group_digits(value: float | int) -> str:
    """12345 -> '12 345' (no-break space, which ReportLab never breaks a line at)."""
    return f"{round(value):,}".replace(",", "\u00a0")
