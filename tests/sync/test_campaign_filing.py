"""An interview whose laptop named no campaign the server knows is filed in the campaign of
its neighbourhood that matches the day it was made."""

from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine

from sync.server.campaigns import CampaignFiling
from sync.server.store import ServerStore
from sync.wire.protocol import CampaignRequest


def _campaign(store: ServerStore, nid: str, name: str, starts: date, ends: date) -> str:
    request = CampaignRequest(
        neighbourhood_id=nid, name=name, starts_on=starts, ends_on=ends, forms=["porte_a_porte"]
    )
    return store.save_campaign(request, "admin").id


def test_the_campaign_covering_the_day_else_the_last_begun_else_the_first(
    server_store: ServerStore, server_url: str
) -> None:
    marolles = server_store.add_neighbourhood("Marolles")
    elsewhere = server_store.add_neighbourhood("Anneessens")
    empty = server_store.add_neighbourhood("Sans campagne")
    first = _campaign(
        server_store, marolles, "Diagnostic 2026", date(2026, 3, 1), date(2026, 3, 31)
    )
    second = _campaign(
        server_store, marolles, "Diagnostic 2027", date(2027, 3, 1), date(2027, 3, 31)
    )
    theirs = _campaign(server_store, elsewhere, "Anneessens", date(2026, 1, 1), date(2027, 12, 31))
    engine = create_engine(server_url)
    with engine.connect() as conn:
        filing = CampaignFiling(conn, [marolles, empty])
    engine.dispose()

    def filed(named: str | None, made_at: str, hood: str = marolles) -> str | None:
        return filing.campaign_of(hood, named, made_at)

    assert filed(None, "2027-03-12T10:00:00Z") == second  # its dates cover the day
    assert filed(None, "2026-03-31T18:00:00Z") == first
    assert filed(None, "2026-11-02T10:00:00Z") == first  # between rounds: the last begun
    assert filed(None, "2025-06-01T10:00:00Z") == first  # before any: the first
    assert filed("made-offline", "2027-03-12T10:00:00Z") == second  # unknown here
    assert filed(theirs, "2027-03-12T10:00:00Z") == second  # never another neighbourhood's
    assert filed(first, "2027-03-12T10:00:00Z") == first  # a known one is kept as it is
    assert filed(None, "2027-03-12T10:00:00Z", empty) is None  # no campaign to file it in
