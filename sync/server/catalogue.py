"""Transition actions across neighbourhoods (issue 16): the shared catalogue every enrolled
laptop pulls, and the admin's grid of counts.

Both read the finalized "Action de transition" interviews the server keeps; neither sends an
answer other than ``SHARED_ANSWERS``, nor anything of the other interviews. The catalogue is
paged by the feed's numbers, like a pull: an action enters it when its interview is received,
leaves it when a correction replaces it or it is erased.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select

from survey_forms.builtin import ACTION_FORM, load_builtin
from sync.server import schema as t
from sync.server.database import Database
from sync.wire.catalogue import (
    SHAREABLE,
    SHARED,
    SHARED_ANSWERS,
    CataloguePage,
    GridRow,
    ServerGrid,
    SharedAction,
)

REJECTED = "rejected"


class ActionCatalogue(Database):
    def catalogue(self, since: int, limit: int) -> CataloguePage:
        """The catalogue's changes after the feed number ``since``, at most ``limit`` feed
        entries about actions (received, reviewed, erased); the cursor jumps to the newest
        number when nothing is left. Each action named is said as it stands now: shared, or
        withdrawn (no longer shareable, replaced by a correction, rejected, erased)."""
        f, s = t.feed, t.submission
        with self._read() as conn:
            newest = int(conn.scalar(select(t.feed_counter.c.last_seq)) or 0)
            about = and_(f.c.entity.in_(["submission", "review"]), s.c.id == f.c.entity_id)
            rows = conn.execute(
                select(f.c.seq, f.c.entity, f.c.payload, s.c.id, s.c.neighbourhood_id,
                       s.c.answers, s.c.replaces_id, s.c.erased_at, s.c.received_at)
                .outerjoin(s, about)
                .where(f.c.seq > since, f.c.seq <= newest,
                       or_(f.c.entity == "erasure", s.c.form_id == ACTION_FORM))
                .order_by(f.c.seq)
                .limit(limit + 1)
            ).all()  # fmt: skip
            more = len(rows) > limit
            rows = rows[:limit]
            named = [r.id for r in rows if r.entity != "erasure"]
            names = dict(conn.execute(select(t.neighbourhood.c.id, t.neighbourhood.c.name)).all())
            rejected = _rejected(conn, named)
            replaced = set(conn.scalars(select(s.c.replaces_id).where(s.c.replaces_id.in_(named))))
            erased = _actions_among(
                conn, [i for r in rows if r.entity == "erasure" for i in _erased_ids(r.payload)]
            )
        actions: dict[str, SharedAction] = {}
        withdrawn = dict.fromkeys(erased)
        for r in rows:
            if r.entity == "erasure":
                continue
            if r.replaces_id and r.entity == "submission":
                withdrawn[r.replaces_id] = None
            gone = r.erased_at is not None or r.id in rejected or r.id in replaced
            if not gone and (r.answers or {}).get(SHAREABLE) == SHARED:
                actions[r.id] = _shared(r._mapping, names.get(r.neighbourhood_id, ""))
            elif gone or r.entity == "review":  # a new action kept private: nothing to say
                withdrawn[r.id] = None
        return CataloguePage(
            actions=list(actions.values()),
            withdrawn=[i for i in withdrawn if i not in actions],
            next_cursor=rows[-1].seq if more else max(newest, since),
            more=more,
        )

    def action_grid(self) -> ServerGrid:
        """Every neighbourhood with its actions counted by theme and stage: the latest
        version of each action, erased and rejected ones left out."""
        s = t.submission
        with self._read() as conn:
            hoods = conn.execute(
                select(t.neighbourhood.c.id, t.neighbourhood.c.name).order_by(
                    t.neighbourhood.c.name
                )
            ).all()
            rows = conn.execute(
                select(s.c.id, s.c.neighbourhood_id, s.c.replaces_id, s.c.answers).where(
                    s.c.form_id == ACTION_FORM, s.c.erased_at.is_(None)
                )
            ).all()
            rejected = _rejected(conn, select(s.c.id).where(s.c.form_id == ACTION_FORM))
        replaced = {row.replaces_id for row in rows if row.replaces_id}
        themes, stages = _choices("qpv_themes"), _choices("stages")
        counts: dict[str, dict[str, dict[str, int]]] = {}
        for row in rows:
            answers = row.answers or {}
            theme, stage = answers.get("theme"), answers.get("stage")
            if row.id in replaced or row.id in rejected:
                continue
            if theme in themes and stage in stages:
                cell = counts.setdefault(row.neighbourhood_id, {}).setdefault(theme, {})
                cell[stage] = cell.get(stage, 0) + 1
        return ServerGrid(
            rows=[GridRow(neighbourhood_id=h.id, name=h.name, counts=counts.get(h.id, {}))
                  for h in hoods]
        )  # fmt: skip


def _rejected(conn: Connection, among: list[str] | Select[tuple[str]]) -> set[str]:
    """The interviews ``among`` these ids (or those a query selects) whose latest review
    decision, in server order, rejects them."""
    r = t.review
    decisions = conn.execute(
        select(r.c.submission_id, r.c.state)
        .where(r.c.submission_id.in_(among))
        .order_by(r.c.received_at, r.c.change_id)
    )
    latest = dict(decisions.all())  # the last decision wins
    return {sid for sid, state in latest.items() if state == REJECTED}


def _choices(list_name: str) -> set[str]:
    return {c.name for c in load_builtin(ACTION_FORM).choice_lists[list_name]}


def _shared(row: Any, neighbourhood: str) -> SharedAction:
    """The shared answers of an action's interview, and only those (texts cut to their
    field's bound: a longer answer never stops a page)."""
    answers = row["answers"]
    texts = {
        field: "" if answers.get(name) is None else str(answers[name])
        for field, name in SHARED_ANSWERS.items()
    }
    texts = {f: text[: 4000 if f == "description" else 200] for f, text in texts.items()}
    return SharedAction(
        id=row["id"],
        neighbourhood_id=row["neighbourhood_id"],
        neighbourhood=neighbourhood[:200],
        shared_at=row["received_at"],
        **texts,
    )


def _erased_ids(payload: dict[str, Any]) -> list[str]:
    """The interviews an erasure entry erased whole (retention's, which erase personal
    answers only, leave actions as they are)."""
    return [] if "answers" in payload else [str(i) for i in payload.get("submission_ids", [])]


def _actions_among(conn: Connection, ids: Iterable[str]) -> list[str]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    s = t.submission
    return list(conn.scalars(select(s.c.id).where(s.c.id.in_(wanted), s.c.form_id == ACTION_FORM)))
