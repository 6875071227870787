"""The diagnosis report: a multi-page A4 PDF (platypus) for the group, the commune and the
funding body.

Cover, table of contents, key findings, method, results question by question (chart and
table), quotes, the shared inventory by theme, needs ranked by theme, the comparison with an
earlier campaign when there is one, and the questionnaire as an annex. The cover, the running
header and the footer with "page x / y" are drawn by ``report_pages``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app import analysis
from app.printing.charts import Bar, bar_chart, group_digits
from app.printing.findings import Findings, InventoryItem, gather, labels_by_choice
from app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts, text_width
from app.printing.report_pages import CONTENT_WIDTH, ReportDocument, ReportPages
from app.printing.texts import WORDS, Languages, french_spacing, long_date, month_period
from app.printing.theme import DEFAULT_THEME, Theme, muted, theme_named
from app.store import Store
from survey_forms.model import Group, Question

CELL_SIZE = 8.5
#: Question types the annex names in words rather than by their XLSForm code.
TYPE_WORDS: dict[str, dict[str, str]] = {
    "select_one": {"fr": "un choix", "nl": "één keuze"},
    "select_multiple": {"fr": "plusieurs choix", "nl": "meerdere keuzes"},
    "integer": {"fr": "nombre entier", "nl": "geheel getal"},
    "decimal": {"fr": "nombre", "nl": "getal"},
    "text": {"fr": "texte libre", "nl": "vrije tekst"},
    "date": {"fr": "date", "nl": "datum"},
    "geopoint": {"fr": "emplacement", "nl": "locatie"},
    "image": {"fr": "photo", "nl": "foto"},
}

#: Tables write their default font on every page even when every cell is a paragraph: ours,
#: not an unembedded Helvetica.
_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)
_UNPADDED = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
]


@dataclass(frozen=True)
class ReportOptions:
    languages: Languages = field(default_factory=Languages)
    theme: str = DEFAULT_THEME
    #: The day printed on the cover and in the footers (today by default).
    printed_on: date | None = None


def build_report(
    store: Store,
    out: Path | BinaryIO,
    options: ReportOptions,
    *,
    campaign_id: str | None = None,
    compare_with: str | None = None,
) -> int:
    """Write the report of a campaign (the current one by default), compared with
    ``compare_with`` or else with the neighbourhood's previous campaign, if any. Returns the
    number of pages."""
    findings = report_findings(store, options.languages, campaign_id, compare_with)
    return write_report(findings, out, options)


def report_findings(
    store: Store, languages: Languages, campaign_id: str | None, compare_with: str | None
) -> Findings:
    """What the report needs: up to eight quotes a question, and the earlier campaign."""
    return gather(
        store,
        languages,
        campaign_id=campaign_id,
        compare_with=compare_with,
        previous_by_default=True,
        quotes_per_question=8,
    )


def write_report(findings: Findings, out: Path | BinaryIO, options: ReportOptions) -> int:
    register_fonts()
    theme = theme_named(options.theme)
    printed_on = long_date(
        (options.printed_on or date.today()).isoformat(), findings.languages.first
    )
    pages = ReportPages(findings, theme, printed_on)
    doc = ReportDocument(str(out) if isinstance(out, Path) else out, pages)
    doc.multiBuild(_ReportWriter(findings, theme).story(), canvasmaker=pages.canvas_class())
    return pages.count


class _Heading(Paragraph):
    """A heading that the table of contents lists."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(escape(french_spacing(text)), style)
        self.toc_level = level


class _ReportWriter:
    """Writes the story: every section, from the table of contents to the annex."""

    def __init__(self, findings: Findings, theme: Theme) -> None:
        self.f = findings
        self.t = theme
        self.lang = findings.languages
        ink = theme.ink
        self.styles = {
            "body": ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14,
                                   textColor=ink, spaceAfter=5),
            "small": ParagraphStyle("small", fontName=REGULAR, fontSize=8.5, leading=11,
                                    textColor=ink),
            "muted": ParagraphStyle("muted", fontName=ITALIC, fontSize=9, leading=12,
                                    textColor=muted(ink), spaceAfter=4),
            "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=19, leading=24,
                                 textColor=theme.dark, spaceBefore=4, spaceAfter=10),
            "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=12.5, leading=16,
                                 textColor=theme.dark, spaceBefore=12, spaceAfter=4),
            "quote": ParagraphStyle("quote", fontName=ITALIC, fontSize=10, leading=14,
                                    textColor=ink, leftIndent=12, spaceAfter=5),
            "bullet": ParagraphStyle("bullet", fontName=REGULAR, fontSize=10.5, leading=15,
                                     textColor=ink, leftIndent=14, bulletIndent=2,
                                     bulletFontName=REGULAR, spaceAfter=5),
            "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=CELL_SIZE, leading=11,
                                   textColor=ink),
            "head": ParagraphStyle("head", fontName=BOLD, fontSize=CELL_SIZE, leading=11,
                                   textColor=white),
        }  # fmt: skip

    # -- the story ------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        for section in (
            self.summary,
            self.method,
            self.results,
            self.quotes,
            self.inventory,
            self.needs,
            self.comparison,
            self.annex,
        ):
            part = section()
            if part:
                story += [PageBreak(), *part]
        return story

    def contents(self) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([*_UNPADDED, _FONT]))
        toc.levelStyles = [
            ParagraphStyle("toc0", fontName=BOLD, fontSize=11, leading=16, leftIndent=0,
                           firstLineIndent=0, spaceBefore=6, textColor=self.t.ink),
            ParagraphStyle("toc1", fontName=REGULAR, fontSize=9, leading=12, leftIndent=14,
                           firstLineIndent=0, textColor=self.t.ink),
        ]  # fmt: skip
        return [self.plain_heading(self.lang.word("contents")), toc]

    def summary(self) -> list[Flowable]:
        out: list[Flowable] = [self.h1("summary")]
        for code in self.lang.codes:
            for key, params in self.facts(code):
                text = WORDS[key][code].format(**params)
                out.append(self.para(text, "bullet", bullet="•"))
        if self.f.needs:
            out += [self.h2(self.lang.word("needs_title")), self.needs_chart()]
        return out

    def facts(self, code: str) -> list[tuple[str, dict[str, Any]]]:
        """The key findings, as (sentence key, figures) in the language ``code``."""
        f = self.f
        figures, progress = f.figures, f.progress
        period = month_period(figures.first_day, figures.last_day, code)
        reached = {"n": group_digits(figures.interviews), "s": figures.streets,
                   "v": figures.volunteers, "period": period}  # fmt: skip
        facts: list[tuple[str, dict[str, Any]]] = [("fact_reached", reached)]
        if progress.target:
            target = {"p": _number(progress.percent_of_target), "t": group_digits(progress.target)}
            facts.append(("fact_target", target))
        if f.needs:
            top = ", ".join(
                f"{n.names[code].lower()} ({_number(n.percent)} %)" for n in f.needs[:3]
            )
            facts.append(("fact_needs", {"top": top}))
        if figures.willing_to_participate is not None:
            facts.append(("fact_participate", {"w": group_digits(figures.willing_to_participate)}))
        facts.append(("fact_inventory", {"i": figures.inventory_items, "r": f.resources}))
        return facts

    def method(self) -> list[Flowable]:
        f, lang = self.f, self.lang
        campaign, progress, figures = f.campaign, f.progress, f.figures
        consent = "—"
        if figures.consented is not None and figures.interviews:
            consent = f"{_number(round(figures.consented * 100 / figures.interviews, 1))} %"
        start, end = campaign.get("starts_on"), campaign.get("ends_on")
        dates = " / ".join(
            WORDS["from_to"][code].format(start=long_date(start, code), end=long_date(end, code))
            for code in lang.codes
        )
        rate = progress.percent_of_target
        rows = [
            [lang.word("campaign"), str(campaign["name"])],
            [lang.word("dates"), dates],
            [lang.word("volunteers_count"), str(figures.volunteers)],
            [lang.word("target"), group_digits(progress.target) if progress.target else "—"],
            [lang.word("reached"), group_digits(progress.reached)],
            [lang.word("response_rate"), f"{_number(rate)} %" if rate is not None else "—"],
            [lang.word("consent_rate"), consent],
        ]
        out: list[Flowable] = [self.h1("method"), self.para(lang.word("method_intro"))]
        out += [Spacer(1, 6), self.table(rows, [0.45, 0.55], header=False)]
        if len(progress.by_street):
            streets = [[lang.word("street"), lang.word("count"), lang.word("share")]]
            streets += [
                [str(r.street), group_digits(r.reached), f"{_number(r.percent)} %"]
                for r in progress.by_street.itertuples()
            ]
            out += [self.h2(lang.word("by_street")), self.table(streets, [0.6, 0.2, 0.2])]
        return out

    def results(self) -> list[Flowable]:
        out: list[Flowable] = [self.h1("results")]
        for question in analysis.analysable(self.f.dataset):
            summary = analysis.question_summary(self.f.dataset, question.name, self.lang.first)
            out.append(CondPageBreak(120))
            out += self.question_block(question, summary)
        return out

    def question_block(
        self, question: Question, summary: analysis.QuestionSummary
    ) -> list[Flowable]:
        lang = self.lang
        head: list[Flowable] = [self.h2(" / ".join(self.f.labels(question)), level=1)]
        note = lang.word("answered", n=group_digits(summary.respondents))
        if isinstance(summary, analysis.ChoiceSummary) and summary.multiple:
            note += " — " + lang.word("multiple")
        if isinstance(summary, analysis.TextSummary) and summary.label in self.f.quotes:
            note += ". " + lang.word("see_quotes")
        head.append(self.para(note, "muted"))
        if isinstance(summary, analysis.TextSummary):
            return [KeepTogether(head)]
        if not summary.respondents:
            return [KeepTogether([*head, self.para(lang.word("no_data"))])]
        if isinstance(summary, analysis.NumberSummary):
            stats = lang.word("mean", mean=_number(summary.mean), median=_number(summary.median))
            spread = (
                f"Q1–Q3 {_number(summary.q1)}–{_number(summary.q3)} · "
                f"min–max {_number(summary.minimum)}–{_number(summary.maximum)}"
            )
            head.append(self.para(f"{stats} · {spread}"))
            return [KeepTogether([*head, self.histogram(summary.histogram)])]
        labels = labels_by_choice(question, lang)
        table = summary.table
        top = max(float(table["percent"].max()), 1.0)
        bars = []
        rows = [[lang.word("answer"), lang.word("count"), lang.word("share")]]
        for r in table.itertuples():
            names = labels.get(str(r.choice), [str(r.label)])
            share = f"{_number(r.percent)} %"
            bars.append(Bar(names, float(r.percent) / top, share))
            rows.append([" / ".join(names), group_digits(int(r.count)), share])
        chart = bar_chart(bars, CONTENT_WIDTH, self.t, font_size=8.5, label_share=0.38)
        return [KeepTogether([*head, chart]), Spacer(1, 4), self.table(rows, [0.6, 0.2, 0.2])]

    def histogram(self, histogram: pd.DataFrame) -> Flowable:
        total = max(int(histogram["count"].sum()), 1)
        top = max(int(histogram["count"].max()), 1)
        whole = bool(((histogram["end"] - histogram["start"]) == 1).all())
        bars = []
        for row in histogram.itertuples():
            label = _number(row.start) if whole else _range(row.start, row.end)
            share = f"{_number(round(row.count * 100 / total, 1))} %"
            bars.append(Bar([label], row.count / top, share))
        return bar_chart(bars, CONTENT_WIDTH, self.t, font_size=8.5, label_share=0.2)

    def quotes(self) -> list[Flowable]:
        if not self.f.quotes:
            return []
        out: list[Flowable] = [
            self.h1("quotes"),
            self.para(self.lang.word("quotes_intro"), "muted"),
        ]
        for question, quotes in self.f.quotes.items():
            out.append(self.h2(question))
            for quote in quotes:
                times = escape(self.lang.word("quote_times", n=group_digits(quote.times)))
                text = escape(french_spacing(f"« {quote.text} »"))
                times_font = f'<font name="{REGULAR}" size="8" color="#6b6b6b">({times})</font>'
                out.append(Paragraph(f"{text} {times_font}", self.styles["quote"]))
        return out

    def inventory(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [self.h1("inventory")]
        if not self.f.inventory:
            return [*out, self.para(lang.word("no_data"))]
        by_theme: dict[str, list[InventoryItem]] = {}
        for item in sorted(self.f.inventory, key=lambda i: (" / ".join(i.theme), i.name)):
            by_theme.setdefault(" / ".join(item.theme) or "—", []).append(item)
        head = [lang.word("name"), lang.word("kind"), lang.word("address"), lang.word("status")]
        for theme, members in by_theme.items():
            rows = [head] + [
                [i.name, " / ".join(i.kind), i.address or "—", " / ".join(i.status) or "—"]
                for i in members
            ]
            out.append(KeepTogether([self.h2(theme), self.table(rows, [0.36, 0.18, 0.28, 0.18])]))
        return out

    def needs(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [self.h1("needs_ranked")]
        if not self.f.needs:
            return [*out, self.para(lang.word("no_data"))]
        out += [self.para(lang.word("needs_intro")), self.needs_chart(), Spacer(1, 8)]
        head = ["#", lang.word("theme"), lang.word("count"), lang.word("share")]
        rows = [[*head, lang.word("needs_cited")]]
        for rank, need in enumerate(self.f.needs, start=1):
            share = f"{_number(need.percent)} %"
            labels = " / ".join(need.labels)
            top = " / ".join(dict.fromkeys(need.top.values()))
            rows.append([str(rank), labels, group_digits(need.households), share, top])
        out.append(self.table(rows, [0.06, 0.26, 0.12, 0.1, 0.46]))
        return out

    def comparison(self) -> list[Flowable]:
        previous, campaign = self.f.previous, self.f.previous_campaign
        if previous is None or campaign is None:
            return []
        lang = self.lang
        table = analysis.compare_campaigns(previous, self.f.dataset, lang=lang.first)
        intro = lang.word(
            "comparison_intro",
            b=str(campaign["name"]),
            a=str(self.f.campaign["name"]),
            n0=group_digits(analysis.key_figures(previous).interviews),
            n1=group_digits(self.f.figures.interviews),
        )
        out: list[Flowable] = [self.h1("comparison"), self.para(intro)]
        head = [lang.word("answer"), lang.word("before"), lang.word("now"), lang.word("change")]
        for name, part in table.groupby("question", sort=False):
            question = self.f.dataset.question(str(name))
            labels = labels_by_choice(question, lang)
            rows = [head]
            for r in part.itertuples():
                names = labels.get(str(r.choice)) or (
                    self.lang.words("mean_value") if r.choice == "mean" else [str(r.choice_label)]
                )
                label = " / ".join(names)
                unit = "" if r.choice == "mean" else " %"
                before, after = f"{_number(r.before)}{unit}", f"{_number(r.after)}{unit}"
                rows.append([label, before, after, _signed(r.change)])
            title = self.h2(" / ".join(self.f.labels(question)), level=1)
            out.append(KeepTogether([title, self.table(rows, [0.52, 0.16, 0.16, 0.16])]))
        return out

    def annex(self) -> list[Flowable]:
        form = self.f.dataset.form
        out: list[Flowable] = [self.h1("annex")]
        out.append(Paragraph(escape(self.lang.word("personal_left_out")), self.styles["muted"]))
        out.append(self.h2(" / ".join(self.lang.each(form.title)) or form.form_id))
        rows = [[self.lang.word("question"), self.lang.word("type")]]
        styles: list[tuple[Any, ...]] = []
        for element in form.elements():
            label = " / ".join(self.lang.each(element.label)) or element.name
            if isinstance(element, Group):
                rows.append([label.upper(), ""])
                styles.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), self.t.pale))
                continue
            if not element.label:  # the device's own fields (start and end times...)
                continue
            kind = self.lang.join(TYPE_WORDS.get(element.type, {"fr": element.type}))
            if element.is_personal:
                kind += " — " + self.lang.word("personal")
            choices = " · ".join(
                " / ".join(ls) for ls in labels_by_choice(element, self.lang).values()
            )
            rows.append([f"{label}\n{choices}" if choices else label, kind])
        out.append(self.table(rows, [0.72, 0.28], extra=styles))
        return out

    # -- pieces ---------------------------------------------------------------------

    def needs_chart(self) -> Flowable:
        top = max(n.percent for n in self.f.needs) or 1.0
        bars = [Bar(n.labels, n.percent / top, f"{_number(n.percent)} %") for n in self.f.needs]
        return bar_chart(bars, CONTENT_WIDTH, self.t, font_size=9.5, label_share=0.36)

    def h1(self, key: str) -> Flowable:
        return _Heading(self.lang.word(key), self.styles["h1"], 0)

    def h2(self, text: str, level: int | None = None) -> Flowable:
        if level is None:
            return Paragraph(escape(french_spacing(text)), self.styles["h2"])
        return _Heading(text, self.styles["h2"], level)

    def plain_heading(self, text: str) -> Flowable:
        return Paragraph(escape(french_spacing(text)), self.styles["h1"])

    def para(self, text: str, style: str = "body", bullet: str | None = None) -> Flowable:
        return Paragraph(escape(french_spacing(text)), self.styles[style], bulletText=bullet)

    def table(
        self,
        rows: list[list[str]],
        shares: list[float],
        *,
        header: bool = True,
        extra: list[tuple[Any, ...]] | None = None,
    ) -> Flowable:
        """A table whose long cells wrap; the header row (if any) repeats on each page. Cells
        that fit on one line stay plain strings: a paragraph per cell made tables the slowest
        part of the report."""
        widths = [CONTENT_WIDTH * s for s in shares]
        data = [
            [self.cell(str(v), widths[c], header and i == 0) for c, v in enumerate(row)]
            for i, row in enumerate(rows)
        ]
        style: list[tuple[Any, ...]] = [
            _FONT,
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("TEXTCOLOR", (0, 0), (-1, -1), self.t.ink),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, muted(self.t.ink)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), self.t.dark))
            style.append(("FONTNAME", (0, 0), (-1, 0), BOLD))
            style.append(("TEXTCOLOR", (0, 0), (-1, 0), white))
        style += extra or []
        return Table(data, colWidths=widths, repeatRows=1 if header else 0, style=TableStyle(style))

    def cell(self, text: str, width: float, head: bool) -> str | Paragraph:
        text = french_spacing(text)
        font = BOLD if head else REGULAR
        if "\n" not in text and text_width(text, font, CELL_SIZE) <= width - 12:
            return text
        markup = escape(text).replace("\n", "<br/>")
        return Paragraph(markup, self.styles["head" if head else "cell"])


def _number(value: Any) -> str:
    """A figure as people read it: whole numbers without decimals, others with one; thousands
    grouped."""
    if value is None or pd.isna(value):
        return "—"
    number = float(value)
    if number.is_integer():
        return group_digits(number)
    return f"{number:,.1f}".replace(",", "\u00a0").replace(".", ",")


def _range(start: float, end: float) -> str:
    """A histogram bin: '120 – 1 650' (wide bins read better rounded), '0,5 – 1,5'."""
    if end - start >= 10:
        start, end = round(start), round(end)
    return f"{_number(start)} – {_number(end)}"


def _signed(value: Any) -> str:
    if value is None or pd.isna(value):
        return "—"
    text = _number(abs(float(value)))
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")
