"""The shared catalogue of transition actions and the admin's grid (issue 16), over real HTTP
on loopback: an action a group marks shareable in one neighbourhood reaches the laptops of
another with its shared fields only, and a coach there copies it as a project idea; the admin
gets every neighbourhood's counts, a coach is refused them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import serving

from app.actions.catalogue import CATALOGUE, browse, copy_as_project
from app.actions.grid import build_grid
from app.store import Store
from survey_forms.builtin import ACTION_FORM, load_builtin
from sync.client.admin_grid import fetch_grid
from sync.client.device import SyncError, connect, enrol, login, synchronise
from sync.server.api import create_app
from sync.server.store import ServerStore
from sync.wire.catalogue import SHARED_FIELDS

PASSWORD = "mot-de-passe-solide"
GARDEN = {"theme": "se_nourrir", "title": "Potager partagé", "stage": "en_cours",
          "actors": "Les Jardins de la Senne", "reach": 80, "shareable": "yes",
          "description": "Un potager au pied des tours, ouvert le samedi."}  # fmt: skip
PRIVATE = {"theme": "circuler", "title": "Atelier vélo de Mme Dupont", "stage": "idee",
           "actors": "Jeanne Dupont, 0475 12 34 56", "shareable": "no"}  # fmt: skip


@dataclass
class Region:
    store: ServerStore
    url: str
    hoods: dict[str, str]
    tmp: Path
    opened: list[Store]

    def laptop(self, name: str, hood: str) -> Store:
        local = Store.open(self.tmp / f"{name}.sqlite")
        self.opened.append(local)
        code = self.store.create_enrolment_code(self.hoods[hood], None).code
        with connect(self.url) as http:
            enrol(local, http, code, name)
        local.forms.ensure_builtin()
        return local

    def sync(self, local: Store) -> Any:
        with connect(self.url) as http:
            return synchronise(local, http)


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Region]:
    server = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    hoods = {name: server.add_neighbourhood(name) for name in ("Marolles", "Anneessens",
                                                               "Cureghem")}  # fmt: skip
    server.create_account("alma", PASSWORD, "coach", [hoods["Marolles"]])
    server.create_account("bea", PASSWORD, "coach", [hoods["Anneessens"]])
    server.create_account("region", PASSWORD, "admin")
    opened: list[Store] = []
    with serving(create_app(server, json_log=False)) as url:
        yield Region(server, url, hoods, tmp_path, opened)
    for local in opened:
        local.close()
    server.close()


def action(store: Store, answers: dict[str, Any]) -> str:
    form = load_builtin(ACTION_FORM)
    draft = store.submissions.save_draft(ACTION_FORM, form.version, answers)
    return store.submissions.finalize(draft.id).id


def test_a_shared_action_reaches_another_neighbourhood_with_its_shared_fields_only(
    region: Region,
) -> None:
    marolles = region.laptop("marolles", "Marolles")
    shared, kept = action(marolles, GARDEN), action(marolles, PRIVATE)
    assert region.sync(marolles).sent == 2

    anneessens = region.laptop("anneessens", "Anneessens")
    summary = region.sync(anneessens)
    assert summary.shared_actions == 1
    [received] = browse(anneessens)
    assert received.model_dump() == {
        "id": shared, "neighbourhood_id": region.hoods["Marolles"], "neighbourhood": "Marolles",
        "title": "Potager partagé", "theme": "se_nourrir", "stage": "en_cours",
        "description": GARDEN["description"], "organisation": "Les Jardins de la Senne",
        "shared_at": received.shared_at,
    }  # fmt: skip
    assert kept not in {a.id for a in browse(anneessens)}
    assert browse(anneessens, "circuler") == [] and len(browse(anneessens, "se_nourrir")) == 1
    # what went over the wire: the shared fields, nothing of the other action
    page = httpx.get(f"{region.url}/api/v1/catalogue", headers={
        "Authorization": f"Bearer {anneessens.settings.get('sync.token')}"}).json()  # fmt: skip
    assert [set(a) for a in page["actions"]] == [set(SHARED_FIELDS)]
    assert "Dupont" not in str(page) and "0475" not in str(page)

    # a coach of Anneessens copies it as a project idea of their own neighbourhood
    made = copy_as_project(anneessens, received, region.hoods["Anneessens"])
    assert (made.neighbourhood_id, made.stage, made.theme) == (
        region.hoods["Anneessens"], "idee", "se_nourrir")  # fmt: skip
    assert made.data["origin"] == CATALOGUE and made.data["source"]["action_id"] == shared
    assert "Les Jardins de la Senne" in made.data["why"]
    region.sync(anneessens)
    on_server = region.store.project(made.id)
    assert on_server is not None and on_server["neighbourhood_id"] == region.hoods["Anneessens"]
    assert region.store.pull([region.hoods["Marolles"]], 0, entities=("project",)).changes == []


def test_a_correction_that_stops_sharing_withdraws_the_action(region: Region) -> None:
    marolles = region.laptop("marolles", "Marolles")
    first = action(marolles, GARDEN)
    region.sync(marolles)
    anneessens = region.laptop("anneessens", "Anneessens")
    region.sync(anneessens)
    assert [a.id for a in browse(anneessens)] == [first]
    draft = marolles.submissions.correct(first)
    marolles.submissions.finalize(draft.id, {**draft.answers, "shareable": "no"})
    region.sync(marolles)
    region.sync(anneessens)
    assert browse(anneessens) == []


def test_the_admin_grid_counts_every_neighbourhood_and_a_coach_is_refused(
    region: Region,
) -> None:
    marolles, anneessens = region.laptop("m", "Marolles"), region.laptop("a", "Anneessens")
    cureghem = region.laptop("c", "Cureghem")
    action(marolles, GARDEN)
    action(marolles, PRIVATE)
    action(marolles, PRIVATE | {"stage": "terminee"})
    action(anneessens, GARDEN | {"shareable": "no", "stage": "idee"})
    old = action(cureghem, PRIVATE | {"theme": "consommer"})
    draft = cureghem.submissions.correct(old)  # the latest version counts, once
    cureghem.submissions.finalize(draft.id, {**draft.answers, "stage": "en_cours"})
    for laptop in (marolles, anneessens, cureghem):
        region.sync(laptop)

    with connect(region.url) as http:
        grid = fetch_grid(http, "region", PASSWORD)
    cells = {row.name: row.cells for row in grid.rows}
    assert list(cells) == ["Anneessens", "Cureghem", "Marolles"]
    assert cells["Marolles"]["se_nourrir"].stages["en_cours"] == 1
    assert cells["Marolles"]["circuler"].stages == {"idee": 1, "en_preparation": 0,
                                                    "en_cours": 0, "terminee": 1}  # fmt: skip
    assert cells["Anneessens"]["se_nourrir"].stages["idee"] == 1
    assert cells["Cureghem"]["consommer"].stages == {"idee": 0, "en_preparation": 0,
                                                     "en_cours": 1, "terminee": 0}  # fmt: skip
    assert sum(c.actions for row in grid.rows for c in row.cells.values()) == 5
    assert all(c.reached == 0 and not c.gap for row in grid.rows for c in row.cells.values())

    with connect(region.url) as http, pytest.raises(SyncError) as refused:
        fetch_grid(http, "bea", PASSWORD)
    assert refused.value.params["status"] == 403


def test_a_coach_sees_another_neighbourhood_only_through_shared_actions(region: Region) -> None:
    marolles = region.laptop("marolles", "Marolles")
    action(marolles, GARDEN)
    action(marolles, PRIVATE)
    region.sync(marolles)
    coach = Store.open(region.tmp / "bea.sqlite")
    region.opened.append(coach)
    with connect(region.url) as http:
        login(coach, http, "bea", PASSWORD)
    coach.forms.ensure_builtin()
    region.sync(coach)
    assert [row.name for row in build_grid(coach).rows] == ["Anneessens"]
    assert [a.title for a in browse(coach)] == ["Potager partagé"]
    assert [n["name"] for n in coach.directory.neighbourhoods()] == ["Anneessens"]


def test_the_commands_browse_copy_and_print_the_admin_grid(region: Region) -> None:
    from click.testing import CliRunner
    from openpyxl import load_workbook

    from quartier.cli import cli

    marolles = region.laptop("marolles", "Marolles")
    shared = action(marolles, GARDEN)
    action(marolles, PRIVATE)
    region.sync(marolles)
    anneessens = region.laptop("anneessens", "Anneessens")
    region.sync(anneessens)
    anneessens.close()
    region.opened.remove(anneessens)
    db = ["--db", str(region.tmp / "anneessens.sqlite")]
    runner = CliRunner()

    listed = runner.invoke(cli, ["actions", "catalogue", "--theme", "se_nourrir", *db])
    assert listed.exit_code == 0, listed.output
    assert "Potager partagé" in listed.output and "Les Jardins de la Senne" in listed.output
    assert "1 action(s) partagée(s)." in listed.output
    none = runner.invoke(cli, ["actions", "catalogue", "--theme", "circuler", *db])
    assert "0 action(s)" in none.output and "Dupont" not in none.output
    copied = runner.invoke(cli, ["actions", "copy", shared[:8], *db])
    assert copied.exit_code == 0, copied.output
    assert "Idée de projet" in copied.output and "Les Jardins de la Senne" in copied.output
    unknown = runner.invoke(cli, ["actions", "copy", "ffffffff", *db])
    assert unknown.exit_code == 1 and "Traceback" not in unknown.output
    assert "Aucune action partagée « ffffffff »" in unknown.output

    out = region.tmp / "grille.xlsx"
    server = ["--server", region.url, "--out", str(out)]
    made = runner.invoke(cli, ["grid", *server, "--user", "region", "--password", PASSWORD])
    assert made.exit_code == 0, made.output
    book = load_workbook(out)
    cells = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    rows = {(r[0], r[1]): r[7] for r in cells}
    assert rows[("Marolles", "Se nourrir")] == 1 and rows[("Marolles", "Circuler")] == 1
    assert sum(rows.values()) == 2
    assert {r[8] for r in cells} == {None}  # people reached: not known to the server's grid
    legend = [r[0] for r in book.worksheets[2].iter_rows(values_only=True)]
    assert any(str(text).startswith("Grille du serveur") for text in legend)
    assert "le nombre d'actions par case seulement" in made.output
    pdf = region.tmp / "grille.pdf"
    printed = runner.invoke(cli, ["grid", "--server", region.url, "--out", str(pdf), "--user",
                                  "region", "--password", PASSWORD])  # fmt: skip
    assert printed.exit_code == 0 and pdf.read_bytes().startswith(b"%PDF")
    refused = runner.invoke(cli, ["grid", *server, "--user", "bea", "--password", PASSWORD])
    assert refused.exit_code == 1 and "Accès refusé" in refused.output
    assert "Traceback" not in refused.output
