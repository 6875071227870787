"""Opening the local SQLite database: pragmas, migrations, and errors people can act on.

WAL with synchronous=FULL: a save that returned is on disk, even through a power cut. Migrations
run at open; a database whose schema revision this build does not know was made by a newer
Quartier and is refused untouched. Only a missing file becomes a new database: an empty one is
refused, and so is one that fails ``PRAGMA quick_check`` after an unclean shutdown.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, inspect, text

from app.errors import DatabaseTooNew, StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest schema revision; a test checks it is Alembic's head. Knowing it here lets a
#: database that is up to date open without importing Alembic at all.
SCHEMA_HEAD = "0009"


def json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
    cur.execute("PRAGMA synchronous=FULL")
    # what is deleted or overwritten is zeroed, not left in free space: a draft's personal
    # answers once sealed at finalize, a token once sealed (issue 12)
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()
    if mode and mode[0].lower() not in ("wal", "memory"):
        raise sqlite3.OperationalError(f"journal_mode={mode[0]}")


def create_sqlite_engine(path: Path) -> Engine:
    _refuse_unusable(path)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        json_serializer=json_dumps,
        # Each thread gets its own connection; the UI's worker threads share nothing.
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _refuse_unusable(path: Path) -> None:
    """Before any connection: refuse an existing file of 0 bytes (an interrupted copy or save;
    making a new database in it would hide that), and check the file after an unclean shutdown.

    The sign of an unclean shutdown is SQLite's own: a ``-wal`` file with content. The last
    connection to close checkpoints the log and deletes the file, so it is left only when
    Quartier was killed, crashed or lost power with the database open (the instance lock means
    no other Quartier has it open now). A clean open skips the check and starts at once; a
    false alarm (a connection never closed) costs one check, never a refusal."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # missing: a new database; unreadable: opening it says why
    if size == 0:
        raise StoreError("db.empty", path=path)
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        _quick_check(path)


def _quick_check(path: Path) -> None:
    """``PRAGMA quick_check`` (every page and b-tree, not index contents) on a read-only
    connection: it reads the log but never checkpoints it, so a damaged file stays as found."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if _classify(error) != "db.corrupt":
            raise
        problems = [str(error)]
    if problems != ["ok"]:
        raise StoreError("db.damaged", path=path, problem="; ".join(problems[:3])[:300])


def known_revisions() -> set[str]:
    """The revisions this build can migrate from: the prefixes of the migration files."""
    return {f.name.split("_", 1)[0] for f in (MIGRATIONS / "versions").glob("*.py")}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.scalar(text("SELECT version_num FROM alembic_version"))


def migrate(engine: Engine, path: Path, revision: str = "head") -> None:
    """Bring the schema to `revision`; refuse a database from a newer Quartier."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew("db.too_new", path=path, revision=current)
    if revision == "head" and current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, revision)


def _classify(error: BaseException) -> str:
    message = str(error).lower()
    for needle, key in (
        ("malformed", "db.corrupt"),
        ("not a database", "db.corrupt"),
        ("readonly", "db.read_only"),
        ("read-only", "db.read_only"),
        ("locked", "db.busy"),
        ("disk is full", "db.disk_full"),
        ("unable to open", "db.cannot_open"),
    ):
        if needle in message:
            return key
    return "db.error"


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into StoreError with a message a volunteer can act on."""
    try:
        yield
    except (exc.OperationalError, exc.DatabaseError, sqlite3.DatabaseError) as error:
        orig = getattr(error, "orig", error)
        raise StoreError(_classify(orig), path=path, reason=str(orig)) from error
