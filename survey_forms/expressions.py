"""The XLSForm expression language: a Pratt parser for the XPath 1.0 subset ODK forms use,
compiled to Python closures (never ``eval``).

``compile_expression(text)`` parses once and caches; the result's ``evaluate(ctx)`` runs the
closure against a :class:`Context` (the session provides one). Values inside expressions are
XPath values: ``str``, ``float``, ``bool``, ``datetime.date``/``datetime.datetime`` and node-sets
(``list``: every instance of a question inside a repeat, or items of a choice list read through
``instance('list')/root/item``). Answers enter as strings like in an XForm instance
(select_multiple answers as space-separated names).

Paths name questions as ODK does: ``${x}``, ``/data/group/x``, ``../x`` and ``current()/../x``
all read the question ``x`` (names are unique in a form, or keyed, see ``Question.key``); a
bare name is a column of the current item (in a choice filter or a predicate).
``instance('name')`` is a choice list, an external list or a media file (``pulldata()`` reads
the same rows).

Leniency, on purpose: typographic quotes (‘…’, ’) close a string opened with ' because Excel's
autocorrect puts them in real forms; ``regex()`` reads POSIX classes (``[:digit:]``) as meant;
``property()`` evaluates to empty.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, Protocol

from survey_forms import geo

Value = Any  # str | float | bool | date | datetime | list
Fn = Callable[["Context"], Value]

EPOCH = dt.date(1970, 1, 1)
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?")
_REF = re.compile(r"\$\{([^}\s]+)\}")
_DYNAMIC_DEFAULT = re.compile(r"\$\{|\w\(")


class ExpressionError(ValueError):
    """A syntax or reference error in one expression; ``position`` is 0-based in the text."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        return f"{self.message} (caractère {self.position + 1})"


class Context(Protocol):
    """What an expression needs from the world around it."""

    def ref(self, name: str) -> Value:
        """``${name}``: the value in the current repeat instance, or the node-set of all
        instances when ``name`` is inside a repeat the context is not in."""

    def ref_all(self, name: str) -> list[Value]:
        """Every instance of ``name`` (for ``indexed-repeat``)."""

    def dot(self) -> Value:
        """``.``: the current question's value (the item's name inside a predicate)."""

    def current(self) -> Value:
        """``current()``: the value of the question the expression belongs to."""

    def position(self) -> int:
        """1-based index of the current repeat instance (0 outside repeats)."""

    def choice_label(self, question: str, value: str) -> str: ...

    def instance(self, name: str) -> list[dict[str, str]]: ...

    def item_field(self, name: str) -> Value:
        """A bare name inside a choice filter or a predicate: a column of the current item."""


# ----------------------------------------------------------------------------- conversions


def to_number(v: Value) -> float:
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, int | float):
        return float(v)
    if isinstance(v, str):
        text = v.strip()
        try:
            return float(text) if text else math.nan
        except ValueError:
            return _date_number(text)
    if isinstance(v, dt.datetime):
        return v.timestamp() / 86400.0
    if isinstance(v, dt.date):
        return float((v - EPOCH).days)
    if isinstance(v, list):
        return to_number(v[0]) if v else math.nan
    return math.nan


def _date_number(text: str) -> float:
    value = to_date(text)
    return math.nan if value is None else to_number(value)


def to_date(v: Value) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    if isinstance(v, int | float) and not isinstance(v, bool):
        return None if math.isnan(v) else EPOCH + dt.timedelta(days=float(v))
    match = _DATE.match(to_string(v))
    if not match:
        return None
    y, m, d, hh, mm, ss = match.groups()
    try:
        if hh is None:
            return dt.date(int(y), int(m), int(d))
        sec = float(ss or 0)
        return dt.datetime(int(y), int(m), int(d), int(hh), int(mm), int(sec))
    except ValueError:
        return None


def to_string(v: Value) -> str:
    if isinstance(v, str):
        return v
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if isinstance(v, list):
        return to_string(v[0]) if v else ""
    return str(v)


def to_bool(v: Value) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float):
        return not (v == 0 or math.isnan(v))
    if isinstance(v, list):
        return bool(v)
    return bool(to_string(v))


def _compare(op: str, a: Value, b: Value) -> bool:
    """XPath 1.0 comparison, node-sets compare true when any member does."""
    if isinstance(a, list):
        return any(_compare(op, x, b) for x in a)
    if isinstance(b, list):
        return any(_compare(op, a, y) for y in b)
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            eq = to_bool(a) == to_bool(b)
        elif isinstance(a, int | float) or isinstance(b, int | float):
            eq = to_number(a) == to_number(b)
        else:
            eq = to_string(a) == to_string(b)
        return eq if op == "=" else not eq
    x, y = to_number(a), to_number(b)
    return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]


def _arith(op: str, a: Value, b: Value) -> float:
    x, y = to_number(a), to_number(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if y == 0 or math.isnan(y) or math.isnan(x):
        if op == "div" and not math.isnan(x) and not math.isnan(y) and x != 0:
            return math.copysign(math.inf, x)
        return math.nan
    return x / y if op == "div" else math.fmod(x, y)


# ----------------------------------------------------------------------------- tokens

_OPS2 = ("!=", "<=", ">=", "//", "..")
_OPS1 = "=<>+-*|/()[],.@"
_WORD_OPS = frozenset({"and", "or", "div", "mod"})
_NAME_START = re.compile(r"[A-Za-z_\u00c0-\uffff]")
_NAME = re.compile(r"[A-Za-z_\u00c0-\uffff][\w.\-\u00c0-\uffff]*(?::[A-Za-z_][\w.\-]*)?")
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_CLOSING_QUOTES = {"'": "'’", '"': '"”', "‘": "’'", "“": '”"'}


@dataclass(slots=True)
class Token:
    kind: str  # num, str, ref, name, op, eof
    value: str
    pos: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if text.startswith("${", i):
            end = text.find("}", i)
            name = text[i + 2 : end].strip() if end > 0 else ""
            if end < 0 or not name or not _NAME.fullmatch(name):
                raise ExpressionError("référence ${...} mal formée", i)
            tokens.append(Token("ref", name, i))
            i = end + 1
            continue
        if c in _CLOSING_QUOTES:
            closers = _CLOSING_QUOTES[c]
            j = i + 1
            while j < n and text[j] not in closers:
                j += 1
            if j >= n:
                raise ExpressionError("texte entre guillemets non terminé", i)
            tokens.append(Token("str", text[i + 1 : j], i))
            i = j + 1
            continue
        number = _NUMBER.match(text, i)
        if number and not (c == "." and _prev_is_operand(tokens)):
            tokens.append(Token("num", number.group(), i))
            i = number.end()
            continue
        if _NAME_START.match(c):
            word = _NAME.match(text, i)
            assert word is not None
            value = word.group()
            kind = "op" if value in _WORD_OPS and _prev_is_operand(tokens) else "name"
            tokens.append(Token(kind, value, i))
            i = word.end()
            continue
        two = text[i : i + 2]
        if two in _OPS2:
            tokens.append(Token("op", two, i))
            i += 2
            continue
        if c in _OPS1:
            tokens.append(Token("op", c, i))
            i += 1
            continue
        raise ExpressionError(f"caractère inattendu {c!r}", i)
    tokens.append(Token("eof", "", n))
    return tokens


def _prev_is_operand(tokens: list[Token]) -> bool:
    if not tokens:
        return False
    last = tokens[-1]
    return last.kind in ("num", "str", "ref", "name") or last.value in (")", "]", ".", "..")


# ----------------------------------------------------------------------------- compiled form

#: Binding powers of the binary operators, loosest first (XPath 1.0 precedence).
_BINDING_POWER = {
    "or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5, "*": 6, "div": 6, "mod": 6, "|": 8,
}  # fmt: skip


@dataclass(slots=True)
class Expression:
    """A compiled expression; ``refs`` are the ``${names}`` it reads (for dependencies)."""

    text: str
    fn: Fn
    refs: frozenset[str]
    uses_dot: bool
    #: now(), today(), random(), uuid(): re-evaluated only when something else triggers it.
    volatile: bool

    def evaluate(self, ctx: Context) -> Value:
        return self.fn(ctx)


@dataclass
class _Compiler:
    text: str
    tokens: list[Token]
    i: int = 0
    refs: set[str] = field(default_factory=set)
    uses_dot: bool = False
    volatile: bool = False

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect(self, value: str) -> None:
        if self.tok.value != value or self.tok.kind not in ("op",):
            raise ExpressionError(f"« {value} » attendu", self.tok.pos)
        self.i += 1

    def parse(self) -> Fn:
        fn = self.expression(0)
        if self.tok.kind != "eof":
            raise ExpressionError(f"« {self.tok.value} » inattendu", self.tok.pos)
        return fn

    def expression(self, min_bp: int) -> Fn:
        left = self.unary()
        while True:
            token = self.tok
            bp = _BINDING_POWER.get(token.value) if token.kind == "op" else None
            if bp is None or bp <= min_bp:
                return left
            self.i += 1
            right = self.expression(bp)
            left = _binary(token.value, left, right)

    def unary(self) -> Fn:
        if self.tok.kind == "op" and self.tok.value == "-":
            self.i += 1
            inner = self.unary()
            return lambda ctx: -to_number(inner(ctx))
        return self.path()

    def path(self) -> Fn:
        """A primary followed by predicates and ``/step``s, or a location path."""
        token = self.tok
        if token.kind == "op" and token.value in ("/", "//", ".", "..", "@"):
            return self.location_path()
        if token.value == "current" and [t.value for t in self.tokens[self.i + 1 : self.i + 4]] in (
            ["(", ")", "/"],
            ["(", ")", "//"],
        ):
            self.i += 3  # current()/..: a path from the question itself
            return self.location_path(from_current=True)
        if token.kind == "name" and self.tokens[self.i + 1].value != "(":
            return self.location_path()
        fn = self.primary()
        return self.steps_after(fn)

    def steps_after(self, fn: Fn) -> Fn:
        while self.tok.kind == "op" and self.tok.value in ("[", "/", "//"):
            if self.tok.value == "[":
                fn = self.predicate(fn)
            else:
                self.i += 1
                fn = self.child_step(fn)
        return fn

    def predicate(self, fn: Fn) -> Fn:
        self.i += 1
        condition = self.expression(0)
        self.expect("]")
        return _filter(fn, condition)

    def child_step(self, fn: Fn) -> Fn:
        token = self.take()
        if token.kind != "name" and token.value not in ("..", ".", "*"):
            raise ExpressionError("nom attendu après « / »", token.pos)
        return _step(fn, token.value)

    def location_path(self, from_current: bool = False) -> Fn:
        """Paths other than instance(...): ``.``, ``..``, ``/data/x``, ``../x``, ``name``.

        In a form they resolve by their last name (question names are unique); a single
        relative name is a column of the current item (a choice, in a choice filter)."""
        names: list[str] = []
        absolute = from_current or self.tok.value in ("/", "//")
        only_dots = True
        want_step = True
        while True:
            token = self.tok
            if token.kind == "op" and token.value in ("/", "//"):
                want_step = True
            elif not want_step:
                break
            elif token.kind == "name" and self.tokens[self.i + 1].value != "(":
                names.append(token.value)
                only_dots = False
                want_step = False
            elif token.kind == "op" and token.value in (".", ".."):
                only_dots = only_dots and token.value == "."
                absolute = absolute or token.value == ".."
                want_step = False
            elif not (token.kind == "op" and token.value == "@"):
                break
            self.i += 1
        if self.tok.kind == "op" and self.tok.value == "[":
            raise ExpressionError("prédicat non pris en charge ici", self.tok.pos)
        if from_current and only_dots:
            return lambda ctx: ctx.current()
        if only_dots and not absolute:
            self.uses_dot = True
            return lambda ctx: ctx.dot()
        if not names:
            return lambda ctx: ""
        last = names[-1]
        if len(names) == 1 and not absolute:
            return lambda ctx: ctx.item_field(last)
        self.refs.add(last)
        return lambda ctx: ctx.ref(last)

    def primary(self) -> Fn:
        token = self.take()
        if token.kind == "num":
            number = float(token.value)
            return lambda ctx: number
        if token.kind == "str":
            text = token.value
            return lambda ctx: text
        if token.kind == "ref":
            name = token.value
            self.refs.add(name)
            return lambda ctx: ctx.ref(name)
        if token.kind == "op" and token.value == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        if token.kind == "name":
            return self.call(token)
        if token.kind == "eof":
            raise ExpressionError("expression incomplète", token.pos)
        raise ExpressionError(f"« {token.value} » inattendu", token.pos)

    def call(self, token: Token) -> Fn:
        name = token.value
        self.expect("(")
        args: list[Fn] = []
        raw_args: list[tuple[int, int]] = []
        if not (self.tok.kind == "op" and self.tok.value == ")"):
            while True:
                start = self.i
                args.append(self.expression(0))
                raw_args.append((start, self.i))
                if self.tok.kind == "op" and self.tok.value == ",":
                    self.i += 1
                    continue
                break
        self.expect(")")
        spec = FUNCTIONS.get(name)
        if spec is None:
            raise ExpressionError(f"fonction inconnue {name}()", token.pos)
        low, high, impl = spec
        if len(args) < low or (high is not None and len(args) > high):
            expected = f"{low}" if low == high else f"{low} à {high if high is not None else 'n'}"
            raise ExpressionError(
                f"{name}() attend {expected} argument(s), pas {len(args)}", token.pos
            )
        if name in _VOLATILE:
            self.volatile = True
        if name == "once":
            self.uses_dot = True
        if name == "jr:choice-name" and len(args) == 2:
            question = self._quoted_ref(raw_args[1])
            if question:
                self.refs.add(question)
                value_fn = args[0]
                return lambda ctx: ctx.choice_label(question, to_string(value_fn(ctx)))
        if name == "indexed-repeat":
            target = self._quoted_ref(raw_args[0], quoted=False)
            if target is None:
                raise ExpressionError("indexed-repeat() attend ${question} en premier", token.pos)
            index_fn = args[2]
            return lambda ctx: _nth(ctx.ref_all(target), index_fn(ctx))
        return impl(args)

    def _quoted_ref(self, span: tuple[int, int], quoted: bool = True) -> str | None:
        """The name in a ``'${name}'`` argument (or a bare ``${name}`` when not quoted)."""
        start, end = span
        if end - start != 1:
            return None
        token = self.tokens[start]
        if quoted and token.kind == "str":
            match = _REF.fullmatch(token.value.strip())
            return match.group(1) if match else None
        return token.value if not quoted and token.kind == "ref" else None


def _nth(values: list[Value], index: Value) -> Value:
    i = int(to_number(index)) if not math.isnan(to_number(index)) else 0
    return values[i - 1] if 1 <= i <= len(values) else ""


def _binary(op: str, left: Fn, right: Fn) -> Fn:
    if op == "or":
        return lambda ctx: to_bool(left(ctx)) or to_bool(right(ctx))
    if op == "and":
        return lambda ctx: to_bool(left(ctx)) and to_bool(right(ctx))
    if op in ("=", "!=", "<", "<=", ">", ">="):
        return lambda ctx: _compare(op, left(ctx), right(ctx))
    if op == "|":
        return lambda ctx: _as_list(left(ctx)) + _as_list(right(ctx))
    return lambda ctx: _arith(op, left(ctx), right(ctx))


def _as_list(v: Value) -> list[Value]:
    return v if isinstance(v, list) else [v]


class _ItemContext:
    """Evaluates a predicate against one item of an instance, delegating the rest."""

    __slots__ = ("_ctx", "_item", "_position")

    def __init__(self, ctx: Context, item: dict[str, str], position: int) -> None:
        self._ctx, self._item, self._position = ctx, item, position

    def item_field(self, name: str) -> Value:
        return self._item.get(name, "")

    def position(self) -> int:
        return self._position

    def dot(self) -> Value:
        return self._item.get("name", "")

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._ctx, attr)


def _filter(fn: Fn, condition: Fn) -> Fn:
    def run(ctx: Context) -> Value:
        items = fn(ctx)
        if not isinstance(items, list):
            return []
        out = []
        for index, item in enumerate(items, 1):
            if not isinstance(item, dict):
                continue
            result = condition(_ItemContext(ctx, item, index))  # type: ignore[arg-type]
            if isinstance(result, int | float) and not isinstance(result, bool):
                keep = result == index
            else:
                keep = to_bool(result)
            if keep:
                out.append(item)
        return out

    return run


def _step(fn: Fn, name: str) -> Fn:
    """``/root`` and ``/item`` walk into an instance; ``/field`` reads a column of its items."""

    def run(ctx: Context) -> Value:
        value = fn(ctx)
        if not isinstance(value, list):
            return []
        if name in ("root", "item", ".", "*"):
            return value
        return [item.get(name, "") for item in value if isinstance(item, dict)]

    return run


# ----------------------------------------------------------------------------- functions


def _fn(impl: Callable[..., Value]) -> Callable[[list[Fn]], Fn]:
    """A function that takes its arguments evaluated."""

    def build(args: list[Fn]) -> Fn:
        if not args:
            return lambda ctx: impl()
        if len(args) == 1:
            (a,) = args
            return lambda ctx: impl(a(ctx))
        if len(args) == 2:
            a, b = args
            return lambda ctx: impl(a(ctx), b(ctx))
        return lambda ctx: impl(*(arg(ctx) for arg in args))

    return build


def _with_ctx(impl: Callable[..., Value]) -> Callable[[list[Fn]], Fn]:
    """A function that needs the context (its arguments still evaluated)."""

    def build(args: list[Fn]) -> Fn:
        return lambda ctx: impl(ctx, *(arg(ctx) for arg in args))

    return build


def _if(args: list[Fn]) -> Fn:
    cond, then, other = args
    return lambda ctx: then(ctx) if to_bool(cond(ctx)) else other(ctx)


def _coalesce(args: list[Fn]) -> Fn:
    def run(ctx: Context) -> Value:
        for arg in args:
            value = to_string(arg(ctx))
            if value:
                return value
        return ""

    return run


def _once(args: list[Fn]) -> Fn:
    (inner,) = args

    def run(ctx: Context) -> Value:
        current = to_string(ctx.dot())
        return current if current else inner(ctx)

    return run


def _numbers(values: Sequence[Value]) -> list[float]:
    flat: list[Value] = []
    for v in values:
        flat.extend(v if isinstance(v, list) else [v])
    return [to_number(v) for v in flat]


def _round(x: Value, digits: Value = 0.0) -> float:
    number = to_number(x)
    if math.isnan(number) or math.isinf(number):
        return number
    places = int(to_number(digits))
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(number)).quantize(quantum, rounding=ROUND_HALF_UP))


def _int(x: Value) -> float:
    number = to_number(x)
    return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))


def _substr(s: Value, start: Value, end: Value = None) -> str:
    text = to_string(s)
    a = max(int(to_number(start)), 0)
    if end is None:
        return text[a:]
    return text[a : max(int(to_number(end)), a)]


def _substring(s: Value, start: Value, length: Value = None) -> str:
    """XPath 1.0 substring(), 1-based with rounding."""
    text = to_string(s)
    first = _round(start)
    last = math.inf if length is None else first + _round(length)
    return "".join(c for i, c in enumerate(text, 1) if first <= i < last)


@lru_cache(maxsize=1024)
def _regex(pattern: str) -> re.Pattern[str] | None:
    """A regex() pattern; POSIX classes (``[[:digit:]]``, and the bare ``[:digit:]`` forms in
    the wild write for it) read as what their authors meant."""
    for posix, python in _POSIX_CLASSES.items():
        pattern = pattern.replace(f"[[:{posix}:]]", f"[{python}]").replace(
            f"[:{posix}:]", f"[{python}]"
        )
    try:
        return re.compile(pattern)
    except re.error:
        return None


_POSIX_CLASSES = {
    "digit": r"0-9", "alpha": r"^\W\d_", "alnum": r"^\W_", "upper": r"A-Z", "lower": r"a-z",
    "space": r"\s", "punct": r"!-/:-@\[-`{-~", "xdigit": r"0-9A-Fa-f",
}  # fmt: skip


def _regex_match(s: Value, pattern: Value) -> bool:
    compiled = _regex(to_string(pattern))
    return bool(compiled and compiled.search(to_string(s)))


def _selected(values: Value, choice: Value) -> bool:
    return to_string(choice).strip() in to_string(values).split()


def _selected_at(values: Value, index: Value) -> str:
    names = to_string(values).split()
    i = int(to_number(index)) if not math.isnan(to_number(index)) else -1
    return names[i] if 0 <= i < len(names) else ""


def _date(v: Value) -> Value:
    value = to_date(v)
    return "" if value is None else value


_FORMATS = {
    "%Y": "%Y", "%y": "%y", "%m": "%m", "%n": "%-m", "%b": "%b", "%d": "%d", "%e": "%-d",
    "%H": "%H", "%h": "%-H", "%M": "%M", "%S": "%S", "%a": "%a",
}  # fmt: skip


def _format_date(v: Value, fmt: Value) -> str:
    value = to_date(v)
    if value is None:
        return ""
    out = to_string(fmt)
    for odk, python in _FORMATS.items():
        if odk in out:
            part = value.strftime(python.replace("%-", "%"))
            if python.startswith("%-"):
                part = part.lstrip("0") or "0"
            out = out.replace(odk, part)
    return out


def _today() -> dt.date:
    return dt.date.today()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _join(sep: Value, *values: Value) -> str:
    flat: list[Value] = []
    for v in values:
        flat.extend(v if isinstance(v, list) else [v])
    return to_string(sep).join(to_string(v) for v in flat)


def _concat(*values: Value) -> str:
    return _join("", *values)


def _count(values: Value) -> float:
    """count() of a node-set; a single value (a question outside repeats) counts as one."""
    return float(len(values) if isinstance(values, list) else 1)


def _count_non_empty(values: Value) -> float:
    return float(sum(1 for v in _as_list(values) if to_string(v)))


def _math(f: Callable[..., float]) -> Callable[..., float]:
    def run(*values: Value) -> float:
        try:
            return f(*(to_number(v) for v in values))
        except (ValueError, OverflowError):
            return math.nan

    return run


def _agg(f: Callable[[list[float]], float]) -> Callable[..., float]:
    def run(*values: Value) -> float:
        numbers = _numbers(values)
        return f(numbers) if numbers else math.nan

    return run


def _empty(*_: Value) -> str:
    return ""


def _pulldata(ctx: Context, source: Value, column: Value, *rest: Value) -> str:
    """``pulldata('file', 'column', 'key column', key)``: the column of the first row of
    file.csv whose key column holds the key. ``pulldata('@geopoint', point, part)`` (an ArcGIS
    Survey123 form) gives a part of a geopoint (x, y, z, horizontalAccuracy)."""
    name = to_string(source)
    if name.startswith("@geopoint"):
        parts = to_string(column).split()
        part = to_string(rest[0]).lower() if rest else ""
        index = {"y": 0, "x": 1, "z": 2, "horizontalaccuracy": 3, "accuracy": 3}.get(part)
        return parts[index] if index is not None and index < len(parts) else ""
    if len(rest) < 2:
        return ""
    wanted, key_column, key = to_string(column), to_string(rest[0]), to_string(rest[1])
    for row in ctx.instance(f"{name}.csv"):  # the file, even beside a list of that name
        if row.get(key_column) == key:
            return row.get(wanted, "")
    return ""


def _geo_points(values: Sequence[Value]) -> list[geo.Point] | None:
    """The points of a geotrace/geoshape, of a node-set of geopoints, or of several
    geopoint arguments."""
    texts = [to_string(v) for value in values for v in _as_list(value)]
    return geo.parse_points(";".join(t for t in texts if t.strip()))


def _distance(*values: Value) -> float:
    points = _geo_points(values)
    return math.nan if points is None else geo.distance(points)


def _area(value: Value) -> float:
    points = _geo_points([value])
    return math.nan if points is None else geo.area(points)


_VOLATILE = frozenset({"now", "today", "random", "uuid"})

#: name -> (min args, max args or None, builder)
FUNCTIONS: dict[str, tuple[int, int | None, Callable[[list[Fn]], Fn]]] = {
    "if": (3, 3, _if),
    "coalesce": (2, None, _coalesce),
    "once": (1, 1, _once),
    "true": (0, 0, _fn(lambda: True)),
    "false": (0, 0, _fn(lambda: False)),
    "not": (1, 1, _fn(lambda v: not to_bool(v))),
    "boolean": (1, 1, _fn(to_bool)),
    "boolean-from-string": (1, 1, _fn(lambda v: to_string(v).strip() in ("true", "1"))),
    "string": (0, 1, _with_ctx(lambda ctx, v=None: to_string(ctx.dot() if v is None else v))),
    "number": (1, 1, _fn(to_number)),
    "int": (1, 1, _fn(_int)),
    "round": (1, 2, _fn(_round)),
    "floor": (1, 1, _fn(_math(math.floor))),
    "ceiling": (1, 1, _fn(_math(math.ceil))),
    "abs": (1, 1, _fn(_math(abs))),
    "pow": (2, 2, _fn(_math(math.pow))),
    "sqrt": (1, 1, _fn(_math(math.sqrt))),
    "exp": (1, 1, _fn(_math(math.exp))),
    "exp10": (1, 1, _fn(_math(lambda x: 10.0**x))),
    "log": (1, 1, _fn(_math(math.log))),
    "log10": (1, 1, _fn(_math(math.log10))),
    "sin": (1, 1, _fn(_math(math.sin))),
    "cos": (1, 1, _fn(_math(math.cos))),
    "tan": (1, 1, _fn(_math(math.tan))),
    "asin": (1, 1, _fn(_math(math.asin))),
    "acos": (1, 1, _fn(_math(math.acos))),
    "atan": (1, 1, _fn(_math(math.atan))),
    "atan2": (2, 2, _fn(_math(math.atan2))),
    "pi": (0, 0, _fn(lambda: math.pi)),
    "random": (0, 0, _fn(random.random)),
    "uuid": (0, 1, _fn(lambda *_: str(uuid.uuid4()))),
    "string-length": (
        0,
        1,
        _with_ctx(lambda ctx, v=None: float(len(to_string(ctx.dot() if v is None else v)))),
    ),
    "concat": (0, None, _fn(_concat)),
    "join": (1, None, _fn(_join)),
    "contains": (2, 2, _fn(lambda a, b: to_string(b) in to_string(a))),
    "starts-with": (2, 2, _fn(lambda a, b: to_string(a).startswith(to_string(b)))),
    "ends-with": (2, 2, _fn(lambda a, b: to_string(a).endswith(to_string(b)))),
    "substr": (2, 3, _fn(_substr)),
    "substring": (2, 3, _fn(_substring)),
    "substring-before": (
        2,
        2,
        _fn(
            lambda a, b: (
                to_string(a).partition(to_string(b))[0] if to_string(b) in to_string(a) else ""
            )
        ),
    ),
    "substring-after": (2, 2, _fn(lambda a, b: to_string(a).partition(to_string(b))[2])),
    "translate": (
        3,
        3,
        _fn(
            lambda s, a, b: to_string(s).translate(
                {
                    ord(c): (to_string(b)[i] if i < len(to_string(b)) else None)
                    for i, c in reversed(list(enumerate(to_string(a))))
                }
            )
        ),
    ),
    "normalize-space": (
        0,
        1,
        _with_ctx(lambda ctx, v=None: " ".join(to_string(ctx.dot() if v is None else v).split())),
    ),
    "regex": (2, 2, _fn(_regex_match)),
    "selected": (2, 2, _fn(_selected)),
    "count-selected": (1, 1, _fn(lambda v: float(len(to_string(v).split())))),
    "selected-at": (2, 2, _fn(_selected_at)),
    "jr:choice-name": (2, 2, _fn(lambda v, q: to_string(v))),
    "count": (1, 1, _fn(_count)),
    "count-non-empty": (1, 1, _fn(_count_non_empty)),
    "sum": (
        1,
        1,
        _fn(
            lambda v: (
                sum(x for x in _numbers([v]) if not math.isnan(x))
                if isinstance(v, list)
                else to_number(v)
            )
        ),
    ),
    "max": (1, None, _fn(_agg(max))),
    "min": (1, None, _fn(_agg(min))),
    "position": (0, 1, _with_ctx(lambda ctx, *_: float(ctx.position()))),
    "indexed-repeat": (3, None, _fn(_empty)),  # replaced in _Compiler.call
    "today": (0, 0, _fn(_today)),
    "now": (0, 0, _fn(_now)),
    "date": (1, 1, _fn(_date)),
    "date-time": (1, 1, _fn(_date)),
    "decimal-date-time": (1, 1, _fn(to_number)),
    "decimal-date": (1, 1, _fn(to_number)),
    "format-date": (2, 2, _fn(_format_date)),
    "format-date-time": (2, 2, _fn(_format_date)),
    "instance": (1, 1, _with_ctx(lambda ctx, name: ctx.instance(to_string(name)))),
    "current": (0, 0, _with_ctx(lambda ctx: ctx.current())),
    "pulldata": (2, None, _with_ctx(_pulldata)),
    "distance": (1, None, _fn(_distance)),
    "area": (1, 1, _fn(_area)),
    "property": (1, 1, _fn(_empty)),
    "version": (0, 0, _fn(_empty)),
    "digest": (2, 3, _fn(_empty)),
}


@lru_cache(maxsize=65536)
def compile_expression(text: str) -> Expression:
    """Parse ``text`` once; raise :class:`ExpressionError` with the position of the fault."""
    compiler = _Compiler(text, tokenize(text))
    fn = compiler.parse()
    return Expression(text, fn, frozenset(compiler.refs), compiler.uses_dot, compiler.volatile)


def references(text: str) -> set[str]:
    """The ``${names}`` in a text that is not an expression (a label, a dynamic default)."""
    return set(_REF.findall(text))


def is_dynamic_default(text: str) -> bool:
    """ODK evaluates a default as an expression only when it references or calls something."""
    return bool(_DYNAMIC_DEFAULT.search(text))


def value_references(text: str) -> set[str]:
    """The ``${names}`` an expression reads (absolute paths and ``jr:choice-name`` too); the
    bare ``${names}`` of a text that does not compile (its form is refused elsewhere)."""
    try:
        return set(compile_expression(text).refs)
    except ExpressionError:
        return references(text)
