"""The bundle and server-admin commands, run in-process through click."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from sync_helpers import interview

from app.store import Store
from quartier.cli import cli
from sync.server.store import ServerStore


def test_bundle_goes_to_the_coach_laptop_then_the_server_knows_it_once(tmp_path: Path) -> None:
    device_db, coach_db, bundle, server = (
        tmp_path / "jo.sqlite",
        tmp_path / "coach.sqlite",
        tmp_path / "jo.quartier",
        tmp_path / "server.sqlite",
    )
    with Store.open(device_db) as device:
        ids = [interview(device, {"street": "Rue Haute", "size": i}) for i in range(4)]
        form = device.forms.get("enquete", "1")
    with Store.open(coach_db) as coach:
        coach.forms.add(form)
    runner = CliRunner()
    exported = runner.invoke(
        cli, ["bundle", "export", "--out", str(bundle), "--db", str(device_db)]
    )
    assert exported.exit_code == 0 and "4 modifications" in exported.output, exported.output
    first = runner.invoke(cli, ["bundle", "import", str(bundle), "--db", str(coach_db)])
    twice = runner.invoke(cli, ["bundle", "import", str(bundle), "--db", str(coach_db)])
    assert "4 nouvelles" in first.output, first.output
    assert "0 nouvelles, 4 déjà reçues" in twice.output, twice.output
    with Store.open(coach_db) as coach:
        assert coach.outbox.pending_count() == 4
        assert sorted(coach.submissions.get(i).answers["size"] for i in ids) == [0, 1, 2, 3]

    url = f"sqlite:///{server}"
    made = runner.invoke(cli, ["server", "admin", "add-neighbourhood", "Marolles", "--db", url])
    assert made.exit_code == 0, made.output
    unfiled = runner.invoke(cli, ["server", "import-bundle", str(bundle), "--db", url])
    assert unfiled.exit_code == 1 and "jamais été inscrit" in unfiled.output, unfiled.output
    filed = ["server", "import-bundle", str(bundle), "--neighbourhood", "Marolles", "--db", url]
    admin, again = runner.invoke(cli, filed), runner.invoke(cli, filed)
    assert "4 nouvelles" in admin.output and "0 nouvelles, 4 déjà reçues" in again.output
    bundle.write_bytes(bundle.read_bytes()[:100])
    for args in (["bundle", "import", "--db", str(coach_db)], ["server", "import-bundle"]):
        broken = runner.invoke(
            cli, [*args, str(bundle)] + (["--db", url] if "server" in args else [])
        )
        assert broken.exit_code == 1 and "refusé en entier" in broken.output, broken.output
    store = ServerStore.open(url)
    assert store.count("submission") == 4
    store.close()


def test_admin_commands_make_a_code_with_its_qr(tmp_path: Path) -> None:
    url, qr = f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path / "code.png"
    runner = CliRunner()
    for args in (
        ["server", "admin", "add-neighbourhood", "Marolles"],
        ["server", "admin", "create-admin", "--name", "root", "--password", "secret-123"],
        ["server", "admin", "create-code", "--neighbourhood", "Marolles", "--qr", str(qr)],
    ):
        result = runner.invoke(cli, [*args, "--db", url])
        assert result.exit_code == 0, result.output
    assert "Code : " in result.output
    # the expiry as a person reads it, in Brussels time (72 h from now), not an ISO instant
    assert re.search(r"valable jusqu'au \S+ \w+ 20\d\d à \d+\xa0h\xa0\d\d\)", result.output)
    assert "T" not in result.output.split("valable jusqu'au")[1].split(")")[0]
    assert qr.read_bytes().startswith(b"\x89PNG")
    unknown = runner.invoke(
        cli, ["server", "admin", "create-code", "--neighbourhood", "X", "--db", url]
    )
    assert unknown.exit_code == 1 and "Quartier inconnu sur ce serveur : X." in unknown.output
    assert "Onbekende wijk op deze server: X." in unknown.output


def test_enrolment_cards_print_every_code_created(tmp_path: Path) -> None:
    """Codes are shown once (the server keeps only their hash): the cards are printed when
    they are made, one per code, with the code a volunteer can type under its QR."""

    from pypdf import PdfReader

    url, cards = f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path / "cartes.pdf"
    runner = CliRunner()
    runner.invoke(cli, ["server", "admin", "add-neighbourhood", "Marolles", "--db", url])
    made = runner.invoke(
        cli,
        ["server", "admin", "create-code", "--neighbourhood", "Marolles", "--count", "9",
         "--cards", str(cards), "--server-url", "https://quartier.example.org", "--db", url],
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    codes = re.findall(r"Code : (\S+)", made.output)
    assert len(set(codes)) == 9
    pdf = PdfReader(cards)
    assert len(pdf.pages) == 2, "eight cards a page"
    assert [round(float(v)) for v in pdf.pages[0].mediabox[2:]] == [595, 842]  # A4
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert all(code in text for code in codes)
    assert "Marolles" in text and "Inschrijvingskaart" in text and "Synchronisation" in text
    fonts = {f["/BaseFont"] for p in pdf.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in str(f) for f in fonts), fonts
