"""Where Quartier keeps its data unless told otherwise (`--db PATH` or QUARTIER_DB)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_ENV = "QUARTIER_DB"


def default_db_path() -> Path:
    """QUARTIER_DB when set, else the platform's user data folder (~/.local/share/Quartier...)."""
    if env := os.environ.get(DB_ENV):
        return Path(env)
    return Path(platformdirs.user_data_dir("Quartier", appauthor=False)) / "quartier.sqlite"
