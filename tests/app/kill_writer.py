"""Kills, many times over, a process that is saving interviews, and prints what was
acknowledged. Run by test_kill_reliability.py as `kill_writer.py DB KILLS SEED`.

Each round forks a child that opens the store and saves as fast as it can, writing one line to a
pipe after each acknowledged save; the parent sends SIGKILL at a random moment. Forking after
the imports makes a round cost milliseconds, so hundreds of kills fit in a test run.
"""

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.store import Store
from survey_forms.model import Form, Question

FORM = Form(form_id="f", version="1", title={"fr": "F"}, children=[Question("street", "text")])


def write_forever(db: Path, ack_fd: int) -> None:
    with Store.open(db) as store:
        store.forms.add(FORM)
        os.write(ack_fd, b"ready\n")
        n = 0
        while True:
            n += 1
            answers = {"street": "Rue Haute", "n": n, "pad": "é" * 600}
            record = store.submissions.save_draft("f", "1", answers)
            os.write(ack_fd, f"draft {record.id}\n".encode())
            store.submissions.finalize(record.id)
            os.write(ack_fd, f"final {record.id}\n".encode())


def one_round(db: Path, rng: random.Random) -> str:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: save until killed
        os.close(read_fd)
        try:
            write_forever(db, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as acks:
        first = acks.readline()
        if first == b"ready\n":
            time.sleep(rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the writer stopped before it was killed"
        return (first + acks.read()).decode(errors="replace")


def main() -> None:
    db, kills, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    drafts: list[str] = []
    finals: list[str] = []
    for _ in range(kills):
        for line in one_round(db, rng).splitlines():
            kind, _, sid = line.partition(" ")
            if len(sid) == 36:  # a line cut by the kill is not an acknowledgement
                (drafts if kind == "draft" else finals).append(sid)
    print(json.dumps({"drafts": drafts, "finals": finals}))


if __name__ == "__main__":
    main()
