"""A campaign from elsewhere (the server's feed, a coach's window, a volunteer's bundle),
applied to this laptop: the same path wherever it comes from. Applying it twice changes
nothing, so a pull that is cut and resumed, or a bundle imported twice, leaves the same store.
"""

from __future__ import annotations

from typing import Any

from app.store import Key, Store


def apply_campaign(store: Store, state: dict[str, Any]) -> None:
    """The server's campaign as it is now. The newest open campaign becomes this laptop's
    current one when it has none (or when its current one closed)."""
    store.directory.put_campaign(state)
    neighbourhood = state["neighbourhood_id"]
    open_here = [c for c in store.directory.campaigns(neighbourhood) if c["closed_at"] is None]
    current = store.settings.get(Key.CAMPAIGN)
    if open_here and current not in {c["id"] for c in open_here}:
        newest = max(open_here, key=lambda c: (c["starts_on"] or "", c["created_at"]))
        store.settings.set(Key.CAMPAIGN, newest["id"])
        store.settings.set(Key.NEIGHBOURHOOD, neighbourhood)
