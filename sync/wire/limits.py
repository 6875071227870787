"""Bounds on everything the protocol carries (issue 12): what one volunteer sends must never
stop a neighbourhood's sync. A message nested 254 levels deep was accepted once, and every
page of the feed holding it failed after that.

Free-form JSON (an interview's answers, an item's data, a feed entry, a form) is walked once,
without recursion, for its depth, its number of keys and items, the length of its strings and
keys, its total size, finite numbers and text that is valid Unicode (a lone surrogate cannot be
stored). The request bodies that carry them are bounded before they are read whole
(`BODY_LIMITS`, enforced by `sync.server.limits`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import AfterValidator

#: Containers nested inside one interview's answers, one item's data or a resolution.
MAX_DEPTH = 16
#: Keys of one object, items of one list.
MAX_ITEMS = 1_000
#: Characters of one string (a long free-text answer fits), and of one key.
MAX_TEXT = 20_000
MAX_KEY = 200
#: Bytes of one interview's answers or one item's data, as JSON.
MAX_PAYLOAD = 256 * 1024
#: What the server serves may be larger and deeper than what a device sends (an item's state
#: carries its open conflicts); a valid change never makes a feed entry that cannot be served.
MAX_FEED_DEPTH = MAX_DEPTH + 8
MAX_FEED_ENTRY = 4 * MAX_PAYLOAD
MAX_FORM_DEPTH = 32
MAX_FORM = 4 * 1024 * 1024
#: Integers beyond this lose their value in JavaScript and in double-precision readers.
MAX_INTEGER = 2**53

MiB = 1024 * 1024
#: Request bodies by route (the first prefix that matches), refused with 413 before they are
#: read whole. A push of MAX_BATCH typical interviews takes about 2 MB.
BODY_LIMITS: tuple[tuple[str, int], ...] = (
    ("/api/v1/push", 10 * MiB),
    ("/api/v1/attachments/missing", 64 * 1024),
    ("/api/v1/attachments/", 20 * MiB),
    ("/api/v1/campaigns", 1 * MiB),
)
#: Every other body: logins, enrolments, codes, resolutions.
MAX_BODY = 64 * 1024


def body_limit(path: str) -> int:
    """The largest body a request to `path` may carry."""
    return next((size for prefix, size in BODY_LIMITS if path.startswith(prefix)), MAX_BODY)


def unicode_text(text: str) -> str:
    """`text` when it is valid Unicode; a lone surrogate (which JSON's \\ud800 can carry) is
    refused: no database, file or JSON encoder downstream can write it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text with a lone surrogate (not valid Unicode)") from None
    return text


def check_json(value: Any, max_bytes: int, max_depth: int = MAX_DEPTH) -> None:
    """Raise ValueError when `value` (parsed JSON) goes beyond the bounds."""
    size = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth >= max_depth:
                raise ValueError(f"nested deeper than {max_depth} levels")
            if len(node) > MAX_ITEMS:
                raise ValueError(f"more than {MAX_ITEMS} keys or items in one place")
            if isinstance(node, dict):
                for key in node:
                    if not isinstance(key, str) or len(key) > MAX_KEY:
                        raise ValueError(f"a key longer than {MAX_KEY} characters")
                    size += len(unicode_text(key)) + 4
                stack.extend((item, depth + 1) for item in node.values())
            else:
                stack.extend((item, depth + 1) for item in node)
        elif isinstance(node, str):
            if len(node) > MAX_TEXT:
                raise ValueError(f"a text longer than {MAX_TEXT} characters")
            size += len(unicode_text(node)) + 2
        elif isinstance(node, bool) or node is None:
            size += 5
        elif isinstance(node, int):
            if abs(node) > MAX_INTEGER:
                raise ValueError(f"an integer beyond ±{MAX_INTEGER}")
            size += 20
        elif isinstance(node, float):
            if not math.isfinite(node):
                raise ValueError("a number that is not finite (NaN or infinity)")
            size += 24
        else:
            raise ValueError(f"not a JSON value: {type(node).__name__}")
        if size > max_bytes:
            raise ValueError(f"larger than {max_bytes} bytes")


def bounded(max_bytes: int, max_depth: int = MAX_DEPTH) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        check_json(value, max_bytes, max_depth)
        return value

    return check


#: An interview's answers, an item's data, a coach's chosen values.
JsonObject = Annotated[dict[str, Any], AfterValidator(bounded(MAX_PAYLOAD))]
#: What one feed entry carries to a device.
FeedPayload = Annotated[dict[str, Any], AfterValidator(bounded(MAX_FEED_ENTRY, MAX_FEED_DEPTH))]
#: A form's definition.
FormJson = Annotated[dict[str, Any], AfterValidator(bounded(MAX_FORM, MAX_FORM_DEPTH))]
