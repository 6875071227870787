"""The benchmark grid on A3 landscape: one row per neighbourhood, one column per theme, and the
legend that states the level rule and the gap rule (the very texts of ``app.actions.grid``).

A cell shows its level (a numbered badge, and a tint that darkens with the level), its actions
by stage (four boxes, from an empty box for ideas to a dark one for finished actions), the
people reached, the needs residents expressed, and, framed in dashes, "besoin sans action" when
the theme is a gap. Up to ``ROWS_PER_PAGE`` neighbourhoods a page; more continue on the next.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, Paragraph

from app.actions.grid import GAP_RULE, LEVEL_RULE, Cell, Grid, Row
from app.actions.themes import NEED_THEMES, STAGES, stage_labels
from app.actions.words import WORDS
from app.analysis import MIN_HOUSEHOLDS
from app.printing.fonts import BOLD, REGULAR, register_fonts
from app.printing.layout import fit_lines
from app.printing.texts import Languages, long_date
from app.printing.theme import DEFAULT_THEME, Theme, muted, readable, theme_named
from survey_forms.builtin import INVENTORY_FORM, load_builtin
from survey_forms.model import Texts, text_in

W, H = landscape(A3)
MARGIN = 28.0
HEADER = 78.0
LEGEND = 158.0
NAME_COLUMN = 170.0
HEAD_ROW = 42.0
ROWS_PER_PAGE = 4
PAD = 6.0
BOX_W, BOX_H, BOX_GAP = 22.0, 18.0, 3.0
BADGE = 11.0


def draw_grid(
    grid: Grid,
    out: Path | BinaryIO,
    languages: Languages | None = None,
    theme: str = DEFAULT_THEME,
    today: str | None = None,
) -> int:
    """Write the grid's PDF; returns the number of pages."""
    register_fonts()
    languages = languages or Languages()
    colours = theme_named(theme)
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=(W, H), pageCompression=1, initialFontName=REGULAR,
                    lang=languages.tag)  # fmt: skip
    canvas.setTitle(_join(languages, WORDS["grid_title"]))
    canvas.setCreator("Quartier")
    day = today or date.today().isoformat()
    chunks = [grid.rows[i : i + ROWS_PER_PAGE] for i in range(0, len(grid.rows), ROWS_PER_PAGE)]
    for rows in chunks or [[]]:
        _Page(canvas, grid, languages, colours).draw(rows, day)
        canvas.showPage()
    canvas.save()
    return len(chunks) or 1


def _join(languages: Languages, texts: Texts, **params: object) -> str:
    return languages.join(texts, **params)


class _Page:
    def __init__(self, canvas: Canvas, grid: Grid, languages: Languages, theme: Theme) -> None:
        self.c = canvas
        self.grid = grid
        self.lang = languages
        self.t = theme
        self.column = (W - 2 * MARGIN - NAME_COLUMN) / len(grid.themes)
        #: Tints of levels 0-3, and the fill of the stage boxes (idea -> finished).
        self.tints = (white, theme.pale, theme.bars[6], theme.bars[4])
        self.boxes = (white, theme.bars[6], theme.bars[2], theme.dark)

    def draw(self, rows: list[Row], day: str) -> None:
        top = self.header(day)
        bottom = MARGIN + LEGEND + 14
        self.head_row(top)
        height = min(150.0, (top - HEAD_ROW - bottom) / ROWS_PER_PAGE)
        y = top - HEAD_ROW
        for row in rows:
            self.row(row, y, height)
            y -= height
        # the legend follows the table, so that a short grid leaves no hole in the page
        self.legend(max(MARGIN + LEGEND, y - 24))

    # -- header and columns -------------------------------------------------------------

    def header(self, day: str) -> float:
        c = self.c
        c.setFillColor(self.t.dark)
        c.rect(0, H - HEADER, W, HEADER, stroke=0, fill=1)
        titles = self.lang.each(WORDS["grid_title"])
        c.setFillColor(white)
        c.setFont(BOLD, 24)
        c.drawString(MARGIN, H - 36, titles[0])
        dates = [long_date(day, code) for code in self.lang.codes]
        subtitle = " / ".join(
            dict.fromkeys(
                text_in(WORDS["grid_subtitle"], code).format(date=d)
                for code, d in zip(self.lang.codes, dates, strict=True)
            )
        )
        c.setFont(REGULAR, 12)
        c.setFillColor(self.t.accent_on_dark)
        second = f"{titles[1]} — " if len(titles) > 1 else ""
        c.drawString(MARGIN, H - 60, second + subtitle)
        return H - HEADER - 14

    def head_row(self, top: float) -> None:
        c = self.c
        x = MARGIN + NAME_COLUMN
        for texts in self.grid.themes.values():
            names = self.lang.each(texts)
            centre = x + self.column / 2
            c.setFillColor(self.t.dark)
            fitted = fit_lines(names[0], BOLD, 13, 8, self.column - 2 * PAD, 1)
            c.setFont(BOLD, fitted.size)
            c.drawCentredString(centre, top - 18, fitted.lines[0])
            if len(names) > 1:
                c.setFillColor(muted(self.t.ink))
                fitted = fit_lines(names[1], REGULAR, 10, 7, self.column - 2 * PAD, 1)
                c.setFont(REGULAR, fitted.size)
                c.drawCentredString(centre, top - 33, fitted.lines[0])
            x += self.column
        c.setStrokeColor(self.t.dark)
        c.setLineWidth(1.2)
        c.line(MARGIN, top - HEAD_ROW, W - MARGIN, top - HEAD_ROW)

    # -- rows and cells -----------------------------------------------------------------

    def row(self, row: Row, top: float, height: float) -> None:
        c = self.c
        fitted = fit_lines(self.lang.place(row.name), BOLD, 15, 9, NAME_COLUMN - 2 * PAD, 3)
        c.setFillColor(self.t.ink)
        c.setFont(BOLD, fitted.size)
        y = top - PAD - fitted.size
        for line in fitted.lines:
            c.drawString(MARGIN + PAD, y, line)
            y -= fitted.leading
        x = MARGIN + NAME_COLUMN
        for theme in self.grid.themes:
            self.cell(row.cells[theme], x, top, height)
            x += self.column
        c.setStrokeColor(muted(self.t.ink))
        c.setLineWidth(0.5)
        c.line(MARGIN, top - height, W - MARGIN, top - height)

    def cell(self, cell: Cell, x: float, top: float, height: float) -> None:
        c = self.c
        inner = self.column - 2 * PAD
        tint = self.tints[cell.level]
        c.setFillColor(tint)
        c.setStrokeColor(white)
        c.rect(x + 1.5, top - height + 1.5, self.column - 3, height - 3, stroke=0, fill=1)
        ink = readable(self.t.ink, tint, 7)
        self.badge(cell.level, x + PAD + BADGE, top - PAD - BADGE)
        self.stage_boxes(cell, x + PAD + 2 * BADGE + 6, top - PAD - BOX_H - 2)
        y = top - PAD - 2 * BADGE - 14
        if cell.actions and not self.grid.counts_only:
            y = self.lines(self.lang.each(WORDS["reached_n"], n=cell.reached), REGULAR, 8.5,
                           x + PAD, y, inner, ink)  # fmt: skip
        needs = self.needs_text(cell)
        if needs:
            y = self.lines(needs, REGULAR, 8, x + PAD, y - 2, inner, muted(ink))
        if cell.gap:
            self.gap(x, top, height)

    def badge(self, level: int, cx: float, cy: float) -> None:
        c = self.c
        c.setFillColor(white)
        c.setStrokeColor(self.t.dark)
        c.setLineWidth(1.2)
        c.circle(cx, cy, BADGE, stroke=1, fill=1)
        c.setFillColor(self.t.dark)
        c.setFont(BOLD, 13)
        c.drawCentredString(cx, cy - 4.5, str(level))

    def stage_boxes(self, cell: Cell, x: float, y: float) -> None:
        c = self.c
        c.setLineWidth(0.8)
        for fill, stage in zip(self.boxes, STAGES, strict=True):
            c.setFillColor(fill)
            c.setStrokeColor(self.t.dark)
            c.rect(x, y, BOX_W, BOX_H, stroke=1, fill=1)
            c.setFillColor(readable(self.t.ink, fill, 7))
            c.setFont(BOLD, 10)
            c.drawCentredString(x + BOX_W / 2, y + 5, str(cell.stages[stage]))
            x += BOX_W + BOX_GAP

    def needs_text(self, cell: Cell) -> list[str]:
        """'Besoins : 61 ménages, 1 fiche' — households only from MIN_HOUSEHOLDS up."""
        lines = []
        for code in self.lang.codes:
            parts = []
            if cell.needs.households >= MIN_HOUSEHOLDS:
                parts.append(text_in(WORDS["households_n"], code).format(n=cell.needs.households))
            if cell.needs.items:
                parts.append(text_in(WORDS["items_n"], code).format(n=cell.needs.items))
            if parts:
                label = text_in(WORDS["needs_label"], code)
                separator = " : " if code == "fr" else ": "
                lines.append(f"{label}{separator}{', '.join(parts)}")
        return list(dict.fromkeys(lines))

    def lines(
        self, texts: list[str], font: str, size: float, x: float, y: float, width: float,
        colour: Color,
    ) -> float:  # fmt: skip
        """Each text at ``size`` (smaller or wrapped on two lines if need be); returns the
        baseline of the next line."""
        c = self.c
        c.setFillColor(colour)
        for text in texts:
            fitted = fit_lines(text, font, size, 6.5, width, 2)
            c.setFont(font, fitted.size)
            for line in fitted.lines:
                c.drawString(x, y, line)
                y -= fitted.leading + 1
        return y

    def gap(self, x: float, top: float, height: float) -> None:
        c = self.c
        colour = self.t.accent_on_white
        c.saveState()
        c.setStrokeColor(colour)
        c.setLineWidth(2.2)
        c.setDash(6, 3)
        c.rect(x + 3, top - height + 3, self.column - 6, height - 6, stroke=1, fill=0)
        c.restoreState()
        labels = self.lang.each(WORDS["gap"])
        y = top - height + PAD + 4 + 11 * (len(labels) - 1)
        c.setFillColor(colour)
        for label in labels:
            fitted = fit_lines(label, BOLD, 9.5, 7, self.column - 2 * PAD - 4, 1)
            c.setFont(BOLD, fitted.size)
            c.drawString(x + PAD + 2, y, fitted.lines[0])
            y -= 11

    # -- legend -------------------------------------------------------------------------

    def legend(self, top: float) -> None:
        c = self.c
        c.setStrokeColor(self.t.dark)
        c.setLineWidth(1.2)
        c.line(MARGIN, top, W - MARGIN, top)
        y = top - 16
        widths = (360.0, 220.0, 290.0)
        x = MARGIN
        self.legend_levels(x, y, widths[0] - 16)
        x += widths[0]
        self.legend_stages(x, y, widths[1] - 16)
        x += widths[1]
        self.legend_gaps(x, y, widths[2] - 16)
        x += widths[2]
        self.legend_notes(x, y, W - MARGIN - x, top - MARGIN - 16)

    def title(self, key: str, x: float, y: float, width: float) -> float:
        self.c.setFillColor(self.t.dark)
        fitted = fit_lines(_join(self.lang, WORDS[key]), BOLD, 10.5, 8, width, 2)
        self.c.setFont(BOLD, fitted.size)
        for line in fitted.lines:
            self.c.drawString(x, y, line)
            y -= fitted.leading
        return y - 6

    def legend_levels(self, x: float, y: float, width: float) -> None:
        y = self.title("legend_levels", x, y, width)
        for level, texts in LEVEL_RULE.items():
            c = self.c
            c.setFillColor(self.tints[level])
            c.setStrokeColor(muted(self.t.ink))
            c.setLineWidth(0.5)
            c.rect(x, y - 8, 30, 20, stroke=1, fill=1)
            self.badge_small(level, x + 15, y + 2)
            y = self.lines(self.lang.each(texts), REGULAR, 8, x + 38, y, width - 38, self.t.ink)
            y -= 5

    def badge_small(self, level: int, cx: float, cy: float) -> None:
        c = self.c
        c.setFillColor(white)
        c.setStrokeColor(self.t.dark)
        c.circle(cx, cy, 7, stroke=1, fill=1)
        c.setFillColor(self.t.dark)
        c.setFont(BOLD, 9)
        c.drawCentredString(cx, cy - 3.2, str(level))

    def legend_stages(self, x: float, y: float, width: float) -> None:
        y = self.title("legend_stages", x, y, width)
        c = self.c
        for fill, (_stage, texts) in zip(self.boxes, stage_labels().items(), strict=True):
            c.setFillColor(fill)
            c.setStrokeColor(self.t.dark)
            c.setLineWidth(0.8)
            c.rect(x, y - 5, BOX_W, BOX_H * 0.8, stroke=1, fill=1)
            self.lines([_join(self.lang, texts)], REGULAR, 8.5, x + BOX_W + 8, y, width - 30,
                       self.t.ink)  # fmt: skip
            y -= 21

    def legend_gaps(self, x: float, y: float, width: float) -> None:
        y = self.title("legend_gaps", x, y, width)
        c = self.c
        c.saveState()
        c.setStrokeColor(self.t.accent_on_white)
        c.setLineWidth(2.2)
        c.setDash(6, 3)
        c.rect(x + 1, y - 14, 30, 22, stroke=1, fill=0)
        c.restoreState()
        texts = [t[0].upper() + t[1:] + "." for t in self.lang.each(GAP_RULE)]
        self.paragraphs(texts, x + 40, y + 10, width - 40, 110, 8)

    def legend_notes(self, x: float, y: float, width: float, height: float) -> None:
        inventory = load_builtin(INVENTORY_FORM).choice_lists["themes"]
        texts = []
        for code in self.lang.codes:
            names = {t: text_in(label, code) for t, label in self.grid.themes.items()}
            mapping = "; ".join(
                f"{text_in(choice.label, code)} → {names[NEED_THEMES[choice.name]]}"
                for choice in inventory
                if choice.name in NEED_THEMES
            )
            texts.append(text_in(WORDS["legend_mapping"], code).format(mapping=mapping))
        if self.grid.counts_only:
            texts = self.lang.each(WORDS["counts_only"])
        texts += self.lang.each(WORDS["no_personal"])
        self.paragraphs(list(dict.fromkeys(texts)), x, y + 10, width, height, 7.5)

    def paragraphs(
        self, texts: list[str], x: float, top: float, width: float, height: float, size: float
    ) -> None:
        """Wrapped texts in a frame, shrunk if they would not fit in it."""
        style = ParagraphStyle("legend", fontName=REGULAR, fontSize=size, leading=size * 1.25,
                               textColor=self.t.ink, spaceAfter=3)  # fmt: skip
        story = [Paragraph(escape(text), style) for text in texts]
        frame = KeepInFrame(width, height, story, mode="shrink")
        _w, used = frame.wrapOn(self.c, width, height)
        frame.drawOn(self.c, x, top - used)
