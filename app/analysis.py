"""What a campaign's interviews say: per-question summaries, results by street or volunteer,
progress against the target, needs ranked by theme, quotes, and two campaigns compared.

Every function takes a ``Dataset`` loaded with raw values (``load_dataset(..., lang=None)``)
and a ``lang`` for the labels it returns. Rejected interviews (duplicates, unusable) are never
counted. Results are plain dataclasses and DataFrames, ready for charts, posters and reports.
Personal questions (``Question.is_personal``) are never summarised nor quoted.

Percentages are of the interviews that answered the question (``respondents``); for a
select_multiple they add up to more than 100.

The rules of honest figures, used by the screen, the poster and the report alike, live here:
no percentage of fewer than ``MIN_HOUSEHOLDS`` households, nor of a group of answers that
small (``Share.printable``); a 95 % Wilson interval beside every proportion
(``Share.interval``); histogram bins of round widths (``round_edges``); quotes only from
questions that enough households answered (``quotes``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from app.dataset import NUMBER_TYPES, STREET, SUBMISSION_TIME, VOLUNTEER, Dataset, choice_labels
from app.duplicates import normalise_street
from app.errors import PersonalDataRefused
from survey_forms.model import Question, text_in

CONSENT = "consent"
PARTICIPATE = "participate"
HOUSEHOLD_SIZE = "household_size"
#: Below this many households no percentage is given: too few to speak for a neighbourhood,
#: and so few that a figure could point at one household.
MIN_HOUSEHOLDS = 5
#: The normal quantile of a two-sided 95 % interval.
Z95 = 1.959964


@dataclass(frozen=True)
class Share:
    """``count`` households out of ``n`` (those who answered)."""

    count: int
    n: int

    @property
    def enough_answers(self) -> bool:
        return self.n >= MIN_HOUSEHOLDS

    @property
    def printable(self) -> bool:
        """A percentage may be given: enough answers, and not a handful of households (no
        household is ever one of "2 %")."""
        return self.enough_answers and not 0 < self.count < MIN_HOUSEHOLDS

    @property
    def percent(self) -> float:
        return self.count * 100 / self.n if self.n else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        """The 95 % Wilson score interval, in percent: where the neighbourhood's true share
        lies, 19 times out of 20, had every household been asked (Wilson rather than the
        normal approximation: it stays within 0-100 and holds for small counts)."""
        if not self.n:
            return 0.0, 100.0
        p, n, z2 = self.count / self.n, self.n, Z95 * Z95
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
        return max(0.0, centre - half) * 100, min(1.0, centre + half) * 100


@dataclass(frozen=True)
class ChoiceSummary:
    """A select question. ``table``: choice, label, theme, count, percent (form order)."""

    question: str
    label: str
    respondents: int
    table: pd.DataFrame
    multiple: bool


@dataclass(frozen=True)
class NumberSummary:
    """A number question. ``histogram``: start, end, count (one bin per value when the
    values are few whole numbers)."""

    question: str
    label: str
    respondents: int
    mean: float
    median: float
    q1: float
    q3: float
    minimum: float
    maximum: float
    histogram: pd.DataFrame


@dataclass(frozen=True)
class TextSummary:
    """A free-text question: how many answered, and what they said."""

    question: str
    label: str
    respondents: int
    answers: list[str]


QuestionSummary = ChoiceSummary | NumberSummary | TextSummary


@dataclass(frozen=True)
class Progress:
    """Households reached against the target. ``by_street``: street, reached, percent (of all
    reached); ``by_volunteer``: volunteer, reached; ``by_day``: day, reached, cumulative."""

    reached: int
    target: int | None
    percent_of_target: float | None
    by_street: pd.DataFrame
    by_volunteer: pd.DataFrame
    by_day: pd.DataFrame


@dataclass(frozen=True)
class KeyFigures:
    """The figures of a poster's headline."""

    interviews: int
    consented: int | None
    streets: int
    volunteers: int
    willing_to_participate: int | None
    people_in_households: int | None
    inventory_items: int
    first_day: str | None
    last_day: str | None


def counted(dataset: Dataset) -> pd.DataFrame:
    """The interviews that count: all but the rejected ones."""
    if dataset.lang is not None:
        raise ValueError("L'analyse demande les valeurs brutes : load_dataset(..., lang=None)")
    return dataset.counted


def question_label(question: Question, lang: str) -> str:
    return text_in(question.label, lang) or question.name


def analysable(dataset: Dataset) -> list[Question]:
    """The questions a dashboard can show: not personal, not device metadata, not the
    consent (every household counted gave it: always 100 %)."""
    return [
        q
        for q in dataset.questions
        if not q.is_personal
        and q.name != CONSENT
        and (q.is_select or q.type in NUMBER_TYPES or q.type == "text")
    ]


def question_summary(
    dataset: Dataset, name: str, lang: str = "fr", bins: int = 10
) -> QuestionSummary:
    question = dataset.question(name)
    if question.is_personal:
        raise PersonalDataRefused("analysis.personal_field", name=name)
    frame = counted(dataset)
    label = question_label(question, lang)
    if question.is_select:
        table, respondents = choice_table(frame, question, lang)
        return ChoiceSummary(name, label, respondents, table, question.is_multiple)
    values = frame[question.key].dropna() if question.key in frame else pd.Series(dtype=float)
    if question.type in NUMBER_TYPES:
        return _number_summary(question, label, values.astype(float), bins)
    return TextSummary(name, label, len(values), [str(v) for v in values])


def choice_table(frame: pd.DataFrame, question: Question, lang: str) -> tuple[pd.DataFrame, int]:
    """Counts and percentages of each choice among the interviews that answered."""
    key = question.key
    labels = choice_labels(question, lang)
    if question.is_multiple:
        respondents = int(frame[key].notna().sum())
        counts = [int(frame[f"{key}/{c.name}"].sum()) for c in question.choices]
    else:
        answered = frame[key].dropna()
        respondents = len(answered)
        tally = answered.value_counts()
        counts = [int(tally.get(c.name, 0)) for c in question.choices]
    table = pd.DataFrame(
        {
            "choice": [c.name for c in question.choices],
            "label": [labels[c.name] for c in question.choices],
            "theme": [c.theme or question.theme for c in question.choices],
            "count": counts,
        }
    )
    table["percent"] = _percent(table["count"], respondents)
    return table, respondents


def _percent(count: Any, total: int) -> Any:
    """``count`` (a number or a Series) as a percentage of ``total``, to one decimal."""
    return np.round(count * 100 / total, 1) if total else count * 0.0


def _number_summary(question: Question, label: str, values: pd.Series, bins: int) -> NumberSummary:
    if values.empty:
        nan = float("nan")
        empty = pd.DataFrame({"start": [], "end": [], "count": []})
        return NumberSummary(question.name, label, 0, nan, nan, nan, nan, nan, nan, empty)
    low, high = float(values.min()), float(values.max())
    whole = bool((values == values.round()).all())
    edges = round_edges(low, high, whole, bins)
    counts, edges = np.histogram(values, bins=edges)
    histogram = pd.DataFrame({"start": edges[:-1], "end": edges[1:], "count": counts})
    q1, median, q3 = (float(values.quantile(q)) for q in (0.25, 0.5, 0.75))
    return NumberSummary(
        question.name, label, len(values), round(float(values.mean()), 2), median, q1, q3,
        low, high, histogram,
    )  # fmt: skip


def round_edges(low: float, high: float, whole: bool, bins: int = 10) -> np.ndarray:
    """Histogram edges of a round width (1, 2, 2.5 or 5 times a power of ten) starting on a
    multiple of it, about ``bins`` of them; each bin holds its lower edge and not its upper
    one, and the highest value falls inside the last. Whole numbers spread over fewer than
    20 values get one bin per value."""
    if whole and high - low < 20:
        return np.arange(low, high + 2)
    raw = max(high - low, 1e-9) / bins
    power = 10.0 ** math.floor(math.log10(raw))
    steps = [m * power for m in (1, 2, 2.5, 5, 10) if not (whole and (m * power) % 1)]
    step = next(s for s in steps if s >= raw)
    start = math.floor(low / step) * step
    count = math.floor((high - start) / step) + 1
    return start + step * np.arange(count + 1)


def summary_by(dataset: Dataset, name: str, by: str = STREET, lang: str = "fr") -> pd.DataFrame:
    """A question's results for each street (``by=STREET``) or volunteer (``by=VOLUNTEER``):
    one row per group with its respondents (``n``), then the percentage of each choice (by
    label), or count/mean/median for numbers."""
    question = dataset.question(name)
    if question.is_personal:
        raise PersonalDataRefused("analysis.personal_field", name=name)
    frame = counted(dataset)
    groups = frame.groupby(by, sort=True, dropna=False)
    if question.type in NUMBER_TYPES:
        table = groups[question.key].agg(["count", "mean", "median"]).rename(columns={"count": "n"})
        return table.round(2)
    if not question.is_select:
        return groups[question.key].count().to_frame("n")
    rows = {}
    for group, part in groups:
        table, respondents = choice_table(part, question, lang)
        rows[group] = {"n": respondents, **dict(zip(table["label"], table["percent"], strict=True))}
    result = pd.DataFrame.from_dict(rows, orient="index")
    result.index.name = by
    return result


def campaign_progress(
    dataset: Dataset, target: int | None = None, street_targets: dict[str, int] | None = None
) -> Progress:
    """Households reached (interviews that count) against the campaign's target (or
    ``target``); by street (with each street's own target when given), volunteer and day."""
    frame = counted(dataset)
    target = target if target is not None else dataset.target_households
    reached = len(frame)
    by_street = _tally(frame, STREET, "street")
    by_street["percent"] = _percent(by_street["reached"], reached)
    if street_targets is not None:
        by_street["target"] = by_street["street"].map(street_targets)
        by_street["percent_of_target"] = (by_street["reached"] * 100 / by_street["target"]).round(1)
    days = frame[SUBMISSION_TIME].str[:10] if reached else pd.Series(dtype=str)
    by_day = days.value_counts().sort_index().rename_axis("day").reset_index(name="reached")
    by_day["cumulative"] = by_day["reached"].cumsum()
    percent = round(reached * 100 / target, 1) if target else None
    return Progress(
        reached, target, percent, by_street, _tally(frame, VOLUNTEER, "volunteer"), by_day
    )


def street_targets(dataset: Dataset) -> dict[str, int]:
    """Each street of the campaign's perimeter (by its normalised name, see ``target_of``)
    with its share of the campaign's target: the target spread evenly over the perimeter (a
    campaign knows no count of households per street). Empty without a target or a
    perimeter."""
    streets, target = dataset.perimeter, dataset.target_households
    if not streets or not target:
        return {}
    share = max(round(target / len(streets)), 1)
    return {normalise_street(street): share for street in streets}


def target_of(targets: dict[str, int], street: str) -> int | None:
    """A street's target however its name was typed ("r. Haute", "RUE HAUTE")."""
    return targets.get(normalise_street(street))


def _tally(frame: pd.DataFrame, column: str, name: str) -> pd.DataFrame:
    if column not in frame:
        return pd.DataFrame({name: [], "reached": []})
    counts = frame[column].value_counts()
    table = counts.rename_axis(name).reset_index(name="reached")
    return table.sort_values(["reached", name], ascending=[False, True], ignore_index=True)


def needs_by_theme(dataset: Dataset, lang: str = "fr") -> pd.DataFrame:
    """Needs and wishes ranked by theme: every choice that carries a ``theme`` counts as a
    mention of it. Columns: theme, label, mentions, households (that named the theme at least
    once), answered (the households that answered at least one of these questions: a
    paper questionnaire without them is no "0 %"), percent (of answered), top (the theme's
    choices by mentions, "label (n)")."""
    frame = counted(dataset)
    mentions: dict[str, list[tuple[str, int]]] = {}
    named: dict[str, pd.Series] = {}
    answered = pd.Series(False, index=frame.index)
    for question in dataset.questions:
        if not question.is_select or question.is_personal:
            continue
        if any(choice.theme for choice in question.choices):
            answered |= _answered(frame, question)
        labels = choice_labels(question, lang)
        for choice in question.choices:
            if not choice.theme:
                continue
            picked = _picked(frame, question, choice.name)
            mentions.setdefault(choice.theme, []).append((labels[choice.name], int(picked.sum())))
            named[choice.theme] = named[choice.theme] | picked if choice.theme in named else picked
    rows = []
    for theme, choices in mentions.items():
        households = int(named[theme].sum())
        ranked = sorted(choices, key=lambda c: -c[1])
        rows.append(
            {
                "theme": theme,
                "label": theme_label(dataset, theme, lang),
                "mentions": sum(n for _, n in choices),
                "households": households,
                "answered": int(answered.sum()),
                "percent": _percent(households, int(answered.sum())),
                "top": ", ".join(f"{label} ({n})" for label, n in ranked),
            }
        )
    columns = ["theme", "label", "mentions", "households", "answered", "percent", "top"]
    table = pd.DataFrame(rows, columns=columns)
    # ranked by what is printed beside each theme: the households that named it
    order = ["households", "mentions", "theme"]
    return table.sort_values(order, ascending=[False, False, True], ignore_index=True)


def _answered(frame: pd.DataFrame, question: Question) -> pd.Series:
    if question.key not in frame:
        return pd.Series(False, index=frame.index)
    return frame[question.key].notna()


def _picked(frame: pd.DataFrame, question: Question, choice: str) -> pd.Series:
    if question.is_multiple:
        return frame[f"{question.key}/{choice}"].fillna(0).astype(bool)
    return frame[question.key] == choice


def theme_label(dataset: Dataset, theme: str, lang: str = "fr") -> str:
    """A theme's name in ``lang``: the label of a choice named like the theme (the form's list
    of themes), else the code."""
    for question in dataset.form.questions():
        for choice in question.choices:
            if choice.name == theme and choice.label:
                return text_in(choice.label, lang)
    return theme.replace("_", " ").capitalize()


def quotes(
    dataset: Dataset,
    names: list[str] | None = None,
    lang: str = "fr",
    limit: int | None = None,
    min_respondents: int = MIN_HOUSEHOLDS,
) -> pd.DataFrame:
    """Free-text answers as quotes: question, question_label, text, street, _id. Personal
    questions are refused; by default every non-personal text question is quoted. A question
    fewer than ``min_respondents`` households answered is not quoted: its few answers would
    point at the households that gave them."""
    frame = counted(dataset)
    if names:
        chosen = [dataset.question(n) for n in names]
    else:
        chosen = [
            q
            for q in dataset.questions
            if q.type == "text" and q.key != STREET and not q.is_personal
        ]
    personal = [q.name for q in chosen if q.is_personal]
    if personal:
        raise PersonalDataRefused("analysis.personal_quote", names=", ".join(personal))
    parts = []
    streets = frame.get(STREET)
    for question in chosen:
        values = frame[question.key]
        # the rows' answers alone: filtering the whole table copied its 76 columns each time
        answered = (values.notna() & (values != "")).to_numpy()
        if answered.sum() < min_respondents:
            continue
        parts.append(
            pd.DataFrame(
                {
                    "question": question.name,
                    "question_label": question_label(question, lang),
                    "text": values[answered].astype(str),
                    "street": streets[answered] if streets is not None else None,
                    "_id": frame["_id"][answered],
                }
            )
        )
    columns = ["question", "question_label", "text", "street", "_id"]
    result = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    return result.head(limit) if limit is not None else result


def compare_campaigns(
    before: Dataset, after: Dataset, names: list[str] | None = None, lang: str = "fr"
) -> pd.DataFrame:
    """Two campaigns of one neighbourhood (the diagnosis and the one a year later), question
    by question: question, label, choice, choice_label, before, after, change (percentage
    points for choices; the mean for numbers, with choice "mean"), and what each figure is
    made of: before_count, before_n, after_count, after_n (the count is the respondents for a
    mean). Choices are those of the form of ``before``."""
    if names:
        questions = [before.question(n) for n in names]
    else:
        questions = [q for q in analysable(before) if q.is_select or q.type in NUMBER_TYPES]
    rows = []
    for question in questions:
        first = question_summary(before, question.name, lang)
        second = question_summary(after, question.name, lang)
        label = first.label
        if isinstance(first, ChoiceSummary) and isinstance(second, ChoiceSummary):
            merged = first.table.merge(second.table, on="choice", how="left", suffixes=("_a", "_b"))
            for r in merged.itertuples():
                rows.append((question.name, label, r.choice, r.label_a, r.percent_a,
                             r.percent_b, r.count_a, first.respondents, r.count_b,
                             second.respondents))  # fmt: skip
        elif isinstance(first, NumberSummary) and isinstance(second, NumberSummary):
            rows.append((question.name, label, "mean", "moyenne", first.mean, second.mean,
                         first.respondents, first.respondents, second.respondents,
                         second.respondents))  # fmt: skip
    columns = ["question", "label", "choice", "choice_label", "before", "after",
               "before_count", "before_n", "after_count", "after_n"]  # fmt: skip
    table = pd.DataFrame(rows, columns=columns)
    table["change"] = (table["after"] - table["before"]).round(1)
    return table


def key_figures(dataset: Dataset) -> KeyFigures:
    frame = counted(dataset)

    def count_of(column: str, value: str) -> int | None:
        return int((frame[column] == value).sum()) if column in frame else None

    days = frame[SUBMISSION_TIME].str[:10]
    people = frame[HOUSEHOLD_SIZE].sum() if HOUSEHOLD_SIZE in frame else None
    return KeyFigures(
        interviews=len(frame),
        consented=count_of(CONSENT, "yes"),
        streets=int(frame[STREET].nunique()) if STREET in frame else 0,
        volunteers=int(frame[VOLUNTEER].nunique()),
        willing_to_participate=count_of(PARTICIPATE, "yes"),
        people_in_households=int(people) if people is not None else None,
        inventory_items=len(dataset.inventory),
        first_day=days.min() if len(days) else None,
        last_day=days.max() if len(days) else None,
    )
