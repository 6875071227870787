"""Running a server as a region would: configuration from a file, the environment and the
command line; readiness; request ids, logs and metrics; several workers on PostgreSQL."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import in_process
from sqlalchemy import text

from app.store import Store
from sync.client.device import connect, enrol, synchronise
from sync.server.api import create_app
from sync.server.config import ServerConfig
from sync.server.database import SCHEMA_HEAD
from sync.server.errors import ServerError
from sync.server.observability import LOG
from sync.server.store import ServerStore


def test_the_command_line_beats_the_environment_which_beats_the_file(tmp_path: Path) -> None:
    file = tmp_path / "quartier-server.toml"
    file.write_text(
        'port = 9000\nhost = "0.0.0.0"\nworkers = 2\ndb = "postgresql+psycopg://q:secret@db/q"\n'
    )
    env = {
        "QUARTIER_SERVER_PORT": "9100",
        "QUARTIER_SERVER_TRUSTED_PROXIES": "10.0.0.2, 10.1.0.0/16",
    }
    config = ServerConfig.load(file, env, port=9200, host=None)
    assert (config.port, config.host, config.workers) == (9200, "0.0.0.0", 2)
    assert config.trusted_proxies == ("10.0.0.2/32", "10.1.0.0/16")
    shown = config.shown()
    assert "secret" not in shown and "q:***@db/q" in shown


@pytest.mark.parametrize(
    ("settings", "key"),
    [
        ({"workers": 2, "db": "sqlite:///x.sqlite"}, "server.workers_need_postgresql"),
        ({"colour": "vert"}, "server.config_unknown"),
        ({"port": "quatre-vingt"}, "server.config_value"),
        ({"log_format": "xml"}, "server.config_value"),
    ],
)
def test_a_bad_configuration_is_said(settings: dict[str, object], key: str) -> None:
    with pytest.raises(ServerError) as refused:
        ServerConfig.load(None, {}, **settings)
    assert refused.value.key == key


def test_an_unreadable_file_is_said(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("port = = 3")
    with pytest.raises(ServerError) as refused:
        ServerConfig.load(broken, {})
    assert refused.value.key == "server.config_unreadable"


def test_ready_metrics_and_request_ids(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    http = httpx.Client(base_url="http://t", transport=in_process(create_app(store)))
    with caplog.at_level(logging.INFO, logger=LOG.name):
        ready = http.get("/api/v1/ready")
        given = http.get("/api/v1/health", headers={"X-Request-Id": "proxy-1234abcd"})
    assert ready.json() == {"status": "ready", "schema": SCHEMA_HEAD}
    assert len(ready.headers["x-request-id"]) == 32  # made here
    assert given.headers["x-request-id"] == "proxy-1234abcd"  # kept from the proxy
    logged = [json.loads(r.getMessage()) for r in caplog.records]
    assert [(e["path"], e["status"]) for e in logged] == [
        ("/api/v1/ready", 200),
        ("/api/v1/health", 200),
    ]
    assert logged[1]["request_id"] == "proxy-1234abcd"

    metrics = http.get("/metrics").text
    ready_count = r'quartier_requests_total\{worker="\d+",method="GET",route="/api/v1/ready",'
    assert re.search(ready_count + r'status="200"\} 1', metrics)
    assert "quartier_feed_entries 0" in metrics and "quartier_devices 0" in metrics
    assert "quartier_request_seconds_bucket{worker=" in metrics

    with store.engine.begin() as conn:  # a server upgraded whose database was not
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    behind = http.get("/api/v1/ready")
    assert behind.status_code == 503 and "expected " + SCHEMA_HEAD in behind.json()["detail"]
    quiet = httpx.Client(
        base_url="http://t", transport=in_process(create_app(store, metrics=False))
    )
    assert quiet.get("/metrics").status_code == 404  # metrics can be turned off
    store.close()


@pytest.mark.postgres
def test_two_workers_on_postgresql_serve_one_neighbourhood(pg_url: str, tmp_path: Path) -> None:
    from test_campaign_from_zero import _free_port

    store = ServerStore.open(pg_url)
    nid = store.add_neighbourhood("Marolles")
    codes = [store.create_enrolment_code(nid, None).code for _ in range(3)]
    store.close()
    port = _free_port()
    env = {**os.environ, "QUARTIER_SERVER_WORKERS": "2", "QUARTIER_SERVER_LOG_FORMAT": "text"}
    process = subprocess.Popen(
        [sys.executable, "-m", "quartier", "server", "run", "--db", pg_url, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{address}/api/v1/ready").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not become ready")
        workers = {
            m
            for _ in range(40)
            for m in re.findall(r'worker="(\d+)"', httpx.get(f"{address}/metrics").text)
        }
        assert len(workers) == 2  # two processes answer
        laptops = []
        for n, code in enumerate(codes):
            laptop = Store.open(tmp_path / f"v{n}.sqlite")
            laptops.append(laptop)
            with connect(address) as http:
                enrol(laptop, http, code, f"v{n}")
                synchronise(laptop, http)
        with httpx.Client() as http:
            metrics = http.get(f"{address}/metrics").text
        assert "quartier_devices 3" in metrics  # read from the database, whichever worker
        for laptop in laptops:
            laptop.close()
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert "workers = 2" in output and "postgresql" in output
