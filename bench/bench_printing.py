"""The diagnosis report with 1,000 and with 10,000 interviews (reading the store, the analysis
and the PDF, as `quartier report` does), and the A3 poster."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from app.carbon.diagnosis import diagnose
from app.carbon.factor_table import DEFAULT_REGION, load_factors
from app.dataset import load_dataset
from app.demo import build_demo
from app.printing.poster import PosterOptions, build_poster
from app.printing.report import ReportOptions, build_report
from app.store import Key, Store
from bench.report import figure

ROUNDS = 3


def best_of(run: Callable[[], object]) -> float:
    """The fastest of a few runs: the others measure the machine's other work."""
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def report_seconds(path: Path) -> float:
    with Store.open(path) as store:
        return best_of(lambda: build_report(store, BytesIO(), ReportOptions()))


def load_seconds(path: Path) -> float:
    """What the report spends reading the interviews (the merged dataset), for comparison."""
    with Store.open(path) as store:
        campaign = store.settings.get(Key.CAMPAIGN)
        return best_of(lambda: load_dataset(store, campaign_id=campaign))


def diagnosis_seconds(path: Path) -> float:
    """What the report spends on the carbon diagnosis (app.carbon: profiles, bootstrap,
    levers), which grows with the households and is not the report's own work."""
    with Store.open(path) as store:
        campaign = store.settings.get(Key.CAMPAIGN)
        dataset = load_dataset(store, campaign_id=campaign, include_rejected=False)
        factors = load_factors(DEFAULT_REGION)
        return best_of(lambda: diagnose(dataset, factors))


def poster_seconds(path: Path) -> float:
    with Store.open(path) as store:
        return best_of(lambda: build_poster(store, BytesIO(), PosterOptions(size="A3")))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "1k.sqlite", Path(folder) / "10k.sqlite"
        build_demo(small, households=1_000)
        build_demo(large, households=10_000)
        one = report_seconds(small)
        ten = report_seconds(large)
        poster = poster_seconds(large)
        load_one, load_ten = load_seconds(small), load_seconds(large)
        carbon_one, carbon_ten = diagnosis_seconds(small), diagnosis_seconds(large)
    figure("report, 1,000 interviews", one, "s")
    figure("report, 10,000 interviews", ten, "s", "<= 3 s", ten <= 3)
    figure("report time 10k / 1k", ten / one, "x", "<= 1.5", ten / one <= 1.5)
    figure("  of which reading the dataset, 1,000 interviews", load_one, "s")
    figure("  of which reading the dataset, 10,000 interviews", load_ten, "s")
    figure("  of which the carbon diagnosis, 1,000 interviews", carbon_one, "s")
    figure("  of which the carbon diagnosis, 10,000 interviews", carbon_ten, "s")
    figure("A3 poster, 10,000 interviews", poster, "s", "<= 3 s", poster <= 3)


if __name__ == "__main__":
    main()
