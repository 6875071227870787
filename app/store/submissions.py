"""Interviews (and any form filled once): drafts saved as they are typed, finalized ones
immutable and queued for the server, corrections as new versions naming the old one."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Connection,
    Table,
    Text,
    bindparam,
    insert,
    literal_column,
    select,
    update,
)

from app import tables as t
from app.db import json_dumps
from app.errors import InvalidOperation, RecordNotFound
from app.records import DRAFT, FINALIZED, SubmissionRecord
from app.store.database import Database, Prepared
from app.store.forms import Forms
from app.store.late_sealing import coach_keys_of, seal_clear
from app.store.outbox import Queued, erase_outbox_answers, forget, queue
from app.store.seal_sharing import share_seals, take_recipients
from app.store.submission_queries import SUBMISSION, SubmissionQueries
from app.tables import last_change
from survey_forms.personal import personal_keys, without_answers
from sync.wire.clock import new_id, now_iso

if TYPE_CHECKING:
    from nacl.public import PrivateKey

# The statements of a volunteer's every save, built once: building statements per call cost
# more than the commit itself, and so did each statement more than needed (issue 18: a new
# draft is one statement, a finalize four, run as `Prepared` on SQLite's own connection).
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
#: The answers of a new draft and of a finalized interview come as JSON text: written once,
#: then read back by `json.loads` for the record (the same as what is on disk).
_ANSWERS_TEXT = bindparam("answers_text", type_=Text)
_DRAFT_COLUMNS = ("id", "form_id", "form_version", "campaign_id", "author_id", "device_id",
                  "status", "street", "created_at", "updated_at")  # fmt: skip
#: A new draft's review: what the table's defaults say.
_NOT_REVIEWED = {
    "review_state": SUBMISSION.c.review_state.default.arg,  # type: ignore[union-attr]
    "review_comment": SUBMISSION.c.review_comment.default.arg,  # type: ignore[union-attr]
}
_INSERT_DRAFT = Prepared.of(
    insert(SUBMISSION).values(answers=_ANSWERS_TEXT), *_DRAFT_COLUMNS, *_NOT_REVIEWED
)
#: The store's next change count (migration 0009), given here so that the trigger that would
#: give it (a second write of the row) does not fire on a volunteer's every finalize.
_NEXT_CHANGE = last_change(SUBMISSION.alias("counted")).scalar_subquery() + literal_column("1")
_MAKE_FINAL = {"status": FINALIZED, "updated_at": bindparam("stamp"),
               "finalized_at": bindparam("stamp"), "change_seq": _NEXT_CHANGE}  # fmt: skip
_FINAL = (
    update(SUBMISSION)
    .where(SUBMISSION.c.id == bindparam("sid"), SUBMISSION.c.status == DRAFT)
    .values(_MAKE_FINAL)
)
_FINALIZE = Prepared.of(_FINAL)
#: The same, with the final answers (given, or sealed) written too.
_FINALIZE_ANSWERS = Prepared.of(
    _FINAL.values(answers=_ANSWERS_TEXT, street=bindparam("new_street"))
)
#: A draft about to be finalized, with its author's name (for the server).
_TO_FINALIZE_COLUMNS = (*SUBMISSION.c.keys(), "author_name")
_TO_FINALIZE = Prepared.of(
    select(
        *SUBMISSION.c,
        t.PERSON.c.name.label("author_name"),
    )
    .select_from(SUBMISSION.outerjoin(t.PERSON, t.PERSON.c.id == SUBMISSION.c.author_id))
    .where(SUBMISSION.c.id == bindparam("sid"))
)
_RECORD_FIELDS = tuple(f.name for f in fields(SubmissionRecord))


class Submissions(SubmissionQueries):
    """One interview's life (the queries over many are in `SubmissionQueries`)."""

    def __init__(self, db: Database, device_id: str) -> None:
        super().__init__(db)
        self._device_id = device_id

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
        with self._db.tx() as conn:
            if submission_id is not None:
                row = conn.execute(
                    _UPDATE_DRAFT,
                    {"sid": submission_id, "new_answers": answers,
                     "new_street": street_of(answers), "stamp": stamp},
                ).first()  # fmt: skip
                if row is not None:
                    return SubmissionRecord(**row._mapping)
                if submission_row(conn, submission_id) is not None:
                    raise InvalidOperation("record.finalized", id=submission_id)
            text = json_dumps(answers)
            values: dict[str, Any] = {
                "id": submission_id or new_id(),
                "form_id": form_id,
                "form_version": form_version,
                "campaign_id": campaign_id,
                "author_id": author_id,
                "device_id": self._device_id,
                "status": DRAFT,
                "street": street_of(answers),
                "created_at": stamp,
                "updated_at": stamp,
            }
            _INSERT_DRAFT.run(conn, {**values, **_NOT_REVIEWED, "answers_text": text})
            return SubmissionRecord(
                **values, **_NOT_REVIEWED, answers=json.loads(text), finalized_at=None,
                replaces_id=None,
            )  # fmt: skip

    def finalize(
        self, submission_id: str, answers: dict[str, Any] | None = None
    ) -> SubmissionRecord:
        """Make a draft final (immutable) and queue it for the server, in one transaction.
        `answers`, when given, are the final answers (saves a last draft write). When this
        laptop knows coach keys for the interview's neighbourhood, the personal answers are
        sealed to them (`sync.wire.sealing`): from here on, this laptop and the server hold
        them only as ciphertext."""
        stamp = now_iso()
        with self._db.tx() as conn:
            found = _TO_FINALIZE.run(conn, {"sid": submission_id}).fetchone()
            if found is None:
                raise RecordNotFound("record.not_found", id=submission_id)
            row = dict(zip(_TO_FINALIZE_COLUMNS, found, strict=True))
            if row["status"] != DRAFT:
                raise InvalidOperation("record.finalized", id=submission_id)
            on_disk = json.loads(row["answers"])
            final = self._sealed(conn, row, on_disk if answers is None else answers)
            if answers is None and final is on_disk:  # the answers on disk stay as they are
                done = _FINALIZE.run(conn, {"sid": submission_id, "stamp": stamp})
                street = row["street"]
            else:
                text = json_dumps(final)
                final, street = json.loads(text), street_of(final)
                done = _FINALIZE_ANSWERS.run(
                    conn,
                    {"sid": submission_id, "answers_text": text, "new_street": street,
                     "stamp": stamp},
                )  # fmt: skip
            if done.rowcount != 1:  # finalized by another thread since it was read
                raise InvalidOperation("record.finalized", id=submission_id)
            record = SubmissionRecord(
                **{
                    **{name: row[name] for name in _RECORD_FIELDS},
                    "status": FINALIZED,
                    "answers": final,
                    "street": street,
                    "updated_at": stamp,
                    "finalized_at": stamp,
                }
            )
            payload = submission_payload(record, row["author_name"] or "")
            queue(conn, Queued("submission", submission_id, payload))
            return record

    def _sealed(
        self, conn: Connection, row: dict[str, Any], answers: dict[str, Any]
    ) -> dict[str, Any]:
        """`answers` with their personal part sealed to the coaches of the neighbourhood of
        the draft `row` (its campaign's, else the current one); as they are without coaches."""
        coaches = coach_keys_of(conn, row["campaign_id"])
        if not coaches:
            return answers
        from sync.wire.sealing import seal_answers  # libsodium, loaded when first needed

        keys = personal_keys(Forms(self._db).get(row["form_id"], row["form_version"]))
        sealed: dict[str, Any] = seal_answers(answers, keys, coaches)
        return sealed

    def seal_clear(self) -> int:
        """Seal the personal answers of the interviews finalized before this laptop knew a
        coach key of their neighbourhood (`app.store.late_sealing`)."""
        with self._db.tx() as conn:
            return seal_clear(conn, Forms(self._db))

    def correct(self, submission_id: str, author_id: str | None = None) -> SubmissionRecord:
        """Start a correction of a finalized interview: a new draft, with the same answers,
        that names the version it replaces. The old version stays as it was."""
        stamp = now_iso()
        with self._db.tx() as conn:
            row = submission_row(conn, submission_id)
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
                    device_id=self._device_id,
                    status=DRAFT,
                    answers=row.answers,
                    street=row.street,
                    created_at=stamp,
                    updated_at=stamp,
                    replaces_id=row.id,
                )
            )
            return submission(conn, sid)

    def delete_draft(self, submission_id: str) -> None:
        with self._db.tx() as conn:
            row = submission_row(conn, submission_id)
            if row is None:
                raise RecordNotFound("record.not_found", id=submission_id)
            if row.status != DRAFT:
                raise InvalidOperation("record.finalized", id=submission_id)
            conn.execute(SUBMISSION.delete().where(SUBMISSION.c.id == submission_id))

    def get(self, submission_id: str) -> SubmissionRecord:
        with self._db.read() as conn:
            return submission(conn, submission_id)

    def versions(self, submission_id: str) -> list[SubmissionRecord]:
        """Every version of an interview, oldest first, whichever version is named."""
        with self._db.read() as conn:
            first = submission(conn, submission_id)
            while first.replaces_id:
                first = submission(conn, first.replaces_id)
            chain = [first]
            while nxt := conn.scalar(
                select(SUBMISSION.c.id).where(SUBMISSION.c.replaces_id == chain[-1].id)
            ):
                chain.append(submission(conn, nxt))
            return chain

    def receive(self, payload: dict[str, Any]) -> bool:
        """An interview from the server's feed (coaches only): kept as it was finalized, or
        erased here when the server erased it; one already here may only have gained seal
        recipients. False when its form is not here yet."""
        if payload.get("erased"):
            self.erase([payload["id"]])
            return True
        with self._db.tx() as conn:
            if submission_row(conn, payload["id"]) is not None:
                take_recipients(conn, payload["id"], payload.get("answers") or {})
                return True
            try:
                insert_received(conn, payload)
            except RecordNotFound:
                return False
        return True

    def share_seals(self, private: PrivateKey) -> int:
        """Share the interviews this coach's key opens with the coaches who joined since
        they were sealed (`app.store.seal_sharing`)."""
        with self._db.tx() as conn:
            return share_seals(conn, private)

    def erase(self, submission_ids: Iterable[str]) -> int:
        """Right to erasure, from the server: delete these interviews, the corrections that
        name them, and their copies in the outbox. Returns how many rows went."""
        doomed = set(submission_ids)
        with self._db.tx() as conn:
            while more := set(
                conn.scalars(
                    select(SUBMISSION.c.id).where(
                        SUBMISSION.c.replaces_id.in_(doomed), SUBMISSION.c.id.not_in(doomed)
                    )
                )
            ):
                doomed |= more
            forget(conn, doomed)
            conn.execute(
                update(SUBMISSION).where(SUBMISSION.c.id.in_(doomed)).values(replaces_id=None)
            )
            return int(
                conn.execute(SUBMISSION.delete().where(SUBMISSION.c.id.in_(doomed))).rowcount
            )

    def erase_answers(self, submission_ids: Iterable[str], keys: Collection[str]) -> int:
        """Retention, from the server: these interviews lose their answers under `keys` (the
        personal ones), here and in their outbox copies; the rest stays. Returns how many
        interviews changed."""
        ids = tuple(submission_ids)
        changed = 0
        with self._db.tx() as conn:
            rows = conn.execute(
                select(SUBMISSION.c.id, SUBMISSION.c.answers).where(SUBMISSION.c.id.in_(ids))
            )
            for row in rows.all():
                kept, gone = without_answers(row.answers or {}, keys)
                if gone:
                    conn.execute(
                        update(SUBMISSION).where(SUBMISSION.c.id == row.id).values(answers=kept)
                    )
                    changed += 1
            erase_outbox_answers(conn, ids, keys)
        return changed

    def bulk_insert(self, rows: list[dict[str, Any]]) -> None:
        """Write whole rows (every column given) in one transaction, queueing nothing: how the
        demo and the benchmarks build 100,000 interviews in seconds."""
        with self._db.tx() as conn:
            for chunk in range(0, len(rows), 5000):
                conn.execute(insert(SUBMISSION), rows[chunk : chunk + 5000])


def street_of(answers: dict[str, Any]) -> str | None:
    """The street an interview took place in, kept in a column so lists filter on it fast."""
    street = answers.get("street")
    return str(street) if street not in (None, "") else None


def submission_payload(record: SubmissionRecord, author_name: str = "") -> dict[str, Any]:
    """What a finalized interview sends to the server."""
    return {
        "id": record.id,
        "form_id": record.form_id,
        "form_version": record.form_version,
        "campaign_id": record.campaign_id,
        "author_id": record.author_id,
        "author_name": author_name,
        "device_id": record.device_id,
        "answers": record.answers,
        "created_at": record.created_at,
        "finalized_at": record.finalized_at,
        "replaces_id": record.replaces_id,
    }


def submission_row(conn: Connection, submission_id: str) -> Any:
    return conn.execute(select(SUBMISSION).where(SUBMISSION.c.id == submission_id)).first()


def submission(conn: Connection, submission_id: str) -> SubmissionRecord:
    row = submission_row(conn, submission_id)
    if row is None:
        raise RecordNotFound("record.not_found", id=submission_id)
    return SubmissionRecord(**row._mapping)


def _know(conn: Connection, table: Table, row_id: str | None, name: str) -> None:
    """Keep a row for a person or device met in an interview from elsewhere; a stand-in
    name ("?") gives way to a real one when a later interview brings it."""
    if not row_id:
        return
    known = conn.execute(select(table.c.name).where(table.c.id == row_id)).first()
    if known is None:
        conn.execute(insert(table).values(id=row_id, name=name, created_at=now_iso()))
    elif known.name == "?" and name != "?":
        conn.execute(update(table).where(table.c.id == row_id).values(name=name))


def insert_received(conn: Connection, p: dict[str, Any]) -> None:
    """An interview finalized on another device joins this store as it was there (author,
    device and dates kept); its author is known here by the name their laptop sent, a device
    unknown here gets a stand-in row, an unknown campaign is left out. An interview already
    here is left alone."""
    if submission_row(conn, p["id"]) is not None:
        return
    known_form = select(t.FORM_VERSION.c.form_id).where(
        t.FORM_VERSION.c.form_id == p["form_id"], t.FORM_VERSION.c.version == p["form_version"]
    )
    if conn.scalar(known_form) is None:
        raise RecordNotFound("form.unknown", form_id=p["form_id"], version=p["form_version"])
    _know(conn, t.PERSON, p.get("author_id"), p.get("author_name") or "?")
    _know(conn, t.DEVICE, p.get("device_id"), "?")
    campaign = p.get("campaign_id")
    if campaign and conn.scalar(select(t.CAMPAIGN.c.id).where(t.CAMPAIGN.c.id == campaign)) is None:
        campaign = None
    replaces = p.get("replaces_id")
    if replaces and submission_row(conn, replaces) is None:
        replaces = None  # the version it replaces was erased here, or never came
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
            "replaces_id": replaces,
        },
    )
