"""The diagnosis report, read back from the PDF: contents with the right page numbers, header
and footer with page x / y, results in the chosen language, the comparison with an earlier
campaign, fonts embedded, no personal value anywhere."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from test_poster import (
    SECRET_HOUSE,
    assert_no_personal_data,
    assert_print_ready,
    flat,
    personal_values,
    seed_demo,
)

from app.demo import fill_household
from app.printing.report import ReportOptions, build_report
from app.printing.texts import Languages
from app.store import Key, Store
from quartier.cli import cli

PRINTED_ON = date(2026, 5, 2)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_demo(tmp_path_factory.mktemp("report") / "demo.sqlite")


def report(demo: Path, out: Path, lang: str = "fr", **kw: str) -> tuple[int, list[str]]:
    with Store.open(demo) as store:
        pages, _findings = build_report(
            store, out, ReportOptions(Languages.parse(lang), printed_on=PRINTED_ON), **kw
        )
    return pages, [flat(page.extract_text()) for page in PdfReader(out).pages]


def contents(path: Path, titles: list[str]) -> dict[str, int]:
    """Title -> the page number the table of contents (page 2) gives it."""
    text = flat(PdfReader(path).pages[1].extract_text(extraction_mode="layout"))
    found = {}
    for title in titles:
        match = re.search(re.escape(title) + r"[ .]*?(\d+)", text)
        assert match, title
        found[title] = int(match.group(1))
    return found


def test_french_report_contents_header_footer_and_sections(demo: Path, tmp_path: Path) -> None:
    count, pages = report(demo, tmp_path / "r.pdf")
    assert count == len(pages) >= 8
    assert all(
        (float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx((595.28, 841.89), 0.01)
        for p in PdfReader(tmp_path / "r.pdf").pages
    )
    cover = pages[0]
    assert "Marolles" in cover and "Diagnostic partagé du quartier" in cover
    assert "340 ménages rencontrés" in cover and "page" not in cover
    assert "Table des matières" in pages[1]
    sections = ["Les constats en bref", "Méthode", "Résultats question par question",
                "Paroles d'habitants", "L'inventaire partagé", "Les besoins par thème",
                "Annexe : le questionnaire"]  # fmt: skip
    for title, number in contents(tmp_path / "r.pdf", sections).items():
        assert pages[number - 1].count(title) >= 1, (title, number)
    for number, page in enumerate(pages[1:], start=2):
        assert "Marolles — Diagnostic partagé du quartier" in page  # running header
        assert f"page {number} / {count}" in page and "2 mai 2026" in page  # footer
    text = " ".join(pages)
    for expected in ("Ménages visés", "375", "Taux de réponse", "90,7 %", "moyenne",
                     "Combien de personnes vivent ici ?", "De quoi le quartier a-t-il besoin ?",
                     "Un potager collectif", "Potager collectif des Renards", "Biodiversité",
                     "personnel — non publié", "Téléphone"):  # fmt: skip
        assert expected in text, expected
    assert "Comparaison" not in text  # only one campaign
    assert_print_ready(tmp_path / "r.pdf")
    assert_no_personal_data(text, personal_values(demo))
    assert SECRET_HOUSE not in text


def test_dutch_report(demo: Path, tmp_path: Path) -> None:
    count, pages = report(demo, tmp_path / "nl.pdf", lang="nl")
    text = " ".join(pages)
    for expected in ("Gedeelde wijkdiagnose", "Inhoudstafel", "Methode", "Resultaten per vraag",
                     "Hoeveel mensen wonen hier?", "Wat heeft de wijk nodig?", "Een moestuin",
                     "Bijlage: de vragenlijst", f"pagina 2 / {count}", "2 mei 2026"):  # fmt: skip
        assert expected in text, expected
    assert "Table des matières" not in text and "Combien de personnes" not in text


def test_bilingual_report_names_each_section_in_both_languages(demo: Path, tmp_path: Path) -> None:
    _, pages = report(demo, tmp_path / "both.pdf", lang="fr+nl")
    text = " ".join(pages)
    assert "Méthode / Methode" in text
    assert "Combien de personnes vivent ici ? / Hoeveel mensen wonen hier?" in text
    assert "de meest genoemde noden:" in text.lower()


def test_comparison_with_the_previous_campaign(tmp_path: Path) -> None:
    import random

    path = seed_demo(tmp_path / "two.sqlite", households=120)
    with Store.open(path) as store:
        first = store.settings.get(Key.CAMPAIGN)
        neighbourhood = store.directory.neighbourhoods()[0]["id"]
        later = store.directory.add_campaign(neighbourhood, "Second diagnostic 2027",
                                   starts_on="2027-03-01", ends_on="2027-04-30")  # fmt: skip
        form = store.forms.get("porte_a_porte")
        rng = random.Random(7)
        for _ in range(60):
            answers = fill_household(form, rng)
            draft = store.submissions.save_draft(
                form.form_id, form.version or "", answers, campaign_id=later
            )
            store.submissions.finalize(draft.id)
    _, pages = report(path, tmp_path / "cmp.pdf", campaign_id=later)
    text = " ".join(pages)
    assert "Comparaison avec la campagne précédente" in text
    assert "« Diagnostic partagé 2026 » (160 ménages) comparée à « Second diagnostic 2027 »" in text
    assert "Avant" in text and "Écart" in text
    _, explicit = report(path, tmp_path / "cmp2.pdf", campaign_id=later, compare_with=first)
    assert "Comparaison avec la campagne précédente" in " ".join(explicit)
    _, first_only = report(path, tmp_path / "first.pdf", campaign_id=first)
    assert "Comparaison" not in " ".join(first_only)  # nothing earlier than the first


def test_cli_report(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    result = CliRunner().invoke(cli, ["--db", str(demo), "report", "--out", str(out),
                                      "--lang", "nl"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Rapport de" in result.output and len(PdfReader(out).pages) >= 8


def outline(path: Path) -> list[tuple[str, int]]:
    """(title, page number) of every bookmark, in order."""
    reader = PdfReader(path)
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def test_bookmarks_and_contents_links_lead_to_their_pages(demo: Path, tmp_path: Path) -> None:
    _, pages = report(demo, tmp_path / "r.pdf")
    marks = outline(tmp_path / "r.pdf")
    assert len(marks) >= 20
    assert len({page for _, page in marks}) >= 10, "bookmarks on many pages, not all on one"
    for title, page in marks:
        assert flat(title) in pages[page - 1], (title, page)
    reader = PdfReader(tmp_path / "r.pdf")
    page_of = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    targets = [page_of[link["/Dest"][0].idnum] for link in links if "/Dest" in link]
    # two links per entry of the table of contents: its title and its page number
    assert targets[0::2] == targets[1::2] == [page for _, page in marks]
    assert reader.trailer["/Root"]["/Lang"] == "fr-BE"


def test_every_proportion_has_its_interval_and_no_jargon(demo: Path, tmp_path: Path) -> None:
    from app.analysis import Share

    _, pages = report(demo, tmp_path / "r.pdf")
    text = " ".join(pages)
    assert "Q1" not in text and "min–max" not in text
    assert "la moitié des ménages entre" in text and "Fourchette 95 %" in text
    assert "Comment chaque chiffre est calculé" in text and "Wilson" in text
    assert "Limites" in text and "Heures des entretiens" in text
    # each choice row: households, percentage, and the Wilson interval, all checkable
    rows = re.findall(r"(\d+) (\d+) % (\d+) – (\d+) %", text)
    assert len(rows) > 30
    with Store.open(demo) as store:
        from app import analysis
        from app.dataset import load_dataset

        dataset = load_dataset(store, include_rejected=False)
        tenure = analysis.question_summary(dataset, "tenure")
    owners = int(tenure.table.set_index("choice").at["owner", "count"])
    share = Share(owners, tenure.respondents)
    low, high = (round(v) for v in share.interval)
    assert f"Propriétaire {owners} {round(share.percent)} % {low} – {high} %" in text
    assert "Consentement" not in text and "Notes du ou de la bénévole —" not in text
    assert "Acceptez-vous que nous notions" not in pages[5]  # consent is not a result


def test_a_small_campaign_gives_no_percentage_and_no_quote(tmp_path: Path) -> None:
    from app.demo import build_demo

    build_demo(tmp_path / "small.sqlite", households=3)
    _, pages = report(tmp_path / "small.sqlite", tmp_path / "r.pdf")
    results = " ".join(pages[3:])  # after the cover, the contents and the key findings
    assert "Trop peu de réponses (3) pour donner des pourcentages : il en faut au moins 5." in (
        results
    )
    method = next(p for p in pages if "Comment chaque chiffre" in p)
    rest = results.replace(method, "")
    assert not re.search(r"\d %", rest), "no percentage from three households"
    assert "Paroles d'habitants" not in " ".join(pages[2:]), "no quote from three households"
    assert "1 ménages" not in " ".join(pages)


def test_dates_in_french_say_1er(demo: Path, tmp_path: Path) -> None:
    with Store.open(demo) as store:
        build_report(store, tmp_path / "r.pdf",
                     ReportOptions(printed_on=date(2026, 12, 1)))  # fmt: skip
    text = flat(PdfReader(tmp_path / "r.pdf").pages[0].extract_text())
    assert "1er décembre 2026" in text


def test_bilingual_key_findings_go_sentence_by_sentence(demo: Path, tmp_path: Path) -> None:
    _, pages = report(demo, tmp_path / "both.pdf", lang="fr+nl")
    summary = pages[2]
    french = summary.index("ménages rencontrés dans")
    dutch = summary.index("huishoudens bezocht in")
    inventory = summary.index("L'inventaire partagé compte")
    assert french < dutch < inventory, "each finding in French, then in Dutch"
