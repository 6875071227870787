"""The sync client against the server in-process: enrol, push, pull, merge, resume."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from conftest import Hub, in_process
from sqlalchemy import text
from sync_helpers import interview

from app.errors import RecordNotFound
from app.store import Key, Store
from survey_forms.model import Form, Question
from sync.client.device import SyncError, login, logout, synchronise
from sync.wire.merge import CONFLICTS


def sync(hub: Hub, device: Store, **kw: object) -> object:
    return synchronise(device, hub.http(), **kw)  # type: ignore[arg-type]


def test_enrol_push_and_nothing_twice(hub: Hub) -> None:
    jo = hub.device("jo")
    ids = [interview(jo, {"street": f"Rue {i}", "size": i}) for i in range(7)]
    steps: list[tuple[str, int, int]] = []
    summary = synchronise(jo, hub.http(), progress=lambda *a: steps.append(a), batch_size=3)
    assert (summary.sent, summary.duplicates, summary.refused) == (7, 0, [])
    assert jo.outbox.pending_count() == 0
    assert hub.store.count("submission") == 7
    assert hub.store.submission(ids[3])["answers"] == {"street": "Rue 3", "size": 3}  # type: ignore[index]
    assert ("envoi", 7, 7) in steps
    again = synchronise(jo, hub.http())
    assert (again.sent, again.received) == (0, 0)


def test_a_malformed_outbox_entry_stays_behind_and_the_others_go(hub: Hub) -> None:
    """The server refuses a body with a malformed change (422): the laptop then checks each
    change of it, sends the others again, and keeps the malformed one pending, said refused."""
    jo = hub.device("jo")
    ids = [interview(jo, {"street": f"Rue {i}", "size": i}) for i in range(5)]
    with jo.engine.begin() as conn:
        broken = conn.scalar(text("SELECT change_id FROM outbox WHERE entity_id = :id"),
                             {"id": ids[2]})  # fmt: skip
        conn.execute(text("UPDATE outbox SET payload = json_set(payload, '$.created_at', 5)"
                          " WHERE change_id = :c"), {"c": broken})  # fmt: skip
    summary = synchronise(jo, hub.http(), batch_size=3)
    assert (summary.sent, summary.refused) == (4, [(broken, "invalid")])
    assert hub.store.count("submission") == 4
    assert [e.change_id for e in jo.outbox.pending(limit=10)] == [broken]


def test_two_devices_merge_conflict_resolution_and_converge(hub: Hub) -> None:
    jo, ana = hub.device("jo"), hub.device("ana")
    item = jo.inventory.save(hub.nid, {"name": "Potager", "status": "actif", "hours": "sam"})
    sync(hub, jo)
    sync(hub, ana)
    seen = ana.inventory.get(item.id)
    assert (seen.version, seen.data["name"]) == (1, "Potager")
    # parallel edits from version 1: different fields, then the same field
    jo.inventory.save(hub.nid, seen.data | {"status": "en pause"}, item_id=item.id, base_version=1)
    ana.inventory.save(
        hub.nid, seen.data | {"hours": "dim", "status": "fermé"}, item_id=item.id, base_version=1
    )
    first, second = synchronise(jo, hub.http()), synchronise(ana, hub.http())
    assert (first.conflicts, second.conflicts) == (0, 1)
    sync(hub, jo)
    for device in (jo, ana):
        state = device.inventory.get(item.id)
        assert state.data["hours"] == "dim" and state.data["status"] == "en pause"
        [conflict] = state.data[CONFLICTS]
        assert (conflict["field"], conflict["incoming"]) == ("status", "fermé")
    resolved = hub.coach().post(
        f"/api/v1/inventory/{item.id}/resolve",
        json={"change_id": "6f1c1f0e-1111-4c2b-9d2e-0c6a2a7d1a11", "values": {"status": "fermé"}},
    )
    assert resolved.json()["outcome"] == "resolved"
    sync(hub, jo)
    sync(hub, ana)
    server = hub.store.inventory_item(item.id)
    assert server is not None
    for device in (jo, ana):
        state = device.inventory.get(item.id)
        assert state.version == server["version"]
        assert (
            state.data == server["data"] == {"name": "Potager", "status": "fermé", "hours": "dim"}
        )


def test_a_deletion_reaches_the_other_device(hub: Hub) -> None:
    jo, ana = hub.device("jo"), hub.device("ana")
    item = jo.inventory.save(hub.nid, {"name": "Boîte à dons"})
    sync(hub, jo)
    sync(hub, ana)
    ana.inventory.save(hub.nid, item.data, item_id=item.id, base_version=1, deleted=True)
    sync(hub, ana)
    sync(hub, jo)
    assert jo.inventory.get(item.id).deleted


def test_erasure_reaches_the_device(hub: Hub) -> None:
    jo = hub.device("jo")
    sid = interview(jo, {"street": "Rue Haute", "size": 1})
    sync(hub, jo)
    assert hub.coach().post(f"/api/v1/submissions/{sid}/erase").status_code == 200
    sync(hub, jo)
    with pytest.raises(RecordNotFound):
        jo.submissions.get(sid)


class CutAfter(httpx.BaseTransport):
    """Lets `n` requests through, then the network is gone."""

    def __init__(self, inner: httpx.BaseTransport, n: int) -> None:
        self.inner, self.left = inner, n

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.left -= 1
        if self.left < 0:
            raise httpx.ConnectError("réseau coupé", request=request)
        return self.inner.handle_request(request)


def test_an_interrupted_sync_resumes_and_resends_at_most_one_batch(hub: Hub) -> None:
    jo = hub.device("jo")
    for i in range(10):
        interview(jo, {"street": "Rue Blaes", "size": i})
    cut = hub.http(CutAfter(in_process(hub.app), 2))  # two batches of 4 get through
    with pytest.raises(SyncError) as error:
        synchronise(jo, cut, batch_size=4)
    assert "injoignable" in str(error.value)
    assert jo.outbox.pending_count() == 2
    summary = sync(hub, jo, batch_size=4)
    assert summary.sent == 2  # type: ignore[attr-defined]
    assert hub.store.count("submission") == 10


def test_a_revoked_device_is_refused_at_once(hub: Hub) -> None:
    jo = hub.device("jo")
    device_id = jo.settings.get(Key.ENROLLED_DEVICE)
    assert hub.coach().delete(f"/api/v1/devices/{device_id}").status_code == 204
    with pytest.raises(SyncError) as error:
        sync(hub, jo)
    assert error.value.key == "sync.unauthorized"


def test_a_coach_session_expires_and_closes_here_and_on_the_server(hub: Hub) -> None:
    coach = hub.device("coach")
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    token = coach.settings.get(Key.COACH_TOKEN)
    assert token and coach.settings.get(Key.COACH_NAME) == "claire"
    hub.store.logout(str(token))  # the server ends it (expiry, revocation)
    assert sync(hub, coach).coach_session_expired  # type: ignore[attr-defined]
    assert coach.settings.get(Key.COACH_TOKEN) is None
    assert coach.settings.get(Key.COACH_NAME) == "claire"  # whose session it was
    assert not sync(hub, coach).coach_session_expired  # type: ignore[attr-defined]

    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    token = coach.settings.get(Key.COACH_TOKEN)
    assert logout(coach, hub.http())
    assert coach.settings.get(Key.COACH_TOKEN) is coach.settings.get(Key.COACH_NAME) is None
    heard = hub.http().get("/api/v1/changes", headers={"Authorization": f"Bearer {token}"})
    assert heard.status_code == 401  # the server forgot it too

    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    assert not logout(coach, httpx.Client(base_url="http://127.0.0.1:9", timeout=2))
    assert coach.settings.get(Key.COACH_TOKEN) is None  # forgotten here all the same
    assert not logout(coach, hub.http())  # nothing left to close


def test_an_unreachable_server_is_said_in_french_first(hub: Hub, tmp_path) -> None:
    jo = hub.device("jo")
    interview(jo)
    with pytest.raises(SyncError) as error:
        synchronise(jo, httpx.Client(base_url="http://127.0.0.1:9", timeout=2))
    assert str(error.value).startswith("Le serveur http://127.0.0.1:9 est injoignable")
    assert jo.outbox.pending_count() == 1


def test_attachments_are_sent_once(hub: Hub) -> None:
    jo = hub.device("jo")
    sha = jo.attachments.add(b"photo du potager", "image/jpeg")
    assert sync(hub, jo).attachments == 1  # type: ignore[attr-defined]
    assert sync(hub, jo).attachments == 0  # type: ignore[attr-defined]
    assert hub.store.get_attachment(sha) == (b"photo du potager", "image/jpeg")
    assert hashlib.sha256(b"photo du potager").hexdigest() == sha
    assert jo.settings.get(Key.CURSOR) is not None


def test_forms_come_down_once(hub: Hub) -> None:
    form = Form(
        form_id="inventaire",
        version="2",
        title={"fr": "Inventaire", "nl": "Inventaris", "en": "Inventory"},
        children=[Question("name", "text")],
    )
    hub.store.put_form(form.form_id, "2", form.to_dict())
    jo = hub.device("jo")
    assert sync(hub, jo).forms == 1  # type: ignore[attr-defined]
    assert sync(hub, jo).forms == 0  # type: ignore[attr-defined]
    assert jo.forms.get("inventaire", "2").title["nl"] == "Inventaris"
