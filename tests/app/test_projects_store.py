"""The projects' sheets in the laptop's store (issue 16): versioned like inventory items,
queued for the server, listed by neighbourhood and theme, and following their neighbourhood
when it becomes the server's."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import create_sqlite_engine, migrate
from app.errors import InvalidOperation
from app.store import Store

SHEET = {"title": "Arbres rue des Capucins", "theme": "proteger", "stage": "idee"}


def test_a_project_is_versioned_and_queued_like_an_inventory_item(store: Store) -> None:
    nid = store.directory.add_neighbourhood("Marolles")
    made = store.projects.save(nid, SHEET)
    assert (made.version, made.title, made.theme, made.stage) == (
        1, SHEET["title"], "proteger", "idee",
    )  # fmt: skip
    changed = store.projects.save(nid, SHEET | {"stage": "en_cours", "where": "Rue Haute"},
                                  project_id=made.id, base_version=1)  # fmt: skip
    assert (changed.version, changed.stage) == (2, "en_cours")
    with pytest.raises(InvalidOperation) as stale:
        store.projects.save(nid, SHEET, project_id=made.id, base_version=1)
    assert stale.value.key == "record.stale"
    history = store.projects.history(made.id)
    assert [(c.version, c.changed_fields) for c in history] == [
        (1, ["stage", "theme", "title"]), (2, ["stage", "where"]),
    ]  # fmt: skip
    queued = store.outbox.pending()
    assert [(e.entity, e.entity_id, e.payload["base_version"]) for e in queued] == [
        ("project", made.id, 0), ("project", made.id, 1),
    ]  # fmt: skip
    store.projects.save(nid, changed.data, project_id=made.id, base_version=2, deleted=True)
    assert store.projects.all(nid) == []
    assert [p.id for p in store.projects.all(nid, include_deleted=True)] == [made.id]


def test_projects_are_listed_by_title_and_filtered_by_theme(store: Store) -> None:
    nid = store.directory.add_neighbourhood("Marolles")
    other = store.directory.add_neighbourhood("Anneessens")
    store.projects.save(nid, SHEET | {"title": "Zèbre", "theme": "circuler"})
    store.projects.save(nid, SHEET)
    store.projects.save(other, SHEET | {"title": "Ailleurs"})
    assert [p.title for p in store.projects.all(nid)] == ["Arbres rue des Capucins", "Zèbre"]
    assert [p.title for p in store.projects.all(nid, theme="circuler")] == ["Zèbre"]
    assert len(store.projects.all()) == 3


def test_projects_follow_their_neighbourhood_when_it_becomes_the_servers(store: Store) -> None:
    local = store.directory.add_neighbourhood("Marolles")
    made = store.projects.save(local, SHEET)
    store.directory.relabel_neighbourhood(local, "server-id", "Marolles")
    assert store.projects.get(made.id).neighbourhood_id == "server-id"
    [queued] = store.outbox.pending()
    assert queued.payload["neighbourhood_id"] == "server-id"


def test_a_database_of_before_projects_gains_them(db_path: Path) -> None:
    engine = create_sqlite_engine(db_path)
    migrate(engine, db_path, "0005")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO neighbourhood VALUES ('n1', 'Marolles', '', '', 'x')"))
    engine.dispose()
    with Store.open(db_path) as store:
        assert store.projects.all() == []
        assert store.projects.save("n1", SHEET).version == 1
