"""Layout rules every printed page keeps, checked by code rather than by eye: text is measured
with ReportLab's font metrics, shrunk no further than a floor and then wrapped onto more lines;
a text that still does not fit is refused with a clear message rather than printed unreadable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from app.errors import PrintingError
from app.printing.fonts import text_width
from app.printing.hyphens import break_word

#: Nothing is printed closer than this to the edge where the sheet is cut.
SAFE_MARGIN = 5 * mm


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: list[str]

    @property
    def leading(self) -> float:
        return self.size * 1.08


def load_logo(path: Path | None) -> ImageReader | None:
    """A logo to print (PNG or JPEG), or a clear error naming the file."""
    if path is None:
        return None
    try:
        return ImageReader(str(path))
    except Exception as error:  # Pillow raises several kinds for a bad image
        raise PrintingError("print.bad_logo", path=path) from error


def fit_lines(
    text: str, font: str, size: float, floor: float, width: float, max_lines: int
) -> FittedText:
    """``text`` at ``size`` if it fits on one line within ``width``; else smaller, down to
    ``floor``; else wrapped at spaces onto up to ``max_lines`` lines, at the largest size where
    every line fits. Raises ``PrintingError`` when even that is not enough."""
    single = text_width(text, font, size)
    if single <= width:
        return FittedText(size, [text])
    if text_width(text, font, floor) <= width:
        return FittedText(size * width / single, [text])
    for count in range(2, max_lines + 1):
        lines = _balanced(text.split(), count, font)
        if lines is None:
            continue
        widest = max(text_width(line, font, size) for line in lines)
        fitted = min(size, size * width / widest)
        if fitted >= floor:
            return FittedText(fitted, lines)
    raise PrintingError("print.text_too_long", text=shortened(text))


def _balanced(words: list[str], count: int, font: str) -> list[str] | None:
    """``words`` on at most ``count`` lines of even widths: lines are filled greedily up to a
    width that starts at an even share of the whole and grows until ``count`` lines hold them
    (the caller then scales the font so that the widest line fits)."""
    if len(words) < count:
        return None
    total = text_width(" ".join(words), font, 100)
    target = total / count
    while True:
        lines = _greedy(words, font, target)
        if len(lines) <= count:
            return lines
        target *= 1.05


def _greedy(words: list[str], font: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and text_width(f"{lines[-1]} {word}", font, 100) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wrap_words(text: str, font: str, size: float, width: float, lang: str = "fr") -> list[str]:
    """``text`` on as many lines of ``width`` as it needs, broken at spaces; a word wider than
    a whole line breaks at its dictionary points (``hyphens``), never at any letter."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        while text_width(word, font, size) > width:
            head, word = break_word(word, lang, font, size, width)
            if not head:
                break
            lines.append(head)
        lines.append(word)
    return lines
