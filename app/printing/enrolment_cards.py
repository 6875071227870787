"""A sheet of enrolment cards: one card per volunteer, with the QR code their laptop reads
(or the code they type), cut along the dashed lines. A4 portrait, two columns of four.

Each card is laid out first (``card_layout``: every text with its font, size and place, and
the QR code's square) and drawn after, so that a test measures with ReportLab's metrics that
everything stays inside its card, at least ``SAFE_MARGIN`` from the cut lines and the sheet's
edge: a long neighbourhood name wraps onto two lines and shrinks no further than a floor (a
name too long even for that is shortened with "…", never printed over the next card), the
code shrinks to its column, the expiry is printed with its hour, in local time, and every
colour reads at 4.5:1 at least on the white card.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas

from app.errors import PrintingError
from app.printing.charts import qr_drawing
from app.printing.fonts import BOLD, REGULAR, register_fonts, text_width
from app.printing.layout import SAFE_MARGIN, FittedText, fit_lines, shortened, wrap_words
from app.printing.texts import french_spacing, long_date_time
from app.printing.theme import DEFAULT_THEME, Theme, muted, theme_named

COLUMNS, ROWS = 2, 4
CARD_W, CARD_H = A4[0] / COLUMNS, A4[1] / ROWS
#: The largest QR code; it is smaller when a long name takes two lines.
QR_SIZE = 40 * mm
#: Every text and the QR code stay this far inside the card's cut lines (and the sheet's edge).
PAD = SAFE_MARGIN + 1 * mm
#: The smallest text of a card.
MIN_SIZE = 6.5
NAME_SIZE, NAME_FLOOR = 13.0, 9.0
CODE_SIZE, CODE_FLOOR = 15.0, 11.0
SMALL = 7.5
GAP = 4.0


@dataclass(frozen=True)
class EnrolmentCard:
    code: str
    link: str  # what the QR code holds: quartier://enrol?server=…&code=…
    expires_at: str  # ISO timestamp (UTC)


@dataclass(frozen=True)
class PlacedText:
    """A line of text at its baseline, from the card's lower left corner."""

    text: str
    font: str
    size: float
    x: float
    y: float
    colour: Color

    @property
    def width(self) -> float:
        return text_width(self.text, self.font, self.size)

    def box(self) -> tuple[float, float, float, float]:
        """Left, bottom, right, top of the glyphs, from the font's ascent and descent."""
        ascent, descent = getAscentDescent(self.font, self.size)
        return self.x, self.y + descent, self.x + self.width, self.y + ascent


@dataclass(frozen=True)
class CardLayout:
    texts: list[PlacedText]
    qr: tuple[float, float, float]  # left, bottom, size

    def boxes(self) -> list[tuple[float, float, float, float]]:
        x, y, size = self.qr
        return [t.box() for t in self.texts] + [(x, y, x + size, y + size)]


def code_colour(theme: Theme) -> Color:
    """The code's colour: the theme's accent, darkened until it reads at 4.5:1 on white."""
    return theme.accent_on_white


def write_enrolment_cards(
    out: Path, cards: list[EnrolmentCard], neighbourhood: str, theme: str = DEFAULT_THEME
) -> int:
    """Write the sheets; returns the number of pages."""
    register_fonts()
    colours = theme_named(theme)
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(f"Cartes d'inscription — {neighbourhood}")
    canvas.setCreator("Quartier")
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(cards) // per_page))
    for page in range(pages):
        _cut_lines(canvas)
        for slot, card in enumerate(cards[page * per_page : (page + 1) * per_page]):
            x, y = card_origin(slot)
            layout = card_layout(card, neighbourhood, colours)
            _draw(canvas, x, y, layout, card.link, colours)
        canvas.showPage()
    canvas.save()
    return pages


def card_origin(slot: int) -> tuple[float, float]:
    """The lower left corner of the card in ``slot`` (0 to 7, by rows from the top left)."""
    return (slot % COLUMNS) * CARD_W, A4[1] - (slot // COLUMNS + 1) * CARD_H


def card_layout(card: EnrolmentCard, neighbourhood: str, theme: Theme) -> CardLayout:
    """Where each text and the QR code go on one card, from its lower left corner."""
    inner = CARD_W - 2 * PAD
    top = CARD_H - PAD
    texts: list[PlacedText] = []

    def add(text: str, font: str, size: float, x: float, y: float, colour: Color) -> None:
        texts.append(PlacedText(text, font, size, x, y, colour))

    name = _name(neighbourhood, inner)
    y = top
    for line in name.lines:
        y -= name.size
        add(line, BOLD, name.size, PAD, y, theme.dark)
        y -= name.size * 0.2
    y -= SMALL * 1.3
    add("Carte d'inscription · Inschrijvingskaart", REGULAR, SMALL, PAD, y, muted(theme.ink))
    y -= SMALL * 0.4 + GAP
    # the footer, bottom up: one code a person, then the expiry in each language
    footer = PAD + MIN_SIZE * 0.3
    add("Un code par personne · één code per persoon", REGULAR, MIN_SIZE, PAD, footer,
        muted(theme.ink))  # fmt: skip
    middle_bottom = footer + MIN_SIZE + GAP
    size = min(QR_SIZE, y - middle_bottom)
    qr = (PAD, y - size, size)
    # beside the QR code: the code, how to use it, until when
    left = PAD + size + GAP * 1.5
    column = CARD_W - PAD - left
    code = fit_lines(card.code, BOLD, CODE_SIZE, CODE_FLOOR, column, 1)
    line_y = y - code.size * 0.95
    add(card.code, BOLD, code.size, left, line_y, code_colour(theme))
    line_y -= GAP + 2
    paragraphs = [
        ("Quartier → Synchronisation : collez le code ou lisez le QR.", black),
        ("Quartier → Synchronisatie: plak de code of lees de QR.", black),
        (f"Valable jusqu'au {long_date_time(card.expires_at, 'fr')}", theme.ink),
        (f"Geldig tot {long_date_time(card.expires_at, 'nl')}", theme.ink),
    ]
    for index, (paragraph, colour) in enumerate(paragraphs):
        font = BOLD if index >= 2 else REGULAR
        lang = "nl" if index % 2 else "fr"
        for line in wrap_words(french_spacing(paragraph), font, SMALL, column, lang):
            line_y -= SMALL * 1.2
            add(line, font, SMALL, left, line_y, colour)
        line_y -= 2
    if line_y - SMALL * 0.3 < middle_bottom:
        raise PrintingError("print.text_too_long", text=shortened(neighbourhood))
    return CardLayout(texts, qr)


def _name(neighbourhood: str, width: float) -> FittedText:
    """The neighbourhood's name on one or two lines, down to ``NAME_FLOOR``; a name too long
    even for that is shortened (the card is a label: the code matters more)."""
    for limit in (None, 70, 50, 35):
        text = neighbourhood if limit is None else shortened(neighbourhood, limit)
        try:
            return fit_lines(text, BOLD, NAME_SIZE, NAME_FLOOR, width, 2)
        except PrintingError:
            continue
    return fit_lines(shortened(neighbourhood, 20), BOLD, NAME_SIZE, NAME_FLOOR, width, 2)


def _draw(canvas: Canvas, x: float, y: float, layout: CardLayout, link: str, theme: Theme) -> None:
    qx, qy, size = layout.qr
    renderPDF.draw(qr_drawing(link, size, dark=theme.dark), canvas, x + qx, y + qy)
    for text in layout.texts:
        canvas.setFillColor(text.colour)
        canvas.setFont(text.font, text.size)
        canvas.drawString(x + text.x, y + text.y, text.text)


def _cut_lines(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    canvas.line(CARD_W, 0, CARD_W, A4[1])
    for row in range(1, ROWS):
        canvas.line(0, row * CARD_H, A4[0], row * CARD_H)
    canvas.restoreState()
