"""A group that started without a server enrols later: its neighbourhood becomes the server's
one (no second neighbourhood), with its campaign, inventory and what waits to be sent."""

from __future__ import annotations

from pathlib import Path

from conftest import Hub

from app.first_start import LocalStart, start_without_server
from app.store import Key, Store
from sync.client.device import enrol, synchronise

START = LocalStart(
    neighbourhood="Les Marolles",
    campaign="Diagnostic 2026",
    person="Jo",
    commune="Bruxelles",
    postcode="1000",
    starts_on="2026-03-01",
    ends_on="2026-04-30",
    target_households=250,
)


def test_the_local_neighbourhood_becomes_the_servers(hub: Hub, tmp_path: Path) -> None:
    with Store.open(tmp_path / "jo.sqlite") as jo:
        local, campaign, _person = start_without_server(jo, START)
        item = jo.inventory.save(local, {"name": "Potager collectif"})
        enrol(jo, hub.http(), hub.code(), "jo")
        [hood] = jo.directory.neighbourhoods()
        assert (hood["id"], hood["name"]) == (hub.nid, "Marolles")  # the server's id and name
        assert (hood["commune"], hood["postcode"]) == ("Bruxelles", "1000")  # kept from here
        assert jo.settings.get(Key.NEIGHBOURHOOD) == hub.nid
        assert jo.settings.get(Key.CAMPAIGN) == campaign
        assert [c["neighbourhood_id"] for c in jo.directory.campaigns()] == [hub.nid]
        assert jo.inventory.get(item.id).neighbourhood_id == hub.nid
        [waiting] = jo.outbox.pending()
        assert waiting.payload["neighbourhood_id"] == hub.nid
        summary = synchronise(jo, hub.http())
        assert (summary.sent, summary.refused) == (1, [])
        assert jo.outbox.pending_count() == 0


def test_a_fresh_laptop_works_in_the_enrolled_neighbourhood(hub: Hub) -> None:
    jo = hub.device("jo")
    assert [n["id"] for n in jo.directory.neighbourhoods()] == [hub.nid]
    assert jo.settings.get(Key.NEIGHBOURHOOD) == hub.nid
