"""The sync tests' in-process server, for the window's tests: tests/sync's conftest and
helpers loaded once, under names of their own (their conftest is not ours)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from sync.client.device import connect

SYNC_TESTS = Path(__file__).resolve().parents[1] / "sync"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"ui_sync_{name}", SYNC_TESTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


sync_conftest = _load("conftest")
sync_helpers = _load("sync_helpers")


def connect_in_process(hub: Any) -> Callable[[str], httpx.Client]:
    """Opens an HTTP client into the hub's server in-process, whatever address it is given
    (what the window's `connect_http` does over the network)."""
    return lambda url: connect(url, sync_conftest.in_process(hub.app))
