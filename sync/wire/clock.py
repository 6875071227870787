"""Ids and timestamps, the same on the laptop and on the server."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def iso(moment: datetime) -> str:
    """A UTC timestamp as stored: `2026-11-22T09:30:00.000Z`."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    return iso(datetime.now(UTC))


def new_id() -> str:
    return str(uuid.uuid4())
