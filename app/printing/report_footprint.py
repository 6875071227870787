"""The report's chapter « Empreinte carbone des usages » and its annex of emission factors.

The chapter gives the footprint per person and per household by sector with 95 % intervals
(bootstrap), the neighbourhood against the Brussels average and the 2050 target, the usage
profiles (none of fewer than five households), the levers ranked by potential, the second
diagnosis when an earlier campaign has answers, and how it is all computed. The annex cites
every factor and default with its unit, source, year and licence. Charts start at zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from app.carbon.diagnosis import MIN_PROFILE, Diagnosis
from app.carbon.footprint import SECTORS
from app.carbon.summary import MIN_STREET, Estimate
from app.carbon.texts import SECTOR_LABELS
from app.printing.charts import Bar, bar_chart, group_digits
from app.printing.report_pages import CONTENT_WIDTH
from app.printing.texts import WORDS
from app.printing.theme import Theme

if TYPE_CHECKING:
    from app.printing.report import _ReportWriter

#: Where a chart's scale may end, in tonnes: the first at or above its longest bar.
SCALE_ENDS = (0.4, 0.8, 1.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 16.0, 20.0, 40.0, 80.0)
ROWS = (*SECTORS, "services_publics", "total")
SECTIONS = ("factors", "defaults", "references")


def tonnes(kg: float, decimals: int = 1) -> str:
    """kg as tonnes written the French and Dutch way: '5,1', '−0,12', '1 234,5'."""
    text = f"{abs(kg) / 1000:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    return f"−{text}" if round(kg / 1000, decimals) < 0 else text


def signed(kg: float, decimals: int = 2) -> str:
    text = tonnes(kg, decimals)
    return f"+{text}" if round(kg / 1000, decimals) > 0 else text


def span(estimate: Estimate, decimals: int = 1) -> str:
    return f"{tonnes(estimate.low, decimals)} – {tonnes(estimate.high, decimals)}"


def signed_span(estimate: Estimate) -> str:
    return f"{signed(estimate.mean)} [{signed(estimate.low)} ; {signed(estimate.high)}]"


def scale_end(highest_tonnes: float) -> float:
    return next((end for end in SCALE_ENDS if end >= highest_tonnes), highest_tonnes)


def tonne_chart(
    rows: Sequence[tuple[list[str], float, Estimate | None]],
    theme: Theme,
    codes: tuple[str, ...],
    *,
    label_share: float = 0.34,
    font_size: float = 9.5,
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """Bars in tonnes on a scale from zero, with each estimate's interval as a thin line."""
    highest = max(max(kg, e.high if e else kg) for _, kg, e in rows) / 1000
    end = scale_end(highest)

    def tick(share: float) -> str:
        value = share * end
        text = f"{value:g}".replace(".", ",")
        return f"{text}\u00a0t"

    bars = [
        Bar(
            labels,
            kg / 1000 / end,
            f"{tonnes(kg, 2 if end <= 2 else 1)}\u00a0t",
            (e.low / 1000 / end, e.high / 1000 / end) if e is not None else None,
        )
        for labels, kg, e in rows
    ]
    return bar_chart(
        bars, width, theme, font_size=font_size, label_share=label_share, tick_label=tick,
        codes=codes,
    )  # fmt: skip


def sector_labels(sector: str, codes: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(SECTOR_LABELS[sector][c] for c in codes))


def footprint_fact(found: Diagnosis, code: str) -> str:
    total = found.summary.per_person["total"]
    return WORDS["fact_footprint"][code].format(
        t=tonnes(total.mean), low=tonnes(total.low), high=tonnes(total.high),
        target=tonnes(found.summary.target, 0),
    )  # fmt: skip


def footprint_chapter(w: _ReportWriter) -> list[Flowable]:
    found, missing = w.f.footprint, w.f.footprint_missing
    if found is None:
        if missing is None or missing.key != "carbon.too_few_households":
            return []  # no household answered: a campaign without the usage questions
        texts = dict.fromkeys(missing.text(code) for code in w.lang.codes)
        return [w.h1("footprint"), *(w.para(text) for text in texts)]
    lang, s = w.lang, found.summary
    total, household = s.per_person["total"], s.per_household["total"]
    out: list[Flowable] = [w.h1("footprint")]
    out.append(w.para(lang.word(
        "footprint_intro", n=group_digits(s.households), p=group_digits(s.people),
        t=tonnes(total.mean), low=tonnes(total.low), high=tonnes(total.high),
        h=tonnes(household.mean), hlow=tonnes(household.low), hhigh=tonnes(household.high),
        x=tonnes(s.times_target() * 1000), target=tonnes(s.target, 0),
        brussels=tonnes(s.brussels),
    )))  # fmt: skip
    if found.without_usage:
        out.append(w.para(lang.word("footprint_left_out", n=group_digits(found.without_usage))))
    references = [
        (lang.words("our_neighbourhood"), total.mean, total),
        (lang.words("brussels_average"), s.brussels, None),
        (lang.words("target_2050"), s.target, None),
    ]
    out += [
        tonne_chart(references, w.t, lang.codes),
        w.para(lang.word("references_caption", n=group_digits(s.households)), "muted"),
    ]
    out.append(w.h2(lang.word("footprint_sectors")))
    sectors = [(sector_labels(r, lang.codes), s.per_person[r].mean, s.per_person[r])
               for r in ROWS if r != "total"]  # fmt: skip
    out += [
        tonne_chart(sectors, w.t, lang.codes),
        w.para(lang.word("footprint_caption", n=group_digits(s.households)), "muted"),
    ]
    rows = [[lang.word("sector"), lang.word("per_person_t"), lang.word("interval"),
             lang.word("per_household_t"), lang.word("interval")]]  # fmt: skip
    rows += [
        [" / ".join(sector_labels(r, lang.codes)), tonnes(s.per_person[r].mean, 2),
         span(s.per_person[r], 2), tonnes(s.per_household[r].mean, 2),
         span(s.per_household[r], 2)]
        for r in ROWS
    ]  # fmt: skip
    out.append(w.table(rows, [0.22, 0.17, 0.22, 0.17, 0.22], numbers=(1, 2, 3, 4)))
    out += _streets(w, found)
    out += _profiles(w, found)
    out += _levers(w, found)
    out += _second(w, found)
    out += _method(w, found)
    return out


def _streets(w: _ReportWriter, found: Diagnosis) -> list[Flowable]:
    """The mean per person of each street of at least MIN_STREET households, the others
    together: never a street of fewer households on its own."""
    s, lang = found.summary, w.lang
    if not s.streets:
        return []
    rows = [[lang.word("street"), lang.word("count"), lang.word("t_per_person"),
             lang.word("interval")]]  # fmt: skip
    rows += [[e.street, group_digits(e.households), tonnes(e.total.mean, 2), span(e.total, 2)]
             for e in s.streets]  # fmt: skip
    others = s.other_streets
    if others is not None:
        name = lang.word("other_streets")
        if math.isnan(others.total.mean):
            rows.append([name, group_digits(others.households), "—",
                         lang.word("other_streets_few")])  # fmt: skip
        else:
            rows.append([name, group_digits(others.households), tonnes(others.total.mean, 2),
                         span(others.total, 2)])  # fmt: skip
    head = [w.h2(lang.word("streets_title")),
            w.para(lang.word("streets_intro", m=MIN_STREET))]  # fmt: skip
    table = w.table(rows, [0.46, 0.14, 0.16, 0.24], numbers=(1, 2, 3))
    return [KeepTogether([*head, table])]  # one page for a neighbourhood's streets


def _profiles(w: _ReportWriter, found: Diagnosis) -> list[Flowable]:
    lang = w.lang
    out: list[Flowable] = [w.h2(lang.word("profiles_title"))]
    if found.profiles_needed is not None:
        text = lang.word("profiles_too_few", n=group_digits(found.summary.households),
                         m=found.profiles_needed)  # fmt: skip
        return [KeepTogether([*out, w.para(text)])]
    out.append(w.para(lang.word("profiles_intro", k=len(found.profiles), m=MIN_PROFILE)))
    if found.hidden_households:
        out.append(w.para(lang.word("profiles_hidden", n=group_digits(found.hidden_households))))
    rows = [[lang.word("profile"), lang.word("count"), lang.word("t_per_person"),
             lang.word("heaviest"), lang.word("profile_levers")]]  # fmt: skip
    for view in found.profiles:
        p = view.profile
        name = " / ".join(dict.fromkeys(p.name[c] for c in lang.codes))
        heaviest = ", ".join(" / ".join(sector_labels(x, lang.codes)) for x in p.levers)
        levers = "\n".join(" / ".join(dict.fromkeys(e.lever.label[c] for c in lang.codes))
                           for e in view.levers)  # fmt: skip
        rows.append([f"{p.number}. {name}", group_digits(p.size), tonnes(p.per_person),
                     heaviest, levers or "—"])  # fmt: skip
    out.append(w.table(rows, [0.29, 0.12, 0.1, 0.19, 0.3], numbers=(1, 2)))
    return [KeepTogether(out)]


def _levers(w: _ReportWriter, found: Diagnosis) -> list[Flowable]:
    lang = w.lang
    n = group_digits(found.summary.households)
    rows = [[lang.word("lever"), lang.word("tonnes_year"), lang.word("share_footprint"),
             lang.word("kg_person"), lang.word("households_concerned")]]  # fmt: skip
    for effect in found.levers:
        label = " / ".join(dict.fromkeys(effect.lever.label[c] for c in lang.codes))
        rows.append([label, tonnes(effect.tonnes * 1000), f"{_one(effect.percent)}\u00a0%",
                     group_digits(effect.per_person), group_digits(effect.households)])  # fmt: skip
    table = w.table(rows, [0.42, 0.13, 0.15, 0.12, 0.18], numbers=(1, 2, 3, 4))
    return [KeepTogether([w.h2(lang.word("levers_title")), w.para(lang.word("levers_intro", n=n)),
                          table])]  # fmt: skip


def _second(w: _ReportWriter, found: Diagnosis) -> list[Flowable]:
    second, before = found.second, w.f.previous_campaign
    if second is None or before is None:
        return []
    lang = w.lang
    pairs = second.change("total").pairs
    intro = lang.word(
        "second_intro", b=str(before["name"]), a=str(w.f.campaign["name"]),
        n0=group_digits(second.households_before), n1=group_digits(found.summary.households),
        p=group_digits(pairs),
    )  # fmt: skip
    rows = [[lang.word("sector"), lang.word("before"), lang.word("now"),
             lang.word("change_interval"), lang.word("same_addresses")]]  # fmt: skip
    for change in second.changes:
        paired = signed_span(change.paired) if change.paired is not None else "—"
        rows.append([" / ".join(sector_labels(change.sector, lang.codes)),
                     tonnes(change.before.mean, 2), tonnes(change.after.mean, 2),
                     signed_span(change.difference), paired])  # fmt: skip
    table = w.table(rows, [0.22, 0.12, 0.14, 0.26, 0.26], numbers=(1, 2, 3, 4))
    out: list[Flowable] = [KeepTogether([w.h2(lang.word("second_title")), w.para(intro), table])]
    return out + _second_profiles(w, found)


def _second_profiles(w: _ReportWriter, found: Diagnosis) -> list[Flowable]:
    """The second diagnosis by usage profile: the profiles of the earlier campaign, this
    campaign's households assigned to them; none of fewer than MIN_PROFILE households."""
    second, before = found.second, w.f.previous_campaign
    assert second is not None and before is not None
    lang = w.lang
    names = {"b": str(before["name"]), "a": str(w.f.campaign["name"])}
    head = [w.h2(lang.word("second_profiles_title"))]
    if not second.profiles_before:
        return [KeepTogether([*head, w.para(lang.word("second_profiles_none", **names))])]
    head.append(w.para(lang.word("second_profiles_intro", m=MIN_PROFILE, **names)))
    if second.hidden_before or second.hidden_after:
        head.append(w.para(lang.word("second_profiles_hidden",
                                     n0=group_digits(second.hidden_before),
                                     n1=group_digits(second.hidden_after))))  # fmt: skip
    rows = [[lang.word("profile"), lang.word("households_before"), lang.word("households_now"),
             lang.word("before"), lang.word("now"), lang.word("change_interval")]]  # fmt: skip
    for change in second.by_profile:
        p = second.profile(change.group)
        name = " / ".join(dict.fromkeys(p.name[c] for c in lang.codes))
        rows.append([f"{p.number}. {name}", group_digits(change.households_before),
                     group_digits(change.households_after), tonnes(change.before.mean, 2),
                     tonnes(change.after.mean, 2), signed_span(change.difference)])  # fmt: skip
    if len(rows) == 1:
        return [KeepTogether(head)]
    table = w.table(rows, [0.26, 0.12, 0.12, 0.1, 0.14, 0.26], numbers=(1, 2, 3, 4, 5))
    return [KeepTogether([*head, table])]


def _method(w: _ReportWriter, found: Diagnosis) -> list[Flowable]:
    lang, table = w.lang, found.table
    title = lang.join(table.title)
    defaults = _one(found.summary.defaults_per_household)
    return [
        CondPageBreak(120),
        w.h2(lang.word("footprint_method_title")),
        w.para(lang.word("footprint_method", table=title, version=table.version, d=defaults)),
        w.para(lang.word("footprint_method_interval")),
        w.para(lang.word("footprint_limits")),
    ]


def footprint_annex(w: _ReportWriter) -> list[Flowable]:
    found = w.f.footprint
    if found is None:
        return []
    lang, table = w.lang, found.table
    out: list[Flowable] = [w.h1("footprint_annex")]
    out.append(w.para(lang.word("footprint_annex_intro", table=lang.join(table.title),
                                version=table.version)))  # fmt: skip
    entries = table.rows()
    # each source with its licence, numbered: the table of factors refers to these numbers
    families: dict[tuple[str, str], int] = {}
    for entry in entries:
        key = (_family(entry["source"]), entry["licence"])
        families[key] = families.get(key, 0) + 1
    numbers = {key: str(index) for index, key in enumerate(families, start=1)}
    sources = [["#", lang.word("source"), lang.word("licence"), lang.word("entries")]]
    sources += [[numbers[key], key[0], key[1], str(count)] for key, count in families.items()]
    out += [w.h2(lang.word("sources_title")),
            w.table(sources, [0.06, 0.42, 0.4, 0.12], numbers=(0, 3))]  # fmt: skip
    rows = [[lang.word("factor"), lang.word("value"), lang.word("unit_word"),
             lang.word("source"), lang.word("year"), "#"]]  # fmt: skip
    styles: list[tuple[Any, ...]] = []
    for section in SECTIONS:
        rows.append([lang.word(f"section_{section}").upper(), "", "", "", "", ""])
        styles.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), w.t.pale))
        for entry in (e for e in entries if e["section"] == section):
            value = f"{entry['value']:g}".replace(".", ",")
            number = numbers[(_family(entry["source"]), entry["licence"])]
            rows.append([entry["key"], value, entry["unit"], entry["source"],
                         str(entry["year"]), number])  # fmt: skip
    out += [w.h2(lang.word("factors_title")), Spacer(1, 2)]
    out.append(w.table(rows, [0.21, 0.12, 0.16, 0.38, 0.08, 0.05], numbers=(1, 4, 5), extra=styles))
    return out


def _family(source: str) -> str:
    """A source without its detail: 'ADEME, Nos Gestes Climat 4.15.0 (bûches)' -> 'ADEME, Nos
    Gestes Climat 4.15.0'; Quartier's own assumptions are one family."""
    if source.startswith("Quartier"):
        return "Quartier"
    return source.split(" (")[0].split(";")[0].strip()


def _one(value: float) -> str:
    """One decimal, French and Dutch style; whole numbers without."""
    rounded = round(value, 1)
    if math.isclose(rounded, round(rounded)):
        return group_digits(rounded)
    return f"{rounded:.1f}".replace(".", ",")
