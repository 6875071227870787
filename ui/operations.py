"""Long work off the UI thread: run a domain call in Qt's thread pool, report progress, allow
cancelling, and hand the result (or the QuartierError) back on the UI thread.

    op = Operation(lambda ctx: store.submissions.count(query))
    op.succeeded.connect(show_count)
    op.failed.connect(show_error)
    op.start()

The call receives an `OperationContext`: `ctx.progress(done, total)` reports progress and
`ctx.cancelled` tells a cooperative call to stop. A cancelled operation never emits
`succeeded`. The store is safe to call from several threads (one pooled connection per call).

An operation that changes data says what it changed (`announce`): once it succeeded, after its
own handlers, the window's change bus tells every view (ui.changes).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.changes import ChangeBus, Changes


class OperationContext:
    """What the running call sees: a progress callback and the cancel flag."""

    def __init__(self, progress: Callable[[int, int], None]) -> None:
        self._progress = progress
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        self._progress(done, total)


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation._run_in_worker()


class Operation(QObject):
    """One domain call run once in the global thread pool. Signals arrive on the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(
        self, call: Callable[[OperationContext], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._call = call
        self.context = OperationContext(self.progressed.emit)
        self._running = False
        self._announcement: tuple[ChangeBus, Changes | Callable[[Any], Changes], object] | None
        self._announcement = None
        self._if_failed: Changes | None = None

    @property
    def running(self) -> bool:
        return self._running

    def announce(
        self,
        bus: ChangeBus,
        changes: Changes | Callable[[Any], Changes],
        initiator: object = None,
        *,
        if_failed: Changes | None = None,
    ) -> Operation:
        """Once the call succeeded, announce `changes` (or `changes(result)`) on `bus`.
        `if_failed`: what a call that commits as it goes (a sync) may have changed before it
        failed."""
        self._announcement = (bus, changes, initiator)
        self._if_failed = if_failed
        return self

    @Slot(object)
    def _announce_success(self, result: Any) -> None:
        assert self._announcement is not None
        bus, changes, initiator = self._announcement
        bus.announce(changes if isinstance(changes, Changes) else changes(result), initiator)

    @Slot(object)
    def _announce_failure(self, _error: object) -> None:
        assert self._announcement is not None and self._if_failed is not None
        bus, _changes, initiator = self._announcement
        bus.announce(self._if_failed, initiator)

    def start(self, pool: QThreadPool | None = None) -> Operation:
        if self._announcement is not None:  # connected last: after the caller's own handlers
            self.succeeded.connect(self._announce_success)
            if self._if_failed is not None:
                self.failed.connect(self._announce_failure)
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.context._cancel.set()

    def _run_in_worker(self) -> None:
        try:
            result = self._call(self.context)
        except Exception as error:  # handed to the UI thread, which shows it
            if not self.context.cancelled:
                self.failed.emit(error)
        else:
            if not self.context.cancelled:
                self.succeeded.emit(result)
        finally:
            self._running = False
            self.done.emit()
