"""Campaigns: survey rounds that sync to every device of their neighbourhood."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Connection,
    insert,
    select,
    update,
)

from sync.server import schema as t
from sync.server.errors import ServerError
from sync.server.forms import Forms
from sync.wire.clock import new_id, now_iso
from sync.wire.protocol import (
    CampaignRequest,
    CampaignState,
)


class Campaigns(Forms):
    """Create, edit, close campaigns; each new state enters the feed."""

    def save_campaign(
        self, request: CampaignRequest, actor: str, campaign_id: str | None = None
    ) -> CampaignState:
        """Create a campaign, or edit (and close, or reopen) the campaign `campaign_id`. The
        new state enters the feed: every device of the neighbourhood receives it."""
        c, stamp = t.campaign, now_iso()
        self._publish_builtin_forms(request.forms)
        values = {
            "neighbourhood_id": request.neighbourhood_id,
            "name": request.name.strip(),
            "starts_on": request.starts_on.isoformat(),
            "ends_on": request.ends_on.isoformat(),
            "target_households": request.target_households,
            "streets": [s.strip() for s in request.streets if s.strip()],
            "forms": list(request.forms),
            "updated_at": stamp,
        }
        with self._write() as w:
            self._require_neighbourhood(w.conn, request.neighbourhood_id)
            if campaign_id is None:
                campaign_id = new_id()
                w.conn.execute(
                    insert(c).values(
                        id=campaign_id,
                        created_at=stamp,
                        closed_at=stamp if request.closed else None,
                        **values,
                    )
                )
            else:
                row = w.conn.execute(select(c).where(c.c.id == campaign_id)).first()
                if row is None or row.neighbourhood_id != request.neighbourhood_id:
                    raise ServerError("sync.not_found", 404, id=campaign_id)
                closed = (row.closed_at or stamp) if request.closed else None
                w.conn.execute(
                    update(c).where(c.c.id == campaign_id).values(closed_at=closed, **values)
                )
            state = _campaign_state(w.conn.execute(select(c).where(c.c.id == campaign_id)).one())
            w.append(
                request.neighbourhood_id,
                "campaign",
                campaign_id,
                new_id(),
                state.model_dump(mode="json"),
            )
            self._audit(w.conn, actor, "save_campaign", campaign_id, name=values["name"])
        return state

    def campaigns(self, neighbourhood_ids: Iterable[str] | None = None) -> list[CampaignState]:
        c = t.campaign
        query = select(c).order_by(c.c.starts_on, c.c.name)
        if neighbourhood_ids is not None:
            query = query.where(c.c.neighbourhood_id.in_(list(neighbourhood_ids)))
        with self._read() as conn:
            return [_campaign_state(row) for row in conn.execute(query)]


def _campaign_state(row: Any) -> CampaignState:
    return CampaignState(**{name: row._mapping[name] for name in CampaignState.model_fields})


class CampaignFiling:
    """Which campaign an interview belongs to when its laptop named none the server knows in
    its neighbourhood (a laptop that never enrolled, a campaign made offline): the campaign
    whose dates cover the day it was made, else the last one begun before it, else the first.
    An interview is never left outside every campaign of a neighbourhood that has one, or
    exports, posters and reports of the campaign would miss it."""

    def __init__(self, conn: Connection, neighbourhood_ids: Iterable[str]) -> None:
        c = t.campaign
        self._by_hood: dict[str, list[tuple[str, str, str]]] = {}
        rows = conn.execute(
            select(c.c.neighbourhood_id, c.c.id, c.c.starts_on, c.c.ends_on)
            .where(c.c.neighbourhood_id.in_(list(neighbourhood_ids)))
            .order_by(c.c.starts_on, c.c.name)
        )
        for hood, cid, starts, ends in rows:
            self._by_hood.setdefault(hood, []).append((cid, starts, ends))

    def campaign_of(self, neighbourhood_id: str, named: str | None, made_at: str) -> str | None:
        campaigns = self._by_hood.get(neighbourhood_id, [])
        if not campaigns or any(cid == named for cid, _, _ in campaigns):
            return named
        day = made_at[:10]
        covering = [cid for cid, starts, ends in campaigns if starts <= day <= ends]
        begun = [cid for cid, starts, _ in campaigns if starts <= day]
        return (covering or begun or [campaigns[0][0]])[-1]
