"""A value's canonical JSON and its hash: the same bytes on every device and the server.

Apart from the protocol's models (pydantic) so that the store can hash a record without
importing them at start (issue 18); `sync.wire.protocol` offers both too."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def canonical_hash(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()
