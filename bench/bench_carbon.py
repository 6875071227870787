"""The carbon diagnosis on 100,000 households: footprint (goal <= 1 s, vectorised), usage
profiles (goal <= 10 s), the summary's bootstrap and one lever. Households are drawn, as the
demo's are, from a pool of 1,500 filled through the real form, with their own ids and streets."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import pandas as pd

from app.carbon.factor_table import load_factors
from app.carbon.footprint import footprint
from app.carbon.levers import Scenario, saving
from app.carbon.profiles import usage_profiles
from app.carbon.summary import summarise
from app.demo import STREETS, TEMPLATE_POOL, fill_household
from bench.report import figure
from survey_forms import load_builtin
from survey_forms.builtin import INTERVIEW_FORM

HOUSEHOLDS = 100_000


def interviews(count: int, seed: int = 1) -> pd.DataFrame:
    rng = random.Random(seed)
    form = load_builtin(INTERVIEW_FORM)
    pool = [fill_household(form, rng) for _ in range(TEMPLATE_POOL)]
    rows = [
        {**rng.choice(pool), "_id": f"{index:08x}", "street": rng.choice(STREETS)}
        for index in range(count)
    ]
    return pd.DataFrame(rows)


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def main() -> None:
    table = load_factors("be")
    frame = interviews(HOUSEHOLDS)
    seconds, fp = min((timed(lambda: footprint(frame, table)) for _ in range(3)),
                      key=lambda pair: pair[0])  # fmt: skip
    figure("footprint of 100k households (best of 3)", seconds, "s", "<= 1 s", seconds <= 1)
    seconds, found = timed(lambda: usage_profiles(fp))
    figure(f"usage profiles of 100k households (k={found.k})", seconds, "s", "<= 10 s",
           seconds <= 10)  # fmt: skip
    seconds, _ = timed(lambda: summarise(fp, table))
    figure("summary with 1,000 bootstrap resamples", seconds, "s")
    seconds, _ = timed(lambda: saving(fp, table, Scenario(car_km_moved=0.3, meat_meals_cut=0.5)))
    figure("one lever on 100k households", seconds, "s")


if __name__ == "__main__":
    main()
