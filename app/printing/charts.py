"""Vector charts and the QR code, as ReportLab drawings (they stay sharp at any print size).

Bars are drawn by hand rather than with ``reportlab.graphics.charts``: labels of answers are long
sentences in two languages, and a hand layout wraps them beside the bar instead of clipping.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import segno
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, white

from app.analysis import MIN_HOUSEHOLDS, Share
from app.printing.fonts import BOLD, ITALIC, REGULAR, text_width
from app.printing.layout import wrap_words
from app.printing.texts import Languages
from app.printing.theme import Theme, muted


@dataclass(frozen=True)
class Bar:
    """One bar: its label (one or two languages, one line each), its share in 0..1 (None
    when too few households to give one), the text written at its end (e.g. "42 %" or
    "moins de 5"), and the share's 95 % interval in 0..1, drawn as a thin line, if any."""

    labels: Sequence[str]
    share: float | None
    value_text: str
    interval: tuple[float, float] | None = None


#: Where the scale is marked, as shares of 100 %.
TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


def bar_chart(
    bars: Sequence[Bar],
    width: float,
    theme: Theme,
    *,
    font_size: float = 10,
    label_share: float = 0.42,
    codes: tuple[str, ...] = ("fr",),
    tick_label: Callable[[float], str] | None = None,
) -> Drawing:
    """Horizontal bars on a true 0-100 % scale, marked under the bars: a bar of 38 % is 38 %
    of the scale's length. Labels wrapped in a left column whose width is ``label_share`` of
    the drawing (a word too long for it breaks at its dictionary points, the label's language
    being ``codes[i]`` for the i-th of a bar's labels); the first label line dark, the others
    muted. Bars of another quantity give their share of the scale's end, and ``tick_label``
    writes each tick (a share of the scale -> its text, 0.5 -> "5 t"): the scale still starts
    at zero."""
    label_width = width * label_share
    value_width = font_size * 0.4 + max(
        (text_width(b.value_text, BOLD, font_size) for b in bars), default=0.0
    )
    x0 = label_width + font_size * 0.6
    track = width - x0 - value_width - font_size * 0.4
    leading = font_size * 1.2
    rows: list[tuple[Bar, list[tuple[str, bool]]]] = []
    for bar in bars:
        lines: list[tuple[str, bool]] = []
        for index, label in enumerate(bar.labels):
            size = font_size if index == 0 else font_size * 0.85
            lang = codes[index] if len(bar.labels) == len(codes) else codes[0]
            wrapped = wrap_words(label, REGULAR, size, label_width, lang)
            lines += [(line, index == 0) for line in wrapped]
        rows.append((bar, lines))
    thickness = font_size * 1.5
    heights = [max(len(lines) * leading, thickness) + font_size * 0.8 for _, lines in rows]
    scale_height = font_size * 1.6
    drawing = _drawing(width, sum(heights) + scale_height)
    _scale(drawing, x0, track, scale_height, drawing.height, theme, font_size * 0.85, tick_label)
    top = drawing.height
    for index, ((bar, lines), height) in enumerate(zip(rows, heights, strict=True)):
        middle = top - height / 2
        text_top = middle + len(lines) * leading / 2 - font_size * 0.95
        for number, (line, first) in enumerate(lines):
            size = font_size if first else font_size * 0.85
            color = theme.ink if first else muted(theme.ink)
            drawing.add(String(0, text_top - number * leading, line, fontName=REGULAR,
                               fontSize=size, fillColor=color))  # fmt: skip
        end = x0
        if bar.share is not None:
            length = track * min(max(bar.share, 0.0), 1.0)
            drawing.add(Rect(x0, middle - thickness / 2, max(length, 0.5), thickness,
                             fillColor=theme.bar(index), strokeColor=None))  # fmt: skip
            end = x0 + length
        if bar.share is not None and bar.interval is not None:
            low, high = (x0 + track * v for v in bar.interval)
            _whisker(drawing, low, high, middle, thickness * 0.5, theme.ink)
            end = max(end, high)
        font, colour = (BOLD, theme.ink) if bar.share is not None else (ITALIC, muted(theme.ink))
        drawing.add(String(end + font_size * 0.4, middle - font_size * 0.35, bar.value_text,
                           fontName=font, fontSize=font_size, fillColor=colour))  # fmt: skip
        top -= height
    return drawing


def _scale(
    drawing: Drawing,
    x0: float,
    track: float,
    height: float,
    top: float,
    theme: Theme,
    size: float,
    tick_label: Callable[[float], str] | None = None,
) -> None:
    """The 0-100 % scale (or ``tick_label``'s): a faint line up through the bars at each tick,
    labels below."""
    grid = Color(0.82, 0.82, 0.82)
    for tick in TICKS:
        x = x0 + track * tick
        drawing.add(Line(x, height - size * 0.2, x, top, strokeColor=grid, strokeWidth=0.3))
        label = tick_label(tick) if tick_label else f"{tick * 100:.0f}\u00a0%"
        drawing.add(String(x, height - size * 1.3, label, fontName=REGULAR, fontSize=size,
                           fillColor=muted(theme.ink), textAnchor="middle"))  # fmt: skip
    drawing.add(Line(x0, height - size * 0.2, x0 + track, height - size * 0.2,
                     strokeColor=muted(theme.ink), strokeWidth=0.5))  # fmt: skip


def _whisker(
    drawing: Drawing, low: float, high: float, y: float, cap: float, colour: Color
) -> None:
    """The 95 % interval: a thin line from its low to its high end, with short caps."""
    for x1, y1, x2, y2 in ((low, y, high, y), (low, y - cap / 2, low, y + cap / 2),
                           (high, y - cap / 2, high, y + cap / 2)):  # fmt: skip
        drawing.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=0.7))


#: Light modules around a QR code, as ISO/IEC 18004 asks: fewer and phones misread it.
QUIET_ZONE = 4


def qr_drawing(data: str, size: float, *, dark: Color, light: Color = white) -> Drawing:
    """A QR code (error correction M, the standard's quiet zone of 4 modules, light, inside
    ``size``) drawn as vector rectangles: one rectangle per run of dark modules in a row, so
    the PDF stays small."""
    code = segno.make(data, error="m", micro=False)
    matrix = [list(row) for row in code.matrix_iter(border=QUIET_ZONE)]
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


def whole_percent(value: float) -> str:
    """38.5 -> '39 %': whole percentages, as honest as the survey's precision allows."""
    return f"{math.floor(value + 0.5)}\u00a0%"


def share_text(share: Share, lang: Languages) -> str:
    """'39 %', or 'moins de 5' for a handful of households, or 'trop peu de réponses'."""
    if not share.enough_answers:
        return lang.word("few_answers")
    if not share.printable:
        return lang.word("fewer_than", n=MIN_HOUSEHOLDS)
    return whole_percent(share.percent)


def interval_text(share: Share) -> str:
    """The 95 % interval, '34 – 45 %', or '' when no percentage is given."""
    if not share.printable:
        return ""
    low, high = share.interval
    return f"{math.floor(low + 0.5)}\u00a0–\u00a0{whole_percent(high)}"


def share_bar(labels: Sequence[str], share: Share, lang: Languages, *, interval: bool) -> Bar:
    """A bar for a share of households, following the analysis' rules of honest figures."""
    if not share.printable:
        return Bar(labels, None, share_text(share, lang))
    low, high = share.interval
    span = (low / 100, high / 100) if interval else None
    return Bar(labels, share.percent / 100, share_text(share, lang), span)
