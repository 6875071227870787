"""Words break at their dictionary points (Pyphen, French and Dutch), never at any letter: in a
narrow table header, a chart's label column and a line drawn by hand."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from app.printing.fonts import BOLD, REGULAR, register_fonts, text_width
from app.printing.hyphens import SOFT_HYPHEN, hyphenated, narrowest, pieces, points
from app.printing.layout import wrap_words
from app.printing.report import CELL_PADDING, CELL_SIZE, _widths, report_styles, table_cell
from app.printing.theme import THEMES


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def broken_lines(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1000)
    return ["".join(str(w) for w in line[1]) for line in paragraph.blPara.lines]


def test_each_language_has_its_dictionary() -> None:
    assert pieces("Huishoudens", "nl") == ["Huis", "hou", "dens"]
    assert pieces("Verantwoordelijkheidsgevoel", "nl") == [
        "Ver", "ant", "woor", "de", "lijk", "heids", "ge", "voel"
    ]  # fmt: skip
    assert pieces("Fourchette", "fr") == ["Four", "chette"]
    assert pieces("Huishoudens", "fr")[0] == "Hui", "why the language matters"
    both = hyphenated("Ménages / Huishoudens", ("fr", "nl")).replace(SOFT_HYPHEN, "~")
    assert both == "Mé~nages / Huis~hou~dens", "each half with its own dictionary"
    assert hyphenated("Huis", ("nl",)) == "Huis", "short words never break"


def test_a_long_dutch_word_in_a_narrow_header_breaks_at_a_dictionary_point() -> None:
    word = "Verantwoordelijkheidsgevoel"
    whole = text_width(word, BOLD, CELL_SIZE) + CELL_PADDING
    widths = _widths([word, "Vraag"], [60.0, 400.0], ("nl",))
    assert widths[0] < whole, "the column grows to the widest piece, not the whole word"
    assert sum(widths) == pytest.approx(460.0)
    head = report_styles(THEMES["potager"])["head"]
    cell = table_cell(word, widths[0], head, ("nl",))
    assert isinstance(cell, Paragraph)
    lines = broken_lines(cell, widths[0] - CELL_PADDING)
    assert len(lines) >= 2
    assert all(line.endswith("-") for line in lines[:-1]), lines
    assert "".join(line.removesuffix("-") for line in lines) == word
    allowed = set(points(word, "nl"))
    cut = 0
    for line in lines[:-1]:
        cut += len(line) - 1
        assert cut in allowed, (lines, cut, sorted(allowed))
    for line in lines:
        assert text_width(line, BOLD, CELL_SIZE) <= widths[0] - CELL_PADDING + 0.01, line


def test_the_needs_table_header_in_dutch() -> None:
    """The report's needs table: 'Huishoudens' in a column of 13 % of the page."""
    widths = _widths(["#", "Thema", "Huishoudens", "Aandeel", "Marge 95 %", "Genoemde noden"],
                     [c * 481.9 for c in (0.05, 0.2, 0.13, 0.08, 0.14, 0.4)], ("nl",))  # fmt: skip
    head = report_styles(THEMES["canal"])["head"]
    cell = table_cell("Huishoudens", widths[2], head, ("nl",))
    assert isinstance(cell, Paragraph)
    lines = broken_lines(cell, widths[2] - CELL_PADDING)
    assert lines in (["Huis-", "houdens"], ["Huishou-", "dens"]), lines
    assert narrowest("Marge 95 %", BOLD, CELL_SIZE, ("nl",)) > text_width("95 %", BOLD, 9) - 1


def test_hand_drawn_lines_break_only_at_dictionary_points() -> None:
    lines = wrap_words("Aandeel van de buurtbewonersparticipatie", REGULAR, 10, 70, "nl")
    assert lines[:2] == ["Aandeel van", "de"]
    assert all(line.endswith("-") for line in lines[2:-1])
    joined = "".join(line.removesuffix("-") for line in lines[2:])
    assert joined == "buurtbewonersparticipatie"
    assert all(text_width(line, REGULAR, 10) <= 70 for line in lines)
