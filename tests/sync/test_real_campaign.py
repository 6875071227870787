"""A real group, in-process: a campaign made on the server reaches the volunteers' laptops,
their interviews reach the coaches' laptops (never another volunteer's), reviews travel between
coaches, a lost enrolment answer leaves no orphan device. On SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from conftest import in_process

from app.first_start import choose_person
from app.review import APPROVED, REJECTED, review
from app.store import Key, Store
from survey_forms import FormSession, load_builtin
from sync.client.bundles import export_bundle, import_bundle
from sync.client.device import SyncError, connect, enrol, login, synchronise
from sync.server import schema as t
from sync.server.api import create_app
from sync.server.feed import DEVICE_FEED
from sync.server.store import ServerStore
from sync.wire.protocol import CampaignRequest


class World:
    def __init__(self, url: str, tmp: Path) -> None:
        self.server = ServerStore.open(url)
        self.app = create_app(self.server)
        self.tmp = tmp
        self.nid = self.server.add_neighbourhood("Marolles")
        for coach in ("claire", "marc"):
            self.server.create_account(coach, "mot-de-passe-solide", "coach", [self.nid])
        self.campaign = self.server.save_campaign(
            CampaignRequest(
                neighbourhood_id=self.nid,
                name="Diagnostic 2027",
                starts_on=date(2027, 3, 1),
                ends_on=date(2027, 3, 31),
                target_households=400,
                streets=["Rue Haute", "Rue Blaes"],
                forms=["porte_a_porte"],
            ),
            "admin",
        )
        self.stores: list[Store] = []

    def http(self, transport: httpx.BaseTransport | None = None) -> httpx.Client:
        return connect("http://testserver", transport or in_process(self.app))

    def laptop(self, name: str) -> Store:
        store = Store.open(self.tmp / f"{name}.sqlite")
        self.stores.append(store)
        return store

    def volunteer(self, name: str) -> Store:
        store = self.laptop(name)
        code = self.server.create_enrolment_code(self.nid, None).code
        enrol(store, self.http(), code, name)
        choose_person(store, name)  # as the first-start assistant asks
        synchronise(store, self.http())
        return store

    def coach(self, name: str) -> Store:
        store = self.laptop(name)
        login(store, self.http(), name, "mot-de-passe-solide")
        synchronise(store, self.http())
        return store

    def close(self) -> None:
        for store in self.stores:
            store.close()
        self.server.close()


@pytest.fixture
def world(server_url: str, tmp_path: Path) -> Iterator[World]:
    made = World(server_url, tmp_path)
    yield made
    made.close()


def household(store: Store, street: str, size: int) -> str:
    """One doorstep interview through the real form session, in the current campaign."""
    form = load_builtin("porte_a_porte")
    session = FormSession(form)
    session.set("consent", "yes")
    session.set("street", street)
    session.set("household_size", size)
    campaign = store.settings.get(Key.CAMPAIGN)
    draft = store.submissions.save_draft(
        form.form_id,
        form.version or "",
        session.answers_to_keep(),
        campaign_id=campaign,
        author_id=store.settings.get(Key.PERSON),
    )
    return store.submissions.finalize(draft.id).id


def test_campaign_reaches_volunteers_and_interviews_reach_coaches(world: World) -> None:
    jo, ana = world.volunteer("jo"), world.volunteer("ana")
    for laptop in (jo, ana):
        [campaign] = laptop.directory.campaigns()
        assert campaign["name"] == "Diagnostic 2027"
        assert campaign["streets"] == ["Rue Haute", "Rue Blaes"]
        assert laptop.settings.get(Key.CAMPAIGN) == world.campaign.id
        assert {f["form_id"] for f in laptop.forms.versions()} == {"porte_a_porte"}
    mine = {household(jo, "Rue Haute", n) for n in range(1, 4)}
    theirs = {household(ana, "Rue Blaes", n) for n in range(1, 3)}
    for laptop in (jo, ana):
        synchronise(laptop, world.http())

    # a volunteer never receives another volunteer's interviews
    assert {s.id for s in jo.submissions.summaries()} == mine
    device_token = jo.settings.get(Key.TOKEN)
    feed = world.http().get("/api/v1/changes", headers={"Authorization": f"Bearer {device_token}"})
    assert {e["entity"] for e in feed.json()["changes"]} <= set(DEVICE_FEED)

    claire = world.coach("claire")
    assert {s.id for s in claire.submissions.summaries()} == mine | theirs
    one = next(iter(theirs))
    assert claire.submissions.get(one).author_id == ana.submissions.get(one).author_id
    known = {p["id"]: p["name"] for p in claire.directory.people()}
    assert known[claire.submissions.get(one).author_id] == "ana"  # who went where
    assert claire.submissions.get(one).campaign_id == world.campaign.id

    # coach A reviews; coach B receives the same decisions
    review(claire, list(mine), APPROVED)
    review(claire, [one], REJECTED, "doublon")
    synchronise(claire, world.http())
    marc = world.coach("marc")
    states = {s.id: s.review_state for s in marc.submissions.summaries()}
    assert states == {s.id: s.review_state for s in claire.submissions.summaries()}
    assert states[one] == REJECTED and {states[m] for m in mine} == {APPROVED}

    # the two coaches disagree: both decisions stay, the later in server order wins everywhere
    review(marc, [one], APPROVED, "pas un doublon")
    synchronise(marc, world.http())
    synchronise(claire, world.http())
    history = claire.reviews.history(one)
    assert [(h["state"], h["reviewed_by"]) for h in history] == [
        (REJECTED, "claire"),
        (APPROVED, "marc"),
    ]
    assert claire.submissions.get(one).review_state == APPROVED
    assert marc.submissions.get(one).review_state == APPROVED

    # a volunteer's laptop may not push a review decision
    review(jo, [next(iter(mine))], REJECTED)
    summary = synchronise(jo, world.http())
    assert [reason for _, reason in summary.refused] == ["forbidden"]


def test_a_bundle_reaches_the_server_through_the_coach_with_its_device(
    world: World, tmp_path: Path
) -> None:
    """Enrolled at the kick-off, then never online again: the volunteer's bundle goes to the
    coach's laptop, which forwards it; the volunteer's own later sync finds it delivered."""
    kim = world.volunteer("kim")
    ids = {household(kim, "Rue Haute", n) for n in range(1, 6)}
    export_bundle(kim, tmp_path / "kim.quartier")
    claire = world.coach("claire")
    assert import_bundle(claire, tmp_path / "kim.quartier").accepted == 5
    assert "kim" in {p["name"] for p in claire.directory.people()}
    synchronise(claire, world.http())
    with world.server.engine.begin() as conn:
        rows = conn.execute(t.submission.select().where(t.submission.c.id.in_(ids))).all()
    assert {r.device_id for r in rows} == {kim.settings.get(Key.ENROLLED_DEVICE)}
    assert {r.author_id for r in rows} == {kim.submissions.get(next(iter(ids))).author_id}
    summary = synchronise(kim, world.http())
    assert (summary.sent, summary.duplicates) == (0, 5)
    assert kim.outbox.pending_count() == 0


def test_a_lost_enrolment_answer_leaves_one_device_and_the_code_usable(world: World) -> None:
    class LoseFirstAnswer(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner, self.lost = in_process(world.app), False

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if not self.lost and request.url.path.endswith("/enrol"):
                self.lost = True
                response.read()
                raise httpx.ReadError("réponse perdue", request=request)
            return response

    code = world.server.create_enrolment_code(world.nid, None).code
    laptop = world.laptop("lea")
    transport = LoseFirstAnswer()
    with pytest.raises(SyncError) as lost:
        enrol(laptop, world.http(transport), code, "lea")
    assert lost.value.key == "sync.unreachable"
    enrolled = enrol(laptop, world.http(transport), code, "lea")
    assert enrolled.device_id == laptop.device_id
    with world.server.engine.begin() as conn:
        devices = conn.execute(t.device.select()).all()
    assert [d.id for d in devices if d.code_id] == [laptop.device_id]
    # the code stays refused to any other laptop
    other = world.laptop("intrus")
    with pytest.raises(SyncError) as refused:
        enrol(other, world.http(), code, "intrus")
    assert refused.value.params.get("status") == 403
    assert synchronise(laptop, world.http()).forms == 1


def test_campaign_dates_out_of_order_are_refused(world: World) -> None:
    with pytest.raises(ValueError):
        CampaignRequest(
            neighbourhood_id=world.nid,
            name="x",
            starts_on=date(2027, 3, 2),
            ends_on=date(2027, 3, 1),
        )
    closed = world.server.save_campaign(
        CampaignRequest(
            neighbourhood_id=world.nid,
            name="Diagnostic 2027",
            starts_on=date(2027, 3, 1),
            ends_on=date(2027, 3, 31),
            forms=["porte_a_porte"],
            closed=True,
        ),
        "admin",
        world.campaign.id,
    )
    assert closed.closed_at is not None
    jo = world.volunteer("jo")
    [campaign] = jo.directory.campaigns()
    assert campaign["closed_at"] == closed.closed_at
    assert str(uuid.UUID(campaign["id"])) == world.campaign.id
