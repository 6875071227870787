"""The coach's merge of 100,000 interviews from 50 devices beside `pandas.read_sql` of the same
rows in the same run (goal: at most twice the read time); finding duplicates; CSV and XLSX
exports of the merged table."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Text, bindparam, insert, select, update

from app import tables as t
from app.dataset import load_dataset
from app.demo import build_demo
from app.duplicates import find_duplicates
from app.exports import write_csv, write_xlsx
from app.store import Key, Store
from bench.report import figure
from sync.wire.clock import now_iso

INTERVIEWS = 100_000
DEVICES = 50


def spread_over_devices(store: Store, devices: int) -> None:
    """The demo's interviews as if they had come from `devices` laptops (benchmark set-up)."""
    ids = [row[0] for row in store.submissions.table()[0]]
    names = [f"portable-{n:02d}" for n in range(devices)]
    with store.engine.begin() as conn:
        conn.execute(
            insert(t.DEVICE), [{"id": n, "name": n, "created_at": now_iso()} for n in names]
        )
        conn.execute(
            update(t.SUBMISSION)
            .where(t.SUBMISSION.c.id == bindparam("sid"))
            .values(device_id=bindparam("device")),
            [{"sid": sid, "device": names[i % devices]} for i, sid in enumerate(ids)],
        )


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def best_of_interleaved(
    runs: int, first: Callable[[], Any], second: Callable[[], Any]
) -> tuple[float, float, Any]:
    """The best time of each of two calls, run in turns so that a busy machine slows both
    alike; and the second call's result."""
    best_first = best_second = float("inf")
    result = None
    for _ in range(runs):
        best_first = min(best_first, timed(first)[0])
        seconds, result = timed(second)
        best_second = min(best_second, seconds)
    return best_first, best_second, result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "coach.sqlite"
        started = time.perf_counter()
        build_demo(path, households=INTERVIEWS)
        with Store.open(path) as store:
            spread_over_devices(store, DEVICES)
            figure("building 100k interviews from 50 devices", time.perf_counter() - started, "s")
            campaign = store.settings.get(Key.CAMPAIGN)
            s = t.SUBMISSION.c
            rows = select(
                s.id, s.form_version, s.campaign_id, s.author_id, s.device_id, s.street,
                s.created_at, s.finalized_at, s.replaces_id, s.review_state, s.review_comment,
                s.answers.cast(Text),
            ).where(s.campaign_id == campaign)  # fmt: skip
            with store.engine.connect() as conn:
                read, merge, dataset = best_of_interleaved(
                    5,
                    lambda: pd.read_sql(rows, conn),
                    lambda: load_dataset(store, campaign_id=campaign),
                )
            shape = dataset.interviews.shape
            assert shape[0] == INTERVIEWS
            assert dataset.interviews["_device_id"].nunique() == DEVICES
            figure("pandas.read_sql of the same rows (answers as text)", read, "s")
            figure(
                f"merge into one table ({shape[0]:,} rows x {shape[1]} columns)",
                merge, "s", f"<= 2x read = {2 * read:.2f} s", merge <= 2 * read,
            )  # fmt: skip
            figure("merge / read", merge / read, "x", "<= 2", merge <= 2 * read)
            seconds, pairs = timed(lambda: find_duplicates(dataset))
            figure(f"finding duplicate households ({len(pairs)} proposed)", seconds, "s")
            labelled = load_dataset(store, campaign_id=campaign, lang="fr")
            seconds, _ = timed(lambda: write_csv(labelled, Path(folder) / "out.csv"))
            figure("CSV export of the merged table", seconds, "s", "<= 10 s", seconds <= 10)
            seconds, _ = timed(lambda: write_xlsx(labelled, Path(folder) / "out.xlsx"))
            figure("XLSX export of the merged table", seconds, "s", "<= 10 s", seconds <= 10)


if __name__ == "__main__":
    main()
