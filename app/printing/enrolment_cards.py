"""A sheet of enrolment cards: one card per volunteer, with the QR code their laptop reads
(or the code they type), cut along the dashed lines. A4 portrait, two columns of four."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.charts import qr_drawing
from app.printing.fonts import BOLD, REGULAR, register_fonts
from app.printing.theme import DEFAULT_THEME, theme_named

COLUMNS, ROWS = 2, 4
CARD_W, CARD_H = A4[0] / COLUMNS, A4[1] / ROWS
QR_SIZE = 42 * mm


@dataclass(frozen=True)
class EnrolmentCard:
    code: str
    link: str  # what the QR code holds: quartier://enrol?server=…&code=…
    expires_at: str  # ISO timestamp


def write_enrolment_cards(
    out: Path, cards: list[EnrolmentCard], neighbourhood: str, theme: str = DEFAULT_THEME
) -> int:
    """Write the sheets; returns the number of pages."""
    register_fonts()
    colours = theme_named(theme)
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(f"Cartes d'inscription — {neighbourhood}")
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(cards) // per_page))
    for page in range(pages):
        _cut_lines(canvas)
        for slot, card in enumerate(cards[page * per_page : (page + 1) * per_page]):
            x = (slot % COLUMNS) * CARD_W
            y = A4[1] - (slot // COLUMNS + 1) * CARD_H
            _card(canvas, x, y, card, neighbourhood, colours.dark, colours.accent)
        canvas.showPage()
    canvas.save()
    return pages


def _cut_lines(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    canvas.line(CARD_W, 0, CARD_W, A4[1])
    for row in range(1, ROWS):
        canvas.line(0, row * CARD_H, A4[0], row * CARD_H)
    canvas.restoreState()


def _card(
    canvas: Canvas,
    x: float,
    y: float,
    card: EnrolmentCard,
    neighbourhood: str,
    dark: Color,
    accent: Color,
) -> None:
    pad = 7 * mm
    renderPDF.draw(qr_drawing(card.link, QR_SIZE, dark=dark), canvas, x + pad, y + pad + 6 * mm)
    left = x + pad + QR_SIZE + 5 * mm
    top = y + CARD_H - pad
    canvas.setFillColor(dark)
    canvas.setFont(BOLD, 13)
    canvas.drawString(left, top - 10, neighbourhood)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(left, top - 22, "Carte d'inscription")
    canvas.drawString(left, top - 31, "Inschrijvingskaart")
    canvas.setFillColor(accent)
    canvas.setFont(BOLD, 15)
    canvas.drawString(left, top - 52, card.code)
    canvas.setFillColor(black)
    canvas.setFont(REGULAR, 7)
    lines = [
        "Quartier → Synchronisation :",
        "collez le code ou lisez le QR.",
        "Quartier → Synchronisatie:",
        "plak de code of lees de QR.",
        f"Valable jusqu'au {card.expires_at[:10]}",
        f"Geldig tot {card.expires_at[:10]}",
    ]
    for index, line in enumerate(lines):
        canvas.drawString(left, top - 70 - index * 10, line)
    canvas.setFont(REGULAR, 6)
    canvas.drawString(x + pad, y + pad, "Un code par personne · één code per persoon")
