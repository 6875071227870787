"""How a server is run: from a TOML file, then `QUARTIER_SERVER_*` environment variables, then
the command line (each overrides the one before). `shown()` prints it without secrets.

Several worker processes share nothing but the database, so they need PostgreSQL: SQLite
allows one writer and lives in one process's file locks.
"""

from __future__ import annotations

import ipaddress
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from sync.server.errors import ServerError

PREFIX = "QUARTIER_SERVER_"
#: The resolved configuration, handed to worker processes (they start from an import string).
RESOLVED = f"{PREFIX}RESOLVED"


@dataclass(frozen=True)
class ServerConfig:
    db: str = ""  # SQLAlchemy URL; empty: server.sqlite in the data folder
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    trusted_proxies: tuple[str, ...] = ()
    metrics: bool = True  # GET /metrics, Prometheus text format
    log_format: str = "json"  # one JSON object per request on stderr; or "text"
    retention_months: int | None = None  # personal answers erased this long after a close

    @classmethod
    def load(
        cls,
        file: Path | None = None,
        env: Mapping[str, str] = os.environ,
        **given: Any,
    ) -> ServerConfig:
        """Defaults, then the file, then the environment, then what is `given` (not None)."""
        values: dict[str, Any] = {}
        if file is not None:
            try:
                values.update(tomllib.loads(file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
                raise ServerError("server.config_unreadable", path=file, reason=error) from error
        names = {f.name for f in fields(cls)}
        for name in names:
            if f"{PREFIX}{name.upper()}" in env:
                values[name] = env[f"{PREFIX}{name.upper()}"]
        values.update({k: v for k, v in given.items() if v is not None})
        unknown = sorted(set(values) - names)
        if unknown:
            raise ServerError("server.config_unknown", names=", ".join(unknown))
        return cls(**{k: _typed(k, v) for k, v in values.items()}).checked()

    def checked(self) -> ServerConfig:
        if self.workers < 1 or not 0 < self.port < 65536:
            raise ServerError("server.config_value", name="workers/port", value=self.port)
        if self.log_format not in ("json", "text"):
            raise ServerError("server.config_value", name="log_format", value=self.log_format)
        if self.workers > 1 and not self.db.startswith("postgresql"):
            raise ServerError("server.workers_need_postgresql", workers=self.workers)
        return self

    def shown(self) -> str:
        """One line per setting, the database password hidden."""
        shown = asdict(self) | {"db": _without_password(self.db)}
        return "\n".join(f"  {name} = {value}" for name, value in shown.items())

    def to_environment(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_environment(cls) -> ServerConfig:
        return replace(cls(), **_tuples(json.loads(os.environ[RESOLVED])))


def _typed(name: str, value: Any) -> Any:
    """A value from the file or the environment, as the field wants it."""
    try:
        if name in ("port", "workers"):
            return int(value)
        if name == "retention_months":
            return None if value in ("", None) else int(value)
        if name == "metrics":
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if name == "trusted_proxies":
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(ipaddress.ip_network(i.strip(), strict=False)) for i in items if i)
    except ValueError as error:
        raise ServerError("server.config_value", name=name, value=value) from error
    return str(value)


def _tuples(values: dict[str, Any]) -> dict[str, Any]:
    return values | {"trusted_proxies": tuple(values["trusted_proxies"])}


def _without_password(url: str) -> str:
    if not url:
        return "(server.sqlite dans le dossier de données)"
    return make_url(url).render_as_string(hide_password=True)
