"""Households answering the usage questions as the demo's do, without a database."""

from __future__ import annotations

import random

import pandas as pd

from app.demo import STREETS, fill_household
from survey_forms import load_builtin
from survey_forms.builtin import INTERVIEW_FORM


def households(count: int, seed: int = 3) -> pd.DataFrame:
    rng = random.Random(seed)
    form = load_builtin(INTERVIEW_FORM)
    rows = []
    for index in range(count):
        answers = fill_household(form, rng)
        answers["street"] = rng.choice(STREETS[:4])
        rows.append({"_id": f"id-{index:05d}", **answers})
    return pd.DataFrame(rows)
