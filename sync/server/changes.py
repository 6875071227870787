"""Pushes: the one entry point for changes, from a device or from a bundle, idempotent by
change id; interviews, their review decisions and their erasure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    exc,
    func,
    insert,
    select,
    update,
)

from survey_forms.personal import SEALED
from sync.server import schema as t
from sync.server.accounts import Principal
from sync.server.attachments import Attachments
from sync.server.campaigns import CampaignFiling
from sync.server.database import FeedWriter
from sync.server.errors import ServerError
from sync.server.inventory import Inventory, seen_before
from sync.server.personal_sealing import ArrivalSealer, coach_keys_in
from sync.wire.clock import new_id, now_iso
from sync.wire.protocol import (
    MAX_BATCH,
    Change,
    ChangeResult,
    ReviewPayload,
    SealPayload,
    SubmissionPayload,
)
from sync.wire.sealing import with_recipients


class Changes(Attachments, Inventory):
    """Pushed changes applied in order under the push rules."""

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
        if all(c.entity == "submission" for c in changes):
            # Interviews depend on nothing another push changes: checked and inserted before
            # the feed's lock, which is then held for the numbering and the commit only. Two
            # pushes of the same change or interview at once: the second waits for the first
            # to commit, fails on its key, and is done again in turn (a duplicate then).
            try:
                with self._write(late=True) as w:
                    return self._push(w, changes, neighbourhood_id, device_id, reviewer)
            except exc.IntegrityError:
                pass
        with self._write() as w:
            return self._push(w, changes, neighbourhood_id, device_id, reviewer)

    def import_changes(
        self,
        changes: Sequence[Change],
        attachments: Sequence[tuple[str, bytes, str]],
        neighbourhood_id: str,
        device_id: str | None,
        actor: str,
    ) -> list[ChangeResult]:
        """An offline bundle: its attachments and changes, under exactly the push rules, in
        one transaction (all or nothing), filed under `neighbourhood_id` and `device_id` as
        the importer checked them (`sync.server.bundle_import`): the signing device's own, or
        the administrator's choice and no device for a laptop never enrolled. A
        neighbourhood is never created."""
        nid = neighbourhood_id
        with self._write() as w:
            self._require_neighbourhood(w.conn, nid)
            for sha, content, media_type in attachments:
                self._store_attachment(w.conn, sha, content, media_type)
            results = []
            for start in range(0, len(changes), MAX_BATCH):
                chunk = changes[start : start + MAX_BATCH]
                results += self._push(w, chunk, nid, device_id)
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
        submissions = _SubmissionBatch(
            w.conn, changes, neighbourhood_id, forwarding=reviewer is not None
        )
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
            elif change.entity == "seal":
                submissions.flush()
                result = self._apply_seal(w, change, neighbourhood_id, reviewer)
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

    def _apply_seal(
        self, w: FeedWriter, change: Change, neighbourhood_id: str, reviewer: str | None
    ) -> ChangeResult:
        """A coach shares an interview's seal with the neighbourhood's newer coach keys: the
        recipients are added (none replaced, only keys of the neighbourhood's coaches) and
        the interview is served again, for the coaches' laptops to take them."""

        def refused(reason: str) -> ChangeResult:
            return ChangeResult(change_id=change.change_id, status="refused", reason=reason)

        if reviewer is None:
            return refused("forbidden")
        p = SealPayload.model_validate(change.payload)
        s = t.submission
        answers = w.conn.scalar(
            select(s.c.answers).where(
                s.c.id == p.id, s.c.neighbourhood_id == neighbourhood_id, s.c.erased_at.is_(None)
            )
        )
        if not isinstance(answers, dict) or not isinstance(answers.get(SEALED), dict):
            return refused("not_found")
        if not set(p.to) <= set(coach_keys_in(w.conn, [neighbourhood_id])[neighbourhood_id]):
            return refused("not_a_coach_key")
        shared = with_recipients(answers, p.to)
        if shared != answers:
            w.conn.execute(update(s).where(s.c.id == p.id).values(answers=shared))
        w.append(neighbourhood_id, "submission", p.id, str(change.change_id), {})
        return ChangeResult(change_id=change.change_id, status="accepted", outcome="applied")

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
            here = s.c.neighbourhood_id == row.neighbourhood_id  # chains never leave it
            chain = [submission_id]
            first = row
            while first.replaces_id and (
                prev := w.conn.execute(select(s).where(s.c.id == first.replaces_id, here)).first()
            ):
                if prev.id in chain:
                    break
                chain.insert(0, prev.id)
                first = prev
            while nxt := w.conn.scalar(select(s.c.id).where(s.c.replaces_id == chain[-1], here)):
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


class _SubmissionBatch:
    """The submissions of one push, inserted together: a push of 500 interviews costs a few
    statements, not a few per interview."""

    def __init__(
        self,
        conn: Connection,
        changes: Sequence[Change],
        neighbourhood_id: str,
        *,
        forwarding: bool,
    ) -> None:
        ids = [c.entity_id for c in changes if c.entity == "submission"]
        self.filing = CampaignFiling(conn, [neighbourhood_id] if ids else [])
        self.sealer = ArrivalSealer(conn, neighbourhood_id) if ids else None
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
        #: Devices an interview may be filed under: one forwarded by a coach's laptop (from a
        #: volunteer's bundle) keeps the device it was made on, when the server knows it and
        #: has not revoked it. A volunteer's laptop files only under its own id, whatever
        #: its payloads claim.
        self.known_devices: dict[str, str] = (
            dict(
                conn.execute(
                    select(t.device.c.id, t.device.c.neighbourhood_id).where(
                        t.device.c.id.in_(claimed), t.device.c.revoked_at.is_(None)
                    )
                ).all()
            )
            if claimed and forwarding
            else {}
        )
        replaced = {
            str(c.payload["replaces_id"])
            for c in changes
            if c.entity == "submission" and c.payload.get("replaces_id")
        }
        #: The neighbourhood of each interview this push replaces that the server has: a
        #: correction stays in its neighbourhood (an erasure follows it).
        self.replaced_homes: dict[str, str] = (
            dict(
                conn.execute(
                    select(t.submission.c.id, t.submission.c.neighbourhood_id).where(
                        t.submission.c.id.in_(replaced)
                    )
                ).all()
            )
            if replaced
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
        if self.replaced_homes.get(p["replaces_id"], neighbourhood_id) != neighbourhood_id:
            return ChangeResult(
                change_id=change.change_id, status="refused", reason="replaces_elsewhere"
            )
        self.existing[sid] = digest
        assert self.sealer is not None  # made for a batch holding submissions
        self.rows.append(
            {
                **p,
                "answers": self.sealer.sealed(p["form_id"], p["form_version"], p["answers"]),
                "campaign_id": self.filing.campaign_of(
                    neighbourhood_id, p["campaign_id"], p["finalized_at"] or p["created_at"]
                ),
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
