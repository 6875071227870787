"""Visual regression: the demo's poster (three themes, in French, Dutch and both), three
report pages and a sheet of enrolment cards, rendered small with PDFium and compared with
the reference images in ``tests/app/visual/``. A block that moves, grows, vanishes or changes
colour fails; a difference of anti-aliasing does not.

Everything is fixed: the demo's seed, the report's date, the cards' codes and expiry. After a
change of layout made on purpose, look at the new pages, then write the references again:

    QUARTIER_UPDATE_VISUALS=1 .venv-core/bin/python -m pytest tests/app/test_visual.py
"""

from __future__ import annotations

import os
from datetime import date
from io import BytesIO
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from app.demo import build_demo
from app.printing.enrolment_cards import EnrolmentCard, write_enrolment_cards
from app.printing.findings import gather
from app.printing.poster import PosterOptions, draw_poster
from app.printing.report import ReportOptions, build_report
from app.printing.texts import Languages
from app.store import Key, Store

REFERENCES = Path(__file__).resolve().parent / "visual"
UPDATE = os.environ.get("QUARTIER_UPDATE_VISUALS") == "1"
UPDATE_COMMAND = (
    "QUARTIER_UPDATE_VISUALS=1 .venv-core/bin/python -m pytest tests/app/test_visual.py"
)
#: Every page is rendered this many pixels wide, whatever its size.
WIDTH = 165
#: Three themes, each in French, Dutch and both: nine A3 posters.
THEMES = ("potager", "brique", "canal")
POSTERS = [(theme, lang) for theme in THEMES for lang in ("fr", "nl", "fr+nl")]
JOIN_URL = "https://quartier.example.org/rejoindre"
#: The report's cover, key findings and first page of results, by a heading they print (a
#: chapter added before them moves them to other pages, not out of the test).
REPORT_PAGES = {
    "report-cover": "Diagnostic partagé du quartier",
    "report-summary": "Les constats en bref",
    "report-results": "Combien de personnes vivent ici",
}
NAMES = [f"poster-{t}-{lang.replace('+', '-')}" for t, lang in POSTERS] + [*REPORT_PAGES, "cards"]
#: Largest mean absolute difference (0-255 levels) of the whole page, and of any square
#: of ``TILE`` pixels (a moved or missing block shows there even when the page mean hides it).
PAGE_TOLERANCE, TILE_TOLERANCE, TILE = 1.5, 12.0, 12


def render(pdf: bytes, page: int = 0) -> Image.Image:
    """A page ``WIDTH`` pixels wide (20 dpi for A4, 14 for A3), in 64 colours (four levels of
    red, green and blue): small enough for the references to weigh a few kilobytes, and
    every theme's colours still apart."""
    document = pdfium.PdfDocument(pdf)
    try:
        sheet = document[page]
        rgb = np.asarray(sheet.render(scale=WIDTH / sheet.get_width()).to_pil().convert("RGB"))
        return Image.fromarray((np.round(rgb / 85) * 85).astype(np.uint8), "RGB")
    finally:
        document.close()


def page_with(pdf: bytes, heading: str) -> int:
    """The first page that prints ``heading``, the table of contents apart."""
    document = pdfium.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            text = document[number].get_textpage().get_text_range()
            if heading in text and "Table des matières" not in text:
                return number
    finally:
        document.close()
    raise AssertionError(f"no page prints {heading!r}")


def differences(new: Image.Image, reference: Image.Image) -> tuple[float, float]:
    """The mean absolute difference of the pages (over red, green and blue), and the largest
    of their tiles'."""
    a = np.asarray(new, dtype=np.float64)
    b = np.asarray(reference, dtype=np.float64)
    diff = np.abs(a - b).mean(axis=2)
    rows, cols = (diff.shape[0] // TILE) * TILE, (diff.shape[1] // TILE) * TILE
    tiles = diff[:rows, :cols].reshape(rows // TILE, TILE, cols // TILE, TILE).mean(axis=(1, 3))
    return float(diff.mean()), float(tiles.max())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Image.Image]:
    folder = tmp_path_factory.mktemp("visual")
    path = folder / "demo.sqlite"
    build_demo(path, households=200, seed=1)
    pages: dict[str, Image.Image] = {}
    logo = folder / "logo.png"
    Image.new("RGB", (300, 150), (30, 110, 60)).save(logo)
    with Store.open(path) as store:
        campaign = str(store.settings.get(Key.CAMPAIGN))
        store.directory.set_report_texts(
            campaign, recommendations="- Un potager collectif.", contact="groupe@example.org"
        )
        for lang in ("fr", "nl", "fr+nl"):
            findings = gather(store, Languages.parse(lang))
            for theme, _ in filter(lambda p: p[1] == lang, POSTERS):
                buffer = BytesIO()
                options = PosterOptions(
                    languages=Languages.parse(lang), theme=theme, qr_url=JOIN_URL
                )
                draw_poster(findings, buffer, options)
                pages[f"poster-{theme}-{lang.replace('+', '-')}"] = render(buffer.getvalue())
        buffer = BytesIO()
        build_report(store, buffer, ReportOptions(printed_on=date(2026, 5, 2), logo=logo))
        for name, heading in REPORT_PAGES.items():
            pages[name] = render(buffer.getvalue(), page_with(buffer.getvalue(), heading))
    cards = [
        EnrolmentCard(code, f"quartier://enrol?server=https%3A%2F%2Fq.example.org&code={code}",
                      "2026-12-04T17:00:00.000Z")
        for code in ("K7P2-9XQM-A3BC", "WWWW-MMMM-QQQQ", "L5SH-BBAQ-PPW9")
    ]  # fmt: skip
    write_enrolment_cards(folder / "cards.pdf", cards,
                          "Anneessens – Fontainas – Lemonnier – Stalingrad")  # fmt: skip
    pages["cards"] = render((folder / "cards.pdf").read_bytes())
    return pages


@pytest.mark.parametrize("name", NAMES)
def test_the_page_looks_as_it_did(rendered: dict[str, Image.Image], name: str) -> None:
    new = rendered[name]
    reference_path = REFERENCES / f"{name}.png"
    if UPDATE:
        REFERENCES.mkdir(exist_ok=True)
        # 64 colours: a palette image holds them exactly
        exact = new.quantize(colors=64, method=Image.Quantize.MAXCOVERAGE)
        exact.save(reference_path, optimize=True)
        return
    assert reference_path.exists(), f"no reference for {name}: {UPDATE_COMMAND}"
    reference = Image.open(reference_path).convert("RGB")
    assert new.size == reference.size, (name, new.size, reference.size)
    page, tile = differences(new, reference)
    assert page <= PAGE_TOLERANCE and tile <= TILE_TOLERANCE, (
        f"{name} differs from tests/app/visual/{name}.png: mean {page:.2f} (at most "
        f"{PAGE_TOLERANCE}), worst tile {tile:.1f} (at most {TILE_TOLERANCE}). If the change "
        f"is meant, look at the pages and write the references again: {UPDATE_COMMAND}"
    )


def test_a_moved_block_is_caught(rendered: dict[str, Image.Image]) -> None:
    """The tolerance is not so loose that a layout change passes: the poster with its lower
    half moved down by 3 mm fails, an unchanged page passes."""
    page = rendered["poster-potager-fr"]
    assert differences(page, page) == (0.0, 0.0)
    moved = page.copy()
    half = page.height // 2
    shift = round(3 / 297 * WIDTH)  # 3 mm of the A3 sheet
    moved.paste(page.crop((0, half, page.width, page.height - shift)), (0, half + shift))
    _, tile = differences(moved, page)
    assert tile > TILE_TOLERANCE
