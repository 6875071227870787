"""Retention (GDPR storage limitation): the personal answers of a campaign's interviews are
erased a configured number of months after the campaign closed. The erasure enters the feed
like any other (an `erasure` entry naming the answers that go), so coaches' replicas and the
volunteers' laptops erase them too; the audit log keeps counts, never values.

It runs from `quartier server retention` and on a schedule inside the server (each worker:
the work is idempotent and writers are serialised, so a second worker finds nothing left).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select, update

from survey_forms.builtin import BUILTIN_IDS, load_builtin
from survey_forms.model import Form
from survey_forms.personal import personal_keys, without_answers
from sync.server import schema as t
from sync.server.database import Database, FeedWriter
from sync.server.observability import LOG
from sync.wire.clock import iso, new_id

#: The erasure entry's list of interviews is cut in parts the protocol's bounds accept.
IDS_PER_ENTRY = 500
#: How often the server looks for campaigns whose time is up.
EVERY_SECONDS = 6 * 3600


@dataclass(frozen=True)
class RetentionReport:
    campaigns: int = 0
    interviews: int = 0
    answers: int = 0
    #: Interviews of a form the server does not have: what is personal in them is unknown.
    unknown_form: int = 0


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` earlier (the month's last day when it has fewer days)."""
    month = moment.month - 1 - months
    year, month = moment.year + month // 12, month % 12 + 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return moment.replace(year=year, month=month, day=min(moment.day, days))


class Retention(Database):
    def apply_retention(
        self,
        months: int,
        *,
        now: datetime | None = None,
        dry_run: bool = False,
        actor: str = "server",
    ) -> RetentionReport:
        """Erase the personal answers of the interviews of every campaign closed `months`
        or more ago; with `dry_run`, only count them."""
        cutoff = iso(months_before(now or datetime.now(UTC), months))
        if dry_run:
            with self._read() as conn:
                return _total(_Plan(conn, campaign) for campaign in _due(conn, cutoff))
        with self._write() as w:
            plans = [_Plan(w.conn, campaign) for campaign in _due(w.conn, cutoff)]
            for plan in plans:
                if plan.changed:
                    plan.apply(w)
                    detail = {"interviews": len(plan.changed), "answers": plan.answers}
                    detail |= {"months": months}
                    self._audit(w.conn, actor, "retention", plan.campaign_id, **detail)
                    LOG.info(
                        json.dumps({"event": "retention", "campaign": plan.campaign_id} | detail)
                    )
        return _total(plans)


def _due(conn: Connection, cutoff: str) -> Sequence[Row[Any, Any]]:
    c = t.campaign
    query = select(c.c.id, c.c.neighbourhood_id).where(
        c.c.closed_at.is_not(None), c.c.closed_at <= cutoff
    )
    return conn.execute(query).all()


class _Plan:
    """What retention erases in one campaign's interviews."""

    def __init__(self, conn: Connection, campaign: Row[Any, Any]) -> None:
        s = t.submission
        self.campaign_id: str = campaign.id
        self.neighbourhood_id: str = campaign.neighbourhood_id
        self.changed: list[dict[str, Any]] = []
        #: The interviews changed, by the personal keys of their form: a key personal in one
        #: form of the campaign may be an ordinary question of another.
        self.by_keys: dict[frozenset[str], list[str]] = {}
        self.answers = self.unknown_form = 0
        rows = conn.execute(
            select(s.c.id, s.c.form_id, s.c.form_version, s.c.answers).where(
                s.c.campaign_id == campaign.id, s.c.erased_at.is_(None)
            )
        )
        forms: dict[tuple[str, str], frozenset[str] | None] = {}
        for row in rows:
            form = (row.form_id, row.form_version)
            if form not in forms:
                forms[form] = _personal_keys(conn, *form)
            keys = forms[form]
            if keys is None:
                self.unknown_form += 1
                continue
            kept, gone = without_answers(row.answers, keys)
            if gone:
                self.changed.append({"sid": row.id, "kept": kept})
                self.by_keys.setdefault(keys, []).append(row.id)
                self.answers += gone

    def apply(self, w: FeedWriter) -> None:
        """Erase here, and tell every device through the feed."""
        s = t.submission
        erase = update(s).where(s.c.id == bindparam("sid")).values(answers=bindparam("kept"))
        w.conn.execute(erase, self.changed)
        for keys, ids in self.by_keys.items():
            for start in range(0, len(ids), IDS_PER_ENTRY):
                payload = {
                    "submission_ids": ids[start : start + IDS_PER_ENTRY],
                    "answers": sorted(keys),
                }
                w.append(self.neighbourhood_id, "erasure", self.campaign_id, new_id(), payload)


def _total(plans: Iterable[_Plan]) -> RetentionReport:
    done = list(plans)
    return RetentionReport(
        campaigns=sum(bool(p.changed) for p in done),
        interviews=sum(len(p.changed) for p in done),
        answers=sum(p.answers for p in done),
        unknown_form=sum(p.unknown_form for p in done),
    )


def _personal_keys(conn: Connection, form_id: str, version: str) -> frozenset[str] | None:
    """The personal answers of a form version: from the version the server published, else
    from Quartier's own built-in form when it is that version (laptops install a built-in
    form's new version at their first opening, before any campaign publishes it here)."""
    definition = conn.scalar(
        select(t.form.c.definition).where(t.form.c.form_id == form_id, t.form.c.version == version)
    )
    if definition is not None:
        return personal_keys(Form.from_dict(definition))
    if form_id in BUILTIN_IDS and load_builtin(form_id).version == version:
        return personal_keys(load_builtin(form_id))
    return None


def retention_schedule(
    apply: Callable[[], RetentionReport], every: float = EVERY_SECONDS
) -> Callable[[Any], AbstractAsyncContextManager[None]]:
    """A FastAPI lifespan that applies retention at start and then every `every` seconds,
    off the event loop; a failure is logged and tried again at the next turn."""

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        task = asyncio.create_task(_repeat(apply, every))
        try:
            yield
        finally:
            task.cancel()

    return lifespan


async def _repeat(apply: Callable[[], RetentionReport], every: float) -> None:
    while True:
        try:
            await asyncio.to_thread(apply)
        except Exception as error:
            LOG.error(json.dumps({"event": "retention_failed", "error": repr(error)[:300]}))
        await asyncio.sleep(every)
