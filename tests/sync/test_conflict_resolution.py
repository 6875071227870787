"""A coach resolves an inventory conflict on a computer (app.conflicts): the decision waits in
the outbox, sync sends it to the server's resolve route with the coach's session, and every
device pulls the resolved state."""

from __future__ import annotations

from conftest import Hub

from app import conflicts
from app.records import InventoryRecord
from app.store import Store
from sync.client.device import login, synchronise
from sync.wire.merge import CONFLICTS


def conflicted(hub: Hub) -> tuple[Store, Store, Store, InventoryRecord]:
    """Two volunteers change `status` differently from version 1; the coach's computer (an
    enrolled device too) pulls the item in conflict."""
    jo, ana, coach = hub.device("jo"), hub.device("ana"), hub.device("coach")
    item = jo.inventory.save(hub.nid, {"name": "Potager", "status": "actif"})
    synchronise(jo, hub.http())
    synchronise(ana, hub.http())
    seen = ana.inventory.get(item.id)
    jo.inventory.save(hub.nid, seen.data | {"status": "en pause"}, item_id=item.id, base_version=1)
    ana.inventory.save(hub.nid, seen.data | {"status": "fermé"}, item_id=item.id, base_version=1)
    synchronise(jo, hub.http())
    assert synchronise(ana, hub.http()).conflicts == 1
    synchronise(coach, hub.http())
    return jo, ana, coach, coach.inventory.get(item.id)


def test_a_resolution_made_here_reaches_the_server_and_every_device(hub: Hub) -> None:
    jo, ana, coach, item = conflicted(hub)
    [conflict] = item.data[CONFLICTS]
    assert (conflict["current"], conflict["incoming"]) == ("en pause", "fermé")
    login(coach, hub.http(), "claire", "mot-de-passe-solide")

    resolved = conflicts.resolve(coach, item.id, {"status": "fermé"})
    assert resolved.data == {"name": "Potager", "status": "fermé"}
    [waiting] = coach.outbox.pending_resolutions()
    assert waiting.payload == {"item_id": item.id, "values": {"status": "fermé"}}
    assert coach.outbox.pending_after(0) == [], "a resolution does not travel in a push"

    summary = synchronise(coach, hub.http())
    assert (summary.resolutions, summary.resolutions_waiting, summary.refused) == (1, 0, [])
    assert coach.outbox.pending_resolutions() == []
    server = hub.store.inventory_item(item.id)
    assert server is not None and server["conflicts"] == []
    assert server["data"] == {"name": "Potager", "status": "fermé"}
    for device in (jo, ana):
        synchronise(device, hub.http())
    for device in (jo, ana, coach):
        state = device.inventory.get(item.id)
        assert (state.version, state.data) == (server["version"], server["data"])
    assert synchronise(coach, hub.http()).resolutions == 0, "sent once"


def test_without_a_coach_session_the_resolution_waits_and_the_item_keeps_it(hub: Hub) -> None:
    _jo, _ana, coach, item = conflicted(hub)
    conflicts.resolve(coach, item.id, {"status": "en pause"})
    summary = synchronise(coach, hub.http())
    assert (summary.resolutions, summary.resolutions_waiting) == (0, 1)
    assert coach.inventory.get(item.id).data == {"name": "Potager", "status": "en pause"}
    server = hub.store.inventory_item(item.id)
    assert server is not None and len(server["conflicts"]) == 1
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    assert synchronise(coach, hub.http()).resolutions == 1
    server = hub.store.inventory_item(item.id)
    assert server is not None and server["conflicts"] == []


def test_a_conflict_closed_meanwhile_gives_the_server_state_back(hub: Hub) -> None:
    _jo, _ana, coach, item = conflicted(hub)
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    conflicts.resolve(coach, item.id, {"status": "en pause"})
    other = hub.coach().post(
        f"/api/v1/inventory/{item.id}/resolve",
        json={"change_id": "6f1c1f0e-2222-4c2b-9d2e-0c6a2a7d1a11", "values": {"status": "fermé"}},
    )
    assert other.status_code == 200
    summary = synchronise(coach, hub.http())
    assert len(summary.refused) == 1 and coach.outbox.pending_resolutions() == []
    assert coach.inventory.get(item.id).data == {"name": "Potager", "status": "fermé"}
