"""The server store's contract, run against SQLite on disk and a real PostgreSQL (the
`server_store` fixture is parametrized over both backends)."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update
from sync_helpers import inventory_change, submission_change

from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.errors import ServerError
from sync.server.store import ServerStore
from sync.wire.merge import CONFLICTS
from sync.wire.protocol import Resolution


@pytest.fixture
def nid(server_store: ServerStore) -> str:
    return server_store.add_neighbourhood("Marolles")


@pytest.fixture
def coach(server_store: ServerStore, nid: str) -> Principal:
    server_store.create_account("claire", "mot-de-passe-solide", "coach", [nid])
    token = server_store.login("claire", "mot-de-passe-solide")
    assert token
    principal = server_store.principal(token)
    assert principal
    return principal


def device(store: ServerStore, nid: str, coach: Principal) -> str:
    code = store.create_enrolment_code(nid, coach.id)
    return store.enrol(code.code, "portable").device_id


def item_state(store: ServerStore, item_id: str) -> dict:
    row = store.inventory_item(item_id)
    assert row is not None
    return row


# -- idempotent push ---------------------------------------------------------------------


def test_push_is_idempotent_and_refuses_a_reused_id(server_store: ServerStore, nid: str) -> None:
    change = submission_change()
    first = server_store.push([change], nid, None)
    again = server_store.push([change, change], nid, None)
    other = submission_change(
        {"street": "Rue Blaes"}, sid=change.entity_id, change_id=change.change_id
    )
    refused = server_store.push([other], nid, None)
    assert [r.status for r in first] == ["accepted"]
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert refused[0].status == "refused" and refused[0].reason == "change_id_reused"
    assert server_store.count("submission") == 1
    assert server_store.count("feed") == 1
    [entry] = server_store.pull([nid], 0).changes
    assert entry.payload == change.payload | {"erased": False}


def test_same_submission_twice_in_one_batch_is_stored_once(
    server_store: ServerStore, nid: str
) -> None:
    change = submission_change()
    results = server_store.push([change, change], nid, None)
    assert [r.status for r in results] == ["accepted", "duplicate"]
    assert server_store.count("submission") == 1


def test_a_submission_id_cannot_be_reused_for_other_answers(
    server_store: ServerStore, nid: str
) -> None:
    change = submission_change()
    server_store.push([change], nid, None)
    other = submission_change({"street": "ailleurs"}, sid=change.entity_id)
    assert server_store.push([other], nid, None)[0].reason == "submission_exists"


def test_corrections_keep_the_chain(server_store: ServerStore, nid: str) -> None:
    first = submission_change()
    fix = submission_change({"street": "Rue Haute", "size": 4}, replaces_id=first.entity_id)
    server_store.push([first, fix], nid, None)
    stored = server_store.submission(fix.entity_id)
    assert stored and stored["replaces_id"] == first.entity_id
    assert server_store.submission(first.entity_id)["answers"]["size"] == 3  # type: ignore[index]


# -- inventory merge ---------------------------------------------------------------------


def test_fast_forward_then_parallel_update_then_conflict_then_resolution(
    server_store: ServerStore, nid: str, coach: Principal
) -> None:
    a, b = device(server_store, nid, coach), device(server_store, nid, coach)
    iid = str(uuid.uuid4())
    base = {"name": "Potager", "status": "actif"}
    assert server_store.push([inventory_change(iid, base, 0)], nid, a)[0].outcome == "created"
    ff = server_store.push([inventory_change(iid, base | {"status": "en pause"}, 1)], nid, a)
    assert ff[0].outcome == "applied"
    # b still edits from version 1: another field -> merged, flagged parallel update
    par = server_store.push(
        [inventory_change(iid, base | {"name": "Potager des Marolles"}, 1)], nid, b
    )
    assert par[0].outcome == "parallel_update"
    assert item_state(server_store, iid)["data"] == {
        "name": "Potager des Marolles",
        "status": "en pause",
    }
    # b edits from version 1 again: the field a changed, to another value -> conflict
    con = server_store.push([inventory_change(iid, base | {"status": "fermé"}, 1)], nid, b)
    assert con[0].outcome == "conflict"
    state = item_state(server_store, iid)
    assert state["data"]["status"] == "en pause"  # nothing overwritten
    [conflict] = state["conflicts"]
    assert (conflict["field"], conflict["base"], conflict["current"], conflict["incoming"]) == (
        "status",
        "actif",
        "en pause",
        "fermé",
    )
    resolution = Resolution(change_id=uuid.uuid4(), values={"status": "fermé"})
    assert server_store.resolve(iid, resolution, coach).outcome == "resolved"
    assert server_store.resolve(iid, resolution, coach).status == "duplicate"
    state = item_state(server_store, iid)
    assert state["data"]["status"] == "fermé" and state["conflicts"] == []
    feed = server_store.pull([nid], 0).changes
    assert [e.payload["outcome"] for e in feed] == [
        "created",
        "applied",
        "parallel_update",
        "conflict",
        "resolved",
    ]
    assert CONFLICTS in feed[3].payload["data"]


def test_a_resolution_may_only_name_conflicting_fields(
    server_store: ServerStore, nid: str, coach: Principal
) -> None:
    iid = str(uuid.uuid4())
    server_store.push([inventory_change(iid, {"name": "x"}, 0)], nid, None)
    with pytest.raises(ServerError) as error:
        server_store.resolve(iid, Resolution(change_id=uuid.uuid4(), values={"name": "y"}), coach)
    assert error.value.status == 400


def test_two_edits_before_a_sync_use_the_devices_own_base(
    server_store: ServerStore, nid: str, coach: Principal
) -> None:
    a, b = device(server_store, nid, coach), device(server_store, nid, coach)
    iid = str(uuid.uuid4())
    v1 = {"name": "Repair café", "hours": "sam", "phone": "02"}
    server_store.push([inventory_change(iid, v1, 0)], nid, a)
    # b changes the phone first (server v2); a made two local edits from v1 (local v2, v3)
    server_store.push([inventory_change(iid, v1 | {"phone": "03"}, 1)], nid, b)
    x = v1 | {"hours": "dim"}
    y = x | {"name": "Repair café Blaes"}
    results = server_store.push([inventory_change(iid, x, 1), inventory_change(iid, y, 2)], nid, a)
    assert [r.outcome for r in results] == ["parallel_update", "parallel_update"]
    assert item_state(server_store, iid)["data"] == {
        "name": "Repair café Blaes",
        "hours": "dim",
        "phone": "03",
    }


def test_deletion_is_a_tombstone_in_the_feed(server_store: ServerStore, nid: str) -> None:
    iid = str(uuid.uuid4())
    server_store.push([inventory_change(iid, {"name": "Boîte à dons"}, 0)], nid, None)
    server_store.push([inventory_change(iid, {"name": "Boîte à dons"}, 1, deleted=True)], nid, None)
    assert item_state(server_store, iid)["deleted"] is True
    assert server_store.pull([nid], 0).changes[-1].payload["deleted"] is True


def test_an_item_of_another_neighbourhood_is_refused(server_store: ServerStore, nid: str) -> None:
    other = server_store.add_neighbourhood("Anneessens")
    iid = str(uuid.uuid4())
    server_store.push([inventory_change(iid, {"name": "x"}, 0)], nid, None)
    result = server_store.push([inventory_change(iid, {"name": "y"}, 1)], other, None)
    assert (result[0].status, result[0].reason) == ("refused", "forbidden")


# -- the feed ----------------------------------------------------------------------------


def test_pull_pages_and_devices_see_no_submissions(server_store: ServerStore, nid: str) -> None:
    server_store.push([submission_change() for _ in range(5)], nid, None)
    iid = str(uuid.uuid4())
    server_store.push([inventory_change(iid, {"name": "x"}, 0)], nid, None)
    first = server_store.pull([nid], 0, limit=4)
    assert (len(first.changes), first.more, first.next_cursor) == (4, True, 4)
    rest = server_store.pull([nid], first.next_cursor, limit=4)
    assert (len(rest.changes), rest.more, rest.next_cursor) == (2, False, 6)
    device_view = server_store.pull([nid], 0, entities=("inventory", "erasure"))
    assert [e.entity for e in device_view.changes] == ["inventory"]
    assert server_store.pull([nid], device_view.next_cursor).changes == []
    other = server_store.add_neighbourhood("Anneessens")
    assert server_store.pull([other], 0).changes == []


def test_concurrent_pushes_never_let_a_reader_skip_a_change(
    server_store: ServerStore, nid: str
) -> None:
    writers, per_writer, batch = 4, 6, 5
    seen: list[int] = []
    done = threading.Event()

    def write() -> None:
        for _ in range(per_writer):
            server_store.push([submission_change() for _ in range(batch)], nid, None)

    def read() -> None:
        cursor = 0
        while True:
            finished = done.is_set()
            page = server_store.pull([nid], cursor, limit=7)
            seen.extend(e.seq for e in page.changes)
            cursor = page.next_cursor
            if finished and not page.more:
                return

    reader = threading.Thread(target=read)
    threads = [threading.Thread(target=write) for _ in range(writers)]
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    reader.join()
    total = writers * per_writer * batch
    assert seen == list(range(1, total + 1))


def test_the_same_push_sent_twice_at_once_is_kept_once(server_store: ServerStore, nid: str) -> None:
    """A laptop that gave up waiting resends its batch while the first is still being
    written: both are acknowledged, the interviews are stored and numbered once."""
    for _ in range(5):
        batch = [submission_change() for _ in range(20)]
        ready = threading.Barrier(3)
        answers: list[list[str]] = []

        def send(
            batch: list = batch, ready: threading.Barrier = ready, into: list = answers
        ) -> None:
            ready.wait()
            into.append([r.status for r in server_store.push(batch, nid, None)])

        threads = [threading.Thread(target=send) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(a[0] for a in answers) == ["accepted", "duplicate", "duplicate"]
        assert all(len(set(a)) == 1 for a in answers)
    entries = server_store.pull([nid], 0, limit=500).changes
    assert [e.seq for e in entries] == list(range(1, 101))
    assert len({e.entity_id for e in entries}) == 100 == server_store.count("submission")


# -- accounts, enrolment, devices, sessions ----------------------------------------------


def test_login_checks_the_password(server_store: ServerStore, nid: str, coach: Principal) -> None:
    assert coach.role == "coach" and coach.neighbourhood_ids == {nid}
    assert server_store.login("claire", "mauvais") is None
    assert server_store.login("personne", "x") is None
    assert "mot-de-passe" not in str(server_store.audit_log())


def test_a_session_can_be_ended(server_store: ServerStore, coach: Principal) -> None:
    token = server_store.login("claire", "mot-de-passe-solide")
    assert token and server_store.principal(token)
    server_store.logout(token)
    assert server_store.principal(token) is None


def test_enrolment_codes_are_single_use_expiring_and_revocable(
    server_store: ServerStore, nid: str, coach: Principal
) -> None:
    single = server_store.create_enrolment_code(nid, coach.id, uses=1)
    enrolled = server_store.enrol(single.code.lower(), "portable de Jo")
    assert enrolled.neighbourhood_name == "Marolles"
    with pytest.raises(ServerError):
        server_store.enrol(single.code)
    multi = server_store.create_enrolment_code(nid, coach.id, uses=None)
    for _ in range(3):
        server_store.enrol(multi.code)
    server_store.revoke_enrolment_code(multi.id, coach.name)
    with pytest.raises(ServerError):
        server_store.enrol(multi.code)
    old = server_store.create_enrolment_code(nid, coach.id)
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    with server_store.engine.begin() as conn:
        conn.execute(
            update(t.enrolment_code).where(t.enrolment_code.c.id == old.id).values(expires_at=past)
        )
    with pytest.raises(ServerError):
        server_store.enrol(old.code)


def test_a_revoked_device_token_stops_working_at_once(
    server_store: ServerStore, nid: str, coach: Principal
) -> None:
    code = server_store.create_enrolment_code(nid, coach.id)
    enrolled = server_store.enrol(code.code)
    principal = server_store.principal(enrolled.token)
    assert principal and principal.kind == "device" and principal.may_see(nid)
    server_store.revoke_device(enrolled.device_id, coach.name)
    assert server_store.principal(enrolled.token) is None
    assert server_store.device(enrolled.device_id)["revoked_at"]  # type: ignore[index]
    assert server_store.device(enrolled.device_id)["token_hash"] != enrolled.token  # type: ignore[index]


# -- attachments, forms, erasure ---------------------------------------------------------


def test_attachments_are_verified_and_kept_once(server_store: ServerStore) -> None:
    import hashlib

    content = b"\x89PNG photo"
    sha = hashlib.sha256(content).hexdigest()
    assert server_store.missing_attachments([sha]) == [sha]
    with pytest.raises(ServerError):
        server_store.put_attachment(sha, b"other", "image/png")
    assert server_store.put_attachment(sha, content, "image/png") is True
    assert server_store.put_attachment(sha, content, "image/png") is False
    assert server_store.get_attachment(sha) == (content, "image/png")
    assert server_store.missing_attachments([sha]) == []


def test_forms_are_kept_by_version(server_store: ServerStore) -> None:
    server_store.put_form("porte_a_porte", "1", {"title": "v1"})
    server_store.put_form("porte_a_porte", "1", {"title": "v1 bis"})
    server_store.put_form("porte_a_porte", "2", {"title": "v2"})
    assert server_store.forms() == [
        {"form_id": "porte_a_porte", "version": "1"},
        {"form_id": "porte_a_porte", "version": "2"},
    ]
    assert server_store.form_definition("porte_a_porte", "1") == {"title": "v1 bis"}
    assert server_store.form_definition("porte_a_porte", "3") is None


def test_erasure_reaches_every_version_and_the_feed(
    server_store: ServerStore, nid: str, coach: Principal
) -> None:
    first = submission_change({"name": "Mme Dupont"})
    fix = submission_change({"name": "Mme Dupond"}, replaces_id=first.entity_id)
    server_store.push([first, fix], nid, None)
    erased = server_store.erase_submission(first.entity_id, coach)
    assert erased == [first.entity_id, fix.entity_id]
    assert server_store.submission(fix.entity_id)["answers"] == {}  # type: ignore[index]
    feed = server_store.pull([nid], 0).changes
    assert "Dupon" not in str([e.payload for e in feed])
    assert feed[-1].entity == "erasure" and feed[-1].payload["submission_ids"] == erased
