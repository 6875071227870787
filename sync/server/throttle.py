"""How the server slows down password and code guessing: backoff rather than lockout, decided
before any password hashing, kept in the database so that every worker of the server shares it.

Each key counts the failures charged to it. Once a key has used its free tries, every further
failure doubles the wait before its next attempt is even looked at: 1 s, 2 s, 4 s … at most
5 minutes. An attempt refused while waiting is not a failure (it never reaches the password
check), so sitting out the wait always buys one more try: nothing is ever locked for good. A
key's failures are forgotten a day after its last one.

A login is charged to three keys:

- `ip:<address>` (an IPv6 address counts as its /64): failures from one address, whatever the
  account names, which stops one address from trying many names. 10 free tries. A success does
  not clear it, or a coach could wash their address's record with their own account while
  guessing someone else's.
- `pair:<address>|<name>`: one account's failures from one address, which slows down hammering
  an account from where the attacker sits. 3 free tries; cleared by a success.
- `account:<name>`: failures against one account from all addresses, which slows down many
  addresses guessing one password. Its wait only binds the addresses that have used up their
  free tries on this account. So an attacker can keep the account's wait at its cap without
  locking out the real coach: from any address where the coach has not failed 3 times
  (another office, a phone's connection), a correct password is checked at once, and a success
  clears the account's count. Across addresses an attacker gets 3 guesses per fresh address,
  then one every 5 minutes at most for all their used addresses together.

Unknown names are counted as known ones are, and the check reads the same three rows for any
name: the throttle tells nothing about which accounts exist. An enrolment is charged to
`enrol:<address>` (10 free tries; codes are long and random, this keeps a scanner slow).

The API checks the throttle before hashing a password and again after waiting for one of the
`HashingGate`'s few slots, so that a flood of logins queues for argon2 instead of starving the
rest of the server, and an attempt that became throttled while it waited is refused unhashed.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from sqlalchemy import Connection, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from sync.server import schema as t
from sync.server.database import Database
from sync.server.errors import ServerError

FIRST_WAIT = 1.0
LONGEST_WAIT = 300.0
FORGET_AFTER = 24 * 3600.0
R = TypeVar("R")


@dataclass(frozen=True)
class Rule:
    """How many failures a key of this kind gets for free before each one doubles its wait."""

    free: int

    def wait_after(self, failures: int) -> float:
        if failures < self.free:
            return 0.0
        return min(FIRST_WAIT * 2 ** min(failures - self.free, 20), LONGEST_WAIT)


IP, PAIR, ACCOUNT, ENROL = Rule(10), Rule(3), Rule(5), Rule(10)


class Throttled(ServerError):
    """Refused before any check: too many recent failures (429) or the server is busy (503).
    `retry_after` is the Retry-After header, in whole seconds."""

    def __init__(self, seconds: float, key: str = "sync.rate_limited", status: int = 429) -> None:
        super().__init__(key, status)
        self.retry_after = max(1, math.ceil(seconds))


def address_key(host: str) -> str:
    """The address a client is counted under: an IPv6 address as its /64 (one subscriber
    holds a whole /64), an IPv4-mapped one as IPv4, anything else as given."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{address}/64", strict=False))
    return str(address)


def login_keys(host: str, name: str) -> dict[str, Rule]:
    address = address_key(host)
    return {f"ip:{address}": IP, f"pair:{address}|{name}": PAIR, f"account:{name}": ACCOUNT}


class Throttle(Database):
    """The throttle's state, one `throttle` row per key (see the module's docstring)."""

    #: The wall clock (shared by the server's workers); tests set their own.
    clock: Callable[[], float] = time.time

    def check_login(self, host: str, name: str) -> None:
        """Raise Throttled if this login must wait; one read, the same for every name."""
        keys = login_keys(host, name)
        rows = self._throttle_rows(keys)
        ip, pair, account = (rows.get(key) for key in keys)
        waits = [self._throttle_wait(ip), self._throttle_wait(pair)]
        if pair is not None and self._recent_failures(pair) >= PAIR.free:
            waits.append(self._throttle_wait(account))
        if max(waits) > 0:
            raise Throttled(max(waits))

    def login_failed(self, host: str, name: str) -> None:
        self._throttle_fail(login_keys(host, name))

    def login_succeeded(self, host: str, name: str) -> None:
        """Clears the account's count and this address's count on it, not the address's own."""
        _ip, pair, account = login_keys(host, name)
        with self.engine.begin() as conn:
            for key in sorted([pair, account]):  # the order `_throttle_fail` locks them in
                conn.execute(delete(t.throttle).where(t.throttle.c.key == key))

    def check_enrol(self, host: str) -> None:
        key = f"enrol:{address_key(host)}"
        wait = self._throttle_wait(self._throttle_rows({key: ENROL}).get(key))
        if wait > 0:
            raise Throttled(wait)

    def enrol_failed(self, host: str) -> None:
        self._throttle_fail({f"enrol:{address_key(host)}": ENROL})

    def _throttle_rows(self, keys: Mapping[str, Rule]) -> dict[str, Any]:
        with self._read() as conn:
            rows = conn.execute(select(t.throttle).where(t.throttle.c.key.in_(list(keys))))
            return {row.key: row for row in rows}

    def _recent_failures(self, row: Any) -> int:
        """A row's failures, or none when its last failure is a day old."""
        if row is None or row.last_failure_at < self.clock() - FORGET_AFTER:
            return 0
        return int(row.failures)

    def _throttle_wait(self, row: Any) -> float:
        if not self._recent_failures(row):
            return 0.0
        return max(0.0, float(row.next_allowed_at) - self.clock())

    def _throttle_fail(self, keys: Mapping[str, Rule]) -> None:
        """One more failure on each key (atomically, whichever worker counts it); a key whose
        last failure is a day old starts again from one. Then rows a day old are deleted,
        skipping any another transaction holds (PostgreSQL), so that nothing waits on it."""
        now = self.clock()
        stale = now - FORGET_AFTER
        with self.engine.begin() as conn:
            for key, rule in sorted(keys.items()):  # one order for all: no deadlock
                failures = self._count_failure(conn, key, now, stale)
                conn.execute(
                    update(t.throttle)
                    .where(t.throttle.c.key == key)
                    .values(next_allowed_at=now + rule.wait_after(failures))
                )
        old = select(t.throttle.c.key).where(t.throttle.c.last_failure_at < stale)
        with self.engine.begin() as conn:
            conn.execute(
                delete(t.throttle).where(
                    t.throttle.c.key.in_(old.with_for_update(skip_locked=True))
                )
            )

    @staticmethod
    def _count_failure(conn: Connection, key: str, now: float, stale: float) -> int:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        c = t.throttle.c
        statement = (
            dialect.insert(t.throttle)
            .values(key=key, failures=1, next_allowed_at=now, last_failure_at=now)
            .on_conflict_do_update(
                index_elements=[c.key],
                set_={
                    "failures": case((c.last_failure_at < stale, 1), else_=c.failures + 1),
                    "last_failure_at": now,
                },
            )
            .returning(c.failures)
        )
        return int(conn.execute(statement).scalar_one())


class HashingGate:
    """At most `slots` password checks at once in this server process. A login that gets no
    slot within `patience` seconds is answered 503 with Retry-After; waiting holds no thread."""

    def __init__(self, slots: int = 2, patience: float = 2.0) -> None:
        self._slots = anyio.CapacityLimiter(slots)
        self.patience = patience

    async def run(self, func: Callable[[], R]) -> R:
        """`func()` in a worker thread once a slot is free."""
        acquired = False
        with anyio.move_on_after(self.patience):
            await self._slots.acquire()
            acquired = True
        if not acquired:
            raise Throttled(1, "sync.server_busy", 503)
        try:
            return await anyio.to_thread.run_sync(func)
        finally:
            self._slots.release()
