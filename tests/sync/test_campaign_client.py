"""A coach's laptop creates, edits and closes campaigns on the server in-process
(`sync.client.campaigns`): the server keeps them, the laptop shows them at once, a volunteer
receives them at the next sync. The streets' CSV is read the same way by the command line."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Hub

from app.store import Key, Store
from quartier.cli import cli
from sync.client import campaigns
from sync.client.campaigns import StreetsFileError, read_streets
from sync.client.device import SyncError, connect, login, synchronise
from sync.server.store import ServerStore
from sync.wire.protocol import CampaignRequest

PASSWORD = "mot-de-passe-solide"


def spring(nid: str, **changes: object) -> CampaignRequest:
    fields = {
        "neighbourhood_id": nid,
        "name": "Diagnostic printemps",
        "starts_on": date(2027, 3, 1),
        "ends_on": date(2027, 3, 31),
        "target_households": 400,
        "streets": ["Rue Haute", "Rue Blaes"],
        "forms": ["porte_a_porte"],
    }
    return CampaignRequest.model_validate(fields | changes)


@pytest.fixture
def coach(hub: Hub) -> Store:
    laptop = Store.open(hub.tmp / "claire.sqlite")
    hub.opened.append(laptop)
    login(laptop, hub.http(), "claire", PASSWORD)
    return laptop


def test_create_edit_close_reach_the_server_and_show_here_at_once(hub: Hub, coach: Store) -> None:
    volunteer = hub.device("jo")
    made = campaigns.save(coach, hub.http(), spring(hub.nid))
    [kept] = hub.store.campaigns([hub.nid])
    assert (kept.id, kept.name, kept.target_households) == (made.id, "Diagnostic printemps", 400)
    [here] = coach.directory.campaigns(hub.nid)
    assert here["id"] == made.id and here["streets"] == ["Rue Haute", "Rue Blaes"]
    assert coach.settings.get(Key.CAMPAIGN) == made.id  # the open one is current

    campaigns.save(coach, hub.http(), spring(hub.nid, target_households=450), made.id)
    assert hub.store.campaigns([hub.nid])[0].target_households == 450
    assert coach.directory.campaigns(hub.nid)[0]["target_households"] == 450

    # another coach adds a street meanwhile: closing keeps it
    hub.store.save_campaign(spring(hub.nid, target_households=450, streets=["Rue Haute",
                            "Rue Blaes", "Rue Pieremans"]), "marc", made.id)  # fmt: skip
    closed = campaigns.close(coach, hub.http(), made.id)
    [kept] = hub.store.campaigns([hub.nid])
    assert kept.closed_at is not None and closed.closed_at == kept.closed_at
    assert kept.streets == ["Rue Haute", "Rue Blaes", "Rue Pieremans"]
    assert kept.target_households == 450
    assert coach.directory.campaigns(hub.nid)[0]["closed_at"] == kept.closed_at

    synchronise(volunteer, hub.http())
    [received] = volunteer.directory.campaigns(hub.nid)
    assert received["closed_at"] == kept.closed_at and received["target_households"] == 450


def test_refresh_brings_what_the_server_has(hub: Hub, coach: Store) -> None:
    made = hub.store.save_campaign(spring(hub.nid, name="Diagnostic automne"), "admin")
    assert [s.id for s in campaigns.refresh(coach, hub.http())] == [made.id]
    assert [c["name"] for c in coach.directory.campaigns(hub.nid)] == ["Diagnostic automne"]


def test_without_a_coach_session_nothing_is_sent(hub: Hub) -> None:
    volunteer = hub.device("jo")  # enrolled, but no coach has logged in here
    with pytest.raises(SyncError) as raised:
        campaigns.save(volunteer, hub.http(), spring(hub.nid))
    assert raised.value.key == "sync.coach_session_required"
    assert "Connectez-vous d'abord comme coach" in str(raised.value)
    assert raised.value.text("nl").startswith("Meld u eerst aan als coach")
    assert hub.store.campaigns([hub.nid]) == [] and volunteer.directory.campaigns() == []


def test_a_campaign_the_server_does_not_have_cannot_be_closed(hub: Hub, coach: Store) -> None:
    local = coach.directory.add_campaign(hub.nid, "Faite hors ligne")
    with pytest.raises(SyncError) as raised:
        campaigns.close(coach, hub.http(), local)
    assert raised.value.key == "sync.not_found"
    assert coach.directory.campaigns(hub.nid)[0]["closed_at"] is None


def test_a_server_out_of_reach_changes_nothing_here(hub: Hub, coach: Store) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address = f"http://127.0.0.1:{port}"
    with pytest.raises(SyncError) as raised, connect(address, timeout=2) as http:
        campaigns.save(coach, http, spring(hub.nid))
    assert raised.value.key == "sync.unreachable"
    assert coach.directory.campaigns(hub.nid) == [] and hub.store.campaigns([hub.nid]) == []


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("Rue Haute\nRue Blaes\n\n", "utf-8"),  # one column: no delimiter to sniff
        ("rue;code postal\nRue Haute;1000\n Rue Blaes ;1000\n", "utf-8-sig"),
        ("Straat,postcode\nRue Haute,1000\nRue Blaes,1000\n", "utf-8"),
        ("Rue Haute\nRue Blaes\n", "cp1252"),
    ],
)
def test_read_streets_takes_the_first_column(tmp_path: Path, content: str, encoding: str) -> None:
    path = tmp_path / "rues.csv"
    path.write_text(content, encoding=encoding)
    assert read_streets(path) == ["Rue Haute", "Rue Blaes"]


def test_read_streets_keeps_accents_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "rues.csv"
    path.write_text("Rue de l'Épée\nChaussée d'Ixelles\n", encoding="cp1252")
    assert read_streets(path) == ["Rue de l'Épée", "Chaussée d'Ixelles"]


def test_read_streets_refuses_a_spreadsheet_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "rues.xlsx"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00")
    with pytest.raises(StreetsFileError) as raised:
        read_streets(path)
    assert "rues.xlsx n'est pas un CSV lisible" in str(raised.value)


def test_the_command_line_reads_a_one_column_csv(tmp_path: Path) -> None:
    url, streets = f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path / "rues.csv"
    streets.write_text("Rue Haute\nRue Blaes\n", encoding="utf-8")
    runner = CliRunner()
    hood = runner.invoke(cli, ["server", "admin", "add-neighbourhood", "Marolles", "--db", url])
    assert hood.exit_code == 0, hood.output
    made = runner.invoke(cli, ["server", "admin", "add-campaign", "--neighbourhood", "Marolles",
                               "--name", "Diagnostic", "--start", "2027-03-01", "--end",
                               "2027-03-31", "--streets", str(streets), "--db", url])  # fmt: skip
    assert made.exit_code == 0 and "2 rue(s)" in made.output, made.output
    server = ServerStore.open(url)
    try:
        assert server.campaigns()[0].streets == ["Rue Haute", "Rue Blaes"]
    finally:
        server.close()
