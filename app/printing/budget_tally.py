"""The participatory budget's tally on A4: the envelope and the ballots, the projects with
their approvals and the outcome of both rules, and each rule's audit, round by round, so that
the residents' meeting can check the result by hand."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.actions.budget import COMPLETION, FUNDED, GREEDY, Election, Tally, tie_order
from app.actions.words import WORDS
from app.printing.fonts import BOLD, REGULAR, register_fonts
from app.printing.texts import Languages
from app.printing.theme import DEFAULT_THEME, Theme, theme_named
from survey_forms.model import Texts

MARK = "✓"
NARROW = "\u202f"


def euros(amount: int | Fraction, lang: str = "fr") -> str:
    """1200 -> '1 200 €'; a fraction of a euro with its cents: '8,33 €'."""
    cents = round(Fraction(amount) * 100)
    whole, rest = divmod(cents, 100)
    text = f"{whole:,}".replace(",", NARROW if lang == "fr" else ".")
    if rest:
        text += f",{rest:02d}"
    return f"{text}{NARROW}€" if lang == "fr" else f"€ {text}"


def draw_tally(
    election: Election,
    tallies: list[Tally],
    out: Path | BinaryIO,
    languages: Languages | None = None,
    theme: str = DEFAULT_THEME,
    round_title: str = "",
) -> None:
    """The tally's PDF; ``round_title`` names the round under the title (a round kept in the
    store has one; CSV files have none)."""
    register_fonts()
    languages = languages or Languages()
    colours = theme_named(theme)
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=languages.join(WORDS["budget_title"]), creator="Quartier",
                            lang=languages.tag, initialFontName=REGULAR)  # fmt: skip
    doc.build(_Story(election, tallies, languages, colours, round_title).flowables())


class _Story:
    def __init__(
        self,
        election: Election,
        tallies: list[Tally],
        languages: Languages,
        theme: Theme,
        round_title: str = "",
    ) -> None:
        self.round_title = round_title
        self.e = election
        self.tallies = tallies
        self.lang = languages
        self.t = theme
        self.first = languages.first
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22,
                                    textColor=theme.dark, spaceAfter=8)  # fmt: skip
        self.heading = ParagraphStyle("heading", fontName=BOLD, fontSize=13, leading=16,
                                      textColor=theme.dark, spaceBefore=10,
                                      spaceAfter=4)  # fmt: skip
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12,
                                   textColor=theme.ink, spaceAfter=4)  # fmt: skip
        self.cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5,
                                   textColor=theme.ink)  # fmt: skip

    def say(self, key: str, **params: object) -> str:
        return self.lang.join(WORDS[key], **params)

    def each(self, texts: Texts) -> list[Flowable]:
        return [Paragraph(escape(text), self.body) for text in self.lang.each(texts)]

    def money(self, amount: int | Fraction) -> str:
        return euros(amount, self.first)

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = [Paragraph(escape(self.say("budget_title")), self.title)]
        if self.round_title:
            story.append(Paragraph(escape(self.round_title), self.heading))
        facts = [(self.say("envelope"), self.money(self.e.budget)),
                 (self.say("ballots"), str(len(self.e.ballots))),
                 (self.say("repeated"), str(len(self.e.repeated)))]  # fmt: skip
        story.append(self.table([[Paragraph(escape(k), self.cell), v] for k, v in facts],
                                [120 * mm, 50 * mm], header=False))  # fmt: skip
        story += [Paragraph(escape(self.say("projects")), self.heading), self.projects()]
        for tally in self.tallies:
            story += self.audit(tally)
        story += [Spacer(1, 6), *self.each(WORDS["ties"])]
        return story

    def projects(self) -> Flowable:
        approvals = self.e.approvals()
        names = [self.say(f"rule_{t.rule}") for t in self.tallies]
        rows: list[list[object]] = [[self.say("project"), self.say("cost"), self.say("approvals"),
                                     *names]]  # fmt: skip
        for project in tie_order(self.e):
            marks = [MARK if project.id in t.selected else "—" for t in self.tallies]
            label = Paragraph(escape(f"{project.id} — {project.title}"), self.cell)
            rows.append([label, self.money(project.cost), str(approvals[project.id]), *marks])
        rows[0] = [Paragraph(escape(str(h)), self._header_style()) for h in rows[0]]
        widths = [72 * mm, 24 * mm, 21 * mm] + [(174 - 117) / len(names) * mm] * len(names)
        return self.table(rows, widths)

    def audit(self, tally: Tally) -> list[Flowable]:
        story: list[Flowable] = [Paragraph(escape(self.say(f"rule_{tally.rule}")), self.heading)]
        story += self.each(WORDS[f"about_{tally.rule}"])
        with_share = tally.rule != GREEDY
        header = [self.say("step"), self.say("project"), self.say("approvals"), self.say("cost"),
                  *([self.say("share")] if with_share else []), self.say("decision"),
                  self.say("left")]  # fmt: skip
        rows: list[list[object]] = [[Paragraph(escape(h), self._header_style()) for h in header]]
        decisions = {FUNDED: "funded", COMPLETION: "completion"}
        for step, r in enumerate(tally.rounds, start=1):
            share = [self.money(r.rho) if r.rho is not None else ""] if with_share else []
            decision = self.say(decisions.get(r.outcome, "skipped"))
            rows.append([str(step), r.project, str(r.approvals), self.money(r.cost), *share,
                         Paragraph(escape(decision), self.cell), self.money(r.left)])  # fmt: skip
        widths = [15, 20, 21, 24, *([30] if with_share else []), 38, 26]
        story.append(self.table(rows, [w * mm for w in widths]))
        chosen = ", ".join(tally.selected) or self.say("none")
        story.append(Spacer(1, 4))
        outcome = self.say("selected", projects=chosen, spent=self.money(tally.spent),
                           budget=self.money(tally.budget))  # fmt: skip
        bold = ParagraphStyle("bold", parent=self.body, fontName=BOLD)
        story.append(Paragraph(escape(outcome), bold))
        return story

    def _header_style(self) -> ParagraphStyle:
        return ParagraphStyle("th", parent=self.cell, fontName=BOLD, textColor=self.t.dark)

    def table(self, rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.3, self.t.pale),
                 ("ALIGN", (1, 0), (-1, -1), "RIGHT")]  # fmt: skip
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), self.t.pale),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.t.dark)]  # fmt: skip
        table.setStyle(TableStyle(style))
        return table
