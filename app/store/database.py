"""The one engine every part of the store shares, and its two ways in: a transaction that
writes, or a connection that only reads. SQLite's errors come out as StoreError either way.

`Prepared` runs the few statements of a volunteer's every save straight on the transaction's
own sqlite3 connection: SQLAlchemy's work per execution (parameters, result, events) cost more
than SQLite's own (issue 18). They are still built with SQLAlchemy, compiled once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql import ClauseElement

from app.db import translated_errors

_NAMED = sqlite.dialect(paramstyle="named")


@dataclass(frozen=True)
class Prepared:
    """A statement compiled once to SQLite's SQL with :named parameters, and the constants
    it was built with."""

    sql: str
    constants: dict[str, str]

    @classmethod
    def of(cls, statement: ClauseElement, *columns: str) -> Prepared:
        """`statement` (an INSERT writes only `columns`, when given)."""
        compiled = statement.compile(dialect=_NAMED, column_keys=list(columns) or None)
        constants = {k: str(v) for k, v in compiled.params.items() if isinstance(v, str)}
        return cls(str(compiled), constants)

    def run(self, conn: Connection, values: Mapping[str, Any]) -> sqlite3.Cursor:
        """Execute in `conn`'s transaction (SQLite's errors come out of `Database.tx`)."""
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return driver.execute(self.sql, {**self.constants, **values})


@dataclass(frozen=True)
class Database:
    engine: Engine
    path: Path

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with translated_errors(self.path), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with translated_errors(self.path), self.engine.connect() as conn:
            yield conn
