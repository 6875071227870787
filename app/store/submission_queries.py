"""Reading many interviews at once: the pages of the lists, their counts, and the coach's
whole table for the analyses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, Text, bindparam, exists, func, select

from app import tables as t
from app.collation import contains
from app.records import FINALIZED, SubmissionQuery, SubmissionSummary
from app.store.database import Database, Prepared

SUBMISSION = t.SUBMISSION
SORTABLE = {"updated_at", "created_at", "street", "status"}


class SubmissionQueries:
    #: The columns of `table` rows.
    TABLE_COLUMNS = (
        "id", "form_id", "form_version", "campaign_id", "author_id", "device_id", "street",
        "created_at", "finalized_at", "replaces_id", "review_state", "review_comment", "answers",
    )  # fmt: skip

    def __init__(self, db: Database) -> None:
        self._db = db

    def summaries(
        self, query: SubmissionQuery | None = None, offset: int = 0, limit: int = 100
    ) -> list[SubmissionSummary]:
        """A page of the interviews `query` asks for, as the lists show them."""
        query = query or SubmissionQuery()
        order = query.order_by if query.order_by in SORTABLE else "updated_at"
        column = SUBMISSION.c[order]
        stmt = (
            select(
                SUBMISSION.c.id,
                SUBMISSION.c.form_id,
                SUBMISSION.c.status,
                SUBMISSION.c.street,
                t.PERSON.c.name.label("author_name"),
                SUBMISSION.c.updated_at,
                SUBMISSION.c.replaces_id,
                SUBMISSION.c.review_state,
            )
            .select_from(SUBMISSION.outerjoin(t.PERSON))
            .order_by(column.desc() if query.descending else column, SUBMISSION.c.id)
            .offset(offset)
            .limit(limit)
        )
        with self._db.read() as conn:
            rows = conn.execute(_filtered(stmt, query))
            return [SubmissionSummary(**r._mapping) for r in rows]

    def count(self, query: SubmissionQuery | None = None) -> int:
        query = query or SubmissionQuery()
        stmt = select(func.count()).select_from(SUBMISSION)
        with self._db.read() as conn:
            return int(conn.scalar(_filtered(stmt, query)) or 0)

    def streets(self) -> list[str]:
        with self._db.read() as conn:
            rows = conn.execute(
                select(SUBMISSION.c.street)
                .where(SUBMISSION.c.street.is_not(None))
                .distinct()
                .order_by(SUBMISSION.c.street)
            )
            return [r[0] for r in rows]

    def table(
        self,
        *,
        form_id: str | None = None,
        campaign_id: str | None = None,
        include_replaced: bool = False,
    ) -> tuple[list[tuple[Any, ...]], dict[str, str]]:
        """Every finalized submission as rows of `TABLE_COLUMNS`, sorted by (finalized_at, id)
        whatever the order they arrived in, and {replaced id: id of the newer finalized
        version}. Replaced versions are left out unless `include_replaced`. The answers stay
        JSON text so the caller (the coach's analyses) parses 100,000 of them in one go.

        One pass over the table in the order it is stored; the status, the sort and the newer
        versions are done here in Python. Asked for the status, SQLite walks the status
        index and jumps to each row in the order of its last change: twice the time of
        reading the same rows in the order they are stored (issue 18). Rows come straight
        from SQLite's cursor as tuples: SQLAlchemy's row objects cost as much as the reading."""
        stmt = select(*(SUBMISSION.c[name] for name in self.TABLE_COLUMNS[:-1])).add_columns(
            SUBMISSION.c.answers.cast(Text), SUBMISSION.c.status
        )
        if form_id is not None:
            stmt = stmt.where(SUBMISSION.c.form_id == bindparam("form_id"))
        if campaign_id is not None:
            stmt = stmt.where(SUBMISSION.c.campaign_id == bindparam("campaign_id"))
        values = {"form_id": form_id, "campaign_id": campaign_id}
        with self._db.read() as conn:
            newer = newer_versions(conn)
            found = Prepared.of(stmt).run(conn, values).fetchall()
        rows = [row[:-1] for row in found if row[-1] == FINALIZED]
        if newer and not include_replaced:
            rows = [row for row in rows if row[0] not in newer]
        rows.sort(key=lambda row: (row[8], row[0]))
        return rows, newer


def newer_versions(conn: Connection) -> dict[str, str]:
    """{replaced id: id of the newer finalized version} (the status read, not searched: as
    in `SubmissionQueries.table`)."""
    s = SUBMISSION.c
    stmt = select(s.replaces_id, s.id, s.status).where(s.replaces_id.is_not(None))
    return {old: new for old, new, status in conn.execute(stmt) if status == FINALIZED}


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
        conditions.append(contains(SUBMISSION.c.answers.cast(Text), query.text))
    if not query.include_replaced:
        newer = SUBMISSION.alias()
        conditions.append(
            ~exists().where(newer.c.replaces_id == SUBMISSION.c.id, newer.c.status == FINALIZED)
        )
    return stmt.where(*conditions) if conditions else stmt
