"""The expression language on its own, against a small fake context."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest

from survey_forms.expressions import ExpressionError, compile_expression, to_number, to_string


class FakeContext:
    def __init__(self, values: dict[str, Any], dot: Any = "", position: int = 0) -> None:
        self.values, self._dot, self._position = values, dot, position

    def ref(self, name: str) -> Any:
        return self.values[name]

    def ref_all(self, name: str) -> list[Any]:
        value = self.values[name]
        return value if isinstance(value, list) else [value]

    def dot(self) -> Any:
        return self._dot

    def position(self) -> int:
        return self._position

    def choice_label(self, question: str, value: str) -> str:
        return {"yes": "Oui", "no": "Non"}.get(value, "") if question == "q" else "?"

    def instance(self, name: str) -> list[dict[str, str]]:
        if name != "cities":
            return []
        return [
            {"name": "bxl", "label": "Bruxelles", "country": "be"},
            {"name": "lil", "label": "Lille", "country": "fr"},
        ]

    def item_field(self, name: str) -> Any:
        return ""


VALUES = {"a": 3, "b": "4", "s": "Bonjour", "m": "x y z", "empty": "", "ages": [10, 20, "", 5],
          "d": "2024-02-28", "q": "yes"}  # fmt: skip


def run(text: str, **kw: Any) -> Any:
    return compile_expression(text).evaluate(FakeContext(VALUES, **kw))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${a} + ${b} * 2", 11.0),
        ("(${a} + ${b}) * 2", 14.0),
        ("${b} div 8", 0.5),
        ("7 mod 3", 1.0),
        ("-${a} + 1", -2.0),
        ("${a} > 2 and ${a} < 4", True),
        ("${a} = 3 or 1 div 0", True),
        ("not(${a} = 3)", False),
        ("${a} != 3", False),
        ("${b} >= '4'", True),
        ("${s} = 'Bonjour'", True),
        ("if(${a} > 5, 'grand', 'petit')", "petit"),
        ("selected(${m}, 'y')", True),
        ("selected(${m}, 'w')", False),
        ("count-selected(${m})", 3.0),
        ("selected-at(${m}, 2)", "z"),
        ("jr:choice-name(${q}, '${q}')", "Oui"),
        ("string-length(${s})", 7.0),
        ("concat(${s}, ' ', ${a})", "Bonjour 3"),
        ("contains(${s}, 'jour')", True),
        ("starts-with(${s}, 'Bon')", True),
        ("ends-with(${s}, 'jour')", True),
        ("substr(${s}, 0, 3)", "Bon"),
        ("substr(${s}, 3)", "jour"),
        ("substring(${s}, 2, 3)", "onj"),
        ("regex(${s}, '^B[a-z]+$')", True),
        ("regex('abc', '^\\d+$')", False),
        ("coalesce(${empty}, ${s})", "Bonjour"),
        ("int(7.9)", 7.0),
        ("int(-7.9)", -7.0),
        ("number('12.5')", 12.5),
        ("round(2.345, 2)", 2.35),
        ("round(2.5)", 3.0),
        ("sum(${ages})", 35.0),
        ("count(${ages})", 4.0),
        ("count-non-empty(${ages})", 3.0),
        ("max(${ages})", 20.0),
        ("string(${a})", "3"),
        ("boolean('')", False),
        ("boolean('x')", True),
        ("true() and not(false())", True),
        ("once(${s})", "Bonjour"),
        ("date('2024-03-01') - date(${d})", 2.0),
        ("format-date(date('2024-03-05'), '%d/%m/%Y')", "05/03/2024"),
        ("${d} < '2024-03-01'", True),
        ("instance('cities')/root/item[country = 'fr']/label", ["Lille"]),
        ("count(instance('cities')/root/item)", 2.0),
        ("indexed-repeat(${ages}, ${ages}, 2)", 20),
        ("join(', ', ${ages})", "10, 20, , 5"),
        ("pulldata('f', 'c', 'k', ${a})", ""),
        ("pow(2, 10)", 1024.0),
        ("/data/group/a + 1", 4.0),
    ],
)
def test_functions_and_operators(text: str, expected: Any) -> None:
    assert run(text) == expected


def test_dot_once_and_position() -> None:
    assert run(". >= 1 and . <= 20", dot="25") is False
    assert run(". >= 1 and . <= 20", dot="5") is True
    assert run("once(${s})", dot="déjà") == "déjà"
    assert run("position(..)", position=3) == 3.0
    assert compile_expression(". > 1").uses_dot


def test_today_and_now_are_dates() -> None:
    assert run("today()") == dt.date.today()
    assert isinstance(run("now()"), dt.datetime)
    assert compile_expression("today() > ${d}").volatile
    assert run("today() > ${d}") is True


def test_empty_answers_are_nan_in_arithmetic_and_false_in_comparisons() -> None:
    assert math.isnan(run("${empty} + 1"))
    assert run("${empty} > 3") is False
    assert run("${empty} = ''") is True


def test_refs_are_collected_and_compilation_is_cached() -> None:
    expr = compile_expression("${a} + sum(${ages}) > jr:choice-name(${q}, '${q}')")
    assert expr.refs == {"a", "ages", "q"}
    assert compile_expression("${a} + sum(${ages}) > jr:choice-name(${q}, '${q}')") is expr


def test_typographic_closing_quote_is_accepted() -> None:
    assert run("concat('a’, 'b')") == "ab"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("${a} +", "incomplète"),
        ("(${a} + 1", "« ) » attendu"),
        ("${a} = 'oops", "non terminé"),
        ("frobnicate(${a})", "fonction inconnue frobnicate()"),
        ("if(${a}, 1)", "if() attend 3"),
        ("${a} ; 1", "caractère inattendu"),
        ("${}", "mal formée"),
        ("1 2", "« 2 » inattendu"),
    ],
)
def test_syntax_errors_are_explained_in_french(text: str, fragment: str) -> None:
    with pytest.raises(ExpressionError) as info:
        compile_expression(text)
    assert fragment in str(info.value)
    assert info.value.position is not None


def test_conversions() -> None:
    assert to_string(3.0) == "3"
    assert to_string(2.5) == "2.5"
    assert to_string(True) == "true"
    assert to_number("2024-01-02") == 19724.0
    assert math.isnan(to_number("abc"))
