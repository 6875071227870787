"""The poster (A3, A2) and the flyer (A4): what the neighbourhood found, on one page.

The layout is drawn once in A3 points and scaled to the chosen size: ISO A sizes share one
aspect ratio, so an A2 is the same poster 1.41 times larger and an A4 flyer 0.71 times. Sizes
and margins are chosen so that they hold on the smallest, the flyer: no text closer than 5 mm
to the edge, none smaller than ``MIN_TEXT`` (A3 points). A text may shrink down to that floor,
then wraps; one that still does not fit is refused (``print.text_too_long``), never printed
unreadable. With ``bleed``, colour bands run 3 mm beyond the trim, crop marks sit outside
that bleed, and the PDF declares its TrimBox and BleedBox.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A2, A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from app.analysis import MIN_HOUSEHOLDS
from app.errors import PrintingError
from app.printing.charts import bar_chart, group_digits, qr_drawing, share_bar
from app.printing.findings import Findings, gather, leading_quotes
from app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.printing.hyphens import hyphenated
from app.printing.layout import SAFE_MARGIN, fit_lines, load_logo, shortened
from app.printing.texts import Languages, french_spacing
from app.printing.theme import DEFAULT_THEME, Theme, muted, theme_named
from app.store import Store

if TYPE_CHECKING:
    from nacl.public import PrivateKey

SIZES = {"A4": A4, "A3": A3, "A2": A2}
BLEED = 3 * mm
#: Beyond the bleed, the room where the crop marks are drawn (they must not print in it).
SLUG = 7 * mm
W, H = A3  # the design space
#: A3 points per point of the smallest size (the A4 flyer).
_SMALLEST = W / A4[0]
#: No text closer to the trim edge than this, in the design space.
SAFE = SAFE_MARGIN * _SMALLEST
#: The smallest text size, in the design space: 8.5 points on the flyer.
MIN_TEXT = 8.5 * _SMALLEST
MARGIN = 40.0
HEADER = 272.0
INVITATION = 205.0
#: How much each size shows: (themes in the chart, quotes, inventory items).
CONTENT = {"A4": (4, 3, 5), "A3": (5, 4, 6), "A2": (6, 5, 8)}


@dataclass(frozen=True)
class Invitation:
    """What the group invites people to: a date, a place, and a few words of its own."""

    when: str = ""
    where: str = ""
    text: str = ""


#: What a poster shows: the findings (needs, quotes, inventory) or « Notre empreinte », the
#: carbon footprint of the households' uses (``app.printing.poster_footprint``).
FINDINGS, FOOTPRINT = "findings", "footprint"
POSTER_KINDS = (FINDINGS, FOOTPRINT)


@dataclass(frozen=True)
class PosterOptions:
    size: str = "A3"
    kind: str = FINDINGS
    languages: Languages = field(default_factory=Languages)
    theme: str = DEFAULT_THEME
    bleed: bool = False
    qr_url: str = ""
    invitation: Invitation = field(default_factory=Invitation)
    logo: Path | None = None

    def page_size(self) -> tuple[float, float]:
        try:
            width, height = SIZES[self.size]
        except KeyError:
            raise PrintingError("print.unknown_size", size=self.size) from None
        extra = 2 * (BLEED + SLUG) if self.bleed else 0.0
        return width + extra, height + extra


def build_poster(
    store: Store,
    out: Path | BinaryIO,
    options: PosterOptions,
    *,
    campaign_id: str | None = None,
    coach_key: PrivateKey | None = None,
) -> Findings:
    """Write the poster of a campaign (the current one by default) to ``out``; returns what
    it printed from (`coach_key`: as for `poster_findings`)."""
    findings = poster_findings(store, options, campaign_id, coach_key=coach_key)
    draw_poster(findings, out, options)
    return findings


def poster_findings(
    store: Store,
    options: PosterOptions,
    campaign_id: str | None,
    compare_with: str | None = None,
    *,
    coach_key: PrivateKey | None = None,
) -> Findings:
    """What a poster of ``options.kind`` shows; « Notre empreinte » compares with
    ``compare_with``, else with the neighbourhood's previous campaign when it has one.
    `coach_key` opens sealed personal answers, never printed: only to keep out the quotes
    that name them."""
    if options.kind not in POSTER_KINDS:
        raise PrintingError("print.unknown_poster", kind=options.kind)
    footprint = options.kind == FOOTPRINT
    return gather(
        store,
        options.languages,
        campaign_id=campaign_id,
        compare_with=compare_with if footprint else None,
        previous_by_default=footprint,
        footprint=footprint,
        coach_key=coach_key,
    )


def draw_poster(findings: Findings, out: Path | BinaryIO, options: PosterOptions) -> None:
    register_fonts()
    theme = theme_named(options.theme)
    page = options.page_size()
    logo = load_logo(options.logo)
    target = str(out) if isinstance(out, Path) else out
    # the initial font is written to every page: Helvetica would be an unembedded font
    canvas = Canvas(
        target,
        pagesize=page,
        pageCompression=1,
        initialFontName=REGULAR,
        lang=findings.languages.tag,
    )
    layout_class = _Layout
    if options.kind == FOOTPRINT:
        from app.printing.poster_footprint import FootprintLayout

        layout_class = FootprintLayout
    title = findings.languages.word(layout_class.title_key)
    canvas.setTitle(f"{findings.neighbourhood} — {title}")
    canvas.setAuthor(findings.neighbourhood)
    canvas.setCreator("Quartier")
    canvas.setSubject(str(findings.campaign["name"]))
    bleed, offset = (BLEED, BLEED + SLUG) if options.bleed else (0.0, 0.0)
    if bleed:
        canvas.setBleedBox((SLUG, SLUG, page[0] - SLUG, page[1] - SLUG))
        canvas.setTrimBox((offset, offset, page[0] - offset, page[1] - offset))
    scale = (page[0] - 2 * offset) / W
    canvas.saveState()
    canvas.translate(offset, offset)
    canvas.scale(scale, scale)
    layout = layout_class(canvas, findings, theme, options, bleed / scale)
    layout.draw(logo)
    canvas.restoreState()
    if bleed:
        crop_marks(canvas, page, offset, bleed)
    canvas.showPage()
    canvas.save()


def crop_marks(canvas: Canvas, page: tuple[float, float], trim: float, bleed: float) -> None:
    """Marks on the lines of the trim (``trim`` from the page's edge), each starting beyond
    the bleed so that no mark prints on the poster: black on a white halo."""
    width, height = page
    outer = trim - bleed - 1  # where a mark ends, towards the trim
    lines = []
    for x in (trim, width - trim):
        lines += [(x, 0, x, outer), (x, height - outer, x, height)]
    for y in (trim, height - trim):
        lines += [(0, y, outer, y), (width - outer, y, width, y)]
    for colour, thickness in ((white, 1.6), (Color(0, 0, 0), 0.5)):
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(thickness)
        canvas.lines(lines)


class _Layout:
    """Draws the poster's blocks from top to bottom in the A3 design space."""

    #: The poster's title under the neighbourhood's name (``texts.WORDS``), the name's
    #: largest size and the dark band's least height.
    title_key = "poster_title"
    name_size = 112.0
    header_height = HEADER

    def __init__(
        self,
        canvas: Canvas,
        findings: Findings,
        theme: Theme,
        options: PosterOptions,
        bleed: float,
    ) -> None:
        self.c = canvas
        self.f = findings
        self.t = theme
        self.o = options
        self.bleed = bleed
        self.lang = findings.languages
        self.themes_shown, self.quotes_shown, self.items_shown = CONTENT[options.size]

    def draw(self, logo: ImageReader | None) -> None:
        bottom = self.header(logo)
        if self.f.figures.interviews:
            bottom = self.figures(bottom - 22)
            self.needs(bottom - 26, 470)
            self.quotes(MARGIN, 455, 452, 455 - INVITATION - 22)
        else:
            self.statement(bottom - 40, 470)
        self.inventory(MARGIN + 472, 455, W - 2 * MARGIN - 472, 455 - INVITATION - 22)
        self.invitation()

    # -- blocks ---------------------------------------------------------------------

    def header(self, logo: ImageReader | None) -> float:
        """The dark band with the place, the neighbourhood's name (wrapped rather than shrunk
        when long) and the title; returns the band's bottom."""
        c, b = self.c, self.bleed
        right = W - MARGIN
        if logo is not None:
            right = W - MARGIN - self.logo_width(logo) - 20
        width = right - MARGIN
        name = fit_lines(self.f.neighbourhood, BOLD, self.name_size, 44, width, 3)
        titles = self.lang.words(self.title_key)
        needed = (
            40
            + 31
            + len(name.lines) * name.size * 0.98
            + 34 * 1.3
            + 24 * 1.3 * (len(titles) - 1)
            + 40
        )
        height = max(self.header_height, needed)
        c.setFillColor(self.t.dark)
        c.rect(-b, H - height, W + 2 * b, height + b, stroke=0, fill=1)
        if logo is not None:
            self.logo(logo)
        campaign = self.f.campaign
        period = self.lang.months(campaign.get("starts_on"), campaign.get("ends_on"))
        place = self.lang.place(self.f.commune)
        kicker = " · ".join(filter(None, (place, str(campaign["name"]), period)))
        y = H - MARGIN - 16
        self.line(kicker.upper(), BOLD, 15, self.t.accent_on_dark, MARGIN, y, width)
        y -= 8
        for line in name.lines:
            y -= name.size * 0.98
            self.c.setFillColor(white)
            self.c.setFont(BOLD, name.size)
            self.c.drawString(MARGIN, y, line)
        for index, title in enumerate(titles):
            size = 34 if index == 0 else 24
            y -= size * 1.3
            self.line(title, BOLD if index == 0 else REGULAR, size, white, MARGIN, y, width)
        return H - height

    def logo_width(self, image: ImageReader) -> float:
        iw, ih = image.getSize()
        return min(150 / iw, 98 / ih) * iw + 20

    def logo(self, image: ImageReader) -> float:
        """The group's logo on a white tile at the top right; returns the tile's left edge
        (the tile is ``logo_width`` wide)."""
        box_w, box_h, pad = 170.0, 118.0, 10.0
        iw, ih = image.getSize()
        ratio = min((box_w - 2 * pad) / iw, (box_h - 2 * pad) / ih)
        w, h = iw * ratio, ih * ratio
        tile_w = w + 2 * pad
        x, y = W - MARGIN - tile_w, H - MARGIN - box_h
        self.c.setFillColor(white)
        self.c.roundRect(x, y, tile_w, box_h, 8, stroke=0, fill=1)
        self.c.drawImage(image, x + pad, y + (box_h - h) / 2, w, h, mask="auto")
        return x

    def figures(self, top: float) -> float:
        """Three key figures in cards; returns the cards' bottom."""
        figures = (
            (self.f.figures.interviews, "households"),
            (self.f.figures.volunteers, "volunteers"),
            (self.f.resources, "resources"),
        )
        gap, height = 20.0, 120.0
        width = (W - 2 * MARGIN - 2 * gap) / 3
        for index, (value, key) in enumerate(figures):
            x = MARGIN + index * (width + gap)
            self.c.setFillColor(self.t.pale)
            self.c.roundRect(x, top - height, width, height, 10, stroke=0, fill=1)
            self.line(group_digits(value), BOLD, 50, self.t.dark, x, top - 58, width, centred=True)
            for index, text in enumerate(self.lang.words(key)):
                size = 15 if index == 0 else 12.5
                colour = self.t.ink if index == 0 else muted(self.t.ink)
                y = top - 84 - index * 18
                self.line(text, REGULAR, size, colour, x + 8, y, width - 16, centred=True)
        return top - height

    def statement(self, top: float, bottom: float) -> None:
        """No interview yet: says so, instead of figures of nothing."""
        style = ParagraphStyle("statement", fontName=REGULAR, fontSize=20, leading=27,
                               textColor=self.t.ink, spaceAfter=8)  # fmt: skip
        story = [Paragraph(escape(french_spacing(t)), style)
                 for t in self.lang.words("no_interviews")]  # fmt: skip
        self.frame(story, MARGIN, top, W - 2 * MARGIN, top - bottom)

    def needs(self, top: float, bottom: float) -> None:
        y = self.titles("needs_title", MARGIN, top, 26, W - 2 * MARGIN)
        # the households asked about their needs (a paper questionnaire may not carry them)
        interviews = self.f.needs[0].interviews if self.f.needs else 0
        caption = self.lang.word("needs_caption", n=group_digits(interviews))
        y -= 20
        self.line(caption, ITALIC, 12.5, muted(self.t.ink), MARGIN, y, W - 2 * MARGIN)
        if not self.f.needs or interviews < MIN_HOUSEHOLDS:
            text = self.lang.word("too_few", n=interviews, m=MIN_HOUSEHOLDS)
            if not self.f.needs:
                text = self.lang.word("no_data")
            style = ParagraphStyle("few", fontName=REGULAR, fontSize=16, leading=21,
                                   textColor=self.t.ink)  # fmt: skip
            self.frame([Paragraph(escape(french_spacing(text)), style)], MARGIN, y - 20,
                       W - 2 * MARGIN, y - 20 - bottom)  # fmt: skip
            return
        room = y - 14 - bottom
        chart = self.needs_chart(self.themes_shown, 16.0)
        for count in range(min(self.themes_shown, len(self.f.needs)), 2, -1):
            fitting = [self.needs_chart(count, size) for size in (16.0, 15.0, 14.0, 13.0, 12.0)]
            chart = next((c for c in fitting if c.height <= room), fitting[-1])
            if chart.height <= room:
                break
        self.frame([chart], MARGIN, y - 14, W - 2 * MARGIN, room)

    def needs_chart(self, count: int, size: float) -> Drawing:
        """The first ``count`` themes on a true 0-100 % scale."""
        bars = [share_bar(n.labels, n.share, self.lang, interval=False)
                for n in self.f.needs[:count]]  # fmt: skip
        return bar_chart(bars, W - 2 * MARGIN, self.t, font_size=size, label_share=0.4,
                         codes=self.lang.codes)  # fmt: skip

    def quotes(self, x: float, top: float, width: float, height: float) -> None:
        style = ParagraphStyle(
            "quote", fontName=ITALIC, fontSize=15, leading=20, textColor=self.t.ink,
            backColor=self.t.pale, borderPadding=(8, 10, 8, 10), leftIndent=10, rightIndent=10,
        )  # fmt: skip
        blocks = [
            [Spacer(1, 14), Paragraph(escape(self.lang.quoted(quote.text)), style)]
            for quote in leading_quotes(self.f.quotes, self.quotes_shown)
        ]
        if not blocks:
            interviews = self.f.figures.interviews
            text = self.lang.word("too_few", n=interviews, m=MIN_HOUSEHOLDS)
            if self.f.dataset.sealed_unopened:  # `quotes_by_question` could check none
                text = self.lang.word("quotes_unchecked")
            elif interviews >= MIN_HOUSEHOLDS:
                text = self.lang.word("no_data")
            plain = ParagraphStyle("none", parent=style, fontName=REGULAR, backColor=None)
            blocks = [[Spacer(1, 14), Paragraph(escape(french_spacing(text)), plain)]]
        self.fill(self.title_flowables("quotes_title", 22), blocks, x, top, width, height)

    def inventory(self, x: float, top: float, width: float, height: float) -> None:
        # a narrow column: long words break at their dictionary points, not at any letter
        name = ParagraphStyle("name", fontName=BOLD, fontSize=14, leading=17,
                              textColor=self.t.dark, spaceBefore=9,
                              embeddedHyphenation=1)  # fmt: skip
        detail = ParagraphStyle("detail", fontName=REGULAR, fontSize=12.5, leading=15.5,
                                textColor=muted(self.t.ink), embeddedHyphenation=1)  # fmt: skip
        codes = self.lang.codes

        def broken(text: str, style: ParagraphStyle, codes: tuple[str, ...]) -> Paragraph:
            long = hyphenated(text, codes, font=style.fontName, size=style.fontSize,
                              wider_than=width)  # fmt: skip
            return Paragraph(escape(long), style)

        blocks = []
        for item in self.f.inventory[: self.items_shown]:
            parts = [self.lang.place(item.address) if item.address else "", " / ".join(item.theme)]
            blocks.append([
                broken(item.name, name, codes[:1]),
                broken(" · ".join(p for p in parts if p), detail, codes),
            ])  # fmt: skip
        if not blocks:
            blocks.append([Paragraph(escape(self.lang.word("no_items")), detail)])
        head = [*self.title_flowables("inventory_title", 22), Spacer(1, 4)]
        self.fill(head, blocks, x, top, width, height)

    def invitation(self) -> None:
        c, b = self.c, self.bleed
        c.setFillColor(self.t.pale)
        c.rect(-b, -b, W + 2 * b, INVITATION + b, stroke=0, fill=1)
        c.setFillColor(self.t.accent)
        c.rect(-b, INVITATION - 8, W + 2 * b, 8, stroke=0, fill=1)
        qr_size = 140.0
        text_width_ = W - 2 * MARGIN - (qr_size + 30 if self.o.qr_url else 0)
        invitation = self.o.invitation
        story: list[Flowable] = list(self.title_flowables("invitation_title", 30))
        strong = ParagraphStyle("when", fontName=BOLD, fontSize=17, leading=22,
                                textColor=self.t.ink, spaceBefore=8)  # fmt: skip
        body = ParagraphStyle("body", fontName=REGULAR, fontSize=14, leading=18,
                              textColor=self.t.ink, spaceBefore=6)  # fmt: skip
        where_when = " · ".join(p.strip() for p in (invitation.when, invitation.where) if p.strip())
        if where_when:
            story.append(Paragraph(escape(french_spacing(where_when)), strong))
        words = invitation.text.strip()
        if not words and not where_when:
            words = "\n".join(self.lang.words("invitation_default"))
        if words:
            text = escape(french_spacing(words)).replace("\n", "<br/>")
            story.append(Paragraph(text, body))
        baseline = SAFE + MIN_TEXT * 0.3  # the descenders stay clear of the safe margin
        leading = MIN_TEXT * 1.2
        footer = [*self.lang.words("no_personal"), "Quartiers Durables Citoyens"]
        for index, line in enumerate(reversed(footer)):
            y = baseline + index * leading
            self.line(line, REGULAR, MIN_TEXT, muted(self.t.ink), MARGIN, y, text_width_ - 200)
        bottom = baseline + len(footer) * leading + 8
        self.frame(story, MARGIN, INVITATION - 26, text_width_, INVITATION - 26 - bottom)
        if self.o.qr_url:
            x = W - MARGIN - qr_size
            code = qr_drawing(self.o.qr_url, qr_size, dark=self.t.dark)
            renderPDF.draw(code, c, x, baseline + 32)
            caption = self.lang.word("qr_caption")
            self.line(caption, BOLD, 12.5, self.t.dark, x - 220, baseline + 16, qr_size + 220,
                      right=True)  # fmt: skip
            self.line(self.o.qr_url, REGULAR, MIN_TEXT, muted(self.t.ink), x - 300, baseline,
                      qr_size + 300, right=True)  # fmt: skip

    # -- helpers --------------------------------------------------------------------

    def titles(self, key: str, x: float, top: float, size: float, width: float) -> float:
        """A section title, the second language under it, smaller; returns the last baseline."""
        y = top
        for index, text in enumerate(self.lang.words(key)):
            font_size = size if index == 0 else size * 0.66
            y -= font_size * 1.15
            colour = self.t.dark if index == 0 else muted(self.t.ink)
            self.line(text, BOLD if index == 0 else REGULAR, font_size, colour, x, y, width)
        return y

    def title_flowables(self, key: str, size: float) -> list[Flowable]:
        styles = (
            ParagraphStyle("t1", fontName=BOLD, fontSize=size, leading=size * 1.2,
                           textColor=self.t.dark),
            ParagraphStyle("t2", fontName=REGULAR, fontSize=size * 0.66, leading=size * 0.85,
                           textColor=muted(self.t.ink)),
        )  # fmt: skip
        words = self.lang.words(key)
        return [
            Paragraph(escape(french_spacing(text)), styles[min(i, 1)])
            for i, text in enumerate(words)
        ]

    def frame(self, story: Sequence[Flowable], x: float, top: float, w: float, h: float) -> None:
        """Set flowables in a box, shrunk to fit but never below ``MIN_TEXT``: a text too long
        for that is refused rather than printed unreadable."""
        box = KeepInFrame(w, h, list(story), mode="shrink")
        _, used = box.wrapOn(self.c, w, h)
        smallest = min((f.style.fontSize for f in story if isinstance(f, Paragraph)), default=0)
        if smallest and smallest / getattr(box, "_scale", 1.0) < MIN_TEXT - 0.01:
            text = next(f.getPlainText() for f in reversed(story) if isinstance(f, Paragraph))
            raise PrintingError("print.text_too_long", text=shortened(text))
        box.drawOn(self.c, x, top - used)

    def fill(
        self,
        head: list[Flowable],
        blocks: list[list[Flowable]],
        x: float,
        top: float,
        w: float,
        h: float,
    ) -> None:
        """A title and as many whole blocks (quotes, items) as fit in the box, in order."""
        story = list(head)
        for block in blocks:
            if _height([*story, *block], w) > h:
                break
            story += block
        self.frame(story, x, top, w, h)

    def line(
        self,
        text: str,
        font: str,
        size: float,
        colour: Color,
        x: float,
        y: float,
        width: float,
        *,
        centred: bool = False,
        right: bool = False,
    ) -> None:
        """One line of text, made smaller if needed to stay within ``width``, down to
        ``MIN_TEXT``."""
        text = french_spacing(text)
        size = min(size, fit_lines(text, font, size, min(size, MIN_TEXT), width, 1).size)
        self.c.setFillColor(colour)
        self.c.setFont(font, size)
        if centred:
            self.c.drawCentredString(x + width / 2, y, text)
        elif right:
            self.c.drawRightString(x + width, y, text)
        else:
            self.c.drawString(x, y, text)


def _height(story: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() for f in story)
