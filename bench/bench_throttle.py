"""A flood of wrong logins against a real `quartier server run` on loopback (issue #12): the
latency of /health while 50 clients send wrong passwords at once, and how many logins a second
reach the password hash (argon2).

- spray: the 50 clients share one address and try a new account name each time;
- botnet: through a trusted proxy (`--trusted-proxy 127.0.0.1`), each login comes from a new
  forwarded address and names a new account, so the throttle never sees a key twice and only
  the bound on concurrent hashing holds.
"""

from __future__ import annotations

import math
import multiprocessing
import statistics
import tempfile
import threading
import time
from collections import Counter
from itertools import count
from multiprocessing.queues import Queue
from pathlib import Path

import httpx

from bench.bench_sync import prepare, server_process
from bench.report import figure

CLIENTS = 50
FLOOD_SECONDS = 10.0


def health_latencies(base: str, stop: threading.Event) -> list[float]:
    """/health, one call after another, until `stop`: each call's latency in ms."""
    times: list[float] = []
    with httpx.Client(base_url=base, timeout=30) as http:
        while not stop.is_set():
            started = time.perf_counter()
            http.get("/api/v1/health").raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
    return times


def attackers(base: str, forwarded: bool, answers: Queue[dict[int, int]]) -> None:
    """CLIENTS threads sending wrong logins for FLOOD_SECONDS + 1; the count of each status
    is put in `answers`. Run in a process of its own, so that the /health probe's latency is
    the server's, not the wait for this process's GIL."""
    stop, statuses, numbers = threading.Event(), Counter[int](), count()

    def attacker() -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            while not stop.is_set():
                n = next(numbers)
                headers = {"X-Forwarded-For": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"}
                answer = http.post(
                    "/api/v1/login",
                    json={"name": f"personne-{n}", "password": "mauvais"},
                    headers=headers if forwarded else {},
                )
                statuses[answer.status_code] += 1

    threads = [threading.Thread(target=attacker) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    time.sleep(FLOOD_SECONDS + 1.0)
    stop.set()
    for thread in threads:
        thread.join()
    answers.put(dict(statuses))


def flood(base: str, forwarded: bool) -> tuple[list[float], dict[int, int]]:
    """The attackers' flood, and the latencies of /health measured meanwhile."""
    fork = multiprocessing.get_context("fork")
    answers: Queue[dict[int, int]] = fork.Queue()
    flooding = fork.Process(target=attackers, args=(base, forwarded, answers))
    flooding.start()
    time.sleep(1.0)  # the flood is on before /health is measured
    stop = threading.Event()
    threading.Timer(FLOOD_SECONDS, stop.set).start()
    latencies = health_latencies(base, stop)
    statuses = answers.get()
    flooding.join()
    return latencies, statuses


def p95(values: list[float]) -> float:
    """The 95th percentile (the slowest value when there are few: a flood may allow few)."""
    return sorted(values)[math.ceil(0.95 * len(values)) - 1]


def run(tmp: Path, name: str, forwarded: bool) -> None:
    url = f"sqlite:///{tmp / f'{name}.sqlite'}"
    prepare(url)[0].close()
    options = ("--trusted-proxy", "127.0.0.1") if forwarded else ()
    with server_process(url, *options) as base:
        idle_stop = threading.Event()
        threading.Timer(2.0, idle_stop.set).start()
        idle = health_latencies(base, idle_stop)
        latencies, statuses = flood(base, forwarded)
    hashed = statuses.get(401, 0) / (FLOOD_SECONDS + 1.0)
    figure(f"{name}: /health p50, idle", statistics.median(idle), "ms")
    figure(f"{name}: /health calls answered during the flood", len(latencies), "")
    figure(f"{name}: /health p50 during the flood", statistics.median(latencies), "ms")
    worst = p95(latencies)
    figure(f"{name}: /health p95 during the flood", worst, "ms", "≤ 100 ms", worst <= 100)
    figure(f"{name}: logins checked by argon2 (401)", hashed, "/s")
    refused = statuses.get(429, 0) + statuses.get(503, 0)
    figure(f"{name}: logins refused before argon2 (429, 503)", refused / (FLOOD_SECONDS + 1), "/s")
    others = {s: n for s, n in statuses.items() if s not in (401, 429, 503)}
    if others:
        print(f"{name}: other answers {others}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        run(Path(folder), "spray", forwarded=False)
        run(Path(folder), "botnet", forwarded=True)


if __name__ == "__main__":
    main()
