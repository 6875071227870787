"""README's "Run a real campaign", command for command, with real processes: a server started
with `quartier server run`, volunteers' and coaches' laptops as separate databases driven by
the `quartier` command. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader

from app.review import APPROVED, REJECTED, review
from app.store import Store

README = Path(__file__).resolve().parents[2] / "README.md"
PASSWORD = "mot-de-passe-solide"
STREETS = ["Rue Haute", "Rue Blaes", "Rue des Renards", "Rue Pieremans"]
PER_LAPTOP = 50
NEVER_ENROLLED = 10


def quartier(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "quartier", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=180,
    )
    assert done.returncode == 0, f"quartier {' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(server_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(database URL, address) of a real `quartier server run` on loopback."""
    port = _free_port()
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "quartier",
            "server",
            "run",
            "--db",
            server_url,
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{address}/api/v1/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail((tmp_path / "server.log").read_text())
        yield server_url, address
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def paper_csv(path: Path, first: int, count: int = PER_LAPTOP) -> Path:
    """Questionnaires typed from paper: bare question names, a questionnaire number."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["_id", "consent", "street", "household_size"])
        for n in range(first, first + count):
            writer.writerow([f"papier-{n}", "yes", STREETS[n % 4], 1 + n % 5])
    return path


def test_from_nothing_to_a_poster_across_laptops(server: tuple[str, str], tmp_path: Path) -> None:
    url, address = server
    db = ["--db", url]
    # -- the administrator, on the server
    quartier("server", "admin", "add-neighbourhood", "Marolles", *db)
    for coach in ("claire", "marc"):
        quartier("server", "admin", "create-coach", "--name", coach, "--password", PASSWORD,
                 "--neighbourhood", "Marolles", *db)  # fmt: skip
    streets = tmp_path / "rues.csv"
    streets.write_text("rue\n" + "\n".join(STREETS) + "\n", encoding="utf-8")
    made = quartier("server", "admin", "add-campaign", "--neighbourhood", "Marolles",
                    "--name", "Diagnostic 2027", "--start", "2027-03-01", "--end", "2027-03-31",
                    "--target", "400", "--streets", str(streets), *db)  # fmt: skip
    assert "4 rue(s)" in made
    [campaign_id] = re.findall(r"créée \((\S+)\)", made)
    cards = tmp_path / "cartes.pdf"
    printed = quartier("server", "admin", "create-code", "--neighbourhood", "Marolles",
                       "--count", "5", "--server-url", address,
                       "--cards", str(cards), *db)  # fmt: skip
    codes = re.findall(r"Code : (\S+)", printed)
    assert len(codes) == 5 and cards.stat().st_size > 0

    # -- four volunteers enrol at the kick-off; three sync again, the fourth hands a bundle
    laptops = {name: tmp_path / f"{name}.sqlite" for name in ("jo", "ana", "li", "kim")}
    for n, (name, laptop) in enumerate(laptops.items()):
        quartier("enrol", "--server", address, "--code", codes[n], "--volunteer", name,
                 "--db", str(laptop))  # fmt: skip
        quartier("sync", "--db", str(laptop))
        paper = paper_csv(tmp_path / f"{name}.csv", n * PER_LAPTOP)
        quartier("import-interviews", "--form", "porte_a_porte", str(paper), "--db", str(laptop))
    for name in ("jo", "ana", "li"):
        quartier("sync", "--db", str(laptops[name]))
    bundle = tmp_path / "kim.quartier"
    quartier("bundle", "export", "--out", str(bundle), "--db", str(laptops["kim"]))

    # -- a fifth laptop never enrolled: its bundle goes where the administrator files it
    lea, lea_bundle = tmp_path / "lea.sqlite", tmp_path / "lea.quartier"
    lea_paper = paper_csv(tmp_path / "lea.csv", 900, NEVER_ENROLLED)
    quartier("import-interviews", "--form", "porte_a_porte", str(lea_paper), "--db", str(lea))
    quartier("bundle", "export", "--out", str(lea_bundle), "--db", str(lea))
    filed = quartier("server", "import-bundle", str(lea_bundle), "--neighbourhood", "Marolles", *db)
    assert f"{NEVER_ENROLLED} nouvelles" in filed

    # -- coach A takes the bundle in, reviews, and syncs
    claire, marc = tmp_path / "claire.sqlite", tmp_path / "marc.sqlite"
    login = {"QUARTIER_PASSWORD": PASSWORD}
    quartier("login", "--server", address, "--user", "claire", "--db", str(claire), env=login)
    quartier("sync", "--db", str(claire))
    quartier("bundle", "import", str(bundle), "--db", str(claire))
    quartier("sync", "--db", str(claire))
    with Store.open(claire) as store:
        ids = [s.id for s in store.submissions.summaries(limit=1000)]
        assert len(ids) == 4 * PER_LAPTOP + NEVER_ENROLLED
        authors = {s.author_name for s in store.submissions.summaries(limit=1000)}
        assert authors >= {"jo", "ana", "li", "kim"}  # the coach sees who went where
        # the never-enrolled laptop named no campaign: the server filed its interviews in
        # the neighbourhood's campaign, so that the campaign's results count them
        in_campaign = [i for i in ids if store.submissions.get(i).campaign_id == campaign_id]
        assert len(in_campaign) == len(ids)
        duplicates = in_campaign[:3]  # say three doorsteps were visited twice
        review(store, [i for i in ids if i not in duplicates], APPROVED)
        review(store, duplicates, REJECTED, "doublon")
    quartier("sync", "--db", str(claire))
    # -- claire's coach key: personal answers are sealed to it from now on (the server seals
    # those it kept when the key arrives)
    passphrase = {"QUARTIER_COACH_PASSPHRASE": "les Marolles sous la pluie"}
    assert "Clé publique de coach" in quartier("coach-key", "create", "--db", str(claire),
                                               env=passphrase)  # fmt: skip
    quartier("sync", "--db", str(claire))

    # -- coach B receives everything, reviews included, and prints
    quartier("login", "--server", address, "--user", "marc", "--db", str(marc), env=login)
    quartier("sync", "--db", str(marc))
    with Store.open(marc) as store:
        states = [s.review_state for s in store.submissions.summaries(limit=1000)]
    assert states.count(APPROVED) == len(ids) - 3 and states.count(REJECTED) == 3
    export, poster, report = tmp_path / "r.csv", tmp_path / "affiche.pdf", tmp_path / "r.pdf"
    quartier("export", "--format", "csv", "--out", str(export), "--db", str(marc))
    quartier("poster", "--out", str(poster), "--db", str(marc))
    quartier("report", "--out", str(report), "--db", str(marc))
    with export.open(encoding="utf-8-sig") as rows:  # French Excel: BOM and semicolons
        exported = [row["_id"] for row in csv.DictReader(rows, delimiter=";")]
    assert sorted(exported) == sorted(in_campaign)  # the current campaign, each once
    approved = 4 * PER_LAPTOP + NEVER_ENROLLED - 3
    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert f"{approved} ménages rencontrés" in " ".join(text.split())
    poster_text = " ".join(PdfReader(poster).pages[0].extract_text().split())
    assert str(approved) in poster_text

    # -- the never-enrolled laptop enrols at last: it learns its interviews were delivered
    quartier("enrol", "--server", address, "--code", codes[4], "--volunteer", "lea",
             "--db", str(lea))  # fmt: skip
    assert f"(déjà reçues : {NEVER_ENROLLED})" in quartier("sync", "--db", str(lea))


def test_the_readme_gives_these_commands() -> None:
    """The README's section runs the same commands as the test above, in the same order."""
    section = README.read_text(encoding="utf-8").split("## Run a real campaign", 1)[1]
    commands = re.findall(r"^quartier ((?:server admin |server )?[a-z-]+)", section, re.M)
    assert commands == [
        "server admin add-neighbourhood",
        "server admin create-coach",
        "server admin add-campaign",
        "server admin create-code",
        "server run",
        "enrol",
        "sync",
        "import-interviews",
        "sync",
        "bundle",
        "import-interviews",
        "bundle",
        "server import-bundle",
        "login",
        "sync",
        "bundle",
        "sync",
        "sync",
        "coach-key",
        "sync",
        "login",
        "sync",
        "export",
        "poster",
        "report",
    ]
