"""An interview in progress: answers, and what the form makes of them.

Addressing answers
    A question outside repeats is addressed by its name: ``s.set("size", 3)``.
    Inside a repeat, by a tuple alternating repeat names and 0-based instance indexes, ending
    with the question name: ``s.set(("members", 0, "age"), 42)``; nested repeats continue the
    pattern: ``("visits", 1, "plants", 0, "height")``. A repeat itself (for ``add_repeat``...)
    is addressed the same way without the final question: ``"members"`` or
    ``("visits", 1, "plants")``. ``errors()`` uses the same keys.

Storage
    ``answers`` is a dict by question name; a repeat holds a list of dicts, one per instance:
    ``{"size": 2, "members": [{"age": 42}, {"age": 7}]}`` (as in the brief). Calculated values
    live there too. Answers of questions that are not relevant are kept in memory (so that
    toggling a relevance back does not lose what the volunteer typed) but read as empty by
    expressions and by ``value()``, and ``answers_to_keep()`` leaves them out.

Re-evaluation
    ``set()`` re-evaluates only the nodes the form's dependency graph says can change, in
    dependency order, and returns the names whose relevance, value or validity changed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from typing import Any

from survey_forms.dependencies import FormGraph, Node, graph_of
from survey_forms.expressions import (
    Value,
    compile_expression,
    is_dynamic_default,
    to_bool,
    to_string,
)
from survey_forms.interpolation import interpolate, search_choices
from survey_forms.messages import CONSENT_YES, default_message
from survey_forms.model import Form, Group, Question, Repeat, text_in

Key = str | tuple[str | int, ...]
Names = set[str]  # (the class below has a method named ``set``)
Idx = tuple[int, ...]
_EMPTY: tuple[Any, ...] = ("", None, [])


class _Ctx:
    """The expression context of one node instance."""

    __slots__ = ("_chain", "_dot", "_idx", "_session")

    def __init__(self, session: FormSession, chain: tuple[str, ...], idx: Idx, dot: Value) -> None:
        self._session, self._chain, self._idx, self._dot = session, chain, idx, dot

    def ref(self, name: str) -> Value:
        return self._session._ref(name, self._chain, self._idx)

    def ref_all(self, name: str) -> list[Value]:
        return self._session._ref(name, (), ())

    def dot(self) -> Value:
        return self._dot

    def current(self) -> Value:
        return self._dot

    def position(self) -> int:
        return self._idx[-1] + 1 if self._idx else 0

    def choice_label(self, question: str, value: str) -> str:
        return self._session.choice_label(question, value)

    def instance(self, name: str) -> list[dict[str, str]]:
        return self._session._instance(name)

    def item_field(self, name: str) -> Value:
        return ""


def _expression_value(value: Any) -> Value:
    """A stored answer as expressions see it (an XForm instance holds strings)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(value)
    return value


def _stored_value(value: Value) -> Any:
    """A calculation result as stored: numbers stay numbers, the rest becomes text."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, int):
        return value
    text = to_string(value)
    return text if text else None


def coerce(question: Question, value: Any) -> Any:
    """An answer in the type the brief promises (see the package README), or ValueError."""
    if value in _EMPTY:
        return None
    qtype = question.type
    if qtype == "integer":
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(f"{question.name} : nombre entier attendu, pas {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(f"{question.name} : nombre entier attendu, pas {value!r}") from None
    if qtype in ("decimal", "range"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{question.name} : nombre attendu, pas {value!r}") from None
        return int(number) if qtype == "range" and number.is_integer() else number
    if question.is_multiple:
        names = value.split() if isinstance(value, str) else [str(v) for v in value]
        return names or None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value if isinstance(value, int | float) and qtype == "calculate" else str(value)


class FormSession:
    """Answers to one form, with relevance, calculations and validation kept up to date."""

    def __init__(self, form: Form, answers: dict[str, Any] | None = None, lang: str = "fr") -> None:
        self.form = form
        self.lang = lang
        self.graph: FormGraph = graph_of(form)
        self.answers: dict[str, Any] = _copy_answers(answers or {})
        self._relevant: dict[str, dict[Idx, bool]] = {}
        self._errors: dict[str, dict[Idx, str]] = {}
        self._instances: dict[str, list[dict[str, str]]] = {}
        self._fill_metadata()
        self._evaluate(self.graph.order, changed=set(), check=set(self.graph.nodes))

    # ------------------------------------------------------------------ reading

    def value(self, key: Key) -> Any:
        """The answer (or calculated value), or None when empty or not relevant."""
        node, idx = self._resolve(key)
        if not self._relevant[node.name].get(idx, False):
            return None
        return self._container(node, idx).get(node.name)

    def is_relevant(self, key: Key) -> bool:
        node, idx = self._resolve(key)
        return self._relevant[node.name].get(idx, False)

    def error(self, key: Key) -> str | None:
        node, idx = self._resolve(key)
        return self._errors.get(node.name, {}).get(idx)

    def errors(self) -> dict[Key, str]:
        """Every current error (constraint, missing required answer), by key."""
        out: dict[Key, str] = {}
        for name, by_idx in self._errors.items():
            node = self.graph.nodes[name]
            for idx, message in by_idx.items():
                out[self._key_of(node, idx)] = message
        return out

    def choices(self, key: Key) -> list[Any]:
        """The question's choices (those of its ``search()`` appearance when it has one),
        filtered by its ``choice_filter`` for this instance."""
        node, idx = self._resolve(key)
        question = node.element
        assert isinstance(question, Question)
        ctx = _Ctx(self, node.chain, idx, _expression_value(self.value(key)))
        choices = question.choices
        if question.appearance and "search" in question.appearance:
            found = search_choices(self.form, question.appearance, question.choices, ctx)
            choices = question.choices if found is None else found
        expr = node.exprs.get("choice_filter")
        if expr is None:
            return list(choices)
        kept = []
        for choice in choices:
            item = self._item(choice)
            if to_bool(expr.evaluate(_ItemCtx(ctx, item))):  # type: ignore[arg-type]
                kept.append(choice)
        return kept

    def label(self, key: Key) -> str:
        """The label of a question or group in the session's language, ``${x}`` and
        ``<output value="..."/>`` replaced by their values in this instance."""
        return self._text(key, "label")

    def hint(self, key: Key) -> str:
        return self._text(key, "hint")

    def _text(self, key: Key, attr: str) -> str:
        node, idx = self._resolve(key)
        text = text_in(getattr(node.element, attr, {}), self.lang, self.form.default_language)
        if "${" not in text and "<output" not in text:
            return text
        value = (
            self._container(node, idx).get(node.name) if isinstance(node.element, Question) else ""
        )
        ctx = _Ctx(self, node.chain, idx, _expression_value(value))
        return interpolate(text, ctx, self.form.__contains__)

    def choice_label(self, question: str, value: str) -> str:
        element = self.form.element(question)
        if isinstance(element, Question):
            for choice in element.choices:
                if choice.name == value:
                    return text_in(choice.label, self.lang, self.form.default_language)
        return ""

    def consent_given(self) -> bool:
        """False only when the form has a ``consent`` question and it was not answered yes."""
        if "consent" not in self.form:
            return True
        return str(self.value("consent") or "").strip().lower() in CONSENT_YES

    def answers_to_keep(self) -> dict[str, Any]:
        """What may be saved: relevant answers and calculations; without consent, no answer
        to a personal question nor any value computed from one (``Question.is_personal``).
        ``end`` metadata is stamped now."""
        for node in self.graph.order:
            if isinstance(node.element, Question) and node.element.type == "end" and not node.chain:
                self.answers[node.name] = _now()
        return self._keep(self.form.children, (), self.consent_given())

    # ------------------------------------------------------------------ writing

    def set(self, key: Key, value: Any) -> Names:
        """Answer a question; return the names whose relevance, value or validity changed."""
        node, idx = self._resolve(key)
        question = node.element
        if not isinstance(question, Question):
            raise KeyError(f"{node.name} est un groupe : on ne peut pas y répondre")
        stored = coerce(question, value)
        container = self._container(node, idx)
        if container.get(node.name) == stored:
            return set()
        container[node.name] = stored
        return self._evaluate(self.graph.affected(node.name), {node.name}, set()) | {node.name}

    def add_repeat(self, key: Key) -> int:
        """Add an instance at the end of a repeat; return its index."""
        node, idx = self._resolve(key)
        instances = self._instances_list(node, idx)
        instances.append({})
        self._apply_defaults(node, (*idx, len(instances) - 1))
        self._repeat_changed(node)
        return len(instances) - 1

    def remove_repeat(self, key: Key, index: int) -> None:
        node, idx = self._resolve(key)
        del self._instances_list(node, idx)[index]
        self._repeat_changed(node)

    def move_repeat(self, key: Key, index: int, to: int) -> None:
        node, idx = self._resolve(key)
        instances = self._instances_list(node, idx)
        instances.insert(to, instances.pop(index))
        self._repeat_changed(node)

    def repeat_count(self, key: Key) -> int:
        node, idx = self._resolve(key)
        return len(self._instances_list(node, idx))

    # ------------------------------------------------------------------ addressing

    def _resolve(self, key: Key) -> tuple[Node, Idx]:
        """A key -> (node, instance indexes of the node's repeat chain)."""
        path: tuple[str | int, ...] = ()
        if isinstance(key, str):
            name = key
        else:
            name, path = str(key[-1]), key[:-1]
        try:
            node = self.graph.nodes[self.graph.key(name)]
        except KeyError:
            raise KeyError(f"Pas de question nommée {name!r} dans {self.form.form_id}") from None
        repeats = tuple(str(p) for p in path[0::2])
        idx = tuple(int(i) for i in path[1::2])
        chain = node.chain[:-1] if isinstance(node.element, Repeat) else node.chain
        if repeats != chain or len(idx) != len(chain):
            where = " / ".join(chain) or "hors répétition"
            raise KeyError(f"{name!r} s'adresse par ses répétitions ({where}), pas par {key!r}")
        return node, idx

    def _key_of(self, node: Node, idx: Idx) -> Key:
        if not idx:
            return node.name
        chain = node.chain[: len(idx)]
        parts: list[str | int] = []
        for repeat, i in zip(chain, idx, strict=True):
            parts += [repeat, i]
        return (*parts, node.name)

    def _container(self, node: Node, idx: Idx) -> dict[str, Any]:
        """The dict holding the answers of the instance ``idx`` of the node's repeats."""
        container = self.answers
        for repeat, i in zip(node.chain, idx, strict=False):
            instances = container.get(repeat)
            if not isinstance(instances, list) or i >= len(instances):
                return {}
            container = instances[i]
        return container

    def _instances_list(self, node: Node, idx: Idx) -> list[dict[str, Any]]:
        """The list of a repeat's instances (created empty when missing)."""
        if not isinstance(node.element, Repeat):
            raise KeyError(f"{node.name} n'est pas une répétition")
        parent = self.answers
        for repeat, i in zip(node.chain[:-1], idx, strict=True):
            parent = parent[repeat][i]
        instances = parent.get(node.name)
        if not isinstance(instances, list):
            instances = parent[node.name] = []
        return instances

    def _all_idx(self, chain: tuple[str, ...]) -> Iterator[Idx]:
        """Every instance path of a repeat chain (one empty path outside repeats)."""
        frontier: list[tuple[Idx, dict[str, Any]]] = [((), self.answers)]
        for repeat in chain:
            frontier = [
                ((*idx, i), instance)
                for idx, container in frontier
                for i, instance in enumerate(container.get(repeat) or [])
            ]
        return (idx for idx, _ in frontier)

    # ------------------------------------------------------------------ evaluation

    def _ref(self, name: str, chain: tuple[str, ...], idx: Idx) -> Value:
        node = self.graph.nodes[self.graph.key(name)]
        shared = 0
        while shared < min(len(chain), len(node.chain)) and chain[shared] == node.chain[shared]:
            shared += 1
        prefix = idx[:shared]
        if len(node.chain) == shared:
            return self._read(node, prefix)
        return [
            self._read(node, full) for full in self._all_idx(node.chain) if full[:shared] == prefix
        ]

    def _read(self, node: Node, idx: Idx) -> Value:
        if not self._relevant[node.name].get(idx, False):
            return ""
        return _expression_value(self._container(node, idx).get(node.name))

    def _instance(self, name: str) -> list[dict[str, str]]:
        """``instance('name')``: a choice list, an external list, else the media file
        ``name.csv`` (or another extension) as ODK Collect declares it; a file name reads
        that file (``pulldata()``)."""
        cached = self._instances.get(name)
        if cached is None:
            choices = self.form.choice_lists.get(name) or self.form.external_choices.get(name)
            if "." in name:
                cached = self.form.table(name)
            elif choices:
                cached = [self._item(c) for c in choices]
            else:
                stems = (f for f in self.form.media if f.rsplit(".", 1)[0] == name)
                cached = self.form.table(next(stems, f"{name}.csv"))
            self._instances[name] = cached
        return cached

    def _item(self, choice: Any) -> dict[str, str]:
        label = text_in(choice.label, self.lang, self.form.default_language)
        return {**choice.extra, "name": choice.name, "label": label}

    def _evaluate(self, nodes: list[Node], changed: Names, check: Names) -> Names:
        """Re-evaluate ``nodes`` (in dependency order), then the errors of ``check`` and of
        whatever changed. ``changed`` are names whose value already changed (it grows).
        Return every name whose relevance, value or error changed."""
        reported: Names = set()
        values = set(changed)  # whose value changed: what fires triggers
        for node in nodes:
            if isinstance(node.element, Repeat) and "repeat_count" in node.exprs:
                self._resize(node)
            relevance_moved, value_moved = self._evaluate_node(node, values)
            if value_moved:
                values.add(node.name)
            if relevance_moved or value_moved:
                changed.add(node.name)
                reported.add(node.name)
        recheck = check | changed
        for name in changed:
            recheck |= self.graph.checkers[name]
        for name in recheck:
            if self._check(self.graph.nodes[name]):
                reported.add(name)
        return reported

    def _evaluate_node(self, node: Node, values: Names) -> tuple[bool, bool]:
        """Recompute relevance and calculation; say whether each changed."""
        element = node.element
        relevant_expr = node.exprs.get("relevant")
        calc = node.exprs.get("calculation")
        triggered = isinstance(element, Question) and bool(element.trigger)
        if triggered and not values.intersection(element.trigger):  # type: ignore[union-attr]
            calc = None
        parent = self.graph.nodes[node.parent] if node.parent else None
        personal = isinstance(element, Question) and element.is_personal and node.name != "consent"
        old = self._relevant.get(node.name, {})
        new: dict[Idx, bool] = {}
        moved = False
        for idx in self._all_idx(node.chain):
            relevant = parent is None or self._relevant[parent.name].get(idx[: len(parent.chain)])
            container = self._container(node, idx)
            ctx = _Ctx(self, node.chain, idx, _expression_value(container.get(node.name)))
            if relevant and relevant_expr is not None:
                relevant = to_bool(relevant_expr.evaluate(ctx))
            # without consent a personal question is not asked, wherever it sits; its
            # calculation still runs (a trigger fires once), kept in memory like any
            # answer that is not relevant
            new[idx] = bool(relevant) and not (personal and not self.consent_given())
            if calc is not None and relevant:
                value = _stored_value(calc.evaluate(ctx))
                if container.get(node.name) != value:
                    container[node.name] = value
                    moved = True
        self._relevant[node.name] = new
        return new != old, moved

    def _check(self, node: Node) -> bool:
        """Recompute the node's errors; True if they changed."""
        element = node.element
        if not isinstance(element, Question):
            return False
        required = node.exprs.get("required")
        constraint = node.exprs.get("constraint")
        old = self._errors.get(node.name, {})
        new: dict[Idx, str] = {}
        if required is not None or constraint is not None:
            for idx, relevant in self._relevant[node.name].items():
                if not relevant:
                    continue
                value = _expression_value(self._container(node, idx).get(node.name))
                ctx = _Ctx(self, node.chain, idx, value)
                if value == "":
                    if required is not None and to_bool(required.evaluate(ctx)):
                        new[idx] = self._message(element, "required")
                elif constraint is not None and not to_bool(constraint.evaluate(ctx)):
                    new[idx] = self._message(element, "constraint")
        if new:
            self._errors[node.name] = new
        else:
            self._errors.pop(node.name, None)
        return new != old

    def _message(self, question: Question, kind: str) -> str:
        texts = question.required_message if kind == "required" else question.constraint_message
        return text_in(texts, self.lang, self.form.default_language) or default_message(
            kind, self.lang
        )

    def _resize(self, node: Node) -> None:
        """Make a counted repeat hold as many instances as its ``repeat_count`` says."""
        expr = node.exprs["repeat_count"]
        parent_chain = node.chain[:-1]
        for idx in list(self._all_idx(parent_chain)):
            value = expr.evaluate(_Ctx(self, parent_chain, idx, ""))
            number = _stored_value(value)
            count = max(0, min(int(number), 1000)) if isinstance(number, int | float) else 0
            instances = self._instances_list(node, idx)
            while len(instances) < count:
                instances.append({})
                self._apply_defaults(node, (*idx, len(instances) - 1))
            del instances[count:]

    def _repeat_changed(self, node: Node) -> None:
        affected: Names = set()
        for name in self.graph.subtree(node.name):
            self._relevant.pop(name, None)
            self._errors.pop(name, None)
            affected.update(n.name for n in self.graph.affected(name))
        nodes = sorted((self.graph.nodes[n] for n in affected), key=lambda n: n.order)
        self._evaluate(nodes, {node.name}, affected)

    # ------------------------------------------------------------------ defaults and saving

    def _fill_metadata(self) -> None:
        """Defaults of the questions outside repeats, and start/today stamps, when unanswered."""
        for node in self.graph.order:
            if not node.chain:
                self._apply_default(node, ())
        for repeat in (n for n in self.graph.order if isinstance(n.element, Repeat)):
            for idx in list(self._all_idx(repeat.chain)):
                self._apply_defaults(repeat, idx)

    def _apply_defaults(self, repeat: Node, idx: Idx) -> None:
        """Defaults of the questions directly in one new repeat instance."""
        for name in self.graph.subtree(repeat.name)[1:]:
            node = self.graph.nodes[name]
            if node.chain == repeat.chain:
                self._apply_default(node, idx)

    def _apply_default(self, node: Node, idx: Idx) -> None:
        element = node.element
        if not isinstance(element, Question):
            return
        container = self._container(node, idx)
        if container.get(node.name) not in _EMPTY:
            return
        if element.type in ("start", "today"):
            container[node.name] = (
                dt.date.today().isoformat() if element.type == "today" else _now()
            )
        elif element.default:
            if is_dynamic_default(element.default):
                expr = compile_expression(element.default)
                value = _stored_value(expr.evaluate(_Ctx(self, node.chain, idx, "")))
            else:
                value = element.default
            try:
                container[node.name] = coerce(element, value)
            except ValueError:
                container[node.name] = None

    def _keep(self, elements: list[Any], idx: Idx, consent: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for element in elements:
            node = self.graph.nodes[element.key]
            if isinstance(element, Repeat):
                count = len(self._instances_list(node, idx))
                kept = [
                    self._keep(element.children, (*idx, i), consent)
                    for i in range(count)
                    if self._relevant[node.name].get((*idx, i), False)
                ]
                if kept:
                    out[node.name] = kept
            elif isinstance(element, Group):
                out.update(self._keep(element.children, idx, consent))
            elif self._relevant[node.name].get(idx, False):
                if element.is_personal and not consent:
                    continue
                value = self._container(node, idx).get(node.name)
                if value not in _EMPTY and element.type != "note":
                    out[node.name] = value
        return out


class _ItemCtx(_Ctx):
    """A choice filter's context: bare names are columns of the choice being filtered."""

    __slots__ = ("_item",)

    def __init__(self, ctx: _Ctx, item: dict[str, str]) -> None:
        super().__init__(ctx._session, ctx._chain, ctx._idx, ctx._dot)
        self._item = item

    def item_field(self, name: str) -> Value:
        return self._item.get(name, "")


def _now() -> str:
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def _copy_answers(answers: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of the answers structure (lists of dicts for repeats, lists for selects)."""
    out: dict[str, Any] = {}
    for key, value in answers.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out[key] = [_copy_answers(v) for v in value]
        elif isinstance(value, list):
            out[key] = list(value)
        else:
            out[key] = value
    return out
