"""Enrolment cards, measured with ReportLab's font metrics: every text and the QR code stay
inside their card, 5 mm from the cut lines and the sheet's edge, whatever the name, the code
or the theme; nothing overlaps; each colour reads at 4.5:1 on the white card; the expiry is
printed with its hour, in Brussels time."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4

from app.printing.enrolment_cards import (
    CARD_H,
    CARD_W,
    COLUMNS,
    ROWS,
    EnrolmentCard,
    card_layout,
    card_origin,
    write_enrolment_cards,
)
from app.printing.fonts import register_fonts
from app.printing.layout import SAFE_MARGIN
from app.printing.theme import THEMES, contrast

NAMES = [
    "Marolles",
    "Anneessens – Fontainas – Lemonnier – Stalingrad",
    "Quartier Durable Citoyen Helmet – Rue Josaphat – Gare de Schaerbeek – Parc Josaphat – "
    "Avenue Rogier – Place Dailly – Boulevard Lambermont – Chaussée de Haecht",
    "Verantwoordelijkheidsgevoelbuurtcomitéwerkgroepvergaderingen",
]
#: The widest code the alphabet allows, and an ordinary one.
CODES = ["WWWW-MMMM-QQQQ", "L5SH-BBAQ-PPW9"]
#: The longest month names, a two-digit day and a late hour.
EXPIRIES = ["2026-09-30T21:59:00.000Z", "2026-12-04T17:00:00.000Z"]


def card(code: str, expires: str) -> EnrolmentCard:
    link = f"quartier://enrol?server=https%3A%2F%2Fquartier.example.org&code={code}"
    return EnrolmentCard(code, link, expires)


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(("name", "theme"), list(itertools.product(NAMES, THEMES)))
def test_everything_fits_inside_each_card(name: str, theme: str) -> None:
    register_fonts()
    for code, expires in itertools.product(CODES, EXPIRIES):
        layout = card_layout(card(code, expires), name, THEMES[theme])
        boxes = layout.boxes()
        for left, bottom, right, top in boxes:
            assert left >= SAFE_MARGIN and right <= CARD_W - SAFE_MARGIN, (name, left, right)
            assert bottom >= SAFE_MARGIN and top <= CARD_H - SAFE_MARGIN, (name, bottom, top)
        for a, b in itertools.combinations(boxes, 2):
            assert not overlap(a, b), (name, a, b)
        for text in layout.texts:
            assert contrast(text.colour, white) >= 4.5, (theme, text.text)
            assert text.size >= 6.5, text
        assert layout.qr[2] >= 30 * 2.8346, "the QR code stays large enough for a phone"
        texts = " ".join(t.text for t in layout.texts)
        assert code in texts


def test_a_long_name_wraps_and_never_reaches_the_next_card() -> None:
    register_fonts()
    theme = THEMES["potager"]
    layout = card_layout(card(CODES[0], EXPIRIES[0]), NAMES[2], theme)
    name_lines = [t for t in layout.texts if t.colour == theme.dark]
    assert len(name_lines) == 2 and name_lines[0].text.startswith("Quartier Durable")
    assert name_lines[-1].text.endswith("…"), "shortened rather than printed over the next card"
    assert min(t.size for t in name_lines) >= 9
    for slot in range(COLUMNS * ROWS):
        x, y = card_origin(slot)
        for left, bottom, right, top in layout.boxes():
            assert x + SAFE_MARGIN <= x + left and x + right <= x + CARD_W - SAFE_MARGIN
            assert y + SAFE_MARGIN <= y + bottom and y + top <= y + CARD_H - SAFE_MARGIN
            assert x + left >= 0 and x + right <= A4[0]
            assert y + bottom >= 0 and y + top <= A4[1]


def test_the_code_reads_at_4_5_to_1_in_every_theme() -> None:
    for theme in THEMES.values():
        layout = card_layout(card(CODES[0], EXPIRIES[0]), "Marolles", theme)
        code = next(t for t in layout.texts if t.text == CODES[0])
        assert contrast(code.colour, white) >= 4.5, theme.name


def test_the_sheet_prints_the_expiry_with_its_hour(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    cards = [card(CODES[1], "2026-12-04T17:00:00.000Z"), card(CODES[0], "2026-07-01T22:05:00Z")]
    assert write_enrolment_cards(out, cards, NAMES[1]) == 1
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Valable jusqu'au 4 décembre 2026 à 18 h 00" in text.replace("\u00a0", " ")
    assert "Geldig tot 4 december 2026 om 18.00 uur" in text.replace("\u00a0", " ")
    assert "2 juillet 2026 à 0 h 05" in text.replace("\u00a0", " "), "Brussels time, summer"
