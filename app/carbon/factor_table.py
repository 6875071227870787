"""Emission factors and documented defaults, read from ``factors/<region>.json``.

A region's file may name a ``base`` region whose entries it inherits and overrides (Belgium
overrides France's electricity, as Nos Gestes Climat's Belgian variant does). Every entry
carries its value, unit, source, year and licence, so that a coach sees what was used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import UnknownChoice

FOLDER = Path(__file__).resolve().parent / "factors"
REGIONS = ("be", "fr")
DEFAULT_REGION = "be"
SECTIONS = ("factors", "defaults", "references")


@dataclass(frozen=True)
class Entry:
    key: str
    section: str
    value: float
    unit: str
    source: str
    year: int
    licence: str
    note: str = ""
    #: The region whose file holds this entry (a base region's, when inherited).
    region: str = ""


@dataclass(frozen=True)
class FactorTable:
    region: str
    version: str
    title: dict[str, str]
    entries: dict[str, Entry]

    def __getitem__(self, key: str) -> float:
        return self.entries[key].value

    def get(self, key: str, fallback: str) -> float:
        """The entry ``key``, else ``fallback`` (for choices that have no entry of their own)."""
        return self.entries[key].value if key in self.entries else self.entries[fallback].value

    def rows(self) -> list[dict[str, Any]]:
        """One row per entry, for display and for the open-data package."""
        return [
            {"key": e.key, "section": e.section, "value": e.value, "unit": e.unit,
             "source": e.source, "year": e.year, "licence": e.licence, "note": e.note,
             "region": e.region}
            for e in self.entries.values()
        ]  # fmt: skip


@cache
def load_factors(region: str = DEFAULT_REGION) -> FactorTable:
    """The factor table of ``region`` (cached: do not modify it)."""
    if region not in REGIONS:
        raise UnknownChoice("carbon.unknown_region", region=region, known=", ".join(REGIONS))
    data = json.loads((FOLDER / f"{region}.json").read_text(encoding="utf-8"))
    entries = dict(load_factors(data["base"]).entries) if data.get("base") else {}
    for section in SECTIONS:
        for key, entry in data.get(section, {}).items():
            entries[key] = Entry(
                key=key,
                section=section,
                value=float(entry["value"]),
                unit=entry["unit"],
                source=entry["source"],
                year=int(entry["year"]),
                licence=entry["licence"],
                note=entry.get("note", ""),
                region=region,
            )
    return FactorTable(region, data["version"], data["title"], entries)
