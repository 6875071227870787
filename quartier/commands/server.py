"""The central server's commands: `quartier server run`, its administration
(`quartier server admin ...`) and an administrator's import of a bundle."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from app.paths import data_folder
from survey_forms.builtin import INTERVIEW_FORM, INVENTORY_FORM

SERVER_DB_ENV = "QUARTIER_SERVER_DB"
FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


def default_server_url() -> str:
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.sqlite'}"


def server_db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--db URL`: the server's database (SQLite file by default, or postgresql+psycopg://)."""
    return click.option(
        "--db",
        "url",
        envvar=SERVER_DB_ENV,
        default=None,
        help="Base du serveur : sqlite:///chemin ou postgresql+psycopg://… "
        "(défaut : server.sqlite dans le dossier de données).",
    )(func)


def config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--config FILE`: the server's TOML configuration (its `db` among others)."""
    return click.option(
        "--config",
        "config_file",
        type=FILE,
        help="Fichier TOML de configuration (voir packaging/server/quartier-server.toml).",
    )(func)


def configured_db(config_file: Path | None, url: str | None) -> str:
    """The database from --db, else QUARTIER_SERVER_DB, else the configuration file, else
    server.sqlite in the data folder."""
    from sync.server.config import ServerConfig

    return ServerConfig.load(config_file, db=url).db or default_server_url()


def open_server(url: str | None) -> Any:
    from sync.server.store import ServerStore

    return ServerStore.open(url or default_server_url())


@click.group()
def server() -> None:
    """Le serveur central de synchronisation. The central sync server."""


@server.command("run")
@config_option
@server_db_option
@click.option("--host", default=None, help="Adresse d'écoute (défaut 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (défaut 8080).")
@click.option(
    "--workers",
    default=None,
    type=click.IntRange(min=1),
    help="Processus serveurs (plus d'un : PostgreSQL). Worker processes.",
)
@click.option(
    "--trusted-proxy",
    "proxies",
    multiple=True,
    callback=lambda _ctx, _param, values: [_network(v) for v in values],
    help="Adresse ou réseau d'un proxy inverse dont l'en-tête X-Forwarded-For est cru "
    "(répétable ; aucun par défaut).",
)
def run_server(
    config_file: Path | None,
    url: str | None,
    host: str | None,
    port: int | None,
    workers: int | None,
    proxies: list[str],
) -> None:
    """Démarre le serveur (la base est migrée au démarrage). Starts the server.

    Réglages : le fichier --config, puis les variables QUARTIER_SERVER_* (DB, HOST, PORT,
    WORKERS, TRUSTED_PROXIES, METRICS, LOG_FORMAT, RETENTION_MONTHS), puis ces options."""
    from sync.server.config import ServerConfig
    from sync.server.serve import serve

    config = ServerConfig.load(
        config_file,
        db=url,
        host=host,
        port=port,
        workers=workers,
        trusted_proxies=tuple(proxies) or None,
    )
    if not config.db:
        config = replace(config, db=default_server_url())
    click.echo(f"Serveur Quartier sur http://{config.host}:{config.port}\n{config.shown()}")
    serve(config)


def _network(value: str) -> str:
    try:
        return str(ipaddress.ip_network(value, strict=False))
    except ValueError:
        raise click.BadParameter(
            f"« {value} » n'est pas une adresse IP ni un réseau (10.0.0.2, 10.0.0.0/24)."
        ) from None


@server.command("backup")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fichier de sauvegarde (SQLite : une copie de la base ; PostgreSQL : pg_dump -Fc).",
)
@config_option
@server_db_option
def backup_server(out: Path, config_file: Path | None, url: str | None) -> None:
    """Sauvegarde la base du serveur, même en marche. Backs up the server's database."""
    from sync.server.backup import backup

    done = backup(configured_db(config_file, url), out)
    click.echo(
        f"Sauvegarde : {done.file} ({done.size / 1e6:.1f} Mo, schéma {done.schema}, "
        f"flux jusqu'au n° {done.feed})."
    )


@server.command("restore")
@click.argument("file", type=FILE)
@click.option("--force", is_flag=True, help="Remplace une base qui n'est pas vide.")
@config_option
@server_db_option
def restore_server(file: Path, force: bool, config_file: Path | None, url: str | None) -> None:
    """Restaure une sauvegarde, serveur arrêté (migrée si elle est plus ancienne) ; les
    appareils renvoient ensuite ce qu'elle n'a pas. Restores a backup (server stopped)."""
    from sync.server.backup import restore

    done = restore(file, configured_db(config_file, url), force=force)
    migrated = (
        f", migrée du schéma {done.schema_in_backup}"
        if done.schema_in_backup != done.schema
        else ""
    )
    click.echo(
        f"Restauré : {file} (schéma {done.schema}{migrated}, flux jusqu'au n° {done.feed}). "
        f"Nouvelle époque {done.epoch} : à leur prochaine synchronisation, les appareils "
        "reprennent depuis la sauvegarde et renvoient ce qui manque."
    )


@server.command("retention")
@config_option
@server_db_option
@click.option(
    "--months",
    type=click.IntRange(min=0),
    default=None,
    help="Mois après la clôture d'une campagne (défaut : retention_months de la configuration).",
)
@click.option("--dry-run", is_flag=True, help="Compte sans rien effacer.")
def retention(config_file: Path | None, url: str | None, months: int | None, dry_run: bool) -> None:
    """Efface les réponses personnelles des campagnes clôturées depuis assez longtemps ; les
    appareils les effacent à leur prochaine synchronisation. Erases expired personal answers."""
    from sync.server.config import ServerConfig
    from sync.server.errors import ServerError

    config = ServerConfig.load(config_file, db=url, retention_months=months)
    if config.retention_months is None:
        raise ServerError("server.retention_unset")
    report = open_server(config.db or None).apply_retention(
        config.retention_months, dry_run=dry_run, actor="cli"
    )
    verb = "seraient effacées" if dry_run else "effacées"
    click.echo(
        f"Conservation ({config.retention_months} mois après la clôture) : "
        f"{report.answers} réponses personnelles {verb} dans {report.interviews} entretiens "
        f"de {report.campaigns} campagne(s)."
    )
    if report.unknown_form:
        click.echo(
            f"{report.unknown_form} entretiens d'un formulaire que le serveur n'a pas : "
            "laissés tels quels (publiez le formulaire avec « admin add-form »)."
        )


@server.command("import-bundle")
@click.argument("file", type=FILE)
@click.option(
    "--neighbourhood",
    "hood",
    default=None,
    help="Quartier où classer un paquet venu d'un ordinateur jamais inscrit.",
)
@server_db_option
def server_import_bundle(file: Path, hood: str | None, url: str | None) -> None:
    """Importe un paquet hors ligne dans la base du serveur. Imports an offline bundle."""
    from sync.server.bundle_import import import_bundle

    store = open_server(url)
    chosen = _hood_id(store, hood) if hood else None
    summary = import_bundle(store, file, actor="cli", neighbourhood_id=chosen)
    click.echo(
        f"Paquet : {summary.changes} modifications, {summary.attachments} fichiers joints — "
        f"{summary.accepted} nouvelles, {summary.duplicates} déjà reçues, "
        f"{summary.refused} refusées, {summary.conflicts} conflits."
    )


@server.group()
def admin() -> None:
    """Comptes, quartiers, codes d'inscription. Accounts, neighbourhoods, enrolment codes."""


def _password_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--password",
        prompt="Mot de passe",
        hide_input=True,
        help="Mot de passe (demandé si absent).",
    )(func)


@admin.command("create-admin")
@click.option("--name", required=True)
@_password_option
@server_db_option
def create_admin(name: str, password: str, url: str | None) -> None:
    """Crée un compte administrateur. Creates an admin account."""
    account = open_server(url).create_account(name, password, "admin")
    click.echo(f"Administrateur « {name} » créé ({account}).")


@admin.command("create-coach")
@click.option("--name", required=True)
@_password_option
@click.option("--neighbourhood", "hoods", multiple=True, help="Nom d'un quartier suivi.")
@server_db_option
def create_coach(name: str, password: str, hoods: tuple[str, ...], url: str | None) -> None:
    """Crée un compte de coach pour des quartiers. Creates a coach account."""
    store = open_server(url)
    account = store.create_account(name, password, "coach", [_hood_id(store, h) for h in hoods])
    click.echo(f"Coach « {name} » créé ({account}).")


@admin.command("add-neighbourhood")
@click.argument("name")
@server_db_option
def add_neighbourhood(name: str, url: str | None) -> None:
    """Ajoute un quartier. Adds a neighbourhood."""
    click.echo(open_server(url).add_neighbourhood(name, actor="cli"))


@admin.command("create-code")
@click.option("--neighbourhood", "hood", required=True, help="Nom du quartier.")
@click.option("--uses", type=int, default=1, show_default=True, help="0 : illimité.")
@click.option("--hours", type=int, default=72, show_default=True, help="Durée de validité.")
@click.option("--count", type=int, default=1, show_default=True, help="Nombre de codes.")
@click.option("--server-url", default="http://127.0.0.1:8080", show_default=True)
@click.option("--qr", type=click.Path(dir_okay=False, path_type=Path), help="Image PNG du QR.")
@click.option(
    "--cards",
    type=click.Path(dir_okay=False, path_type=Path),
    help="PDF de cartes à découper, une par code (QR et code). Printable enrolment cards.",
)
@server_db_option
def create_code(
    hood: str,
    uses: int,
    hours: int,
    count: int,
    server_url: str,
    qr: Path | None,
    cards: Path | None,
    url: str | None,
) -> None:
    """Crée des codes d'inscription pour les appareils d'un quartier. Creates enrolment codes.

    Un code n'est montré qu'une fois (le serveur n'en garde que l'empreinte) : imprimez les
    cartes maintenant avec --cards."""
    from sync.server.api import enrolment_link, qr_png

    store = open_server(url)
    codes = [
        store.create_enrolment_code(_hood_id(store, hood), None, uses or None, hours)
        for _ in range(max(count, 1))
    ]
    from app.printing.texts import long_date_time

    for code in codes:
        until = long_date_time(str(code.expires_at), "fr")
        click.echo(f"Code : {code.code} (valable jusqu'au {until}) — id {code.id}")
    if qr:
        qr.write_bytes(qr_png(enrolment_link(server_url, codes[0].code)))
        click.echo(f"QR code : {qr}")
    if cards:
        from app.printing.enrolment_cards import EnrolmentCard, write_enrolment_cards

        sheet = [
            EnrolmentCard(c.code, enrolment_link(server_url, c.code), c.expires_at) for c in codes
        ]
        pages = write_enrolment_cards(cards, sheet, hood)
        click.echo(f"Cartes d'inscription : {cards} ({len(sheet)} cartes, {pages} page(s))")


@admin.command("add-form")
@click.argument("file", type=FILE)
@server_db_option
def add_form(file: Path, url: str | None) -> None:
    """Publie un formulaire XLSForm pour les appareils. Publishes a form to devices."""
    from quartier.commands.forms import _fail
    from survey_forms import FormError, read_xlsform

    try:
        form = read_xlsform(file)
    except FormError as error:
        _fail(error)
        return
    open_server(url).put_form(form.form_id, form.version or "", form.to_dict())
    click.echo(f"Formulaire {form.form_id} (version {form.version or '—'}) publié.")


@admin.command("add-campaign")
@click.option("--neighbourhood", "hood", required=True, help="Nom du quartier.")
@click.option("--name", required=True, help="Nom de la campagne.")
@click.option("--start", required=True, type=click.DateTime(["%Y-%m-%d"]), help="AAAA-MM-JJ")
@click.option("--end", required=True, type=click.DateTime(["%Y-%m-%d"]), help="AAAA-MM-JJ")
@click.option("--target", type=click.IntRange(min=1), help="Nombre de ménages visés.")
@click.option(
    "--streets",
    "streets_file",
    type=FILE,
    help="CSV des rues du périmètre (une rue par ligne, première colonne).",
)
@click.option("--street", "streets", multiple=True, help="Une rue du périmètre (répétable).")
@click.option("--form", "forms", multiple=True, help="Formulaire utilisé (répétable).")
@server_db_option
def add_campaign(
    hood: str,
    name: str,
    start: Any,
    end: Any,
    target: int | None,
    streets_file: Path | None,
    streets: tuple[str, ...],
    forms: tuple[str, ...],
    url: str | None,
) -> None:
    """Crée une campagne d'enquête ; elle part vers les appareils du quartier à leur prochaine
    synchronisation. Creates a survey campaign; devices receive it at their next sync."""
    from pydantic import ValidationError

    from sync.client.campaigns import read_streets
    from sync.wire.protocol import CampaignRequest

    store = open_server(url)
    perimeter = [*streets, *(read_streets(streets_file) if streets_file else [])]
    try:
        request = CampaignRequest(
            neighbourhood_id=_hood_id(store, hood),
            name=name,
            starts_on=start.date(),
            ends_on=end.date(),
            target_households=target,
            streets=list(dict.fromkeys(perimeter)),
            forms=list(forms) or [INTERVIEW_FORM, INVENTORY_FORM],
        )
    except ValidationError as error:
        raise click.BadParameter(
            "la fin précède le début — het einde ligt vóór het begin — the end is before the start"
            if "ends_on" in str(error)
            else str(error)
        ) from error
    state = store.save_campaign(request, "cli")
    click.echo(
        f"Campagne « {state.name} » créée ({state.id}) : {state.starts_on} → {state.ends_on}, "
        f"{len(state.streets)} rue(s), formulaires {', '.join(state.forms)}."
    )


@admin.command("revoke-device")
@click.argument("device_id")
@server_db_option
def revoke_device(device_id: str, url: str | None) -> None:
    """Révoque un appareil (effet immédiat). Revokes a device at once."""
    open_server(url).revoke_device(device_id, "cli")
    click.echo(f"Appareil {device_id} révoqué.")


@admin.command("quarantine")
@server_db_option
def quarantine(url: str | None) -> None:
    """Entrées du flux mises de côté (hors des limites du protocole) : elles ne sont envoyées
    à personne et ne bloquent aucune synchronisation. Feed entries kept aside."""
    entries = open_server(url).quarantined()
    for entry in entries:
        d = entry["detail"]
        click.echo(
            f"{entry['at']} {entry['target']} : {d['entity']} {d['entity_id']} "
            f"(quartier {d['neighbourhood_id']}) — {d['reason']}"
        )
    click.echo(f"{len(entries)} entrée(s) en quarantaine.")


def _hood_id(store: Any, name: str) -> str:
    for hood in store.neighbourhoods():
        if name in (hood["name"], hood["id"]):
            return str(hood["id"])
    from sync.server.errors import ServerError

    raise ServerError("sync.unknown_neighbourhood", 404, name=name)
