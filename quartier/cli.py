"""`quartier`: with no command it opens the desktop window; commands for everything else.

Heavy imports (Qt, pandas, the server) happen inside the commands that need them, so
`quartier --help` is instant and the non-desktop commands work where Qt is not installed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from app.paths import default_db_path
from quartier.errors import CommandError
from quartier.options import db_option, open_store
from sync.wire.errors import QuartierError


class QuartierGroup(click.Group):
    """Shows a QuartierError as its message in French, Dutch and English, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuartierError as error:
            click.echo(error.trilingual(), err=True)
            ctx.exit(1)


@click.group(cls=QuartierGroup, invoke_without_command=True)
@db_option
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """Quartier — enquêtes de quartier hors ligne (offline neighbourhood surveys).

    Sans commande : ouvre la fenêtre. Without a command: opens the window."""
    if ctx.invoked_subcommand is None:
        open_window(db or default_db_path())


def open_window(db: Path) -> None:
    try:
        from ui.application import run
    except ImportError as error:
        raise CommandError("cli.no_desktop", reason=str(error)) from error
    sys.exit(run(db))


@cli.command()
@click.option("--households", default=300, show_default=True, help="Nombre d'entretiens.")
@click.option("--seed", default=1, show_default=True, help="Graine : même graine, mêmes données.")
@click.option("--replace", is_flag=True, help="Remplace le fichier s'il existe déjà.")
@click.option("--open", "open_after", is_flag=True, help="Ouvre la fenêtre ensuite.")
@click.option("--second-diagnosis", "second", is_flag=True,
              help="Ajoute le second diagnostic un an plus tard (campagne en cours).")  # fmt: skip
@click.option("--neighbour", is_flag=True,
              help="Ajoute le quartier voisin (Anneessens) et ses actions de transition : la "
              "grille de benchmark compare deux quartiers.")  # fmt: skip
@db_option
def demo(
    households: int,
    seed: int,
    replace: bool,
    open_after: bool,
    second: bool,
    neighbour: bool,
    db: Path | None,
) -> None:
    """Crée un quartier de démonstration (Bruxelles, Marolles). Builds a demo neighbourhood."""
    from app.demo import DEFAULT_DEMO_PATH, SECOND_CAMPAIGN, build_demo

    path = db or DEFAULT_DEMO_PATH()
    summary = build_demo(
        path,
        households=households,
        seed=seed,
        replace=replace or db is None,
        second_diagnosis=second,
        neighbour=neighbour,
    )
    click.echo(
        f"Quartier de démonstration « {summary.neighbourhood} » : {summary.interviews} "
        f"entretiens, {summary.inventory} fiches d'inventaire, {summary.volunteers} "
        f"bénévoles, en {summary.seconds:.1f} s → {path}"
    )
    if second:
        click.echo(
            f"Second diagnostic un an plus tard : « {SECOND_CAMPAIGN} », {summary.interviews} "
            "entretiens (campagne en cours)"
        )
    if open_after:
        open_window(path)


@cli.command()
@db_option
def info(db: Path | None) -> None:
    """Ce que contient le fichier de données. What the data file holds."""
    from app.records import DRAFT, FINALIZED, SubmissionQuery
    from survey_forms.builtin import ACTION_FORM, INTERVIEW_FORM

    with open_store(db, read_only=True) as store:
        click.echo(f"Fichier : {store.path}")
        for n in store.directory.neighbourhoods():
            click.echo(f"Quartier : {n['name']} ({n['postcode']} {n['commune']})")
        for query, label in (
            (SubmissionQuery(status=FINALIZED, form_id=INTERVIEW_FORM), "Entretiens finalisés"),
            (SubmissionQuery(status=FINALIZED, form_id=ACTION_FORM), "Actions de transition"),
            (SubmissionQuery(status=DRAFT), "Brouillons"),
        ):
            click.echo(f"{label} : {store.submissions.count(query)}")
        click.echo(f"Fiches d'inventaire : {len(store.inventory.items(limit=10**6))}")
        click.echo(f"Modifications à synchroniser : {len(store.outbox.pending(limit=10**6))}")


from quartier.commands.forms import form  # noqa: E402 - the groups hang on the root above

cli.add_command(form)

from quartier.commands.printing import poster, report  # noqa: E402

cli.add_command(poster)
cli.add_command(report)

from quartier.commands.actions import budget, grid  # noqa: E402

cli.add_command(grid)
cli.add_command(budget)

from quartier.commands.catalogue import actions  # noqa: E402
from quartier.commands.project_conflicts import conflicts, resolve  # noqa: E402
from quartier.commands.projects import dossier, project  # noqa: E402

project.add_command(conflicts)
project.add_command(resolve)
cli.add_command(project)
cli.add_command(dossier)
cli.add_command(actions)

from quartier.commands.export import export  # noqa: E402

cli.add_command(export)

from quartier.commands.footprint import COMMANDS as FOOTPRINT_COMMANDS  # noqa: E402

for command in FOOTPRINT_COMMANDS:
    cli.add_command(command)

from quartier.commands.import_interviews import import_interviews  # noqa: E402

cli.add_command(import_interviews)

from quartier.commands.server import server  # noqa: E402
from quartier.commands.sync import COMMANDS as SYNC_COMMANDS  # noqa: E402

cli.add_command(server)
for command in SYNC_COMMANDS:
    cli.add_command(command)


def main() -> None:
    cli(prog_name="quartier")
