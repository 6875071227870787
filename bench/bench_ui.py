"""The desktop's figures: cold start beside a bare PySide6 window in the same run, first paint
of the interview list with 100,000 interviews beside 1,000, resident memory with 100,000
interviews beside an empty database, and keystroke-to-relevance on the largest built-in form.
Runs offscreen (no display needed).

Start-up is timed as an installed app starts: with compiled bytecode. The subprocesses write
theirs in a temporary PYTHONPYCACHEPREFIX (even under PYTHONDONTWRITEBYTECODE), and one
untimed warm-up run fills it first."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.demo import build_demo
from bench.report import figure

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 3
BYTECODE = tempfile.mkdtemp(prefix="quartier-bench-pycache-")
BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""
QUARTIER_WINDOW = """
import sys
from pathlib import Path
from ui.application import run
code = run(Path(sys.argv[1]))
heavy = sorted(m for m in ("pandas", "reportlab") if m in sys.modules)
print("heavy:" + ",".join(heavy))
"""
RESIDENT = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.store import Store
from ui.main_window import MainWindow
app = QApplication([])
store = Store.open(Path(sys.argv[1]))
window = MainWindow(store)
window.show()
end = time.monotonic() + 1.5
while time.monotonic() < end:  # the list's count runs in the thread pool
    app.processEvents()
    time.sleep(0.01)
rss = next(line for line in open("/proc/self/status") if line.startswith("VmRSS"))
print(int(rss.split()[1]))
"""


def python(code: str, *args: str, smoke: bool = False) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = BYTECODE
    if smoke:
        env["QUARTIER_SMOKE_TEST"] = "1"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - started, done.stdout


def cold_start(db: Path) -> None:
    python(BARE_WINDOW)
    python(QUARTIER_WINDOW, str(db), smoke=True)  # warm-up: compiles the bytecode once
    bare = min(python(BARE_WINDOW)[0] for _ in range(ROUNDS))
    runs = [python(QUARTIER_WINDOW, str(db), smoke=True) for _ in range(ROUNDS)]
    quartier = min(seconds for seconds, _ in runs)
    heavy = runs[0][1].split("heavy:")[-1].strip()
    store_import = min(python("import app.store")[0] for _ in range(ROUNDS))
    figure("cold start: bare PySide6 window", bare, "s")
    figure("python -c 'import app.store' alone (SQLAlchemy, Alembic)", store_import, "s")
    figure("cold start: Quartier main window (1k interviews)", quartier, "s")
    figure("cold start ratio Quartier / bare", quartier / bare, "x", "<= 2", quartier <= 2 * bare)
    figure(
        "heavy modules imported at start (pandas, reportlab)",
        len([m for m in heavy.split(",") if m]),
        "modules",
        "0",
        not heavy,
    )


def first_paint(db: Path) -> float:
    """From building the Entretiens section to the first paint of its list."""
    from PySide6.QtWidgets import QApplication

    from app.store import Store
    from ui.first_paint import FirstPaint
    from ui.interviews_page import InterviewsPage
    from ui.work_context import WorkContext

    app = QApplication.instance() or QApplication([])
    best = float("inf")
    for _ in range(ROUNDS):
        with Store.open(db) as store:
            started = time.perf_counter()
            page = InterviewsPage(WorkContext.from_store(store, "fr"))
            painted = FirstPaint(page.table.viewport())
            page.resize(1100, 700)
            page.show()
            while painted.at is None:
                app.processEvents()
            best = min(best, painted.at - started)
            if page.count_operation is not None:
                page.count_operation.cancel()
            page.close()
            page.deleteLater()
            app.processEvents()
    return best


def resident_kb(db: Path) -> int:
    return int(python(RESIDENT, str(db))[1].strip())


def keystroke_to_relevance() -> None:
    """Answer a question whose answer decides other questions' relevance, many times."""
    from PySide6.QtWidgets import QApplication

    from app.store import Store
    from survey_forms import BUILTIN_IDS, load_builtin
    from ui.form_filler.editors import ChoiceListEditor
    from ui.form_filler.form_view import FormView

    app = QApplication.instance() or QApplication([])
    forms = [load_builtin(name) for name in BUILTIN_IDS]
    form = max(forms, key=lambda f: sum(1 for _ in f.questions()))
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "k.sqlite") as store:
        view = FormView(form, None, "fr", store.attachments)
        view.show()
        app.processEvents()
        rows = [row for named in view.rows_by_name.values() for row in named]
        relevances = " ".join(q.relevant or "" for q in form.questions())
        decisive = next(
            row
            for row in rows
            if isinstance(row.editor, ChoiceListEditor)
            and f"${{{row.question.name}}}" in relevances
        )
        editor = decisive.editor
        assert isinstance(editor, ChoiceListEditor)
        times = []
        for i in range(200):
            button = editor.buttons[i % 2]
            started = time.perf_counter()
            button.click()
            times.append(time.perf_counter() - started)
    median = statistics.median(times) * 1000
    figure(
        f"keystroke to relevance ({form.form_id}, {decisive.question.name}) median",
        median,
        "ms",
        "<= 16",
        median <= 16,
    )
    figure("keystroke to relevance p95", sorted(times)[189] * 1000, "ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        small, big, empty = (Path(folder) / n for n in ("1k.sqlite", "100k.sqlite", "0.sqlite"))
        build_demo(small, households=1_000)
        started = time.perf_counter()
        build_demo(big, households=100_000)
        figure("building the 100k demo (setup)", time.perf_counter() - started, "s")
        from app.store import Store

        Store.open(empty).close()

        cold_start(small)
        paint_small, paint_big = first_paint(small), first_paint(big)
        figure("first paint of the interview list, 1k", paint_small, "s")
        figure(
            "first paint of the interview list, 100k", paint_big, "s", "<= 0.2", paint_big <= 0.2
        )
        ratio = paint_big / paint_small
        figure("first paint ratio 100k / 1k", ratio, "x", "<= 1.5", ratio <= 1.5)
        rss_empty, rss_big = resident_kb(empty), resident_kb(big)
        figure("resident memory, empty database", rss_empty / 1024, "MB")
        figure("resident memory, 100k interviews", rss_big / 1024, "MB")
        rss_ratio = rss_big / rss_empty
        figure("resident memory ratio 100k / empty", rss_ratio, "x", "<= 1.5", rss_ratio <= 1.5)
        keystroke_to_relevance()


if __name__ == "__main__":
    main()
