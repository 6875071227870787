"""The one engine every part of the store shares, and its two ways in: a transaction that
writes, or a connection that only reads. SQLite's errors come out as StoreError either way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine

from app.db import translated_errors


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
