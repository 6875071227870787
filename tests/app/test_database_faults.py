"""A database that is corrupt, read-only, locked, full or too new: a clear message, nothing
already saved is lost, and no save pretends to have succeeded."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from app.errors import DatabaseLocked, DatabaseTooNew, StoreError
from app.store import Key, Store
from survey_forms.model import Form, Question

FORM = Form(form_id="f", version="1", title={"fr": "F"}, children=[Question("street", "text")])
ROOT = Path(__file__).resolve().parents[2]
#: Killed after a save, before closing: SQLite's log (-wal) is left with content.
CRASH = """
import os, sys
from app.store import Key, Store
store = Store.open(sys.argv[1])
store.settings.set(Key.CAMPAIGN, "saved before the crash")
os._exit(0)
"""


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


def test_empty_file_is_refused_and_left_empty(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(StoreError) as caught:
        Store.open(db_path)
    assert caught.value.key == "db.empty"
    assert "est vide (0 octet)" in str(caught.value) and "is leeg" in caught.value.trilingual()
    assert db_path.stat().st_size == 0, "never turned into a new database"
    assert not db_path.with_name(db_path.name + "-wal").exists()
    Store.open(db_path.with_name("other.sqlite")).close()  # the lock was released


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def crash_while_open(path: Path) -> None:
    """A real unclean shutdown: another process opens the store, saves, and dies."""
    subprocess.run([sys.executable, "-c", CRASH, str(path)], cwd=ROOT, check=True)
    assert wal(path).stat().st_size > 0


def street_index_page(path: Path) -> tuple[int, int]:
    """(page number, page size) of the index of interviews by street (read before a crash)."""
    with sqlite3.connect(path) as conn:
        sql = "SELECT rootpage FROM sqlite_master WHERE type='index' AND name=?"
        page = conn.execute(sql, ("ix_submission_street",)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    return page, size


def pages_in_log(path: Path, page_size: int) -> set[int]:
    """Pages the -wal holds a newer copy of (each frame: 24-byte header starting with the
    page number, then the page; after the log's 32-byte header)."""
    data = wal(path).read_bytes()
    return {int.from_bytes(data[at : at + 4], "big") for at in range(32, len(data), 24 + page_size)}


def damage(path: Path, page: int, page_size: int) -> None:
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(os.urandom(page_size))


@pytest.fixture
def interviews(db_path: Path) -> Path:
    """A database closed cleanly with 40 interviews."""
    with Store.open(db_path) as store:
        store.forms.add(FORM)
        for i in range(40):
            draft = store.submissions.save_draft("f", "1", {"street": f"Rue {i:03}"})
            store.submissions.finalize(draft.id)
    assert not wal(db_path).exists()
    return db_path


def test_damaged_index_after_an_unclean_shutdown_is_refused_untouched(interviews: Path) -> None:
    page, page_size = street_index_page(interviews)
    crash_while_open(interviews)
    assert page not in pages_in_log(interviews, page_size), "the damage must not be shadowed"
    damage(interviews, page, page_size)
    before = digest(interviews), digest(wal(interviews))
    with pytest.raises(StoreError) as caught:
        Store.open(interviews)
    assert caught.value.key == "db.damaged"
    assert "pas été fermé normalement" in str(caught.value)
    assert "Rien n'y a été écrit" in str(caught.value) and "restaurez une sauvegarde" in str(
        caught.value
    )
    assert f"Page {page}" in str(caught.value), "SQLite's finding, for whoever helps"
    assert (digest(interviews), digest(wal(interviews))) == before
    Store.open(interviews.with_name("other.sqlite")).close()  # the lock was released


def test_an_intact_database_opens_after_an_unclean_shutdown(interviews: Path) -> None:
    crash_while_open(interviews)
    with Store.open(interviews) as store:
        assert store.settings.get(Key.CAMPAIGN) == "saved before the crash"
        assert store.submissions.count() == 40
    assert not wal(interviews).exists(), "closed cleanly this time"


def test_a_clean_open_does_not_check_the_file(interviews: Path) -> None:
    """Start-up stays fast: without the sign of an unclean shutdown nothing is checked, so a
    damaged index opens; the query that reads it is then refused with the keyed message."""
    page, page_size = street_index_page(interviews)
    damage(interviews, page, page_size)
    with Store.open(interviews) as store:
        assert store.submissions.count() == 40
        with pytest.raises(StoreError) as caught:
            store.submissions.streets()
        assert caught.value.key == "db.corrupt"
