"""Every message a person can meet exists in French, Dutch and English.

The source of every layer below the window is read with `ast`: each call of a `QuartierError`
subclass whose first argument is a string (the message key), each call of a helper that passes
its first argument on as such a key (``refuse("bundle.missing")``), and each ``Phrase("key")``
built inside such a call must name a key of that class's message table. Every table gives each
key a non-empty French, Dutch and English text with the same ``{placeholders}``, and two layers
never give one key different texts. Runs without Qt.
"""

from __future__ import annotations

import ast
import importlib
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest

from sync.wire.errors import LANGUAGES, Messages, Phrase, QuartierError

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "sync", "survey_forms", "quartier")
#: Alembic's scripts run a migration when imported, `__main__` runs the program; neither raises
#: a keyed error.
SKIPPED = {"migrations", "__main__.py"}


@dataclass(frozen=True)
class Use:
    """A message key used in the source, and the error class whose table must hold it."""

    where: str
    key: str
    error: type[QuartierError]


def modules() -> Iterator[tuple[str, Path]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if SKIPPED & set(relative.parts):
                continue
            parts = relative.with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


class _Resolver:
    """Finds what a called name means in a module: its globals, else the imports made inside
    its functions (the CLI imports domain errors where it uses them)."""

    def __init__(self, module: ModuleType, tree: ast.Module) -> None:
        self.module = module
        self.local: dict[str, Any] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.local.setdefault(alias.asname or alias.name, (node.module, alias.name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    self.local.setdefault(alias.asname or alias.name, (alias.name, None))

    def name(self, name: str) -> Any:
        if name in vars(self.module):
            return vars(self.module)[name]
        if name not in self.local:
            return None
        module_name, attr = self.local[name]
        try:
            imported = importlib.import_module(module_name)
        except ImportError:  # Windows' msvcrt, Qt: never an error of ours
            return None
        return getattr(imported, attr, None) if attr else imported

    def call(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Name):
            return self.name(node.id)
        if isinstance(node, ast.Attribute):
            owner = self.call(node.value)
            return getattr(owner, node.attr, None) if owner is not None else None
        return None


def _error_class(value: Any) -> type[QuartierError] | None:
    if isinstance(value, type) and issubclass(value, QuartierError):
        return value
    return None


def _key(call: ast.Call) -> str | None:
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def _phrases(call: ast.Call, resolve: _Resolver) -> list[ast.Call]:
    """The ``Phrase(...)`` given as parameters of an error: read with that error's table."""
    return [
        k.value
        for k in call.keywords
        if isinstance(k.value, ast.Call) and resolve.call(k.value.func) is Phrase and k.value.args
    ]


def _helpers(tree: ast.Module, resolve: _Resolver) -> dict[str, type[QuartierError]]:
    """Functions that pass their first parameter on as a key, and the error they make."""
    found = {}
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        parameter = function.args.args[0].arg if function.args.args else None
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            error = _error_class(resolve.call(node.func))
            passed = node.args[:1] + [p.args[0] for p in _phrases(node, resolve)]
            if error and any(isinstance(a, ast.Name) and a.id == parameter for a in passed):
                found[function.name] = error
    return found


def uses_in(source: str, module: ModuleType, name: str) -> list[Use]:
    """The keys used in one module's source (``module`` is that source, imported)."""
    tree = ast.parse(source)
    resolve = _Resolver(module, tree)
    helpers = _helpers(tree, resolve)
    found: list[Use] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        error = _error_class(resolve.call(node.func))
        if error is None and isinstance(node.func, ast.Name):
            error = helpers.get(node.func.id)  # refuse("bundle.missing")
        if error is None:
            continue
        for call in [node, *_phrases(node, resolve)]:
            if (key := _key(call)) is not None:
                found.append(Use(f"{name}:{call.lineno}", key, error))
    return found


def all_uses() -> list[Use]:
    found = []
    for name, path in modules():
        module = importlib.import_module(name)
        found += uses_in(path.read_text(encoding="utf-8"), module, name)
    return found


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def table_faults(messages: Messages, key: str) -> list[str]:
    """What is wrong with one key of a table (nothing when it is complete)."""
    entry = messages.get(key)
    if entry is None:
        return ["missing"]
    faults = [f"no {lang} text" for lang in LANGUAGES if not entry.get(lang, "").strip()]
    if not faults:
        fields = {lang: placeholders(entry[lang]) for lang in LANGUAGES}
        if len({frozenset(f) for f in fields.values()}) > 1:
            faults.append(f"placeholders differ: {fields}")
    return faults


def use_faults(uses: list[Use]) -> list[str]:
    return [
        f"{use.where}: {use.error.__name__}({use.key!r}): {fault}"
        for use in uses
        for fault in table_faults(use.error.messages, use.key)
    ]


def error_classes() -> list[type[QuartierError]]:
    for name, _ in modules():
        importlib.import_module(name)
    seen: list[type[QuartierError]] = []
    todo: list[type[QuartierError]] = [QuartierError]
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo += cls.__subclasses__()
    # only ours: the test below makes a broken class on purpose
    return [cls for cls in seen if cls.messages and cls.__module__.startswith(PACKAGES)]


def disagreements(tables: dict[str, Messages]) -> list[str]:
    """Keys that two tables define with different texts."""
    first: dict[str, tuple[str, Any]] = {}
    found = []
    for owner, table in tables.items():
        for key, entry in table.items():
            if key in first and dict(first[key][1]) != dict(entry):
                found.append(f"{key}: {first[key][0]} and {owner} differ")
            first.setdefault(key, (owner, entry))
    return found


@pytest.fixture(scope="module")
def uses() -> list[Use]:
    return all_uses()


def test_every_key_raised_exists_in_three_languages(uses: list[Use]) -> None:
    assert len(uses) > 60  # the walk does find the keys (a broken walk would find none)
    assert {"print.no_campaign", "bundle.missing", "cli.no_desktop"} <= {u.key for u in uses}
    assert use_faults(uses) == []


def test_every_table_is_complete_and_layers_agree() -> None:
    tables: dict[str, Messages] = {}
    for cls in error_classes():  # one entry per table, named by the first class using it
        if all(cls.messages is not t for t in tables.values()):
            tables[f"{cls.__module__}.{cls.__name__}"] = cls.messages
    faults = [
        f"{owner} {key}: {fault}"
        for owner, table in tables.items()
        for key in table
        for fault in table_faults(table, key)
    ]
    assert faults == []
    assert disagreements(tables) == []


def test_the_checks_find_what_is_missing() -> None:
    """A key without Dutch, with a placeholder of its own, or absent, and a helper's key."""

    class Broken(QuartierError):
        messages: ClassVar[Messages] = {
            "a.no_dutch": {"fr": "Texte {x}", "nl": " ", "en": "Text {x}"},
            "a.fields": {"fr": "Texte {x}", "nl": "Tekst {y}", "en": "Text {x}"},
            "a.ok": {"fr": "Refusé : {why}", "nl": "Geweigerd: {why}", "en": "Refused: {why}"},
        }

    module = ModuleType("fake")
    vars(module).update(Broken=Broken, Phrase=Phrase)
    source = (
        "Broken('a.no_dutch', x=1)\n"
        "Broken('a.fields', reason=Phrase('a.absent'))\n"
        "def refuse(reason, **p):\n    return Broken('a.ok', why=Phrase(reason, p))\n"
        "refuse('a.gone')\n"
    )
    found = uses_in(source, module, "fake")
    assert sorted(u.key for u in found) == ["a.absent", "a.fields", "a.gone", "a.no_dutch", "a.ok"]
    faults = {f.split(": ")[1]: f.split(": ")[2] for f in use_faults(found)}
    assert faults == {
        "Broken('a.no_dutch')": "no nl text",
        "Broken('a.fields')": "placeholders differ",
        "Broken('a.absent')": "missing",
        "Broken('a.gone')": "missing",
    }
    same = {"fr": "x", "nl": "x", "en": "x"}
    assert disagreements({"one": {"k": same}, "two": {"k": {**same, "nl": "y"}}}) != []
    assert disagreements({"one": {"k": same}, "two": {"k": dict(same)}}) == []
