"""`quartier import-interviews`: interviews from KoboToolbox, ODK Central, another Quartier or
typed paper questionnaires join this laptop's store, all or nothing."""

from __future__ import annotations

from pathlib import Path

import click

from quartier.options import db_option, open_store

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("import-interviews")
@click.option("--form", "form_id", required=True, help="Formulaire des entretiens (son id).")
@click.option("--dry-run", is_flag=True, help="Vérifie seulement : rien n'est écrit.")
@click.argument("file", type=FILE)
@db_option
def import_interviews(form_id: str, dry_run: bool, file: Path, db: Path | None) -> None:
    """Importe des entretiens finalisés d'un fichier CSV ou XLSX. Imports finalized
    interviews.

    \b
    Sources : export de KoboToolbox (« XML values and headers ») ou d'ODK Central du même
    formulaire, `quartier export --values`, ou questionnaires papier saisis avec les mêmes
    colonnes (chemins de groupe « household/household_size » ou noms seuls).

    Chaque ligne suit les règles du formulaire (types, choix, obligatoires, contraintes,
    pertinence, consentement) ; une seule ligne refusée et rien n'est importé. Les
    identifiants de la source sont gardés (_uuid, meta/instanceID, _id) : importer deux fois
    le même fichier n'ajoute rien. Une ligne papier sans identifiant reçoit un identifiant
    tiré du formulaire et de ses réponses ; deux questionnaires identiques sont refusés :
    ajoutez une colonne _id avec leur numéro. Les répétitions ne sont pas importées.
    """
    from app.interview_import import import_interviews as run

    with open_store(db) as store:
        summary = run(store, form_id, file, dry_run=dry_run)
    if summary.dry_run:
        click.echo(
            f"Vérification : {summary.interviews} entretiens valides, {summary.imported} "
            f"seraient importés, {summary.already} déjà présents ; rien n'a été écrit."
        )
    else:
        click.echo(
            f"Importé : {summary.interviews} entretiens lus, {summary.imported} nouveaux, "
            f"{summary.already} déjà présents."
        )
    if summary.dropped_answers:
        click.echo(
            f"Réponses écartées (questions non pertinentes, ou personnelles sans "
            f"consentement) : {summary.dropped_answers}."
        )
    if summary.ignored_columns:
        click.echo(f"Colonnes ignorées : {', '.join(summary.ignored_columns)}.")
    if summary.other_sheets or summary.repeats:
        skipped = ", ".join(dict.fromkeys(summary.other_sheets + summary.repeats))
        click.echo(f"Non importé (feuilles et répétitions) : {skipped}.")
