"""The diagnosis report: a multi-page A4 PDF (platypus) for the group, the commune and the
funding body.

Cover, table of contents, key findings, method (how each figure is computed, and its limits),
results question by question (chart and table), quotes, the shared inventory by theme, needs
ranked by theme, the carbon footprint of everyday uses (``report_footprint``), the comparison
with an earlier campaign when there is one, and the questionnaire and the emission factors as
annexes. The cover, the running header and the footer with "page x / y" are
drawn by ``report_pages``. Every proportion follows the analysis' rules of honest figures: a
count and its base beside it, its 95 % interval, and none at all from fewer than five
households. A campaign without interviews gets an honest statement, not a page of zeros.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib.colors import white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
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
from app.analysis import MIN_HOUSEHOLDS, Share
from app.dataset import SUBMISSION_TIME
from app.printing.charts import (
    bar_chart,
    group_digits,
    interval_text,
    share_bar,
    share_text,
    whole_percent,
)
from app.printing.findings import (
    Findings,
    InventoryItem,
    gather,
    labels_by_choice,
    results,
    unit,
)
from app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts, text_width
from app.printing.hyphens import hyphenated, narrowest
from app.printing.layout import load_logo
from app.printing.report_footprint import footprint_annex, footprint_chapter, footprint_fact
from app.printing.report_pages import CONTENT_WIDTH, PageTotal, ReportDocument, ReportPages
from app.printing.texts import (
    LOCAL_TIME,
    WORDS,
    Languages,
    french_spacing,
    long_date,
    month_period,
)
from app.printing.theme import DEFAULT_THEME, Theme, muted, theme_named
from app.store import Store
from app.store.directory import REPORT_TEXTS
from survey_forms.model import Group, Question

if TYPE_CHECKING:
    from nacl.public import PrivateKey

#: The smallest text of the report (table cells, captions): readable on an office print.
CELL_SIZE = 9.0
#: Table rows kept together at a page break: never a page with one lone row.
MIN_ROWS_AT_SPLIT = 3
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
    #: The group's logo, on the cover.
    logo: Path | None = None
    #: The partners' and funders' logos, with the acknowledgements.
    partner_logos: tuple[Path, ...] = ()


def build_report(
    store: Store,
    out: Path | BinaryIO,
    options: ReportOptions,
    *,
    campaign_id: str | None = None,
    compare_with: str | None = None,
    coach_key: PrivateKey | None = None,
) -> tuple[int, Findings]:
    """Write the report of a campaign (the current one by default), compared with
    ``compare_with`` or else with the neighbourhood's previous campaign, if any. Returns the
    number of pages and what it printed from (`coach_key`: as for `report_findings`)."""
    findings = report_findings(
        store, options.languages, campaign_id, compare_with, coach_key=coach_key
    )
    return write_report(findings, out, options), findings


def report_findings(
    store: Store,
    languages: Languages,
    campaign_id: str | None,
    compare_with: str | None,
    *,
    coach_key: PrivateKey | None = None,
) -> Findings:
    """What the report needs: up to eight quotes a question, and the earlier campaign
    (`coach_key`: as for `poster_findings`)."""
    return gather(
        store,
        languages,
        campaign_id=campaign_id,
        compare_with=compare_with,
        previous_by_default=True,
        quotes_per_question=8,
        footprint=True,
        coach_key=coach_key,
    )


def write_report(findings: Findings, out: Path | BinaryIO, options: ReportOptions) -> int:
    register_fonts()
    theme = theme_named(options.theme)
    printed_on = long_date(
        (options.printed_on or date.today()).isoformat(), findings.languages.first
    )
    partners = [(path, load_logo(path)) for path in options.partner_logos]
    pages = ReportPages(findings, theme, printed_on, load_logo(options.logo))
    doc = ReportDocument(str(out) if isinstance(out, Path) else out, pages)
    doc.multiBuild([*_ReportWriter(findings, theme, partners).story(), PageTotal(pages)])
    return pages.count


class _Heading(Paragraph):
    """A heading that the table of contents lists."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(escape(french_spacing(text)), style)
        self.toc_level = level


def report_styles(theme: Theme) -> dict[str, ParagraphStyle]:
    """The paragraph styles of the report, by name."""
    ink = theme.ink
    styles = {
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14,
                               textColor=ink, spaceAfter=5),
        "muted": ParagraphStyle("muted", fontName=ITALIC, fontSize=CELL_SIZE, leading=12,
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
        "second": ParagraphStyle("second", fontName=REGULAR, fontSize=10, leading=14,
                                 textColor=muted(ink), leftIndent=14, spaceAfter=7),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=CELL_SIZE, leading=11.5,
                               textColor=ink),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=CELL_SIZE, leading=11.5,
                               textColor=white),
    }  # fmt: skip
    # table cells are narrow: their words break at dictionary points (soft hyphens put
    # there by ``hyphenated``); a header's never at any letter (its column is made wide
    # enough for its widest piece), a cell's only when no dictionary point is left
    styles["cell"].embeddedHyphenation = 1
    styles["head"].embeddedHyphenation = 1
    styles["head"].splitLongWords = 0
    for name in ("cell", "head"):
        style = styles[name]
        styles[f"{name}_number"] = ParagraphStyle(
            f"{name}_number", parent=style, alignment=TA_RIGHT
        )
    return styles


class _ReportWriter:
    """Writes the story: every section, from the table of contents to the annex."""

    def __init__(
        self,
        findings: Findings,
        theme: Theme,
        partner_logos: list[tuple[Path, ImageReader | None]] | None = None,
    ) -> None:
        self.f = findings
        self.t = theme
        self.lang = findings.languages
        self.partner_logos = partner_logos or []
        self.texts = coach_texts(findings)
        self.styles = report_styles(theme)

    # -- the story ------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        sections = (
            (self.summary, self.method, self.results, self.quotes, self.inventory, self.needs,
             self.footprint, self.comparison, self.recommendations, self.thanks, self.annex,
             self.footprint_annex)
            if self.f.figures.interviews
            else (self.no_interviews, self.inventory, self.recommendations, self.thanks,
                  self.annex)
        )  # fmt: skip
        for section in sections:
            part = section()
            if part:
                story += [PageBreak(), *part]
        return story

    def footprint(self) -> list[Flowable]:
        return footprint_chapter(self)

    def footprint_annex(self) -> list[Flowable]:
        return footprint_annex(self)

    def contents(self) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([*_UNPADDED, _FONT]))
        toc.levelStyles = [
            ParagraphStyle("toc0", fontName=BOLD, fontSize=11, leading=16, leftIndent=0,
                           firstLineIndent=0, spaceBefore=6, textColor=self.t.ink),
            ParagraphStyle("toc1", fontName=REGULAR, fontSize=CELL_SIZE, leading=12.5,
                           leftIndent=14, firstLineIndent=0, textColor=self.t.ink),
        ]  # fmt: skip
        return [self.plain_heading(self.lang.word("contents")), toc]

    def no_interviews(self) -> list[Flowable]:
        return [self.h1("summary"), *[self.para(t) for t in self.lang.words("no_interviews")]]

    def summary(self) -> list[Flowable]:
        """The key findings, each in every language printed, one under the other."""
        out: list[Flowable] = [self.h1("summary")]
        per_language = [self.facts(code) for code in self.lang.codes]
        for sentences in zip(*per_language, strict=True):
            for index, text in enumerate(dict.fromkeys(sentences)):
                if index == 0:
                    out.append(self.para(text, "bullet", bullet="•"))
                else:
                    out.append(self.para(text, "second"))
        out += [self.h2(self.lang.word("needs_title")), *self.needs_chart()]
        return out

    def facts(self, code: str) -> list[str]:
        """The key findings in the language ``code``."""
        f = self.f
        figures, progress = f.figures, f.progress
        period = month_period(figures.first_day, figures.last_day, code)
        reached = {"n": group_digits(figures.interviews), "s": figures.streets,
                   "v": figures.volunteers, "period": period}  # fmt: skip
        facts: list[tuple[str, dict[str, Any]]] = [("fact_reached", reached)]
        if progress.target:
            target = {"p": _number(progress.percent_of_target), "t": group_digits(progress.target)}
            facts.append(("fact_target", target))
        named = [n for n in f.needs[:3] if n.share.printable]
        if named:
            one = Languages((code,))
            top = ", ".join(f"{n.names[code].lower()} ({share_text(n.share, one)})" for n in named)
            facts.append(("fact_needs", {"top": top}))
        willing = figures.willing_to_participate
        if willing is not None and Share(willing, figures.interviews).printable:
            facts.append(("fact_participate", {"w": group_digits(willing)}))
        facts.append(("fact_inventory", {"i": figures.inventory_items, "r": f.resources}))
        found = [WORDS[key][code].format(**params) for key, params in facts]
        if f.footprint is not None:
            found.append(footprint_fact(f.footprint, code))
        return found

    def method(self) -> list[Flowable]:
        f, lang = self.f, self.lang
        campaign, progress, figures = f.campaign, f.progress, f.figures
        consent = "—"
        if figures.consented is not None:
            consent = self.share_cell(Share(figures.consented, figures.interviews))
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
        out += [self.h2(lang.word("method_figures_title"))]
        out += [self.para(t) for t in lang.words("method_figures", m=MIN_HOUSEHOLDS)]
        out += [self.h2(lang.word("method_limits_title"))]
        out += [self.para(t) for t in lang.words("method_limits")]
        out.append(self.visit_times())
        if len(progress.by_street):
            streets = [[lang.word("street"), lang.word("interviews")]]
            streets += [
                [lang.place(str(r.street)), group_digits(r.reached)]
                for r in progress.by_street.itertuples()
            ]
            out += [self.h2(lang.word("by_street")), self.table(streets, [0.75, 0.25])]
        return out

    def visit_times(self) -> Flowable:
        """How many interviews were made in the morning, the afternoon and the evening."""
        stamps = analysis.counted(self.f.dataset)[SUBMISSION_TIME].dropna()
        hours = [datetime.fromisoformat(s).astimezone(LOCAL_TIME).hour for s in stamps]
        bands = (("morning", 0, 12), ("afternoon", 12, 17), ("evening", 17, 24))
        rows = [[self.lang.word("visit_times"), self.lang.word("interviews")]]
        rows += [
            [self.lang.word(key), group_digits(sum(low <= h < high for h in hours))]
            for key, low, high in bands
        ]
        return KeepTogether([Spacer(1, 6), self.table(rows, [0.75, 0.25])])

    def results(self) -> list[Flowable]:
        out: list[Flowable] = [self.h1("results")]
        interviews = self.f.figures.interviews
        if interviews < MIN_HOUSEHOLDS:
            return [*out, self.para(self.lang.word("too_few", n=interviews, m=MIN_HOUSEHOLDS))]
        for question in results(self.f.dataset):
            summary = analysis.question_summary(self.f.dataset, question.name, self.lang.first)
            out.append(CondPageBreak(120))
            out.append(KeepTogether(self.question_block(question, summary)))
        return out

    def question_block(
        self, question: Question, summary: analysis.QuestionSummary
    ) -> list[Flowable]:
        """A question's title, its base, its chart and its table: kept together on a page."""
        lang = self.lang
        head: list[Flowable] = [self.h2(" / ".join(self.f.labels(question)), level=1)]
        note = lang.word("answered_one" if summary.respondents == 1 else "answered",
                         n=group_digits(summary.respondents))  # fmt: skip
        if isinstance(summary, analysis.ChoiceSummary) and summary.multiple:
            note += " — " + lang.word("multiple")
        if isinstance(summary, analysis.TextSummary) and summary.label in self.f.quotes:
            note += ". " + lang.word("see_quotes")
        head.append(self.para(note, "muted"))
        if isinstance(summary, analysis.TextSummary):
            return head
        if summary.respondents < MIN_HOUSEHOLDS:
            key = "too_few" if summary.respondents else "no_data"
            return [*head, self.para(lang.word(key, n=summary.respondents, m=MIN_HOUSEHOLDS))]
        if isinstance(summary, analysis.NumberSummary):
            return [*head, *self.number_block(question, summary)]
        labels = labels_by_choice(question, lang)
        bars = []
        rows = [self.share_header(lang.word("answer"))]
        for r in summary.table.itertuples():
            names = labels.get(str(r.choice), [str(r.label)])
            share = Share(int(r.count), summary.respondents)
            bars.append(share_bar(names, share, lang, interval=True))
            rows.append([" / ".join(names), *self.share_cells(share)])
        caption = self.para(lang.word("scale_caption", n=group_digits(summary.respondents)),
                            "muted")  # fmt: skip
        chart = bar_chart(
            bars,
            CONTENT_WIDTH,
            self.t,
            font_size=CELL_SIZE,
            label_share=0.38,
            codes=self.lang.codes,
        )
        return [*head, chart, caption, self.share_table(rows)]

    def number_block(self, question: Question, summary: analysis.NumberSummary) -> list[Flowable]:
        """The mean, the median and where the middle half lies, then the histogram."""
        lang = self.lang
        stats = " / ".join(
            WORDS["mean"][code].format(mean=_number(summary.mean), median=_number(summary.median))
            + ", "
            + WORDS["spread"][code].format(q1=_number(summary.q1), q3=_number(summary.q3))
            for code in lang.codes
        )
        histogram = summary.histogram
        whole = bool(((histogram["end"] - histogram["start"]) == 1).all())
        integers = bool((histogram["start"] == histogram["start"].round()).all())
        bars = []
        rows = [self.share_header(lang.word("bin"))]
        for row in histogram.itertuples():
            if whole:
                text, plural = _number(row.start), row.start != 1
            else:  # whole numbers: the bin's last value; decimals: up to (not with) its end
                end = row.end - 1 if integers else row.end
                text, plural = f"{_number(row.start)} – {_number(end)}", True
            names = list(
                dict.fromkeys(_with_unit(text, question, code, plural) for code in lang.codes)
            )
            share = Share(int(row.count), summary.respondents)
            bars.append(share_bar(names, share, lang, interval=True))
            rows.append([" / ".join(names), *self.share_cells(share)])
        chart = bar_chart(
            bars,
            CONTENT_WIDTH,
            self.t,
            font_size=CELL_SIZE,
            label_share=0.26,
            codes=self.lang.codes,
        )
        caption = lang.word("scale_caption", n=group_digits(summary.respondents))
        return [self.para(stats), chart, self.para(caption, "muted"), self.share_table(rows)]

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
                text = escape(self.lang.quoted(quote.text))
                if quote.times >= MIN_HOUSEHOLDS:
                    times = escape(self.lang.word("quote_times", n=group_digits(quote.times)))
                    text += (
                        f' <font name="{REGULAR}" size="{CELL_SIZE}" color="#5f6368">'
                        f"({times})</font>"
                    )
                out.append(Paragraph(text, self.styles["quote"]))
        return out

    def inventory(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [self.h1("inventory")]
        if not self.f.inventory:
            return [*out, self.para(lang.word("no_items"))]
        by_theme: dict[str, list[InventoryItem]] = {}
        for item in sorted(self.f.inventory, key=lambda i: (" / ".join(i.theme), i.name)):
            by_theme.setdefault(" / ".join(item.theme) or "—", []).append(item)
        head = [lang.word("name"), lang.word("kind"), lang.word("address"), lang.word("status")]
        for theme, members in by_theme.items():
            rows = [head] + [
                [i.name, " / ".join(i.kind), lang.place(i.address) if i.address else "—",
                 " / ".join(i.status) or "—"]
                for i in members
            ]  # fmt: skip
            out.append(KeepTogether([self.h2(theme), self.table(rows, [0.36, 0.18, 0.28, 0.18])]))
        return out

    def needs(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [self.h1("needs_ranked")]
        if not self.f.needs:
            return [*out, self.para(lang.word("no_data"))]
        out += [self.para(lang.word("needs_intro")), *self.needs_chart(), Spacer(1, 8)]
        if self.f.figures.interviews < MIN_HOUSEHOLDS:
            return out
        rows = [["#", lang.word("theme"), *self.share_header("")[1:], lang.word("needs_cited")]]
        for rank, need in enumerate(self.f.needs, start=1):
            labels = " / ".join(need.labels)
            top = " / ".join(dict.fromkeys(need.top.values()))
            rows.append([str(rank), labels, *self.share_cells(need.share), top])
        out.append(self.share_table(rows, [0.05, 0.2, 0.13, 0.08, 0.14, 0.4], numbers=(0, 2, 3, 4)))
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
            if name in NOT_COMPARED:
                continue
            question = self.f.dataset.question(str(name))
            labels = labels_by_choice(question, lang)
            rows = [head]
            for r in part.itertuples():
                names = labels.get(str(r.choice)) or (
                    self.lang.words("mean_value") if r.choice == "mean" else [str(r.choice_label)]
                )
                rows.append([" / ".join(names), *self.compared(r)])
            title = self.h2(" / ".join(self.f.labels(question)), level=1)
            out.append(KeepTogether([title, self.table(rows, [0.52, 0.16, 0.16, 0.16],
                                                       numbers=(1, 2, 3))]))  # fmt: skip
        return out

    def compared(self, row: Any) -> list[str]:
        """Before, now and the change, each only from enough households."""
        before = Share(int(row.before_count), int(row.before_n))
        after = Share(int(row.after_count), int(row.after_n))
        if row.choice == "mean":
            enough = before.enough_answers and after.enough_answers
            texts = [_number(row.before) if before.enough_answers else self.few(),
                     _number(row.after) if after.enough_answers else self.few()]  # fmt: skip
            return [*texts, _signed(row.change) if enough else "—"]
        texts = [share_text(before, self.lang), share_text(after, self.lang)]
        both = before.printable and after.printable
        return [*texts, _signed(round(after.percent) - round(before.percent)) if both else "—"]

    def few(self) -> str:
        return self.lang.word("few_answers")

    def recommendations(self) -> list[Flowable]:
        """What the coach recommends and the next steps, as written."""
        text = self.texts["recommendations"]
        return [self.h1("recommendations"), *self.written(text)] if text else []

    def thanks(self) -> list[Flowable]:
        """The acknowledgements, the partners' logos, and how to reach the group."""
        thanks, contact = self.texts["thanks"], self.texts["contact"]
        if not (thanks or self.partner_logos or contact):
            return []
        out: list[Flowable] = []
        if thanks or self.partner_logos:
            out += [self.h1("thanks"), *self.written(thanks)]
            if self.partner_logos:
                out += [Spacer(1, 8), logo_row(self.partner_logos, CONTENT_WIDTH)]
        if contact:
            title = self.h1("contact") if not out else self.h2(self.lang.word("contact"), 1)
            lines = escape(french_spacing(contact)).replace("\n", "<br/>")
            out += [title, Paragraph(lines, self.styles["body"])]
        return out

    def written(self, text: str) -> list[Flowable]:
        """A coach's text: paragraphs apart by a blank line; lines that start with '-', '*'
        or '•' are bullets."""
        out: list[Flowable] = []
        for block in re.split(r"\n\s*\n", text.strip()):
            prose: list[str] = []
            for line in block.splitlines():
                bullet = re.match(r"\s*[-*•]\s+(.*)", line)
                if bullet:
                    if prose:
                        out.append(self.para(" ".join(prose)))
                        prose = []
                    out.append(self.para(bullet.group(1), "bullet", bullet="•"))
                elif line.strip():
                    prose.append(line.strip())
            if prose:
                out.append(self.para(" ".join(prose)))
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

    def needs_chart(self) -> list[Flowable]:
        """The themes' bars, or why there are none."""
        interviews = self.f.figures.interviews
        if interviews < MIN_HOUSEHOLDS or not self.f.needs:
            key = "too_few" if interviews else "no_data"
            return [self.para(self.lang.word(key, n=interviews, m=MIN_HOUSEHOLDS))]
        bars = [share_bar(n.labels, n.share, self.lang, interval=True) for n in self.f.needs]
        chart = bar_chart(
            bars, CONTENT_WIDTH, self.t, font_size=9.5, label_share=0.36, codes=self.lang.codes
        )
        caption = self.lang.word("scale_caption", n=group_digits(interviews))
        return [chart, self.para(caption, "muted")]

    def share_header(self, first: str) -> list[str]:
        lang = self.lang
        return [first, lang.word("count"), lang.word("share"), lang.word("interval")]

    def share_cells(self, share: Share) -> list[str]:
        """Households, percentage and 95 % interval: '117', '39 %', '34 – 45 %'; a handful
        of households is 'moins de 5', and then neither percentage nor interval."""
        if not share.printable:
            count = self.lang.word("fewer_than", n=MIN_HOUSEHOLDS) if share.count else "0"
            return [count, "—", "—"]
        return [group_digits(share.count), whole_percent(share.percent), interval_text(share)]

    def share_cell(self, share: Share) -> str:
        """A share in one cell: '86 % (82 – 90 %)'."""
        if not share.printable:
            return share_text(share, self.lang)
        return f"{whole_percent(share.percent)} ({interval_text(share)})"

    def share_table(
        self,
        rows: list[list[str]],
        shares: list[float] | None = None,
        numbers: tuple[int, ...] = (1, 2, 3),
    ) -> Flowable:
        return self.table(rows, shares or [0.49, 0.15, 0.12, 0.24], numbers=numbers)

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
        numbers: tuple[int, ...] = (),
        extra: list[tuple[Any, ...]] | None = None,
    ) -> Flowable:
        """A table whose long cells wrap, numbers right-aligned; the header row (if any)
        repeats on each page and its words are never cut; a page break leaves at least
        ``MIN_ROWS_AT_SPLIT`` rows on each side. Cells that fit on one line stay plain strings:
        a paragraph per cell made tables the slowest part of the report."""
        widths = _widths(
            rows[0] if header else [], [CONTENT_WIDTH * s for s in shares], self.lang.codes
        )
        data = [
            [
                self.cell(str(v), widths[c], header and i == 0, c in numbers)
                for c, v in enumerate(row)
            ]
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
            *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in numbers],
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), self.t.dark))
            style.append(("FONTNAME", (0, 0), (-1, 0), BOLD))
            style.append(("TEXTCOLOR", (0, 0), (-1, 0), white))
        style += extra or []
        first = (1 if header else 0) + MIN_ROWS_AT_SPLIT
        return Table(
            data,
            colWidths=widths,
            repeatRows=1 if header else 0,
            style=TableStyle(style),
            rowSplitRange=(first, len(rows) - MIN_ROWS_AT_SPLIT),
        )

    def cell(self, text: str, width: float, head: bool, number: bool) -> str | Paragraph:
        style = ("head" if head else "cell") + ("_number" if number else "")
        return table_cell(text, width, self.styles[style], self.lang.codes)


#: The partners' logos: each fits a box of this size, side by side, wrapping to more rows.
LOGO_BOX = (40 * mm, 20 * mm)


def coach_texts(findings: Findings) -> dict[str, str]:
    """What the coach wrote for the campaign's report (``Directory.report_texts``)."""
    kept = findings.campaign.get("report") or {}
    return {name: str(kept.get(name, "")).strip() for name in REPORT_TEXTS}


def logo_row(logos: list[tuple[Path, ImageReader | None]], width: float) -> Flowable:
    """Logos (each file and its image, read once to check it) side by side, each scaled
    into ``LOGO_BOX``, as many rows as needed."""
    box_w, box_h = LOGO_BOX
    gap = 6 * mm
    per_row = max(1, int((width + gap) // (box_w + gap)))
    cells: list[Flowable] = []
    for path, logo in logos:
        if logo is None:
            continue
        iw, ih = logo.getSize()
        ratio = min(box_w / iw, box_h / ih)
        cells.append(Image(str(path), iw * ratio, ih * ratio))
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [Spacer(1, 1)] * (per_row - len(rows[-1]))
    table = Table(
        rows,
        colWidths=[box_w + gap] * per_row,
        rowHeights=[box_h + gap] * len(rows),
        hAlign="LEFT",
        style=TableStyle([*_UNPADDED, _FONT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
    )
    return KeepTogether([table])


#: Questions whose comparison says nothing of the neighbourhood (see ``findings.NOT_RESULTS``).
NOT_COMPARED = (analysis.CONSENT,)


#: A cell's left and right padding together (ReportLab's default, 6 points each side).
CELL_PADDING = 12.0


def table_cell(
    text: str, width: float, style: ParagraphStyle, codes: tuple[str, ...]
) -> str | Paragraph:
    """A table cell: a plain string when it fits on one line (a paragraph per cell made
    tables the slowest part of the report), else a paragraph whose words may break at their
    dictionary points, French or Dutch by the language of each half of the text."""
    text = french_spacing(text)
    if (
        "\n" not in text
        and text_width(text, style.fontName, style.fontSize) <= width - CELL_PADDING
    ):
        return text
    room = width - CELL_PADDING
    words = hyphenated(text, codes, font=style.fontName, size=style.fontSize, wider_than=room)
    markup = escape(words).replace("\n", "<br/>")
    return Paragraph(markup, style)


def _widths(header: list[str], widths: list[float], codes: tuple[str, ...]) -> list[float]:
    """Column widths where every word of the header fits, broken at its dictionary points
    if need be ('Huis-' / 'houdens'), never at any letter: a column too narrow for the widest
    piece of its title takes the room from the widest column."""
    widths = list(widths)
    for column, title in enumerate(header):
        need = narrowest(french_spacing(title), BOLD, CELL_SIZE, codes) + CELL_PADDING
        if widths[column] < need:
            widest = max(range(len(widths)), key=lambda c: widths[c])
            widths[widest] -= need - widths[column]
            widths[column] = need
    return widths


def _with_unit(text: str, question: Question, code: str, plural: bool) -> str:
    word = unit(question, code, plural)
    return f"{text}\u00a0{word}" if word else text


def _number(value: Any) -> str:
    """A figure as people read it: whole numbers without decimals, others with one; thousands
    grouped."""
    if value is None or pd.isna(value):
        return "—"
    number = float(value)
    if number.is_integer():
        return group_digits(number)
    return f"{number:,.1f}".replace(",", "\u00a0").replace(".", ",")


def _signed(value: Any) -> str:
    if value is None or pd.isna(value):
        return "—"
    text = _number(abs(float(value)))
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")
