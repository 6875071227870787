"""How every benchmark prints a figure beside its goal."""

from __future__ import annotations


def figure(name: str, value: float, unit: str, goal: str = "", ok: bool | None = None) -> None:
    verdict = "" if ok is None else ("OK" if ok else "MISS")
    goal_text = f"  (goal {goal})" if goal else ""
    print(f"{name:<58} {value:>12,.3f} {unit:<8}{goal_text} {verdict}".rstrip(), flush=True)
