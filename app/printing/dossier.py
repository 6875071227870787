"""The subsidy dossier of a project on A4 (issue 16), French, Dutch or both: a cover (the
amount requested, who carries it, the date, the contents), the project sheet
(``app.printing.project_sheet``), the diagnosis that justifies it (households naming needs
of each theme, the project's theme marked; the theme's inventory; what its carbon levers
would save), the budget (its lines, and the participatory budget's outcome), and a report to
complete when the project ends: the narrative report's headings and the financial report's
table (budgeted, spent, difference, receipts). Counts of households only, never an answer,
no percentage from fewer than five households."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.actions.dossier import Dossier
from app.actions.projects import REPORT_TEXTS, budget_total, lever_labels, spent_by_line
from app.actions.themes import NEED_THEMES, theme_labels
from app.actions.words import WORDS
from app.analysis import MIN_HOUSEHOLDS
from app.printing.budget_tally import euros
from app.printing.charts import group_digits, interval_text, share_text
from app.printing.fonts import REGULAR, register_fonts
from app.printing.project_sheet import BAND, MARGIN, WIDTH, SheetParts, band, page_footer
from app.printing.texts import Languages, long_date, month_period
from app.printing.theme import DEFAULT_THEME, Theme, theme_named
from survey_forms.model import text_in

H = A4[1]
WRITE_LINES = 5
PARTS = ("part_sheet", "part_diagnosis", "part_budget", "part_report")


class _Dossier(SheetParts):
    def __init__(
        self, dossier: Dossier, languages: Languages, theme: Theme, day: str, final: bool
    ) -> None:
        super().__init__(dossier.project, dossier.diagnosis, languages, theme)
        self.dossier = dossier
        self.day = day
        self.final = final

    def part_name(self, key: str) -> str:
        if key == "part_report" and self.sheet.get("report"):
            key = "part_report_filled"
        return f"{PARTS.index(key if key in PARTS else 'part_report') + 1}. {self.say(key)}"

    def part(self, key: str) -> Paragraph:
        """A part's title, numbered: '2. Le diagnostic qui le justifie / De diagnose...'."""
        return Paragraph(escape(self.part_name(key)), self.s.title)

    def dates(self, iso: str) -> str:
        return " / ".join(dict.fromkeys(long_date(iso, c) for c in self.lang.codes))

    # -- cover -------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        expenses = self.sheet.get("report", {}).get("expenses", [])
        money = [(self.say("budgeted" if self.final else "requested"),
                  self.money(budget_total(self.sheet)))]  # fmt: skip
        if self.final and expenses:
            money.append((self.say("spent"), self.cents(sum(e["cents"] for e in expenses))))
        facts = [
            *money,
            (self.say("carried_by"), str(self.sheet.get("who") or self.say("not_written"))),
            (self.say("dated_report" if self.final else "dated"), self.dates(self.day)),
        ]
        rows = [[self.para(k, self.s.head_cell), self.para(v)] for k, v in facts]
        table = Table(rows, colWidths=[55 * mm, WIDTH - 55 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), self.t.pale),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, self.t.pale),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))  # fmt: skip
        contents = [self.para(self.part_name(key)) for key in PARTS]
        return [
            Spacer(1, 4 * mm),
            self.key_figures(),
            Spacer(1, 6 * mm),
            Paragraph(escape(self.say("what")), self.s.heading),
            *self.free("goal"),
            Spacer(1, 4 * mm),
            table,
            Spacer(1, 10 * mm),
            Paragraph(escape(self.say("contents")), self.s.heading),
            *contents,
        ]

    # -- the diagnosis -----------------------------------------------------------------------

    def diagnosis(self) -> list[Flowable]:
        d = self.d
        story: list[Flowable] = [self.part("part_diagnosis")]
        if not d.households:
            return [*story, self.para(self.say("no_diagnosis"), self.s.note)]
        campaign = d.campaign or {}
        period = " · ".join(dict.fromkeys(
            month_period(campaign.get("starts_on"), campaign.get("ends_on"), c)
            for c in self.lang.codes
        )) or "—"  # fmt: skip
        story.append(self.para(self.say("diagnosis_intro", campaign=campaign.get("name", "—"),
                                        period=period, n=group_digits(d.households),
                                        m=MIN_HOUSEHOLDS)))  # fmt: skip
        story.append(Paragraph(escape(self.say("themes_table")), self.s.sub))
        story.append(self.themes_table())
        story += self.diagnosis_said()
        story.append(self.para(self.inventory_counts()))
        story += self.carbon()
        return story

    def themes_table(self) -> Table:
        labels = theme_labels()
        rows = [[self.say("theme"), self.say("households"), self.say("share_col"),
                 self.say("interval_col")]]  # fmt: skip
        mark = None
        for theme, texts in labels.items():
            share = self.d.themes.get(theme)
            if share is None:
                continue
            count = group_digits(share.count)
            if 0 < share.count < MIN_HOUSEHOLDS:  # a handful of households is never counted
                count = self.lang.word("fewer_than", n=MIN_HOUSEHOLDS)
            label = self.texts(texts)
            if theme == self.p.theme:
                label += f" ({self.say('this_project')})"
                mark = len(rows)
            rows.append([label, count, share_text(share, Languages(self.lang.codes[:1])),
                         interval_text(share)])  # fmt: skip
        return self.table(rows, [WIDTH - 100 * mm, 30 * mm, 30 * mm, 40 * mm], right=(1, 2, 3),
                          marked=mark)  # fmt: skip

    def inventory_counts(self) -> str:
        items = [i for i in self.d.items if NEED_THEMES.get(i.theme) == self.p.theme]
        needs = sum(i.kind == "need" for i in items)
        resources = sum(i.kind == "resource" for i in items)
        return self.say("inventory_counts", needs=needs, resources=resources,
                        others=len(items) - needs - resources)  # fmt: skip

    def carbon(self) -> list[Flowable]:
        savings = self.dossier.savings
        if not savings:
            return []
        labels = lever_labels()
        rows = [[self.say("lever_col"), self.say("tonnes_year"), self.say("kg_person")]]
        for s in savings:
            rows.append([self.texts(labels[s.key]), f"{s.tonnes:.1f}".replace(".", ","),
                         group_digits(s.per_person)])  # fmt: skip
        return [KeepTogether([
            Paragraph(escape(self.say("carbon_title")), self.s.sub),
            self.para(self.say("carbon_intro", n=group_digits(self.dossier.carbon_households))),
            self.table(rows, [WIDTH - 70 * mm, 35 * mm, 35 * mm], right=(1, 2)),
        ])]  # fmt: skip

    # -- the budget --------------------------------------------------------------------------

    def budget(self) -> list[Flowable]:
        table = self.budget_table()
        story: list[Flowable] = [
            self.part("part_budget"),
            table if table is not None else self.para(self.say("not_written"), self.s.note),
        ]
        for outcome in self.dossier.rounds:
            r, p = outcome.round, outcome.proposal
            story.append(Paragraph(escape(self.say("vote_title")), self.s.heading))
            story.append(self.para(self.say(
                "vote_line", title=r.title, envelope=self.money(r.envelope), code=p.code,
                cost=self.money(p.cost), approvals=outcome.approvals, ballots=outcome.ballots,
            )))  # fmt: skip
            if not outcome.funded:
                story.append(self.para(self.say("vote_open"), self.s.note))
            for rule, funded in outcome.funded.items():
                key = "vote_funded" if funded else "vote_not_funded"
                rule_name = {c: text_in(WORDS[f"rule_{rule}"], c) for c in self.lang.codes}
                story.append(self.para(" / ".join(self.sentences(key, rule=rule_name))))
        return story

    # -- the report to complete --------------------------------------------------------------

    def report(self) -> list[Flowable]:
        """The narrative and financial report: as written when the project ended (the
        sheet's ``report``), else headings and ruled lines to complete."""
        reach = self.sheet.get("reach")
        written: dict[str, Any] = self.sheet.get("report", {})
        title = self.part("part_report")
        story: list[Flowable] = [title, Paragraph(escape(self.say("narrative")), self.s.heading)]
        texts = dict(zip(("narrative_done", "narrative_change", "narrative_lessons",
                          "narrative_next"), REPORT_TEXTS, strict=True))  # fmt: skip
        for key, name in texts.items():
            heading = Paragraph(escape(self.say(key)), self.s.sub)
            if written:
                story += [heading, *self.free_in(written, name)]
            else:
                story.append(KeepTogether([heading, self.write_box()]))
            if key == "narrative_done":
                planned = group_digits(reach) if reach else "……"
                if written.get("reached") is not None:
                    line = self.say("narrative_reached", planned=planned,
                                    reached=group_digits(written["reached"]))  # fmt: skip
                else:
                    line = self.say("narrative_reach", planned=planned)
                story.append(self.para(line))
        if self.dossier.photos:
            story += [
                CondPageBreak(60 * mm),
                Paragraph(escape(self.say("photos")), self.s.heading),
                self.photos(),
            ]
        story += [CondPageBreak(70 * mm),
                  Paragraph(escape(self.say("financial")), self.s.heading),
                  self.financial(), Spacer(1, 2 * mm),
                  self.para(self.say("financial_note"), self.s.note)]  # fmt: skip
        return story

    def photos(self) -> Table:
        """Two photos a row, each at most a column wide and 70 mm high, its caption under
        it; one this computer lacks is said so in its place."""
        gap = 6 * mm
        column = (WIDTH - gap) / 2
        cells: list[list[Flowable]] = []
        for photo in self.dossier.photos:
            cell: list[Flowable] = []
            if photo.content is None:
                cell.append(self.para(self.say("photo_missing"), self.s.note))
            else:
                reader = ImageReader(BytesIO(photo.content))
                w, h = reader.getSize()
                scale = min(column / w, 70 * mm / h)
                cell.append(Image(BytesIO(photo.content), w * scale, h * scale))
            if photo.caption:
                cell.append(self.para(photo.caption, self.s.note))
            cells.append(cell)
        rows = [cells[i : i + 2] + [[]] * (2 - len(cells[i : i + 2]))
                for i in range(0, len(cells), 2)]  # fmt: skip
        table = Table(rows, colWidths=[column + gap / 2] * 2)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))  # fmt: skip
        return table

    def free_in(self, texts: dict[str, Any], name: str) -> list[Flowable]:
        text = str(texts.get(name) or "")
        if not text:
            return [self.para(self.say("not_written"), self.s.note)]
        return [self.para(paragraph) for paragraph in text.split("\n\n")]

    def write_box(self) -> Table:
        """Ruled lines to write on."""
        table = Table([[""]] * WRITE_LINES, colWidths=[WIDTH], rowHeights=[7 * mm] * WRITE_LINES)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, self.t.bars[5])]))
        return table

    def cents(self, cents: int) -> str:
        return euros(Fraction(cents, 100), self.lang.first)

    def signed(self, cents: int) -> str:
        """A difference: '+50 €' over the budget, '−30 €' under it, '0 €' on it."""
        text = self.cents(abs(cents))
        return f"+{text}" if cents > 0 else f"−{text}" if cents < 0 else text

    def financial(self) -> Table:
        header = [self.say("line"), self.say("budgeted"), self.say("spent"),
                  self.say("difference"), self.say("receipts")]  # fmt: skip
        rows = [header]
        expenses = self.sheet.get("report", {}).get("expenses", [])
        if not expenses:
            rows += [[line["label"], self.money(int(line["amount"])), "", "", ""]
                     for line in self.sheet.get("budget", [])]  # fmt: skip
            rows += [["\u00a0", "", "", "", ""]] * 2  # room for expenses no line foresaw
            rows.append([self.say("total"), self.money(budget_total(self.sheet)), "", "", ""])
        else:
            spent, others = spent_by_line(self.sheet)
            receipts: dict[str, list[str]] = {}
            for e in expenses:
                receipts.setdefault(e["line"], []).append(e["receipt"])
            for line in self.sheet.get("budget", []):
                used, planned_line = spent[line["label"]], int(line["amount"])
                numbers = ", ".join(r for r in receipts.get(line["label"], []) if r)
                rows.append([line["label"], self.money(planned_line), self.cents(used),
                             self.signed(used - planned_line * 100), numbers])  # fmt: skip
            for e in others:
                label = self.say("unforeseen")
                if e["line"]:
                    label += f" — {e['line']}"
                rows.append([label, "—", self.cents(e["cents"]), self.signed(e["cents"]),
                             e["receipt"]])  # fmt: skip
            total = sum(e["cents"] for e in expenses)
            planned = budget_total(self.sheet) * 100
            rows.append([self.say("total"), self.money(budget_total(self.sheet)),
                         self.cents(total), self.signed(total - planned), ""])  # fmt: skip
        widths = [WIDTH - 120 * mm, 26 * mm, 28 * mm, 28 * mm, 38 * mm]
        table = self.table(rows, widths, right=(1, 2, 3), total=True)
        table.setStyle(TableStyle([("GRID", (1, 1), (-1, -1), 0.3, self.t.bars[5]),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -2), [None])]))  # fmt: skip
        return table


def draw_dossier(
    dossier: Dossier,
    out: Path | BinaryIO,
    languages: Languages | None = None,
    theme: str = DEFAULT_THEME,
    today: str | None = None,
    final: bool = False,
) -> int:
    """Write the dossier's PDF; returns its number of pages. ``final``: the end-of-project
    report (the same parts, titled so, its report as written)."""
    register_fonts()
    languages = languages or Languages()
    colours = theme_named(theme)
    day = today or date.today().isoformat()
    parts = _Dossier(dossier, languages, colours, day, final)
    project = dossier.project
    kicker = parts.say("final_report" if final else "dossier")
    subtitle = " · ".join(
        [languages.place(str(dossier.diagnosis.neighbourhood["name"])), parts.theme_label]
    )
    footer = parts.footer()

    def banded(canvas: Canvas, doc: BaseDocTemplate) -> None:
        band(canvas, colours, kicker, project.title, subtitle)
        page_footer(canvas, colours, footer, doc.page)

    def plain(canvas: Canvas, doc: BaseDocTemplate) -> None:
        page_footer(canvas, colours, footer, doc.page)

    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(target, pagesize=A4, title=f"{kicker} — {project.title}",
                          creator="Quartier", lang=languages.tag,
                          initialFontName=REGULAR)  # fmt: skip
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    under_band = Frame(MARGIN, 16 * mm, WIDTH, H - BAND - 6 * mm - 16 * mm, **pad)
    full = Frame(MARGIN, 16 * mm, WIDTH, H - 16 * mm - MARGIN, **pad)
    doc.addPageTemplates([
        PageTemplate("cover", [under_band], onPage=banded),
        PageTemplate("sheet", [under_band], onPage=banded),
        PageTemplate("rest", [full], onPage=plain),
    ])  # fmt: skip
    story: list[Flowable] = [
        *parts.cover(),
        NextPageTemplate("sheet"),
        PageBreak(),
        NextPageTemplate("rest"),
        *parts.flowables(),
        PageBreak(),
        *parts.diagnosis(),
        PageBreak(),
        *parts.budget(),
        PageBreak(),
        *parts.report(),
    ]
    doc.build(story)
    return int(doc.page)
