"""At 150 % scaling (QT_SCALE_FACTOR=1.5) the window fits a 1400-pixel-wide laptop screen, in
French and in Dutch (the longest labels), every section and Coach tab and an open interview
included. Measured in a process of its own on an offscreen screen of 1400 x 900 pixels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo import build_demo

HERE = Path(__file__).parent
LAPTOP = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1400, "height": 900,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scaled") / "demo.sqlite"
    build_demo(path, households=20)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_window_fits_1400_pixels_at_150_percent(
    small_demo: Path, tmp_path: Path, lang: str
) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(LAPTOP))
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "1.5",
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
    }
    done = subprocess.run(
        [sys.executable, str(HERE / "scaled_window.py"), str(small_demo), str(tmp_path), lang],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["ratio"] == 1.5 and measured["screen"] == pytest.approx(1400, abs=1)
    assert len(measured["shown"]) >= 8  # the sections, the Coach tabs, an interview
    too_wide = {name: widths for name, widths in measured["shown"].items() if max(widths) > 1400}
    assert not too_wide, too_wide
