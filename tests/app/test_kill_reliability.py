"""Kill -9 a process that is saving interviews, many times, at random moments: every save it
acknowledged is there afterwards and the database is intact. `--kills N` sets how many."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.records import FINALIZED
from app.store import Store

WRITER = Path(__file__).with_name("kill_writer.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")
def test_acknowledged_saves_survive_kill_9(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    kills = request.config.getoption("--kills")
    db = tmp_path / "killed.sqlite"
    run = subprocess.run(
        [sys.executable, str(WRITER), str(db), str(kills), "20261122"],
        capture_output=True,
        text=True,
        timeout=60 + kills * 2,
        check=True,
    )
    acked = json.loads(run.stdout)
    assert len(acked["finals"]) >= kills, "too few saves between kills: the test proves little"
    with Store.open(db) as store:
        for sid in acked["drafts"]:
            store.submissions.get(sid)  # raises if an acknowledged draft was lost
        assert {store.submissions.get(s).status for s in acked["finals"]} == {FINALIZED}
        queued = {c.entity_id for c in store.outbox.pending(limit=10**7)}
        assert set(acked["finals"]) <= queued, "a finalized interview is missing from the outbox"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    print(f"{kills} kills, {len(acked['drafts'])} drafts and {len(acked['finals'])} finals acked")
