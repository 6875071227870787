"""Saving an interview through the store API beside a raw sqlite3 INSERT+COMMIT of the same
payload with the same pragmas, in the same run; and building the 100k demo neighbourhood."""

from __future__ import annotations

import json
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

ROUNDS = 1000


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


def main() -> None:
    import random

    rng = random.Random(7)
    form = load_builtin(INTERVIEW_FORM)
    answers = [fill_household(form, rng) for _ in range(ROUNDS)]
    payloads = [json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in answers]
    with tempfile.TemporaryDirectory() as tmp:
        raw = raw_rate(Path(tmp) / "raw.sqlite", payloads)
        two_step, one_step = store_rates(Path(tmp) / "store.sqlite", answers)
        figure("raw sqlite3 INSERT+COMMIT (WAL, synchronous=FULL)", raw, "/s")
        figure("store finalize of a saved draft (1 commit)", one_step, "/s")
        figure("  ratio raw / store (finalize)", raw / one_step, "x", "<= 2", raw / one_step <= 2)
        figure("store save_draft + finalize (2 commits)", two_step, "/s")
        figure(
            "  ratio raw / store (save+finalize, per commit)",
            raw / (two_step * 2),
            "x",
            "<= 2",
            raw / (two_step * 2) <= 2,
        )
        started = time.perf_counter()
        build_demo(Path(tmp) / "demo.sqlite", households=100_000, seed=1)
        seconds = time.perf_counter() - started
        figure("demo neighbourhood, 100,000 interviews", seconds, "s", "seconds, not minutes",
               seconds < 60)  # fmt: skip


if __name__ == "__main__":
    main()
