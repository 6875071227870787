"""schemathesis over /openapi.json: generated requests, as a device and as a coach, never
make the server fail (5xx), and every answer matches the schema the server publishes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from sync.server.api import create_app
from sync.server.store import ServerStore

pytestmark = pytest.mark.slow

_store = ServerStore.open(f"sqlite:///{Path(tempfile.mkdtemp()) / 'server.sqlite'}")
_nid = _store.add_neighbourhood("Marolles")
_coach = _store.create_account("claire", "secret-123", "coach", [_nid])
TOKENS = {
    "coach": _store.login("claire", "secret-123"),
    "device": _store.enrol(_store.create_enrolment_code(_nid, _coach, uses=None).code).token,
}
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_store))


@schema.parametrize()
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@pytest.mark.parametrize("role", sorted(TOKENS))
def test_generated_requests_never_break_the_server(case: schemathesis.Case, role: str) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKENS[role]}"},
        checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
    )
