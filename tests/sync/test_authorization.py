"""Every route × every role × own or other neighbourhood: who may do what."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from conftest import in_process
from sqlalchemy import select
from sync_helpers import inventory_change, submission_change

from sync.server import schema as t
from sync.server.api import create_app
from sync.server.store import ServerStore
from sync.wire.protocol import Change

ROLES = ("anonymous", "device_a", "device_b", "coach_a", "coach_b", "admin")
DENIED = {401, 403, 404}
PHOTO = b"photo"
SHA = hashlib.sha256(PHOTO).hexdigest()
UUID = str(uuid.uuid4())


@dataclass
class World:
    store: ServerStore
    http: httpx.Client
    a: str
    b: str
    tokens: dict[str, str]

    def device(self, nid: str) -> str:
        return self.store.enrol(self.store.create_enrolment_code(nid, self.coach_id).code).device_id

    @property
    def coach_id(self) -> str:
        return self.store.principal(self.tokens["admin"]).id  # type: ignore[union-attr]


def build(tmp: Path) -> World:
    store = ServerStore.open(f"sqlite:///{tmp / 'server.sqlite'}")
    a, b = store.add_neighbourhood("Marolles"), store.add_neighbourhood("Anneessens")
    tokens: dict[str, str] = {}
    for name, role, hoods in (("coach_a", "coach", [a]), ("coach_b", "coach", [b])):
        store.create_account(name, "secret-123", role, hoods)
        tokens[name] = store.login(name, "secret-123") or ""
    store.create_account("admin", "secret-123", "admin")
    tokens["admin"] = store.login("admin", "secret-123") or ""
    admin = store.principal(tokens["admin"])
    assert admin
    for name, nid in (("device_a", a), ("device_b", b)):
        tokens[name] = store.enrol(store.create_enrolment_code(nid, admin.id).code).token
    http = httpx.Client(base_url="http://testserver", transport=in_process(create_app(store)))
    return World(store, http, a, b, tokens)


Request = Callable[[World], tuple[str, str, dict]]


def routes() -> dict[str, tuple[Request, set[str]]]:
    """Each route, how to call it on neighbourhood A's data, and who may. Logout comes last:
    it ends the caller's session."""
    anyone = set(ROLES) - {"anonymous"}
    devices = {"device_a", "device_b"}
    a_staff = {"coach_a", "admin"}

    def item(w: World) -> str:
        iid = str(uuid.uuid4())
        w.store.push([inventory_change(iid, {"name": "x"}, 0)], w.a, None)
        return iid

    def project(w: World) -> str:
        pid = str(uuid.uuid4())
        change = inventory_change(pid, {"title": "x"}, 0)
        w.store.push([change.model_copy(update={"entity": "project"})], w.a, None)
        return pid

    def interview(w: World) -> str:
        change = submission_change()
        w.store.push([change], w.a, None)
        return change.entity_id

    def photo(w: World) -> str:
        w.store.push([submission_change({"street": "Rue Haute", "photo": SHA})], w.a, None)
        return SHA

    def code(w: World) -> str:
        return w.store.create_enrolment_code(w.a, w.coach_id).id

    def campaign_body(w: World) -> dict:
        return {
            "neighbourhood_id": w.a,
            "name": "Diagnostic",
            "starts_on": "2027-03-01",
            "ends_on": "2027-03-31",
            "forms": ["enquete"],
        }

    def campaign(w: World) -> str:
        from sync.wire.protocol import CampaignRequest

        return w.store.save_campaign(CampaignRequest(**campaign_body(w)), "test").id

    def own_laptop(w: World) -> dict:
        return {"neighbourhood_id": w.a, "device_id": str(uuid.uuid4()), "device_name": "pc"}

    push = {"changes": [submission_change().model_dump(mode="json")]}
    return {
        "campaigns A": (
            lambda w: ("GET", "/api/v1/campaigns", {"params": {"neighbourhood_id": w.a}}),
            a_staff,
        ),
        "create campaign A": (
            lambda w: ("POST", "/api/v1/campaigns", {"json": campaign_body(w)}),
            a_staff,
        ),
        "edit campaign A": (
            lambda w: ("PUT", f"/api/v1/campaigns/{campaign(w)}", {"json": campaign_body(w)}),
            a_staff,
        ),
        "enrol own laptop in A": (
            lambda w: ("POST", "/api/v1/devices", {"json": own_laptop(w)}),
            a_staff,
        ),
        "health": (lambda w: ("GET", "/api/v1/health", {}), set(ROLES)),
        "ready": (lambda w: ("GET", "/api/v1/ready", {}), set(ROLES)),
        "push": (lambda w: ("POST", "/api/v1/push", {"json": push}), devices),
        "pull (own feed)": (lambda w: ("GET", "/api/v1/changes", {}), devices),
        "pull A": (
            lambda w: ("GET", "/api/v1/changes", {"params": {"neighbourhood_id": w.a}}),
            devices | a_staff,  # a device always reads its own neighbourhood's feed
        ),
        "epoch": (lambda w: ("GET", "/api/v1/epoch", {}), anyone),
        "changes missing": (
            lambda w: ("POST", "/api/v1/changes/missing", {"json": {"change_ids": [UUID]}}),
            devices,
        ),
        "forms": (lambda w: ("GET", "/api/v1/forms", {}), anyone),
        "form definition": (lambda w: ("GET", "/api/v1/forms/enquete/1", {}), anyone),
        "attachment up": (
            lambda w: ("PUT", f"/api/v1/attachments/{SHA}", {"content": PHOTO}),
            devices,
        ),
        "attachment down (a photo of an interview of A)": (
            lambda w: ("GET", f"/api/v1/attachments/{photo(w)}", {}),
            a_staff,
        ),
        "attachments missing": (
            lambda w: ("POST", "/api/v1/attachments/missing", {"json": {"sha256": [SHA]}}),
            devices,
        ),
        "create code A": (
            lambda w: ("POST", "/api/v1/enrolment-codes", {"json": {"neighbourhood_id": w.a}}),
            a_staff,
        ),
        "revoke code A": (lambda w: ("DELETE", f"/api/v1/enrolment-codes/{code(w)}", {}), a_staff),
        "revoke device A": (lambda w: ("DELETE", f"/api/v1/devices/{w.device(w.a)}", {}), a_staff),
        "resolve item A": (
            lambda w: (
                "POST",
                f"/api/v1/inventory/{item(w)}/resolve",
                {"json": {"change_id": str(uuid.uuid4()), "values": {"name": "y"}}},
            ),
            a_staff,
        ),
        "resolve project A": (
            lambda w: (
                "POST",
                f"/api/v1/projects/{project(w)}/resolve",
                {"json": {"change_id": str(uuid.uuid4()), "values": {"title": "y"}}},
            ),
            a_staff,
        ),
        "erase interview A": (
            lambda w: ("POST", f"/api/v1/submissions/{interview(w)}/erase", {}),
            a_staff,
        ),
        "publish a coach key": (
            lambda w: ("PUT", "/api/v1/coach-key", {"json": {"public_key": "c0" * 32}}),
            {"coach_a", "coach_b"},  # a coach's own key, for the coach's neighbourhoods
        ),
        "coach keys (own neighbourhoods)": (lambda w: ("GET", "/api/v1/coach-keys", {}), anyone),
        # the actions groups share (their shared fields only): every enrolled device and account
        "catalogue of shared actions": (lambda w: ("GET", "/api/v1/catalogue", {}), anyone),
        "grid of every neighbourhood": (lambda w: ("GET", "/api/v1/grid", {}), {"admin"}),
        "logout": (lambda w: ("POST", "/api/v1/logout", {}), {"coach_a", "coach_b", "admin"}),
    }


def test_every_route_checks_role_and_neighbourhood(tmp_path: Path) -> None:
    world = build(tmp_path)
    world.store.put_attachment(SHA, PHOTO, "image/jpeg")
    world.store.put_form("enquete", "1", {"form_id": "enquete"})
    wrong = []
    for name, (make, allowed) in routes().items():
        for role in ROLES:
            method, path, kwargs = make(world)
            headers = (
                {"Authorization": f"Bearer {world.tokens[role]}"} if role != "anonymous" else {}
            )
            status = world.http.request(method, path, headers=headers, **kwargs).status_code
            if (status not in DENIED) != (role in allowed) or status >= 500:
                wrong.append(f"{name} as {role}: HTTP {status}")
    assert wrong == []


def test_a_device_of_b_never_reads_a(tmp_path: Path) -> None:
    world = build(tmp_path)
    world.store.push(
        [inventory_change(str(uuid.uuid4()), {"name": "secret de A"}, 0)], world.a, None
    )
    headers = {"Authorization": f"Bearer {world.tokens['device_b']}"}
    body = world.http.get("/api/v1/changes", params={"neighbourhood_id": world.a}, headers=headers)
    assert body.status_code == 200 and body.json()["changes"] == []


def test_mass_assignment_is_refused(tmp_path: Path) -> None:
    world = build(tmp_path)
    headers = {"Authorization": f"Bearer {world.tokens['coach_a']}"}
    extra = {"neighbourhood_id": world.a, "created_by": "someone-else", "uses_left": 99}
    answer = world.http.post("/api/v1/enrolment-codes", json=extra, headers=headers)
    assert answer.status_code == 422


def test_login_and_enrolment_are_rate_limited(tmp_path: Path) -> None:
    world = build(tmp_path)
    statuses = [
        world.http.post("/api/v1/login", json={"name": "coach_a", "password": "non"}).status_code
        for _ in range(12)
    ]
    assert statuses[:3] == [401] * 3 and set(statuses[3:]) == {429}  # see sync.server.throttle
    codes = [
        world.http.post("/api/v1/enrol", json={"code": f"FAUX-{i:04d}"}).status_code
        for i in range(12)
    ]
    assert codes[:10] == [403] * 10 and codes[10:] == [429, 429]


def test_the_matrix_covers_every_route_of_the_openapi_schema(tmp_path: Path) -> None:
    world = build(tmp_path)
    schema = world.http.get("/openapi.json").json()
    documented = {
        (method.upper(), re.sub(r"\{[^}]+\}", "[^/]+", path))
        for path, methods in schema["paths"].items()
        for method in methods
    }
    called = [make(world)[:2] for make, _allowed in routes().values()]
    called += [("POST", "/api/v1/login"), ("POST", "/api/v1/enrol")]  # public, rate-limited
    covered = {
        (method, pattern)
        for method, pattern in documented
        for verb, path in called
        if verb == method and re.fullmatch(pattern, path)
    }
    assert documented - covered == set()


def push_as(world: World, role: str, *changes: Change) -> list[dict]:
    body = {"changes": [c.model_dump(mode="json") for c in changes]}
    headers = {"Authorization": f"Bearer {world.tokens[role]}"}
    answer = world.http.post("/api/v1/push", json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def erase_as(world: World, role: str, submission_id: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {world.tokens[role]}"}
    return world.http.post(f"/api/v1/submissions/{submission_id}/erase", headers=headers)


def test_an_interview_of_a_cannot_replace_an_interview_of_b(tmp_path: Path) -> None:
    world = build(tmp_path)
    theirs = submission_change({"street": "Rue de B", "size": 4})
    push_as(world, "device_b", theirs)
    forged = submission_change(replaces_id=theirs.entity_id)
    [result] = push_as(world, "device_a", forged)
    assert (result["status"], result["reason"]) == ("refused", "replaces_elsewhere")
    assert world.store.submission(forged.entity_id) is None
    kept = world.store.submission(theirs.entity_id)
    assert kept is not None and kept["answers"] == {"street": "Rue de B", "size": 4}


def test_erasure_follows_a_chain_only_within_its_neighbourhood(tmp_path: Path) -> None:
    world = build(tmp_path)
    later = str(uuid.uuid4())
    early = submission_change(replaces_id=later)  # names an interview not here yet
    [accepted] = push_as(world, "device_a", early)
    assert accepted["status"] == "accepted"
    push_as(world, "device_b", submission_change({"street": "Rue de B", "size": 4}, sid=later))
    answer = erase_as(world, "coach_a", early.entity_id)
    assert answer.json() == {"erased": [early.entity_id]}
    kept = world.store.submission(later)
    assert kept is not None and kept["erased_at"] is None and kept["answers"]["size"] == 4
    assert erase_as(world, "coach_a", later).status_code == 404


def test_an_erasure_ends_on_a_chain_that_loops(tmp_path: Path) -> None:
    world = build(tmp_path)
    one, two = str(uuid.uuid4()), str(uuid.uuid4())
    push_as(world, "device_a", submission_change(sid=one, replaces_id=two))
    push_as(world, "device_a", submission_change(sid=two, replaces_id=one))
    assert sorted(erase_as(world, "coach_a", one).json()["erased"]) == sorted([one, two])


def get_as(world: World, role: str, path: str) -> int:
    headers = {"Authorization": f"Bearer {world.tokens[role]}"}
    return world.http.get(path, headers=headers).status_code


def test_a_photo_is_read_only_where_it_is_used(tmp_path: Path) -> None:
    world = build(tmp_path)
    world.tokens["device_a2"] = world.store.enrol(
        world.store.create_enrolment_code(world.a, world.coach_id).code
    ).token
    headers = {"Authorization": f"Bearer {world.tokens['device_a']}"}
    path = f"/api/v1/attachments/{SHA}"
    assert world.http.put(path, content=PHOTO, headers=headers).status_code == 201
    push_as(world, "device_a", submission_change({"street": "Rue Haute", "photo": SHA}))
    readers = {role: get_as(world, role, path) for role in (*ROLES[1:], "device_a2")}
    assert readers == {
        "device_a": 200,  # its own interview
        "device_a2": 404,  # another volunteer's interview: personal
        "device_b": 404,
        "coach_a": 200,
        "coach_b": 404,
        "admin": 200,
    }
    assert get_as(world, "coach_a", f"/api/v1/attachments/{SHA.upper()}") == 200
    item = inventory_change(str(uuid.uuid4()), {"name": "Potager", "photo": SHA}, 0)
    world.store.push([item], world.a, None)
    assert get_as(world, "device_a2", path) == 200  # the shared inventory shows it
    assert get_as(world, "device_b", path) == get_as(world, "coach_b", path) == 404


def test_an_upper_case_hash_sent_twice_is_kept_once(tmp_path: Path) -> None:
    world = build(tmp_path)
    headers = {"Authorization": f"Bearer {world.tokens['device_a']}"}
    path = f"/api/v1/attachments/{SHA.upper()}"
    answers = [world.http.put(path, content=PHOTO, headers=headers) for _ in range(2)]
    assert [a.status_code for a in answers] == [201, 201]
    assert [a.json()["stored"] for a in answers] == [True, False]
    assert world.store.get_attachment(SHA) == (PHOTO, "application/octet-stream")


def test_tokens_are_compared_exactly(tmp_path: Path) -> None:
    world = build(tmp_path)
    for role in ("coach_a", "device_a"):
        token = world.tokens[role]
        assert get_as(world, role, "/api/v1/forms") == 200
        world.tokens[role] = token.swapcase()
        assert get_as(world, role, "/api/v1/forms") == 401


def test_a_token_made_before_exact_comparison_still_opens(tmp_path: Path) -> None:
    world = build(tmp_path)
    device = world.store.principal(world.tokens["device_a"])
    assert device is not None
    legacy = "VpOv-l-3b6jpxWp3UPRwPS9v4o6nzl3LXqWOfoKStfQ"  # as token_urlsafe made them
    kept = hashlib.sha256(legacy.upper().encode()).hexdigest()
    with world.store.engine.begin() as conn:
        conn.execute(t.device.update().where(t.device.c.id == device.id).values(token_hash=kept))
    assert world.store.principal(legacy) == device


def test_a_volunteer_files_interviews_only_under_its_own_laptop(tmp_path: Path) -> None:
    """A payload naming another laptop of the neighbourhood is filed under the pushing one:
    a volunteer cannot make interviews look as if another laptop made them."""
    world = build(tmp_path)
    enrolled = world.store.enrol(world.store.create_enrolment_code(world.a, world.coach_id).code)
    change = submission_change()
    forged = change.model_copy(
        update={"payload": {**change.payload, "device_id": enrolled.device_id}}
    )
    [result] = push_as(world, "device_a", forged)
    assert result["status"] == "accepted"
    pusher = world.store.principal(world.tokens["device_a"])
    assert pusher is not None
    with world.store.engine.begin() as conn:
        filed = conn.scalar(
            select(t.submission.c.device_id).where(t.submission.c.id == change.entity_id)
        )
    assert filed == pusher.id != enrolled.device_id
