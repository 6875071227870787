"""The local store: the one door through which the rest of Quartier reads and writes a
device's data. No SQL lives outside app/.

Every method is one transaction: when it returns, the change is on disk (WAL, synchronous=FULL);
when it raises, nothing of it was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    JSON,
    Connection,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    exists,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import aliased

from app import models as m
from app.db import create_sqlite_engine, migrate, translated_errors
from app.errors import InvalidOperation, RecordNotFound, StoreError
from app.instance_lock import InstanceLock
from app.records import (
    DRAFT,
    FINALIZED,
    InventoryChange,
    InventoryRecord,
    OutboxEntry,
    SubmissionQuery,
    SubmissionRecord,
    SubmissionSummary,
)
from sync.wire.clock import new_id, now_iso

if TYPE_CHECKING:
    from survey_forms.model import Form

SUBMISSION = cast(Table, m.Submission.__table__)
INVENTORY = cast(Table, m.InventoryItem.__table__)
INVENTORY_VERSION = cast(Table, m.InventoryVersion.__table__)
OUTBOX = cast(Table, m.Outbox.__table__)
SORTABLE = {"updated_at", "created_at", "street", "status"}
#: The setting that names who works on this computer (a person's id).
PERSON_SETTING = "person_id"
#: A coach's conflict resolution waits in the outbox like any change, but it goes to the
#: server's resolve route (a coach's session), not into a push or a bundle.
RESOLUTION = "resolution"
#: What a push or a bundle carries (a coach's review decisions included); resolutions go
#: their own way.
PUSHED = ("submission", "inventory", "review")

# The two statements of a volunteer's every save, built once (SQLAlchemy then reuses their
# compiled form): building statements per call cost more than the commit itself.
_DRAFT_VALUES = {
    "answers": bindparam("new_answers", type_=JSON),
    "street": bindparam("new_street"),
    "updated_at": bindparam("stamp"),
}
_UPDATE_DRAFT = (
    update(SUBMISSION)
    .where(SUBMISSION.c.id == bindparam("sid"), SUBMISSION.c.status == DRAFT)
    .values(_DRAFT_VALUES)
    .returning(*SUBMISSION.c)
)
_FINALIZE = (
    update(SUBMISSION)
    .where(SUBMISSION.c.id == bindparam("sid"), SUBMISSION.c.status == DRAFT)
    .values({**_DRAFT_VALUES, "status": FINALIZED, "finalized_at": bindparam("stamp")})
    .returning(*SUBMISSION.c)
)


def street_of(answers: dict[str, Any]) -> str | None:
    """The street an interview took place in, kept in a column so lists filter on it fast."""
    street = answers.get("street")
    return str(street) if street not in (None, "") else None


class Store:
    """A device's database. Open with `Store.open(path)`; close it (or use `with`)."""

    def __init__(self, path: Path, *, exclusive: bool = True) -> None:
        self.path = Path(path)
        self._lock = InstanceLock(self.path) if exclusive else None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self._lock:
                self._lock.acquire(self.path)
        except OSError as error:
            raise StoreError("db.cannot_open", path=self.path, reason=error.strerror) from error
        try:
            with translated_errors(self.path):
                self.engine = create_sqlite_engine(self.path)
                migrate(self.engine, self.path)
                self.device_id = self._ensure_device()
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, path: Path | str, *, exclusive: bool = True) -> Store:
        return cls(Path(path), exclusive=exclusive)

    def close(self) -> None:
        if hasattr(self, "engine"):
            self.engine.dispose()
        self._release()

    def _release(self) -> None:
        if self._lock:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with translated_errors(self.path), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with translated_errors(self.path), self.engine.connect() as conn:
            yield conn

    # -- settings and the people and places of a neighbourhood ---------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._read() as conn:
            value = conn.scalar(select(m.Setting.value).where(m.Setting.key == key))
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self._tx() as conn:
            self._put_setting(conn, key, value)

    @staticmethod
    def _put_setting(conn: Connection, key: str, value: str) -> None:
        changed = conn.execute(
            update(m.Setting).where(m.Setting.key == key).values(value=value)
        ).rowcount
        if not changed:
            conn.execute(insert(m.Setting).values(key=key, value=value))

    def _ensure_device(self) -> str:
        with self._tx() as conn:
            device_id = conn.scalar(select(m.Setting.value).where(m.Setting.key == "device_id"))
            if device_id is None:
                device_id = new_id()
                conn.execute(
                    insert(m.Device).values(
                        id=device_id, name="Cet ordinateur", created_at=now_iso()
                    )
                )
                self._put_setting(conn, "device_id", device_id)
        return device_id

    def add_neighbourhood(self, name: str, commune: str = "", postcode: str = "") -> str:
        nid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(m.Neighbourhood).values(
                    id=nid, name=name, commune=commune, postcode=postcode, created_at=now_iso()
                )
            )
        return nid

    def neighbourhoods(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(m.Neighbourhood).order_by(m.Neighbourhood.name))
            return [dict(r._mapping) for r in rows]

    def add_campaign(
        self,
        neighbourhood_id: str,
        name: str,
        *,
        starts_on: str | None = None,
        ends_on: str | None = None,
        target_households: int | None = None,
    ) -> str:
        cid = new_id()
        with self._tx() as conn:
            conn.execute(
                insert(m.Campaign).values(
                    id=cid,
                    neighbourhood_id=neighbourhood_id,
                    name=name,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    target_households=target_households,
                    created_at=now_iso(),
                )
            )
        return cid

    def campaigns(self, neighbourhood_id: str | None = None) -> list[dict[str, Any]]:
        query = select(m.Campaign).order_by(m.Campaign.starts_on, m.Campaign.name)
        if neighbourhood_id:
            query = query.where(m.Campaign.neighbourhood_id == neighbourhood_id)
        with self._read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def add_person(self, name: str, role: str = "volunteer", person_id: str | None = None) -> str:
        pid = person_id or new_id()
        with self._tx() as conn:
            conn.execute(
                insert(m.Person).values(id=pid, name=name, role=role, created_at=now_iso())
            )
        return pid

    def people(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            return [
                dict(r._mapping) for r in conn.execute(select(m.Person).order_by(m.Person.name))
            ]

    # -- forms -----------------------------------------------------------------------

    def import_form(self, form: Form, source: bytes | None = None) -> None:
        """Keep a form version (its parsed definition and the XLSForm it came from).
        Importing the same version again replaces its definition."""
        with self._tx() as conn:
            if conn.scalar(select(m.Form.form_id).where(m.Form.form_id == form.form_id)):
                conn.execute(
                    update(m.Form).where(m.Form.form_id == form.form_id).values(title=form.title)
                )
            else:
                conn.execute(insert(m.Form).values(form_id=form.form_id, title=form.title))
            key = and_(
                m.FormVersion.form_id == form.form_id, m.FormVersion.version == (form.version or "")
            )
            values = {"definition": form.to_dict(), "source": source, "imported_at": now_iso()}
            if not conn.execute(update(m.FormVersion).where(key).values(**values)).rowcount:
                conn.execute(
                    insert(m.FormVersion).values(
                        form_id=form.form_id, version=form.version or "", **values
                    )
                )

    def get_form(self, form_id: str, version: str | None = None) -> Form:
        """A form version (the latest imported when `version` is None)."""
        from survey_forms.model import Form

        query = select(m.FormVersion.definition).where(m.FormVersion.form_id == form_id)
        if version is not None:
            query = query.where(m.FormVersion.version == version)
        with self._read() as conn:
            definition = conn.scalar(query.order_by(m.FormVersion.imported_at.desc()).limit(1))
        if definition is None:
            raise RecordNotFound("form.unknown", form_id=form_id, version=version or "?")
        return Form.from_dict(definition)

    def form_source(self, form_id: str, version: str) -> bytes | None:
        with self._read() as conn:
            return conn.scalar(
                select(m.FormVersion.source).where(
                    m.FormVersion.form_id == form_id, m.FormVersion.version == version
                )
            )

    def forms(self) -> list[dict[str, Any]]:
        """Every form version: form_id, version, title, imported_at."""
        query = (
            select(m.Form.form_id, m.Form.title, m.FormVersion.version, m.FormVersion.imported_at)
            .join(m.FormVersion)
            .order_by(m.Form.form_id, m.FormVersion.imported_at)
        )
        with self._read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- submissions -------------------------------------------------------------------

    def save_draft(
        self,
        form_id: str,
        form_version: str,
        answers: dict[str, Any],
        *,
        submission_id: str | None = None,
        campaign_id: str | None = None,
        author_id: str | None = None,
    ) -> SubmissionRecord:
        """Create a draft, or update the draft `submission_id` with the answers as they are."""
        stamp = now_iso()
        with self._tx() as conn:
            if submission_id is not None:
                row = conn.execute(
                    _UPDATE_DRAFT,
                    {"sid": submission_id, "new_answers": answers,
                     "new_street": street_of(answers), "stamp": stamp},
                ).first()  # fmt: skip
                if row is not None:
                    return SubmissionRecord(**row._mapping)
                if self._submission_row(conn, submission_id) is not None:
                    raise InvalidOperation("record.finalized", id=submission_id)
            row = conn.execute(
                insert(SUBMISSION).returning(*SUBMISSION.c),
                {
                    "id": submission_id or new_id(),
                    "form_id": form_id,
                    "form_version": form_version,
                    "campaign_id": campaign_id,
                    "author_id": author_id,
                    "device_id": self.device_id,
                    "status": DRAFT,
                    "answers": answers,
                    "street": street_of(answers),
                    "created_at": stamp,
                    "updated_at": stamp,
                },
            ).one()
            return SubmissionRecord(**row._mapping)

    def finalize(
        self, submission_id: str, answers: dict[str, Any] | None = None
    ) -> SubmissionRecord:
        """Make a draft final (immutable) and queue it for the server, in one transaction.
        `answers`, when given, are the final answers (saves a last draft write)."""
        stamp = now_iso()
        with self._tx() as conn:
            if answers is None:
                answers = conn.scalar(
                    select(SUBMISSION.c.answers).where(SUBMISSION.c.id == submission_id)
                )
            row = conn.execute(
                _FINALIZE,
                {"sid": submission_id, "new_answers": answers,
                 "new_street": street_of(answers or {}), "stamp": stamp},
            ).first()  # fmt: skip
            if row is None:
                if self._submission_row(conn, submission_id) is None:
                    raise RecordNotFound("record.not_found", id=submission_id)
                raise InvalidOperation("record.finalized", id=submission_id)
            record = SubmissionRecord(**row._mapping)
            self._queue(conn, "submission", submission_id, submission_payload(record))
            return record

    def correct(self, submission_id: str, author_id: str | None = None) -> SubmissionRecord:
        """Start a correction of a finalized interview: a new draft, with the same answers,
        that names the version it replaces. The old version stays as it was."""
        stamp = now_iso()
        with self._tx() as conn:
            row = self._submission_row(conn, submission_id)
            if row is None:
                raise RecordNotFound("record.not_found", id=submission_id)
            if row.status != FINALIZED:
                raise InvalidOperation("record.not_finalized", id=submission_id)
            other = conn.scalar(select(SUBMISSION.c.id).where(SUBMISSION.c.replaces_id == row.id))
            if other is not None:
                raise InvalidOperation("record.already_corrected", id=submission_id, other=other)
            sid = new_id()
            conn.execute(
                insert(SUBMISSION).values(
                    id=sid,
                    form_id=row.form_id,
                    form_version=row.form_version,
                    campaign_id=row.campaign_id,
                    author_id=author_id or row.author_id,
                    device_id=self.device_id,
                    status=DRAFT,
                    answers=row.answers,
                    street=row.street,
                    created_at=stamp,
                    updated_at=stamp,
                    replaces_id=row.id,
                )
            )
            return self._submission(conn, sid)

    def delete_draft(self, submission_id: str) -> None:
        with self._tx() as conn:
            row = self._submission_row(conn, submission_id)
            if row is None:
                raise RecordNotFound("record.not_found", id=submission_id)
            if row.status != DRAFT:
                raise InvalidOperation("record.finalized", id=submission_id)
            conn.execute(SUBMISSION.delete().where(SUBMISSION.c.id == submission_id))

    def get_submission(self, submission_id: str) -> SubmissionRecord:
        with self._read() as conn:
            return self._submission(conn, submission_id)

    def versions(self, submission_id: str) -> list[SubmissionRecord]:
        """Every version of an interview, oldest first, whichever version is named."""
        with self._read() as conn:
            first = self._submission(conn, submission_id)
            while first.replaces_id:
                first = self._submission(conn, first.replaces_id)
            chain = [first]
            while nxt := conn.scalar(
                select(SUBMISSION.c.id).where(SUBMISSION.c.replaces_id == chain[-1].id)
            ):
                chain.append(self._submission(conn, nxt))
            return chain

    def list_submissions(
        self, query: SubmissionQuery | None = None, offset: int = 0, limit: int = 100
    ) -> list[SubmissionSummary]:
        query = query or SubmissionQuery()
        order = query.order_by if query.order_by in SORTABLE else "updated_at"
        column = SUBMISSION.c[order]
        stmt = (
            select(
                SUBMISSION.c.id,
                SUBMISSION.c.form_id,
                SUBMISSION.c.status,
                SUBMISSION.c.street,
                m.Person.name.label("author_name"),
                SUBMISSION.c.updated_at,
                SUBMISSION.c.replaces_id,
                SUBMISSION.c.review_state,
            )
            .select_from(SUBMISSION.outerjoin(m.Person.__table__))
            .order_by(column.desc() if query.descending else column, SUBMISSION.c.id)
            .offset(offset)
            .limit(limit)
        )
        with self._read() as conn:
            rows = conn.execute(_filtered(stmt, query))
            return [SubmissionSummary(**r._mapping) for r in rows]

    def count_submissions(self, query: SubmissionQuery | None = None) -> int:
        query = query or SubmissionQuery()
        stmt = select(func.count()).select_from(SUBMISSION)
        with self._read() as conn:
            return int(conn.scalar(_filtered(stmt, query)) or 0)

    def streets(self) -> list[str]:
        with self._read() as conn:
            rows = conn.execute(
                select(SUBMISSION.c.street)
                .where(SUBMISSION.c.street.is_not(None))
                .distinct()
                .order_by(SUBMISSION.c.street)
            )
            return [r[0] for r in rows]

    # -- coach workspace: reading every interview at once, reviewing them -------------

    #: The columns of `submission_table` rows.
    SUBMISSION_TABLE = (
        "id", "form_id", "form_version", "campaign_id", "author_id", "device_id", "street",
        "created_at", "finalized_at", "replaces_id", "review_state", "review_comment", "answers",
    )  # fmt: skip

    def submission_table(
        self,
        *,
        form_id: str | None = None,
        campaign_id: str | None = None,
        include_replaced: bool = False,
    ) -> tuple[list[tuple[Any, ...]], dict[str, str]]:
        """Every finalized submission as rows of `SUBMISSION_TABLE` columns, sorted by
        (finalized_at, id) whatever the order they arrived in, and {replaced id: id of the
        newer finalized version}. Replaced versions are left out unless `include_replaced`.
        The answers stay JSON text so the caller parses 100,000 of them in one go.

        One scan of the table; the sort and the newer versions are done here in Python, which
        costs a third of what the same join and sort cost in SQLite."""
        stmt = select(*(SUBMISSION.c[name] for name in self.SUBMISSION_TABLE[:-1])).add_columns(
            SUBMISSION.c.answers.cast(Text)
        )
        stmt = stmt.where(SUBMISSION.c.status == FINALIZED)
        if form_id is not None:
            stmt = stmt.where(SUBMISSION.c.form_id == form_id)
        if campaign_id is not None:
            stmt = stmt.where(SUBMISSION.c.campaign_id == campaign_id)
        newer_of = select(SUBMISSION.c.replaces_id, SUBMISSION.c.id).where(
            SUBMISSION.c.replaces_id.is_not(None), SUBMISSION.c.status == FINALIZED
        )
        with self._read() as conn:
            newer = dict(conn.execute(newer_of).all())
            rows = [tuple(row) for row in conn.execute(stmt).all()]
        if newer and not include_replaced:
            rows = [row for row in rows if row[0] not in newer]
        rows.sort(key=lambda row: (row[8], row[0]))
        return rows, newer

    def set_review(self, submission_ids: Iterable[str], state: str, comment: str = "") -> int:
        """Give finalized submissions a review state and comment, all or none, and queue one
        change per submission so the review reaches the server. Returns how many changed."""
        ids = list(dict.fromkeys(submission_ids))
        stamp = now_iso()
        with self._tx() as conn:
            found: list[str] = []
            for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
                chunk = ids[start : start + 500]
                where = (SUBMISSION.c.id.in_(chunk), SUBMISSION.c.status == FINALIZED)
                found += conn.scalars(select(SUBMISSION.c.id).where(*where)).all()
                conn.execute(
                    update(SUBMISSION)
                    .where(*where)
                    .values(review_state=state, review_comment=comment)
                )
            if found:
                payload = {"review_state": state, "review_comment": comment, "reviewed_at": stamp}
                conn.execute(
                    insert(m.Outbox),
                    [
                        {
                            "change_id": new_id(),
                            "entity": "review",
                            "entity_id": sid,
                            "payload": {"id": sid, **payload},
                            "created_at": stamp,
                        }
                        for sid in found
                    ],
                )
        return len(found)

    @staticmethod
    def _submission_row(conn: Connection, submission_id: str) -> Any:
        return conn.execute(select(SUBMISSION).where(SUBMISSION.c.id == submission_id)).first()

    def _submission(self, conn: Connection, submission_id: str) -> SubmissionRecord:
        row = self._submission_row(conn, submission_id)
        if row is None:
            raise RecordNotFound("record.not_found", id=submission_id)
        return SubmissionRecord(**row._mapping)

    # -- shared inventory ------------------------------------------------------------

    def save_inventory_item(
        self,
        neighbourhood_id: str,
        data: dict[str, Any],
        *,
        item_id: str | None = None,
        base_version: int = 0,
        author_id: str | None = None,
        deleted: bool = False,
    ) -> InventoryRecord:
        """Create an item (no `item_id`) or change it from `base_version`. A change made from
        an older version than the item's current one is refused: the editor must reload."""
        stamp = now_iso()
        with self._tx() as conn:
            iid = item_id or new_id()
            current = conn.execute(select(INVENTORY).where(INVENTORY.c.id == iid)).first()
            if current is not None and current.version != base_version:
                raise InvalidOperation(
                    "inventory.stale", id=iid, current=current.version, base=base_version
                )
            before = current.data if current is not None else {}
            changed = sorted(k for k in set(before) | set(data) if before.get(k) != data.get(k))
            version = base_version + 1
            values = {
                "version": version,
                "kind": str(data.get("kind") or ""),
                "theme": str(data.get("theme") or ""),
                "name": str(data.get("name") or ""),
                "data": data,
                "deleted": deleted,
                "updated_at": stamp,
                "updated_by": author_id,
            }
            if current is None:
                conn.execute(
                    insert(INVENTORY).values(id=iid, neighbourhood_id=neighbourhood_id, **values)
                )
            else:
                conn.execute(update(INVENTORY).where(INVENTORY.c.id == iid).values(**values))
            change_id = new_id()
            conn.execute(
                insert(INVENTORY_VERSION).values(
                    item_id=iid,
                    version=version,
                    base_version=base_version,
                    data=data,
                    changed_fields=changed,
                    deleted=deleted,
                    change_id=change_id,
                    author_id=author_id,
                    device_id=self.device_id,
                    created_at=stamp,
                )
            )
            payload = {
                "item_id": iid,
                "neighbourhood_id": neighbourhood_id,
                "base_version": base_version,
                "data": data,
                "changed_fields": changed,
                "deleted": deleted,
                "author_id": author_id,
                "device_id": self.device_id,
                "created_at": stamp,
            }
            self._queue(conn, "inventory", iid, payload, change_id=change_id)
            return self._inventory(conn, iid)

    def get_inventory_item(self, item_id: str) -> InventoryRecord:
        with self._read() as conn:
            return self._inventory(conn, item_id)

    def list_inventory(
        self,
        neighbourhood_id: str | None = None,
        *,
        theme: str | None = None,
        kind: str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[InventoryRecord]:
        stmt = select(INVENTORY).order_by(INVENTORY.c.name, INVENTORY.c.id)
        for column, value in (
            (INVENTORY.c.neighbourhood_id, neighbourhood_id),
            (INVENTORY.c.theme, theme),
            (INVENTORY.c.kind, kind),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if text:
            stmt = stmt.where(INVENTORY.c.name.ilike(f"%{text}%"))
        if not include_deleted:
            stmt = stmt.where(INVENTORY.c.deleted.is_(False))
        with self._read() as conn:
            rows = conn.execute(stmt.offset(offset).limit(limit))
            return [InventoryRecord(**r._mapping) for r in rows]

    def inventory_history(self, item_id: str) -> list[InventoryChange]:
        """Who changed what, oldest first."""
        stmt = (
            select(
                INVENTORY_VERSION.c.item_id,
                INVENTORY_VERSION.c.version,
                INVENTORY_VERSION.c.base_version,
                INVENTORY_VERSION.c.changed_fields,
                INVENTORY_VERSION.c.data,
                INVENTORY_VERSION.c.deleted,
                INVENTORY_VERSION.c.author_id,
                m.Person.name.label("author_name"),
                INVENTORY_VERSION.c.created_at,
            )
            .select_from(INVENTORY_VERSION.outerjoin(m.Person.__table__))
            .where(INVENTORY_VERSION.c.item_id == item_id)
            .order_by(INVENTORY_VERSION.c.version)
        )
        with self._read() as conn:
            return [InventoryChange(**r._mapping) for r in conn.execute(stmt)]

    @staticmethod
    def _inventory(conn: Connection, item_id: str) -> InventoryRecord:
        row = conn.execute(select(INVENTORY).where(INVENTORY.c.id == item_id)).first()
        if row is None:
            raise RecordNotFound("record.not_found", id=item_id)
        return InventoryRecord(**row._mapping)

    # -- attachments -----------------------------------------------------------------

    def add_attachment(self, content: bytes, media_type: str) -> str:
        """Keep a file once, named by its SHA-256; returns that hash."""
        sha = hashlib.sha256(content).hexdigest()
        with self._tx() as conn:
            self._put_attachment(conn, sha, content, media_type)
        return sha

    @staticmethod
    def _put_attachment(conn: Connection, sha: str, content: bytes, media_type: str) -> None:
        if hashlib.sha256(content).hexdigest() != sha:
            raise InvalidOperation("attachment.mismatch", sha256=sha)
        if not conn.scalar(select(m.Attachment.sha256).where(m.Attachment.sha256 == sha)):
            conn.execute(
                insert(m.Attachment).values(
                    sha256=sha,
                    media_type=media_type,
                    size=len(content),
                    content=content,
                    created_at=now_iso(),
                )
            )

    def get_attachment(self, sha256: str) -> tuple[bytes, str]:
        with self._read() as conn:
            row = conn.execute(
                select(m.Attachment.content, m.Attachment.media_type).where(
                    m.Attachment.sha256 == sha256
                )
            ).first()
        if row is None:
            raise RecordNotFound("record.not_found", id=sha256)
        return row.content, row.media_type

    # -- outbox ----------------------------------------------------------------------

    def pending_changes(self, limit: int = 500) -> list[OutboxEntry]:
        """Changes not yet acknowledged by the server, oldest first."""
        stmt = (
            select(OUTBOX.c.seq, OUTBOX.c.change_id, OUTBOX.c.entity, OUTBOX.c.entity_id)
            .add_columns(OUTBOX.c.payload)
            .where(OUTBOX.c.synced_at.is_(None))
            .order_by(OUTBOX.c.seq)
            .limit(limit)
        )
        with self._read() as conn:
            return [OutboxEntry(**r._mapping) for r in conn.execute(stmt)]

    def mark_synced(self, change_ids: Iterable[str]) -> None:
        """Called only once the server acknowledged these changes."""
        ids = list(change_ids)
        with self._tx() as conn:
            conn.execute(
                update(OUTBOX).where(OUTBOX.c.change_id.in_(ids)).values(synced_at=now_iso())
            )

    # -- sync: resuming, and applying what the server sends back ----------------------

    def pending_changes_after(self, seq: int, limit: int = 500) -> list[OutboxEntry]:
        """Pending changes queued after outbox number `seq`, oldest first: lets a sync walk
        the outbox once even when the server refuses some changes (they stay pending)."""
        stmt = (
            select(OUTBOX.c.seq, OUTBOX.c.change_id, OUTBOX.c.entity, OUTBOX.c.entity_id)
            .add_columns(OUTBOX.c.payload)
            .where(
                OUTBOX.c.synced_at.is_(None),
                OUTBOX.c.seq > seq,
                OUTBOX.c.entity.in_(PUSHED),
            )
            .order_by(OUTBOX.c.seq)
            .limit(limit)
        )
        with self._read() as conn:
            return [OutboxEntry(**r._mapping) for r in conn.execute(stmt)]

    def pending_count(self) -> int:
        with self._read() as conn:
            query = (
                select(func.count())
                .select_from(OUTBOX)
                .where(OUTBOX.c.synced_at.is_(None), OUTBOX.c.entity.in_(PUSHED))
            )
            return int(conn.scalar(query) or 0)

    def ensure_neighbourhood(self, neighbourhood_id: str, name: str) -> None:
        """Know the server's neighbourhood under the server's id (set at enrolment)."""
        with self._tx() as conn:
            known = select(m.Neighbourhood.id).where(m.Neighbourhood.id == neighbourhood_id)
            if conn.scalar(known) is None:
                conn.execute(
                    insert(m.Neighbourhood).values(
                        id=neighbourhood_id, name=name, created_at=now_iso()
                    )
                )

    def apply_inventory_state(
        self, neighbourhood_id: str, change_id: str, state: dict[str, Any]
    ) -> bool:
        """Make an item what the server says it is now (version, data with its open
        conflicts, tombstone). Skipped, returning False, while a change made here to the item
        waits to be sent: the server merges that change and its answer comes back then."""
        iid, version = str(state["item_id"]), int(state["version"])
        data: dict[str, Any] = dict(state["data"])
        with self._tx() as conn:
            waiting = select(OUTBOX.c.seq).where(
                OUTBOX.c.entity.in_(("inventory", RESOLUTION)),
                OUTBOX.c.entity_id == iid,
                OUTBOX.c.synced_at.is_(None),
            )
            if conn.scalar(waiting.limit(1)) is not None:
                return False
            values = {
                "version": version,
                "kind": str(data.get("kind") or ""),
                "theme": str(data.get("theme") or ""),
                "name": str(data.get("name") or ""),
                "data": data,
                "deleted": bool(state["deleted"]),
                "updated_at": str(state["updated_at"]),
                "updated_by": None,
            }
            if (
                conn.execute(
                    update(INVENTORY).where(INVENTORY.c.id == iid).values(**values)
                ).rowcount
                == 0
            ):
                conn.execute(
                    insert(INVENTORY).values(id=iid, neighbourhood_id=neighbourhood_id, **values)
                )
            conn.execute(
                INVENTORY_VERSION.delete().where(
                    INVENTORY_VERSION.c.item_id == iid,
                    (INVENTORY_VERSION.c.version >= version)
                    | (INVENTORY_VERSION.c.change_id == change_id),
                )
            )
            conn.execute(
                insert(INVENTORY_VERSION).values(
                    item_id=iid,
                    version=version,
                    base_version=version - 1,
                    data=data,
                    changed_fields=[],
                    deleted=bool(state["deleted"]),
                    change_id=change_id,
                    created_at=str(state["updated_at"]),
                )
            )
        return True

    def record_resolution(
        self,
        item_id: str,
        data: dict[str, Any],
        payload: dict[str, Any],
        *,
        change_id: str,
        deleted: bool,
    ) -> InventoryRecord:
        """A coach's decision on an item's conflicts, made here (`app.conflicts`): the item
        takes `data` now (same version: the server numbers the resolution) and the decision
        waits in the outbox until sync sends it; pulled states leave the item alone till then."""
        with self._tx() as conn:
            self._inventory(conn, item_id)
            conn.execute(
                update(INVENTORY)
                .where(INVENTORY.c.id == item_id)
                .values(
                    data=data,
                    deleted=deleted,
                    kind=str(data.get("kind") or ""),
                    theme=str(data.get("theme") or ""),
                    name=str(data.get("name") or ""),
                    updated_at=now_iso(),
                )
            )
            self._queue(conn, RESOLUTION, item_id, payload, change_id=change_id)
            return self._inventory(conn, item_id)

    def pending_resolutions(self) -> list[OutboxEntry]:
        """Conflict resolutions not yet acknowledged by the server, oldest first."""
        stmt = (
            select(OUTBOX.c.seq, OUTBOX.c.change_id, OUTBOX.c.entity, OUTBOX.c.entity_id)
            .add_columns(OUTBOX.c.payload)
            .where(OUTBOX.c.synced_at.is_(None), OUTBOX.c.entity == RESOLUTION)
            .order_by(OUTBOX.c.seq)
        )
        with self._read() as conn:
            return [OutboxEntry(**r._mapping) for r in conn.execute(stmt)]

    def attachment_hashes(self) -> list[str]:
        """Every attachment kept here, by hash: the server says which it lacks."""
        with self._read() as conn:
            return list(conn.scalars(select(m.Attachment.sha256).order_by(m.Attachment.sha256)))

    def erase_submissions(self, submission_ids: Iterable[str]) -> int:
        """Right to erasure, from the server: delete these interviews, the corrections that
        name them, and their copies in the outbox. Returns how many rows went."""
        doomed = set(submission_ids)
        with self._tx() as conn:
            while more := set(
                conn.scalars(
                    select(SUBMISSION.c.id).where(
                        SUBMISSION.c.replaces_id.in_(doomed), SUBMISSION.c.id.not_in(doomed)
                    )
                )
            ):
                doomed |= more
            conn.execute(OUTBOX.delete().where(OUTBOX.c.entity_id.in_(doomed)))
            conn.execute(
                update(SUBMISSION).where(SUBMISSION.c.id.in_(doomed)).values(replaces_id=None)
            )
            return int(
                conn.execute(SUBMISSION.delete().where(SUBMISSION.c.id.in_(doomed))).rowcount
            )

    def receive_changes(
        self,
        changes: list[dict[str, Any]],
        attachments: Iterable[tuple[str, bytes, str]] = (),
    ) -> tuple[int, int]:
        """Take in changes made on another device (a volunteer's offline bundle), in one
        transaction: their interviews join this store as they were finalized there (author,
        device and dates kept), and every change is queued to be forwarded to the server under
        its own change id, so that the server files it once whoever brings it. A change already
        here is skipped: importing twice changes nothing. Returns (new, already here)."""
        fresh = already = 0
        with self._tx() as conn:
            for sha, content, media_type in attachments:
                self._put_attachment(conn, sha, content, media_type)
            for change in changes:
                known = select(OUTBOX.c.seq).where(OUTBOX.c.change_id == change["change_id"])
                if conn.scalar(known) is not None:
                    already += 1
                    continue
                if change["entity"] == "submission":
                    self._receive_submission(conn, change["payload"])
                self._queue(
                    conn,
                    change["entity"],
                    change["entity_id"],
                    change["payload"],
                    change_id=change["change_id"],
                )
                fresh += 1
        return fresh, already

    def _receive_submission(self, conn: Connection, p: dict[str, Any]) -> None:
        if self._submission_row(conn, p["id"]) is not None:
            return
        known_form = select(m.FormVersion.form_id).where(
            m.FormVersion.form_id == p["form_id"], m.FormVersion.version == p["form_version"]
        )
        if conn.scalar(known_form) is None:
            raise RecordNotFound("form.unknown", form_id=p["form_id"], version=p["form_version"])
        for table, key in ((m.Person, "author_id"), (m.Device, "device_id")):
            if p.get(key) and conn.scalar(select(table.id).where(table.id == p[key])) is None:
                conn.execute(insert(table).values(id=p[key], name="?", created_at=now_iso()))
        campaign = p.get("campaign_id")
        if campaign and conn.scalar(select(m.Campaign.id).where(m.Campaign.id == campaign)) is None:
            campaign = None
        conn.execute(
            insert(SUBMISSION),
            {
                **{k: p.get(k) for k in ("id", "form_id", "form_version", "author_id")},
                "device_id": p.get("device_id"),
                "campaign_id": campaign,
                "status": FINALIZED,
                "answers": p["answers"],
                "street": street_of(p["answers"]),
                "created_at": p["created_at"],
                "updated_at": p.get("finalized_at") or p["created_at"],
                "finalized_at": p.get("finalized_at"),
                "replaces_id": p.get("replaces_id"),
            },
        )

    @staticmethod
    def _queue(
        conn: Connection,
        entity: str,
        entity_id: str,
        payload: dict[str, Any],
        change_id: str | None = None,
    ) -> None:
        conn.execute(
            insert(OUTBOX),
            {
                "change_id": change_id or new_id(),
                "entity": entity,
                "entity_id": entity_id,
                "payload": payload,
                "created_at": now_iso(),
            },
        )


def submission_payload(record: SubmissionRecord) -> dict[str, Any]:
    """What a finalized interview sends to the server."""
    return {
        "id": record.id,
        "form_id": record.form_id,
        "form_version": record.form_version,
        "campaign_id": record.campaign_id,
        "author_id": record.author_id,
        "device_id": record.device_id,
        "answers": record.answers,
        "created_at": record.created_at,
        "finalized_at": record.finalized_at,
        "replaces_id": record.replaces_id,
    }


def _filtered(stmt: Select[Any], query: SubmissionQuery) -> Select[Any]:
    conditions: list[Any] = []
    for column, value in (
        (SUBMISSION.c.status, query.status),
        (SUBMISSION.c.street, query.street),
        (SUBMISSION.c.author_id, query.author_id),
        (SUBMISSION.c.campaign_id, query.campaign_id),
        (SUBMISSION.c.form_id, query.form_id),
    ):
        if value is not None:
            conditions.append(column == value)
    if query.since:
        conditions.append(SUBMISSION.c.updated_at >= query.since)
    if query.until:
        conditions.append(SUBMISSION.c.updated_at < query.until)
    if query.text:
        conditions.append(SUBMISSION.c.answers.cast(Text).ilike(f"%{query.text}%"))
    if not query.include_replaced:
        newer = aliased(m.Submission)
        conditions.append(
            ~exists().where(newer.replaces_id == SUBMISSION.c.id, newer.status == FINALIZED)
        )
    return stmt.where(*conditions) if conditions else stmt
