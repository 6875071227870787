"""No request body ever makes the server fail (issue 12): generated bodies — valid messages
with one part replaced by anything JSON can say (lone surrogates, NaN, huge integers, deep
nesting, long text) or by raw bytes — sent to every route that takes a body, as the roles
that may call it. Any answer below 500 is fine; a 500 (or an exception) is a finding."""

from __future__ import annotations

import hashlib
import json
import uuid
import warnings
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import submission_change

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from sync.server.api import create_app
from sync.server.store import ServerStore

text = st.text(
    st.characters(codec=None) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
)
leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.floats()
    | text
    | st.sampled_from(["", "x" * 25_000, str(uuid.uuid4()), "A" * 64, "2026-03-01"])
)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=12,
) | st.integers(0, 400).map(lambda depth: _nested(depth))


def _nested(depth: int) -> Any:
    value: Any = "fond"
    for _ in range(depth):
        value = [value] if depth % 2 else {"k": value}
    return value


def _templates(nid: str) -> dict[tuple[str, str, str], Any]:
    """(method, path, role) -> a valid body for that route."""
    change = submission_change().model_dump(mode="json")
    inventory = {
        "change_id": str(uuid.uuid4()),
        "entity": "inventory",
        "entity_id": "item-1",
        "payload": {
            "item_id": "item-1",
            "neighbourhood_id": nid,
            "base_version": 0,
            "data": {"name": "Potager"},
            "changed_fields": ["name"],
            "created_at": "2026-11-22T09:00:00.000Z",
        },
    }
    campaign = {
        "neighbourhood_id": nid,
        "name": "Diagnostic",
        "starts_on": "2027-03-01",
        "ends_on": "2027-03-31",
        "streets": ["Rue Haute"],
        "forms": ["enquete"],
    }
    return {
        ("POST", "/api/v1/login", "anonymous"): {"name": "claire", "password": "faux"},
        ("POST", "/api/v1/enrol", "anonymous"): {"code": "ABCD-1234", "device_name": "pc"},
        ("POST", "/api/v1/push", "device"): {"changes": [change, inventory]},
        ("POST", "/api/v1/attachments/missing", "device"): {"sha256": ["a" * 64]},
        ("POST", "/api/v1/campaigns", "coach"): campaign,
        ("POST", "/api/v1/enrolment-codes", "coach"): {"neighbourhood_id": nid, "uses": 2},
        ("POST", "/api/v1/devices", "coach"): {
            "neighbourhood_id": nid,
            "device_id": str(uuid.uuid4()),
        },
        ("POST", "/api/v1/inventory/item-1/resolve", "coach"): {
            "change_id": str(uuid.uuid4()),
            "values": {"name": "Jardin"},
        },
    }


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a body (the body itself included) where a value can be replaced."""
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*at, index))
    return found


def _replaced(body: Any, at: tuple[Any, ...], new: Any) -> Any:
    if not at:
        return new
    copy = json.loads(json.dumps(body))
    node = copy
    for step in at[:-1]:
        node = node[step]
    node[at[-1]] = new
    return copy


def test_no_request_body_breaks_the_server(tmp_path: Path) -> None:
    store = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    nid = store.add_neighbourhood("Marolles")
    coach = store.create_account("claire", "secret-123", "coach", [nid])
    tokens = {
        "coach": store.login("claire", "secret-123"),
        "device": store.enrol(store.create_enrolment_code(nid, coach, uses=None).code).token,
        "anonymous": None,
    }
    transport = TestClient(create_app(store), raise_server_exceptions=False)._transport
    http = httpx.Client(base_url="http://testserver", transport=transport)
    templates = _templates(nid)
    routes = sorted(templates)

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        route=st.sampled_from(routes),
        choice=st.integers(min_value=0),
        new=values,
        raw=st.none() | st.binary(max_size=200),
    )
    def one_request(route: tuple[str, str, str], choice: int, new: Any, raw: bytes | None) -> None:
        method, path, role = route
        body = templates[route]
        places = _paths(body)
        content = (
            raw
            if raw is not None
            else json.dumps(_replaced(body, places[choice % len(places)], new)).encode()
        )
        headers = {"Content-Type": "application/json"}
        if tokens[role]:
            headers["Authorization"] = f"Bearer {tokens[role]}"
        answer = http.request(method, path, content=content, headers=headers)
        assert answer.status_code < 500, (method, path, content[:300], answer.text[:300])

    one_request()

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(content=st.binary(max_size=64), upper=st.booleans(), twice=st.booleans())
    def one_attachment(content: bytes, upper: bool, twice: bool) -> None:
        sha = hashlib.sha256(content).hexdigest()
        path = f"/api/v1/attachments/{sha.upper() if upper else sha}"
        headers = {"Authorization": f"Bearer {tokens['device']}"}
        for _ in range(2 if twice else 1):
            answer = http.put(path, content=content, headers=headers)
            assert answer.status_code < 500, (path, answer.text[:300])

    one_attachment()
    store.close()
