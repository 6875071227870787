"""Transition projects' sheets sync like inventory items (issue 16): a sheet made on one
laptop reaches every laptop of the neighbourhood, parallel edits of different fields merge,
the same field changed twice is a conflict a coach resolves, and each version stays in the
history. Another neighbourhood never receives them."""

from __future__ import annotations

import uuid
from typing import Any

from conftest import Hub
from sync_helpers import inventory_change

from app import conflicts
from app.store import Store
from sync.client.device import login, synchronise
from sync.server.store import ServerStore
from sync.wire.merge import CONFLICTS
from sync.wire.protocol import Change

SHEET: dict[str, Any] = {
    "title": "Arbres rue des Capucins",
    "theme": "proteger",
    "stage": "idee",
    "goal": "Planter six arbres",
    "budget": [{"label": "Arbres", "amount": 1800}],
}


def test_a_project_reaches_every_laptop_and_parallel_edits_merge(hub: Hub) -> None:
    jo, ana = hub.device("jo"), hub.device("ana")
    made = jo.projects.save(hub.nid, SHEET)
    summary = synchronise(jo, hub.http())
    assert summary.sent == 1 and summary.refused == []
    server = hub.store.project(made.id)
    assert server is not None and server["data"] == SHEET and server["version"] == 1
    synchronise(ana, hub.http())
    seen = ana.projects.get(made.id)
    assert (seen.title, seen.theme, seen.stage, seen.data) == (
        SHEET["title"], "proteger", "idee", SHEET,
    )  # fmt: skip

    jo.projects.save(hub.nid, SHEET | {"where": "Rue des Capucins"}, project_id=made.id,
                     base_version=1)  # fmt: skip
    ana.projects.save(hub.nid, SHEET | {"stage": "en_preparation"}, project_id=made.id,
                      base_version=1)  # fmt: skip
    synchronise(jo, hub.http())
    assert synchronise(ana, hub.http()).parallel_updates == 1
    synchronise(jo, hub.http())
    merged = SHEET | {"where": "Rue des Capucins", "stage": "en_preparation"}
    for laptop in (jo, ana):
        state = laptop.projects.get(made.id)
        assert (state.version, state.data, state.stage) == (3, merged, "en_preparation")
    assert [c.version for c in jo.projects.history(made.id)] == [1, 2, 3]


def conflicted(hub: Hub) -> tuple[Store, Store, str]:
    jo, coach = hub.device("jo"), hub.device("coach")
    made = jo.projects.save(hub.nid, SHEET)
    synchronise(jo, hub.http())
    synchronise(coach, hub.http())
    jo.projects.save(hub.nid, SHEET | {"goal": "Planter huit arbres"}, project_id=made.id,
                     base_version=1)  # fmt: skip
    coach.projects.save(hub.nid, SHEET | {"goal": "Planter quatre arbres et des bacs"},
                        project_id=made.id, base_version=1)  # fmt: skip
    synchronise(jo, hub.http())
    assert synchronise(coach, hub.http()).conflicts == 1
    return jo, coach, made.id


def test_a_coach_resolves_a_projects_conflict_and_every_laptop_takes_it(hub: Hub) -> None:
    jo, coach, pid = conflicted(hub)
    [conflict] = coach.projects.get(pid).data[CONFLICTS]
    assert conflict["field"] == "goal"
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    resolved = conflicts.resolve_project(coach, pid, {"goal": "Planter huit arbres"})
    assert CONFLICTS not in resolved.data
    summary = synchronise(coach, hub.http())
    assert (summary.resolutions, summary.refused) == (1, [])
    server = hub.store.project(pid)
    assert server is not None and server["conflicts"] == []
    assert server["data"]["goal"] == "Planter huit arbres"
    synchronise(jo, hub.http())
    for laptop in (jo, coach):
        assert laptop.projects.get(pid).data == server["data"]


def test_another_neighbourhood_never_receives_a_project(hub: Hub) -> None:
    jo = hub.device("jo")
    made = jo.projects.save(hub.nid, SHEET)
    synchronise(jo, hub.http())
    other = hub.store.add_neighbourhood("Anneessens")
    assert hub.store.pull([other], 0).changes == []
    volunteer = hub.store.pull([hub.nid], 0, entities=("inventory", "project", "erasure"))
    assert [(e.entity, e.entity_id) for e in volunteer.changes] == [("project", made.id)]
    # a change naming that project from the other neighbourhood is refused
    change = Change(
        change_id=uuid.uuid4(), entity="project", entity_id=made.id,
        payload={"item_id": made.id, "neighbourhood_id": other, "base_version": 1,
                 "data": {"title": "volé"}, "changed_fields": ["title"],
                 "created_at": "2026-05-01T10:00:00.000Z"},
    )  # fmt: skip
    [result] = hub.store.push([change], other, None)
    assert (result.status, result.reason) == ("refused", "forbidden")


def test_projects_merge_on_either_backend(server_store: ServerStore) -> None:
    """The server's tables for projects, on SQLite and PostgreSQL: created, merged from the
    same base, and numbered in the feed as `project` entries."""
    nid = server_store.add_neighbourhood("Marolles")
    pid = str(uuid.uuid4())

    def change(data: dict[str, Any], base: int) -> Change:
        made = inventory_change(pid, data, base, neighbourhood_id=nid)
        return made.model_copy(update={"entity": "project"})

    first = server_store.push([change(SHEET, 0)], nid, None)
    assert [r.outcome for r in first] == ["created"]
    [one] = server_store.push([change(SHEET | {"where": "Rue Haute"}, 1)], nid, None)
    [two] = server_store.push([change(SHEET | {"stage": "en_cours"}, 1)], nid, None)
    assert (one.outcome, two.outcome) == ("applied", "parallel_update")
    state = server_store.project(pid)
    assert state is not None and state["version"] == 3
    assert state["data"] == SHEET | {"where": "Rue Haute", "stage": "en_cours"}
    feed = server_store.pull([nid], 0).changes
    assert [(e.entity, e.payload["version"]) for e in feed] == [("project", v) for v in (1, 2, 3)]


def test_a_project_travels_in_an_offline_bundle_through_a_coachs_laptop(hub: Hub) -> None:
    """A volunteer with no connection for weeks hands a bundle to a coach, whose laptop
    forwards the project at its next sync; the volunteer's own sync then finds it there."""
    from sync.client.bundles import export_bundle, import_bundle

    jo, coach = hub.device("jo"), hub.device("coach")
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    synchronise(coach, hub.http())  # the coach's laptop learns the neighbourhood's devices
    made = jo.projects.save(hub.nid, SHEET)
    path = hub.tmp / "jo.quartier"
    assert export_bundle(jo, path).changes == 1
    assert import_bundle(coach, path).accepted == 1
    assert synchronise(coach, hub.http()).sent == 1
    server = hub.store.project(made.id)
    assert server is not None and server["data"] == SHEET
    assert coach.projects.get(made.id).data == SHEET  # pulled back as the server's state
    summary = synchronise(jo, hub.http())
    assert (summary.sent, summary.duplicates, jo.outbox.pending_count()) == (0, 1, 0)


def test_a_coach_resolves_a_projects_conflict_from_the_command_line(hub: Hub) -> None:
    from click.testing import CliRunner

    from quartier.cli import cli

    _jo, coach, pid = conflicted(hub)
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    path = str(coach.path)
    coach.close()
    hub.opened.remove(coach)
    runner = CliRunner()
    listed = runner.invoke(cli, ["project", "conflicts", "--db", path])
    assert listed.exit_code == 0, listed.output
    assert "goal : avant « Planter six arbres »" in listed.output
    assert "1 conflit(s) ouvert(s)." in listed.output
    wrong = runner.invoke(cli, ["project", "resolve", pid[:8], "--keep", "goal=ailleurs",
                                "--db", path])  # fmt: skip
    assert wrong.exit_code == 1 and "« premiere », « seconde » ou « avant »" in wrong.output
    unknown = runner.invoke(cli, ["project", "resolve", pid[:8], "--keep", "title=seconde",
                                  "--db", path])  # fmt: skip
    assert unknown.exit_code == 1 and "Traceback" not in unknown.output
    kept = runner.invoke(cli, ["project", "resolve", pid[:8], "--keep", "goal=premiere",
                               "--db", path])  # fmt: skip
    assert kept.exit_code == 0, kept.output
    with Store.open(path) as again:
        assert synchronise(again, hub.http()).resolutions == 1
    server = hub.store.project(pid)
    assert server is not None and server["conflicts"] == []
    assert server["data"]["goal"] == "Planter huit arbres"  # jo's, received first
