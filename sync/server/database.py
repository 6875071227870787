"""The server's database: its engine on SQLite or PostgreSQL, its migrations, and the writing
transaction every part of the store shares.

Every writing transaction updates the single `feed_counter` row and holds its lock until it
commits: feed numbers follow commit order, and a reader pulling `since=cursor` never skips a
change that commits later with a smaller number. Most take it first (they are serialised); a
push of interviews on PostgreSQL takes it last (`FeedWriter`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

import orjson
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    exc,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)

from sync.server import schema as t
from sync.server.errors import ServerError
from sync.wire.clock import now_iso

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in sync/server/migrations/versions; a test checks it is Alembic's head.
SCHEMA_HEAD = "0008"
#: Connections to PostgreSQL one worker process may hold at once (see postgresql.md).
POOL = 20


def json_text(value: Any) -> str:
    """JSON columns' text, by orjson (a third of a push's JSON work went to the standard
    library's encoder); what orjson refuses (an integer key, a number beyond 64 bits: never
    in what the protocol's bounds let through) by the standard library."""
    try:
        return orjson.dumps(value).decode()
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value)


def create_server_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            json_serializer=json_text,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    # At most POOL connections per worker process: writers queue on the feed counter's row
    # anyway, and PostgreSQL's default max_connections (100) must hold every worker's pool
    # (4 workers with 50 each answered 500 "too many clients" under load). A request that
    # finds the pool busy waits for a connection (pool_timeout) instead of failing. No
    # overflow: a connection opened beyond the pool's size is closed when given back, and
    # under load every push paid PostgreSQL's start of a new backend.
    return create_engine(
        url,
        pool_size=POOL,
        max_overflow=0,
        pool_timeout=60,
        pool_pre_ping=True,
        json_serializer=json_text,
    )


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # SQLAlchemy issues BEGIN itself (see create_server_engine) so reads are snapshots too.
    dbapi_conn.isolation_level = None
    # secure_delete: what an erasure or a late sealing overwrites (personal answers) is zeroed
    # in the file, not left in its free pages.
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                   "busy_timeout=30000", "secure_delete=ON"):  # fmt: skip
        dbapi_conn.execute(f"PRAGMA {pragma}")


def migrate_server(engine: Engine) -> None:
    """Bring the server's schema to the newest revision (Alembic is imported only if needed)."""
    with engine.connect() as conn:
        version = "SELECT version_num FROM alembic_version"
        if inspect(conn).has_table("alembic_version") and conn.scalar(text(version)) == SCHEMA_HEAD:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


class Database:
    """One engine and the transactions the store's parts share. Open with `ServerStore.open(url)`:
    the schema is migrated on the way."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Self:
        engine = create_server_engine(url)
        try:
            migrate_server(engine)
        except exc.DatabaseError as error:  # not a database, damaged, out of reach
            engine.dispose()
            raise unreadable(engine, error) from error
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self, *, late: bool = False) -> Iterator[FeedWriter]:
        """A writing transaction (see FeedWriter). `late` numbers the feed at the end on
        PostgreSQL; SQLite serialises writers from their first write, so it takes the
        counter's lock at once."""
        late = late and self.engine.dialect.name == "postgresql"
        with self._damage_said(), self.engine.begin() as conn:
            writer = FeedWriter(conn, late=late)
            yield writer
            if late:
                writer.number_and_commit()
            else:
                writer.flush()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._damage_said(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _damage_said(self) -> Iterator[None]:
        """A damaged file found in the middle of a command is said, not a traceback (plain
        DatabaseError is SQLite's "malformed" and "not a database"; its subclasses, such as
        a broken constraint, stay what they are)."""
        try:
            yield
        except exc.DatabaseError as error:
            if type(error) is not exc.DatabaseError:
                raise
            raise unreadable(self.engine, error) from error

    def _audit(self, conn: Connection, actor: str, action: str, target: str, **detail: Any) -> None:
        conn.execute(
            insert(t.audit).values(
                at=now_iso(), actor=actor, action=action, target=target, detail=json.dumps(detail)
            )
        )

    def schema_version(self) -> str | None:
        """The Alembic revision the database is at; raises when it cannot be reached."""
        with self._read() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.scalar(text("SELECT version_num FROM alembic_version"))

    def figures(self) -> dict[str, int]:
        """What every worker shares, for the metrics: the feed's length, the devices that may
        sync, the interviews kept."""
        queries = {
            "feed_entries": select(func.coalesce(func.max(t.feed.c.seq), 0)),
            "devices": select(func.count())
            .select_from(t.device)
            .where(t.device.c.revoked_at.is_(None)),
            "submissions": select(func.count())
            .select_from(t.submission)
            .where(t.submission.c.erased_at.is_(None)),
        }
        with self._read() as conn:
            return {name: int(conn.scalar(query) or 0) for name, query in queries.items()}

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(t.audit).order_by(t.audit.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    @staticmethod
    def _require_neighbourhood(conn: Connection, neighbourhood_id: str) -> None:
        if not conn.scalar(
            select(t.neighbourhood.c.id).where(t.neighbourhood.c.id == neighbourhood_id)
        ):
            raise ServerError("sync.not_found", 404, id=neighbourhood_id)


def unreadable(engine: Engine, error: exc.DatabaseError) -> ServerError:
    """The keyed refusal for a database that cannot be used: the command line prints it in
    three languages, the API answers 503 with it. The address is shown without password."""
    return ServerError(
        "sync.database_unreadable",
        503,
        url=engine.url.render_as_string(hide_password=True),
        reason=str(error.orig or error).splitlines()[0][:200],
    )


class FeedWriter:
    """A writing transaction and the feed entries it appends, numbered under the feed
    counter's row lock, which is held until the commit: feed numbers follow commit order.

    By default the lock is taken at once, so that what the transaction reads is not changed
    by another writer before it commits (inventory merges, erasures, accounts), and SQLite
    takes its write lock before reading. With `late`, the lock is taken only when the entries
    are numbered, at the end: the transaction does its reads and inserts first, in parallel
    with other writers, and holds the lock for two statements and the commit."""

    def __init__(self, conn: Connection, *, late: bool = False) -> None:
        self.conn = conn
        self._rows: list[dict[str, Any]] = []
        #: The feed's last number as this transaction sees it; None until the lock is taken.
        self.last: int | None = None if late else self._advance(0)

    def _advance(self, count: int) -> int:
        """Take (or keep) the counter's row lock and move it on by `count`: the number
        before."""
        c = t.feed_counter.c
        moved = self.conn.execute(
            update(t.feed_counter).values(last_seq=c.last_seq + count).returning(c.last_seq)
        ).scalar_one()
        return int(moved) - count

    def append(
        self,
        neighbourhood_id: str,
        entity: str,
        entity_id: str,
        change_id: str,
        payload: dict[str, Any],
    ) -> None:
        self._rows.append(
            {
                "neighbourhood_id": neighbourhood_id,
                "entity": entity,
                "entity_id": entity_id,
                "change_id": change_id,
                "payload": payload,
            }
        )
        if len(self._rows) >= 1000:
            self.flush()

    def number_and_commit(self) -> None:
        """PostgreSQL, late: take the lock, number and store the entries, and commit, sent
        together (one pipeline, one statement before the COMMIT). The lock is held for as long
        as PostgreSQL takes to do them, never while this process waits for its turn to run
        (under load a Python thread may wait many milliseconds for the GIL, and each round
        trip under the lock made every other push wait as long)."""
        import psycopg  # PostgreSQL's driver: only a server on PostgreSQL comes here

        rows, self._rows = self._rows, []
        raw = self.conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        with raw.pipeline(), raw.cursor() as cursor:
            if rows:
                columns = ("neighbourhood_id", "entity", "entity_id", "change_id")
                values = {name: [row[name] for row in rows] for name in columns}
                values["payload"] = [json.dumps(row["payload"]) for row in rows]
                cursor.execute(_NUMBERED_INSERT, {"n": len(rows), **values})
            raw.commit()  # SQLAlchemy's own COMMIT then finds nothing to do

    def flush(self) -> None:
        """Number the entries appended since the last flush and store them."""
        if self._rows:
            first = self._advance(len(self._rows))
            self.conn.execute(
                insert(t.feed), [row | {"seq": first + n} for n, row in enumerate(self._rows, 1)]
            )
            self.last = first + len(self._rows)
            self._rows = []


#: The counter moved on by n and n entries numbered after its old value, in one statement.
_NUMBERED_INSERT = """
WITH counter AS (
    UPDATE feed_counter SET last_seq = last_seq + %(n)s RETURNING last_seq - %(n)s AS base
)
INSERT INTO feed (seq, neighbourhood_id, entity, entity_id, change_id, payload)
SELECT counter.base + e.n, e.neighbourhood_id, e.entity, e.entity_id, e.change_id, e.payload::json
FROM counter, unnest(
    %(neighbourhood_id)s::text[], %(entity)s::text[], %(entity_id)s::text[],
    %(change_id)s::text[], %(payload)s::text[]
) WITH ORDINALITY AS e(neighbourhood_id, entity, entity_id, change_id, payload, n)
"""
