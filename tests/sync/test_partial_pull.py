"""A pull cut in the middle must not change what the server keeps of the next edit: an
acknowledged change is never lost, wherever the download after it stopped (issue 12, #1)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from conftest import Hub, in_process, serving
from sync_faults import CutPull, CuttingProxy
from sync_helpers import inventory_change

from sync.client.device import SyncError, connect, synchronise
from sync.wire.protocol import MAX_BATCH, Change


def test_an_edit_acknowledged_before_a_cut_pull_survives_the_next_edit(hub: Hub) -> None:
    ana, jo = hub.device("ana"), hub.device("jo")
    item = ana.inventory.save(hub.nid, {"name": "Potager", "status": "ouvert", "hours": "lun"})
    synchronise(ana, hub.http())
    synchronise(jo, hub.http())
    seen = jo.inventory.get(item.id)
    jo.inventory.save(
        hub.nid, seen.data | {"hours": "mar"}, item_id=item.id, base_version=seen.version
    )
    synchronise(jo, hub.http())
    # other laptops fill the feed: a full page between jo's edit and what ana sends next
    others = [inventory_change(f"lieu-{i}", {"name": f"Lieu {i}"}, 0) for i in range(MAX_BATCH)]
    hub.store.push(others, hub.nid, None)

    ana.inventory.save(
        hub.nid, item.data | {"status": "fermé"}, item_id=item.id, base_version=item.version
    )
    with pytest.raises(SyncError):
        synchronise(ana, hub.http(CutPull(in_process(hub.app), page=2)))
    assert ana.outbox.pending_count() == 0  # the server acknowledged ana's edit
    local = ana.inventory.get(item.id)
    assert local.data["hours"] == "mar"  # page 1 brought jo's version, page 2 (ana's) was lost

    ana.inventory.save(
        hub.nid, local.data | {"phone": "02"}, item_id=item.id, base_version=local.version
    )
    synchronise(ana, hub.http())
    server = hub.store.inventory_item(item.id)
    assert server is not None
    assert server["data"] == {"name": "Potager", "status": "fermé", "hours": "mar", "phone": "02"}
    assert server["conflicts"] == []
    assert ana.inventory.get(item.id).data == server["data"]


def test_an_edit_survives_a_pull_cut_on_the_wire_on_loopback(hub: Hub) -> None:
    """The same story over real sockets: a uvicorn server on loopback, and a relay that closes
    the connection after the headers and a few bytes of the second page of the pull."""
    with serving(hub.app) as address:
        ana, jo = hub.device("ana"), hub.device("jo")
        item = ana.inventory.save(hub.nid, {"name": "Potager", "status": "ouvert"})
        synchronise(ana, connect(address))
        synchronise(jo, connect(address))
        seen = jo.inventory.get(item.id)
        jo.inventory.save(
            hub.nid, seen.data | {"hours": "mar"}, item_id=item.id, base_version=seen.version
        )
        synchronise(jo, connect(address))
        hub.store.push(
            [inventory_change(f"lieu-{i}", {"name": f"Lieu {i}"}, 0) for i in range(MAX_BATCH)],
            hub.nid,
            None,
        )
        ana.inventory.save(
            hub.nid, item.data | {"status": "fermé"}, item_id=item.id, base_version=item.version
        )
        where = urlsplit(address)
        proxy = CuttingProxy((str(where.hostname), int(where.port or 80)), page=2)
        try:
            with pytest.raises(SyncError) as cut:
                synchronise(ana, connect(proxy.address))
        finally:
            proxy.close()
        assert proxy.cut.is_set() and cut.value.key == "sync.unreachable"
        assert ana.outbox.pending_count() == 0  # acknowledged before the pull
        local = ana.inventory.get(item.id)
        assert local.data == {"name": "Potager", "status": "ouvert", "hours": "mar"}

        ana.inventory.save(
            hub.nid, local.data | {"phone": "02"}, item_id=item.id, base_version=local.version
        )
        synchronise(ana, connect(address))
        server = hub.store.inventory_item(item.id)
        assert server is not None and server["conflicts"] == []
        assert server["data"] == {
            "name": "Potager",
            "status": "fermé",
            "hours": "mar",
            "phone": "02",
        }
        synchronise(jo, connect(address))
        assert ana.inventory.get(item.id).data == jo.inventory.get(item.id).data == server["data"]


def test_a_base_the_server_never_had_makes_conflicts_not_an_overwrite(hub: Hub) -> None:
    item = inventory_change("four", {"name": "Four à pain", "hours": "sam"}, 0)
    hub.store.push([item], hub.nid, None)
    forged = inventory_change("four", {"name": "Four", "hours": "dim"}, 1)
    changed = Change(
        change_id=forged.change_id,
        entity="inventory",
        entity_id="four",
        payload=forged.payload | {"base_hash": "0" * 64},
    )
    [result] = hub.store.push([changed], hub.nid, None)
    assert result.outcome == "conflict"
    server = hub.store.inventory_item("four")
    assert server is not None and server["data"] == {"name": "Four à pain", "hours": "sam"}
    assert {c["field"] for c in server["conflicts"]} == {"name", "hours"}
