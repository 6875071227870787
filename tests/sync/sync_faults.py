"""An httpx transport that misbehaves on purpose, for the fault-injection tests."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

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


class CuttingProxy:
    """A TCP relay on loopback in front of a real server that closes the connection in the
    middle of the answer to the `page`-th `GET .../changes`: the laptop has the status line,
    the headers and `keep` bytes of the body, then the socket closes, as when a café's Wi-Fi drops.

    HTTP/1.1 without pipelining (httpx's way): a client sends its next request only once it
    has read the previous answer whole, so every byte the server sends after that request is
    its answer."""

    def __init__(self, upstream: tuple[str, int], page: int, keep: int = 40) -> None:
        self.upstream, self.page, self.keep = upstream, page, keep
        self.cut = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.address = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            state = {"cutting": False}
            threading.Thread(target=self._up, args=(client, server, state), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client, state), daemon=True).start()

    def _up(self, client: socket.socket, server: socket.socket, state: dict[str, Any]) -> None:
        while data := _recv(client):
            if b"GET /api/v1/changes" in data:
                with self._lock:
                    self.page -= 1
                    state["cutting"] = self.page == 0
            _send(server, data)
        _shut(server)

    def _down(self, server: socket.socket, client: socket.socket, state: dict[str, Any]) -> None:
        answer = b""
        while data := _recv(server):
            if not state["cutting"]:
                _send(client, data)
                continue
            answer += data
            end = answer.find(b"\r\n\r\n")
            if end >= 0 and len(answer) > end + 4 + self.keep:
                _send(client, answer[: end + 4 + self.keep])  # the headers, part of the body
                self.cut.set()
                break
        _shut(client)
        _shut(server)


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _send(sock: socket.socket, data: bytes) -> None:
    with contextlib.suppress(OSError):
        sock.sendall(data)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
