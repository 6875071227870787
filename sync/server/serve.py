"""Running the server: one process, or several worker processes on PostgreSQL.

uvicorn starts each worker from an import string, so a worker builds its own app from the
configuration the parent resolved (`ServerConfig.to_environment`): it opens its own
connections; everything the workers share (sessions, throttling, the feed's order) is in the
database.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI

from sync.server.api import create_app
from sync.server.config import RESOLVED, ServerConfig
from sync.server.observability import log_to_stderr
from sync.server.store import ServerStore


def app_from_environment() -> FastAPI:
    """A worker's app (uvicorn calls it in each worker process)."""
    config = ServerConfig.from_environment()
    log_to_stderr()
    store = ServerStore.open(config.db)
    return create_app(
        store,
        metrics=config.metrics,
        json_log=config.log_format == "json",
        retention_months=config.retention_months,
    )


def serve(config: ServerConfig) -> None:
    """Migrate once, then serve until stopped."""
    import uvicorn

    ServerStore.open(config.db).close()  # migrations run here, not in every worker at once
    os.environ[RESOLVED] = config.to_environment()
    uvicorn.run(
        "sync.server.serve:app_from_environment",
        factory=True,
        host=config.host,
        port=config.port,
        workers=config.workers,
        log_level="warning",
        **proxy_settings(config.trusted_proxies),
    )


def proxy_settings(proxies: Sequence[str]) -> dict[str, Any]:
    """uvicorn's handling of X-Forwarded-For: believed only from the configured proxies, and
    from none by default (uvicorn alone would believe 127.0.0.1, so anything on the server's
    machine could choose the address the login throttle counts)."""
    return {"proxy_headers": bool(proxies), "forwarded_allow_ips": list(proxies) or None}
