"""The poster and flyer, read back from the PDF: sizes (and bleed), titles and figures in
French and Dutch, accents intact, every font embedded, no personal value anywhere.

Also holds the helpers test_report.py uses (a demo neighbourhood seeded with recognisable
personal values, text and fonts of a PDF).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from app.dataset import load_dataset
from app.demo import build_demo
from app.errors import PrintingError, RecordNotFound
from app.printing.poster import BLEED, SLUG, Invitation, PosterOptions, build_poster
from app.printing.texts import Languages
from app.store import Key, Store
from quartier.cli import cli

BOTH = Languages.parse("fr+nl")
#: Personal values seeded in the test neighbourhood: none may ever be printed.
SECRET_NAME = "Zoë Vandermeulen-Éclair"
SECRET_PHONE = "+32 475 91 82 73"
SECRET_EMAIL = "zoe.secret@example.org"
SECRET_HOUSE = "977bis"
#: Free-text answers said by many, with a phone number or a resident's name in them: never
#: quoted.
PHONE_IN_QUOTE = "Appelez-moi au 0470 12 34 56 pour le potager"
NAME_IN_QUOTE = f"Demandez à {SECRET_NAME.lower()}, elle connaît tout le monde"
A3 = (841.89, 1190.55)


def seed_demo(path: Path, households: int = 300) -> Path:
    """The demo neighbourhood plus 40 households that gave recognisable personal data."""
    build_demo(path, households=households)
    with Store.open(path) as store:
        form = store.forms.get("porte_a_porte")
        campaign = store.settings.get(Key.CAMPAIGN)
        for _ in range(40):
            answers = {
                "consent": "yes", "street": "Rue Haute", "house_number": SECRET_HOUSE,
                "household_size": 3, "needs": ["garden", "trees"], "participate": "yes",
                "contact_name": SECRET_NAME, "contact_phone": SECRET_PHONE,
                "contact_email": SECRET_EMAIL, "likes": PHONE_IN_QUOTE, "missing": NAME_IN_QUOTE,
            }  # fmt: skip
            draft = store.submissions.save_draft(
                form.form_id, form.version or "", answers, campaign_id=campaign
            )
            store.submissions.finalize(draft.id)
    return path


def personal_values(path: Path) -> set[str]:
    """Every contact value in the database, and each street with its house number."""
    with Store.open(path) as store:
        interviews = load_dataset(store).interviews
        inventory = {item.data.get("address") for item in store.inventory.items(limit=1000)}
    values: set[str] = set()
    for key in ("contact_name", "contact_phone", "contact_email"):
        values |= set(interviews[key].dropna())
    numbered = interviews.dropna(subset=["house_number"])
    for street, number in zip(numbered["street"], numbered["house_number"], strict=True):
        if f"{street} {number}" not in inventory:  # a shared resource's address is public
            values.add(f"{street} {number}")
    return values


def pdf_text(path: Path) -> str:
    """The text of every page (pypdf; pdftotext agrees, see test_pdftotext_reads_the_same)."""
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    """Text with line breaks and no-break spaces as plain spaces, to search for phrases."""
    return " ".join(text.replace("\u00a0", " ").split())


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Base font name -> whether its file is embedded, for every font of every page."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def assert_print_ready(path: Path) -> None:
    fonts = embedded_fonts(path)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts), fonts
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing


def assert_no_personal_data(text: str, secrets: set[str]) -> None:
    plain = flat(text).casefold()
    for value in secrets | {SECRET_NAME, SECRET_PHONE, SECRET_EMAIL, SECRET_HOUSE}:
        assert flat(value).casefold() not in plain, value
    assert "@" not in plain and "+32" not in plain
    assert "0470 12 34 56" not in plain and "elle connaît tout le monde" not in plain


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_demo(tmp_path_factory.mktemp("poster") / "demo.sqlite")


def poster(demo: Path, out: Path, **options: object) -> Path:
    with Store.open(demo) as store:
        build_poster(store, out, PosterOptions(**options))  # type: ignore[arg-type]
    return out


INVITATION = Invitation(
    when="Samedi 16 mai, 14 h",
    where="Maison de quartier, rue Blaes 154",
    text="Venez choisir les premiers projets ! Ideeën welkom, koffie en taart.",
)


def test_a3_poster_in_french_has_the_findings_and_is_print_ready(
    demo: Path, tmp_path: Path
) -> None:
    out = poster(demo, tmp_path / "a3.pdf", qr_url="https://marolles.example/rejoindre",
                 invitation=INVITATION)  # fmt: skip
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A3, abs=0.01)
    text = flat(pdf_text(out))
    for expected in ("Marolles", "Ce que le quartier nous a dit", "340", "ménages rencontrés",
                     "bénévoles", "ressources inventoriées", "Paroles d'habitants",
                     "Les besoins et envies cités en premier", "Déjà dans le quartier",
                     "Venez en parler", "Samedi 16 mai, 14 h", "Ideeën welkom",
                     "Rejoignez le groupe"):  # fmt: skip
        assert expected in text, expected
    assert "Diagnostic partagé 2026".upper() in text
    assert "é" in text and "ë" in text
    assert_print_ready(out)
    assert_no_personal_data(pdf_text(out), personal_values(demo))


def test_bilingual_a2_with_bleed_has_trim_and_bleed_boxes(demo: Path, tmp_path: Path) -> None:
    out = poster(demo, tmp_path / "a2.pdf", size="A2", languages=BOTH, bleed=True,
                 theme="canal")  # fmt: skip
    page = PdfReader(out).pages[0]
    margin = BLEED + SLUG  # the crop marks are drawn beyond the bleed
    width, height = 1190.55 + 2 * margin, 1683.78 + 2 * margin
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (width, height), abs=0.01
    )
    trim, bleed = page.trimbox, page.bleedbox
    assert float(trim.left) == pytest.approx(margin) and float(trim.width) == pytest.approx(
        1190.55, abs=0.01
    )
    assert float(bleed.left) == pytest.approx(SLUG)
    assert float(bleed.width) == pytest.approx(1190.55 + 2 * BLEED, abs=0.01)
    text = flat(pdf_text(out))
    for expected in ("Ce que le quartier nous a dit", "Wat de wijk ons vertelde",
                     "bezochte huishoudens", "vrijwilligers", "geïnventariseerde hulpbronnen",
                     "Kom erover praten!", "Bewoners aan het woord"):  # fmt: skip
        assert expected in text, expected
    assert_print_ready(out)


def test_dutch_a4_flyer_with_logo(demo: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (200, 60, 40)).save(logo)
    out = poster(demo, tmp_path / "a4.pdf", size="A4", languages=Languages.parse("nl"), logo=logo,
                 theme="sobre")  # fmt: skip
    page = PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (595.28, 841.89), abs=0.01
    )
    assert len(page.images) == 1
    text = flat(pdf_text(out))
    assert "Wat de wijk ons vertelde" in text and "Ce que le quartier" not in text
    assert_print_ready(out)


def test_wrong_options_are_clear_errors(demo: Path, tmp_path: Path) -> None:
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("pas une image")
    with pytest.raises(PrintingError, match="Logo illisible"):
        poster(demo, tmp_path / "x.pdf", logo=not_an_image)
    with pytest.raises(PrintingError, match="Thème de couleurs inconnu : fluo") as theme:
        poster(demo, tmp_path / "x.pdf", theme="fluo")
    assert theme.value.text("nl").startswith("Onbekend kleurthema: fluo (thema's: potager,")
    with pytest.raises(PrintingError, match="Format de papier inconnu : A5") as size:
        poster(demo, tmp_path / "x.pdf", size="A5")
    assert size.value.text("en") == "Unknown paper size: A5 (A4, A3 or A2)."
    with Store.open(demo) as store, pytest.raises(RecordNotFound, match="Campagne inconnue"):
        build_poster(store, tmp_path / "x.pdf", PosterOptions(), campaign_id="nope")


def test_a_long_invitation_shrinks_to_a_readable_floor_then_is_refused(
    demo: Path, tmp_path: Path
) -> None:
    fits = Invitation(text="Bienvenue à toutes et à tous ! " * 6)
    out = poster(demo, tmp_path / "long.pdf", invitation=fits, qr_url="https://example.org")
    text = flat(pdf_text(out))
    assert text.count("Bienvenue à toutes et à tous") == 6  # whole, not cut
    assert "Réalisé sans aucune donnée personnelle des habitants." in text
    assert min(font_sizes(out)) >= 8.5 * 841.89 / 595.28 - 0.01  # 8.5 pt on the flyer
    too_long = Invitation(text="Bienvenue à toutes et à tous ! " * 60)
    with pytest.raises(PrintingError, match="Texte trop long") as refused:
        poster(demo, tmp_path / "x.pdf", invitation=too_long)
    assert "Tekst te lang" in refused.value.text("nl")


def font_sizes(path: Path) -> list[float]:
    """The size of every piece of text on the first page, as set (before any scaling)."""
    sizes: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[0] or tm[3] or 1))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_cli_poster(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    result = CliRunner().invoke(
        cli,
        ["poster", "--out", str(out), "--size", "A3", "--lang", "fr+nl", "--bleed",
         "--qr", "https://marolles.example", "--invitation", "Bienvenue !", "--theme", "brique",
         "--db", str(demo)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Affiche A3" in result.output
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(841.89 + 2 * (BLEED + SLUG))
    assert float(page.trimbox.width) == pytest.approx(841.89, abs=0.01)
    bad = CliRunner().invoke(cli, ["poster", "--out", str(out), "--campaign", "nope",
                                   "--db", str(demo)])  # fmt: skip
    assert bad.exit_code == 1 and "Campagne inconnue : nope." in bad.output
    assert "Onbekende campagne: nope." in bad.output and "Traceback" not in bad.output


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")
def test_pdftotext_reads_the_same(demo: Path, tmp_path: Path) -> None:
    out = poster(demo, tmp_path / "p.pdf", languages=BOTH)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Marolles" in text and "ménages rencontrés" in text and "geïnventariseerde" in text
    assert_no_personal_data(text, personal_values(demo))


def test_a_campaign_without_interviews_still_prints(tmp_path: Path) -> None:
    from app.printing.report import ReportOptions, build_report
    from survey_forms import load_builtin

    with Store.open(tmp_path / "new.sqlite") as store:
        store.forms.add(load_builtin("porte_a_porte"))
        place = store.directory.add_neighbourhood(
            "Anneessens", commune="Bruxelles", postcode="1000"
        )
        store.directory.add_campaign(place, "Diagnostic 2027", starts_on="2027-02-01")
        build_poster(store, tmp_path / "p.pdf", PosterOptions(languages=BOTH))
        pages, _findings = build_report(store, tmp_path / "r.pdf", ReportOptions())
    text = flat(pdf_text(tmp_path / "p.pdf"))
    assert "Anneessens" in text and "Aucun entretien n'est encore enregistré" in text
    assert "Voor deze campagne is nog geen gesprek geregistreerd" in text
    assert "Le groupe d'habitants se retrouve bientôt" in text  # the default invitation
    # an honest statement, not figures of nothing
    assert "%" not in text and "0 ménages" not in text and "bénévoles" not in text
    assert pages == len(PdfReader(tmp_path / "r.pdf").pages) >= 3
    report = flat(pdf_text(tmp_path / "r.pdf"))
    assert "Aucun entretien n'est encore enregistré" in report and "%" not in report
    assert "Résultats question par question" not in report


def words_with_boxes(path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, x_min, y_min, x_max, y_max) of every word of the first page, from the top-left
    (poppler's pdftotext -bbox)."""
    import re

    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    return [(w, float(a), float(b), float(c), float(d))
            for a, b, c, d, w in re.findall(pattern, html)]  # fmt: skip


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) absent")
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_no_text_within_5_mm_of_the_trim_edge(demo: Path, tmp_path: Path, size: str) -> None:
    from reportlab.lib.units import mm

    out = poster(demo, tmp_path / "p.pdf", size=size, languages=BOTH, bleed=True,
                 qr_url="https://marolles.example/rejoindre", invitation=INVITATION)  # fmt: skip
    page = PdfReader(out).pages[0]
    trim, height = page.trimbox, float(page.mediabox.height)
    left, right = float(trim.left), float(trim.right)
    top, bottom = height - float(trim.top), height - float(trim.bottom)  # from the top
    words = words_with_boxes(out)
    assert len(words) > 100
    for word, x0, y0, x1, y1 in words:
        assert x0 - left >= 5 * mm - 0.5 and right - x1 >= 5 * mm - 0.5, word
        assert y0 - top >= 5 * mm - 0.5 and bottom - y1 >= 5 * mm - 0.5, word


def test_a_qr_code_has_its_quiet_zone_of_four_modules() -> None:
    from reportlab.lib.colors import black

    from app.printing.charts import qr_drawing

    drawing = qr_drawing("https://marolles.example/rejoindre", 100, dark=black)
    modules = drawing.contents[1].contents
    size = len(__import__("segno").make("https://marolles.example/rejoindre", error="m")
               .matrix)  # fmt: skip
    module = 100 / (size + 8)
    assert min(r.x for r in modules) == pytest.approx(4 * module)
    assert max(r.x + r.width for r in modules) == pytest.approx(100 - 4 * module, abs=0.06)


def test_every_theme_reads_at_wcag_aa() -> None:
    from reportlab.lib.colors import white

    from app.printing.theme import THEMES, contrast, muted

    for theme in THEMES.values():
        pairs = {
            "kicker on the band": (theme.accent_on_dark, theme.dark),
            "titles on the band": (white, theme.dark),
            "accent on paper": (theme.accent_on_white, white),
            "captions on paper": (muted(theme.ink), white),
            "captions on boxes": (muted(theme.ink), theme.pale),
            "figures on boxes": (theme.dark, theme.pale),
        }
        for name, (text, background) in pairs.items():
            assert contrast(text, background) >= 4.5, (theme.name, name)


def test_a_long_neighbourhood_name_wraps_instead_of_shrinking(tmp_path: Path) -> None:
    from app.printing.fonts import BOLD, register_fonts
    from app.printing.layout import fit_lines

    register_fonts()
    name = "Anneessens – Fontainas – Lemonnier – Stalingrad"
    fitted = fit_lines(name, BOLD, 112, 44, 761, 3)
    assert len(fitted.lines) >= 2 and fitted.size >= 44
    assert " ".join(fitted.lines) == name
    with Store.open(tmp_path / "long.sqlite") as store:
        from survey_forms import load_builtin

        store.forms.add(load_builtin("porte_a_porte"))
        place = store.directory.add_neighbourhood(name, commune="Bruxelles", postcode="1000")
        store.directory.add_campaign(place, "Diagnostic 2027", starts_on="2027-02-01")
        build_poster(store, tmp_path / "p.pdf", PosterOptions())
    assert name in flat(pdf_text(tmp_path / "p.pdf"))
    assert max(font_sizes(tmp_path / "p.pdf")) >= 44


def test_the_dutch_poster_is_dutch(demo: Path, tmp_path: Path) -> None:
    out = poster(demo, tmp_path / "nl.pdf", languages=Languages.parse("nl"))
    text = flat(pdf_text(out))
    assert "1000 BRUSSEL" in text and "BRUXELLES" not in text
    assert "„" in text and "«" not in text and "»" not in text
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "nl-BE"
