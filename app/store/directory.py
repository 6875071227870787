"""The neighbourhoods, their campaigns (survey rounds) and the people known to this laptop."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from app import tables as t
from app.errors import RecordNotFound
from app.store.database import Database
from app.store.inventory import move_items
from app.store.projects import move_projects
from sync.wire.clock import new_id, now_iso

#: What a coach writes for a campaign's report: the recommendations and next steps, the
#: acknowledgements, and how to reach the group.
REPORT_TEXTS = ("recommendations", "thanks", "contact")


class Directory:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_neighbourhood(self, name: str, commune: str = "", postcode: str = "") -> str:
        nid = new_id()
        with self._db.tx() as conn:
            conn.execute(
                insert(t.NEIGHBOURHOOD).values(
                    id=nid, name=name, commune=commune, postcode=postcode, created_at=now_iso()
                )
            )
        return nid

    def ensure_neighbourhood(self, neighbourhood_id: str, name: str) -> None:
        """Know the server's neighbourhood under the server's id (set at enrolment)."""
        with self._db.tx() as conn:
            known = select(t.NEIGHBOURHOOD.c.id).where(t.NEIGHBOURHOOD.c.id == neighbourhood_id)
            if conn.scalar(known) is None:
                conn.execute(
                    insert(t.NEIGHBOURHOOD).values(
                        id=neighbourhood_id, name=name, created_at=now_iso()
                    )
                )

    def relabel_neighbourhood(self, local: str, server_id: str, name: str) -> None:
        """A neighbourhood made here becomes the server's one (its id and name): its
        campaigns, inventory, projects and their changes waiting to be sent follow it."""
        hood = t.NEIGHBOURHOOD
        with self._db.tx() as conn:
            row = conn.execute(select(hood).where(hood.c.id == local)).one()
            if conn.scalar(select(hood.c.id).where(hood.c.id == server_id)):
                conn.execute(update(hood).where(hood.c.id == server_id).values(name=name))
            else:
                conn.execute(insert(hood).values({**row._mapping, "id": server_id, "name": name}))
            conn.execute(
                update(t.CAMPAIGN)
                .where(t.CAMPAIGN.c.neighbourhood_id == local)
                .values(neighbourhood_id=server_id)
            )
            move_items(conn, local, server_id)
            move_projects(conn, local, server_id)
            conn.execute(delete(hood).where(hood.c.id == local))

    def neighbourhoods(self) -> list[dict[str, Any]]:
        with self._db.read() as conn:
            rows = conn.execute(select(t.NEIGHBOURHOOD).order_by(t.NEIGHBOURHOOD.c.name))
            return [dict(r._mapping) for r in rows]

    def add_campaign(
        self,
        neighbourhood_id: str,
        name: str,
        *,
        starts_on: str | None = None,
        ends_on: str | None = None,
        target_households: int | None = None,
    ) -> str:
        cid = new_id()
        with self._db.tx() as conn:
            conn.execute(
                insert(t.CAMPAIGN).values(
                    id=cid,
                    neighbourhood_id=neighbourhood_id,
                    name=name,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    target_households=target_households,
                    created_at=now_iso(),
                )
            )
        return cid

    def put_campaign(self, state: dict[str, Any]) -> None:
        """The server's campaign as it is now, added or updated under the server's id."""
        columns = ("neighbourhood_id", "name", "starts_on", "ends_on", "target_households")
        values = {k: state[k] for k in columns} | {
            "streets": list(state["streets"]),
            "forms": list(state["forms"]),
            "closed_at": state["closed_at"],
        }
        with self._db.tx() as conn:
            where = t.CAMPAIGN.c.id == state["id"]
            if conn.execute(update(t.CAMPAIGN).where(where).values(values)).rowcount == 0:
                conn.execute(
                    insert(t.CAMPAIGN).values(id=state["id"], created_at=now_iso(), **values)
                )

    def report_texts(self, campaign_id: str) -> dict[str, str]:
        """What the coach wrote for the campaign's report, each of ``REPORT_TEXTS`` ('' when
        not written)."""
        with self._db.read() as conn:
            kept = conn.scalar(select(t.CAMPAIGN.c.report).where(t.CAMPAIGN.c.id == campaign_id))
        if kept is None:
            raise RecordNotFound("campaign.unknown", id=campaign_id)
        return {name: str(kept.get(name, "")) for name in REPORT_TEXTS}

    def set_report_texts(self, campaign_id: str, **texts: str) -> dict[str, str]:
        """Keep the texts given (one of ``REPORT_TEXTS`` each; '' forgets one) on the
        campaign; returns them all."""
        unknown = set(texts) - set(REPORT_TEXTS)
        if unknown:
            raise ValueError(f"not a report text: {sorted(unknown)}")
        current = self.report_texts(campaign_id)
        current.update({name: text.strip() for name, text in texts.items()})
        kept = {name: text for name, text in current.items() if text}
        with self._db.tx() as conn:
            conn.execute(
                update(t.CAMPAIGN).where(t.CAMPAIGN.c.id == campaign_id).values(report=kept)
            )
        return current

    def campaigns(self, neighbourhood_id: str | None = None) -> list[dict[str, Any]]:
        query = select(t.CAMPAIGN).order_by(t.CAMPAIGN.c.starts_on, t.CAMPAIGN.c.name)
        if neighbourhood_id:
            query = query.where(t.CAMPAIGN.c.neighbourhood_id == neighbourhood_id)
        with self._db.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def earlier_campaigns(self, campaign_id: str) -> list[dict[str, Any]]:
        """The same neighbourhood's other campaigns that began no later than this one, the
        latest first: what a campaign can be compared with (never itself)."""
        campaigns = self.campaigns()
        this = next((c for c in campaigns if c["id"] == campaign_id), None)
        if this is None:
            return []
        start = _start(this)
        earlier = [
            c
            for c in campaigns
            if c["id"] != campaign_id
            and c["neighbourhood_id"] == this["neighbourhood_id"]
            and _start(c) <= start
        ]
        return sorted(earlier, key=_start, reverse=True)

    def add_person(self, name: str, role: str = "volunteer", person_id: str | None = None) -> str:
        pid = person_id or new_id()
        with self._db.tx() as conn:
            conn.execute(
                insert(t.PERSON).values(id=pid, name=name, role=role, created_at=now_iso())
            )
        return pid

    def people(self) -> list[dict[str, Any]]:
        with self._db.read() as conn:
            return [
                dict(r._mapping) for r in conn.execute(select(t.PERSON).order_by(t.PERSON.c.name))
            ]


def _start(campaign: dict[str, Any]) -> str:
    """The day a campaign began: its planned start, else the day it was created."""
    return str(campaign["starts_on"] or campaign["created_at"][:10])
