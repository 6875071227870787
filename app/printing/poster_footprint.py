"""The poster « Notre empreinte »: the carbon footprint of the neighbourhood's everyday uses
on one page (A3, A2, A4 flyer), drawn by the findings poster's layout (``app.printing.poster``)
with blocks of its own between the same header and the same invitation band.

The mean per person in large type with its 95 % interval and its number of households; the
neighbourhood against the Brussels average and the 2050 target, and the sectors, on scales
from zero; the usage profiles (none of fewer than five households); the levers that save the
most; and the change in a year when there was an earlier campaign.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.carbon.diagnosis import Diagnosis
from app.printing.charts import group_digits
from app.printing.fonts import BOLD, REGULAR
from app.printing.poster import INVITATION, MARGIN, MIN_TEXT, W, _Layout
from app.printing.report_footprint import ROWS, sector_labels, signed, tonne_chart, tonnes
from app.printing.texts import french_spacing
from app.printing.theme import muted

#: Profiles and levers each size shows.
SHOWN = {"A4": (3, 3), "A3": (4, 3), "A2": (5, 4)}
CARD = 150.0


class FootprintLayout(_Layout):
    title_key = "footprint_poster_title"
    # a smaller band than the findings poster's: the figures need the room
    name_size = 84.0
    header_height = 220.0

    def draw(self, logo: ImageReader | None) -> None:
        bottom = self.header(logo)
        found = self.f.footprint
        if found is None:
            self.say(self.missing_texts(), bottom - 40, INVITATION + 40)
        else:
            top = self.figure(found, bottom - 22)
            top = self.sectors(found, top - 18)
            floor = INVITATION + 22
            second = self.second_text(found)
            if second:
                floor = self.second(second, floor)
            half = (W - 2 * MARGIN - 24) / 2
            self.profiles(found, MARGIN, top - 14, half, top - 14 - floor)
            self.levers(found, MARGIN + half + 24, top - 14, half, top - 14 - floor)
        self.invitation()

    # -- blocks ---------------------------------------------------------------------

    def missing_texts(self) -> list[str]:
        """Why there is no footprint: too few households, or none that answered."""
        missing = self.f.footprint_missing
        if missing is not None and missing.key == "carbon.too_few_households":
            return list(dict.fromkeys(missing.text(code) for code in self.lang.codes))
        return self.lang.words("no_footprint")

    def say(self, texts: list[str], top: float, bottom: float) -> None:
        """Why there is nothing to show, in large type."""
        style = ParagraphStyle("statement", fontName=REGULAR, fontSize=20, leading=27,
                               textColor=self.t.ink, spaceAfter=8)  # fmt: skip
        story = [Paragraph(escape(french_spacing(t)), style) for t in texts]
        self.frame(story, MARGIN, top, W - 2 * MARGIN, top - bottom)

    def figure(self, found: Diagnosis, top: float) -> float:
        """The mean per person in large type, its interval and n, beside the neighbourhood
        against Brussels and the 2050 target; returns the card's bottom."""
        s = found.summary
        total = s.per_person["total"]
        left = 320.0
        card = CARD + 40 * (len(self.lang.codes) - 1)  # each language on lines of its own
        self.c.setFillColor(self.t.pale)
        self.c.roundRect(MARGIN, top - card, W - 2 * MARGIN, card, 10, stroke=0, fill=1)
        x = MARGIN + 16
        self.line(tonnes(total.mean), BOLD, 72, self.t.dark, x, top - 70, left - 32)
        unit = ParagraphStyle("unit", fontName=BOLD, fontSize=14, leading=17,
                              textColor=self.t.ink)  # fmt: skip
        size = MIN_TEXT + 1
        small = ParagraphStyle("small", fontName=REGULAR, fontSize=size, leading=size * 1.2,
                               textColor=muted(self.t.ink))  # fmt: skip
        people = group_digits(s.people)
        lines = [(text, unit) for text in self.lang.words("per_person_year")]
        lines += [
            (text, small)
            for text in self.lang.words(
                "poster_interval", low=tonnes(total.low), high=tonnes(total.high)
            )
        ]
        lines += [(text, small) for text in self.lang.words(
            "poster_counted", n=group_digits(s.households), p=people)]  # fmt: skip
        story = [Paragraph(escape(french_spacing(text)), style) for text, style in lines]
        self.frame(story, x, top - 78, left - 32, card - 84)
        rows = [
            (self.lang.words("our_neighbourhood"), total.mean, total),
            (self.lang.words("brussels_average"), s.brussels, None),
            (self.lang.words("target_2050"), s.target, None),
        ]
        width = W - 2 * MARGIN - left - 16
        chart = tonne_chart(rows, self.t, self.lang.codes, width=width, font_size=13,
                            label_share=0.36)  # fmt: skip
        self.frame([chart], MARGIN + left, top - 12, width, card - 20)
        return top - card

    def sectors(self, found: Diagnosis, top: float) -> float:
        """Where the carbon goes: the sectors per person, with their intervals."""
        y = self.titles("poster_sectors", MARGIN, top, 24, W - 2 * MARGIN)
        s = found.summary
        # one line a sector, both languages on it: the room goes to the profiles and levers
        rows = [([" / ".join(sector_labels(r, self.lang.codes))], s.per_person[r].mean,
                 s.per_person[r]) for r in ROWS if r != "total"]  # fmt: skip
        chart = tonne_chart(rows, self.t, self.lang.codes[:1], width=W - 2 * MARGIN,
                            font_size=MIN_TEXT + 1, label_share=0.38)  # fmt: skip
        self.frame([chart], MARGIN, y - 10, W - 2 * MARGIN, chart.height + 4)
        return y - 10 - chart.height

    def profiles(self, found: Diagnosis, x: float, top: float, w: float, h: float) -> None:
        name = ParagraphStyle("name", fontName=BOLD, fontSize=15, leading=18,
                              textColor=self.t.dark, spaceBefore=8)  # fmt: skip
        detail = ParagraphStyle("detail", fontName=REGULAR, fontSize=12.5, leading=15.5,
                                textColor=muted(self.t.ink))  # fmt: skip
        shown = SHOWN[self.o.size][0]
        blocks: list[list[Flowable]] = []
        for view in found.profiles[:shown]:
            p = view.profile
            title = " / ".join(dict.fromkeys(p.name[c] for c in self.lang.codes))
            line = self.one_line("poster_profile_line", n=group_digits(p.size),
                                 t=tonnes(p.per_person))  # fmt: skip
            if len(self.lang.codes) > 1:  # the numbers once, the words in each language
                households = " / ".join(self.lang.words("households_word"))
                line = f"{group_digits(p.size)} {households} · {tonnes(p.per_person)} t / pers."
            blocks.append([Paragraph(escape(french_spacing(title)), name),
                           Paragraph(escape(french_spacing(line)), detail)])  # fmt: skip
        if not blocks:
            text = self.lang.word("profiles_too_few", n=group_digits(found.summary.households),
                                  m=found.profiles_needed or 0)  # fmt: skip
            blocks.append([Paragraph(escape(french_spacing(text)), detail)])
        head = [*self.title_flowables("poster_profiles", 22), Spacer(1, 2)]
        self.fill(head, blocks, x, top, w, h)

    def levers(self, found: Diagnosis, x: float, top: float, w: float, h: float) -> None:
        name = ParagraphStyle("lever", fontName=BOLD, fontSize=15, leading=18,
                              textColor=self.t.dark, spaceBefore=8)  # fmt: skip
        detail = ParagraphStyle("saving", fontName=REGULAR, fontSize=12.5, leading=15.5,
                                textColor=muted(self.t.ink))  # fmt: skip
        blocks: list[list[Flowable]] = []
        for effect in [e for e in found.levers if e.tonnes > 0][: SHOWN[self.o.size][1]]:
            label = " / ".join(dict.fromkeys(effect.lever.label[c] for c in self.lang.codes))
            saving = self.one_line("poster_lever_line", t=tonnes(effect.tonnes * 1000, 0))
            if len(self.lang.codes) > 1:
                per_year = " / ".join(self.lang.words("per_year"))
                saving = f"−{tonnes(effect.tonnes * 1000, 0)} t CO2e {per_year}"
            blocks.append([Paragraph(escape(french_spacing(label)), name),
                           Paragraph(escape(french_spacing(saving)), detail)])  # fmt: skip
        head = [*self.title_flowables("poster_levers", 22), Spacer(1, 2)]
        self.fill(head, blocks, x, top, w, h)

    def one_line(self, key: str, **params: object) -> str:
        return " · ".join(self.lang.words(key, **params))

    def second_text(self, found: Diagnosis) -> list[str]:
        """The change in a year: at the same addresses when there are enough of them."""
        second = found.second
        if second is None:
            return []
        total = second.change("total")
        if total.paired is not None and total.pairs >= 5:
            p = total.paired
            return self.lang.words(
                "poster_second", p=group_digits(total.pairs), d=signed(p.mean),
                low=signed(p.low), high=signed(p.high),
            )  # fmt: skip
        d = total.difference
        return self.lang.words(
            "poster_second_unpaired", d=signed(d.mean), low=signed(d.low), high=signed(d.high),
            n0=group_digits(second.households_before),
            n1=group_digits(found.summary.households),
        )  # fmt: skip

    def second(self, texts: list[str], floor: float) -> float:
        """The second diagnosis' line just above the invitation; returns its top."""
        style = ParagraphStyle("second", fontName=BOLD, fontSize=15, leading=19,
                               textColor=self.t.dark, backColor=self.t.pale,
                               borderPadding=(6, 10, 6, 10), spaceAfter=8)  # fmt: skip
        story = [Paragraph(escape(french_spacing(t)), style) for t in texts]
        width = W - 2 * MARGIN - 20
        height = sum(p.wrap(width, 1000)[1] + 8 for p in story) + 8
        self.frame(story, MARGIN + 10, floor + height, width, height)
        return floor + height + 14
