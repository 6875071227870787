"""The report's chapter « Empreinte carbone des usages » and the poster « Notre empreinte »,
read back from the PDF: the figures app.carbon computes (means with their intervals, profiles
of five households or more, levers ranked, the second diagnosis), in French, Dutch and both;
the factors' sources and licences in an annex; no personal value anywhere."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from test_poster import (
    assert_no_personal_data,
    assert_print_ready,
    flat,
    personal_values,
    words_with_boxes,
)

from app.carbon.diagnosis import MIN_PROFILE, Diagnosis, diagnose
from app.carbon.factor_table import load_factors
from app.dataset import load_dataset
from app.demo import build_demo
from app.printing.poster import FOOTPRINT, POSTER_KINDS, PosterOptions, build_poster
from app.printing.report import ReportOptions, build_report
from app.printing.report_footprint import signed, span, tonnes
from app.printing.texts import Languages
from app.store import Key, Store
from quartier.cli import cli
from quartier.commands.printing import POSTER_KINDS as OFFERED


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("footprint") / "demo.sqlite"
    build_demo(path, households=150, second_diagnosis=True)
    return path


@pytest.fixture(scope="module")
def found(demo: Path) -> Diagnosis:
    with Store.open(demo) as store:
        now = store.settings.get(Key.CAMPAIGN)
        earlier = store.directory.earlier_campaigns(now)[0]["id"]
        dataset = load_dataset(store, campaign_id=now, include_rejected=False)
        previous = load_dataset(store, campaign_id=earlier, include_rejected=False)
    return diagnose(dataset, load_factors("be"), earlier=previous)


def report_pages(demo: Path, out: Path, lang: str) -> list[str]:
    with Store.open(demo) as store:
        build_report(store, out, ReportOptions(Languages.parse(lang), printed_on=date(2027, 5, 2)))
    return [flat(page.extract_text()) for page in PdfReader(out).pages]


def test_the_report_chapter_gives_the_figures_with_their_intervals(
    demo: Path, found: Diagnosis, tmp_path: Path
) -> None:
    pages = report_pages(demo, tmp_path / "r.pdf", "fr")
    text = " ".join(pages)
    start = next(i for i, p in enumerate(pages) if "Empreinte carbone des usages 150 ménages" in p)
    chapter = " ".join(pages[start : start + 6])
    s = found.summary
    total, household = s.per_person["total"], s.per_household["total"]
    assert (
        f"{tonnes(total.mean)} t CO2e par personne et par an (fourchette à 95 % : "
        f"{tonnes(total.low)} – {tonnes(total.high)} t)" in chapter
    )
    assert f"soit {tonnes(household.mean)} t par ménage" in chapter
    logement = s.per_person["logement"]
    assert f"Logement {tonnes(logement.mean, 2)} {span(logement, 2)}" in chapter
    assert "400 ménages" not in chapter and "Tonnes de CO2e par personne et par an, 150" in chapter
    for view in found.profiles:
        assert view.profile.size >= MIN_PROFILE
        assert f"{view.profile.number}. {view.profile.name['fr']}" in chapter
    first, last = found.levers[0], found.levers[-1]
    levers = chapter[chapter.index("Leviers classés par potentiel") :]
    assert levers.index(first.lever.label["fr"]) < levers.index(last.lever.label["fr"])
    assert f"{first.lever.label['fr']} {tonnes(first.tonnes * 1000)}" in levers
    assert found.second is not None
    change = found.second.change("total")
    assert change.paired is not None
    assert f"Total {tonnes(change.before.mean, 2)} {tonnes(change.after.mean, 2)}" in chapter
    assert f"{signed(change.paired.mean)} [{signed(change.paired.low)} ; " in chapter
    # by street: each street of five households or more, with its count and interval
    streets = chapter[chapter.index("Par rue") :]
    assert s.streets and all(e.households >= 5 for e in s.streets)
    for e in s.streets:
        assert f"{e.street} {e.households} {tonnes(e.total.mean, 2)} {span(e.total, 2)}" in streets
    assert (s.other_streets is None) == ("Autres rues" not in streets)
    # the second diagnosis by profile: the earlier campaign's profiles, none under five
    profiles = chapter[chapter.index("Par profil d'usages") :]
    assert found.second.by_profile
    for g in found.second.by_profile:
        p = found.second.profile(g.group)
        d = g.difference
        assert (
            f"{p.number}. {p.name['fr']} {g.households_before} {g.households_after} "
            f"{tonnes(g.before.mean, 2)} {tonnes(g.after.mean, 2)} {signed(d.mean)} "
            f"[{signed(d.low)} ; {signed(d.high)}]" in profiles
        )
    assert "Empreinte carbone des usages : " in pages[
        2
    ] or "Empreinte carbone des usages : " in " ".join(pages[2:4])  # a key finding
    annex = text[text.rindex("Annexe : facteurs d'émission, sources et licences") :]
    for cited in ("ADEME, Nos Gestes Climat 4.15.0", "MIT (règles NGC)", "AGRIBALYSE v3.1.1",
                  "AIB, European Residual Mixes 2023", "CC0", "be-2026.1", "heating.gas",
                  "electricity 0,16749 kg CO2e/kWh"):  # fmt: skip
        assert cited in annex, cited
    assert_no_personal_data(text, personal_values(demo))


@pytest.mark.parametrize(("lang", "title", "other"), [
    ("nl", "Koolstofvoetafdruk van het dagelijks leven", "Empreinte carbone des usages"),
    ("fr+nl", "Empreinte carbone des usages / Koolstofvoetafdruk van het dagelijks leven", None),
])  # fmt: skip
def test_the_chapter_in_dutch_and_in_both(
    demo: Path, found: Diagnosis, tmp_path: Path, lang: str, title: str, other: str | None
) -> None:
    out = tmp_path / "r.pdf"
    text = " ".join(report_pages(demo, out, lang))
    assert title in text and (other is None or other not in text)
    total = found.summary.per_person["total"]
    assert f"{tonnes(total.mean)} t CO2e per persoon per jaar (marge van 95 %: " in text
    assert "Bijlage: emissiefactoren, bronnen en licenties" in text
    assert found.profiles[0].profile.name["nl"] in text
    assert "Per straat" in text and "Per gebruiksprofiel" in text
    assert_print_ready(out)


def footprint_poster(demo: Path, out: Path, lang: str = "fr", size: str = "A3") -> str:
    with Store.open(demo) as store:
        options = PosterOptions(size=size, kind=FOOTPRINT, languages=Languages.parse(lang))
        build_poster(store, out, options)
    return flat(PdfReader(out).pages[0].extract_text())


@pytest.mark.parametrize(("lang", "size"), [("fr", "A3"), ("nl", "A2"), ("fr+nl", "A4")])
def test_the_poster_notre_empreinte(
    demo: Path, found: Diagnosis, tmp_path: Path, lang: str, size: str
) -> None:
    out = tmp_path / "p.pdf"
    text = footprint_poster(demo, out, lang, size)
    s = found.summary
    total = s.per_person["total"]
    assert {"fr": "Notre empreinte", "nl": "Onze voetafdruk"}[lang[:2]] in text
    assert tonnes(total.mean) in text and f"{tonnes(total.low)} – {tonnes(total.high)} t" in text
    assert "9,9 t" in text and "2,0 t" in text  # Brussels and the 2050 target, on the chart
    assert re.search(r"\b150 (ménages|huishoudens)", text)
    best = found.levers[0].lever.label[lang[:2]]
    assert best[:30] in text
    shown = [v for v in found.profiles if v.profile.name[lang[:2]][:20] in text]
    assert shown and all(v.profile.size >= MIN_PROFILE for v in shown)
    assert found.second is not None and found.second.change("total").pairs > 0
    assert {"fr": "aux mêmes adresses", "nl": "op dezelfde adressen"}[lang[:2]] in text
    assert_print_ready(out)
    assert_no_personal_data(text, personal_values(demo))
    from reportlab.lib.units import mm

    width = float(PdfReader(out).pages[0].mediabox.width)
    for word, x0, _y0, x1, _y1 in words_with_boxes(out):  # nothing off the page's safe margin
        assert x0 >= 5 * mm - 0.5 and width - x1 >= 5 * mm - 0.5, word


def test_cli_poster_kinds(demo: Path, tmp_path: Path) -> None:
    assert OFFERED == POSTER_KINDS
    out = tmp_path / "e.pdf"
    result = CliRunner().invoke(
        cli, ["--db", str(demo), "poster", "--kind", "footprint", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Notre empreinte" in flat(PdfReader(out).pages[0].extract_text())
    bad = CliRunner().invoke(cli, ["--db", str(demo), "poster", "--kind", "x", "--out", str(out)])
    assert bad.exit_code == 2 and "footprint" in bad.output


def test_without_usage_answers_there_is_no_chapter_and_the_poster_says_so(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    build_demo(path, households=30)
    with Store.open(path) as store:  # interviews made without the usage questions
        form = store.forms.get("porte_a_porte")
        campaign = store.directory.add_campaign(
            store.directory.neighbourhoods()[0]["id"], "Sans habitudes", starts_on="2028-03-01"
        )
        for _ in range(6):
            draft = store.submissions.save_draft(
                form.form_id, form.version or "", {"consent": "no", "street": "Rue Haute",
                                                   "household_size": 2}, campaign_id=campaign,
            )  # fmt: skip
            store.submissions.finalize(draft.id)
        store.settings.set(Key.CAMPAIGN, campaign)
    text = " ".join(report_pages(path, tmp_path / "r.pdf", "fr"))
    assert "Empreinte carbone des usages" not in text and "facteurs d'émission" not in text
    poster_text = footprint_poster(path, tmp_path / "p.pdf")
    assert "Aucun ménage n'a encore répondu aux questions sur les habitudes" in poster_text


def test_three_households_give_no_footprint_figure(tmp_path: Path) -> None:
    """Below five households the chapter and the poster say why, with no figure."""
    path = tmp_path / "small.sqlite"
    build_demo(path, households=3)
    pages = report_pages(path, tmp_path / "r.pdf", "fr")
    chapter = next(p for p in pages if "Empreinte carbone des usages 3 ménages" in p)
    assert "il en faut au moins 5 pour donner une empreinte qui ne désigne personne" in chapter
    assert "t CO2e" not in chapter and "Annexe : facteurs" not in " ".join(pages)
    poster_text = footprint_poster(path, tmp_path / "p.pdf", "fr+nl")
    assert "3 ménages seulement" in poster_text and "Slechts 3 huishoudens" in poster_text
    assert "t CO2e" not in poster_text
