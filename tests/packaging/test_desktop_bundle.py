"""The desktop bundle builds, and starts to the main window and out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_desktop.sh"), str(tmp_path / "dist")],
        check=True,
        env=env,
        timeout=900,
    )
    binary = tmp_path / "dist" / "quartier" / "quartier"
    assert binary.is_file()
    run = subprocess.run(
        [str(binary), "--db", str(tmp_path / "bundle.sqlite")],
        env={**env, "QT_QPA_PLATFORM": "offscreen", "QUARTIER_SMOKE_TEST": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "main window shown: Quartier" in run.stdout
    assert (tmp_path / "bundle.sqlite").is_file(), "the bundle created and migrated its database"

    demo, poster = tmp_path / "demo.sqlite", tmp_path / "poster.pdf"
    for args in (
        ["demo", "--households", "40", "--db", str(demo)],
        ["poster", "--out", str(poster), "--db", str(demo)],
    ):
        step = subprocess.run(
            [str(binary), *args], env=env, capture_output=True, text=True, timeout=300
        )
        assert step.returncode == 0, step.stderr
    assert poster.read_bytes().startswith(b"%PDF"), "the bundle prints with its own fonts"
