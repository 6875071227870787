"""Static analysis of a form: compile every expression once, find what depends on what.

A :class:`FormGraph` is built once per form (and cached on it): sessions use its evaluation
order and its ``affected(name)`` closures to re-evaluate only what a changed answer can reach.
``check_form`` turns every problem into a located :class:`FormError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from survey_forms.errors import FormError
from survey_forms.expressions import (
    Expression,
    ExpressionError,
    compile_expression,
    is_dynamic_default,
    references,
)
from survey_forms.model import Element, Form, Group, Question, Repeat

#: Columns holding expressions, model attribute -> XLSForm column (for error locations).
EXPRESSION_COLUMNS = {
    "relevant": "relevant",
    "calculation": "calculation",
    "constraint": "constraint",
    "required": "required",
    "read_only": "read_only",
    "choice_filter": "choice_filter",
    "repeat_count": "repeat_count",
    "default": "default",
}
#: What changes a node's value or relevance (and so propagates); the rest only validates.
_VALUE_ATTRS = ("relevant", "calculation", "repeat_count")
_CHECK_ATTRS = ("constraint", "required", "read_only", "choice_filter")


@dataclass(slots=True)
class Node:
    """One element with its compiled expressions and its place in the graph."""

    element: Element
    parent: str | None
    #: Enclosing repeats, outermost first, plus the element itself when it is a repeat:
    #: the repeats whose instance indexes address this node.
    chain: tuple[str, ...]
    exprs: dict[str, Expression] = field(default_factory=dict)
    value_deps: set[str] = field(default_factory=set)
    check_deps: set[str] = field(default_factory=set)
    order: int = 0

    @property
    def name(self) -> str:
        """The element's unique key (its name unless sibling groups reuse the name)."""
        return self.element.key


class FormGraph:
    """Compiled expressions, evaluation order and reverse dependencies of one form."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.nodes: dict[str, Node] = {}
        self.errors: list[FormError] = []
        #: (node, column, names) whose names must exist; checked once all names are known.
        self._pending: list[tuple[Node, str, set[str]]] = []
        self._walk(form.children, None, ())
        self._check_references()
        self._gate_personal()
        self.order: list[Node] = self._sort()
        self.dependents: dict[str, set[str]] = {name: set() for name in self.nodes}
        self.checkers: dict[str, set[str]] = {name: set() for name in self.nodes}
        for node in self.nodes.values():
            for dep in node.value_deps:
                self.dependents[dep].add(node.name)
            for dep in node.check_deps:
                self.checkers[dep].add(node.name)
        self._affected: dict[str, list[Node]] = {}

    def _error(self, element: Element, column: str | None, message: str) -> None:
        self.errors.append(FormError(message, "survey", element.row, column))

    def _walk(self, elements: list[Element], parent: str | None, repeats: tuple[str, ...]) -> None:
        for element in elements:
            if element.key in self.nodes:
                self._error(element, "name", f"le nom « {element.name} » est déjà utilisé")
                continue
            chain = (*repeats, element.key) if isinstance(element, Repeat) else repeats
            node = Node(element, parent, chain)
            self.nodes[element.key] = node
            self._compile(node)
            if isinstance(element, Group):
                self._walk(element.children, element.key, chain)

    def _compile(self, node: Node) -> None:
        element = node.element
        if node.parent:
            node.value_deps.add(node.parent)
        for attr, column in EXPRESSION_COLUMNS.items():
            text = getattr(element, attr, None)
            if not text:
                continue
            if attr == "default":
                if is_dynamic_default(text):
                    self._compile_one(node, attr, column, text)
                continue
            expr = self._compile_one(node, attr, column, text)
            if expr is None:
                continue
            triggered = attr == "calculation" and getattr(element, "trigger", None)
            if attr in _VALUE_ATTRS and not triggered:
                node.value_deps.update(expr.refs)
            elif attr in _CHECK_ATTRS:
                node.check_deps.update(expr.refs)
        if isinstance(element, Question):
            node.value_deps.update(element.trigger)
            for attr in ("label", "hint"):
                for text in getattr(element, attr).values():
                    self._pending.append((node, attr, references(text)))

    def _compile_one(self, node: Node, attr: str, column: str, text: str) -> Expression | None:
        try:
            expr = compile_expression(text)
        except ExpressionError as err:
            self._error(node.element, column, f"{err} dans « {text} »")
            return None
        node.exprs[attr] = expr
        return expr

    def _check_references(self) -> None:
        """Every ``${name}`` must name an element (checked once all names are known)."""
        for node in self.nodes.values():
            for attr, expr in node.exprs.items():
                self._pending.append((node, EXPRESSION_COLUMNS[attr], set(expr.refs)))
            if isinstance(node.element, Question) and node.element.trigger:
                self._pending.append((node, "trigger", set(node.element.trigger)))
        for node, column, names in self._pending:
            for name in sorted(names):
                if name not in self.form:
                    self._error(
                        node.element, column, f"référence à une question inconnue ${{{name}}}"
                    )
        for node in self.nodes.values():
            node.value_deps = {self.key(n) for n in node.value_deps if n in self.form}
            node.check_deps = {self.key(n) for n in node.check_deps if n in self.form}

    def _gate_personal(self) -> None:
        """Without consent a personal question is not asked (FormSession.consent_given): its
        relevance depends on the ``consent`` question."""
        if "consent" not in self.form:
            return
        consent = self.key("consent")
        for node in self.nodes.values():
            element = node.element
            if isinstance(element, Question) and element.is_personal and node.name != consent:
                node.value_deps.add(consent)

    def key(self, name: str) -> str:
        """The node key a ``${name}`` reference means."""
        return self.form.element(name).key

    def _sort(self) -> list[Node]:
        """Document order, moved only where a dependency must come first; a cycle is an error."""
        position = {name: i for i, name in enumerate(self.nodes)}
        state: dict[str, int] = {}  # 1: visiting, 2: done
        order: list[Node] = []

        def visit(name: str, path: list[str]) -> None:
            if state.get(name) == 2:
                return
            if state.get(name) == 1:
                cycle = [*path[path.index(name) :], name]
                node = self.nodes[name]
                column = "calculation" if "calculation" in node.exprs else "relevant"
                self._error(
                    node.element,
                    column,
                    "dépendance circulaire : " + " → ".join(f"${{{n}}}" for n in cycle),
                )
                return
            state[name] = 1
            node = self.nodes[name]
            for dep in sorted(node.value_deps, key=position.__getitem__):
                visit(dep, [*path, name])
            state[name] = 2
            order.append(node)

        for name in self.nodes:
            visit(name, [])
        for i, node in enumerate(order):
            node.order = i
        return order

    def affected(self, name: str) -> list[Node]:
        """``name`` and every node whose value or relevance can change with it, in order."""
        cached = self._affected.get(name)
        if cached is not None:
            return cached
        seen = {name}
        stack = [name]
        while stack:
            for dep in self.dependents[stack.pop()]:
                if dep not in seen:
                    seen.add(dep)
                    stack.append(dep)
        result = sorted((self.nodes[n] for n in seen), key=lambda node: node.order)
        self._affected[name] = result
        return result

    def subtree(self, name: str) -> list[str]:
        """``name`` and every element inside it."""
        element = self.nodes[name].element
        names = [name]
        if isinstance(element, Group):
            names.extend(e.key for e in _descendants(element))
        return names


def _descendants(group: Group) -> list[Element]:
    out: list[Element] = []
    for child in group.children:
        out.append(child)
        if isinstance(child, Group):
            out.extend(_descendants(child))
    return out


def graph_of(form: Form) -> FormGraph:
    """The form's graph, built on first use and cached for the form's lifetime.

    Raises the (collected) :class:`FormError` if the form has errors."""
    graph = form.graph_cache
    if not isinstance(graph, FormGraph):
        graph = FormGraph(form)
        if graph.errors:
            raise FormError.collect(graph.errors)
        form.graph_cache = graph
    return graph


def form_errors(form: Form) -> list[FormError]:
    """Every located error of the form's expressions and references (empty: all good)."""
    return FormGraph(form).errors


def check_form(form: Form) -> None:
    """Raise the first error (carrying all of them in ``.errors``) if there is any."""
    graph_of(form)
