"""Saving an interview through the store API beside a raw sqlite3 INSERT+COMMIT of the same
payload with the same pragmas, in the same run; building the 100k demo neighbourhood; and opening
it cleanly and after an unclean shutdown (when the laptop's database is checked first)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from app.demo import build_demo, fill_household
from app.store import Store
from bench.report import figure
from survey_forms import load_builtin
from survey_forms.builtin import INTERVIEW_FORM
from sync.wire.clock import now_iso

ROUNDS = 500
TURNS = 3


def raw_rate(path: Path, payloads: list[str]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE s (id TEXT PRIMARY KEY, status TEXT, answers TEXT, at TEXT)")
    started = time.perf_counter()
    for payload in payloads:
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO s VALUES (?, 'finalized', ?, ?)", (str(uuid.uuid4()), payload, now_iso())
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return len(payloads) / elapsed


def store_rates(path: Path, answers: list[dict]) -> tuple[float, float]:
    """(save_draft then finalize: two commits, as the window does; one-step finalize)."""
    form = load_builtin(INTERVIEW_FORM)
    with Store.open(path) as store:
        store.forms.add(form)
        started = time.perf_counter()
        for a in answers:
            store.submissions.finalize(
                store.submissions.save_draft(form.form_id, form.version or "", a).id
            )
        two_step = len(answers) / (time.perf_counter() - started)
        drafts = [
            store.submissions.save_draft(form.form_id, form.version or "", a).id for a in answers
        ]
        started = time.perf_counter()
        for sid, a in zip(drafts, answers, strict=True):
            store.submissions.finalize(sid, a)
        one_step = len(answers) / (time.perf_counter() - started)
    return two_step, one_step


def open_times(path: Path) -> tuple[float, float]:
    """(a clean open; an open of what an unclean shutdown leaves, the file and its -wal copied
    while a process writes: PRAGMA quick_check runs before the store opens it)."""
    started = time.perf_counter()
    Store.open(path).close()
    clean = time.perf_counter() - started
    crashed = path.with_name("crashed.sqlite")
    writer = sqlite3.connect(path)
    writer.execute("INSERT OR REPLACE INTO setting VALUES ('bench.unclean', 'yes')")
    writer.commit()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", f"{crashed}{suffix}")
    writer.close()
    assert Path(f"{crashed}-wal").stat().st_size > 0, "the sign of an unclean shutdown"
    started = time.perf_counter()
    Store.open(crashed).close()
    return clean, time.perf_counter() - started


def main() -> None:
    import random

    rng = random.Random(7)
    form = load_builtin(INTERVIEW_FORM)
    answers = [fill_household(form, rng) for _ in range(ROUNDS)]
    payloads = [json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in answers]
    with tempfile.TemporaryDirectory() as tmp:
        raw = two_step = one_step = 0.0
        for n in range(TURNS):  # in turns, so that a busy disk slows both alike; the best
            raw = max(raw, raw_rate(Path(tmp) / f"raw{n}.sqlite", payloads))
            rates = store_rates(Path(tmp) / f"store{n}.sqlite", answers)
            two_step, one_step = max(two_step, rates[0]), max(one_step, rates[1])
        figure("raw sqlite3 INSERT+COMMIT (WAL, synchronous=FULL)", raw, "/s")
        figure("store finalize of a saved draft (1 commit)", one_step, "/s")
        figure("  ratio raw / store (finalize)", raw / one_step, "x", "<= 2", raw / one_step <= 2)
        figure("store save_draft + finalize (2 commits)", two_step, "/s")
        figure(
            "  ratio raw / store (save+finalize, per commit)",
            raw / (two_step * 2),
            "x",
            "<= 1.5",
            raw / (two_step * 2) <= 1.5,
        )
        started = time.perf_counter()
        build_demo(Path(tmp) / "demo.sqlite", households=100_000, seed=1)
        seconds = time.perf_counter() - started
        figure("demo neighbourhood, 100,000 interviews", seconds, "s", "seconds, not minutes",
               seconds < 60)  # fmt: skip
        clean, checked = open_times(Path(tmp) / "demo.sqlite")
        figure("open the 100k database (clean: no check)", clean, "s", "< 0.2", clean < 0.2)
        figure("open it after an unclean shutdown (quick_check)", checked, "s", "< 2", checked < 2)


if __name__ == "__main__":
    main()
