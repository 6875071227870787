"""Pulling the server's catalogue of shared transition actions (issue 16) into the laptop's
store, page by page after its own cursor, as a pull does. A server older than the catalogue
answers 404: the laptop then simply has none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.store import Key, Store
from sync.client.connection import SyncError
from sync.wire.catalogue import CataloguePage

#: Fetch one page: the query's parameters -> the answer's JSON (`device._call` behind it).
Fetch = Callable[[dict[str, Any]], Any]


def pull_catalogue(store: Store, fetch: Fetch) -> int:
    """Receive what the catalogue changed since this laptop's cursor; the number of actions
    received. The cursor is saved after each page is kept: an interruption resumes there."""
    cursor = store.settings.get_int(Key.CATALOGUE_CURSOR)
    received = 0
    while True:
        try:
            answer = fetch({"since": cursor})
        except SyncError as error:
            if error.params.get("status") == 404:
                return received
            raise
        page = CataloguePage.model_validate(answer)
        received += store.catalogue.receive(page.actions, page.withdrawn)
        cursor = page.next_cursor
        store.settings.set(Key.CATALOGUE_CURSOR, cursor)
        if not page.more:
            return received
