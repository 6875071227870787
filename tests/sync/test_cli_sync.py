"""The bundle and server-admin commands, run in-process through click."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sync_helpers import interview

from app.store import Store
from quartier.cli import cli
from sync.server_store import ServerStore


def test_bundle_export_then_import_twice_on_a_new_hub(tmp_path: Path) -> None:
    device_db, bundle, hub = (
        tmp_path / "jo.sqlite",
        tmp_path / "jo.quartier",
        tmp_path / "hub.sqlite",
    )
    with Store.open(device_db) as device:
        for i in range(4):
            interview(device, {"street": "Rue Haute", "size": i})
    runner = CliRunner()
    exported = runner.invoke(
        cli, ["bundle", "export", "--out", str(bundle), "--db", str(device_db)]
    )
    assert exported.exit_code == 0 and "4 modifications" in exported.output, exported.output
    url = f"sqlite:///{hub}"
    first = runner.invoke(cli, ["bundle", "import", str(bundle), "--hub", url])
    again = runner.invoke(cli, ["server", "import-bundle", str(bundle), "--db", url])
    assert "4 nouvelles" in first.output and "0 nouvelles, 4 déjà reçues" in again.output
    bundle.write_bytes(bundle.read_bytes()[:100])
    broken = runner.invoke(cli, ["bundle", "import", str(bundle), "--hub", url])
    assert broken.exit_code == 1 and "refusé en entier" in broken.output
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
    assert qr.read_bytes().startswith(b"\x89PNG")
    unknown = runner.invoke(
        cli, ["server", "admin", "create-code", "--neighbourhood", "X", "--db", url]
    )
    assert unknown.exit_code != 0 and "Quartier inconnu" in unknown.output


def test_enrolment_cards_print_every_code_created(tmp_path: Path) -> None:
    """Codes are shown once (the server keeps only their hash): the cards are printed when
    they are made, one per code, with the code a volunteer can type under its QR."""
    import re

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
