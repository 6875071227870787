"""What a session computes for display: labels and hints with ``${x}`` and
``<output value="..."/>`` replaced by values, and the choices of an ``appearance``
``search('file', ...)`` read from the form's media file (as ODK Collect does)."""

from __future__ import annotations

import re
from collections.abc import Callable

from survey_forms.expressions import (
    Context,
    ExpressionError,
    Value,
    compile_expression,
    to_string,
)
from survey_forms.model import Choice, Form

_OUTPUT = re.compile(r"""<output\s+value\s*=\s*(["'])(.*?)\1\s*/?>(?:\s*</output>)?""", re.I | re.S)
_REF = re.compile(r"\$\{([^}\s]+)\}")
_SEARCH = re.compile(r"search\s*\((.*)\)", re.S)
_ARGUMENT = re.compile(r"""\s*('[^']*'|"[^"]*"|[^,]+)\s*(?:,|$)""")
_MATCHERS: dict[str, Callable[[str, str], bool]] = {
    "matches": lambda cell, value: cell == value,
    "contains": lambda cell, value: value in cell,
    "startswith": lambda cell, value: cell.startswith(value),
    "endswith": lambda cell, value: cell.endswith(value),
}


def interpolate(text: str, ctx: Context, known: Callable[[str], bool]) -> str:
    """``text`` with each ``<output value="expr"/>`` and ``${name}`` replaced by its value
    (a name the form does not know, or an expression that does not compile, stays as is)."""

    def output(match: re.Match[str]) -> str:
        try:
            return _shown(compile_expression(match.group(2)).evaluate(ctx))
        except ExpressionError:
            return match.group(0)

    def ref(match: re.Match[str]) -> str:
        name = match.group(1)
        return _shown(ctx.ref(name)) if known(name) else match.group(0)

    return _REF.sub(ref, _OUTPUT.sub(output, text))


def _shown(value: Value) -> str:
    text = to_string(value)
    return "" if text == "NaN" else text


def search_choices(
    form: Form, appearance: str, template: list[Choice], ctx: Context
) -> list[Choice] | None:
    """The choices an ``appearance`` of ``search('file'[, 'matches', 'column', value...])``
    gives, or None when there is no such appearance or its file is not among the form's media.

    As in ODK, the list's own rows name the file's columns: a row's name is the column of the
    value, its label the column of the label (per language)."""
    match = _SEARCH.search(appearance)
    if match is None:
        return None
    args = [_argument(raw, ctx) for raw in _ARGUMENT.findall(match.group(1))]
    if not args or f"{args[0]}.csv" not in form.media:
        return None
    rows = form.table(f"{args[0]}.csv")
    if len(args) >= 4 and args[1] in _MATCHERS:
        test = _MATCHERS[args[1]]
        pairs = list(zip(args[2::2], args[3::2], strict=False))
        rows = [row for row in rows if all(test(row.get(c, ""), v) for c, v in pairs)]
    out: list[Choice] = []
    for spec in template[:1]:
        for row in rows:
            value = row.get(spec.name, "")
            if value:
                label = {lang: row.get(column, value) for lang, column in spec.label.items()}
                out.append(Choice(value, label or {"default": value}, extra=row))
    return out


def _argument(raw: str, ctx: Context) -> str:
    raw = raw.strip()
    if raw[:1] in ("'", '"'):
        return raw[1:-1]
    try:
        return to_string(compile_expression(raw).evaluate(ctx))
    except ExpressionError:
        return raw
