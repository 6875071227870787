"""An httpx transport that misbehaves on purpose, for the fault-injection tests."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

import httpx


class Killed(BaseException):
    """The device's process dies here (not an Exception: nothing in the client catches it)."""


class FaultyTransport(httpx.BaseTransport):
    """Wraps the real transport. Per request, at random: the request is lost; the server
    commits but the answer is lost; the request arrives twice; the request is held back and
    delivered later, after newer ones (reordering); the server restarts before it; the
    device is killed after the server committed. `faults` counts what happened."""

    KINDS = ("drop_request", "drop_response", "twice", "delay", "restart", "kill")

    def __init__(
        self,
        inner: Callable[[], httpx.BaseTransport],
        rng: random.Random,
        rate: float = 0.3,
        restart: Callable[[], None] | None = None,
    ) -> None:
        self.inner, self.rng, self.rate, self.restart = inner, rng, rate, restart
        self.faults: Counter[str] = Counter()
        self.held: list[httpx.Request] = []

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self.inner().handle_request(request)
        response.read()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.held and self.rng.random() < 0.5:
            self._send(self.held.pop(0))  # a stale copy arrives late; nobody reads its answer
        if self.rng.random() >= self.rate:
            return self._send(request)
        kind = self.rng.choice(self.KINDS)
        if kind == "restart" and self.restart is None:
            kind = "drop_request"
        self.faults[kind] += 1
        if kind == "drop_request":
            raise httpx.ConnectError("requête perdue", request=request)
        if kind == "delay":
            self.held.append(_copy(request))
            raise httpx.ReadTimeout("réponse trop lente", request=request)
        if kind == "restart":
            assert self.restart is not None
            self.restart()
            return self._send(request)
        self._send(request)
        if kind == "twice":
            return self._send(_copy(request))
        if kind == "kill":
            raise Killed
        raise httpx.ReadError("réponse perdue", request=request)


def _copy(request: httpx.Request) -> httpx.Request:
    return httpx.Request(
        request.method, request.url, headers=request.headers, content=request.read()
    )


class CutPull(httpx.BaseTransport):
    """Lets every request through except the `page`-th page of a pull (`GET .../changes`): the
    server answers it, and the answer is lost on the way, as when a café's Wi-Fi drops."""

    def __init__(self, inner: httpx.BaseTransport, page: int) -> None:
        self.inner, self.page = inner, page

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and request.url.path.endswith("/changes"):
            self.page -= 1
            if self.page == 0:
                raise httpx.ReadError("réception coupée", request=request)
        return response
