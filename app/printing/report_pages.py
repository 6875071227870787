"""What every page of the report carries: the cover, the running header, and the footer with
the date and "page x / y".

The total is known only once every page is laid out. The report is built in passes (its table
of contents needs them anyway) and each pass prints the total the one before counted, until
the two agree (``PageTotal``). Pages are written as they are laid out, so that bookmarks and
the links of the table of contents point to the page they name.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.printing.charts import group_digits
from app.printing.findings import Findings
from app.printing.fonts import BOLD, REGULAR, text_width
from app.printing.layout import fit_lines, shortened
from app.printing.texts import french_spacing
from app.printing.theme import Theme, muted

PAGE = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN
#: The group's logo on the cover: its white tile, at most this size.
LOGO_TILE = (55 * mm, 24 * mm)


class ReportPages:
    """Draws the cover, headers and footers. ``count``: the pages the last pass laid out;
    ``total``: the number the footers of this pass print."""

    def __init__(
        self,
        findings: Findings,
        theme: Theme,
        printed_on: str,
        logo: ImageReader | None = None,
    ) -> None:
        self.f = findings
        self.t = theme
        self.lang = findings.languages
        self.printed_on = printed_on
        self.logo = logo
        report = findings.campaign.get("report") or {}
        #: How to reach the group, its first line on the cover.
        self.contact = str(report.get("contact", "")).strip()
        self.count = 0
        self.total = 0

    def cover(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        f, t = self.f, self.t
        width, height = PAGE
        band = height * 0.42
        canvas.saveState()
        canvas.setFillColor(t.dark)
        canvas.rect(0, band, width, height - band, stroke=0, fill=1)
        canvas.setFillColor(t.accent)
        canvas.rect(0, band - 6, width, 6, stroke=0, fill=1)
        x, y = MARGIN, height - 40 * mm
        canvas.setFillColor(t.accent_on_dark)
        canvas.setFont(BOLD, 12)
        canvas.drawString(x, y, french_spacing(self.lang.place(f.commune).upper()))
        canvas.setFillColor(white)
        name = fit_lines(f.neighbourhood, BOLD, 48, 30, CONTENT_WIDTH, 3)
        y -= 14
        for line in name.lines:
            y -= name.size * 1.05
            canvas.setFont(BOLD, name.size)
            canvas.drawString(x, y, line)
        y -= 40
        for index, title in enumerate(self.lang.words("report_title")):
            canvas.setFont(BOLD if index == 0 else REGULAR, 24 if index == 0 else 18)
            canvas.drawString(x, y, title)
            y -= 30
        canvas.setFont(REGULAR, 14)
        campaign = f.campaign
        canvas.drawString(x, y - 20, french_spacing(str(campaign["name"])))
        canvas.drawString(
            x, y - 40, self.lang.months(campaign.get("starts_on"), campaign.get("ends_on"))
        )
        y = band - 70
        if not f.figures.interviews:
            canvas.setFillColor(t.ink)
            canvas.setFont(REGULAR, 13)
            for line in self.lang.words("no_interviews_short"):
                canvas.drawString(x, y, french_spacing(line))
                y -= 20
        else:
            for value, key in ((f.figures.interviews, "households"), (f.figures.volunteers,
                               "volunteers"), (f.resources, "resources")):  # fmt: skip
                canvas.setFillColor(t.dark)
                canvas.setFont(BOLD, 30)
                canvas.drawRightString(x + 90, y, group_digits(value))
                canvas.setFillColor(t.ink)
                canvas.setFont(REGULAR, 13)
                canvas.drawString(x + 110, y + 6, " / ".join(self.lang.words(key)))
                y -= 48
        if self.logo is not None:
            self.draw_logo(canvas, self.logo)
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(muted(t.ink))
        lines = [self.printed_on, *self.lang.words("no_personal")]
        if self.contact:
            first = self.contact.splitlines()[0]
            line = self.lang.word("contact_line", contact=first)
            lines.insert(0, fit_line(line, REGULAR, 9, CONTENT_WIDTH))
        for index, line in enumerate(reversed(lines)):  # one language a line, bottom up
            canvas.drawString(x, MARGIN + index * 12, french_spacing(line))
        canvas.restoreState()

    def draw_logo(self, canvas: Canvas, logo: ImageReader) -> None:
        """The group's logo on a white tile at the top right of the cover, above the
        commune's line."""
        box_w, box_h, pad = LOGO_TILE[0], LOGO_TILE[1], 3 * mm
        iw, ih = logo.getSize()
        ratio = min((box_w - 2 * pad) / iw, (box_h - 2 * pad) / ih)
        w, h = iw * ratio, ih * ratio
        x, y = PAGE[0] - MARGIN - (w + 2 * pad), PAGE[1] - 12 * mm - box_h
        canvas.setFillColor(white)
        canvas.roundRect(x, y, w + 2 * pad, box_h, 6, stroke=0, fill=1)
        canvas.drawImage(logo, x + pad, y + (box_h - h) / 2, w, h, mask="auto")

    def body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header and the footer of every page after the cover."""
        width, height = PAGE
        canvas.saveState()
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(muted(self.t.ink))
        top = height - MARGIN + 2
        title = f"{self.f.neighbourhood} — {self.lang.word('report_title')}"
        campaign = str(self.f.campaign["name"])
        room = CONTENT_WIDTH - canvas.stringWidth(campaign, REGULAR, 9) - 12
        canvas.setFont(REGULAR, min(9.0, 9 * room / canvas.stringWidth(title, REGULAR, 9)))
        canvas.drawString(MARGIN, top, title)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - MARGIN, top, campaign)
        canvas.setStrokeColor(self.t.dark)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 5, width - MARGIN, top - 5)
        y = MARGIN - 12
        canvas.drawString(MARGIN, y, self.printed_on)
        total = f" / {self.total}" if self.total else ""
        canvas.drawRightString(width - MARGIN, y, f"{self.lang.word('page')} {doc.page}{total}")
        canvas.restoreState()


class PageTotal(Flowable):
    """Takes no room; tells the multi-pass build to go on until the total the footers print
    is the number of pages laid out."""

    def __init__(self, pages: ReportPages) -> None:
        super().__init__()
        self.pages = pages

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.pages.total = self.pages.count

    def afterBuild(self) -> None:
        pass

    def notify(self, _kind: str, _stuff: object) -> None:
        pass

    def isSatisfied(self) -> int:
        return int(self.pages.total == self.pages.count)


class ReportDocument(BaseDocTemplate):
    """Two page templates (the cover, the body) and, for each heading, its bookmark and its
    entry in the table of contents."""

    def __init__(self, out: str | BinaryIO, pages: ReportPages) -> None:
        f = pages.f
        self.pages = pages
        super().__init__(
            out,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=f"{f.neighbourhood} — {f.languages.word('report_title')}",
            author=f.neighbourhood,
            subject=str(f.campaign["name"]),
            creator="Quartier",
            lang=f.languages.tag,
            displayDocTitle=1,
            pageCompression=1,
            # the initial font goes on every page: Helvetica would be an unembedded font
            initialFontName=REGULAR,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=pages.cover),
                PageTemplate("body", [frame], onPage=pages.body_page),
            ]
        )

    def afterPage(self) -> None:
        self.pages.count = self.page

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = flowable.getPlainText()  # type: ignore[attr-defined]
            key = f"h{id(flowable)}"
            # the view opens at the heading, not at the top of its page
            top = self.frame._y + flowable.height + flowable.getSpaceBefore()
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with '…' where it would run past ``width``."""
    if text_width(text, font, size) <= width:
        return text
    while len(text) > 2 and text_width(text, font, size) > width:
        text = shortened(text, len(text) - 1)
    return text
