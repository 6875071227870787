"""What every page of the report carries: the cover, the running header, and the footer with
the date and "page x / y". The total is known only once every page is laid out, so the
canvas keeps the pages and writes the footers when the PDF is saved."""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.printing.charts import group_digits
from app.printing.findings import Findings
from app.printing.fonts import BOLD, REGULAR
from app.printing.texts import french_spacing
from app.printing.theme import Theme, muted

PAGE = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN


class ReportPages:
    """Draws the cover, headers and footers; ``count`` is the number of pages once saved."""

    def __init__(self, findings: Findings, theme: Theme, printed_on: str) -> None:
        self.f = findings
        self.t = theme
        self.lang = findings.languages
        self.printed_on = printed_on
        self.count = 0

    def cover(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        f, t = self.f, self.t
        width, height = PAGE
        canvas.saveState()
        canvas.setFillColor(t.dark)
        canvas.rect(0, height * 0.42, width, height * 0.58, stroke=0, fill=1)
        canvas.setFillColor(t.accent)
        canvas.rect(0, height * 0.42 - 6, width, 6, stroke=0, fill=1)
        x, y = MARGIN, height - 40 * mm
        canvas.setFillColor(t.accent)
        canvas.setFont(BOLD, 12)
        canvas.drawString(x, y, french_spacing(f.commune.upper()))
        canvas.setFillColor(white)
        canvas.setFont(BOLD, 48)
        canvas.drawString(x, y - 60, f.neighbourhood)
        y -= 105
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
        canvas.setFillColor(t.ink)
        canvas.setFont(BOLD, 30)
        y = height * 0.42 - 70
        for value, key in ((f.figures.interviews, "households"), (f.figures.volunteers,
                           "volunteers"), (f.resources, "resources")):  # fmt: skip
            canvas.setFillColor(t.dark)
            canvas.setFont(BOLD, 30)
            canvas.drawString(x, y, group_digits(value))
            canvas.setFillColor(t.ink)
            canvas.setFont(REGULAR, 13)
            canvas.drawString(x + 110, y + 6, " / ".join(self.lang.words(key)))
            y -= 48
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(muted(t.ink))
        lines = [self.printed_on, *self.lang.words("no_personal")]
        for index, line in enumerate(reversed(lines)):  # one language a line, bottom up
            canvas.drawString(x, MARGIN + index * 12, french_spacing(line))
        canvas.restoreState()

    def header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = PAGE
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(muted(self.t.ink))
        top = height - MARGIN + 2
        canvas.drawString(MARGIN, top, f"{self.f.neighbourhood} — {self.lang.word('report_title')}")
        canvas.drawRightString(width - MARGIN, top, str(self.f.campaign["name"]))
        canvas.setStrokeColor(self.t.dark)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 5, width - MARGIN, top - 5)
        canvas.restoreState()

    def canvas_class(self) -> type[Canvas]:
        """A canvas that keeps each page until the end, then writes every footer with the
        total page count (skipping the cover)."""
        pages = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    if self._pageNumber > 1:
                        pages.footer(self, self._pageNumber, total)
                    super().showPage()
                pages.count = total
                super().save()

        return NumberedCanvas

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        width = PAGE[0]
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(muted(self.t.ink))
        y = MARGIN - 12
        canvas.drawString(MARGIN, y, f"{self.f.neighbourhood} · {self.printed_on}")
        canvas.drawRightString(width - MARGIN, y, f"{self.lang.word('page')} {page} / {total}")
        canvas.restoreState()


class ReportDocument(BaseDocTemplate):
    """Two page templates (the cover, the body) and table of contents entries for headings."""

    def __init__(self, out: str | BinaryIO, pages: ReportPages) -> None:
        f = pages.f
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
            pageCompression=1,
            # the initial font goes on every page: Helvetica would be an unembedded font
            initialFontName=REGULAR,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=pages.cover),
                PageTemplate("body", [frame], onPage=pages.header),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            text = flowable.getPlainText()  # type: ignore[attr-defined]
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))
