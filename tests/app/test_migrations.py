"""Migrations: an older database with data reaches the newest schema, and the models agree
with what the migrations build."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db import create_sqlite_engine, migrate
from app.models import Base
from app.store import Key, Store


def test_old_database_with_data_is_migrated(db_path: Path) -> None:
    engine = create_sqlite_engine(db_path)
    migrate(engine, db_path, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO form VALUES ('f', '{\"fr\": \"F\"}')"))
        conn.execute(
            text("INSERT INTO form_version VALUES ('f', '1', '{}', NULL, '2025-01-01T00:00:00Z')")
        )
        conn.execute(
            text(
                "INSERT INTO submission (id, form_id, form_version, status, answers, street,"
                " created_at, updated_at, finalized_at) VALUES ('s1', 'f', '1', 'finalized',"
                " '{\"street\": \"Rue Haute\", \"size\": 3}', 'Rue Haute', '2025-01-01',"
                " '2025-01-01', '2025-01-01')"
            )
        )
    engine.dispose()
    with Store.open(db_path) as store:
        record = store.submissions.get("s1")
    assert record.answers == {"street": "Rue Haute", "size": 3}
    assert (record.review_state, record.review_comment) == ("received", "")


def settings_after_migration(path: Path, settings: dict[str, str]) -> dict[str, str | None]:
    """The settings of a database made before the server address had one key, once opened."""
    engine = create_sqlite_engine(path)
    migrate(engine, path, "0003")
    with engine.begin() as conn:
        for key, value in settings.items():
            conn.execute(text("INSERT INTO setting VALUES (:k, :v)"), {"k": key, "v": value})
    engine.dispose()
    with Store.open(path) as store:
        kept = {key: store.settings.get(key) for key in (Key.SERVER, Key.CAMPAIGN)}
    engine = create_sqlite_engine(path)
    with engine.connect() as conn:
        old = conn.scalar(text("SELECT value FROM setting WHERE key = 'server_url'"))
    engine.dispose()
    assert old is None, "the old key is gone"
    return kept


def test_the_server_address_chosen_before_enrolment_is_kept(tmp_path: Path) -> None:
    kept = settings_after_migration(
        tmp_path / "a.sqlite", {"server_url": "https://q.example.org", "campaign_id": "c1"}
    )
    assert kept == {Key.SERVER: "https://q.example.org", Key.CAMPAIGN: "c1"}


def test_an_enrolled_laptop_keeps_the_address_it_enrolled_with(tmp_path: Path) -> None:
    kept = settings_after_migration(
        tmp_path / "b.sqlite",
        {"server_url": "https://old.example.org", "sync.server": "https://q.example.org/"},
    )
    assert kept == {Key.SERVER: "https://q.example.org/", Key.CAMPAIGN: None}


def test_models_match_the_migrated_schema(db_path: Path) -> None:
    Store.open(db_path).close()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_schema_head_constant_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from app.db import MIGRATIONS, SCHEMA_HEAD, known_revisions

    script = ScriptDirectory(str(MIGRATIONS))
    assert script.get_current_head() == SCHEMA_HEAD
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
