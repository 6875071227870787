"""Figures for the form language: `python -m bench.bench_forms`.

1. Import of the largest shared real form, beside pyxform's own XLSForm -> XForm conversion.
2. Opening an imported form for a new interview: Form.from_dict(JSON) + FormSession.
3. Re-evaluation after one answer changes, in a generated 500-question form.
"""

from __future__ import annotations

import json
import statistics
import time
import warnings
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pyxform.builder import create_survey_element_from_dict
from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import get_xlsform

from survey_forms import Form, FormSession, Group, Question, load_builtin, read_xlsform
from survey_forms.builtin import INTERVIEW_FORM, INVENTORY_FORM

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "xlsforms"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(label: str, figure_ms: float, goal: str, ok: bool) -> None:
    print(f"{label:<62} {figure_ms:9.2f} ms   goal {goal:<22} {'OK' if ok else 'MISS'}")


def pyxform_convert(path: Path) -> None:
    """pyxform's XLSForm -> XForm; duplicate choice names allowed as our reader allows them."""
    workbook = get_xlsform(path)
    try:
        data = workbook_to_json(workbook, fallback_form_name=workbook.fallback_form_name)
    except PyXFormError:
        settings = dict((workbook.settings or [{}])[0])
        settings["allow_choice_duplicates"] = "yes"
        lenient = replace(workbook, settings=[settings], settings_header=[dict.fromkeys(settings)])
        data = workbook_to_json(lenient, fallback_form_name=workbook.fallback_form_name)
    create_survey_element_from_dict(data).to_xml()


def bench_import() -> None:
    files = sorted(CORPUS.glob("*.xlsx"), key=lambda p: p.stat().st_size)
    if not files:
        print(f"(corpus absent: {CORPUS}; import benchmark skipped)")
        return
    path = files[-1]
    print(f"Largest shared form: {path.name} ({path.stat().st_size // 1024} KB)")
    ours = statistics.median(timed(lambda: read_xlsform(path), 3))
    theirs = statistics.median(timed(lambda: pyxform_convert(path), 3))
    report("  pyxform xls2json + builder + to_xml (reference)", theirs * 1000, "—", True)
    ratio = ours / theirs
    report(f"  read_xlsform (model + checks), ratio {ratio:.2f}x", ours * 1000, "<= 1.2x pyxform",
           ratio <= 1.2)  # fmt: skip


def bench_open() -> None:
    for form_id in (INTERVIEW_FORM, INVENTORY_FORM):
        text = json.dumps(load_builtin(form_id).to_dict())

        def open_interview(text: str = text) -> None:
            FormSession(Form.from_dict(json.loads(text)))

        first = timed(open_interview, 1)[0]
        warm = statistics.median(timed(open_interview, 50))
        report(f"  open {form_id}: from_dict + FormSession (first)", first * 1000,
               "<= 50 ms", first <= 0.05)  # fmt: skip
        report(f"  open {form_id}: from_dict + FormSession (median)", warm * 1000,
               "<= 50 ms", warm <= 0.05)  # fmt: skip
    largest = max(CORPUS.glob("*.xlsx"), key=lambda p: p.stat().st_size, default=None)
    if largest is not None:
        text = json.dumps(read_xlsform(largest).to_dict())
        warm = statistics.median(timed(lambda: FormSession(Form.from_dict(json.loads(text))), 20))
        report(f"  open {largest.stem[:30]}: (median)", warm * 1000, "<= 50 ms", warm <= 0.05)


def generated_form(size: int = 500) -> Form:
    """Sections of 10 questions: a gate, answers relevant on it, a running calculation."""
    children: list[Question | Group] = []
    for section in range(size // 10):
        items: list[Question | Group] = []
        base = section * 10
        items.append(Question(f"q{base}", "integer", {"fr": f"Q{base}"}, constraint=". >= 0"))
        for i in range(base + 1, base + 9):
            items.append(Question(f"q{i}", "integer", {"fr": f"Q{i}"},
                                  relevant=f"${{q{base}}} > 0", constraint=f". <= ${{q{base}}}",
                                  required="true()"))  # fmt: skip
        previous = f" + ${{q{base - 1}}}" if section else ""
        items.append(Question(f"q{base + 9}", "calculate", calculation=" + ".join(
            f"coalesce(${{q{i}}}, 0)" for i in range(base, base + 9)) + previous))  # fmt: skip
        children.append(Group(f"s{section}", {"fr": f"Section {section}"}, children=items))
    return Form("generated", "1", {"fr": "Généré"}, "fr", ["fr"], children=children)


def bench_reevaluate() -> None:
    form = generated_form()
    session = FormSession(form)
    for i in range(0, 500, 10):
        session.set(f"q{i}", 5)
    values = iter(range(10**6))
    cases = {
        "answer (q251: its constraint, 25 running totals)": "q251",
        "gate answer (q250: 8 relevances, 25 running totals)": "q250",
        "first gate (q0: 8 relevances, 50 running totals)": "q0",
    }
    for label, name in cases.items():

        def change(name: str = name) -> None:
            session.set(name, next(values) % 7 + 1)

        times = timed(change, 200)
        figure = statistics.median(times)
        report(f"  set {label}", figure * 1000, "<= 5 ms", figure <= 0.005)
        report("    worst of 200", max(times) * 1000, "(information)", True)
    assert len(list(form.questions())) == 500


def main() -> None:
    warnings.simplefilter("ignore")  # openpyxl's notes about unsupported Excel extensions
    print("Import")
    bench_import()
    print("Open an imported form for a new interview")
    bench_open()
    print("Re-evaluation after one change (500-question generated form)")
    bench_reevaluate()


if __name__ == "__main__":
    main()
