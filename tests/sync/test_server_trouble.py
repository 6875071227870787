"""A server in trouble (its database damaged, a proxy answering 502) is said as such on the
laptop, in the three languages, and nothing waiting to be sent is lost."""

from __future__ import annotations

import pytest
from conftest import Hub
from sync_helpers import interview

from sync.client.device import SyncError, synchronise


def test_a_damaged_server_database_is_said_and_the_interview_waits(hub: Hub) -> None:
    jo = hub.device("jo")
    synchronise(jo, hub.http())
    interview(jo)
    hub.store.engine.dispose()
    (hub.tmp / "server.sqlite").write_bytes(b"pas une base SQLite " * 400)
    with pytest.raises(SyncError) as raised:
        synchronise(jo, hub.http())
    refused = raised.value
    assert refused.key == "sync.server_unavailable" and refused.params["status"] == 503
    assert "ne peut pas répondre pour le moment (HTTP 503)" in refused.text("fr")
    assert "kan nu niet antwoorden" in refused.text("nl")
    assert "cannot answer right now" in refused.text("en")
    assert jo.outbox.pending_count() == 1  # nothing was taken off the outbox
