"""What an operation changed, announced on the window's one bus once it succeeded, so that
each view refreshes what concerns it and nothing else (Anki's `OpChanges` and
`operation_did_execute`).

    Operation(call, self).announce(context.changes, Changes(inventory=True, outbox=True))
    context.changes.announce(Changes(submissions=True), self)  # a quick call made in place
    Follower(page, context.changes, lambda c, _by: c.inventory, page.model.reload)

A view follows the bus with a `Follower`: at once while it is on screen, else when it is
shown next (a hidden section does no work for a change nobody sees yet).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Changes:
    """Which kinds of data an operation touched."""

    submissions: bool = False  # interviews: drafts, finalized, corrected, erased
    inventory: bool = False  # shared-inventory items
    reviews: bool = False  # review states and comments
    campaigns: bool = False  # campaigns and neighbourhoods
    settings: bool = False  # this computer's settings: person, server, enrolment, last sync
    forms: bool = False  # form definitions
    outbox: bool = False  # what waits to be sent (the pending count)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})  # fmt: skip

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class ChangeBus(QObject):
    """One per window, for its whole life: `changed(changes, initiator)` on the UI thread.
    The initiator (the widget that made the change, or None) lets a view skip what it already
    shows, such as a review it updated in memory."""

    changed = Signal(object, object)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)


Concerns = Callable[[Changes, object], bool]


class Follower(QObject):
    """Calls `refresh` when an announced change `concerns` the widget: at once while it is
    visible, else at its next show. `stale=True` refreshes at the first show too."""

    def __init__(
        self,
        widget: QWidget,
        bus: ChangeBus,
        concerns: Concerns,
        refresh: Callable[[], None],
        *,
        stale: bool = False,
    ) -> None:
        super().__init__(widget)  # lives and dies with the widget, and so does the connection
        self.widget = widget
        self.concerns = concerns
        self.refresh = refresh
        self.stale = stale
        bus.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, changes: Changes, initiator: object) -> None:
        if not self.concerns(changes, initiator):
            return
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale and watched is self.widget:
            self.stale = False
            self.refresh()
        return False
