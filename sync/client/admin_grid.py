"""The benchmark grid of every neighbourhood on a server, for an admin (issue 16): the
server counts the actions of each neighbourhood by theme and stage (`GET /grid`, admins
only); nothing else leaves it, so the cells hold counts of actions by stage, no people
reached and no needs (hence no gap)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.actions.grid import Action, Grid, grid_of
from sync.client.device import _call
from sync.wire.catalogue import ServerGrid
from sync.wire.protocol import TokenResponse

if TYPE_CHECKING:
    import httpx


def fetch_grid(http: httpx.Client, name: str, password: str) -> Grid:
    """Log in as ``name``, ask the server's grid, log out. A coach is refused (HTTP 403)."""
    answer = _call(http, "POST", "/login", json={"name": name, "password": password})
    token = TokenResponse.model_validate(answer.json()).token
    try:
        found = ServerGrid.model_validate(_call(http, "GET", "/grid", token).json())
    finally:
        _call(http, "POST", "/logout", token)
    return grid_from_counts(found)


def grid_from_counts(found: ServerGrid) -> Grid:
    """The grid of the server's counts: one `Action` per action counted."""
    actions = [
        Action(row.neighbourhood_id, theme, stage)
        for row in found.rows
        for theme, stages in row.counts.items()
        for stage, count in stages.items()
        for _ in range(count)
    ]
    made = grid_of([(r.neighbourhood_id, r.name) for r in found.rows], actions, {})
    return replace(made, counts_only=True)
