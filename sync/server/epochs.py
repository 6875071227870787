"""The server's timelines (epochs). Restoring a backup takes the feed back in time: devices
have pulled numbers the restored database never reached, and it lacks changes they sent after
the backup and marked as acknowledged. The restore starts a new epoch that remembers where it
forked; a device seeing a new epoch pulls again from the fork and asks which of its
acknowledged changes are missing, then resends those only.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from sqlalchemy import Connection, func, insert, select

from sync.server import schema as t
from sync.server.database import Database
from sync.wire.clock import new_id, now_iso
from sync.wire.protocol import EpochInfo


class Epochs(Database):
    @cached_property
    def epoch(self) -> str:
        """The current epoch's id. A restore happens with the server stopped, so a running
        server's epoch never changes under it."""
        with self._read() as conn:
            return str(conn.scalar(select(t.epoch.c.id).order_by(t.epoch.c.ordinal.desc())))

    def epoch_since(self, since: str) -> EpochInfo:
        """Where a device that pulled in epoch `since` ("" for a device that pulled before
        epochs existed: the first one) must pull again from."""
        e = t.epoch
        with self._read() as conn:
            first = select(func.min(e.c.ordinal))
            ordinal = conn.scalar(select(e.c.ordinal).where(e.c.id == since) if since else first)
            if ordinal is None:
                return EpochInfo(epoch=self.epoch, resume_from=0)
            fork = conn.scalar(select(func.min(e.c.fork_seq)).where(e.c.ordinal > ordinal))
        return EpochInfo(epoch=self.epoch, resume_from=None if fork is None else int(fork))

    def missing_changes(self, change_ids: Sequence[str]) -> list[str]:
        """Those of `change_ids` the server never received (or lost in a restore)."""
        rc = t.received_change
        with self._read() as conn:
            have = set(conn.scalars(select(rc.c.change_id).where(rc.c.change_id.in_(change_ids))))
        return [c for c in change_ids if c not in have]


def start_epoch(conn: Connection, reason: str) -> str:
    """A new timeline forking at the feed's last number (after a restore)."""
    fork = int(conn.scalar(select(t.feed_counter.c.last_seq)) or 0)
    epoch = new_id()
    conn.execute(
        insert(t.epoch).values(id=epoch, fork_seq=fork, started_at=now_iso(), reason=reason)
    )
    return epoch
