"""What the people who run a server watch: a request id on every answer, one log line per
request (JSON by default), and Prometheus-style metrics.

Request counts and latencies are counted in each worker process (the `worker` label); what
the workers share (feed size, devices, interviews) is read from the database at each scrape,
so it is the same whichever worker answers.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOG = logging.getLogger("quartier.server")
#: Latency buckets of the histogram, in seconds.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
#: A request id from a proxy is kept when it looks like one (else a new one is made).
GIVEN_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
#: Ids in paths become placeholders, so that a route is one series, not one per interview.
ID_IN_PATH = re.compile(r"/[0-9a-fA-F-]{16,}(?=/|$)")


def log_to_stderr() -> None:
    """The request log goes to stderr (journald or docker keep it), one line per request."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    LOG.handlers[:] = [handler]
    LOG.setLevel(logging.INFO)
    LOG.propagate = False


class Metrics:
    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str, int]] = Counter()
        self.latency: Counter[tuple[str, float]] = Counter()  # cumulative bucket counts
        self.latency_sum: dict[str, float] = {}
        self.latency_count: Counter[str] = Counter()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests[(method, route, status)] += 1
        for bound in BUCKETS:
            if seconds <= bound:
                self.latency[(route, bound)] += 1
        self.latency_sum[route] = self.latency_sum.get(route, 0.0) + seconds
        self.latency_count[route] += 1

    def text(self, shared: dict[str, int]) -> str:
        """The Prometheus text exposition format."""
        worker = os.getpid()
        lines = [
            "# HELP quartier_requests_total HTTP requests answered by this worker.",
            "# TYPE quartier_requests_total counter",
        ]
        for (method, route, status), n in sorted(self.requests.items()):
            lines.append(
                f'quartier_requests_total{{worker="{worker}",method="{method}",'
                f'route="{route}",status="{status}"}} {n}'
            )
        lines += [
            "# HELP quartier_request_seconds Time to answer, by route, in this worker.",
            "# TYPE quartier_request_seconds histogram",
        ]
        for route in sorted(self.latency_count):
            labels = f'worker="{worker}",route="{route}"'
            for bound in BUCKETS:
                count = self.latency[(route, bound)]
                lines.append(f'quartier_request_seconds_bucket{{{labels},le="{bound}"}} {count}')
            total = self.latency_count[route]
            lines.append(f'quartier_request_seconds_bucket{{{labels},le="+Inf"}} {total}')
            lines.append(f"quartier_request_seconds_sum{{{labels}}} {self.latency_sum[route]:.6f}")
            lines.append(f"quartier_request_seconds_count{{{labels}}} {total}")
        for name, value in shared.items():
            lines += [f"# TYPE quartier_{name} gauge", f"quartier_{name} {value}"]
        return "\n".join(lines) + "\n"


class RequestLog:
    """ASGI middleware: gives each request an id (kept from `X-Request-Id` when a proxy set a
    sane one), answers with it, logs the request, counts it."""

    def __init__(
        self,
        app: ASGIApp,
        metrics: Metrics,
        as_json: bool = True,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.app, self.metrics, self.as_json, self.clock = app, metrics, as_json, clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if GIVEN_ID.match(given) else uuid.uuid4().hex
        started, status = self.clock(), 500

        async def answer(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []),
                                      (b"x-request-id", request_id.encode())]  # fmt: skip
            await send(message)

        try:
            await self.app(scope, receive, answer)
        finally:
            seconds = self.clock() - started
            route = ID_IN_PATH.sub("/{id}", scope["path"])
            self.metrics.observe(scope["method"], route, status, seconds)
            client = scope.get("client") or ("?", 0)
            self._log(
                {
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": route,
                    "status": status,
                    "ms": round(seconds * 1000, 1),
                    "client": client[0],
                }
            )

    def _log(self, fields: dict[str, Any]) -> None:
        if not LOG.isEnabledFor(logging.INFO):
            return
        if self.as_json:
            LOG.info(json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **fields}))
        else:
            LOG.info(" ".join(f"{k}={v}" for k, v in fields.items()))
