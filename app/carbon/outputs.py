"""What leaves the laptop: the households' footprint table (CSV or XLSX) and the anonymised
open-data package (Frictionless: ``datapackage.json`` beside its CSV files).

Neither holds a personal field: no house number, no contact, no pairing key. In the open
data, a street is blanked wherever fewer than ``K_ANONYMITY`` households share the same street,
household size and age bands (k-anonymity on these three), and interview ids are left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from app.analysis import counted
from app.carbon.factor_table import FactorTable
from app.carbon.footprint import ALL_SECTORS, answered_usage, footprint
from app.carbon.profiles import Profiles
from app.dataset import Dataset
from app.errors import InvalidOperation

K_ANONYMITY = 5
ROUND = 1  # kg: more digits would suggest a precision the factors do not have
HOUSEHOLD_COLUMNS = (*ALL_SECTORS, "uses", "total", "per_person")


@dataclass(frozen=True)
class CampaignFootprint:
    """A campaign's footprint table and the interview columns the outputs need."""

    table: FactorTable
    households: pd.DataFrame
    #: Household size and age bands, for k-anonymity (same index as ``households``).
    quasi: pd.DataFrame
    #: Interviews that count but answered no usage question (an older form, a refusal):
    #: left out rather than counted as defaults only.
    without_usage: int = 0


def campaign_footprint(dataset: Dataset, table: FactorTable) -> CampaignFootprint:
    """The footprint of the campaign's households that count (not rejected) and answered the
    usage questions."""
    interviews = counted(dataset)
    answered = answered_usage(interviews)
    without = int((~answered).sum())
    interviews = interviews[answered]
    if interviews.empty:
        raise InvalidOperation("carbon.no_households")
    quasi = pd.DataFrame(index=interviews.index)
    for column in ("household_size", "age_bands"):
        quasi[column] = interviews.get(column)
    return CampaignFootprint(table, footprint(interviews, table), quasi, without)


def household_table(result: CampaignFootprint, profiles: Profiles | None) -> pd.DataFrame:
    """One row per household: interview id, street, occupants, kg CO2e per year by sector,
    total, per person, profile number; and the factor table's version."""
    fp = result.households
    out = pd.DataFrame(
        {"interview_id": fp["_id"], "street": fp["street"], "occupants": fp["occupants"]}
    )
    for column in HOUSEHOLD_COLUMNS:
        out[f"{column}_kg"] = fp[column].round(ROUND)
    out["profile"] = profiles.labels.astype("Int64") if profiles is not None else pd.NA
    out["defaults_used"] = fp["defaults"]
    out["factors"] = result.table.version
    return out.reset_index(drop=True)


def write_households(frame: pd.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame.to_csv(path, index=False, encoding="utf-8")
    elif suffix == ".xlsx":
        frame.to_excel(path, index=False, sheet_name="empreinte")
    else:
        raise InvalidOperation("carbon.unknown_output", path=path)


def k_anonymous_streets(streets: pd.Series, quasi: pd.DataFrame, k: int = K_ANONYMITY) -> pd.Series:
    """The streets, blanked where fewer than ``k`` households share street, household size and
    age bands."""
    keys = pd.DataFrame(
        {
            "street": streets.fillna("").astype(str),
            "size": quasi["household_size"].astype(str),
            "ages": _bands(quasi["age_bands"]),
        }
    )
    counts = keys.groupby(list(keys.columns), sort=False)["street"].transform("size")
    return streets.where(counts.to_numpy() >= k, "")


def _bands(values: pd.Series) -> pd.Series:
    """Age bands as sorted space-separated names (the dataset's text, or an answer's list)."""

    def text(value: object) -> str:
        names = value.split() if isinstance(value, str) else value
        return " ".join(sorted(names)) if isinstance(names, list) else ""

    return values.map(text)


def write_open_data(
    result: CampaignFootprint, profiles: Profiles | None, folder: Path, name: str
) -> Path:
    """The Frictionless data package in ``folder``; returns the path of its descriptor."""
    folder.mkdir(parents=True, exist_ok=True)
    fp = result.households
    households = pd.DataFrame(
        {
            "street": k_anonymous_streets(fp["street"], result.quasi).to_numpy(),
            "household_size": result.quasi["household_size"].astype("Int64").to_numpy(),
            "age_bands": _bands(result.quasi["age_bands"]).to_numpy(),
        }
    )
    for column in HOUSEHOLD_COLUMNS:
        households[f"{column}_kg"] = fp[column].round(ROUND).to_numpy()
    households["profile"] = (
        profiles.labels.astype("Int64").to_numpy() if profiles is not None else pd.NA
    )
    households = households.sort_values(list(households.columns), kind="stable")
    households.to_csv(folder / "households.csv", index=False, encoding="utf-8")
    factors = pd.DataFrame(result.table.rows())
    factors.to_csv(folder / "factors.csv", index=False, encoding="utf-8")
    descriptor = {
        "profile": "data-package",
        "name": name,
        "title": "Empreinte carbone des usages d'un quartier (Quartier)",
        "description": (
            f"kg CO2e per household and year by sector. No personal field; street blanked "
            f"where fewer than {K_ANONYMITY} households share street, household size and age "
            f"bands. Factor table {result.table.version}."
        ),
        "version": result.table.version,
        "licenses": [{"name": "ODC-BY-1.0", "title": "Open Data Commons Attribution"}],
        "resources": [
            _resource("households", households),
            _resource("factors", factors),
        ],
    }
    path = folder / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _resource(name: str, frame: pd.DataFrame) -> dict[str, object]:
    return {
        "name": name,
        "path": f"{name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": [_field(c, frame[c]) for c in frame.columns]},
    }


def _field(name: str, values: pd.Series) -> dict[str, str]:
    if pd.api.types.is_integer_dtype(values):
        kind = "integer"
    elif pd.api.types.is_numeric_dtype(values):
        kind = "number"
    else:
        kind = "string"
    return {"name": name, "type": kind}
