"""Words broken where a dictionary allows, never at any letter: Pyphen's hyphenation patterns
(the ones LibreOffice uses) for French and Dutch.

A word can break only at its dictionary points, with a hyphen at the end of the line: the
Dutch "Huishoudens" becomes "Huis-" / "houdens", never "Huishou" / "dens". Texts printed in
both languages are written "French / Dutch": each half is hyphenated with its own dictionary
(French patterns break "Huishoudens" as "Hui-shoudens").

ReportLab's paragraphs take the points as soft hyphens (``hyphenated``, with a paragraph
style that has ``embeddedHyphenation``); lines drawn by hand are broken by
``layout.wrap_words``, which asks ``pieces``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

import pyphen

from app.printing.fonts import text_width

SOFT_HYPHEN = "\u00ad"
#: Pyphen's dictionary for each print language.
DICTIONARIES = {"fr": "fr_FR", "nl": "nl_NL"}
#: Words shorter than this never break (nor a word's first or last two letters).
MIN_WORD = 6
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")
_BREAKS = re.compile(r"[ \t\n/]+")


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES.get(lang, DICTIONARIES["fr"]), left=2, right=2)


def points(word: str, lang: str) -> list[int]:
    """Where ``word`` may break, by the dictionary of ``lang`` (offsets into the word)."""
    if len(word) < MIN_WORD:
        return []
    return list(_dictionary(lang).positions(word))


def pieces(word: str, lang: str) -> list[str]:
    """``word`` cut at every dictionary point: 'Huishoudens' -> ['Huis', 'hou', 'dens']."""
    cuts = [0, *points(word, lang), len(word)]
    return [word[a:b] for a, b in itertools.pairwise(cuts)]


def _in(text: str, lang: str, long: Callable[[str], bool]) -> str:
    def broken(match: re.Match[str]) -> str:
        word = match.group(0)
        return SOFT_HYPHEN.join(pieces(word, lang)) if long(word) else word

    return _WORD.sub(broken, text)


def hyphenated(
    text: str,
    codes: tuple[str, ...],
    *,
    font: str = "",
    size: float = 0.0,
    wider_than: float = 0.0,
) -> str:
    """``text`` with a soft hyphen at each dictionary point of its words (with ``font`` and
    ``size``, only of the words wider than ``wider_than``, a column's width: a word that fits
    on a line goes whole to the next one, 'loge-ment' or 'Four-chette' at the end of a line
    read worse and save no line). A text of as many " / "-separated parts as ``codes`` is
    taken as one part per language, in order; any other text is in the first language."""

    def long(word: str) -> bool:
        return not font or text_width(word, font, size) > wider_than

    parts = text.split(" / ")
    if len(codes) > 1 and len(parts) == len(codes):
        return " / ".join(_in(part, code, long) for part, code in zip(parts, codes, strict=True))
    return _in(text, codes[0], long)


def narrowest(text: str, font: str, size: float, codes: tuple[str, ...]) -> float:
    """The width a column needs for ``text`` broken at every dictionary point: its widest
    piece, with the hyphen a broken piece ends with."""
    hyphen = text_width("-", font, size)
    widest = 0.0
    # a no-break space holds its neighbours together ("95\u00a0%"), as in ReportLab's lines
    for token in _BREAKS.split(hyphenated(text, codes)):
        parts = token.split(SOFT_HYPHEN)
        for index, piece in enumerate(parts):
            extra = hyphen if index < len(parts) - 1 else 0.0
            widest = max(widest, text_width(piece, font, size) + extra)
    return widest


def break_word(word: str, lang: str, font: str, size: float, width: float) -> tuple[str, str]:
    """The longest head of ``word`` (ending at a dictionary point, with its hyphen) that fits
    in ``width``, and the rest; ('', word) when no point allows it."""
    for cut in reversed(points(word, lang)):
        head = word[:cut] + "-"
        if text_width(head, font, size) <= width:
            return head, word[cut:]
    return "", word
