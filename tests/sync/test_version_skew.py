"""A newer laptop and an older server (issue 16): the server states in /health the kinds of
change it accepts; the laptop pushes those, keeps the others pending without sending them,
and says so; once the server accepts the kind, they leave. Over real HTTP on loopback, with a
server that refuses project changes as a server before projects did."""

from __future__ import annotations

from pathlib import Path

import httpx
from click.testing import CliRunner
from conftest import serving
from sync_helpers import interview

from app.store import Store
from quartier.cli import cli
from sync.client.device import connect, enrol, synchronise
from sync.client.kinds import LEGACY_KINDS, accepted_kinds, waiting_text
from sync.server.api import create_app
from sync.server.store import ServerStore

SHEET = {"title": "Composteur de quartier", "theme": "consommer", "stage": "idee"}


def test_changes_of_a_kind_the_server_refuses_wait_and_leave_once_it_accepts(
    tmp_path: Path,
) -> None:
    server = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    nid = server.add_neighbourhood("Marolles")
    laptop = Store.open(tmp_path / "jo.sqlite")
    older = create_app(server, json_log=False, accepts=sorted(LEGACY_KINDS))
    pushed: list[str] = []

    def count(request: httpx.Request) -> None:
        pushed.append(f"{request.method} {request.url.path}")

    try:
        with serving(older) as url:
            assert httpx.get(f"{url}/api/v1/health").json()["accepts"] == sorted(LEGACY_KINDS)
            with connect(url) as http:
                enrol(laptop, http, server.create_enrolment_code(nid, None).code, "jo")
            project = laptop.projects.save(nid, SHEET)
            done = interview(laptop)
            with connect(url) as http:
                http.event_hooks["request"].append(count)
                first = synchronise(laptop, http)
                second = synchronise(laptop, http)
            assert (first.sent, first.refused, first.waiting_kinds) == (1, [], {"project": 1})
            assert server.submission(done) is not None and server.project(project.id) is None
            assert second.waiting_kinds == {"project": 1} and second.sent == 0
            assert pushed.count("POST /api/v1/push") == 1  # the project was never sent
            assert laptop.outbox.pending_count() == 1  # kept, not lost
            assert "fiches projet : 1" in waiting_text(first.waiting_kinds, "fr")
            assert "project sheets: 1" in waiting_text(first.waiting_kinds, "en")
            laptop.close()  # the command line says it too
            said = CliRunner().invoke(cli, ["sync", "--db", str(tmp_path / "jo.sqlite")])
            assert said.exit_code == 0, said.output
            assert "1 modification(s) attendent (fiches projet : 1)" in said.output
            laptop = Store.open(tmp_path / "jo.sqlite")
        with serving(create_app(server, json_log=False)) as url, connect(url) as http:
            upgraded = synchronise(laptop, http)
        assert (upgraded.sent, upgraded.waiting_kinds) == (1, {})
        assert server.project(project.id) is not None and laptop.outbox.pending_count() == 0
    finally:
        laptop.close()
        server.close()


def test_a_push_of_a_refused_kind_is_refused_whole_as_an_older_server_did(
    tmp_path: Path,
) -> None:
    server = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    nid = server.add_neighbourhood("Marolles")
    token = server.enrol(server.create_enrolment_code(nid, None).code, "x", None, None).token
    change = {"change_id": "9c5b94b4-6d6b-4b4e-9f0e-000000000001", "entity": "project",
              "entity_id": "p1", "payload": {"item_id": "p1", "neighbourhood_id": nid,
              "base_version": 0, "data": SHEET, "changed_fields": ["title"],
              "created_at": "2026-12-01T10:00:00.000Z"}}  # fmt: skip
    try:
        with serving(create_app(server, json_log=False, accepts=sorted(LEGACY_KINDS))) as url:
            answer = httpx.post(f"{url}/api/v1/push", json={"changes": [change]},
                                headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        assert answer.status_code == 422 and answer.json()["key"] == "sync.unknown_kind"
        assert "Mettez le serveur à jour" in answer.json()["detail"]
    finally:
        server.close()


def test_a_server_that_states_nothing_accepts_the_kinds_before_projects() -> None:
    assert accepted_kinds({"status": "ok"}) == LEGACY_KINDS
    assert accepted_kinds({"status": "ok", "accepts": "project"}) == LEGACY_KINDS  # garbled
    assert accepted_kinds({"accepts": ["inventory", "project"]}) == {"inventory", "project"}
    assert waiting_text({}) == ""


def test_every_kind_a_laptop_pushes_is_named_to_the_user() -> None:
    from sync.client.kinds import ALL_KINDS

    for lang in ("fr", "nl", "en"):
        said = waiting_text(dict.fromkeys(ALL_KINDS, 1), lang)
        assert f"{len(ALL_KINDS)} " in said and "kind." not in said
