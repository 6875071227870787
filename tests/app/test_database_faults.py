"""A database that is corrupt, read-only, locked, full or too new: a clear message, nothing
already saved is lost, and no save pretends to have succeeded."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from app.errors import DatabaseLocked, DatabaseTooNew, StoreError
from app.store import Key, Store
from survey_forms.model import Form, Question

FORM = Form(form_id="f", version="1", title={"fr": "F"}, children=[Question("street", "text")])


def with_pragma(store: Store, pragma: str) -> None:
    """Every connection the store opens from now on runs `pragma` first."""
    event.listen(store.engine, "connect", lambda conn, _rec: conn.execute(pragma))
    store.engine.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupt_file_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"this is no database, just bytes " * 200)
    before = digest(db_path)
    with pytest.raises(StoreError) as caught:
        Store.open(db_path)
    assert caught.value.key == "db.corrupt"
    assert "endommagé" in str(caught.value) and "beschadigd" in caught.value.trilingual()
    assert digest(db_path) == before
    Store.open(db_path.with_name("other.sqlite")).close()  # the lock was released


def test_second_instance_is_refused_while_first_keeps_working(db_path: Path) -> None:
    with Store.open(db_path) as first:
        with pytest.raises(DatabaseLocked, match="déjà ouvert"):
            Store.open(db_path)
        first.settings.set(Key.CAMPAIGN, "still works")
    with Store.open(db_path) as again:
        assert again.settings.get(Key.CAMPAIGN) == "still works"


def test_database_from_newer_quartier_is_refused_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew, match="plus récente"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_full_disk_loses_nothing_and_says_so(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.forms.add(FORM)
        drafts = [store.submissions.save_draft("f", "1", {"street": f"Rue {i}"}) for i in range(5)]
        kept = [store.submissions.finalize(draft.id).id for draft in drafts]
        with_pragma(store, "PRAGMA max_page_count=1")  # nothing more fits: SQLITE_FULL
        big = {"street": "x" * 200_000}
        with pytest.raises(StoreError) as caught:
            store.submissions.save_draft("f", "1", big)
        assert caught.value.key == "db.disk_full"
        assert "disque est plein" in str(caught.value)
    with Store.open(db_path) as store:
        assert {store.submissions.get(i).status for i in kept} == {"finalized"}
        assert store.submissions.count() == 5
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_read_only_database_refuses_to_save(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.forms.add(FORM)
        with_pragma(store, "PRAGMA query_only=ON")
        with pytest.raises(StoreError) as caught:
            store.submissions.save_draft("f", "1", {"street": "Rue Haute"})
        assert caught.value.key == "db.read_only"
    with Store.open(db_path) as store:
        assert store.submissions.count() == 0


def test_unwritable_folder_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError) as caught:
        Store.open(blocker / "quartier.sqlite")
    assert caught.value.key == "db.cannot_open"
