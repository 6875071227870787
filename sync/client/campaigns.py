"""A coach's campaigns on the server, from the laptop: list, create, edit and close them with
the coach's session (`device.login`). Each answer is applied to the local store at once
(`app.replica.apply_campaign`, the same path as a pull), so the coach sees the campaign
without waiting for a sync; the volunteers' laptops receive it at their next sync.
"""

from __future__ import annotations

import contextlib
import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from app import replica
from app.store import Key, Store
from sync.client.device import SyncError, _call
from sync.client.messages import MESSAGES
from sync.wire.errors import QuartierError
from sync.wire.protocol import CampaignRequest, CampaignState

#: First cells taken for a column title rather than a street.
STREET_HEADERS = {"rue", "rues", "street", "streets", "straat", "straten", "nom", "name", "naam"}


class StreetsFileError(QuartierError):
    """A file of streets that cannot be read as a CSV."""

    messages = MESSAGES


@dataclass(frozen=True)
class CoachSession:
    server: str
    token: str
    neighbourhood_id: str


def coach_session(store: Store) -> CoachSession:
    """The server, the coach's session and the neighbourhood this laptop is enrolled in; a
    SyncError asking to log in as a coach when one of them is missing."""
    server, token = store.settings.get(Key.SERVER), store.settings.get(Key.COACH_TOKEN)
    hood = store.settings.get(Key.ENROLLED_NEIGHBOURHOOD)
    if not (server and token and hood):
        raise SyncError("sync.coach_session_required")
    return CoachSession(server, token, hood)


def refresh(store: Store, http: httpx.Client) -> list[CampaignState]:
    """The neighbourhood's campaigns as the server has them now, applied here."""
    session = coach_session(store)
    params = {"neighbourhood_id": session.neighbourhood_id}
    answer = _call(http, "GET", "/campaigns", session.token, params=params)
    states = [CampaignState.model_validate(c) for c in answer.json()]
    for state in states:
        replica.apply_campaign(store, state.model_dump(mode="json"))
    return states


def save(
    store: Store, http: httpx.Client, request: CampaignRequest, campaign_id: str | None = None
) -> CampaignState:
    """Create a campaign (`campaign_id` None) or replace the campaign `campaign_id` with
    `request`; the server's answer is applied here."""
    session = coach_session(store)
    body = request.model_dump(mode="json")
    if campaign_id is None:
        answer = _call(http, "POST", "/campaigns", session.token, json=body)
    else:
        answer = _call(http, "PUT", f"/campaigns/{campaign_id}", session.token, json=body)
    state = CampaignState.model_validate(answer.json())
    replica.apply_campaign(store, state.model_dump(mode="json"))
    return state


def close(store: Store, http: httpx.Client, campaign_id: str) -> CampaignState:
    """Close a campaign as the server has it now (another coach may have edited it since this
    laptop's last sync: nothing of their edit is undone)."""
    current = next((s for s in refresh(store, http) if s.id == campaign_id), None)
    if current is None:
        raise SyncError("sync.not_found", id=campaign_id)
    return save(store, http, request_from(current, closed=True), campaign_id)


def request_from(state: CampaignState | dict[str, Any], **changes: Any) -> CampaignRequest:
    """The request that keeps a campaign as it is (a server state or a local row), with
    `changes`."""
    values = state.model_dump() if isinstance(state, CampaignState) else dict(state)
    fields = {
        "neighbourhood_id": values["neighbourhood_id"],
        "name": values["name"],
        "starts_on": date.fromisoformat(values["starts_on"]),
        "ends_on": date.fromisoformat(values["ends_on"]),
        "target_households": values["target_households"],
        "streets": list(values["streets"]),
        "forms": list(values["forms"]),
        "closed": values["closed_at"] is not None,
    }
    return CampaignRequest.model_validate(fields | changes)


def read_streets(path: Path) -> list[str]:
    """The first column of a CSV (comma, semicolon or tab; one column is fine), without a
    header such as "rue". UTF-8, or Windows-1252 as Excel saves a plain "CSV"."""
    try:
        data = path.read_bytes()
        if b"\0" in data:
            raise ValueError("binary")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
        raise StreetsFileError("campaign.streets_unreadable", file=path.name) from error
    dialect: type[csv.Dialect] | str = "excel"
    if text.strip():
        with contextlib.suppress(csv.Error):  # a single column has no delimiter to find
            dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    reader = csv.reader(text.splitlines(), dialect)
    streets = [cell for row in reader if row and (cell := row[0].strip())]
    return streets[1:] if streets and streets[0].lower() in STREET_HEADERS else streets
