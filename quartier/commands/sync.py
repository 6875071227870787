"""A device's side of sync: `quartier enrol`, `quartier login`, `quartier sync` and
`quartier bundle ...` (the server's commands are in `quartier.commands.server`)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from quartier.options import db_option, open_store

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


# -- a device's side ---------------------------------------------------------------------


@click.command()
@click.option("--server", "server_url", required=True, help="Adresse du serveur.")
@click.option("--code", required=True, help="Code d'inscription reçu du coach.")
@click.option("--name", default=os.uname().nodename, help="Nom de cet appareil.")
@click.option(
    "--volunteer",
    default=None,
    help="Nom du ou de la bénévole qui y travaille (les coachs voient qui a fait quoi).",
)
@db_option
def enrol(server_url: str, code: str, name: str, volunteer: str | None, db: Path | None) -> None:
    """Inscrit cet ordinateur auprès du serveur. Enrols this computer."""
    from app.first_start import choose_person
    from sync.client.device import connect
    from sync.client.device import enrol as enrol_device

    with open_store(db) as store, connect(server_url) as http:
        done = enrol_device(store, http, code, name)
        if volunteer:
            choose_person(store, volunteer)
    click.echo(
        f"Inscrit dans le quartier « {done.neighbourhood_name} » (appareil {done.device_id})."
    )


@click.command()
@click.option("--server", "server_url", required=True, help="Adresse du serveur.")
@click.option("--user", "name", required=True, help="Nom du compte de coach.")
@click.password_option(
    "--password",
    envvar="QUARTIER_PASSWORD",
    confirmation_prompt=False,
    prompt="Mot de passe",
    help="Demandé si absent (ou QUARTIER_PASSWORD).",
)
@click.option(
    "--neighbourhood",
    "hood",
    default=None,
    help="Identifiant du quartier (si vous en suivez plusieurs).",
)
@db_option
def login(server_url: str, name: str, password: str, hood: str | None, db: Path | None) -> None:
    """Ouvre la session d'un coach : les synchronisations suivantes reçoivent tout le quartier
    (entretiens compris) et envoient relectures et résolutions. Opens a coach's session."""
    from sync.client.device import connect
    from sync.client.device import login as open_session

    with open_store(db) as store, connect(server_url) as http:
        session = open_session(store, http, name, password, hood)
    click.echo(
        f"Session de coach ouverte pour « {name} » ({len(session.neighbourhood_ids)} quartier(s))."
    )


@click.command("sync")
@click.option(
    "--server", "server_url", default=None, help="Adresse (défaut : celle de l'inscription)."
)
@db_option
def sync_command(server_url: str | None, db: Path | None) -> None:
    """Envoie ce qui attend et reçoit les nouveautés. Sends what waits, receives what changed."""
    from app.store import Key
    from sync.client.device import SyncError, connect, synchronise

    with open_store(db) as store:
        url = server_url or store.settings.get(Key.SERVER)
        if not url:
            raise SyncError("sync.not_enrolled")
        with connect(url) as http, click.progressbar(length=1, label="Synchronisation") as bar:

            def progress(_phase: str, done: int, total: int) -> None:
                bar.length = max(total, 1)
                bar.update(done - bar.pos)

            summary = synchronise(store, http, progress)
    click.echo(
        f"Envoyées : {summary.sent} (déjà reçues : {summary.duplicates}), reçues : "
        f"{summary.received}, conflits : {summary.conflicts}, fusions : "
        f"{summary.parallel_updates}, refusées : {len(summary.refused)}."
    )
    if summary.shared_actions:
        click.echo(f"Actions partagées par d'autres quartiers reçues : {summary.shared_actions}.")
    if summary.waiting_kinds:
        from sync.client.kinds import waiting_text

        click.echo(waiting_text(summary.waiting_kinds))
    if summary.coach_session_expired:
        click.echo("La session de coach a expiré : reconnectez-vous avec « quartier login ».")


@click.group()
def bundle() -> None:
    """Paquets hors ligne (clé USB, e-mail). Offline bundles."""


@bundle.command("export")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@db_option
def bundle_export(out: Path, db: Path | None) -> None:
    """Écrit tout ce qui attend d'être envoyé dans un fichier. Exports pending changes."""
    from sync.client.bundles import export_bundle

    with open_store(db) as store:
        summary = export_bundle(store, out)
    click.echo(f"{summary.changes} modifications et {summary.attachments} fichiers → {out}")


@bundle.command("import")
@click.argument("file", type=FILE)
@db_option
def bundle_import(file: Path, db: Path | None) -> None:
    """Importe le paquet d'un bénévole sur cet ordinateur ; il part au serveur à la prochaine
    synchronisation. Takes a volunteer's bundle in; it goes to the server at the next sync."""
    from sync.client.bundles import import_bundle

    with open_store(db) as store:
        summary = import_bundle(store, file)
    click.echo(
        f"Paquet : {summary.changes} modifications, {summary.attachments} fichiers joints — "
        f"{summary.accepted} nouvelles, {summary.duplicates} déjà reçues ; elles partiront "
        "au serveur à la prochaine synchronisation."
    )


from quartier.commands.coach_key import coach_key  # noqa: E402

COMMANDS = (enrol, login, sync_command, bundle, coach_key)
