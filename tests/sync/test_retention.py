"""Retention: a campaign's personal answers are erased a configured number of months after it
closed, on the server and, through the feed, on the volunteer's laptop and the coach's
replica; audited with counts, never values; by command and on the server's schedule."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import in_process
from fastapi.testclient import TestClient
from sqlalchemy import update
from sync_helpers import submission_change

from app.store import Store
from app.store.outbox import OUTBOX
from survey_forms.model import Form, Question, Repeat
from sync.client.device import connect, enrol, login, synchronise
from sync.server import schema as t
from sync.server.api import create_app
from sync.server.observability import LOG
from sync.server.retention import months_before
from sync.server.store import ServerStore
from sync.wire.protocol import CampaignRequest

NAME = "Jeanne Dupont"
FORM = Form(
    form_id="voisins",
    version="1",
    title={"fr": "Voisins", "nl": "Buren", "en": "Neighbours"},
    children=[
        Question("street", "text"),
        Question("resident_name", "text", personal=True),
        Question("greeting", "calculate", calculation="concat('Bonjour ', ${resident_name})"),
        Repeat(
            "members",
            children=[Question("member_name", "text", personal=True), Question("age", "integer")],
        ),
    ],
)
ANSWERS = {
    "street": "Rue Haute",
    "resident_name": NAME,
    "greeting": f"Bonjour {NAME}",
    "members": [{"member_name": "Léa", "age": 7}, {"member_name": "Tom", "age": 40}],
}
KEPT = {"street": "Rue Haute", "members": [{"age": 7}, {"age": 40}]}


def test_months_before_keeps_the_day_or_the_months_last() -> None:
    assert months_before(datetime(2027, 3, 31, tzinfo=UTC), 1).date() == date(2027, 2, 28)
    assert months_before(datetime(2028, 3, 31, tzinfo=UTC), 1).date() == date(2028, 2, 29)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), 13).date() == date(2025, 12, 15)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), 0).date() == date(2027, 1, 15)


def test_personal_answers_go_everywhere_months_after_the_close(
    server_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = ServerStore.open(server_url)
    nid = store.add_neighbourhood("Marolles")
    store.create_account("claire", "mot-de-passe-solide", "coach", [nid])
    store.put_form(FORM.form_id, FORM.version or "", FORM.to_dict())
    request = CampaignRequest(
        neighbourhood_id=nid,
        name="Printemps",
        starts_on=date(2027, 3, 1),
        ends_on=date(2027, 4, 30),
        forms=[FORM.form_id],
    )
    campaign = store.save_campaign(request, "test")
    http = connect("http://testserver", in_process(create_app(store)))
    volunteer = Store.open(tmp_path / "volunteer.sqlite")
    enrol(volunteer, http, store.create_enrolment_code(nid, None).code, "v")
    synchronise(volunteer, http)  # the form comes from the server
    draft = volunteer.submissions.save_draft("voisins", "1", ANSWERS, campaign_id=campaign.id)
    sid = volunteer.submissions.finalize(draft.id).id
    synchronise(volunteer, http)
    coach = Store.open(tmp_path / "coach.sqlite")
    login(coach, http, "claire", "mot-de-passe-solide")
    synchronise(coach, http)
    assert coach.submissions.get(sid).answers["resident_name"] == NAME

    store.save_campaign(request.model_copy(update={"closed": True}), "test", campaign.id)
    closed = datetime.now(UTC)
    early = store.apply_retention(6, now=closed + timedelta(days=150))
    assert (early.campaigns, early.interviews, early.answers) == (0, 0, 0)
    counted = store.apply_retention(6, now=closed + timedelta(days=200), dry_run=True)
    assert (counted.campaigns, counted.interviews, counted.answers) == (1, 1, 4)
    assert store.submission(sid)["answers"]["resident_name"] == NAME  # type: ignore[index]

    with caplog.at_level(logging.INFO, logger=LOG.name):
        done = store.apply_retention(6, now=closed + timedelta(days=200))
    assert done == counted
    assert store.submission(sid)["answers"] == KEPT  # type: ignore[index]
    [audit] = [a for a in store.audit_log() if a["action"] == "retention"]
    assert audit["target"] == campaign.id and '"answers": 4' in audit["detail"]
    logged = [r.getMessage() for r in caplog.records if "retention" in r.getMessage()]
    assert logged and all(NAME not in line and "Léa" not in line for line in logged)
    assert NAME not in audit["detail"]
    again = store.apply_retention(6, now=closed + timedelta(days=400))
    assert again.interviews == 0

    for laptop in (volunteer, coach):
        synchronise(laptop, http)
        assert laptop.submissions.get(sid).answers == KEPT
    with sqlite3.connect(tmp_path / "volunteer.sqlite") as db:  # the outbox copy too
        query = f"SELECT payload FROM {OUTBOX.name} WHERE entity_id = ?"
        [copy] = [json.loads(p) for (p,) in db.execute(query, (sid,))]
    db.close()
    assert copy["answers"] == KEPT
    for laptop in (volunteer, coach):
        laptop.close()
    store.close()


def test_the_server_erases_on_its_own_schedule(tmp_path: Path) -> None:
    store = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    nid = store.add_neighbourhood("Marolles")
    store.put_form(FORM.form_id, FORM.version or "", FORM.to_dict())
    request = CampaignRequest(
        neighbourhood_id=nid,
        name="Automne",
        starts_on=date(2024, 9, 1),
        ends_on=date(2024, 10, 31),
        forms=[FORM.form_id],
        closed=True,
    )
    campaign = store.save_campaign(request, "test")
    with store.engine.begin() as conn:  # closed two years ago
        conn.execute(update(t.campaign).values(closed_at="2024-11-01T00:00:00.000Z"))
    change = submission_change(ANSWERS)
    payload = change.payload | {"form_id": "voisins", "campaign_id": campaign.id}
    store.push([change.model_copy(update={"payload": payload})], nid, None)
    sid = change.entity_id
    with TestClient(create_app(store, retention_months=12)):
        for _ in range(100):
            if store.submission(sid)["answers"] == KEPT:  # type: ignore[index]
                break
            time.sleep(0.05)
    assert store.submission(sid)["answers"] == KEPT  # type: ignore[index]
    store.close()


def test_the_command_counts_then_erases(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    ServerStore.open(url).close()

    def retention(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "quartier", "server", "retention", "--db", url, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    unset = retention()
    assert unset.returncode != 0 and "QUARTIER_SERVER_RETENTION_MONTHS" in unset.stderr
    dry = retention("--months", "6", "--dry-run")
    assert dry.returncode == 0 and "0 réponses personnelles seraient effacées" in dry.stdout
