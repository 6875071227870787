"""The device side of sync: enrol once, then push what is pending and pull what changed.

The HTTP client is a parameter (`connect(url, transport=...)`): tests run the same code against
the server in-process (`httpx.ASGITransport`), against a real server on loopback, and through
a transport that injects faults. A change is marked sent only once the server acknowledged it,
batch by batch, so an interrupted sync resends at most the batch that was in flight. The pull
cursor is saved after each page is applied; applying a page twice changes nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import ValidationError

from app import replica
from app.first_start import adopt_server_neighbourhood
from app.records import OutboxEntry
from app.store import Key, Store
from sync.client import keys
from sync.client.catalogue import pull_catalogue
from sync.client.connection import API, Progress, SyncError, SyncSummary
from sync.client.connection import connect as connect
from sync.client.connection import is_server_address as is_server_address
from sync.client.kinds import ALL_KINDS, LEGACY_KINDS, accepted_kinds
from sync.wire.limits import body_limit
from sync.wire.protocol import (
    EPOCH_HEADER,
    MAX_BATCH,
    Change,
    ChangeResult,
    CoachKey,
    CoachKeys,
    EnrolResponse,
    EpochInfo,
    FeedEntry,
    FormDefinition,
    FormVersionInfo,
    MissingAttachments,
    MissingChanges,
    PullResponse,
    PushResponse,
    Resolution,
    TokenResponse,
)

if TYPE_CHECKING:
    import httpx


def _call(
    http: httpx.Client, method: str, path: str, token: str | None = None, **kwargs: Any
) -> httpx.Response:
    import httpx

    headers = dict(kwargs.pop("headers", {}))
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = http.request(method, f"{API}{path}", headers=headers, **kwargs)
    except httpx.TransportError as error:
        raise SyncError(
            "sync.unreachable", server=str(http.base_url), reason=type(error).__name__
        ) from error
    if response.status_code == 401:
        raise SyncError("sync.unauthorized")
    if response.status_code == 429:
        raise SyncError("sync.rate_limited")
    if response.status_code >= 500:  # the server or its proxy is in trouble, not the request
        raise SyncError(
            "sync.server_unavailable", server=str(http.base_url), status=response.status_code
        )
    if response.status_code >= 400:
        try:
            detail = str(response.json().get("detail", ""))
        except ValueError:
            detail = response.text[:200]
        raise SyncError("sync.server_refused", status=response.status_code, detail=detail)
    return response


def enrol(store: Store, http: httpx.Client, code: str, device_name: str = "") -> EnrolResponse:
    """Exchange a coach's enrolment code for this device's token, kept in the store. The
    laptop's own id goes with the code: if the answer is lost, trying again with the same code
    gets the same enrolment back. Its public key goes too: its bundles are checked with it."""
    body = {
        "code": code,
        "device_name": device_name,
        "device_id": store.device_id,
        "public_key": keys.public_key(store),
    }
    return _keep_enrolment(store, http, _call(http, "POST", "/enrol", json=body))


def _keep_enrolment(store: Store, http: httpx.Client, response: httpx.Response) -> EnrolResponse:
    enrolled = EnrolResponse.model_validate(response.json())
    adopt_server_neighbourhood(
        store,
        enrolled.neighbourhood_id,
        enrolled.neighbourhood_name,
        first_enrolment=store.settings.get(Key.ENROLLED_NEIGHBOURHOOD) is None,
    )
    for key, value in (
        (Key.SERVER, str(http.base_url)),
        (Key.TOKEN, enrolled.token),
        (Key.ENROLLED_DEVICE, enrolled.device_id),
        (Key.ENROLLED_NEIGHBOURHOOD, enrolled.neighbourhood_id),
        (Key.CURSOR, "0"),
    ):
        store.settings.set(key, value)
    return enrolled


def synchronise(
    store: Store, http: httpx.Client, progress: Progress | None = None, batch_size: int = 200
) -> SyncSummary:
    """Send the attachments the server lacks, push pending changes of the kinds the server
    accepts, pull what changed and the catalogue of shared actions."""
    token = store.settings.get(Key.TOKEN)
    if not token:
        raise SyncError("sync.not_enrolled")
    summary = SyncSummary()
    accepts = _accepted_kinds(store, http)
    summary.attachments = _send_attachments(store, http, token, summary)
    _send_resolutions(store, http, summary, accepts)
    _push(store, http, token, summary, progress or _silent, batch_size, accepts)
    summary.forms = _receive_forms(store, http, token)  # before interviews that use them
    _exchange_coach_keys(store, http, token)
    try:
        _pull_all(store, http, token, summary, progress or _silent)
    except _NewEpoch:
        _rejoin(store, http, token, summary, progress or _silent, batch_size, accepts)
        _pull_all(store, http, token, summary, progress or _silent)
    summary.sealed_late = store.submissions.seal_clear()  # now acknowledged, keys known
    summary.shared_actions = pull_catalogue(
        store, lambda params: _call(http, "GET", "/catalogue", token, params=params).json()
    )
    return summary


def _accepted_kinds(store: Store, http: httpx.Client) -> frozenset[str]:
    """The kinds of change the server states it accepts (`sync.client.kinds`), asked only
    when something of a kind newer than `LEGACY_KINDS` waits (a project, a resolution)."""
    if store.outbox.pending_kinds() <= LEGACY_KINDS:
        return ALL_KINDS
    try:
        return accepted_kinds(_call(http, "GET", "/health").json())
    except SyncError as error:
        if error.key != "sync.server_refused":
            raise
        return LEGACY_KINDS
    except ValueError:  # not JSON: a proxy's page
        return LEGACY_KINDS


def _exchange_coach_keys(store: Store, http: httpx.Client, token: str) -> None:
    """A coach's laptop publishes the public half of its sealing key (with the session);
    every laptop takes the coach keys of its neighbourhoods, to seal the personal answers of
    the interviews it finalizes. A server older than them answers 404: nothing to take."""
    from sync.wire.sealing import LockedKey

    coach, locked = store.settings.get(Key.COACH_TOKEN), store.settings.get(Key.COACH_SEAL_KEY)
    try:
        if coach and locked:
            body = CoachKey(public_key=LockedKey.from_text(locked).public_key)
            try:
                _call(http, "PUT", "/coach-key", coach, json=body.model_dump())
            except SyncError as error:
                if error.key != "sync.unauthorized":
                    raise  # the session ended: the pull says so, the next login publishes
        answer = _call(http, "GET", "/coach-keys", token)
    except SyncError as error:
        if error.params.get("status") == 404:
            return
        raise
    store.settings.take_coach_keys(CoachKeys.model_validate(answer.json()).neighbourhoods)


class _NewEpoch(Exception):
    """The server's epoch is not the one this laptop pulled in: it was restored."""


def _pull_all(
    store: Store, http: httpx.Client, token: str, summary: SyncSummary, progress: Progress
) -> None:
    """Pull with the coach's session while it lasts, else with the device's token."""
    coach = store.settings.get(Key.COACH_TOKEN)
    if coach:
        params = {"neighbourhood_id": store.settings.get(Key.ENROLLED_NEIGHBOURHOOD) or ""}
        try:
            _pull(store, http, coach, Key.COACH_CURSOR, params, summary, progress)
        except SyncError as error:
            if error.key != "sync.unauthorized":
                raise
            summary.coach_session_expired = True
            store.settings.forget(Key.COACH_TOKEN)  # the name stays: whose session expired
    if not coach or summary.coach_session_expired:
        _pull(store, http, token, Key.CURSOR, {}, summary, progress)


def _rejoin(
    store: Store,
    http: httpx.Client,
    token: str,
    summary: SyncSummary,
    progress: Progress,
    batch_size: int,
    accepts: frozenset[str],
) -> None:
    """The server was restored from a backup: pull again from where its timeline and this
    laptop's part, and send again only the acknowledged changes it lacks. The new epoch is
    kept last, so an interruption repeats this at the next sync rather than losing anything."""
    since = store.settings.get(Key.EPOCH) or ""
    answer = _call(http, "GET", "/epoch", token, params={"since": since})
    info = EpochInfo.model_validate(answer.json())
    if info.resume_from is not None:
        for key in (Key.CURSOR, Key.COACH_CURSOR, Key.CATALOGUE_CURSOR):
            store.settings.set(key, min(store.settings.get_int(key), info.resume_from))
        acknowledged = store.outbox.acknowledged()
        for start in range(0, len(acknowledged), MAX_BATCH):
            asked = MissingChanges.model_validate(
                {"change_ids": acknowledged[start : start + MAX_BATCH]}
            )
            body = asked.model_dump(mode="json")
            lacking = _call(http, "POST", "/changes/missing", token, json=body).json()
            lost = [str(c) for c in MissingChanges.model_validate(lacking).change_ids]
            store.outbox.mark_pending(lost)
            summary.resent_after_restore += len(lost)
        summary.attachments += _send_attachments(store, http, token, summary)
        _push(store, http, token, summary, progress, batch_size, accepts)
    store.settings.set(Key.EPOCH, info.epoch)


def login(
    store: Store,
    http: httpx.Client,
    name: str,
    password: str,
    neighbourhood_id: str | None = None,
) -> TokenResponse:
    """Open a coach's session on the server and keep its token here: the next syncs send the
    conflict resolutions and review decisions made on this computer and receive the whole
    neighbourhood (interviews included) until the session expires. A laptop not enrolled yet
    is enrolled as the coach's own device for `neighbourhood_id` (needed when the coach
    follows several neighbourhoods)."""
    response = _call(http, "POST", "/login", json={"name": name, "password": password})
    session = TokenResponse.model_validate(response.json())
    store.settings.set(Key.COACH_TOKEN, session.token)
    store.settings.set(Key.COACH_NAME, name)
    if not store.settings.get(Key.TOKEN):
        hoods = session.neighbourhood_ids
        chosen = neighbourhood_id or (hoods[0] if len(hoods) == 1 else None)
        if chosen is None:
            raise SyncError("sync.choose_neighbourhood", count=len(hoods))
        body = {
            "neighbourhood_id": chosen,
            "device_id": store.device_id,
            "device_name": name,
            "public_key": keys.public_key(store),
        }
        _keep_enrolment(store, http, _call(http, "POST", "/devices", session.token, json=body))
        store.settings.set(Key.COACH_CURSOR, 0)
    return session


def logout(store: Store, http: httpx.Client) -> bool:
    """Close the coach's session: this computer forgets it at once, then tells the server,
    best effort (a server out of reach leaves the token to expire on its own). True when the
    server heard it."""
    token = store.settings.get(Key.COACH_TOKEN)
    store.settings.forget(Key.COACH_TOKEN, Key.COACH_NAME)
    if not token:
        return False
    try:
        _call(http, "POST", "/logout", token)
    except SyncError:
        return False
    return True


def _send_resolutions(
    store: Store, http: httpx.Client, summary: SyncSummary, accepts: frozenset[str]
) -> None:
    """Send the coach's conflict resolutions to the server's resolve route, in the order they
    were made. Without a coach session (or once it expired) they wait for the next sync; one
    the server refuses (the conflict was closed meanwhile, or the item is out of reach) leaves
    the outbox, and the item takes the server's state again at the pull. Those of a kind
    the server does not accept (a project's, on a server before projects) wait."""
    waiting = [
        entry
        for entry in store.outbox.pending_resolutions()
        if entry.payload.get("entity", "inventory") in accepts
    ]
    session = store.settings.get(Key.COACH_TOKEN)
    if not waiting or not session:
        summary.resolutions_waiting = len(waiting)
        return
    for done, entry in enumerate(waiting):
        body = Resolution(change_id=entry.change_id, values=entry.payload["values"])  # type: ignore[arg-type]
        kind = "projects" if entry.payload.get("entity") == "project" else "inventory"
        path = f"/{kind}/{entry.entity_id}/resolve"
        try:
            answer = _call(http, "POST", path, session, json=body.model_dump(mode="json"))
        except SyncError as error:
            if error.key == "sync.unauthorized":
                summary.resolutions_waiting = len(waiting) - done
                return
            if error.key != "sync.server_refused" or error.params.get("status") not in (
                400,
                403,
                404,
            ):
                raise
            summary.refused.append((entry.change_id, str(error.params.get("detail", ""))))
            store.outbox.mark_synced([entry.change_id])
            continue
        result = ChangeResult.model_validate(answer.json())
        if result.status == "refused":
            summary.refused.append((entry.change_id, result.reason or ""))
        summary.resolutions += result.status == "accepted"
        store.outbox.mark_synced([entry.change_id])


def _receive_forms(store: Store, http: httpx.Client, token: str) -> int:
    """Download the form versions the server offers and this device lacks."""
    from survey_forms.model import Form

    have = {(f["form_id"], f["version"]) for f in store.forms.versions()}
    offered = [
        FormVersionInfo.model_validate(f) for f in _call(http, "GET", "/forms", token).json()
    ]
    missing = [f for f in offered if (f.form_id, f.version) not in have]
    for info in missing:
        answer = _call(http, "GET", f"/forms/{info.form_id}/{info.version}", token)
        store.forms.add(Form.from_dict(FormDefinition.model_validate(answer.json()).definition))
    return len(missing)


def _silent(_phase: str, _done: int, _total: int) -> None:
    return None


def _send_attachments(store: Store, http: httpx.Client, token: str, summary: SyncSummary) -> int:
    hashes = store.attachments.hashes()
    sent = 0
    for start in range(0, len(hashes), 500):
        chunk = MissingAttachments(sha256=hashes[start : start + 500])
        answer = _call(http, "POST", "/attachments/missing", token, json=chunk.model_dump())
        for sha in MissingAttachments.model_validate(answer.json()).sha256:
            content, media_type = store.attachments.get(sha)
            if len(content) > body_limit(f"{API}/attachments/{sha}"):
                summary.refused.append((sha, "too_large"))  # the server would answer 413
                continue
            headers = {"Content-Type": media_type}
            _call(http, "PUT", f"/attachments/{sha}", token, content=content, headers=headers)
            sent += 1
    return sent


def outbox_change(entry: OutboxEntry) -> dict[str, Any]:
    """An outbox entry as a protocol Change, checked here (ValidationError) so that one
    malformed entry cannot get a whole batch refused; sent as the plain dict it already is."""
    body = _outbox_body(entry)
    Change.model_validate(body)
    return body


def _outbox_body(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "change_id": entry.change_id,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "payload": entry.payload,
    }


def _push(
    store: Store,
    http: httpx.Client,
    token: str,
    summary: SyncSummary,
    progress: Progress,
    batch_size: int,
    accepts: frozenset[str],
) -> None:
    """Push the pending changes batch by batch. Those of a kind the server does not accept
    stay pending, unsent (counted in `waiting_kinds`): they leave once the server accepts
    their kind, and nothing is asked of it before.

    The server checks every change; the laptop checks them only when the server refuses a
    body as malformed (422), then sends again those that pass, so that one malformed entry
    cannot keep the others from going (checking each change here beforehand cost a sixth
    of a push)."""
    total, done, after = store.outbox.pending_count(), 0, 0
    progress("envoi", 0, total)
    summary.waiting_kinds = {}
    limit = body_limit(f"{API}/push")
    while batch := store.outbox.pending_after(after, batch_size):
        after = batch[-1].seq
        changes = []
        for entry in batch:
            if entry.entity in accepts:
                changes.append(_outbox_body(entry))
            else:
                waiting = summary.waiting_kinds
                waiting[entry.entity] = waiting.get(entry.entity, 0) + 1
        for part in _within_limit(changes, limit) if changes else []:
            try:
                answer = _call(http, "POST", "/push", token, content=_body(part), headers=_JSON)
            except SyncError as error:
                if error.params.get("status") != 422:
                    raise
                part = _checked(part, summary)
                if not part:
                    continue
                answer = _call(http, "POST", "/push", token, content=_body(part), headers=_JSON)
            _acknowledged(store, answer, summary)
        done += len(batch)
        progress("envoi", done, total)


def _checked(encoded: list[bytes], summary: SyncSummary) -> list[bytes]:
    """The changes of a refused body that pass the protocol's checks; the others refused."""
    kept = []
    for change in encoded:
        try:
            Change.model_validate_json(change)
            kept.append(change)
        except ValidationError:
            summary.refused.append((str(json.loads(change).get("change_id")), "invalid"))
    return kept


def _acknowledged(store: Store, answer: httpx.Response, summary: SyncSummary) -> None:
    """What the server made of a push: acknowledged changes leave the outbox."""
    results = PushResponse.model_validate(answer.json()).results
    store.outbox.mark_synced(str(r.change_id) for r in results if r.acknowledged)
    for result in results:
        if result.status == "refused":
            summary.refused.append((str(result.change_id), result.reason or ""))
        summary.sent += result.status == "accepted"
        summary.duplicates += result.status == "duplicate"
        summary.conflicts += result.outcome == "conflict"
        summary.parallel_updates += result.outcome == "parallel_update"


_JSON = {"Content-Type": "application/json"}
_EMPTY_PUSH = b'{"changes":[]}'


def _within_limit(changes: list[dict[str, Any]], limit: int) -> list[list[bytes]]:
    """The changes of a batch, each encoded once, in as few pushes as keep each body under
    the server's limit (their bytes counted as they are sent)."""
    parts: list[list[bytes]] = [[]]
    size = len(_EMPTY_PUSH)
    for change in changes:
        encoded = _encoded(change)
        if parts[-1] and size + len(encoded) + 1 > limit:
            parts.append([])
            size = len(_EMPTY_PUSH)
        parts[-1].append(encoded)
        size += len(encoded) + 1
    return parts


def _body(encoded: list[bytes]) -> bytes:
    return b'{"changes":[' + b",".join(encoded) + b"]}"


def _encoded(change: dict[str, Any]) -> bytes:
    """A change as UTF-8 JSON (orjson); one orjson cannot encode (a lone surrogate, which the
    server refuses with a reason) is written as the standard library escapes it."""
    try:
        return orjson.dumps(change)
    except orjson.JSONEncodeError:
        return json.dumps(change).encode()


def _pull(
    store: Store,
    http: httpx.Client,
    token: str,
    cursor_key: Key,
    params: dict[str, str],
    summary: SyncSummary,
    progress: Progress,
) -> None:
    cursor = store.settings.get_int(cursor_key)
    while True:
        query = {"since": cursor, "partial_erasures": "true", **params}
        answer = _call(http, "GET", "/changes", token, params=query)
        _same_epoch(store, answer.headers.get(EPOCH_HEADER))
        page = PullResponse.model_validate(answer.json())
        for entry in page.changes:
            summary.received += apply_entry(store, entry)
        cursor = page.next_cursor
        store.settings.set(cursor_key, cursor)
        progress("réception", summary.received, summary.received + (1 if page.more else 0))
        if not page.more:
            return


def _same_epoch(store: Store, epoch: str | None) -> None:
    """Raise _NewEpoch when the server's epoch is not the one this laptop pulled in. A laptop
    that has pulled nothing yet (or a server without epochs) simply takes it."""
    kept = store.settings.get(Key.EPOCH)
    if epoch is None or epoch == kept:
        return
    if kept is None and not (
        store.settings.get_int(Key.CURSOR) or store.settings.get_int(Key.COACH_CURSOR)
    ):
        store.settings.set(Key.EPOCH, epoch)
        return
    raise _NewEpoch


def apply_entry(store: Store, entry: FeedEntry) -> bool:
    """Apply one feed entry to the local store; False when it was left for later."""
    if entry.entity == "inventory":
        return store.inventory.apply_state(entry.neighbourhood_id, entry.change_id, entry.payload)
    if entry.entity == "project":
        return store.projects.apply_state(entry.neighbourhood_id, entry.change_id, entry.payload)
    if entry.entity == "erasure" and "answers" in entry.payload:  # retention: personal ones
        store.submissions.erase_answers(entry.payload["submission_ids"], entry.payload["answers"])
        return True
    if entry.entity == "erasure":
        store.submissions.erase(entry.payload["submission_ids"])
        return True
    if entry.entity == "campaign":
        replica.apply_campaign(store, entry.payload)
        return True
    if entry.entity == "submission":
        return store.submissions.receive(entry.payload)
    if entry.entity == "device":
        keys.remember_device(store, entry)
        return True
    return store.reviews.receive(entry.seq, entry.change_id, entry.payload)
