"""Fault injection: many devices sync through a network that loses requests and answers,
delivers twice, reorders; devices are killed mid-batch and the server restarts mid-sync.
Whatever happens: nothing lost, nothing duplicated, every replica converges."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import httpx
import pytest
from conftest import in_process
from sync_faults import FaultyTransport, Killed
from sync_helpers import interview

from app.store import Store
from sync.client.device import SyncError, connect, enrol, synchronise
from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.api import create_app
from sync.server.store import ServerStore
from sync.wire.merge import CONFLICTS
from sync.wire.protocol import Resolution

pytestmark = pytest.mark.slow

DEVICES, ROUNDS, INTERVIEWS, EDITS, ITEMS = 20, 4, 25, 4, 6
FIELDS = ("name", "status", "hours", "phone", "contact")


class Cluster:
    """The server (restartable) and the devices (killable), all in one process."""

    def __init__(self, tmp: Path, seed: int) -> None:
        self.tmp, self.rng = tmp, random.Random(seed)
        self.url = f"sqlite:///{tmp / 'server.sqlite'}"
        self.restarts = self.kills = 0
        self._open_server()
        self.nid = self.server.add_neighbourhood("Marolles")
        coach = self.server.create_account("claire", "secret-123", "coach", [self.nid])
        self.coach = Principal("account", coach, "coach", "claire", frozenset([self.nid]))
        self.paths = [tmp / f"device-{i}.sqlite" for i in range(DEVICES)]
        self.devices: list[Store] = []
        for path in self.paths:
            device = Store.open(path)
            code = self.server.create_enrolment_code(self.nid, coach)
            enrol(device, self.http(), code.code, path.stem)
            self.devices.append(device)
        self.network = FaultyTransport(lambda: self.transport, self.rng, 0.35, self.restart)

    def _open_server(self) -> None:
        self.server = ServerStore.open(self.url)
        self.transport = in_process(create_app(self.server))

    def restart(self) -> None:
        self.server.close()
        self._open_server()
        self.restarts += 1

    def http(self, transport: httpx.BaseTransport | None = None) -> httpx.Client:
        return connect("http://testserver", transport or self.transport)

    def sync(self, index: int, transport: httpx.BaseTransport | None = None) -> None:
        """One sync attempt; a killed device is reopened like a restarted program."""
        try:
            synchronise(self.devices[index], self.http(transport), batch_size=5)
        except Killed:
            self.kills += 1
            self.devices[index].close()
            self.devices[index] = Store.open(self.paths[index])

    def edit_inventory(self, index: int) -> None:
        device = self.devices[index]
        items = device.inventory.items(self.nid, include_deleted=True, limit=1000)
        if not items:
            return
        item = self.rng.choice(items)
        data = {k: v for k, v in item.data.items() if k != CONFLICTS}
        data[self.rng.choice(FIELDS)] = f"{device.path.stem}-{self.rng.randrange(3)}"
        device.inventory.save(self.nid, data, item_id=item.id, base_version=item.version)

    def resolve_conflicts(self) -> int:
        with self.server.engine.connect() as conn:
            rows = conn.execute(t.inventory_item.select()).all()
        resolved = 0
        for row in rows:
            if row.conflicts:
                values = {c["field"]: c["incoming"] for c in row.conflicts}
                change = Resolution(change_id=uuid.uuid4(), values=values)
                self.server.resolve(row.id, change, self.coach)
                resolved += 1
        return resolved


def test_nothing_lost_nothing_duplicated_every_replica_converges(tmp_path: Path) -> None:
    cluster = Cluster(tmp_path, seed=20261122)
    rng = cluster.rng
    for i in range(ITEMS):
        cluster.devices[0].inventory.save(cluster.nid, {"name": f"Lieu {i}"})
    cluster.sync(0)
    created = conflicts_resolved = failed_syncs = 0
    for _round in range(ROUNDS):
        for index in rng.sample(range(DEVICES), DEVICES):
            for _ in range(INTERVIEWS):
                interview(cluster.devices[index], {"street": "Rue Haute", "size": rng.randrange(9)})
                created += 1
            for _ in range(EDITS):
                cluster.edit_inventory(index)
            for _attempt in range(3):
                try:
                    cluster.sync(index, cluster.network)
                    break
                except SyncError:
                    failed_syncs += 1
        conflicts_resolved += cluster.resolve_conflicts()
    # the network heals: two clean rounds bring everyone up to date
    for _ in range(2):
        for index in range(DEVICES):
            cluster.sync(index)

    server = cluster.server
    sent_ids = set()
    for device in cluster.devices:
        assert device.outbox.pending_count() == 0
        with device.engine.connect() as conn:
            sent_ids |= {r[0] for r in conn.exec_driver_sql("SELECT change_id FROM outbox")}
    with server.engine.connect() as conn:
        received = {
            r[0]
            for r in conn.execute(
                t.received_change.select().with_only_columns(t.received_change.c.change_id)
            )
        }
        feed_ids = [
            r[0]
            for r in conn.execute(
                t.feed.select()
                .with_only_columns(t.feed.c.change_id)
                .where(t.feed.c.entity == "submission")
            )
        ]
        items = {r.id: r for r in conn.execute(t.inventory_item.select())}
    lost = len(sent_ids - received)
    duplicated = (server.count("submission") - created) + (len(feed_ids) - len(set(feed_ids)))
    diverged = 0
    for device in cluster.devices:
        for item_id, row in items.items():
            local = device.inventory.get(item_id)
            diverged += (local.version, local.data, local.deleted) != (
                row.version,
                dict(row.data) | ({CONFLICTS: row.conflicts} if row.conflicts else {}),
                row.deleted,
            )
    faults = sum(cluster.network.faults.values())
    print(
        f"\nfault injection: {DEVICES} devices, {len(sent_ids)} changes "
        f"({created} interviews), {faults} faults {dict(cluster.network.faults)}, "
        f"{cluster.kills} devices killed, {cluster.restarts} server restarts, "
        f"{failed_syncs} failed syncs retried, {conflicts_resolved} conflicts resolved; "
        f"lost {lost}, duplicated {duplicated}, diverged {diverged}"
    )
    assert faults >= 150
    assert (lost, duplicated, diverged) == (0, 0, 0)
    for device in cluster.devices:
        device.close()
    server.close()
