"""The operation helper runs domain calls off the UI thread, with progress and cancelling."""

from __future__ import annotations

import threading
import time

from app.errors import RecordNotFound
from ui.operations import Operation, OperationContext


def test_result_arrives_on_the_ui_thread(qtbot) -> None:
    seen: list[object] = []
    progress: list[tuple[int, int]] = []

    def work(ctx: OperationContext) -> str:
        for done in range(3):
            ctx.progress(done + 1, 3)
        return threading.current_thread().name

    operation = Operation(work)
    operation.progressed.connect(lambda done, total: progress.append((done, total)))
    operation.succeeded.connect(seen.append)
    with qtbot.waitSignal(operation.done):
        operation.start()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] != threading.current_thread().name
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_errors_are_handed_back(qtbot) -> None:
    failures: list[BaseException] = []

    def work(_ctx: OperationContext) -> None:
        raise RecordNotFound("record.not_found", id="x")

    operation = Operation(work)
    operation.failed.connect(failures.append)
    with qtbot.waitSignal(operation.failed):
        operation.start()
    assert isinstance(failures[0], RecordNotFound)


def test_cancel_stops_a_cooperative_call(qtbot) -> None:
    results: list[object] = []
    steps: list[int] = []

    def work(ctx: OperationContext) -> str:
        while not ctx.cancelled:
            steps.append(1)
            time.sleep(0.005)
        return "should not arrive"

    operation = Operation(work)
    operation.succeeded.connect(results.append)
    with qtbot.waitSignal(operation.done):
        operation.start()
        qtbot.waitUntil(lambda: len(steps) > 2)
        operation.cancel()
    assert results == [] and not operation.running
