"""Numbered paper ballots for a participatory budget round (issue 16): four A6 ballots on an
A4 sheet, to cut. Each names the round and the envelope, says how to vote (approve as many
projects as one likes), lists the proposals (code, title, cost) with a box to tick, and carries
its number in figures and in a QR code (``quartier://ballot?round=…&n=…``). A household
receives one ballot; its number is the household number the tally takes:
``quartier budget vote ROUND 017 P1 P3``. No name, no address: the number is the only mark.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.actions.words import WORDS
from app.errors import PrintingError
from app.printing.budget_tally import euros
from app.printing.charts import qr_drawing
from app.printing.fonts import BOLD, REGULAR, register_fonts, text_width
from app.printing.layout import SAFE_MARGIN, fit_lines
from app.printing.texts import Languages
from app.printing.theme import DEFAULT_THEME, Theme, muted, theme_named
from app.store.budget_rounds import ProposalRecord, RoundRecord

W, H = A4
COLUMNS, ROWS = 2, 2
CARD_W, CARD_H = W / COLUMNS, H / ROWS
PAD = SAFE_MARGIN + 2 * mm
QR = 24 * mm
BOX = 4 * mm
#: Proposals a ballot holds at most (beyond, the meeting votes on a longer paper).
MOST = 9


def ballot_link(round_id: str, number: int) -> str:
    return f"quartier://ballot?round={round_id}&n={number:03d}"


def draw_ballots(
    round_: RoundRecord,
    proposals: list[ProposalRecord],
    count: int,
    out: Path | BinaryIO,
    languages: Languages | None = None,
    theme: str = DEFAULT_THEME,
    first: int = 1,
) -> int:
    """Ballots numbered ``first`` to ``first + count - 1``; returns the number of pages."""
    if not proposals:
        raise PrintingError("print.no_proposals", title=round_.title)
    if len(proposals) > MOST:
        raise PrintingError("print.too_many_proposals", count=len(proposals), most=MOST)
    register_fonts()
    languages = languages or Languages()
    colours = theme_named(theme)
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=A4, pageCompression=1, initialFontName=REGULAR,
                    lang=languages.tag)  # fmt: skip
    canvas.setTitle(f"{languages.join(WORDS['ballot'])} — {round_.title}")
    canvas.setCreator("Quartier")
    per_page = COLUMNS * ROWS
    pages = 0
    for start in range(0, count, per_page):
        for slot in range(min(per_page, count - start)):
            column, row = slot % COLUMNS, slot // COLUMNS
            x, y = column * CARD_W, H - (row + 1) * CARD_H
            _Ballot(canvas, colours, languages, round_, proposals).draw(x, y, first + start + slot)
        _cut_lines(canvas, colours)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def _cut_lines(canvas: Canvas, theme: Theme) -> None:
    canvas.saveState()
    canvas.setStrokeColor(muted(theme.ink))
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    canvas.line(CARD_W, 0, CARD_W, H)
    canvas.line(0, CARD_H, W, CARD_H)
    canvas.restoreState()


class _Ballot:
    def __init__(
        self,
        canvas: Canvas,
        theme: Theme,
        languages: Languages,
        round_: RoundRecord,
        proposals: list[ProposalRecord],
    ) -> None:
        self.c = canvas
        self.t = theme
        self.lang = languages
        self.round = round_
        self.proposals = proposals

    def draw(self, x: float, y: float, number: int) -> None:
        c, inner = self.c, CARD_W - 2 * PAD
        top = y + CARD_H - PAD
        c.setFillColor(self.t.dark)
        c.setFont(BOLD, 8)
        c.drawString(x + PAD, top - 8, self.lang.join(WORDS["ballot"]).upper())
        number_text = f"n° {number:03d}"
        c.setFont(BOLD, 16)
        c.drawRightString(x + CARD_W - PAD, top - 14, number_text)
        title = fit_lines(self.round.title, BOLD, 12, 8, inner - QR - 4 * mm, 2)
        c.setFont(BOLD, title.size)
        c.setFillColor(self.t.ink)
        line_y = top - 24
        for line in title.lines:
            c.drawString(x + PAD, line_y, line)
            line_y -= title.leading
        c.setFont(REGULAR, 8)
        envelope = euros(self.round.envelope, self.lang.first)
        for text in self.lang.each(WORDS["ballot_envelope"], envelope=envelope):
            c.drawString(x + PAD, line_y - 2, text)
            line_y -= 10
        renderPDF.draw(qr_drawing(ballot_link(self.round.id, number), QR, dark=self.t.dark),
                       c, x + CARD_W - PAD - QR, top - 18 - QR)  # fmt: skip
        c.setFont(REGULAR, 8)
        c.setFillColor(muted(self.t.ink))
        line_y = min(line_y - 4, top - 22 - QR)
        for text in self.lang.each(WORDS["ballot_how"]):
            fitted = fit_lines(text, REGULAR, 8, 6.5, inner, 3)
            c.setFont(REGULAR, fitted.size)
            for piece in fitted.lines:
                c.drawString(x + PAD, line_y, piece)
                line_y -= fitted.leading + 1
        line_y -= 4
        self.rows(x, line_y, y + PAD + 12)
        c.setFont(REGULAR, 6.5)
        c.setFillColor(muted(self.t.ink))
        c.drawString(x + PAD, y + PAD, self.lang.join(WORDS["ballot_once"]))

    def rows(self, x: float, top: float, bottom: float) -> None:
        """The proposals, each with its box; as large as the space allows."""
        c = self.c
        step = min(22.0, (top - bottom) / len(self.proposals))
        if step < 12:
            raise PrintingError("print.too_many_proposals", count=len(self.proposals), most=MOST)
        money_w = max(text_width(euros(p.cost, self.lang.first), REGULAR, 8)
                      for p in self.proposals)  # fmt: skip
        label_w = CARD_W - 2 * PAD - BOX - 3 * mm - money_w - 3 * mm
        y = top
        for proposal in self.proposals:
            c.setStrokeColor(black)
            c.setLineWidth(0.8)
            c.rect(x + PAD, y - BOX, BOX, BOX, stroke=1, fill=0)
            label = f"{proposal.code} — {proposal.title}"
            fitted = fit_lines(label, REGULAR, 8.5, 6.5, label_w, 2)
            c.setFillColor(self.t.ink)
            c.setFont(REGULAR, fitted.size)
            text_y = y - BOX + 1 if len(fitted.lines) == 1 else y - 1
            for line in fitted.lines:
                c.drawString(x + PAD + BOX + 3 * mm, text_y, line)
                text_y -= fitted.leading
            c.setFont(REGULAR, 8)
            c.drawRightString(x + CARD_W - PAD, y - BOX + 1, euros(proposal.cost, self.lang.first))
            y -= step
