"""Participatory budget rounds (issue 16): a round's envelope, the projects proposed in it
under short codes (P1, P2...) and the ballots entered at the residents' meeting. Kept on this
laptop only: the meeting votes around one laptop and prints its tally. Which project may be
proposed, and the tally, are `app.actions.budget_rounds`; this part only keeps them.

One ballot per household: a ballot entered again with the same approvals is kept as entered
(the tally counts it once and says so); a different one for the same household is refused.
Nothing changes once the round is closed, and the proposals are fixed once a ballot is in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update

from app import tables as t
from app.errors import InvalidOperation, RecordNotFound
from app.store.database import Database
from sync.wire.clock import new_id, now_iso

ROUND = t.BUDGET_ROUND
PROPOSAL = t.BUDGET_PROPOSAL
BALLOT = t.BALLOT
#: What `record_ballot` says of a ballot.
RECORDED, REPEATED = "recorded", "repeated"


@dataclass(frozen=True)
class RoundRecord:
    id: str
    neighbourhood_id: str
    title: str
    envelope: int
    opened_at: str
    closed_at: str | None


@dataclass(frozen=True)
class ProposalRecord:
    round_id: str
    code: str
    project_id: str
    title: str
    cost: int


@dataclass(frozen=True)
class BallotRecord:
    seq: int
    round_id: str
    household: str
    approved: list[str]
    recorded_at: str


class BudgetRounds:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open(self, neighbourhood_id: str, title: str, envelope: int) -> RoundRecord:
        if envelope <= 0:
            raise InvalidOperation("budget.bad_budget", budget=envelope)
        rid = new_id()
        with self._db.tx() as conn:
            conn.execute(insert(ROUND).values(id=rid, neighbourhood_id=neighbourhood_id,
                                              title=title, envelope=envelope,
                                              opened_at=now_iso()))  # fmt: skip
            return _round(conn, rid)

    def get(self, round_id: str) -> RoundRecord:
        with self._db.read() as conn:
            return _round(conn, round_id)

    def all(self, neighbourhood_id: str | None = None) -> list[RoundRecord]:
        """The rounds, the latest opened first."""
        stmt = select(ROUND).order_by(ROUND.c.opened_at.desc(), ROUND.c.id)
        if neighbourhood_id is not None:
            stmt = stmt.where(ROUND.c.neighbourhood_id == neighbourhood_id)
        with self._db.read() as conn:
            return [RoundRecord(**r._mapping) for r in conn.execute(stmt)]

    def propose(self, round_id: str, project_id: str, title: str, cost: int) -> ProposalRecord:
        """Propose a project (checked by the caller) under the next code: P1, P2..."""
        with self._db.tx() as conn:
            _open_round(conn, round_id)
            if _ballots(conn, round_id):
                raise InvalidOperation("budget.voting_started", round=round_id[:8])
            taken = conn.execute(
                select(PROPOSAL.c.code).where(
                    PROPOSAL.c.round_id == round_id, PROPOSAL.c.project_id == project_id
                )
            ).first()
            if taken is not None:
                raise InvalidOperation("budget.project_twice", project=taken.code)
            count = conn.scalar(
                select(func.count()).select_from(PROPOSAL).where(PROPOSAL.c.round_id == round_id)
            )
            code = f"P{int(count or 0) + 1}"
            conn.execute(insert(PROPOSAL).values(round_id=round_id, code=code,
                                                 project_id=project_id, title=title,
                                                 cost=cost))  # fmt: skip
            return ProposalRecord(round_id, code, project_id, title, cost)

    def proposals(self, round_id: str) -> list[ProposalRecord]:
        """In the order they were proposed (P1, P2, ... P10)."""
        with self._db.read() as conn:
            rows = conn.execute(select(PROPOSAL).where(PROPOSAL.c.round_id == round_id))
            found = [ProposalRecord(**r._mapping) for r in rows]
        return sorted(found, key=lambda p: int(p.code[1:]))

    def record_ballot(self, round_id: str, household: str, approved: list[str]) -> str:
        """Enter a household's ballot: RECORDED, or REPEATED when the household's ballot was
        already entered with the same approvals. Refused: an unknown code, a closed round,
        a second different ballot for the household."""
        household = household.strip()
        if not household:
            raise InvalidOperation("budget.no_household")
        chosen = sorted(dict.fromkeys(code.strip().upper() for code in approved if code.strip()))
        with self._db.tx() as conn:
            _open_round(conn, round_id)
            codes = set(
                conn.scalars(select(PROPOSAL.c.code).where(PROPOSAL.c.round_id == round_id))
            )
            unknown = [code for code in chosen if code not in codes]
            if unknown:
                raise InvalidOperation(
                    "budget.unknown_project", household=household, project=", ".join(unknown)
                )
            earlier = conn.execute(
                select(BALLOT.c.approved).where(
                    BALLOT.c.round_id == round_id, BALLOT.c.household == household
                )
            ).first()
            if earlier is not None and sorted(earlier.approved) != chosen:
                raise InvalidOperation("budget.household_twice", household=household)
            conn.execute(insert(BALLOT).values(round_id=round_id, household=household,
                                               approved=chosen, recorded_at=now_iso()))  # fmt: skip
        return RECORDED if earlier is None else REPEATED

    def withdraw(self, round_id: str, household: str) -> int:
        """Take a household's ballot(s) out of an open round (the meeting decided which of two
        different ballots stands: withdraw, then enter that one); returns how many."""
        with self._db.tx() as conn:
            _open_round(conn, round_id)
            gone = conn.execute(
                BALLOT.delete().where(
                    BALLOT.c.round_id == round_id, BALLOT.c.household == household.strip()
                )
            )
            return int(gone.rowcount)

    def ballots(self, round_id: str) -> list[BallotRecord]:
        """Every ballot as entered, in order."""
        with self._db.read() as conn:
            rows = conn.execute(
                select(BALLOT).where(BALLOT.c.round_id == round_id).order_by(BALLOT.c.seq)
            )
            return [BallotRecord(**r._mapping) for r in rows]

    def close(self, round_id: str) -> RoundRecord:
        """No ballot may be entered any more; the tally is final."""
        with self._db.tx() as conn:
            _open_round(conn, round_id)
            conn.execute(update(ROUND).where(ROUND.c.id == round_id).values(closed_at=now_iso()))
            return _round(conn, round_id)


def _round(conn: Connection, round_id: str) -> RoundRecord:
    row = conn.execute(select(ROUND).where(ROUND.c.id == round_id)).first()
    if row is None:
        raise RecordNotFound("record.not_found", id=round_id)
    return RoundRecord(**row._mapping)


def _open_round(conn: Connection, round_id: str) -> RoundRecord:
    found = _round(conn, round_id)
    if found.closed_at is not None:
        raise InvalidOperation("budget.round_closed", title=found.title)
    return found


def _ballots(conn: Connection, round_id: str) -> int:
    query = select(func.count()).select_from(BALLOT).where(BALLOT.c.round_id == round_id)
    return int(conn.scalar(query) or 0)
