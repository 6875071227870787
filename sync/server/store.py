"""The central server's storage, on SQLite (default) or PostgreSQL with the same code.

`ServerStore` gathers the parts, each in its own module and sharing one engine and one kind of
writing transaction (`sync.server.database`): accounts and sessions, devices and enrolment,
forms and campaigns, pushed changes (interviews, reviews, inventory, erasure), the feed, its
epochs (timelines a restore forks), retention, the transition actions' shared catalogue
and admin grid, and the throttle of logins and enrolments.
"""

from __future__ import annotations

from sync.server.accounts import Accounts
from sync.server.campaigns import Campaigns
from sync.server.catalogue import ActionCatalogue
from sync.server.changes import Changes
from sync.server.coach_keys import CoachKeys
from sync.server.devices import Devices
from sync.server.epochs import Epochs
from sync.server.feed import Feed
from sync.server.retention import Retention
from sync.server.throttle import Throttle


class ServerStore(
    Accounts,
    Devices,
    Campaigns,
    Changes,
    CoachKeys,
    Feed,
    Epochs,
    Retention,
    Throttle,
    ActionCatalogue,
):
    """Open with `ServerStore.open(url)`: the schema is migrated on the way."""
