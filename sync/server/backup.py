"""Backups of the server's database and their restore, on either backend.

SQLite is copied with its online backup API (a consistent snapshot while the server keeps
writing); PostgreSQL with `pg_dump --format=custom`, restored with `pg_restore` in one
transaction. A restore refuses a database that holds anything unless forced, refuses a backup
newer than this server, migrates an older one, and starts a new epoch (`sync.server.epochs`):
devices then pull again from the fork and resend what the backup lacks.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, exc, func, inspect, select, text
from sqlalchemy.engine import make_url

from sync.server import schema as t
from sync.server.database import SCHEMA_HEAD, Database, create_server_engine, unreadable
from sync.server.epochs import start_epoch
from sync.server.errors import ServerError

Backend = Literal["sqlite", "postgresql"]
MAGIC: dict[Backend, bytes] = {"sqlite": b"SQLite format 3\x00", "postgresql": b"PGDMP"}
#: The tables whose rows make a database worth keeping: a restore over them needs --force.
HELD = ("account", "neighbourhood", "device", "submission", "inventory_item", "feed")


@dataclass(frozen=True)
class BackupInfo:
    file: Path
    size: int
    schema: str
    feed: int


@dataclass(frozen=True)
class Restored:
    schema_in_backup: str
    schema: str
    feed: int
    epoch: str


def backend_of(url: str) -> Backend:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def backup(url: str, out: Path) -> BackupInfo:
    """Copy the server's database to `out` (written beside it, then renamed: a backup file
    is whole or absent)."""
    engine = create_server_engine(url)
    try:
        schema, feed = _state(engine, url)
    except exc.DatabaseError as error:
        raise unreadable(engine, error) from error
    finally:
        engine.dispose()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    if backend_of(url) == "sqlite":
        _sqlite_copy(_sqlite_path(url), partial, into_wal=False)
        if damage := _sqlite_damage(partial):  # a page-for-page copy: the database's damage
            partial.unlink()
            raise ServerError("server.backup_source_damaged", url=_shown(url), reason=damage)
    else:
        _pg("pg_dump", url, "--format=custom", f"--file={partial}")
    os.replace(partial, out)
    return BackupInfo(out, out.stat().st_size, schema, feed)


def restore(file: Path, url: str, *, force: bool = False, actor: str = "cli") -> Restored:
    """Put the backup `file` in the database at `url`, then migrate it and start an epoch."""
    kind = _kind_of(file)
    if kind != backend_of(url):
        raise ServerError("server.backup_wrong_backend", path=file, kind=kind, url=_shown(url))
    if kind == "sqlite" and (damage := _sqlite_damage(file)):
        raise ServerError("server.backup_damaged", path=file, reason=damage)
    version = _schema_in_backup(file, kind)
    if version > SCHEMA_HEAD:
        raise ServerError("server.backup_too_new", path=file, version=version, head=SCHEMA_HEAD)
    engine = create_server_engine(url)
    try:
        held = _held(engine)
        if held and not force:
            raise ServerError("server.restore_not_empty", url=_shown(url), held=held)
        if kind == "sqlite":
            _sqlite_copy(file, _sqlite_path(url), into_wal=True)
        else:
            _drop_tables(engine)
            _pg("pg_restore", url, "--no-owner", "--no-privileges", "--exit-on-error",
                "--single-transaction", file=file)  # fmt: skip
    except exc.DatabaseError as error:
        raise unreadable(engine, error) from error
    finally:
        engine.dispose()
    db = Database.open(url)  # migrates a backup made by an older server
    try:
        with db._write() as w:
            epoch = start_epoch(w.conn, "restore")
            feed = w.last or 0  # taken at once: never None here
            db._audit(w.conn, actor, "restore", file.name, schema=version, feed=feed, epoch=epoch)
    finally:
        db.close()
    return Restored(version, SCHEMA_HEAD, feed, epoch)


def _state(engine: Engine, url: str) -> tuple[str, int]:
    """The schema revision and the feed's last number of a server database, or a keyed
    refusal for anything else (a missing SQLite file is not created)."""
    if backend_of(url) == "sqlite" and not _sqlite_path(url).is_file():
        raise ServerError("server.not_a_server_database", url=_shown(url))
    with Database(engine)._read() as conn:
        if not inspect(conn).has_table("feed_counter"):
            raise ServerError("server.not_a_server_database", url=_shown(url))
        version = conn.scalar(text("SELECT version_num FROM alembic_version"))
        feed = conn.scalar(select(t.feed_counter.c.last_seq))
    return str(version), int(feed or 0)


def _held(engine: Engine) -> str:
    """What the target database holds, said for the refusal; "" when nothing."""
    with Database(engine)._read() as conn:
        tables = set(inspect(conn).get_table_names())
        counts = {
            name: int(conn.scalar(select(func.count()).select_from(t.metadata.tables[name])) or 0)
            for name in HELD
            if name in tables
        }
    foreign = tables - set(t.metadata.tables) - {"alembic_version"}
    said = [f"{name} {count}" for name, count in counts.items() if count]
    said += [f"+{len(foreign)} table(s)"] if foreign else []
    return ", ".join(said)


def _kind_of(file: Path) -> Backend:
    try:
        with file.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise ServerError("server.backup_unrecognised", path=file) from error
    for kind, magic in MAGIC.items():
        if head.startswith(magic):
            return kind
    raise ServerError("server.backup_unrecognised", path=file)


def _schema_in_backup(file: Path, kind: Backend) -> str:
    """The schema revision written in a backup, read without restoring it."""
    version = None
    if kind == "sqlite":
        try:
            with sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True) as conn:
                version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.Error:
            version = None
    else:
        out = _run("pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(file))
        lines = out.splitlines()
        copy = [i for i, line in enumerate(lines) if line.startswith("COPY ")]
        version = lines[copy[0] + 1].strip() if copy and len(lines) > copy[0] + 1 else None
    if not version or not str(version).isdigit():
        raise ServerError("server.backup_unrecognised", path=file)
    return str(version)


def _sqlite_damage(file: Path) -> str:
    """What SQLite's `PRAGMA quick_check` finds wrong in a file, read-only ("" when nothing:
    every page and index entry in place; a full copy of the file costs about as much)."""
    try:
        with sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True) as conn:
            found = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        conn.close()
    except sqlite3.Error as error:
        return str(error)
    return "" if found == ["ok"] else "; ".join(found[:3])[:300]


def _sqlite_path(url: str) -> Path:
    return Path(make_url(url).database or "")


def _sqlite_copy(source: Path, target: Path, *, into_wal: bool) -> None:
    """SQLite's online backup: one step, so the copy is one consistent snapshot; the server
    keeps writing meanwhile (WAL). A backup file is left in rollback mode: one file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source, timeout=30) as src, sqlite3.connect(target, timeout=30) as dst:
        src.backup(dst)
        dst.execute(f"PRAGMA journal_mode={'WAL' if into_wal else 'DELETE'}")
    src.close()
    dst.close()


def _drop_tables(engine: Engine) -> None:
    """Empty a PostgreSQL database of its tables before pg_restore (--force was given, or
    they hold nothing): a restore brings the backup's tables, not a mix."""
    with engine.begin() as conn:
        for name in inspect(conn).get_table_names():
            conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))


def pg_tool(name: str) -> str:
    """A PostgreSQL client program: on the PATH, else the newest of Debian's
    /usr/lib/postgresql/<version>/bin; a keyed refusal when there is none."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version, reverse=True)),
        None,
    )
    if not found:
        raise ServerError("server.pg_tool_missing", tool=name)
    return found


def _version(path: str) -> tuple[int, ...]:
    return tuple(int(p) for p in Path(path).parents[1].name.split(".") if p.isdigit())


def _pg(tool: str, url: str, *options: str, file: Path | None = None) -> str:
    """Run pg_dump or pg_restore on the database at `url`; its password goes in PGPASSWORD,
    never on a command line that `ps` shows."""
    address = make_url(url)
    env = {"PGPASSWORD": address.password} if address.password else {}
    conninfo = address.set(drivername="postgresql", password=None)
    target = [f"--dbname={conninfo.render_as_string(hide_password=False)}"]
    return _run(tool, *options, *target, *([str(file)] if file else []), env=env)


def _run(tool: str, *args: str, env: dict[str, str] | None = None) -> str:
    try:
        done = subprocess.run(
            [pg_tool(tool), *args],
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            check=False,
        )
    except OSError as error:
        raise ServerError("server.pg_tool_failed", tool=tool, reason=error) from error
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:300]
        raise ServerError("server.pg_tool_failed", tool=tool, reason=reason)
    return done.stdout


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
