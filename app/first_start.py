"""A laptop's first steps: a neighbourhood of its own when a group works without a server, the
person who works on it, and what becomes of that neighbourhood when the laptop is enrolled.

Enrolment may come weeks after a group started on its own: the neighbourhood made here then
takes the server's id and name, and its campaigns, inventory and pending changes follow it, so
the laptop never shows two neighbourhoods for one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, delete, insert, select, update

from app import models as m
from app.store import PERSON_SETTING, Store

#: The settings naming the neighbourhood and campaign this laptop works in.
NEIGHBOURHOOD_SETTING = "neighbourhood_id"
CAMPAIGN_SETTING = "campaign_id"

NEIGHBOURHOOD = cast(Table, m.Neighbourhood.__table__)
CAMPAIGN = cast(Table, m.Campaign.__table__)
INVENTORY = cast(Table, m.InventoryItem.__table__)
OUTBOX = cast(Table, m.Outbox.__table__)


@dataclass(frozen=True)
class LocalStart:
    """What a group says about itself to start without a server."""

    neighbourhood: str
    campaign: str
    person: str
    commune: str = ""
    postcode: str = ""
    starts_on: str | None = None  # ISO dates
    ends_on: str | None = None
    target_households: int | None = None


def start_without_server(store: Store, start: LocalStart) -> tuple[str, str, str]:
    """Make the neighbourhood, its campaign and the person, and work in them from now on.
    Returns their ids (neighbourhood, campaign, person)."""
    nid = store.add_neighbourhood(start.neighbourhood, start.commune, start.postcode)
    cid = store.add_campaign(
        nid,
        start.campaign,
        starts_on=start.starts_on,
        ends_on=start.ends_on,
        target_households=start.target_households,
    )
    store.set_setting(NEIGHBOURHOOD_SETTING, nid)
    store.set_setting(CAMPAIGN_SETTING, cid)
    return nid, cid, choose_person(store, start.person)


def choose_person(store: Store, name: str, role: str = "volunteer") -> str:
    """The person of that name and role works on this computer from now on (made if new)."""
    known = [p["id"] for p in store.people() if p["name"] == name and p["role"] == role]
    pid = known[0] if known else store.add_person(name, role)
    store.set_setting(PERSON_SETTING, pid)
    return pid


def adopt_server_neighbourhood(
    store: Store, server_id: str, name: str, *, first_enrolment: bool
) -> None:
    """At enrolment: know the server's neighbourhood under the server's id, and work in it
    when no neighbourhood is current. At the laptop's first enrolment, the current
    neighbourhood made here becomes the server's one (a later enrolment elsewhere leaves the
    neighbourhoods already known to a server alone)."""
    current = store.get_setting(NEIGHBOURHOOD_SETTING)
    known = {n["id"] for n in store.neighbourhoods()}
    local = current if first_enrolment and current in known and current != server_id else None
    if local is None:
        store.ensure_neighbourhood(server_id, name)
    else:
        _relabel(store, local, server_id, name)
    if local is not None or current not in known:
        store.set_setting(NEIGHBOURHOOD_SETTING, server_id)


def _relabel(store: Store, local: str, server_id: str, name: str) -> None:
    with store.engine.begin() as conn:
        row = conn.execute(select(NEIGHBOURHOOD).where(NEIGHBOURHOOD.c.id == local)).one()
        if conn.scalar(select(NEIGHBOURHOOD.c.id).where(NEIGHBOURHOOD.c.id == server_id)):
            conn.execute(
                update(NEIGHBOURHOOD).where(NEIGHBOURHOOD.c.id == server_id).values(name=name)
            )
        else:
            conn.execute(
                insert(NEIGHBOURHOOD).values({**row._mapping, "id": server_id, "name": name})
            )
        for table in (CAMPAIGN, INVENTORY):
            conn.execute(
                update(table)
                .where(table.c.neighbourhood_id == local)
                .values(neighbourhood_id=server_id)
            )
        waiting = conn.execute(
            select(OUTBOX.c.seq, OUTBOX.c.payload).where(
                OUTBOX.c.synced_at.is_(None), OUTBOX.c.entity == "inventory"
            )
        )
        for seq, payload in waiting.all():
            if payload.get("neighbourhood_id") == local:
                conn.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.seq == seq)
                    .values(payload={**payload, "neighbourhood_id": server_id})
                )
        conn.execute(delete(NEIGHBOURHOOD).where(NEIGHBOURHOOD.c.id == local))
