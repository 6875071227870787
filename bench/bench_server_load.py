"""A region's server under load, on PostgreSQL against real `quartier server run` processes:

- 200 simulated devices push at once, 20 interviews per push, on 4 workers and on 1 worker
  (goal: at least 2,000 interviews/s with a p95 of a push at most 500 ms);
- request for request: 50 devices, one interview per push, on 1 worker (goal: at least
  180 pushes/s with a p95 at most 500 ms).

The devices are threads of this process, on the same machine as the server and PostgreSQL:
they take CPU from the server, so the figures are what this machine does as a whole.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.bench_sync import _submission, free_port, postgres, prepare
from bench.report import figure
from sync.wire.protocol import PushRequest, PushResponse


def pushes(
    base: str, bodies: list[list[bytes]], tokens: list[str]
) -> tuple[float, list[float], list[int]]:
    """Every device sends its bodies one after the other, all devices at once: the elapsed
    time, the latency of every accepted push, the status of every failed one."""
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    ready = threading.Barrier(len(tokens) + 1)

    def device(index: int) -> None:
        headers = {"Authorization": f"Bearer {tokens[index]}", "Content-Type": "application/json"}
        with httpx.Client(base_url=base, headers=headers, timeout=300) as http:
            ready.wait()
            for body in bodies[index]:
                started = time.perf_counter()
                try:
                    status = http.post("/api/v1/push", content=body).status_code
                except httpx.TransportError:
                    status = 0  # the connection was dropped
                with lock:
                    if status == 200:
                        latencies.append(time.perf_counter() - started)
                    else:
                        failures.append(status)

    threads = [threading.Thread(target=device, args=(i,)) for i in range(len(tokens))]
    for thread in threads:
        thread.start()
    ready.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies, failures


@dataclass
class Load:
    interviews_per_second: float
    pushes_per_second: float
    latencies: list[float]
    failures: list[int]
    #: The server's log lines that say why a push failed (the first few).
    errors: list[str]


def run(url: str, devices: int, per_device: int, per_push: int, workers: int) -> Load:
    """One configuration on a fresh database; only accepted pushes count."""
    store, nid, coach = prepare(url)
    codes = [store.create_enrolment_code(nid, coach).code for _ in range(devices)]
    store.close()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "server.log"
        with server(url, workers, log) as base:
            tokens = [
                httpx.post(f"{base}/api/v1/enrol", json={"code": c}, timeout=60).json()["token"]
                for c in codes
            ]
            bodies = [
                [
                    json.dumps(
                        PushRequest(changes=[_submission(i) for i in range(per_push)]).model_dump(
                            mode="json"
                        )
                    ).encode()
                    for _ in range(per_device)
                ]
                for _ in range(devices)
            ]
            elapsed, latencies, failures = pushes(base, bodies, tokens)
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    errors = [line for line in lines if "Error" in line or "error" in line][:3]
    accepted = len(latencies)
    return Load(accepted * per_push / elapsed, accepted / elapsed, latencies, failures, errors)


@contextmanager
def server(url: str, workers: int, log_file: Path) -> Iterator[str]:
    """`quartier server run --workers N` on a free loopback port; its request log (one JSON
    line per request, written as in production) goes to a file, not this terminal."""
    port = free_port()
    command = [sys.executable, "-m", "quartier", "server", "run", "--db", url]
    options = ["--workers", str(workers), "--port", str(port)]
    with log_file.open("wb") as log:
        proc = subprocess.Popen([*command, *options], stdout=log, stderr=log)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{base}/api/v1/ready", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield base
        finally:
            proc.terminate()
            proc.wait(30)


def quantiles(latencies: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000


def report(label: str, load: Load, per_push: bool, goal: float) -> None:
    rate = load.pushes_per_second if per_push else load.interviews_per_second
    p50, p95, p99 = quantiles(load.latencies)
    figure(label, rate, "push/s" if per_push else "subm/s", f"≥ {goal:,.0f}", rate >= goal)
    figure("  p50 of a push", p50, "ms")
    figure("  p95 of a push", p95, "ms", "≤ 500", p95 <= 500)
    figure("  p99 of a push", p99, "ms")
    if load.failures:
        figure("  pushes refused (not counted above)", len(load.failures), "pushes")
        print(f"  statuses {sorted(set(load.failures))}; the server said:")
        for line in load.errors:
            print(f"    {line[:300]}")


def profile(url: str, per_push: int, rounds: int = 50) -> None:
    """Where one push's time goes, one push after another in this process (no HTTP, no
    concurrency): the median of each step, and the statements the push sends PostgreSQL."""
    from sqlalchemy import event

    store, nid, coach = prepare(url)
    token = store.enrol(store.create_enrolment_code(nid, coach).code).token
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    steps: dict[str, list[float]] = {}
    for _ in range(rounds):
        body = json.dumps(
            PushRequest(changes=[_submission(i) for i in range(per_push)]).model_dump(mode="json")
        )
        marks = [time.perf_counter()]
        request = PushRequest.model_validate_json(body)
        marks.append(time.perf_counter())
        who = store.principal(token)
        marks.append(time.perf_counter())
        statements.clear()
        results = store.push(request.changes, nid, who.id if who else None)
        marks.append(time.perf_counter())
        PushResponse(results=results).model_dump_json()
        marks.append(time.perf_counter())
        for name, start, end in zip(STEPS, marks, marks[1:], strict=False):
            steps.setdefault(name, []).append((end - start) * 1000)
    store.close()
    for name, times in steps.items():
        figure(f"  {per_push} per push: {name}", statistics.median(times), "ms")
    figure(f"  {per_push} per push: statements before the numbering + COMMIT", len(statements), "")


STEPS = ("parse and validate the body", "token lookup", "store.push", "answer")


def fresh(admin: str, name: str) -> str:
    """A new database on the bench's PostgreSQL."""
    from sqlalchemy import create_engine, text

    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{admin.rsplit('/', 1)[0]}/{name}"


def main() -> None:
    with postgres() as pg:
        if pg is None:
            print("PostgreSQL: no binaries here, skipped")
            return
        for workers in (4, 1):
            url = fresh(pg, f"load_{workers}_{int(time.time())}")
            label = f"200 devices × 20 per push, {workers} worker(s)"
            report(label, run(url, 200, 5, 20, workers), False, 2000)
        url = fresh(pg, f"single_{int(time.time())}")
        report("50 devices × 1 per push, 1 worker", run(url, 50, 10, 1, 1), True, 180)
        print("Where a push's time goes (medians, one push at a time, in-process):")
        for per_push in (20, 1):
            profile(fresh(pg, f"profile_{per_push}_{int(time.time())}"), per_push)


if __name__ == "__main__":
    main()
