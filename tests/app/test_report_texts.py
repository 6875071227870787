"""What the coach writes for the report (recommendations and next steps, acknowledgements, the
group's contact) is kept on the campaign, survives the server's campaign arriving again and an
older database's migration, and is printed with the group's and the partners' logos."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import text
from test_poster import flat

from app import replica
from app.db import create_sqlite_engine, migrate
from app.demo import build_demo
from app.store import Key, Store
from quartier.cli import cli

RECOMMENDATIONS = """Les habitants demandent d'abord des espaces verts et des lieux pour se
rencontrer.

- Ouvrir un potager collectif rue des Renards avant l'été.
- Réunir l'assemblée de quartier en janvier pour choisir trois projets.
"""
THANKS = "Merci aux douze bénévoles et aux habitants qui ont ouvert leur porte."
CONTACT = "Groupe pilote des Marolles — marolles@example.org"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("texts") / "demo.sqlite"
    build_demo(path, households=60)
    return path


def logo(path: Path, size: tuple[int, int], colour: str) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def report_cli(demo: Path, out: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(
        cli, ["--db", str(demo), "report", "--out", str(out), "--lang", "fr", *args]
    )
    assert result.exit_code == 0, result.output
    return [flat(page.extract_text()) for page in PdfReader(out).pages]


def test_the_coach_texts_are_printed_and_kept_on_the_campaign(demo: Path, tmp_path: Path) -> None:
    (tmp_path / "reco.txt").write_text(RECOMMENDATIONS, encoding="utf-8")
    (tmp_path / "merci.txt").write_bytes(THANKS.encode("cp1252"))  # as Notepad may save it
    group = logo(tmp_path / "groupe.png", (400, 200), "darkgreen")
    partners = [logo(tmp_path / f"p{i}.png", size, "navy")
                for i, size in enumerate([(300, 300), (900, 150), (200, 260)])]  # fmt: skip
    out = tmp_path / "r.pdf"
    pages = report_cli(
        demo, out, "--recommendations", str(tmp_path / "reco.txt"), "--thanks",
        str(tmp_path / "merci.txt"), "--contact", CONTACT, "--logo", str(group),
        *[arg for p in partners for arg in ("--partner-logo", str(p))],
    )  # fmt: skip
    text = " ".join(pages)
    assert f"Contact : {CONTACT}" in pages[0], "the contact on the cover"
    recommended = next(p for p in pages[2:] if "Recommandations et prochaines étapes" in p)
    assert "Les habitants demandent d'abord des espaces verts et des lieux pour se rencontrer." in (
        recommended
    ), "the lines of a paragraph joined"
    assert "• Ouvrir un potager collectif rue des Renards avant l'été." in recommended
    assert "• Réunir l'assemblée de quartier" in recommended
    thanks = next(p for p in pages[2:] if "Remerciements" in p and THANKS in p)
    assert "Contact" in thanks and CONTACT in thanks
    assert text.index("Recommandations et prochaines étapes") < text.index("Annexe")
    reader = PdfReader(out)
    assert len(reader.pages[0].images) == 1, "the group's logo on the cover"
    thanks_page = reader.pages[pages.index(thanks)]
    assert len(thanks_page.images) == 3, "every partner's logo beside the acknowledgements"
    contents = pages[1]
    assert "Recommandations et prochaines étapes" in contents and "Remerciements" in contents

    # kept: the next report prints them without being told again
    again = " ".join(report_cli(demo, tmp_path / "again.pdf"))
    assert "Recommandations et prochaines étapes" in again and CONTACT in again
    # and forgotten on request
    cleared = report_cli(demo, tmp_path / "cleared.pdf", "--contact", "")
    assert CONTACT not in " ".join(cleared) and "Remerciements" in " ".join(cleared)


def test_no_text_no_section(tmp_path: Path) -> None:
    path = tmp_path / "bare.sqlite"
    build_demo(path, households=20)
    pages = report_cli(path, tmp_path / "bare.pdf")
    text = " ".join(pages)
    assert "Recommandations" not in text and "Remerciements" not in text
    assert "Contact" not in text


def test_the_texts_survive_the_campaign_arriving_again_from_the_server(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.sqlite") as store:
        hood = store.directory.add_neighbourhood("Marolles")
        state = {"id": "c-1", "neighbourhood_id": hood, "name": "Diagnostic", "starts_on":
                 "2027-03-01", "ends_on": "2027-03-31", "target_households": 400,
                 "streets": [], "forms": [], "closed_at": None}  # fmt: skip
        replica.apply_campaign(store, state)
        store.directory.set_report_texts("c-1", recommendations="Un potager.", contact=CONTACT)
        replica.apply_campaign(store, {**state, "name": "Diagnostic 2027"})
        assert store.directory.report_texts("c-1") == {
            "recommendations": "Un potager.", "thanks": "", "contact": CONTACT
        }  # fmt: skip
        assert store.directory.campaigns()[0]["name"] == "Diagnostic 2027"
        assert store.settings.get(Key.CAMPAIGN) == "c-1"


def test_an_older_database_gets_empty_texts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_sqlite_engine(path)
    migrate(engine, path, "0004")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO neighbourhood VALUES ('n', 'Marolles', '', '', 'x')"))
        conn.execute(
            text(
                "INSERT INTO campaign (id, neighbourhood_id, name, created_at)"
                " VALUES ('c', 'n', 'Diagnostic', '2026-01-01')"
            )
        )
    engine.dispose()
    with Store.open(path) as store:
        assert store.directory.report_texts("c") == {
            "recommendations": "", "thanks": "", "contact": ""
        }  # fmt: skip
