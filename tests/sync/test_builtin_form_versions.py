"""The server publishes a built-in form's new version beside the earlier one when a campaign
names the form (devices then download it; interviews keep their version), and never over a
group's own version of the form."""

from __future__ import annotations

import json
from datetime import UTC, date
from pathlib import Path

from survey_forms.builtin import INTERVIEW_FORM, INTERVIEW_VERSION
from sync.server.store import ServerStore
from sync.wire.protocol import CampaignRequest

V1 = Path(__file__).parents[1] / "app" / "data" / "porte_a_porte_v1.json"


def _campaign(store: ServerStore, nid: str, name: str) -> None:
    request = CampaignRequest(
        neighbourhood_id=nid, name=name, starts_on=date(2027, 3, 1), ends_on=date(2027, 4, 30),
        forms=[INTERVIEW_FORM],
    )  # fmt: skip
    store.save_campaign(request, "admin")


def test_version_2_is_published_beside_version_1(server_store: ServerStore) -> None:
    server_store.put_form(INTERVIEW_FORM, "1", json.loads(V1.read_text(encoding="utf-8")))
    hood = server_store.add_neighbourhood("Marolles")
    _campaign(server_store, hood, "Second diagnostic 2027")
    versions = [f["version"] for f in server_store.forms() if f["form_id"] == INTERVIEW_FORM]
    assert versions == ["1", INTERVIEW_VERSION]
    assert server_store.form_definition(INTERVIEW_FORM, "1")["version"] == "1"  # untouched
    definition = server_store.form_definition(INTERVIEW_FORM, INTERVIEW_VERSION)
    assert definition is not None and definition["version"] == INTERVIEW_VERSION
    _campaign(server_store, hood, "Une autre")  # published once
    assert len([f for f in server_store.forms() if f["form_id"] == INTERVIEW_FORM]) == 2


def test_a_group_s_own_version_is_left_alone(server_store: ServerStore) -> None:
    own = {**json.loads(V1.read_text(encoding="utf-8")), "version": "2026-09-01"}
    server_store.put_form(INTERVIEW_FORM, "1", json.loads(V1.read_text(encoding="utf-8")))
    server_store.put_form(INTERVIEW_FORM, "2026-09-01", own)
    _campaign(server_store, server_store.add_neighbourhood("Marolles"), "Diagnostic")
    versions = {f["version"] for f in server_store.forms() if f["form_id"] == INTERVIEW_FORM}
    assert versions == {"1", "2026-09-01"}


def test_retention_knows_version_2_before_any_campaign_publishes_it(tmp_path: Path) -> None:
    """A laptop installs version 2 at its first opening; the server (version 1 only, its
    campaign saved before) still erases the personal answers of a version 2 interview."""
    from datetime import datetime, timedelta

    from sqlalchemy import update
    from sync_helpers import submission_change

    from sync.server import schema as t

    store = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    store.put_form(INTERVIEW_FORM, "1", json.loads(V1.read_text(encoding="utf-8")))
    hood = store.add_neighbourhood("Marolles")
    request = CampaignRequest(
        neighbourhood_id=hood, name="Automne", starts_on=date(2024, 9, 1),
        ends_on=date(2024, 10, 31), forms=[], closed=True,
    )  # fmt: skip
    campaign = store.save_campaign(request, "test")
    closed = datetime(2024, 11, 1, tzinfo=UTC)
    with store.engine.begin() as conn:
        conn.execute(update(t.campaign).values(closed_at="2024-11-01T00:00:00.000Z"))
    answers = {"consent": "yes", "street": "Rue Haute", "house_number": "12", "surface": 70,
               "participate": "yes", "contact_name": "Jeanne Dupont"}  # fmt: skip
    change = submission_change(answers)
    payload = change.payload | {"form_version": INTERVIEW_VERSION, "campaign_id": campaign.id}
    store.push([change.model_copy(update={"payload": payload})], hood, None)
    assert {f["version"] for f in store.forms()} == {"1"}
    report = store.apply_retention(6, now=closed + timedelta(days=400))
    assert report.unknown_form == 0 and report.interviews == 1
    kept = store.submission(change.entity_id)["answers"]  # type: ignore[index]
    assert kept == {"consent": "yes", "street": "Rue Haute", "surface": 70, "participate": "yes"}
    store.close()
