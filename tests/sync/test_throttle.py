"""Throttling that holds (issue #12): per address across account names and per account across
addresses, backoff rather than lockout, decided before argon2, a bound on concurrent hashing,
X-Forwarded-For believed only from configured proxies, and the state shared by every worker."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import in_process
from conftest import serving as live
from fastapi import FastAPI
from sqlalchemy import select

from quartier.cli import cli
from sync.server import schema as t
from sync.server.api import create_app
from sync.server.serve import proxy_settings
from sync.server.store import ServerStore
from sync.server.throttle import HashingGate, Throttled, address_key

PASSWORD = "mot-de-passe-solide"
ATTACKER, COACH = "203.0.113.9", "198.51.100.7"

pytestmark = pytest.mark.slow  # argon2 takes its time, on purpose


class Clock:
    """The throttle's wall clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Server:
    store: ServerStore
    app: FastAPI
    clock: Clock

    def http(self, host: str) -> httpx.Client:
        return httpx.Client(base_url="http://testserver", transport=in_process(self.app, host))


@contextmanager
def coach_server(url: str) -> Iterator[Server]:
    store = ServerStore.open(url)
    store.create_account("claire", PASSWORD, "coach", [store.add_neighbourhood("Marolles")])
    clock = Clock()
    store.clock = clock
    yield Server(store, create_app(store), clock)
    store.close()


@pytest.fixture
def server(server_url: str) -> Iterator[Server]:
    with coach_server(server_url) as made:
        yield made


@pytest.fixture
def on_sqlite(tmp_path: Path) -> Iterator[Server]:
    """For what uvicorn and the hashing gate do, whatever the database."""
    with coach_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as made:
        yield made


def login(http: httpx.Client, name: str, password: str = "mauvais") -> httpx.Response:
    return http.post("/api/v1/login", json={"name": name, "password": password})


def test_many_names_from_one_address_are_throttled_without_argon2(server: Server) -> None:
    http = server.http(ATTACKER)
    answers = [login(http, f"nom-{i}") for i in range(14)]
    assert [a.status_code for a in answers] == [401] * 10 + [429] * 4
    assert all(a.headers["Retry-After"] == "1" for a in answers[10:])
    hashed = statistics.median(a.elapsed.total_seconds() for a in answers[:10])
    refused = statistics.median(a.elapsed.total_seconds() for a in answers[10:])
    assert refused < hashed / 3, (refused, hashed)  # no argon2 behind a refusal
    assert login(server.http(COACH), "claire", PASSWORD).status_code == 200


def test_an_account_guessed_from_many_addresses_waits_as_one(server: Server) -> None:
    addresses = [f"192.0.2.{i}" for i in range(1, 5)]
    for host in addresses:
        assert [login(server.http(host), "claire").status_code for _ in range(3)] == [401] * 3
    server.clock.now += 2  # each address's own wait (1 s) is over; the account's is not
    refused = [login(server.http(host), "claire") for host in addresses]
    assert {a.status_code for a in refused} == {429}
    assert int(refused[0].headers["Retry-After"]) > 60


def test_the_coach_gets_in_from_elsewhere_while_an_attacker_hammers(server: Server) -> None:
    attacker, failures = server.http(ATTACKER), 0
    end = server.clock.now + 3600
    while server.clock.now < end:  # an hour of guessing, each wait sat out to the second
        if (answer := login(attacker, "claire")).status_code == 429:
            server.clock.now += int(answer.headers["Retry-After"])
        else:
            assert answer.status_code == 401
            failures += 1
    while login(attacker, "claire").status_code != 401:  # the attacker's latest guess: now
        server.clock.now += 1
    failures += 1
    assert 15 < failures < 30  # 3 free, then 1 s, 2 s … 5 min
    coach = server.http(COACH)
    assert login(coach, "claire", "mot-de-passe-solid").status_code == 401  # a typo
    assert login(coach, "claire", PASSWORD).status_code == 200
    assert login(attacker, "claire").status_code == 429  # still waiting


def test_each_failure_doubles_the_wait_and_a_wait_always_ends(server: Server) -> None:
    http, waits = server.http(ATTACKER), []
    for _ in range(14):
        assert login(http, "claire").status_code == 401
        try:
            server.store.check_login(ATTACKER, "claire")
            waits.append(0)
        except Throttled as refused:
            waits.append(refused.retry_after)
            server.clock.now += refused.retry_after
    assert waits == [0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]
    assert login(http, "claire", PASSWORD).status_code == 200  # after the wait: not locked
    server.clock.now += 24 * 3600 + 1  # a day later everything is forgotten
    assert [login(http, "claire").status_code for _ in range(4)] == [401, 401, 401, 429]


def test_rows_a_day_old_are_deleted(server: Server) -> None:
    server.store.login_failed(ATTACKER, "claire")
    server.clock.now += 24 * 3600 + 1
    server.store.enrol_failed(COACH)
    with server.store.engine.connect() as conn:
        assert set(conn.scalars(select(t.throttle.c.key))) == {f"enrol:{COACH}"}


def test_two_workers_over_one_database_share_the_throttle(server_url: str) -> None:
    workers, clock = [ServerStore.open(server_url) for _ in range(2)], Clock()
    for worker in workers:  # the waits must not run out while argon2 works (a loaded CI)
        worker.clock = clock
    clients = [
        httpx.Client(base_url="http://t", transport=in_process(create_app(w), ATTACKER))
        for w in workers
    ]
    statuses = [login(clients[i % 2], f"nom-{i}").status_code for i in range(14)]
    assert statuses == [401] * 10 + [429] * 4
    for worker in workers:
        worker.close()


def serving(app: FastAPI, proxies: list[str]) -> AbstractContextManager[str]:
    """The app under a real uvicorn on loopback, with the proxy settings of `server run`."""
    return live(app, **proxy_settings(proxies))


def test_forwarded_for_from_loopback_is_ignored_unless_configured(on_sqlite: Server) -> None:
    with serving(on_sqlite.app, []) as base, httpx.Client(base_url=base) as http:
        statuses = [
            http.post(
                "/api/v1/login",
                json={"name": f"nom-{i}", "password": "mauvais"},
                headers={"X-Forwarded-For": f"10.0.{i}.1"},
            ).status_code
            for i in range(14)
        ]
    assert statuses == [401] * 10 + [429] * 4


def test_a_configured_proxy_gives_the_real_client_address(on_sqlite: Server) -> None:
    def as_from(http: httpx.Client, host: str, password: str = "mauvais") -> int:
        answer = http.post(
            "/api/v1/login",
            json={"name": "claire", "password": password},
            headers={"X-Forwarded-For": host},
        )
        return answer.status_code

    with serving(on_sqlite.app, ["127.0.0.1/32"]) as base, httpx.Client(base_url=base) as http:
        assert [as_from(http, ATTACKER) for _ in range(4)] == [401, 401, 401, 429]
        assert as_from(http, COACH, PASSWORD) == 200
    with on_sqlite.store.engine.connect() as conn:
        keys = set(conn.scalars(select(t.throttle.c.key)))
    assert keys == {f"ip:{ATTACKER}", f"pair:{ATTACKER}|claire"}  # the coach's success cleared


@pytest.mark.parametrize("value", ["*", "localhost", "10.0.0.300"])
def test_server_run_refuses_a_proxy_that_is_not_an_address(value: str) -> None:
    result = CliRunner().invoke(cli, ["server", "run", "--trusted-proxy", value])
    assert result.exit_code == 2 and "n'est pas une adresse IP" in result.output


def test_logins_queue_for_a_few_hashing_slots(on_sqlite: Server) -> None:
    app = create_app(on_sqlite.store, HashingGate(slots=1, patience=0.3))
    with serving(app, ["127.0.0.1/32"]) as base, httpx.Client(base_url=base) as http:

        def attempt(i: int) -> httpx.Response:
            body = {"name": f"nom-{i}", "password": "mauvais"}
            return http.post("/api/v1/login", json=body, headers={"X-Forwarded-For": f"10.1.{i}.1"})

        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(attempt, range(12)))
    busy = [a for a in answers if a.status_code == 503]
    assert {a.status_code for a in answers} <= {401, 503} and len(busy) >= 6
    assert all(a.headers["Retry-After"] == "1" for a in busy)


def test_an_ipv6_subscriber_counts_as_one_address() -> None:
    assert (
        address_key("2001:db8:1:2::1")
        == address_key("2001:db8:1:2:ffff::9")
        != address_key("2001:db8:1:3::1")
    )
    assert address_key("::ffff:192.0.2.7") == "192.0.2.7"
