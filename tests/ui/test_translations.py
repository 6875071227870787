"""Every text of the window is translated into Dutch and English, and the compiled files
match their sources: a French string added without its translations fails here."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.translations import I18N

UI = I18N.parent
TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_window_text_is_translated(lang: str, tmp_path: Path) -> None:
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.fail(f"{lupdate} is missing: PySide6 Essentials ships it")
    ts = tmp_path / f"quartier_{lang}.ts"
    shutil.copy(I18N / ts.name, ts)
    subprocess.run(
        [str(lupdate), *_sources(), "-ts", str(ts), "-source-language", "fr", "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == [], f"{len(untranslated)} texts without a {lang} translation"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_compiled_translations_are_up_to_date(lang: str) -> None:
    source, compiled = I18N / f"quartier_{lang}.ts", I18N / f"quartier_{lang}.qm"
    done = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(source), "-qm", "/dev/stdout", "-silent"],
        check=True,
        capture_output=True,
    )
    assert done.stdout == compiled.read_bytes(), f"run pyside6-lrelease on {source.name}"
