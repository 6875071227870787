"""Sync throughput, measured against a real `quartier server run` process on loopback:

- one device pushes 10,000 interviews, beside a raw batched INSERT of the same rows into the
  server's database in the same run (goal: at least 35 % of the raw rate, issue 18);
- a no-op sync (nothing to send, nothing new) with 1k and with 100k records on the server
  (goal: the 100k one costs at most 1.5 times the 1k one);
- 50 devices push at once, on SQLite and on PostgreSQL: throughput and p95 latency
  (goal: at least 400 interviews/s).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from app.store import Store
from bench.report import figure
from survey_forms.model import Form, Question
from sync.client.device import connect, enrol, synchronise
from sync.server import schema as t
from sync.server.store import ServerStore
from sync.wire.protocol import Change, PushRequest, SubmissionPayload

INTERVIEWS = 10_000
DEVICES = 50
PUSHES_PER_DEVICE = 10
PER_PUSH = 20


def answers(i: int) -> dict[str, Any]:
    return {"street": f"Rue Haute {i % 300}", "size": i % 7, "notes": "x" * 400}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server_process(url: str, *options: str) -> Iterator[str]:
    """`quartier server run` on a free loopback port, stopped by PID at the end; its request
    log goes to a file (not among the figures), shown if it never answers."""
    port = free_port()
    command = [sys.executable, "-m", "quartier", "server", "run", "--db", url, *options]
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen([*command, "--port", str(port)], stdout=log, stderr=log)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                log.seek(0)
                raise RuntimeError(f"the server never answered:\n{log.read()[-2000:]}")
            yield base
        finally:
            proc.terminate()
            proc.wait(20)


@contextmanager
def postgres() -> Iterator[str | None]:
    """A private PostgreSQL cluster (None when there are no PostgreSQL binaries)."""
    if url := os.environ.get("QUARTIER_TEST_PG_URL"):
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        yield None
        return
    home = Path(tempfile.mkdtemp(prefix="quartier-bench-pg-"))
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_pg:
        shutil.chown(home, "postgres")
    port, data = free_port(), home / "data"
    initdb = [f"{bins[-1]}/initdb", "-D", str(data), "-U", "postgres", "--auth=trust"]
    subprocess.run([*as_pg, *initdb, "-E", "UTF8"], check=True, capture_output=True)
    ctl = [*as_pg, f"{bins[-1]}/pg_ctl", "-D", str(data), "-l", str(home / "log"), "-w"]
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {home}"
    subprocess.run([*ctl, "-o", options, "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*ctl, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def prepare(url: str) -> tuple[ServerStore, str, str]:
    """A migrated server with a neighbourhood and a coach: (store, neighbourhood, coach id)."""
    store = ServerStore.open(url)
    nid = store.add_neighbourhood("Marolles")
    coach = store.create_account("claire", "secret-123", "coach", [nid])
    return store, nid, coach


def device_with_interviews(path: Path, count: int) -> Store:
    device = Store.open(path)
    device.forms.add(
        Form(
            form_id="enquete",
            version="1",
            title={"fr": "Enquête"},
            children=[Question("street", "text")],
        )
    )
    for i in range(count):
        device.submissions.finalize(device.submissions.save_draft("enquete", "1", answers(i)).id)
    return device


def raw_insert_rate(url: str, device: Store) -> float:
    """The same rows, inserted straight into the server's submission table, 500 a transaction."""
    store, nid, _ = prepare(url)
    rows = [
        {
            **SubmissionPayload.fields_of(e.payload),
            "neighbourhood_id": nid,
            "content_hash": "0" * 64,
            "received_at": e.payload["created_at"],
            "erased_at": None,
        }
        for e in device.outbox.pending(limit=INTERVIEWS)
    ]
    started = time.perf_counter()
    for start in range(0, len(rows), 500):
        with store.engine.begin() as conn:
            conn.execute(insert(t.submission), rows[start : start + 500])
    elapsed = time.perf_counter() - started
    store.close()
    return len(rows) / elapsed


def bench_one_device(tmp: Path) -> None:
    device = device_with_interviews(tmp / "device.sqlite", INTERVIEWS)
    raw = raw_insert_rate(f"sqlite:///{tmp / 'raw.sqlite'}", device)
    url = f"sqlite:///{tmp / 'push.sqlite'}"
    store, nid, coach = prepare(url)
    code = store.create_enrolment_code(nid, coach).code
    store.close()
    with server_process(url) as base, connect(base) as http:
        enrol(device, http, code)
        started = time.perf_counter()
        summary = synchronise(device, http, batch_size=500)
        rate = summary.sent / (time.perf_counter() - started)
    device.close()
    figure("raw batched INSERT into the server DB", raw, "rows/s")
    figure(f"push of {INTERVIEWS:,} interviews over loopback", rate, "rows/s")
    figure("push / raw", rate / raw * 100, "%", "≥ 35 %", rate / raw >= 0.35)


def server_with_records(tmp: Path, records: int) -> tuple[str, str]:
    """A server database holding `records` interviews: (its URL, an enrolment code)."""
    url = f"sqlite:///{tmp / f'noop-{records}.sqlite'}"
    store, nid, coach = prepare(url)
    for start in range(0, records, 500):
        store.push([_submission(i) for i in range(start, min(start + 500, records))], nid, None)
    code = store.create_enrolment_code(nid, coach).code
    store.close()
    return url, code


def bench_noop(tmp: Path) -> None:
    """Both servers run side by side and the no-op syncs alternate, so that a machine busy
    with something else slows both sides alike."""
    (small_url, small_code), (large_url, large_code) = (
        server_with_records(tmp, 1_000),
        server_with_records(tmp, 100_000),
    )
    times: dict[str, list[float]] = {"small": [], "large": []}
    with (
        server_process(small_url) as small_base,
        server_process(large_url) as large_base,
        connect(small_base) as small_http,
        connect(large_base) as large_http,
        Store.open(tmp / "noop-small.sqlite") as small_device,
        Store.open(tmp / "noop-large.sqlite") as large_device,
    ):
        sides = {
            "small": (small_device, small_http, small_code),
            "large": (large_device, large_http, large_code),
        }
        for device, http, code in sides.values():
            enrol(device, http, code)
            synchronise(device, http)  # catch up once
        for _ in range(40):
            for name, (device, http, _code) in sides.items():
                started = time.perf_counter()
                synchronise(device, http)
                times[name].append(time.perf_counter() - started)
    small, large = statistics.median(times["small"]), statistics.median(times["large"])
    figure("no-op sync, 1k records on the server", small * 1000, "ms")
    figure("no-op sync, 100k records on the server", large * 1000, "ms")
    figure("no-op sync 100k / 1k", large / small, "×", "≤ 1.5", large / small <= 1.5)


def _submission(i: int) -> Change:
    sid = str(uuid.uuid4())
    payload = SubmissionPayload(
        id=sid,
        form_id="enquete",
        form_version="1",
        answers=answers(i),
        created_at="2026-11-22T09:00:00.000Z",
        finalized_at="2026-11-22T09:10:00.000Z",
    )
    return Change(
        change_id=uuid.uuid4(), entity="submission", entity_id=sid, payload=payload.model_dump()
    )


def concurrent_push(url: str, label: str) -> None:
    store, nid, coach = prepare(url)
    codes = [store.create_enrolment_code(nid, coach).code for _ in range(DEVICES)]
    store.close()
    latencies: list[float] = []
    lock = threading.Lock()
    with server_process(url) as base:
        tokens = [
            httpx.post(f"{base}/api/v1/enrol", json={"code": c}).json()["token"] for c in codes
        ]
        bodies = [
            [
                PushRequest(changes=[_submission(i) for i in range(PER_PUSH)]).model_dump(
                    mode="json"
                )
                for _ in range(PUSHES_PER_DEVICE)
            ]
            for _ in range(DEVICES)
        ]

        def run(index: int) -> None:
            headers = {"Authorization": f"Bearer {tokens[index]}"}
            with httpx.Client(base_url=base, headers=headers, timeout=120) as http:
                for body in bodies[index]:
                    started = time.perf_counter()
                    http.post("/api/v1/push", json=body).raise_for_status()
                    with lock:
                        latencies.append(time.perf_counter() - started)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(DEVICES)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    total = DEVICES * PUSHES_PER_DEVICE * PER_PUSH
    rate = total / elapsed
    p95 = statistics.quantiles(latencies, n=20)[-1]
    figure(f"{DEVICES} devices pushing at once, {label}", rate, "subm/s", "≥ 400", rate >= 400)
    figure(f"{DEVICES} devices pushing at once, {label}: p95 of a push", p95 * 1000, "ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        bench_one_device(tmp)
        bench_noop(tmp)
        concurrent_push(f"sqlite:///{tmp / 'concurrent.sqlite'}", "SQLite")
        with postgres() as pg:
            if pg is None:
                print("PostgreSQL: no binaries here, skipped")
            else:
                concurrent_push(pg, "PostgreSQL")


if __name__ == "__main__":
    main()
