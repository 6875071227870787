"""The central server's storage: accounts, enrolment, the change feed and the merge rules.

One class, `ServerStore`, on SQLite (default) or PostgreSQL with the same code. Every writing
method is one transaction that first updates the single `feed_counter` row: writers are
serialised, feed numbers follow commit order, and a reader pulling `since=cursor` never skips
a change that commits later with a smaller number.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)

from survey_forms.builtin import BUILTIN_IDS, load_builtin
from sync.server import schema as t
from sync.server.messages import MESSAGES
from sync.wire.clock import iso, new_id, now_iso
from sync.wire.errors import QuartierError
from sync.wire.merge import CONFLICTS, DELETED, conflicting_fields, resolve, three_way
from sync.wire.protocol import (
    MAX_BATCH,
    CampaignRequest,
    CampaignState,
    Change,
    ChangeResult,
    FeedEntry,
    InventoryPayload,
    PullResponse,
    Resolution,
    ReviewPayload,
    SubmissionPayload,
    canonical_hash,
)

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in sync/server/migrations/versions; a test checks it is Alembic's head.
SCHEMA_HEAD = "0002"
SESSION_HOURS = 12
#: What a volunteer's laptop receives: never another volunteer's interviews or reviews.
DEVICE_FEED = ("inventory", "erasure", "campaign")
_hasher = PasswordHasher()


class ServerError(QuartierError):
    """A request the server refuses; `status` is the HTTP status it maps to."""

    messages = MESSAGES

    def __init__(self, key: str, status: int = 400, **params: object) -> None:
        super().__init__(key, **params)
        self.status = status


@dataclass(frozen=True)
class Principal:
    """Who is calling: an account (admin, coach) or an enrolled device (volunteer)."""

    kind: str
    id: str
    role: str
    name: str
    neighbourhood_ids: frozenset[str] = field(default_factory=frozenset)
    #: A coach (or a coach's own laptop) may push review decisions.
    may_review: bool = False

    def may_see(self, neighbourhood_id: str) -> bool:
        return self.role == "admin" or neighbourhood_id in self.neighbourhood_ids

    @property
    def device_id(self) -> str | None:
        return self.id if self.kind == "device" else None


@dataclass(frozen=True)
class NewCode:
    id: str
    code: str
    neighbourhood_id: str
    expires_at: str
    uses: int | None


@dataclass(frozen=True)
class Enrolment:
    token: str
    device_id: str
    neighbourhood_id: str
    neighbourhood_name: str


def token_hash(secret: str) -> str:
    """Tokens and codes are random; a plain SHA-256 is enough to keep only a hash."""
    return hashlib.sha256(secret.strip().upper().encode()).hexdigest()


def new_code() -> str:
    """An enrolment code a person can type: 12 letters and digits in three groups."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def create_server_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    return create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # SQLAlchemy issues BEGIN itself (see create_server_engine) so reads are snapshots too.
    dbapi_conn.isolation_level = None
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000"):
        dbapi_conn.execute(f"PRAGMA {pragma}")


def migrate_server(engine: Engine) -> None:
    """Bring the server's schema to the newest revision (Alembic is imported only if needed)."""
    with engine.connect() as conn:
        version = "SELECT version_num FROM alembic_version"
        if inspect(conn).has_table("alembic_version") and conn.scalar(text(version)) == SCHEMA_HEAD:
            return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


class ServerStore:
    """Open with `ServerStore.open(url)`: the schema is migrated on the way."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> ServerStore:
        engine = create_server_engine(url)
        migrate_server(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[FeedWriter]:
        with self.engine.begin() as conn:
            writer = FeedWriter(conn)
            yield writer
            writer.flush()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def _audit(self, conn: Connection, actor: str, action: str, target: str, **detail: Any) -> None:
        conn.execute(
            insert(t.audit).values(
                at=now_iso(), actor=actor, action=action, target=target, detail=json.dumps(detail)
            )
        )

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(t.audit).order_by(t.audit.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    # -- accounts and neighbourhoods -----------------------------------------------------

    def add_neighbourhood(self, name: str, actor: str = "admin") -> str:
        nid = new_id()
        with self._write() as w:
            w.conn.execute(insert(t.neighbourhood).values(id=nid, name=name, created_at=now_iso()))
            self._audit(w.conn, actor, "add_neighbourhood", nid, name=name)
        return nid

    def neighbourhoods(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(t.neighbourhood).order_by(t.neighbourhood.c.name))
            return [dict(r._mapping) for r in rows]

    def create_account(
        self, name: str, password: str, role: str, neighbourhood_ids: Iterable[str] = ()
    ) -> str:
        if role not in ("admin", "coach"):
            raise ServerError("sync.bad_role", role=role)
        aid = new_id()
        with self._write() as w:
            if w.conn.scalar(select(t.account.c.id).where(t.account.c.name == name)):
                raise ServerError("sync.account_exists", 409, name=name)
            w.conn.execute(
                insert(t.account).values(
                    id=aid,
                    name=name,
                    role=role,
                    password_hash=_hasher.hash(password),
                    created_at=now_iso(),
                )
            )
            for nid in neighbourhood_ids:
                w.conn.execute(insert(t.membership).values(account_id=aid, neighbourhood_id=nid))
            self._audit(w.conn, "admin", "create_account", aid, name=name, role=role)
        return aid

    def add_membership(self, account_id: str, neighbourhood_id: str) -> None:
        with self._write() as w:
            w.conn.execute(
                insert(t.membership).values(
                    account_id=account_id, neighbourhood_id=neighbourhood_id
                )
            )

    def login(self, name: str, password: str) -> str | None:
        """A session token for an account whose password matches, else None."""
        with self._read() as conn:
            row = conn.execute(select(t.account).where(t.account.c.name == name)).first()
        if row is None:
            _hasher.hash(password)  # as slow as a real check: no timing hint that `name` exists
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        token = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        with self._write() as w:
            w.conn.execute(
                insert(t.session).values(
                    token_hash=token_hash(token),
                    account_id=row.id,
                    created_at=iso(now),
                    expires_at=iso(now + timedelta(hours=SESSION_HOURS)),
                )
            )
            self._audit(w.conn, name, "login", row.id)
        return token

    def principal(self, token: str) -> Principal | None:
        """Who holds this token now; None when it is unknown, expired or revoked."""
        digest, now = token_hash(token), now_iso()
        with self._read() as conn:
            dev = conn.execute(
                select(t.device).where(
                    t.device.c.token_hash == digest, t.device.c.revoked_at.is_(None)
                )
            ).first()
            if dev is not None:
                owner = conn.execute(
                    select(t.account.c.role, t.account.c.name).where(
                        t.account.c.id == dev.account_id
                    )
                ).first()
                return Principal(
                    "device",
                    dev.id,
                    "volunteer",
                    owner.name if owner else dev.name,
                    frozenset([dev.neighbourhood_id]),
                    may_review=owner is not None and owner.role in ("coach", "admin"),
                )
            acc = conn.execute(
                select(t.account)
                .join(t.session, t.session.c.account_id == t.account.c.id)
                .where(
                    t.session.c.token_hash == digest,
                    t.session.c.revoked_at.is_(None),
                    t.session.c.expires_at > now,
                )
            ).first()
            if acc is None:
                return None
            nids = conn.scalars(
                select(t.membership.c.neighbourhood_id).where(t.membership.c.account_id == acc.id)
            )
            return Principal(
                "account",
                acc.id,
                acc.role,
                acc.name,
                frozenset(nids),
                may_review=acc.role in ("coach", "admin"),
            )

    def logout(self, token: str) -> None:
        with self._write() as w:
            w.conn.execute(
                update(t.session)
                .where(t.session.c.token_hash == token_hash(token))
                .values(revoked_at=now_iso())
            )

    # -- enrolment and devices -----------------------------------------------------------

    def create_enrolment_code(
        self,
        neighbourhood_id: str,
        created_by: str | None,
        uses: int | None = 1,
        valid_hours: int = 72,
    ) -> NewCode:
        code, cid = new_code(), new_id()
        expires = iso(datetime.now(UTC) + timedelta(hours=valid_hours))
        with self._write() as w:
            self._require_neighbourhood(w.conn, neighbourhood_id)
            w.conn.execute(
                insert(t.enrolment_code).values(
                    id=cid,
                    code_hash=token_hash(code),
                    neighbourhood_id=neighbourhood_id,
                    created_by=created_by,
                    created_at=now_iso(),
                    expires_at=expires,
                    uses_left=uses,
                )
            )
            actor = created_by or "cli"
            self._audit(w.conn, actor, "create_code", cid, uses=uses, expires_at=expires)
        return NewCode(cid, code, neighbourhood_id, expires, uses)

    def enrolment_code(self, code_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(
                select(t.enrolment_code).where(t.enrolment_code.c.id == code_id)
            ).first()
            return dict(row._mapping) if row else None

    def revoke_enrolment_code(self, code_id: str, actor: str) -> None:
        with self._write() as w:
            w.conn.execute(
                update(t.enrolment_code)
                .where(t.enrolment_code.c.id == code_id)
                .values(revoked_at=now_iso())
            )
            self._audit(w.conn, actor, "revoke_code", code_id)

    def enrol(self, code: str, device_name: str = "", device_id: str | None = None) -> Enrolment:
        """Exchange a valid enrolment code for a device token (shown once, kept as a hash).
        A laptop sends its own id: when the answer to its first try was lost, a retry with
        the same code and id gets the same enrolment (a new token for the same device), and
        the code is not used twice."""
        token, did = secrets.token_urlsafe(32), device_id or new_id()
        with self._write() as w:
            row = w.conn.execute(
                select(t.enrolment_code).where(t.enrolment_code.c.code_hash == token_hash(code))
            ).first()
            if row is None or row.revoked_at is not None or row.expires_at <= now_iso():
                raise ServerError("sync.bad_code", 403)
            known = w.conn.execute(select(t.device).where(t.device.c.id == did)).first()
            if known is not None and (known.code_id != row.id or known.revoked_at is not None):
                raise ServerError("sync.bad_code", 403)
            if known is None and row.uses_left == 0:
                raise ServerError("sync.bad_code", 403)
            if known is not None:
                w.conn.execute(
                    update(t.device)
                    .where(t.device.c.id == did)
                    .values(token_hash=token_hash(token))
                )
            else:
                if row.uses_left is not None:
                    w.conn.execute(
                        update(t.enrolment_code)
                        .where(t.enrolment_code.c.id == row.id)
                        .values(uses_left=row.uses_left - 1)
                    )
                self._insert_device(w.conn, did, token, row.neighbourhood_id, device_name, row.id)
            name = self._neighbourhood_name(w.conn, row.neighbourhood_id)
            action = "enrol_again" if known is not None else "enrol"
            self._audit(w.conn, device_name or did, action, did, code_id=row.id)
        return Enrolment(token, did, row.neighbourhood_id, name)

    def enrol_coach_device(
        self, actor: Principal, neighbourhood_id: str, device_id: str, device_name: str = ""
    ) -> Enrolment:
        """A coach's own laptop, enrolled with the coach's session: it pushes like any device
        and may push review decisions. Asking again re-issues the token of the same device."""
        token = secrets.token_urlsafe(32)
        with self._write() as w:
            self._require_neighbourhood(w.conn, neighbourhood_id)
            known = w.conn.execute(select(t.device).where(t.device.c.id == device_id)).first()
            if known is not None and (known.account_id != actor.id or known.revoked_at):
                raise ServerError("sync.forbidden", 403)
            if known is not None:
                w.conn.execute(
                    update(t.device)
                    .where(t.device.c.id == device_id)
                    .values(token_hash=token_hash(token), neighbourhood_id=neighbourhood_id)
                )
            else:
                self._insert_device(
                    w.conn, device_id, token, neighbourhood_id, device_name, None, actor.id
                )
            name = self._neighbourhood_name(w.conn, neighbourhood_id)
            self._audit(w.conn, actor.name, "enrol_coach_device", device_id)
        return Enrolment(token, device_id, neighbourhood_id, name)

    @staticmethod
    def _insert_device(
        conn: Connection,
        device_id: str,
        token: str,
        neighbourhood_id: str,
        name: str,
        code_id: str | None,
        account_id: str | None = None,
    ) -> None:
        conn.execute(
            insert(t.device).values(
                id=device_id,
                token_hash=token_hash(token),
                neighbourhood_id=neighbourhood_id,
                code_id=code_id,
                account_id=account_id,
                name=name or "appareil",
                enrolled_at=now_iso(),
            )
        )

    @staticmethod
    def _neighbourhood_name(conn: Connection, neighbourhood_id: str) -> str:
        return str(
            conn.scalar(
                select(t.neighbourhood.c.name).where(t.neighbourhood.c.id == neighbourhood_id)
            )
        )

    def device(self, device_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(select(t.device).where(t.device.c.id == device_id)).first()
            return dict(row._mapping) if row else None

    def revoke_device(self, device_id: str, actor: str) -> None:
        with self._write() as w:
            w.conn.execute(
                update(t.device).where(t.device.c.id == device_id).values(revoked_at=now_iso())
            )
            self._audit(w.conn, actor, "revoke_device", device_id)

    @staticmethod
    def _require_neighbourhood(conn: Connection, neighbourhood_id: str) -> None:
        if not conn.scalar(
            select(t.neighbourhood.c.id).where(t.neighbourhood.c.id == neighbourhood_id)
        ):
            raise ServerError("sync.not_found", 404, id=neighbourhood_id)

    # -- campaigns -----------------------------------------------------------------------

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

    # -- forms ---------------------------------------------------------------------------

    def put_form(self, form_id: str, version: str, definition: dict[str, Any]) -> None:
        with self._write() as w:
            key = (t.form.c.form_id == form_id) & (t.form.c.version == version)
            if not w.conn.execute(update(t.form).where(key).values(definition=definition)).rowcount:
                w.conn.execute(
                    insert(t.form).values(
                        form_id=form_id,
                        version=version,
                        definition=definition,
                        created_at=now_iso(),
                    )
                )

    def _publish_builtin_forms(self, form_ids: Iterable[str]) -> None:
        """A campaign names its forms: the built-in ones are published when the server lacks
        them, so a group starts from nothing without a spreadsheet."""
        have = {f["form_id"] for f in self.forms()}
        for form_id in form_ids:
            if form_id in BUILTIN_IDS and form_id not in have:
                form = load_builtin(form_id)
                self.put_form(form.form_id, form.version or "", form.to_dict())

    def forms(self) -> list[dict[str, str]]:
        """Every form version the server offers: form_id and version."""
        with self._read() as conn:
            rows = conn.execute(
                select(t.form.c.form_id, t.form.c.version).order_by(
                    t.form.c.form_id, t.form.c.version
                )
            )
            return [{"form_id": r.form_id, "version": r.version} for r in rows]

    def form_definition(self, form_id: str, version: str) -> dict[str, Any] | None:
        with self._read() as conn:
            return conn.scalar(
                select(t.form.c.definition).where(
                    t.form.c.form_id == form_id, t.form.c.version == version
                )
            )

    # -- attachments ---------------------------------------------------------------------

    def put_attachment(self, sha256: str, content: bytes, media_type: str) -> bool:
        """Keep a file under its hash, verified on arrival; False when it was already here."""
        with self._write() as w:
            return self._store_attachment(w.conn, sha256, content, media_type)

    @staticmethod
    def _store_attachment(conn: Connection, sha256: str, content: bytes, media_type: str) -> bool:
        if hashlib.sha256(content).hexdigest() != sha256.lower():
            raise ServerError("sync.attachment_mismatch", 400, sha256=sha256)
        if conn.scalar(select(t.attachment.c.sha256).where(t.attachment.c.sha256 == sha256)):
            return False
        conn.execute(
            insert(t.attachment).values(
                sha256=sha256.lower(),
                media_type=media_type,
                size=len(content),
                content=content,
                created_at=now_iso(),
            )
        )
        return True

    def get_attachment(self, sha256: str) -> tuple[bytes, str] | None:
        with self._read() as conn:
            row = conn.execute(
                select(t.attachment.c.content, t.attachment.c.media_type).where(
                    t.attachment.c.sha256 == sha256
                )
            ).first()
        return (bytes(row.content), row.media_type) if row else None

    def missing_attachments(self, hashes: Sequence[str]) -> list[str]:
        with self._read() as conn:
            have = set(
                conn.scalars(select(t.attachment.c.sha256).where(t.attachment.c.sha256.in_(hashes)))
            )
        return [h for h in hashes if h not in have]

    # -- push: the one entry point for changes, from a device or from a bundle -----------

    def push(
        self,
        changes: Sequence[Change],
        neighbourhood_id: str,
        device_id: str | None,
        reviewer: str | None = None,
    ) -> list[ChangeResult]:
        """Apply a batch of changes in order, in one transaction, under the push rules:
        a change id seen before with the same content is acknowledged again (`duplicate`),
        with other content it is refused; anything else is applied and numbered in the feed."""
        with self._write() as w:
            return self._push(w, changes, neighbourhood_id, device_id, reviewer)

    def import_changes(
        self,
        changes: Sequence[Change],
        attachments: Sequence[tuple[str, bytes, str]],
        neighbourhood_ids: Sequence[str | None],
        device_id: str | None,
        actor: str,
    ) -> list[ChangeResult]:
        """An offline bundle: its attachments and changes, under exactly the push rules, in
        one transaction (all or nothing). A device the server knows files its changes under
        its own neighbourhood; otherwise the first of `neighbourhood_ids` (the bundle's, then
        the importer's choice) that exists here. A neighbourhood is never created."""
        with self._write() as w:
            known_device = w.conn.execute(
                select(t.device.c.neighbourhood_id).where(t.device.c.id == device_id)
            ).first()
            candidates = [known_device.neighbourhood_id] if known_device else []
            candidates += [n for n in neighbourhood_ids if n]
            found = w.conn.scalars(
                select(t.neighbourhood.c.id).where(t.neighbourhood.c.id.in_(candidates))
            ).all()
            nid = next((n for n in candidates if n in found), None)
            if nid is None:
                raise ServerError("sync.bundle_without_neighbourhood", 400)
            for sha, content, media_type in attachments:
                self._store_attachment(w.conn, sha, content, media_type)
            results = []
            for start in range(0, len(changes), MAX_BATCH):
                chunk = changes[start : start + MAX_BATCH]
                results += self._push(w, chunk, nid, device_id if known_device else None)
            accepted = sum(r.status == "accepted" for r in results)
            self._audit(
                w.conn, actor, "import_bundle", nid, changes=len(changes), accepted=accepted
            )
        return results

    def _push(
        self,
        w: FeedWriter,
        changes: Sequence[Change],
        neighbourhood_id: str,
        device_id: str | None,
        reviewer: str | None = None,
    ) -> list[ChangeResult]:
        """`reviewer` names the coach behind the pushing laptop; without one, review
        decisions are refused."""
        known = dict(
            w.conn.execute(
                select(t.received_change.c.change_id, t.received_change.c.content_hash).where(
                    t.received_change.c.change_id.in_([str(c.change_id) for c in changes])
                )
            ).all()
        )
        submissions = _SubmissionBatch(w.conn, changes)
        results = []
        received = []
        for change in changes:
            cid, digest = str(change.change_id), change.content_hash()
            if cid in known:
                same = known[cid] == digest
                results.append(seen_before(change.change_id, same, "change_id_reused"))
                continue
            if change.entity == "submission":
                result = submissions.add(w, change, digest, neighbourhood_id, device_id)
            elif change.entity == "review":
                submissions.flush()  # a review may name an interview of this same push
                result = self._apply_review(w, change, neighbourhood_id, reviewer)
            else:
                result = self._apply_inventory(w, change, neighbourhood_id, device_id)
            results.append(result)
            if result.status == "accepted":
                known[cid] = digest
                received.append(
                    {
                        "change_id": cid,
                        "content_hash": digest,
                        "device_id": device_id,
                        "entity": change.entity,
                        "entity_id": change.entity_id,
                        "outcome": result.outcome,
                        "received_at": submissions.stamp,
                    }
                )
        submissions.flush()
        if received:
            w.conn.execute(insert(t.received_change), received)
        return results

    def _apply_review(
        self, w: FeedWriter, change: Change, neighbourhood_id: str, reviewer: str | None
    ) -> ChangeResult:
        """Keep a coach's decision in the interview's history; the feed tells the other coaches
        of the neighbourhood. The latest decision in server order is the interview's state."""
        if reviewer is None:
            return ChangeResult(change_id=change.change_id, status="refused", reason="forbidden")
        p = ReviewPayload.model_validate(change.payload)
        s = t.submission
        found = w.conn.execute(
            select(s.c.id).where(
                s.c.id == p.id, s.c.neighbourhood_id == neighbourhood_id, s.c.erased_at.is_(None)
            )
        ).first()
        if found is None:
            return ChangeResult(change_id=change.change_id, status="refused", reason="not_found")
        row = {
            "submission_id": p.id,
            "neighbourhood_id": neighbourhood_id,
            "state": p.review_state,
            "comment": p.review_comment,
            "reviewed_at": p.reviewed_at,
            "reviewed_by": reviewer,
        }
        w.conn.execute(
            insert(t.review).values(change_id=str(change.change_id), received_at=now_iso(), **row)
        )
        feed = p.model_dump() | {"reviewed_by": reviewer}
        w.append(neighbourhood_id, "review", p.id, str(change.change_id), feed)
        return ChangeResult(change_id=change.change_id, status="accepted", outcome="applied")

    def _apply_inventory(
        self, w: FeedWriter, change: Change, neighbourhood_id: str, device_id: str | None
    ) -> ChangeResult:
        p = InventoryPayload.model_validate(change.payload)
        incoming = {k: v for k, v in p.data.items() if k != CONFLICTS} | {DELETED: p.deleted}
        cid = str(change.change_id)
        item = w.conn.execute(
            select(t.inventory_item).where(t.inventory_item.c.id == p.item_id)
        ).first()
        if item is not None and item.neighbourhood_id != neighbourhood_id:
            return ChangeResult(change_id=change.change_id, status="refused", reason="forbidden")
        if item is None:
            data, conflicts, outcome, version = incoming, [], "created", 1
        else:
            current = dict(item.data) | {DELETED: item.deleted}
            merge = three_way(self._base_of(w.conn, p, device_id), current, incoming)
            data, outcome, version = merge.data, merge.outcome, item.version + 1
            conflicts = list(item.conflicts) + [
                {
                    "field": c.field,
                    "base": c.base,
                    "current": c.current,
                    "incoming": c.incoming,
                    "change_id": cid,
                }
                for c in merge.conflicts
            ]
        self._write_item(
            w,
            item_id=p.item_id,
            neighbourhood_id=neighbourhood_id,
            version=version,
            data=data,
            conflicts=conflicts,
            outcome=outcome,
            change_id=cid,
            exists=item is not None,
            device=(device_id, p.base_version + 1, incoming),
        )
        return ChangeResult(change_id=change.change_id, status="accepted", outcome=outcome)  # type: ignore[arg-type]

    @staticmethod
    def _base_of(conn: Connection, p: InventoryPayload, device_id: str | None) -> dict[str, Any]:
        """The item as the device saw it when it made this change. When the device's own
        previous change to the item produced `base_version` on the device, its view then is
        the base (it edited twice before syncing); otherwise `base_version` is a server
        version the device pulled. Both numberings agree whenever they collide (a device's
        numbers only catch up with the server's through fast-forwards)."""
        v = t.inventory_version
        if device_id is not None:
            own = conn.execute(
                select(v.c.local_version, v.c.device_view)
                .where(v.c.item_id == p.item_id, v.c.device_id == device_id)
                .order_by(v.c.version.desc())
                .limit(1)
            ).first()
            if own is not None and own.local_version == p.base_version:
                return dict(own.device_view)
        row = conn.execute(
            select(v.c.data, v.c.deleted).where(
                v.c.item_id == p.item_id, v.c.version == p.base_version
            )
        ).first()
        return dict(row.data) | {DELETED: row.deleted} if row else {}

    def _write_item(
        self,
        w: FeedWriter,
        *,
        item_id: str,
        neighbourhood_id: str,
        version: int,
        data: dict[str, Any],
        conflicts: list[dict[str, Any]],
        outcome: str,
        change_id: str,
        exists: bool,
        device: tuple[str | None, int | None, dict[str, Any] | None] = (None, None, None),
    ) -> None:
        stamp = now_iso()
        body = {k: v for k, v in data.items() if k != DELETED}
        deleted = bool(data.get(DELETED))
        values = {
            "version": version,
            "data": body,
            "deleted": deleted,
            "conflicts": conflicts,
            "updated_at": stamp,
        }
        if exists:
            w.conn.execute(
                update(t.inventory_item).where(t.inventory_item.c.id == item_id).values(**values)
            )
        else:
            w.conn.execute(
                insert(t.inventory_item).values(
                    id=item_id, neighbourhood_id=neighbourhood_id, **values
                )
            )
        device_id, local_version, view = device
        w.conn.execute(
            insert(t.inventory_version).values(
                item_id=item_id,
                version=version,
                change_id=change_id,
                device_id=device_id,
                local_version=local_version,
                device_view=view,
                data=body,
                deleted=deleted,
                outcome=outcome,
                created_at=stamp,
            )
        )
        state = {
            "item_id": item_id,
            "version": version,
            "data": body | ({CONFLICTS: conflicts} if conflicts else {}),
            "deleted": deleted,
            "outcome": outcome,
            "updated_at": stamp,
        }
        w.append(neighbourhood_id, "inventory", item_id, change_id, state)

    def inventory_item(self, item_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(
                select(t.inventory_item).where(t.inventory_item.c.id == item_id)
            ).first()
            return dict(row._mapping) if row else None

    def resolve(self, item_id: str, resolution: Resolution, actor: Principal) -> ChangeResult:
        """A coach's decision on conflicting fields: the chosen values replace the current
        ones, those conflicts are closed, and the result syncs to devices like any change."""
        cid = str(resolution.change_id)
        digest = canonical_hash({"resolve": item_id, "values": resolution.values})
        with self._write() as w:
            seen = w.conn.scalar(
                select(t.received_change.c.content_hash).where(t.received_change.c.change_id == cid)
            )
            if seen is not None:
                same = seen == digest
                return seen_before(resolution.change_id, same, "change_id_reused")
            item = w.conn.execute(
                select(t.inventory_item).where(t.inventory_item.c.id == item_id)
            ).first()
            if item is None or not actor.may_see(item.neighbourhood_id):
                raise ServerError("sync.not_found", 404, id=item_id)
            state = dict(item.data) | {DELETED: item.deleted, CONFLICTS: item.conflicts}
            fields = conflicting_fields(state)
            if not resolution.values or not set(resolution.values) <= fields:
                raise ServerError("sync.bad_resolution", 400, fields=", ".join(sorted(fields)))
            data = resolve(state, dict(resolution.values))
            remaining = data.pop(CONFLICTS, [])
            self._write_item(
                w,
                item_id=item_id,
                neighbourhood_id=item.neighbourhood_id,
                version=item.version + 1,
                data=data,
                conflicts=remaining,
                outcome="resolved",
                change_id=cid,
                exists=True,
            )
            w.conn.execute(
                insert(t.received_change).values(
                    change_id=cid,
                    content_hash=digest,
                    device_id=None,
                    entity="inventory",
                    entity_id=item_id,
                    outcome="resolved",
                    received_at=now_iso(),
                )
            )
            self._audit(w.conn, actor.name, "resolve", item_id, values=resolution.values)
        return ChangeResult(change_id=resolution.change_id, status="accepted", outcome="resolved")

    # -- submissions and erasure ---------------------------------------------------------

    def submission(self, submission_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(
                select(t.submission).where(t.submission.c.id == submission_id)
            ).first()
            return dict(row._mapping) if row else None

    def count(self, table: str) -> int:
        with self._read() as conn:
            return int(conn.scalar(select(func.count()).select_from(t.metadata.tables[table])) or 0)

    def erase_submission(self, submission_id: str, actor: Principal) -> list[str]:
        """Right to erasure: every version of the interview loses its answers here, and the
        erasure enters the feed so that devices delete their copies on their next sync."""
        s = t.submission
        with self._write() as w:
            row = w.conn.execute(select(s).where(s.c.id == submission_id)).first()
            if row is None or not actor.may_see(row.neighbourhood_id):
                raise ServerError("sync.not_found", 404, id=submission_id)
            chain = [submission_id]
            first = row
            while first.replaces_id and (
                prev := w.conn.execute(select(s).where(s.c.id == first.replaces_id)).first()
            ):
                chain.insert(0, prev.id)
                first = prev
            while nxt := w.conn.scalar(select(s.c.id).where(s.c.replaces_id == chain[-1])):
                if nxt in chain:
                    break
                chain.append(nxt)
            w.conn.execute(
                update(s).where(s.c.id.in_(chain)).values(answers={}, erased_at=now_iso())
            )
            w.append(
                row.neighbourhood_id, "erasure", submission_id, new_id(), {"submission_ids": chain}
            )
            self._audit(w.conn, actor.name, "erase", submission_id, versions=len(chain))
        return chain

    # -- pull ----------------------------------------------------------------------------

    def pull(
        self,
        neighbourhood_ids: Sequence[str],
        since: int,
        limit: int = 500,
        entities: Sequence[str] | None = None,
    ) -> PullResponse:
        """Feed entries after `since`: what changed, never what exists. The cursor jumps to
        the newest number when nothing is left, so entries a caller may not see (filtered
        out) are not scanned again on the next sync. A submission's entry is read from the
        submission itself: the feed keeps no copy of anyone's answers (an erasure erases)."""
        f = t.feed
        with self._read() as conn:
            newest = int(conn.scalar(select(t.feed_counter.c.last_seq)) or 0)
            query = (
                select(f)
                .where(
                    f.c.neighbourhood_id.in_(list(neighbourhood_ids)),
                    f.c.seq > since,
                    f.c.seq <= newest,
                )
                .order_by(f.c.seq)
                .limit(limit + 1)
            )
            if entities is not None:
                query = query.where(f.c.entity.in_(list(entities)))
            rows = conn.execute(query).all()
            more = len(rows) > limit
            rows = rows[:limit]
            submissions = _submissions_by_id(
                conn, [r.entity_id for r in rows if r.entity == "submission"]
            )
        entries = [
            FeedEntry(**{**r._mapping, "payload": submissions[r.entity_id]})
            if r.entity == "submission"
            else FeedEntry(**r._mapping)
            for r in rows
        ]
        cursor = entries[-1].seq if more else max(newest, since)
        return PullResponse(changes=entries, next_cursor=cursor, more=more)


SUBMISSION_FIELDS = (
    "id",
    "form_id",
    "form_version",
    "campaign_id",
    "author_id",
    "device_id",
    "answers",
    "created_at",
    "finalized_at",
    "replaces_id",
)


def _submissions_by_id(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Submissions as they travel (their payload), plus whether they were erased."""
    if not ids:
        return {}
    columns = [t.submission.c[name] for name in SUBMISSION_FIELDS]
    rows = conn.execute(
        select(*columns, t.submission.c.erased_at).where(t.submission.c.id.in_(ids))
    )
    return {
        r.id: {name: r._mapping[name] for name in SUBMISSION_FIELDS} | {"erased": bool(r.erased_at)}
        for r in rows
    }


def _campaign_state(row: Any) -> CampaignState:
    return CampaignState(**{name: row._mapping[name] for name in CampaignState.model_fields})


def seen_before(change_id: uuid.UUID, same: bool, reason: str) -> ChangeResult:
    """A change id received before: acknowledged again when the content is the same (the
    first answer was lost on the way), refused when it is not."""
    return ChangeResult(
        change_id=change_id,
        status="duplicate" if same else "refused",
        reason=None if same else reason,
    )


class FeedWriter:
    """A writing transaction: takes the feed counter's row lock at once, numbers the feed
    entries appended, and stores them and the new counter value at the end."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.last = int(
            conn.execute(
                update(t.feed_counter)
                .values(last_seq=t.feed_counter.c.last_seq)
                .returning(t.feed_counter.c.last_seq)
            ).scalar_one()
        )
        self._first = self.last
        self._rows: list[dict[str, Any]] = []

    def append(
        self,
        neighbourhood_id: str,
        entity: str,
        entity_id: str,
        change_id: str,
        payload: dict[str, Any],
    ) -> None:
        self.last += 1
        self._rows.append(
            {
                "seq": self.last,
                "neighbourhood_id": neighbourhood_id,
                "entity": entity,
                "entity_id": entity_id,
                "change_id": change_id,
                "payload": payload,
            }
        )
        if len(self._rows) >= 1000:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self.conn.execute(insert(t.feed), self._rows)
            self._rows = []
        if self.last != self._first:
            self.conn.execute(update(t.feed_counter).values(last_seq=self.last))
            self._first = self.last


class _SubmissionBatch:
    """The submissions of one push, inserted together: a push of 500 interviews costs a few
    statements, not a few per interview."""

    def __init__(self, conn: Connection, changes: Sequence[Change]) -> None:
        ids = [c.entity_id for c in changes if c.entity == "submission"]
        self.existing: dict[str, str] = (
            dict(
                conn.execute(
                    select(t.submission.c.id, t.submission.c.content_hash).where(
                        t.submission.c.id.in_(ids)
                    )
                ).all()
            )
            if ids
            else {}
        )
        claimed = {str(c.payload.get("device_id")) for c in changes if c.entity == "submission"}
        #: Devices the server knows: an interview forwarded by a coach's laptop (from a
        #: volunteer's bundle) keeps the device it was made on.
        self.known_devices: dict[str, str] = (
            dict(
                conn.execute(
                    select(t.device.c.id, t.device.c.neighbourhood_id).where(
                        t.device.c.id.in_(claimed)
                    )
                ).all()
            )
            if claimed
            else {}
        )
        self.conn = conn
        self.rows: list[dict[str, Any]] = []
        self.stamp = now_iso()

    def add(
        self,
        w: FeedWriter,
        change: Change,
        digest: str,
        neighbourhood_id: str,
        device_id: str | None,
    ) -> ChangeResult:
        p = SubmissionPayload.fields_of(change.payload)  # Change checked it already
        sid = change.entity_id
        if sid in self.existing:
            same = self.existing[sid] == digest
            return seen_before(change.change_id, same, "submission_exists")
        self.existing[sid] = digest
        self.rows.append(
            {
                **p,
                "neighbourhood_id": neighbourhood_id,
                "device_id": p["device_id"]
                if self.known_devices.get(str(p["device_id"])) == neighbourhood_id
                else device_id or p["device_id"],
                "content_hash": digest,
                "received_at": self.stamp,
                "erased_at": None,
            }
        )
        w.append(neighbourhood_id, "submission", sid, str(change.change_id), {})
        return ChangeResult(change_id=change.change_id, status="accepted", outcome="created")

    def flush(self) -> None:
        if self.rows:
            self.conn.execute(insert(t.submission), self.rows)
            self.rows = []
