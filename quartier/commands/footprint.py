"""`quartier footprint` and `quartier profiles`: the carbon diagnosis of a campaign's households."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from quartier.options import db_option, open_store

if TYPE_CHECKING:
    from app.carbon.outputs import CampaignFootprint
    from app.carbon.profiles import Profiles

#: app.carbon.factor_table.REGIONS, named here so that `quartier --help` does not wait for pandas
#: (a test keeps the two equal).
REGIONS = ("be", "fr")
LANGS = ("fr", "nl", "en")


def _campaign_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--campaign",
        "campaign_id",
        default=None,
        help="Campagne, par son identifiant ou son nom (défaut : l'actuelle).",
    )(func)


def _region_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--region",
        type=click.Choice(REGIONS),
        default="be",
        show_default=True,
        help="Table de facteurs d'émission (be : Belgique, fr : France).",
    )(func)


def _load(db: Path | None, campaign_id: str | None, region: str) -> CampaignFootprint:
    from app.carbon.factor_table import load_factors
    from app.carbon.outputs import campaign_footprint
    from app.dataset import load_dataset
    from app.errors import RecordNotFound
    from app.store import Key

    with open_store(db, read_only=True) as store:
        if campaign_id:
            # an id, or a campaign's exact name ("Diagnostic partagé 2026")
            by_name = {c["name"]: c["id"] for c in store.directory.campaigns()}
            campaign_id = by_name.get(campaign_id, campaign_id)
            if campaign_id not in by_name.values():
                raise RecordNotFound("campaign.unknown", id=campaign_id)
        campaign_id = campaign_id or store.settings.get(Key.CAMPAIGN)
        dataset = load_dataset(store, campaign_id=campaign_id, include_rejected=False)
    return campaign_footprint(dataset, load_factors(region))


def _profiles_or_none(result: CampaignFootprint) -> Profiles | None:
    """Profiles, or None (with a note) when there are too few households to form them."""
    from app.carbon.profiles import usage_profiles
    from app.errors import InvalidOperation

    try:
        return usage_profiles(result.households)
    except InvalidOperation as error:
        click.echo(error.trilingual(), err=True)
        return None


@click.command("footprint")
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="Fichier .csv ou .xlsx."
)
@click.option(
    "--open-data",
    "open_data",
    type=click.Path(file_okay=False, path_type=Path),
    help="Dossier du paquet de données ouvertes (Frictionless), sans données personnelles.",
)
@click.option(
    "--compare-with",
    "earlier",
    default=None,
    help="Campagne précédente (identifiant ou nom) : second diagnostic par secteur, apparié "
    "par adresse.",
)
@click.option("--factors", "show_factors", is_flag=True, help="Affiche les facteurs utilisés.")
@_campaign_option
@_region_option
@db_option
def footprint(
    out: Path | None,
    open_data: Path | None,
    earlier: str | None,
    show_factors: bool,
    campaign_id: str | None,
    region: str,
    db: Path | None,
) -> None:
    """Empreinte carbone des ménages (kg CO2e/an). Households' carbon footprint.

    Une ligne par ménage : secteurs, total, par personne, profil ; aucune donnée personnelle."""
    from app.carbon.outputs import household_table, write_households, write_open_data
    from app.carbon.summary import summarise

    result = _load(db, campaign_id, region)
    if show_factors:
        for row in result.table.rows():
            click.echo(
                f"{row['key']:<28} {row['value']:>10g} {row['unit']:<26} {row['source']} "
                f"({row['year']}, {row['licence']})"
            )
    profiles = _profiles_or_none(result)
    summary = summarise(result.households, result.table)
    total = summary.per_person["total"]
    click.echo(
        f"{summary.households} ménages, {summary.people:.0f} personnes : "
        f"{total.mean / 1000:.1f} t CO2e par personne et par an "
        f"(IC 95 % {total.low / 1000:.1f}–{total.high / 1000:.1f}) ; Bruxelles "
        f"{summary.brussels / 1000:.1f} t, objectif 2050 {summary.target / 1000:.0f} t "
        f"[facteurs {result.table.version}]"
    )
    if result.without_usage:
        click.echo(f"{result.without_usage} entretiens sans réponse aux habitudes : non comptés")
    if out is not None:
        write_households(household_table(result, profiles), out)
        click.echo(f"Écrit : {out}")
    if open_data is not None:
        path = write_open_data(result, profiles, open_data, name=f"quartier-empreinte-{region}")
        click.echo(f"Paquet de données ouvertes : {path}")
    if earlier is not None:
        _print_comparison(_load(db, earlier, region), result)


def _print_comparison(before: CampaignFootprint, after: CampaignFootprint) -> None:
    from app.carbon.summary import compare
    from app.carbon.texts import SECTOR_LABELS

    def tonnes(value: float) -> str:
        return f"{value / 1000:+.2f}"

    click.echo(
        f"Second diagnostic, {len(before.households)} ménages avant, {len(after.households)} "
        "après (t CO2e par personne et par an ; écart et IC 95 %) :"
    )
    for change in compare(before.households, after.households):
        d = change.difference
        line = (
            f"  {SECTOR_LABELS[change.sector]['fr']:<18} {change.before.mean / 1000:.2f} → "
            f"{change.after.mean / 1000:.2f} ({tonnes(d.mean)}, {tonnes(d.low)} à {tonnes(d.high)})"
        )
        if change.paired is not None:
            p = change.paired
            line += (
                f" ; mêmes adresses ({change.pairs}) : {tonnes(p.mean)} "
                f"({tonnes(p.low)} à {tonnes(p.high)})"
            )
        click.echo(line)


@click.command("profiles")
@click.option("--lang", type=click.Choice(LANGS), default="fr", show_default=True)
@_campaign_option
@_region_option
@db_option
def profiles(lang: str, campaign_id: str | None, region: str, db: Path | None) -> None:
    """Profils d'usages (groupes de ménages aux habitudes proches). Usage profiles."""
    from app.carbon.profiles import MIN_PROFILE, usage_profiles

    result = _load(db, campaign_id, region)
    found = usage_profiles(result.households)
    click.echo(f"{found.k} profils (silhouette {found.silhouette:.2f}) :")
    for profile in found.shown():
        click.echo(profile.describe(lang))
    if found.hidden_households():
        click.echo(
            f"{found.hidden_households()} ménages dans des profils de moins de {MIN_PROFILE} "
            "ménages, non montrés"
        )


COMMANDS = (footprint, profiles)
