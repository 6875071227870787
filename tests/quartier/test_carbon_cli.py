"""`quartier footprint` and `quartier profiles` on the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from app.store import Key, Store
from quartier.cli import cli


def test_footprint_and_profiles_on_the_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--households", "150", "--db", str(db)]).exit_code == 0
    out = tmp_path / "empreinte.csv"
    result = runner.invoke(
        cli, ["--db", str(db), "footprint", "--out", str(out), "--open-data", str(tmp_path / "od")]
    )
    assert result.exit_code == 0, result.output
    assert "t CO2e par personne" in result.output and "be-2026.1" in result.output
    table = pd.read_csv(out)
    assert len(table) == 150
    assert {"logement_kg", "total_kg", "per_person_kg", "profile"} <= set(table.columns)
    assert table["profile"].notna().all()
    assert not {"house_number", "contact_name", "contact_phone"} & set(table.columns)
    descriptor = json.loads((tmp_path / "od" / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["version"] == "be-2026.1"
    xlsx = tmp_path / "empreinte.xlsx"
    assert runner.invoke(cli, ["--db", str(db), "footprint", "--out", str(xlsx)]).exit_code == 0
    assert len(pd.read_excel(xlsx)) == 150
    bad = runner.invoke(cli, ["--db", str(db), "footprint", "--out", str(tmp_path / "x.pdf")])
    assert bad.exit_code == 1 and ".csv" in bad.output and "Traceback" not in bad.output
    profiles = runner.invoke(cli, ["--db", str(db), "profiles", "--lang", "en"])
    assert profiles.exit_code == 0, profiles.output
    assert "profils" in profiles.output and "t/pers." in profiles.output


def test_second_diagnosis_and_factors(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--households", "60", "--db", str(db)]).exit_code == 0
    with Store.open(db) as store:
        campaign = store.settings.get(Key.CAMPAIGN)
    result = runner.invoke(
        cli, ["--db", str(db), "footprint", "--factors", "--region", "fr",
              "--compare-with", str(campaign)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "electricity" in result.output and "0.0519" in result.output
    assert "Second diagnostic" in result.output and "mêmes adresses" in result.output
    assert "+0.00 (+0.00 à +0.00)" in result.output  # a campaign against itself
