"""Names in the order a French or Dutch reader looks for them: accents, case and punctuation
do not decide ("Rue de l'Épée" before "Rue Saint-Ghislain"), as a dictionary or a phone book
sorts. Python's own order is by code point (every capital before "a", "É" after "z"); ICU is
not a dependency and ``locale.strxfrm`` needs locales that many computers lack. Searching
(`contains`) ignores accents and case the same way."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, and_


def sort_key(text: str) -> tuple[str, str]:
    """Letters without accents and case first; the text itself breaks ties (stable order)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return plain, text


def _variants() -> dict[str, str]:
    """Each ASCII letter -> itself in both cases and every Latin letter built on it (é, È, ç...)."""
    out: dict[str, set[str]] = {c: {c, c.upper()} for c in "abcdefghijklmnopqrstuvwxyz"}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0].lower()
        if base in out:
            out[base].add(char)
    return {base: "".join(sorted(chars)) for base, chars in out.items()}


_VARIANTS = _variants()
_LIKE_SPECIAL = str.maketrans({"%": "\\%", "_": "\\_", "\\": "\\\\"})


def contains(column: ColumnElement[Any], text: str) -> ColumnElement[bool]:
    """`column` holds `text`, accents and case aside: "eglise" finds "Église". SQLite only
    folds ASCII letters, so a LIKE (in C, fast) keeps the rows that could match, each letter
    that has accented forms left open, and a GLOB with a class per letter decides."""
    like, glob = ["%"], ["*"]
    for char in text:
        base = sort_key(char)[0][:1] if char.isalpha() else ""
        variants = _VARIANTS.get(base)
        if variants and len(variants) > 2:
            like.append("_")
        else:
            like.append(char.translate(_LIKE_SPECIAL))
        if variants:
            glob.append(f"[{variants}]")
        else:
            glob.append(f"[{char}]" if char in "*?[" else char)
    like.append("%")
    glob.append("*")
    return and_(column.like("".join(like), escape="\\"), column.op("GLOB")("".join(glob)))
