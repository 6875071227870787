"""`quartier export`: a campaign's merged interviews and inventory as CSV, XLSX or GeoJSON."""

from __future__ import annotations

from pathlib import Path

import click

from quartier.commands.coach_key import PASSPHRASE
from quartier.options import db_option, open_store
from survey_forms.builtin import INTERVIEW_FORM

#: What app.exports writes (a test keeps the two lists equal); named here so that
#: `quartier --help` does not wait for pandas.
FORMATS = ("csv", "xlsx", "geojson")


@click.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(FORMATS), help="Format.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--campaign", "campaign_id", default=None, help="Campagne (défaut : l'actuelle).")
@click.option("--form", "form_id", default=INTERVIEW_FORM, show_default=True)
@click.option(
    "--include-personal",
    is_flag=True,
    help="Inclut les données personnelles (noms, téléphones...) ; l'export est consigné.",
)
@click.option("--lang", type=click.Choice(["fr", "nl", "en"]), default="fr", show_default=True)
@click.option("--values", "raw_values", is_flag=True, help="Codes des choix au lieu des libellés.")
@click.option(
    "--labelled-headers", is_flag=True, help="En-têtes : libellés des questions au lieu des noms."
)
@click.option("--street", default=None, help="Seulement les entretiens de cette rue.")
@click.option("--volunteer", default=None, help="Seulement les entretiens de ce bénévole (nom).")
@PASSPHRASE
@db_option
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    out: Path,
    campaign_id: str | None,
    form_id: str,
    include_personal: bool,
    lang: str,
    raw_values: bool,
    labelled_headers: bool,
    street: str | None,
    volunteer: str | None,
    passphrase: str | None,
    db: Path | None,
) -> None:
    """Exporte les entretiens fusionnés et l'inventaire. Exports the merged data.

    Sans --include-personal, les données personnelles sont laissées de côté. Fonctionne
    pendant que la fenêtre est ouverte (lecture seule)."""
    from app import exports
    from app.dataset import load_dataset
    from app.errors import RecordNotFound
    from app.store import Key
    from quartier.commands.coach_key import unlocked_key

    with open_store(db, read_only=True) as store:
        if campaign_id and campaign_id not in {c["id"] for c in store.directory.campaigns()}:
            raise RecordNotFound("campaign.unknown", id=campaign_id)
        campaign_id = campaign_id or store.settings.get(Key.CAMPAIGN)
        coach_key = unlocked_key(store, passphrase) if include_personal else None
        dataset = load_dataset(
            store,
            form_id=form_id,
            campaign_id=campaign_id,
            lang=None if raw_values else lang,
            coach_key=coach_key,
        ).filtered(street=street, volunteer=volunteer)
        result = exports.export(
            dataset,
            fmt,
            out,
            db_path=store.path,
            include_personal=include_personal,
            labelled_headers=labelled_headers,
        )
    click.echo(f"Exporté : {result.rows} entretiens → {', '.join(map(str, result.paths))}")
    if include_personal and dataset.sealed_unopened:
        click.echo(
            f"{dataset.sealed_unopened} entretien(s) aux réponses personnelles scellées "
            "non ouvertes (pas de clé de coach sur cet ordinateur, ou scellées pour un autre "
            "coach) : leurs colonnes personnelles sont vides.",
            err=True,
        )
    if result.personal_columns:
        click.echo(
            f"Données personnelles incluses ({', '.join(result.personal_columns)}) ; "
            f"export consigné dans {result.audit_path}",
            err=True,
        )
