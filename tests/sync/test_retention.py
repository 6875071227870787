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

import httpx
import pytest
from conftest import in_process, serving
from fastapi.testclient import TestClient
from sqlalchemy import update
from sync_helpers import submission_change

from app.store import Store
from app.store.outbox import OUTBOX
from app.store.settings import Key
from survey_forms.model import Form, Question, Repeat
from sync.client.device import apply_entry, connect, enrol, login, synchronise
from sync.server import schema as t
from sync.server.api import create_app
from sync.server.observability import LOG
from sync.server.retention import months_before
from sync.server.store import ServerStore
from sync.wire.protocol import CampaignRequest, PullResponse

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


#: A second form of the same campaign, where the street is personal and a note is not.
DOORSTEP = Form(
    form_id="seuil",
    version="1",
    title={"fr": "Seuil", "nl": "Drempel", "en": "Doorstep"},
    children=[Question("street", "text", personal=True), Question("note", "text")],
)


def pull_like_a_laptop_made_before_retention(laptop: Store, http: httpx.Client, nid: str) -> None:
    """How a coach's laptop made before retention pulled: it did not ask for partial
    erasures, and it erased any erasure entry's interviews whole (corrections included)."""
    headers = {"Authorization": f"Bearer {laptop.settings.get(Key.COACH_TOKEN)}"}
    while True:
        since = laptop.settings.get_int(Key.COACH_CURSOR)
        query = {"since": since, "neighbourhood_id": nid}
        answer = http.get("/api/v1/changes", params=query, headers=headers)
        page = PullResponse.model_validate(answer.raise_for_status().json())
        for entry in page.changes:
            if entry.entity == "erasure":
                laptop.submissions.erase(entry.payload["submission_ids"])
            else:
                apply_entry(laptop, entry)
        laptop.settings.set(Key.COACH_CURSOR, page.next_cursor)
        if not page.more:
            return


def test_laptops_old_and_new_erase_only_each_forms_personal_answers(
    server_url: str, tmp_path: Path
) -> None:
    """On a real server on loopback: a current laptop erases, in each interview, only what
    its own form marks personal; a laptop made before retention erases nothing it should
    keep (its pull stops before the retention entry) and catches up once updated."""
    store = ServerStore.open(server_url)
    nid = store.add_neighbourhood("Marolles")
    store.create_account("claire", "mot-de-passe-solide", "coach", [nid])
    for form in (FORM, DOORSTEP):
        store.put_form(form.form_id, form.version or "", form.to_dict())
    request = CampaignRequest(
        neighbourhood_id=nid,
        name="Printemps",
        starts_on=date(2027, 3, 1),
        ends_on=date(2027, 4, 30),
        forms=[FORM.form_id, DOORSTEP.form_id],
    )
    campaign = store.save_campaign(request, "test")
    with serving(create_app(store, json_log=False)) as address:
        http = connect(address)
        volunteer = Store.open(tmp_path / "volunteer.sqlite")
        enrol(volunteer, http, store.create_enrolment_code(nid, None).code, "v")
        synchronise(volunteer, http)
        made = []
        for form_id, answers in (
            ("voisins", ANSWERS),
            ("seuil", {"street": "Rue Haute", "note": "chien"}),
        ):
            draft = volunteer.submissions.save_draft(form_id, "1", answers, campaign_id=campaign.id)
            made.append(volunteer.submissions.finalize(draft.id).id)
        synchronise(volunteer, http)
        coach, old = Store.open(tmp_path / "coach.sqlite"), Store.open(tmp_path / "old.sqlite")
        for laptop in (coach, old):
            login(laptop, http, "claire", "mot-de-passe-solide")
            synchronise(laptop, http)
        store.save_campaign(request.model_copy(update={"closed": True}), "test", campaign.id)
        store.apply_retention(6, now=datetime.now(UTC) + timedelta(days=200))
        expected = [KEPT, {"note": "chien"}]
        assert [store.submission(sid)["answers"] for sid in made] == expected  # type: ignore[index]

        for laptop in (volunteer, coach):
            synchronise(laptop, http)
            assert [laptop.submissions.get(sid).answers for sid in made] == expected
        pull_like_a_laptop_made_before_retention(old, http, nid)
        assert [old.submissions.get(sid).answers["street"] for sid in made] == ["Rue Haute"] * 2
        synchronise(old, http)  # updated
        assert [old.submissions.get(sid).answers for sid in made] == expected
        for laptop in (volunteer, coach, old):
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
