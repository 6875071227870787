"""A panel that runs one operation at a time off the UI thread (`ui.operations.Operation`):
its buttons are off while it runs and come back before its result is shown, so that what
follows may start another. The panel has ``busy`` and ``message`` widgets and says in
``_enable`` which of its buttons an idle or busy panel offers. `ActionsPage`: such a panel in
the coach's Actions tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.printing.texts import Languages
from ui.errors import show_error
from ui.operations import Operation
from ui.work_context import WorkContext


class OneAtATime(QWidget):
    busy: QWidget
    message: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation: Operation | None = None

    def _enable(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def _run(self, call: Callable[[], Any], succeeded: Callable[[Any], None]) -> Operation | None:
        """``call()`` off the UI thread, then ``succeeded(result)``; nothing while another
        runs."""
        if self.operation is not None:
            return None
        self.message.hide()
        self.busy.show()
        return self._watch(Operation(lambda _ctx: call(), self), succeeded).start()

    def _watch(
        self,
        operation: Operation,
        succeeded: Callable[[Any], None],
        failed: Callable[[Any], None] | None = None,
    ) -> Operation:
        """The panel's one operation (started by the caller): the buttons off until it ends."""
        operation.succeeded.connect(self._after(operation, succeeded))
        operation.failed.connect(self._after(operation, failed or self._failed))
        operation.done.connect(lambda: self._release(operation))
        self.operation = operation
        self._enable()
        return operation

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _after(self, operation: Operation, then: Callable[[Any], None]) -> Callable[[Any], None]:
        """``then``, once the buttons are back (so that what follows may start another)."""

        def handler(value: Any) -> None:
            self._release(operation)
            then(value)

        return handler

    def _release(self, operation: Operation) -> None:
        if self.operation is operation:
            self.operation = None
            self.busy.hide()
            self._enable()


class ActionsPage(OneAtATime):
    """A page of the Actions tab: the window's context, the print languages chosen in the
    tab (``languages()``), and the neighbourhood it shows."""

    def __init__(
        self,
        context: WorkContext,
        languages: Callable[[], Languages],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.lang = context.lang if context.lang in ("fr", "nl", "en") else "fr"
        self.languages = languages
        self.neighbourhood_id: str | None = None
