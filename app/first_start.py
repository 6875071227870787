"""A laptop's first steps: a neighbourhood of its own when a group works without a server, the
person who works on it, and what becomes of that neighbourhood when the laptop is enrolled.

Enrolment may come weeks after a group started on its own: the neighbourhood made here then
takes the server's id and name, and its campaigns, inventory and pending changes follow it, so
the laptop never shows two neighbourhoods for one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store import Key, Store


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
    store.forms.ensure_builtin()
    nid = store.directory.add_neighbourhood(start.neighbourhood, start.commune, start.postcode)
    cid = store.directory.add_campaign(
        nid,
        start.campaign,
        starts_on=start.starts_on,
        ends_on=start.ends_on,
        target_households=start.target_households,
    )
    store.settings.set(Key.NEIGHBOURHOOD, nid)
    store.settings.set(Key.CAMPAIGN, cid)
    return nid, cid, choose_person(store, start.person)


def choose_person(store: Store, name: str, role: str = "volunteer") -> str:
    """The person of that name and role works on this computer from now on (made if new)."""
    known = [p["id"] for p in store.directory.people() if p["name"] == name and p["role"] == role]
    pid = known[0] if known else store.directory.add_person(name, role)
    store.settings.set(Key.PERSON, pid)
    return pid


def adopt_server_neighbourhood(
    store: Store, server_id: str, name: str, *, first_enrolment: bool
) -> None:
    """At enrolment: know the server's neighbourhood under the server's id, and work in it
    when no neighbourhood is current. At the laptop's first enrolment, the current
    neighbourhood made here becomes the server's one (a later enrolment elsewhere leaves the
    neighbourhoods already known to a server alone)."""
    current = store.settings.get(Key.NEIGHBOURHOOD)
    known = {n["id"] for n in store.directory.neighbourhoods()}
    local = current if first_enrolment and current in known and current != server_id else None
    if local is None:
        store.directory.ensure_neighbourhood(server_id, name)
    else:
        store.directory.relabel_neighbourhood(local, server_id, name)
    if local is not None or current not in known:
        store.settings.set(Key.NEIGHBOURHOOD, server_id)
