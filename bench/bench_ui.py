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
START_ROUNDS = 5
BYTECODE = tempfile.mkdtemp(prefix="quartier-bench-pycache-")
PREFERENCES = tempfile.mkdtemp(prefix="quartier-bench-preferences-")
#: Both windows are timed from the process's launch to the first paint of the first window:
#: the bare window's own, Quartier's heading (the neighbourhood and campaign, as last shown).
FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class FirstWindowPaint(QObject):
    def __init__(self, name):
        super().__init__()
        self.name, self.at, self.loaded = name, None, []

    def eventFilter(self, watched, event):
        if (self.at is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.objectName() == self.name
                and isinstance(watched.window(), QMainWindow)):
            self.at = time.monotonic()
            self.loaded = [m for m in ("sqlalchemy", "app.store", "pandas") if m in sys.modules]
        return False

app = QApplication([])
"""
BARE_WINDOW = (
    FIRST_PAINT
    + """
paint = FirstWindowPaint("")
app.installEventFilter(paint)
window = QMainWindow()
window.show()
while paint.at is None:
    app.processEvents()
print(f"painted:{paint.at}")
"""
)
QUARTIER_WINDOW = (
    FIRST_PAINT
    + """
from pathlib import Path
paint = FirstWindowPaint("heading")
app.installEventFilter(paint)
from ui.application import run
code = run(Path(sys.argv[1]))  # QUARTIER_SMOKE_TEST: quits once the store is open behind it
assert code == 0
print(f"painted:{paint.at}")
print(f"ready:{time.monotonic()}")
print("before-paint:" + ",".join(paint.loaded))
print("heavy:" + ",".join(sorted(m for m in ("pandas", "reportlab") if m in sys.modules)))
"""
)
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
print(f"rss:{int(rss.split()[1])}")
"""


def python(code: str, *args: str, smoke: bool = False) -> tuple[float, dict[str, str]]:
    """Seconds from launch to the end of `code`, or to its "painted:" moment; and what it
    printed as "name:value" lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = BYTECODE
    env["XDG_CONFIG_HOME"] = PREFERENCES  # the window as the warm-up run left it
    if smoke:
        env["QUARTIER_SMOKE_TEST"] = "1"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    ended = time.monotonic() - started
    said = dict(line.split(":", 1) for line in done.stdout.splitlines() if ":" in line)
    if "painted" in said:
        return float(said["painted"]) - started, said
    return ended, said


def cold_start(db: Path) -> None:
    python(BARE_WINDOW)
    python(QUARTIER_WINDOW, str(db), smoke=True)  # warm-up: compiles the bytecode once
    bares, runs = [], []
    for _ in range(START_ROUNDS):  # in turns, so that a busy machine slows both alike
        bares.append(python(BARE_WINDOW)[0])
        runs.append(python(QUARTIER_WINDOW, str(db), smoke=True))
    bare = min(bares)
    quartier, said = min(runs, key=lambda run: run[0])
    ready = float(said["ready"]) - float(said["painted"]) + quartier
    store_import = min(python("import app.store")[0] for _ in range(ROUNDS))
    figure("cold start: bare PySide6 window, first paint", bare, "s")
    figure("python -c 'import app.store' alone (SQLAlchemy)", store_import, "s")
    figure("cold start: Quartier main window, first paint (1k)", quartier, "s")
    figure(
        "cold start ratio Quartier / bare", quartier / bare, "x", "<= 1.5", quartier <= 1.5 * bare
    )
    figure("  then the store open and the sections built (1k)", ready, "s")
    early = [m for m in said["before-paint"].split(",") if m]
    figure("store modules imported before the first paint", len(early), "modules", "0", not early)
    heavy = [m for m in said["heavy"].split(",") if m]
    figure("heavy modules imported at start (pandas, reportlab)", len(heavy), "modules", "0",
           not heavy)  # fmt: skip


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
    return int(python(RESIDENT, str(db))[1]["rss"])


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
