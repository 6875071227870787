"""End to end: a real `quartier server run` process on loopback, two devices (two SQLite
stores) using the CLI and the client, concurrent inventory edits, a coach's resolution, a
server restarted in the middle of a sync."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import _free_port
from sync_helpers import interview

from app.store import Key, Store
from quartier.cli import cli
from sync.client.device import SyncError, connect, synchronise
from sync.server.store import ServerStore
from sync.wire.merge import CONFLICTS

pytestmark = pytest.mark.slow


class ServerProcess:
    def __init__(self, url: str, port: int) -> None:
        self.url, self.port = url, port
        self.base = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "quartier",
                "server",
                "run",
                "--db",
                self.url,
                "--port",
                str(self.port),
            ],
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                if httpx.get(f"{self.base}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"le serveur n'a pas démarré (code {self.proc.poll()})")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    runner = CliRunner()
    for args in (
        ["server", "admin", "add-neighbourhood", "Marolles", "--db", url],
        [
            "server",
            "admin",
            "create-coach",
            "--name",
            "claire",
            "--password",
            "secret-123",
            "--neighbourhood",
            "Marolles",
            "--db",
            url,
        ],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
    process = ServerProcess(url, _free_port())
    process.start()
    yield process
    process.stop()


@contextmanager
def coach(server: ServerProcess) -> Iterator[httpx.Client]:
    with connect(server.base) as http:
        login = http.post("/api/v1/login", json={"name": "claire", "password": "secret-123"})
        assert set(login.json()) == {"token", "role", "neighbourhood_ids"}
        http.headers["Authorization"] = f"Bearer {login.json()['token']}"
        yield http


def new_code(server: ServerProcess) -> str:
    with coach(server) as http:
        hoods = ServerStore.open(server.url).neighbourhoods()
        answer = http.post("/api/v1/enrolment-codes", json={"neighbourhood_id": hoods[0]["id"]})
        assert answer.status_code == 201 and "<svg" in answer.json()["qr_svg"]
        return str(answer.json()["code"])


def test_two_devices_through_a_real_server(server: ServerProcess, tmp_path: Path) -> None:
    runner = CliRunner()
    jo_db, ana_db = tmp_path / "jo.sqlite", tmp_path / "ana.sqlite"
    for db in (jo_db, ana_db):
        result = runner.invoke(
            cli, ["enrol", "--server", server.base, "--code", new_code(server), "--db", str(db)]
        )
        assert result.exit_code == 0 and "Marolles" in result.output, result.output
    with Store.open(jo_db) as jo:
        for i in range(30):
            interview(jo, {"street": "Rue Haute", "size": i})
        nid = jo.settings.get(Key.ENROLLED_NEIGHBOURHOOD)
        assert nid
        item = jo.inventory.save(nid, {"name": "Repair café", "hours": "sam", "phone": "02"})
    result = runner.invoke(cli, ["sync", "--db", str(jo_db)])
    assert result.exit_code == 0 and "Envoyées : 31" in result.output, result.output
    with Store.open(jo_db) as jo, Store.open(ana_db) as ana, connect(server.base) as http:
        synchronise(ana, http)
        base = ana.inventory.get(item.id).data
        ana.inventory.save(
            nid, base | {"hours": "dim", "phone": "03"}, item_id=item.id, base_version=1
        )
        jo.inventory.save(nid, base | {"phone": "04"}, item_id=item.id, base_version=1)
        assert synchronise(ana, http).parallel_updates == 0
        assert synchronise(jo, http).conflicts == 1
        synchronise(ana, http)
        state = ana.inventory.get(item.id)
        assert state.data["hours"] == "dim" and state.data[CONFLICTS][0]["field"] == "phone"
    with coach(server) as http:
        answer = http.post(
            f"/api/v1/inventory/{item.id}/resolve",
            json={"change_id": "0b6f2f9e-3c1d-4a43-9f55-1d7f1f3b6a01", "values": {"phone": "04"}},
        )
        assert answer.status_code == 200, answer.text
    with Store.open(jo_db) as jo, Store.open(ana_db) as ana, connect(server.base) as http:
        synchronise(jo, http)
        synchronise(ana, http)
        for device in (jo, ana):
            final = device.inventory.get(item.id)
            assert final.data == {"name": "Repair café", "hours": "dim", "phone": "04"}
            assert final.version == 4


def test_a_server_restarted_mid_sync_loses_and_duplicates_nothing(
    server: ServerProcess, tmp_path: Path
) -> None:
    from sync.client.device import enrol

    with Store.open(tmp_path / "jo.sqlite") as jo:
        with connect(server.base) as http:
            enrol(jo, http, new_code(server))
        for i in range(50):
            interview(jo, {"street": "Rue Blaes", "size": i})

        def stop_after_first_batch(phase: str, done: int, _total: int) -> None:
            if phase == "envoi" and done == 10:
                server.stop()

        with connect(server.base) as http, pytest.raises(SyncError):
            synchronise(jo, http, stop_after_first_batch, batch_size=10)
        assert jo.outbox.pending_count() == 40
        server.start()
        with connect(server.base) as http:
            summary = synchronise(jo, http, batch_size=10)
        assert (summary.sent, summary.duplicates, jo.outbox.pending_count()) == (40, 0, 0)
    assert ServerStore.open(server.url).count("submission") == 50
