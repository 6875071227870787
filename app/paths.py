"""Where Quartier keeps its data unless told otherwise (`--db PATH` or QUARTIER_DB)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_ENV = "QUARTIER_DB"


def data_folder() -> Path:
    """The platform's user data folder for Quartier (~/.local/share/Quartier on Linux): the
    laptop's data, the demo, and a server started without --db all live there."""
    return Path(platformdirs.user_data_dir("Quartier", appauthor=False))


def default_db_path() -> Path:
    """QUARTIER_DB when set, else quartier.sqlite in the data folder."""
    if env := os.environ.get(DB_ENV):
        return Path(env)
    return data_folder() / "quartier.sqlite"
