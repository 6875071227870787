"""The central server's HTTP API (FastAPI). `create_app(store)` builds it around a ServerStore.

Every route names who may call it (`device`, `coach`...) and checks the neighbourhood of what
it touches; the token is looked up on every request, so revoking a device or ending a session
takes effect at once. Request bodies are the protocol models: unknown fields are refused, and
nothing a client sends is written to a column it does not name (no mass assignment).
"""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import asdict
from functools import partial
from typing import Annotated, get_args

import segno
from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from sync.server.accounts import Principal
from sync.server.database import SCHEMA_HEAD
from sync.server.edge import bound_requests
from sync.server.errors import ServerError
from sync.server.feed import DEVICE_FEED
from sync.server.observability import Metrics, RequestLog
from sync.server.retention import retention_schedule
from sync.server.store import ServerStore
from sync.server.throttle import HashingGate, Throttled
from sync.wire.catalogue import CataloguePage, ServerGrid
from sync.wire.errors import QuartierError
from sync.wire.protocol import (
    EPOCH_HEADER,
    MAX_BATCH,
    CampaignRequest,
    CampaignState,
    ChangeResult,
    CoachDeviceRequest,
    CoachKey,
    CoachKeys,
    EnrolmentCodeRequest,
    EnrolmentCodeResponse,
    EnrolRequest,
    EnrolResponse,
    Entity,
    EpochInfo,
    FormDefinition,
    FormVersionInfo,
    LoginRequest,
    MissingAttachments,
    MissingChanges,
    PullResponse,
    PushRequest,
    PushResponse,
    Resolution,
    TokenResponse,
)

API = "/api/v1"


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Principal:
    """Who holds the bearer token, looked up at every request (revocation is immediate)."""
    scheme, _, token = (authorization or "").partition(" ")
    store: ServerStore = request.app.state.store
    principal = store.principal(token) if scheme.lower() == "bearer" and token else None
    if principal is None:
        raise ServerError("sync.unauthorized", 401)
    return principal


# The role checks are coroutines: FastAPI runs a plain function dependency in a worker
# thread, a hop per request that only compares two strings.
async def device_only(principal: Annotated[Principal, Depends(caller)]) -> Principal:
    if principal.kind != "device":
        raise ServerError("sync.forbidden", 403)
    return principal


async def coach_or_admin(principal: Annotated[Principal, Depends(caller)]) -> Principal:
    if principal.role not in ("coach", "admin"):
        raise ServerError("sync.forbidden", 403)
    return principal


def admin_only(principal: Annotated[Principal, Depends(caller)]) -> Principal:
    if principal.role != "admin":
        raise ServerError("sync.forbidden", 403)
    return principal


Anyone = Annotated[Principal, Depends(caller)]
Device = Annotated[Principal, Depends(device_only)]
Coach = Annotated[Principal, Depends(coach_or_admin)]
Admin = Annotated[Principal, Depends(admin_only)]
#: The kinds of change this server applies, as `health` states them to laptops.
ENTITIES: tuple[str, ...] = get_args(Entity)


def create_app(
    store: ServerStore,
    gate: HashingGate | None = None,
    *,
    metrics: bool = True,
    json_log: bool = True,
    retention_months: int | None = None,
    accepts: Collection[str] = ENTITIES,
) -> FastAPI:
    """`retention_months`: erase personal answers that long after a campaign closed, on a
    schedule while the app runs (`sync.server.retention`). `accepts`: the kinds of change
    pushes may carry (fewer only to stand for an older server, in tests)."""
    lifespan = None
    if retention_months is not None:
        months = retention_months
        lifespan = retention_schedule(lambda: store.apply_retention(months))
    app = FastAPI(title="Quartier — serveur de synchronisation", version="1", lifespan=lifespan)
    app.state.store = store
    bound_requests(app)
    gate = gate or HashingGate()
    counted = Metrics()
    app.add_middleware(RequestLog, metrics=counted, as_json=json_log)

    @app.exception_handler(QuartierError)
    def _refused(_request: Request, error: QuartierError) -> JSONResponse:
        status = error.status if isinstance(error, ServerError) else 400
        wait = {"Retry-After": str(error.retry_after)} if isinstance(error, Throttled) else None
        return JSONResponse({"detail": str(error), "key": error.key}, status, wait)

    def guard(principal: Principal, neighbourhood_id: str | None) -> str:
        if neighbourhood_id is None or not principal.may_see(neighbourhood_id):
            raise ServerError("sync.forbidden", 403)
        return neighbourhood_id

    def client_ip(request: Request) -> str:
        return request.client.host if request.client else "?"

    @app.get(f"{API}/health")
    async def health() -> dict[str, str | list[str]]:
        """Liveness: the process answers (the database is not asked). It also states the
        kinds of change this server accepts: a newer laptop pushes those and keeps the rest
        waiting (a server before it states none: laptops then send the kinds
        older servers knew, `sync.client.kinds`). A coroutine: answered on the event loop,
        not after the worker threads busy with logins and pushes."""
        return {"status": "ok", "accepts": sorted(accepts)}

    @app.get(f"{API}/ready")
    def ready() -> dict[str, str]:
        """Readiness: the database answers and its schema is this server's."""
        try:
            version = store.schema_version()
        except QuartierError as error:
            raise ServerError("server.not_ready", 503, reason=error.text("en")) from error
        if version != SCHEMA_HEAD:
            reason = f"schema {version}, expected {SCHEMA_HEAD}"
            raise ServerError("server.not_ready", 503, reason=reason)
        return {"status": "ready", "schema": version}

    if metrics:

        @app.get("/metrics", include_in_schema=False)
        def prometheus() -> Response:
            text = counted.text(store.figures())
            return Response(text, media_type="text/plain; version=0.0.4")

    @app.post(f"{API}/login")
    async def login(body: LoginRequest, request: Request) -> TokenResponse:
        host = client_ip(request)
        await run_in_threadpool(store.check_login, host, body.name)  # before queueing for argon2
        return await gate.run(partial(checked_login, store, host, body))

    @app.post(f"{API}/logout", status_code=204)
    def logout(_who: Coach, authorization: Annotated[str, Header()]) -> None:
        store.logout(authorization.partition(" ")[2])

    @app.post(f"{API}/enrol")
    def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
        host = client_ip(request)
        store.check_enrol(host)
        try:
            device_id = str(body.device_id) if body.device_id else None
            done = store.enrol(body.code, body.device_name, device_id, body.public_key)
        except ServerError:
            store.enrol_failed(host)
            raise
        return EnrolResponse(**asdict(done))

    @app.post(f"{API}/push")
    def push(body: PushRequest, who: Device) -> PushResponse:
        unknown = sorted({c.entity for c in body.changes} - set(accepts))
        if unknown:
            raise ServerError("sync.unknown_kind", 422, kinds=", ".join(unknown))
        [nid] = who.neighbourhood_ids
        reviewer = who.name if who.may_review else None
        return PushResponse(results=store.push(body.changes, nid, who.id, reviewer))

    @app.post(f"{API}/devices")
    def enrol_coach_device(body: CoachDeviceRequest, who: Coach) -> EnrolResponse:
        nid = guard(who, body.neighbourhood_id)
        done = store.enrol_coach_device(
            who, nid, str(body.device_id), body.device_name, body.public_key
        )
        return EnrolResponse(**asdict(done))

    @app.put(f"{API}/coach-key", status_code=204)
    def publish_coach_key(body: CoachKey, who: Coach) -> None:
        """A coach's laptop publishes the public half of its sealing key."""
        store.publish_coach_key(who, body.public_key)

    @app.get(f"{API}/coach-keys")
    def coach_keys(who: Anyone) -> CoachKeys:
        """The coaches' sealing keys of the caller's neighbourhoods (a device: its own)."""
        return CoachKeys(neighbourhoods=store.coach_keys(sorted(who.neighbourhood_ids)))

    @app.get(f"{API}/campaigns")
    def campaigns(who: Coach, neighbourhood_id: str) -> list[CampaignState]:
        return store.campaigns([guard(who, neighbourhood_id)])

    @app.post(f"{API}/campaigns", status_code=201)
    def create_campaign(body: CampaignRequest, who: Coach) -> CampaignState:
        guard(who, body.neighbourhood_id)
        return store.save_campaign(body, who.name)

    @app.put(f"{API}/campaigns/{{campaign_id}}")
    def edit_campaign(campaign_id: str, body: CampaignRequest, who: Coach) -> CampaignState:
        guard(who, body.neighbourhood_id)
        return store.save_campaign(body, who.name, campaign_id)

    @app.get(f"{API}/changes")
    def pull(
        who: Anyone,
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = MAX_BATCH,
        neighbourhood_id: str | None = None,
        partial_erasures: bool = False,
        *,
        response: Response,
    ) -> PullResponse:
        """`partial_erasures`: the laptop erases only the answers a retention entry names
        (laptops made before retention do not say so; see `Feed.pull`)."""
        response.headers[EPOCH_HEADER] = store.epoch
        if who.kind == "device":
            nids = sorted(who.neighbourhood_ids)
            return store.pull(nids, since, limit, DEVICE_FEED, partial_erasures=partial_erasures)
        nids = [guard(who, neighbourhood_id)]
        return store.pull(nids, since, limit, partial_erasures=partial_erasures)

    @app.get(f"{API}/catalogue")
    def catalogue(
        _who: Anyone,
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = MAX_BATCH,
    ) -> CataloguePage:
        """The transition actions groups share with every neighbourhood (their shared fields
        only), paged by feed number like a pull (`sync.server.catalogue`)."""
        return store.catalogue(since, limit)

    @app.get(f"{API}/grid")
    def action_grid(_who: Admin) -> ServerGrid:
        """Every neighbourhood's actions counted by theme and stage: for an admin only."""
        return store.action_grid()

    @app.get(f"{API}/epoch")
    def epoch(_who: Anyone, since: Annotated[str, Query(max_length=36)] = "") -> EpochInfo:
        """The server's epoch, and where a device that pulled in epoch `since` resumes."""
        return store.epoch_since(since)

    @app.post(f"{API}/changes/missing")
    def missing_changes(body: MissingChanges, _who: Device) -> MissingChanges:
        ids = store.missing_changes([str(c) for c in body.change_ids])
        return MissingChanges.model_validate({"change_ids": ids})

    @app.get(f"{API}/forms")
    def forms(_who: Anyone) -> list[FormVersionInfo]:
        return [FormVersionInfo(**f) for f in store.forms()]

    @app.get(f"{API}/forms/{{form_id}}/{{version}}")
    def form(form_id: str, version: str, _who: Anyone) -> FormDefinition:
        definition = store.form_definition(form_id, version)
        if definition is None:
            raise ServerError("sync.not_found", 404, id=f"{form_id} {version}")
        return FormDefinition(form_id=form_id, version=version, definition=definition)

    @app.put(f"{API}/attachments/{{sha256}}", status_code=201)
    async def put_attachment(sha256: str, request: Request, _who: Device) -> dict[str, bool]:
        content = await request.body()
        media_type = request.headers.get("content-type", "application/octet-stream")
        return {"stored": store.put_attachment(sha256, content, media_type)}

    @app.get(f"{API}/attachments/{{sha256}}")
    def get_attachment(sha256: str, who: Anyone) -> Response:
        found = store.get_attachment(sha256) if store.may_read_attachment(sha256, who) else None
        if found is None:
            raise ServerError("sync.not_found", 404, id=sha256)
        return Response(found[0], media_type=found[1])

    @app.post(f"{API}/attachments/missing")
    def missing(body: MissingAttachments, _who: Device) -> MissingAttachments:
        return MissingAttachments(sha256=store.missing_attachments(body.sha256))

    @app.post(f"{API}/enrolment-codes", status_code=201)
    def create_code(
        body: EnrolmentCodeRequest, who: Coach, request: Request
    ) -> EnrolmentCodeResponse:
        code = store.create_enrolment_code(
            guard(who, body.neighbourhood_id), who.id, body.uses, body.valid_hours
        )
        qr = segno.make(enrolment_link(str(request.base_url), code.code), error="m")
        svg = io.BytesIO()
        qr.save(svg, kind="svg", scale=4)
        return EnrolmentCodeResponse(
            id=code.id,
            code=code.code,
            neighbourhood_id=code.neighbourhood_id,
            expires_at=code.expires_at,
            uses=code.uses,
            qr_svg=svg.getvalue().decode(),
        )

    @app.delete(f"{API}/enrolment-codes/{{code_id}}", status_code=204)
    def revoke_code(code_id: str, who: Coach) -> None:
        row = store.enrolment_code(code_id)
        guard(who, row["neighbourhood_id"] if row else None)
        store.revoke_enrolment_code(code_id, who.name)

    @app.delete(f"{API}/devices/{{device_id}}", status_code=204)
    def revoke_device(device_id: str, who: Coach) -> None:
        row = store.device(device_id)
        guard(who, row["neighbourhood_id"] if row else None)
        store.revoke_device(device_id, who.name)

    @app.post(f"{API}/inventory/{{item_id}}/resolve")
    def resolve(item_id: str, body: Resolution, who: Coach) -> ChangeResult:
        return store.resolve(item_id, body, who)

    @app.post(f"{API}/projects/{{project_id}}/resolve")
    def resolve_project(project_id: str, body: Resolution, who: Coach) -> ChangeResult:
        return store.resolve(project_id, body, who, entity="project")

    @app.post(f"{API}/submissions/{{submission_id}}/erase")
    def erase(submission_id: str, who: Coach) -> dict[str, list[str]]:
        return {"erased": store.erase_submission(submission_id, who)}

    return app


def checked_login(store: ServerStore, host: str, body: LoginRequest) -> TokenResponse:
    """A login in one of the hashing slots: the throttle's last word, then the password."""
    store.check_login(host, body.name)
    token = store.login(body.name, body.password)
    principal = store.principal(token) if token else None
    if token is None or principal is None:
        store.login_failed(host, body.name)
        raise ServerError("sync.unauthorized", 401)
    store.login_succeeded(host, body.name)
    return TokenResponse(
        token=token,
        role=principal.role,  # type: ignore[arg-type]
        neighbourhood_ids=sorted(principal.neighbourhood_ids),
    )


def enrolment_link(server: str, code: str) -> str:
    """What the QR code of an enrolment code holds: the server and the code, nothing else."""
    return f"quartier://enrol?server={server.rstrip('/')}&code={code}"


def qr_png(link: str) -> bytes:
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=6)
    return out.getvalue()
