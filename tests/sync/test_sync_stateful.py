"""A hypothesis state machine over the same invariant as the fault-injection test: devices
record interviews and edit shared items, sync through a faulty network, get killed; whenever
the network heals and everyone syncs, nothing is lost or duplicated and all replicas agree."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import httpx
import hypothesis.strategies as st
import pytest
from conftest import in_process
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sync_faults import FaultyTransport, Killed
from sync_helpers import interview

from app.store import Store
from sync.client.device import SyncError, connect, enrol, synchronise
from sync.server.api import create_app
from sync.server.store import ServerStore
from sync.wire.merge import CONFLICTS

pytestmark = pytest.mark.slow
DEVICES = 3


class SyncMachine(RuleBasedStateMachine):
    @initialize(seed=st.integers(0, 2**16))
    def start(self, seed: int) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="quartier-stateful-"))
        self.server = ServerStore.open(f"sqlite:///{self.tmp / 'server.sqlite'}")
        self.nid = self.server.add_neighbourhood("Marolles")
        self.transport = in_process(create_app(self.server))
        self.network = FaultyTransport(lambda: self.transport, random.Random(seed), 0.5)
        self.paths = [self.tmp / f"d{i}.sqlite" for i in range(DEVICES)]
        self.devices = []
        account = self.server.create_account("c", "secret-123", "coach", [self.nid])
        for path in self.paths:
            device = Store.open(path)
            enrol(device, self.http(), self.server.create_enrolment_code(self.nid, account).code)
            self.devices.append(device)
        self.interviews = 0

    def http(self, faulty: bool = False) -> httpx.Client:
        return connect("http://testserver", self.network if faulty else self.transport)

    @rule(d=st.integers(0, DEVICES - 1))
    def record_interview(self, d: int) -> None:
        interview(self.devices[d])
        self.interviews += 1

    @rule(d=st.integers(0, DEVICES - 1))
    def create_item(self, d: int) -> None:
        self.devices[d].inventory.save(self.nid, {"name": f"lieu de {d}"})

    @precondition(lambda self: any(d.inventory.items(limit=1) for d in self.devices))
    @rule(
        d=st.integers(0, DEVICES - 1), field=st.sampled_from(["name", "hours"]), v=st.integers(0, 2)
    )
    def edit_item(self, d: int, field: str, v: int) -> None:
        items = self.devices[d].inventory.items(include_deleted=True, limit=50)
        if items:
            item = items[v % len(items)]
            data = {k: x for k, x in item.data.items() if k != CONFLICTS} | {field: f"{d}-{v}"}
            self.devices[d].inventory.save(
                self.nid, data, item_id=item.id, base_version=item.version
            )

    @rule(d=st.integers(0, DEVICES - 1))
    def sync_through_faults(self, d: int) -> None:
        try:
            synchronise(self.devices[d], self.http(faulty=True), batch_size=2)
        except SyncError:
            pass
        except Killed:
            self.devices[d].close()
            self.devices[d] = Store.open(self.paths[d])

    @rule()
    def heal_and_check(self) -> None:
        for _ in range(2):
            for device in self.devices:
                synchronise(device, self.http())
        assert all(d.outbox.pending_count() == 0 for d in self.devices)
        assert self.server.count("submission") == self.interviews
        with self.server.engine.connect() as conn:
            items = conn.exec_driver_sql("SELECT id, version FROM inventory_item").all()
        for item_id, version in items:
            states = {
                (s.version, str(sorted(s.data.items())))
                for s in (d.inventory.get(item_id) for d in self.devices)
            }
            assert len(states) == 1 and next(iter(states))[0] == version

    def teardown(self) -> None:
        for device in getattr(self, "devices", []):
            device.close()
        if hasattr(self, "server"):
            self.server.close()
            shutil.rmtree(self.tmp, ignore_errors=True)


SyncMachine.TestCase.settings = settings(
    max_examples=3,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_sync_state_machine = SyncMachine.TestCase
