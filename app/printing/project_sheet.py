"""A transition project's sheet on A4 (issue 16), French, Dutch or both: the title band with
the neighbourhood, theme and stage; four key figures (budget, people to reach, stage,
timeline); then why (the group's words, and what the diagnosis showed: the linked needs with
their households under the honest-figure rules, the inventory items, the carbon levers), what,
how, who and where, when (the milestones) and how much (the budget lines and their total).

The sheet's parts are flowables (``SheetParts``) that the subsidy dossier prints again.
Only counts of households are printed, never a resident's answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.actions.projects import Diagnosis, NeedFigure, budget_total, lever_labels
from app.actions.themes import stage_labels, theme_labels
from app.actions.words import WORDS
from app.analysis import MIN_HOUSEHOLDS
from app.printing.budget_tally import euros
from app.printing.charts import group_digits, interval_text, share_text
from app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from app.printing.texts import Languages, long_date, month_period, place_in
from app.printing.theme import DEFAULT_THEME, Theme, muted, theme_named
from app.records import ProjectRecord
from survey_forms.builtin import INVENTORY_FORM, load_builtin
from survey_forms.model import Texts, text_in

W, H = A4
MARGIN = 18 * mm
BAND = 34 * mm
WIDTH = W - 2 * MARGIN


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    sub: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    note: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle

    @classmethod
    def of(cls, theme: Theme) -> Styles:
        body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5,
                              textColor=theme.ink, spaceAfter=3)  # fmt: skip
        return cls(
            title=ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=24,
                                 textColor=theme.dark, spaceAfter=6),
            heading=ParagraphStyle("heading", fontName=BOLD, fontSize=12.5, leading=15,
                                   textColor=theme.dark, spaceBefore=9, spaceAfter=3),
            sub=ParagraphStyle("sub", fontName=BOLD, fontSize=10, leading=13,
                               textColor=theme.ink, spaceBefore=4, spaceAfter=2),
            body=body,
            cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
            head_cell=ParagraphStyle("th", parent=body, fontName=BOLD, fontSize=9,
                                     leading=11.5, textColor=theme.dark, spaceAfter=0),
            note=ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=8.5,
                                leading=11, textColor=muted(theme.ink)),
            figure=ParagraphStyle("figure", fontName=BOLD, fontSize=15, leading=18,
                                  textColor=theme.dark, alignment=1),
            figure_label=ParagraphStyle("figure_label", fontName=REGULAR, fontSize=8,
                                        leading=10, textColor=theme.ink, alignment=1),
        )  # fmt: skip


class SheetParts:
    """The project sheet's flowables, in a language choice and a theme."""

    def __init__(
        self,
        project: ProjectRecord,
        diagnosis: Diagnosis,
        languages: Languages,
        theme: Theme,
    ) -> None:
        self.p = project
        self.sheet: dict[str, Any] = project.data
        self.d = diagnosis
        self.lang = languages
        self.t = theme
        self.s = Styles.of(theme)

    # -- words ------------------------------------------------------------------------------

    def say(self, key: str, **params: object) -> str:
        return self.lang.join(WORDS[key], **params)

    def sentences(self, key: str, **params: object) -> list[str]:
        """The sentence in each language printed, a parameter given as texts (a label of the
        form) taken in that language too; a sentence the same in both is printed once."""
        found = [
            text_in(WORDS[key], code, "fr").format(
                **{k: text_in(v, code, "fr") if isinstance(v, dict) else v
                   for k, v in params.items()}
            )
            for code in self.lang.codes
        ]  # fmt: skip
        return list(dict.fromkeys(found))

    def bullet(self, sentences: list[str]) -> Paragraph:
        """One line of evidence: the first language, the second beneath it, muted."""
        first, *others = sentences
        text = escape(first)
        grey = "#" + muted(self.t.ink).hexval()[2:]
        for other in others:
            text += f'<br/><font color="{grey}">{escape(other)}</font>'
        return Paragraph(text, ParagraphStyle("bullet", parent=self.s.body, leftIndent=9,
                                              bulletIndent=0), bulletText="•")  # fmt: skip

    def texts(self, texts: Texts) -> str:
        return " / ".join(dict.fromkeys(text_in(texts, code, "fr") for code in self.lang.codes))

    def money(self, amount: int) -> str:
        return euros(amount, self.lang.first)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.s.body)

    def heading(self, key: str) -> Paragraph:
        return Paragraph(escape(self.say(key)), self.s.heading)

    def free(self, name: str) -> list[Flowable]:
        """A text the group wrote, as written (in its own language), or 'à compléter'."""
        text = str(self.sheet.get(name) or "")
        if text:
            return [self.para(paragraph) for paragraph in text.split("\n\n")]
        return [self.para(self.say("not_written"), self.s.note)]

    @property
    def theme_label(self) -> str:
        return self.texts(theme_labels().get(self.p.theme, {"fr": self.p.theme}))

    @property
    def stage_label(self) -> str:
        return self.texts(stage_labels().get(self.p.stage, {"fr": self.p.stage}))

    # -- parts ------------------------------------------------------------------------------

    def key_figures(self) -> Flowable:
        milestones = self.sheet.get("milestones", [])
        period = "<br/>".join(
            dict.fromkeys(
                escape(month_period(milestones[0]["date"], milestones[-1]["date"], code))
                for code in self.lang.codes
            )
        ) if milestones else "—"  # fmt: skip
        reach = self.sheet.get("reach")
        figures = [
            (escape(self.money(budget_total(self.sheet))) if self.sheet.get("budget") else "—",
             self.say("budget_total")),
            (escape(group_digits(reach)) if reach else "—", self.say("expected_reach")),
            ("<br/>".join(escape(s) for s in self.stage_label.split(" / ")), self.say("stage")),
            (period, self.say("period")),
        ]  # fmt: skip
        small = ParagraphStyle("figure_small", parent=self.s.figure, fontSize=10.5, leading=13)
        cells = [
            [Paragraph(value, small if len(value) > 12 else self.s.figure),
             self.para(label, self.s.figure_label)]
            for value, label in figures
        ]  # fmt: skip
        table = Table([cells], colWidths=[WIDTH / 4] * 4, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), self.t.pale),
            ("LINEAFTER", (0, 0), (-2, -1), 1.5, white),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))  # fmt: skip
        return table

    def why(self) -> list[Flowable]:
        return [self.heading("why"), *self.free("why"), *self.diagnosis_said()]

    def diagnosis_said(self) -> list[Flowable]:
        """What the diagnosis showed for this project: the linked needs, items, levers."""
        story: list[Flowable] = []
        evidence = self.evidence()
        if evidence or self.sheet.get("origin") == "gap":
            story.append(self.para(self.say("diagnosis_said"), self.s.sub))
        if self.sheet.get("origin") == "gap":
            story.append(self.para(self.say("from_gap"), self.s.note))
        story += [self.bullet(line) for line in evidence]
        return story

    def evidence(self) -> list[list[str]]:
        """One line per linked need (its households), inventory item and carbon lever, in
        each language printed."""
        lines = []
        for key in self.sheet.get("needs", []):
            figure = self.d.need(key)
            if figure is not None:
                lines.append(self.need_line(figure))
        kinds = {c.name: c.label for c in load_builtin(INVENTORY_FORM).choice_lists["kinds"]}
        for item_id in self.sheet.get("items", []):
            item = self.d.item(item_id)
            if item is not None:
                kind = {c: t.lower() for c, t in kinds.get(item.kind, {"fr": item.kind}).items()}
                lines.append(self.sentences("inventory_item", name=item.name, kind=kind))
        levers = lever_labels()
        for key in self.sheet.get("levers", []):
            if key in levers:
                lines.append(self.sentences("lever", label=levers[key]))
        return lines

    def need_line(self, figure: NeedFigure) -> list[str]:
        """'Plus d'arbres : 66 des 300 ménages interrogés (22 % ; fourchette 95 % : 18 – 27 %)';
        never a count under 5."""
        share = figure.share
        if 0 < share.count < MIN_HOUSEHOLDS:
            return self.sentences("need_few", label=figure.label, m=MIN_HOUSEHOLDS)
        count, n = group_digits(share.count), group_digits(share.n)
        if not share.printable:
            return self.sentences("need_count", label=figure.label, count=count, n=n)
        percent = share_text(share, Languages(self.lang.codes[:1]))
        return self.sentences("need_share", label=figure.label, count=count, n=n, share=percent,
                              interval=interval_text(share))  # fmt: skip

    def what_how(self) -> list[Flowable]:
        return [self.heading("what"), *self.free("goal"), self.heading("how"), *self.free("how")]

    def who_where(self) -> Flowable:
        half = WIDTH / 2 - 3 * mm
        cells = [[[self.heading("who"), *self.free("who")],
                  [self.heading("where"), *self.free("where")]]]  # fmt: skip
        table = Table(cells, colWidths=[half, half], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), 6 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))  # fmt: skip
        return table

    def when(self) -> list[Flowable]:
        milestones = self.sheet.get("milestones", [])
        if not milestones:
            return [self.heading("when"), self.para(self.say("not_written"), self.s.note)]
        rows = [[self.say("date"), self.say("milestone")]]
        rows += [[" / ".join(dict.fromkeys(long_date(m["date"], c) for c in self.lang.codes)),
                  m["what"]] for m in milestones]  # fmt: skip
        left = (36 if len(self.lang.codes) == 1 else 62) * mm
        return [KeepTogether([self.heading("when"), self.table(rows, [left, WIDTH - left])])]

    def how_much(self) -> list[Flowable]:
        table = self.budget_table()
        if table is None:
            return [self.heading("how_much"), self.para(self.say("not_written"), self.s.note)]
        return [KeepTogether([self.heading("how_much"), table])]

    def budget_table(self) -> Table | None:
        """The budget lines and their total; None without a budget."""
        budget = self.sheet.get("budget", [])
        if not budget:
            return None
        rows = [[self.say("line"), self.say("amount")]]
        rows += [[line["label"], self.money(int(line["amount"]))] for line in budget]
        rows.append([self.say("total"), self.money(budget_total(self.sheet))])
        return self.table(rows, [WIDTH - 40 * mm, 40 * mm], right=(1,), total=True)

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        *,
        right: tuple[int, ...] = (),
        total: bool = False,
        marked: int | None = None,
    ) -> Table:
        """A table with a header row (and a total row), every cell a wrapping paragraph; the
        row ``marked`` in bold on a tint."""
        last = len(rows) - 1
        strong = {0, *([last] if total else []), *([marked] if marked is not None else [])}
        cells = [
            [
                Paragraph(escape(str(value)), self.s.head_cell if r in strong else self.s.cell)
                for value in row
            ]
            for r, row in enumerate(rows)
        ]
        for r in range(len(cells)):
            for c in right:
                cells[r][c].style = ParagraphStyle(f"right{r}", parent=cells[r][c].style,
                                                   alignment=2)  # fmt: skip
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), self.t.pale),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.t.dark),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, self.t.pale),
        ]
        if total:
            style.append(("LINEABOVE", (0, last), (-1, last), 0.8, self.t.dark))
        if marked is not None:
            style.append(("BACKGROUND", (0, marked), (-1, marked), self.t.pale))
        table.setStyle(TableStyle(style))
        return table

    def flowables(self) -> list[Flowable]:
        """The whole sheet, after the title band."""
        return [
            self.key_figures(),
            Spacer(1, 2 * mm),
            *self.why(),
            *self.what_how(),
            self.who_where(),
            *self.when(),
            *self.how_much(),
        ]

    def footer(self) -> list[str]:
        """The sheet's version, date and neighbourhood, a line per language."""
        day = self.p.updated_at[:10]
        name = str(self.d.neighbourhood["name"])
        return list(dict.fromkeys(
            text_in(WORDS["version_line"], code, "fr").format(
                version=self.p.version, date=long_date(day, code),
                neighbourhood=place_in(name, code))
            for code in self.lang.codes
        ))  # fmt: skip


def band(canvas: Canvas, theme: Theme, kicker: str, title: str, subtitle: str) -> None:
    """The dark band at the top of a page: a small kicker, the title, a subtitle."""
    from app.printing.layout import fit_lines

    canvas.saveState()
    canvas.setFillColor(theme.dark)
    canvas.rect(0, H - BAND, W, BAND, stroke=0, fill=1)
    canvas.setFillColor(theme.accent_on_dark)
    canvas.setFont(BOLD, 9)
    canvas.drawString(MARGIN, H - 11 * mm, kicker.upper())
    fitted = fit_lines(title, BOLD, 20, 12, WIDTH, 2)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, fitted.size)
    y = H - 11 * mm - fitted.leading - 1 * mm
    for line in fitted.lines:
        canvas.drawString(MARGIN, y, line)
        y -= fitted.leading
    canvas.setFillColor(theme.accent_on_dark)
    canvas.setFont(REGULAR, 10)
    canvas.drawString(MARGIN, H - BAND + 5 * mm, subtitle)
    canvas.restoreState()


def page_footer(canvas: Canvas, theme: Theme, lines: list[str], page: int) -> None:
    """The footer's lines (one per language) and the page number, under the frame."""
    canvas.saveState()
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(muted(theme.ink))
    y = 8 * mm + 9 * (len(lines) - 1)
    for line in lines:
        canvas.drawString(MARGIN, y, line)
        y -= 9
    canvas.drawRightString(W - MARGIN, 8 * mm, str(page))
    canvas.restoreState()


def draw_project_sheet(
    project: ProjectRecord,
    diagnosis: Diagnosis,
    out: Path | BinaryIO,
    languages: Languages | None = None,
    theme: str = DEFAULT_THEME,
) -> int:
    """Write the sheet's PDF; returns its number of pages."""
    register_fonts()
    languages = languages or Languages()
    colours = theme_named(theme)
    parts = SheetParts(project, diagnosis, languages, colours)
    kicker = parts.say("project_sheet")
    subtitle = " · ".join(
        [languages.place(str(diagnosis.neighbourhood["name"])), parts.theme_label]
    )
    footer = parts.footer()

    def first(canvas: Canvas, doc: BaseDocTemplate) -> None:
        band(canvas, colours, kicker, project.title, subtitle)
        page_footer(canvas, colours, footer, doc.page)

    def later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_footer(canvas, colours, footer, doc.page)

    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=A4, title=f"{kicker} — {project.title}",
                          creator="Quartier", lang=languages.tag,
                          initialFontName=REGULAR)  # fmt: skip
    top = Frame(MARGIN, 16 * mm, WIDTH, H - BAND - 6 * mm - 16 * mm, id="first",
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    rest = Frame(MARGIN, 16 * mm, WIDTH, H - 16 * mm - MARGIN, id="rest",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([
        PageTemplate("first", [top], onPage=first, autoNextPageTemplate="rest"),
        PageTemplate("rest", [rest], onPage=later),
    ])  # fmt: skip
    doc.build(parts.flowables())
    return int(doc.page)
