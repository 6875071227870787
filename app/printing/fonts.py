"""The fonts of everything Quartier prints: DejaVu Sans, shipped in ``fonts/`` beside this
module so that the desktop bundle and any machine print the same glyphs.

ReportLab's built-in Helvetica is never embedded and lacks glyphs outside Latin-1; a TrueType
font covers French and Dutch (é, ë, œ, ĳ, €, ’) and is embedded as a subset of the glyphs used.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


@cache
def register_fonts() -> str:
    """Register the three faces once per process (and the family, so that platypus' <b> and <i>
    find them); returns the family name to use."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))
