"""The subsidy dossier of a project (issue 16): the cover, the sheet, the diagnosis that
justifies it (households by theme under the five-household rule, never a resident's answer),
its levers' savings, its budget and the participatory budget's outcome, and the report to
complete; in French and in Dutch; `quartier dossier`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from app.actions.budget_rounds import propose
from app.actions.dossier import dossier_of
from app.actions.projects import from_gap, save_project
from app.printing.dossier import draw_dossier
from app.printing.texts import Languages
from app.store import Store
from quartier.cli import cli


def pdf_text(path: Path) -> str:
    pages = PdfReader(path).pages
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _project(store: Store) -> str:
    nid = store.directory.neighbourhoods()[0]["id"]
    sheet = from_gap(store, nid, "proteger") | {
        "needs": ["needs/trees", "needs/benches"], "levers": ["insulation"],
        "goal": "Planter six arbres", "who": "Comité des Renards",
        "milestones": [{"date": "2027-02-15", "what": "Demande à la commune"}],
        "budget": [{"label": "Arbres", "amount": 1800}, {"label": "Terre", "amount": 650}],
        "reach": 150,
    }  # fmt: skip
    made = save_project(store, nid, sheet)
    other = save_project(store, nid, {"title": "Bancs", "theme": "habiter",
                                      "budget": [{"label": "Bancs", "amount": 900}]})  # fmt: skip
    vote = store.budget_rounds.open(nid, "Budget participatif 2027", 3000)
    propose(store, vote.id, made.id)
    propose(store, vote.id, other.id)
    for household, codes in (("1", ["P1"]), ("2", ["P1", "P2"]), ("3", ["P2"]), ("4", ["P1"])):
        store.budget_rounds.record_ballot(vote.id, household, codes)
    store.budget_rounds.close(vote.id)
    return made.id


def test_the_dossier_gathers_the_diagnosis_savings_and_vote(marolles: Store) -> None:
    with marolles as store:
        found = dossier_of(store, store.projects.get(_project(store)))
    assert found.diagnosis.households == 12
    [saving] = found.savings
    assert saving.key == "insulation" and saving.tonnes > 0 and found.carbon_households == 12
    [outcome] = found.rounds
    assert (outcome.proposal.code, outcome.approvals, outcome.ballots) == ("P1", 3, 4)
    # 3000 € for four households, 750 each: greedy funds P1 (3 voices, 2450 €); with equal
    # shares P1's three supporters hold 2250 € < 2450 €, P2 is bought at 450 € a supporter,
    # and the 2100 € left do not cover P1 either
    assert outcome.funded == {"greedy": True, "equal_shares": False}


def test_the_printed_dossier_in_french_and_dutch(marolles: Store, tmp_path: Path) -> None:
    with marolles as store:
        found = dossier_of(store, store.projects.get(_project(store)))
    french, dutch = tmp_path / "fr.pdf", tmp_path / "nl.pdf"
    assert draw_dossier(found, french, Languages.parse("fr"), today="2027-01-10") >= 5
    text = pdf_text(french)
    for expected in (
        "DEMANDE DE SUBSIDE", "Montant demandé 2 450 €", "Porté par Comité des Renards",
        "10 janvier 2027", "2. Le diagnostic qui le justifie",
        "« Diagnostic 2026 » (mars – avril 2026) : 12 ménages rencontrés",
        "Protéger (thème du projet) 7 58 % 32 – 81 %", "Habiter moins de 5 moins de 5",
        "Plus d'arbres : 7 des 12 ménages interrogés (58 % ; fourchette 95 % : 32 – 81 %)",
        "Ce que ses leviers économiseraient", "Logements isolés",
        "3. Le budget", "Total 2 450 €", "proposé comme P1 pour 2 450 €, approuvé par 3 des 4",
        "Vote par approbation, glouton : financé.", "Méthode des parts égales : pas financé.",
        "Rapport narratif", "Ce qui a été fait", "Personnes touchées : prévu 150",
        "Rapport financier", "Budgété Dépensé Écart Pièces justificatives",
    ):  # fmt: skip
        assert expected in text, expected
    for never in ("Verbeke", "0470", " 3 des 12"):  # a name, a phone, a count under five
        assert never not in text, never
    draw_dossier(found, dutch, Languages.parse("nl"), today="2027-01-10")
    text = pdf_text(dutch)
    for expected in ("SUBSIDIEAANVRAAG", "Gevraagd bedrag", "De diagnose die het onderbouwt",
                     "12 huishoudens aan hun deur", "Inhoudelijk verslag",
                     "Financieel verslag", "Bewijsstukken"):  # fmt: skip
        assert expected in text, expected
    assert "Demande de subside" not in text


def test_dossier_command(marolles: Store, tmp_path: Path) -> None:
    with marolles as store:
        pid = _project(store)
    out = tmp_path / "dossier.pdf"
    runner = CliRunner()
    for args in (["dossier", pid[:8]], ["dossier", "--project", pid]):
        result = runner.invoke(cli, ["--db", str(marolles.path), *args, "--out", str(out),
                                     "--lang", "fr+nl"])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert "Demande de subside « Plus d'arbres rue des Capucins »" in result.output
    assert "SUBSIDIEAANVRAAG" in pdf_text(out)
    neither = runner.invoke(cli, ["--db", str(marolles.path), "dossier", "--out", str(out)])
    assert neither.exit_code == 1 and "--project" in neither.output


def test_the_end_of_project_report_against_the_budget(marolles: Store, tmp_path: Path) -> None:
    with marolles as store:
        pid = _project(store)
    runner = CliRunner()
    done = runner.invoke(cli, [
        "--db", str(marolles.path), "project", "report", pid[:8],
        "--done", "Six arbres plantés avec 40 voisins.", "--reached", "170",
        "--expense", "Arbres:1750:F-031", "--expense", "Terre:702,35:F-044",
        "--expense", "Camionnette:85",
    ])  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "Dépense : Terre — 702,35 € F-044" in done.output
    out = tmp_path / "rapport.pdf"
    result = runner.invoke(cli, ["--db", str(marolles.path), "dossier", pid[:8], "--final",
                                 "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0 and "Rapport de fin de projet" in result.output
    text = pdf_text(out)
    for expected in (
        "RAPPORT DE FIN DE PROJET", "Budgété 2 450 € Dépensé 2 537,35 €",
        "4. Le rapport de fin de projet", "Six arbres plantés avec 40 voisins.",
        "Personnes touchées : prévu 150, réalisé 170",
        "Arbres 1 800 € 1 750 € −50 € F-031", "Terre 650 € 702,35 € +52,35 € F-044",
        "Hors budget — Camionnette — 85 € +85 €", "Total 2 450 € 2 537,35 € +87,35 €",
    ):  # fmt: skip
        assert expected in text, expected
    for wrong in ("Arbres:abc", "Arbres:-5:F-1", "Arbres:1,234"):
        refused = runner.invoke(cli, ["--db", str(marolles.path), "project", "report", pid[:8],
                                      "--expense", wrong])  # fmt: skip
        assert refused.exit_code == 1 and "Dépense illisible" in refused.output, wrong


def _photo(path: Path, size: tuple[int, int], orientation: int = 1) -> Path:
    from PIL import Image

    image = Image.new("RGB", size, (40, 120, 60))
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, format="JPEG", exif=exif)
    return path


def test_the_end_of_project_report_prints_its_photos(marolles: Store, tmp_path: Path) -> None:
    from PIL import Image

    from app.actions.project_photos import photos_of
    from app.actions.projects import find_project

    with marolles as store:
        pid = _project(store)
    runner = CliRunner()
    # a phone's portrait photo: stored 300 × 200 with "rotate 90°" in its EXIF
    portrait = _photo(tmp_path / "plantation.jpg", (300, 200), orientation=6)
    wide = _photo(tmp_path / "fete.jpg", (400, 200))
    added = runner.invoke(cli, [
        "--db", str(marolles.path), "project", "report", pid[:8],
        "--photo", str(portrait), "--caption", "La plantation du 15 mai",
        "--photo", str(wide), "--caption", "La fête des voisins",
    ])  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "doivent avoir accepté leur publication" in added.output
    with Store.open(marolles.path) as store:
        photos = photos_of(store, find_project(store, pid[:8]))
    assert [p.caption for p in photos] == ["La plantation du 15 mai", "La fête des voisins"]
    from io import BytesIO

    first = photos[0].content
    assert first is not None and Image.open(BytesIO(first)).size == (200, 300)  # upright
    out = tmp_path / "rapport.pdf"
    printed = runner.invoke(cli, ["--db", str(marolles.path), "dossier", pid[:8], "--final",
                                  "--out", str(out)])  # fmt: skip
    assert printed.exit_code == 0, printed.output
    text = pdf_text(out)
    assert "En images" in text and "La plantation du 15 mai" in text
    images = sum(len(page.images) for page in PdfReader(out).pages)
    assert images >= 2

    broken = tmp_path / "coupée.jpg"
    broken.write_bytes(portrait.read_bytes()[:400])
    notes = tmp_path / "notes.txt"
    notes.write_text("pas une photo", encoding="utf-8")
    for bad in (broken, notes):
        refused = runner.invoke(cli, ["--db", str(marolles.path), "project", "report", pid[:8],
                                      "--photo", str(bad)])  # fmt: skip
        assert refused.exit_code == 1 and "n'est pas une photo JPEG ou PNG lisible" in (
            refused.output
        ), bad
    with Store.open(marolles.path) as store:  # nothing was lost by the refusals
        assert len(photos_of(store, find_project(store, pid[:8]))) == 2
