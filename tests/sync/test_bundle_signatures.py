"""Signed bundles: each laptop's key pair made once and its public half kept by the server at
enrolment; the server and a coach's laptop check a bundle against the key of the device it
names, so no change is filed under a device or neighbourhood that did not sign it."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from bundle_forge import forge
from conftest import Hub
from sqlalchemy import update
from sync_helpers import interview

from app.store import Key, Store
from survey_forms.model import Form
from sync.client import keys
from sync.client.bundles import export_bundle
from sync.client.bundles import import_bundle as laptop_import
from sync.client.device import enrol, login, synchronise
from sync.server import schema as t
from sync.server.bundle_import import import_bundle as server_import
from sync.wire.bundle_format import BundleError
from sync.wire.errors import QuartierError
from sync.wire.signing import new_private_key, public_key_of

PASSWORD = "mot-de-passe-solide"


def refusal(error: pytest.ExceptionInfo[QuartierError]) -> str:
    reason = error.value.params.get("reason")
    return reason.key if reason is not None else error.value.key


def coach_laptop(hub: Hub) -> Store:
    """Claire's own laptop: logged in, enrolled as her device, synced once."""
    store = Store.open(hub.tmp / "claire.sqlite")
    hub.opened.append(store)
    login(store, hub.http(), "claire", PASSWORD)
    synchronise(store, hub.http())
    return store


def test_enrolment_keeps_the_laptops_key_once(hub: Hub) -> None:
    code = hub.code()
    ana = Store.open(hub.tmp / "ana.sqlite")
    hub.opened.append(ana)
    body = {"code": code, "device_id": ana.device_id, "public_key": keys.public_key(ana)}
    assert hub.http().post("/api/v1/enrol", json=body).status_code == 200
    device = hub.store.device(ana.device_id)
    assert device is not None and device["public_key"] == keys.public_key(ana)
    assert keys.public_key(ana) == public_key_of(str(ana.settings.get(Key.SIGNING_KEY)))

    again = hub.http().post("/api/v1/enrol", json=body)  # the answer was lost: same enrolment
    other = body | {"public_key": public_key_of(new_private_key())}
    stolen_code = hub.http().post("/api/v1/enrol", json=other)
    assert (again.status_code, stolen_code.status_code) == (200, 403)
    assert hub.store.device(ana.device_id)["public_key"] == keys.public_key(ana)  # type: ignore[index]

    claire = coach_laptop(hub)
    mine = hub.store.device(claire.device_id)
    assert mine is not None and mine["public_key"] == keys.public_key(claire)
    swap = {
        "neighbourhood_id": hub.nid,
        "device_id": claire.device_id,
        "public_key": public_key_of(new_private_key()),
    }
    assert hub.coach().post("/api/v1/devices", json=swap).status_code == 403


def test_a_bundle_made_before_enrolment_is_signed_with_the_key_enrolled_later(hub: Hub) -> None:
    """Weeks offline from the start: the key made at the first export is the one enrolment
    sends, so the bundle finds its device and neighbourhood with no administrator's choice."""
    ana = Store.open(hub.tmp / "ana.sqlite")
    hub.opened.append(ana)
    ids = {interview(ana, {"street": "Rue Blaes", "size": n}) for n in range(3)}
    early = hub.tmp / "early.quartier"
    export_bundle(ana, early)
    enrol(ana, hub.http(), hub.code(), "ana")
    other = hub.store.add_neighbourhood("Anneessens")
    summary = server_import(hub.store, early, neighbourhood_id=other)  # the choice is ignored
    assert summary.accepted == 3
    rows = [hub.store.submission(i) for i in ids]
    assert {(r["neighbourhood_id"], r["device_id"]) for r in rows if r} == {
        (hub.nid, ana.device_id)
    }


def test_a_revoked_or_keyless_device_cannot_bring_a_bundle(hub: Hub) -> None:
    ana, bo = hub.device("ana"), hub.device("bo")
    claire = coach_laptop(hub)
    for laptop in (ana, bo):
        interview(laptop)
        export_bundle(laptop, hub.tmp / f"{laptop.device_id}.quartier")
    claire.forms.add(interview_form(ana))
    hub.store.revoke_device(ana.device_id, "claire")
    with hub.store.engine.begin() as conn:  # enrolled before bundles were signed
        conn.execute(update(t.device).where(t.device.c.id == bo.device_id).values(public_key=None))
    ana_bundle, bo_bundle = (hub.tmp / f"{s.device_id}.quartier" for s in (ana, bo))
    for path, expected in (
        (ana_bundle, "bundle.revoked_device"),
        (bo_bundle, "bundle.device_without_key"),
    ):
        with pytest.raises(QuartierError) as refused:
            server_import(hub.store, path)
        assert refusal(refused) == expected
    synchronise(claire, hub.http())  # the feed tells Claire's laptop
    with pytest.raises(BundleError) as refused_here:
        laptop_import(claire, ana_bundle)
    assert refusal(refused_here) == "bundle.revoked_device"
    assert hub.store.count("submission") == 0


def interview_form(store: Store) -> Form:
    """The small test form, which reaches a coach's laptop by hand here (not by sync)."""
    return store.forms.get("enquete", "1")


def test_a_coachs_laptop_forwards_only_what_a_device_it_knows_signed(hub: Hub) -> None:
    """Claire's laptop learns the neighbourhood's devices from the feed: a volunteer enrolled
    since her last sync is refused until she syncs; a forged or a review-carrying bundle is
    refused; what she forwards keeps the device it was made on."""
    claire = coach_laptop(hub)
    kim = hub.device("kim")
    ids = {interview(kim, {"street": "Rue Haute", "size": n}) for n in range(2)}
    claire.forms.add(interview_form(kim))
    path = hub.tmp / "kim.quartier"
    export_bundle(kim, path)
    with pytest.raises(BundleError) as unknown:
        laptop_import(claire, path)
    assert refusal(unknown) == "bundle.unknown_device"
    assert "synchronisez" in unknown.value.text("fr").lower()

    synchronise(claire, hub.http())
    forged = forge(path, hub.tmp / "forged.quartier", private_key=new_private_key())
    with pytest.raises(BundleError) as wrong:
        laptop_import(claire, forged)
    assert refusal(wrong) == "bundle.wrong_key"
    kim_key = str(kim.settings.get(Key.SIGNING_KEY))
    review = {
        "change_id": str(uuid.uuid4()),
        "entity": "review",
        "entity_id": next(iter(ids)),
        "payload": {
            "id": next(iter(ids)),
            "review_state": "rejected",
            "reviewed_at": "2026-11-22T10:00:00.000Z",
        },
    }
    reviewing = forge(
        path, hub.tmp / "review.quartier", changes=lambda cs: [*cs, review], private_key=kim_key
    )
    with pytest.raises(BundleError) as reviews:
        laptop_import(claire, reviewing)
    assert refusal(reviews) == "bundle.holds_reviews"
    assert claire.outbox.pending_count() == 0

    assert laptop_import(claire, path).accepted == 2
    synchronise(claire, hub.http())
    rows = [hub.store.submission(i) for i in ids]
    assert {r["device_id"] for r in rows if r} == {kim.device_id}


def test_only_coaches_laptops_receive_the_devices_keys(hub: Hub) -> None:
    kim = hub.device("kim")
    claire = coach_laptop(hub)
    synchronise(kim, hub.http())
    assert kim.settings.get(Key.DEVICE_KEYS) is None
    assert hub.store.pull([hub.nid], 0, entities=("inventory", "erasure", "campaign")).changes == []
    known = keys.known_device(claire, kim.device_id)
    assert known is not None and known.public_key == keys.public_key(kim)
    assert known.neighbourhood_id == hub.nid and not known.revoked


def test_an_export_carries_only_the_laptops_own_changes(hub: Hub, tmp_path: Path) -> None:
    """A laptop that took in someone's bundle forwards those changes by sync; its own bundle
    holds what it made, so the bundle's signature speaks for every change in it."""
    kim, claire = hub.device("kim"), coach_laptop(hub)
    interview(kim)
    export_bundle(kim, tmp_path / "kim.quartier")
    claire.forms.add(interview_form(kim))
    laptop_import(claire, tmp_path / "kim.quartier")
    interview(claire)
    summary = export_bundle(claire, tmp_path / "claire.quartier")
    assert (summary.changes, claire.outbox.pending_count()) == (1, 2)
    assert server_import(hub.store, tmp_path / "claire.quartier").accepted == 1
