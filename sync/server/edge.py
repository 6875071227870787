"""The server's edge: request bodies bounded before they are read whole, and refusals that
never echo what was refused (a lone surrogate or a NaN in the echo made the refusal itself
fail with 500)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.errors import ServerError
from sync.wire.limits import body_limit


def bound_requests(app: FastAPI) -> None:
    """Bodies bounded by route (`sync.wire.limits.BODY_LIMITS`), and invalid requests
    answered with where and why, without their content."""
    app.add_middleware(BodyLimit)
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]


class BodyLimit:
    """Reads a request's body up to its route's limit and hands it on; a larger one (as
    declared, or as it arrives) is answered 413 and the rest is never read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _too_large(limit)(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _too_large(limit)(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body: list[bytes] = [b"".join(chunks)]

        async def replay() -> Message:
            if body:
                return {"type": "http.request", "body": body.pop(), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _too_large(limit: int) -> JSONResponse:
    error = ServerError("sync.too_large", 413, limit=limit)
    return JSONResponse({"detail": str(error), "key": error.key}, error.status)


def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
    """422 with each problem's place, kind and message (FastAPI's answer less the input it
    echoes, which may be 10 MB, or text no encoder can write)."""
    detail = [
        {
            "loc": [part if isinstance(part, int) else _printable(part) for part in e["loc"]],
            "msg": _printable(e["msg"]),
            "type": e["type"],
        }
        for e in error.errors()[:20]
    ]
    return JSONResponse({"detail": detail}, 422)


def _printable(value: Any) -> str:
    """At most 200 characters of `value`, a lone surrogate shown as U+FFFD."""
    text = str(value)[:200]
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
