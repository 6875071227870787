"""What every command shares: the `--db` option and opening the store it names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from app.paths import DB_ENV, default_db_path
from app.store import Store


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--db PATH` (or QUARTIER_DB): the database file a command works on."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar=DB_ENV,
        default=None,
        help="Fichier de données (défaut : dossier de données de l'utilisateur). "
        "Data file / gegevensbestand.",
    )(func)


def open_store(db: Path | None = None, *, read_only: bool = False) -> Store:
    """The store named by the command's `--db`, else by the root's (`quartier --db X cmd`),
    else QUARTIER_DB or the user data folder. A command that only reads (`read_only`) does not
    take the one-writer lock: it works while the window has the file open (SQLite's WAL lets
    it read beside a writer)."""
    context = click.get_current_context(silent=True)
    if db is None and context is not None:
        db = context.find_root().params.get("db")
    return Store.open(db or default_db_path(), exclusive=not read_only)
