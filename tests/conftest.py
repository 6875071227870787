"""Fixtures shared by every test package."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The laptop's secrets (app/store/vault.py): never in a developer's own keyring, and the
# fallback's secret.key in a folder of the test run's own (the processes tests start inherit it)
os.environ.setdefault("QUARTIER_KEYRING", "0")
os.environ.setdefault("QUARTIER_SECRETS_DIR", tempfile.mkdtemp(prefix="quartier-secrets-"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--kills",
        type=int,
        default=int(os.environ.get("QUARTIER_KILLS", "240")),
        help="how many times the reliability test kills a saving process",
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "quartier.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    from app.store import Store

    with Store.open(db_path) as opened:
        yield opened
