"""Server backends for the sync tests: SQLite on disk, and a real PostgreSQL.

PostgreSQL comes from QUARTIER_TEST_PG_URL when set; otherwise each xdist worker starts a
private cluster on a free loopback port (initdb + pg_ctl, as the `postgres` user when run as
root) and stops it at the end. Each test gets a database of its own. Without PostgreSQL
binaries the PostgreSQL tests are skipped, except under CI, where they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

with warnings.catch_warnings():  # Starlette would like httpx2; its bridge works with httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.store import Store
from sync.client.device import connect, enrol
from sync.server.api import create_app
from sync.server.store import ServerStore

PG_ENV = "QUARTIER_TEST_PG_URL"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The URL of a PostgreSQL server on which tests may create databases."""
    if url := os.environ.get(PG_ENV):
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    initdb = bins[-1] if bins else shutil.which("initdb")
    if not initdb:
        _unavailable(f"no PostgreSQL binaries (initdb) on this machine and {PG_ENV} unset")
    pg_ctl = str(Path(str(initdb)).with_name("pg_ctl"))
    home = Path(tempfile.mkdtemp(prefix="quartier-pg-"))
    if os.geteuid() == 0:
        shutil.chown(home, "postgres")
    data, port = home / "data", _free_port()
    run = subprocess.run
    run(
        _as_postgres(
            [
                str(initdb),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {home} -c fsync=off"
    run(
        _as_postgres(
            [pg_ctl, "-D", str(data), "-l", str(home / "log"), "-w", "-o", options, "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(
            _as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(home, ignore_errors=True)


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parents[1].name
    return tuple(int(x) for x in part.split(".") if x.isdigit())


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """A migrated database that each test's database is copied from (faster than migrating)."""
    name = f"tmpl_{uuid.uuid4().hex[:12]}"
    _pg_admin(pg_admin_url, f'CREATE DATABASE "{name}"')
    ServerStore.open(_pg_database(pg_admin_url, name)).close()
    return name


def _pg_database(admin_url: str, name: str) -> str:
    return f"{admin_url.rsplit('/', 1)[0]}/{name}"


def _pg_admin(admin_url: str, statement: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(statement))
    admin.dispose()


@pytest.fixture
def pg_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """A fresh, migrated database for one test, dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    _pg_admin(pg_admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}" STRATEGY FILE_COPY')
    try:
        yield _pg_database(pg_admin_url, name)
    finally:
        _pg_admin(pg_admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "server.sqlite"
    ServerStore.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def server_store(server_url: str) -> Iterator[ServerStore]:
    store = ServerStore.open(server_url)
    yield store
    store.close()


@dataclass
class Hub:
    """A server in-process with a neighbourhood and its coach, and a way to add devices."""

    store: ServerStore
    app: FastAPI
    nid: str
    coach_token: str
    tmp: Path
    opened: list[Store]

    def http(self, transport: httpx.BaseTransport | None = None) -> httpx.Client:
        return connect("http://testserver", transport or in_process(self.app))

    def coach(self) -> httpx.Client:
        http = self.http()
        http.headers["Authorization"] = f"Bearer {self.coach_token}"
        return http

    def code(self, uses: int | None = 1) -> str:
        response = self.coach().post(
            "/api/v1/enrolment-codes", json={"neighbourhood_id": self.nid, "uses": uses}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["code"])

    def device(self, name: str) -> Store:
        local = Store.open(self.tmp / f"{name}.sqlite")
        self.opened.append(local)
        enrol(local, self.http(), self.code(), name)
        return local


@contextmanager
def serving(app: FastAPI, **settings: Any) -> Iterator[str]:
    """The app under a real uvicorn on a free loopback port, until the block ends."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning", **settings))
    thread = threading.Thread(target=server.run)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join()


def in_process(app: FastAPI, host: str = "testclient") -> httpx.BaseTransport:
    """A synchronous transport into the ASGI app (Starlette's bridge over httpx's ASGI), whose
    requests come from the address `host`."""
    return TestClient(app, client=(host, 50000))._transport


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    server = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    nid = server.add_neighbourhood("Marolles")
    server.create_account("claire", "mot-de-passe-solide", "coach", [nid])
    token = server.login("claire", "mot-de-passe-solide")
    assert token
    made = Hub(server, create_app(server), nid, token, tmp_path, [])
    yield made
    for local in made.opened:
        local.close()
    server.close()
