"""Bounded inputs (issue 12, #2): what one volunteer sends cannot stop a neighbourhood's sync.
Payloads are bounded in the protocol models, bodies at the server's edge before they are read
whole, and a feed entry that cannot be served is quarantined instead of failing every page."""

from __future__ import annotations

import asyncio
import json
import uuid
import warnings
from typing import Any

import httpx
import pytest
from conftest import Hub
from sync_helpers import interview, submission_change

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sync.client.device import synchronise
from sync.server.edge import BodyLimit
from sync.server.store import ServerStore
from sync.wire.limits import MAX_BODY, MAX_TEXT, MiB, body_limit
from sync.wire.protocol import Change

API = "/api/v1"


def raw(hub: Hub) -> httpx.Client:
    """HTTP into the server in-process, a server failure seen as the 500 a laptop would get."""
    transport = TestClient(hub.app, raise_server_exceptions=False)._transport
    return httpx.Client(base_url="http://testserver", transport=transport)


def device_token(hub: Hub) -> str:
    return hub.store.enrol(hub.code()).token


def nested(depth: int) -> Any:
    value: Any = "fond"
    for _ in range(depth):
        value = [value]
    return value


def push_body(answers: dict[str, Any]) -> dict[str, Any]:
    change = submission_change({"street": "Rue Haute"}).model_dump(mode="json")
    change["payload"]["answers"] = answers
    return {"changes": [change]}


def send(http: httpx.Client, path: str, body: Any, token: str | None = None) -> httpx.Response:
    """`body` as JSON text exactly (NaN and lone surrogates included, as an attacker sends)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return http.post(f"{API}{path}", content=content, headers=headers)


def coach_pull(hub: Hub, http: httpx.Client, since: int = 0) -> httpx.Response:
    params: dict[str, Any] = {"neighbourhood_id": hub.nid, "since": since}
    headers = {"Authorization": f"Bearer {hub.coach_token}"}
    return http.get(f"{API}/changes", params=params, headers=headers)


def test_a_push_nested_254_levels_deep_is_refused_and_the_feed_keeps_serving(hub: Hub) -> None:
    http, token = raw(hub), device_token(hub)
    answer = send(http, "/push", push_body({"street": nested(254)}), token)
    assert answer.status_code == 422
    assert "nested deeper" in answer.text
    fine = send(http, "/push", push_body({"street": nested(10)}), token)
    assert fine.json()["results"][0]["status"] == "accepted"
    page = coach_pull(hub, http)
    assert page.status_code == 200 and len(page.json()["changes"]) == 1


def test_a_feed_entry_that_cannot_be_served_is_quarantined_never_blocks_a_cursor(
    hub: Hub,
) -> None:
    """An interview kept before the bounds existed (stored here without the model's checks,
    as an older server accepted it) is left out of every page and reported once."""
    deep = submission_change({"street": "Rue Haute"})
    kept = Change.model_construct(
        change_id=deep.change_id,
        entity="submission",
        entity_id=deep.entity_id,
        payload=deep.payload | {"answers": {"street": nested(254)}},
    )
    hub.store.push([kept], hub.nid, None)
    after = submission_change({"street": "Rue Blaes"})
    hub.store.push([after], hub.nid, None)
    http = raw(hub)
    for _ in range(2):
        page = coach_pull(hub, http)
        assert page.status_code == 200
        body = page.json()
        assert [e["entity_id"] for e in body["changes"]] == [after.entity_id]
        assert (body["next_cursor"], body["more"]) == (2, False)
    [report] = hub.store.quarantined()
    assert report["target"] == "feed 1"
    assert report["detail"]["entity_id"] == deep.entity_id
    assert "nested deeper" in report["detail"]["reason"]


def test_a_quarantined_entry_at_the_end_of_a_full_page_moves_the_cursor(
    server_store: ServerStore,
) -> None:
    nid = server_store.add_neighbourhood("Marolles")
    good = submission_change()
    bad = submission_change()
    kept = Change.model_construct(
        change_id=bad.change_id,
        entity="submission",
        entity_id=bad.entity_id,
        payload=bad.payload | {"answers": {"x": "x" * (MAX_TEXT + 1)}},
    )
    server_store.push([good, kept, submission_change()], nid, None)
    page = server_store.pull([nid], 0, limit=2)
    assert [e.entity_id for e in page.changes] == [good.entity_id]
    assert (page.next_cursor, page.more) == (2, True)
    assert len(server_store.pull([nid], page.next_cursor).changes) == 1


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "\\ud800", "password": "x"}',
        b'{"name": "claire", "password": "\\udfff"}',
    ],
)
def test_a_lone_surrogate_in_a_login_is_refused_not_a_crash(hub: Hub, body: bytes) -> None:
    assert send(raw(hub), "/login", body).status_code == 422


@pytest.mark.parametrize(
    "answers",
    [
        {"street": "\ud800"},
        {"\udc00": "Rue Haute"},
        {"street": float("nan")},
        {"street": float("inf")},
        {"street": 10**40},
        {"street": "x" * (MAX_TEXT + 1)},
        {f"q{i}": i for i in range(1001)},
    ],
    ids=["surrogate", "surrogate key", "nan", "infinity", "huge", "long text", "many keys"],
)
def test_answers_beyond_the_bounds_are_refused_not_a_crash(
    hub: Hub, answers: dict[str, Any]
) -> None:
    answer = send(raw(hub), "/push", push_body(answers), device_token(hub))
    assert answer.status_code == 422
    assert hub.store.count("submission") == 0


@pytest.mark.parametrize(
    ("path", "size"),
    [
        ("/login", MAX_BODY),
        ("/enrol", MAX_BODY),
        ("/push", 10 * MiB),
        (f"/attachments/{'a' * 64}", 20 * MiB),
        ("/attachments/missing", MAX_BODY),
    ],
)
def test_bodies_beyond_their_route_limit_answer_413(hub: Hub, path: str, size: int) -> None:
    assert body_limit(f"{API}{path}") == size
    http, token = raw(hub), device_token(hub)
    headers = {"Authorization": f"Bearer {token}"}
    method = "PUT" if path.startswith("/attachments/a") else "POST"
    too_big = http.request(method, f"{API}{path}", content=b" " * (size + 1), headers=headers)
    assert too_big.status_code == 413
    assert too_big.json()["key"] == "sync.too_large"

    def chunks() -> Any:  # no Content-Length: the limit holds as the body arrives
        for _ in range(size // (1 * MiB) + 2):
            yield b" " * min(1 * MiB, size)

    streamed = http.request(method, f"{API}{path}", content=chunks(), headers=headers)
    assert streamed.status_code == 413


def test_the_edge_stops_reading_at_the_limit() -> None:
    """The middleware itself: a 640 KiB login is not read past its 64 KiB limit, and the
    route never runs."""
    called, read = [], []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        called.append(scope)

    async def receive() -> dict[str, Any]:
        read.append(1)
        return {"type": "http.request", "body": b" " * 1024, "more_body": len(read) < 640}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": f"{API}/login", "headers": []}
    asyncio.run(BodyLimit(app)(scope, receive, send))
    assert sent[0]["status"] == 413
    assert called == [] and len(read) == MAX_BODY // 1024 + 1


def test_a_laptop_pushes_a_batch_larger_than_the_limit_in_several_bodies(hub: Hub) -> None:
    jo = hub.device("jo")
    long = {f"note{i}": "é" * (MAX_TEXT - 10) for i in range(12)}  # 480 KB in UTF-8
    ids = [interview(jo, {"street": f"Rue {n}", **long}) for n in range(25)]  # 12 MB
    summary = synchronise(jo, hub.http())
    assert (summary.sent, summary.refused) == (len(ids), [])
    assert hub.store.count("submission") == len(ids)


def test_an_id_longer_than_the_server_keeps_is_refused_before_the_database(hub: Hub) -> None:
    change = submission_change().model_dump(mode="json")
    change["payload"]["id"] = change["entity_id"] = str(uuid.uuid4()) + "-x"
    answer = send(raw(hub), "/push", {"changes": [change]}, device_token(hub))
    assert answer.status_code == 422


def test_push_bodies_keep_under_the_limit_and_carry_what_orjson_cannot_encode() -> None:
    """Each change is encoded once and its bytes counted as sent: every body stays under the
    limit and says exactly the changes, in order; a lone surrogate (which orjson refuses)
    goes escaped, for the server to refuse with a reason rather than the laptop to crash."""
    from sync.client.device import _body, _within_limit

    changes = [{"n": n, "text": "é" * 300} for n in range(40)]
    changes.append({"n": 40, "text": "\ud800"})
    bodies = [_body(part) for part in _within_limit(changes, 4_000)]
    assert len(bodies) > 1 and all(len(body) <= 4_000 for body in bodies)
    sent = [change for body in bodies for change in json.loads(body)["changes"]]
    assert sent == changes
