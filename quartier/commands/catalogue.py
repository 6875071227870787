"""`quartier actions catalogue` and `quartier actions copy`: the actions other neighbourhoods
share (issue 16's "benchmark large"), received at sync, and copying one as a project idea."""

from __future__ import annotations

from pathlib import Path

import click

from quartier.commands.projects import THEMES_GRID
from quartier.options import db_option, open_store


@click.group()
def actions() -> None:
    """Actions de transition partagées par les autres quartiers. Shared transition actions."""


@actions.command("catalogue")
@click.option("--theme", type=click.Choice(THEMES_GRID), default=None,
              help="Seulement les actions de ce thème.")  # fmt: skip
@db_option
def catalogue(theme: str | None, db: Path | None) -> None:
    """Les actions que d'autres quartiers partagent (reçues à la synchronisation).
    Actions other neighbourhoods share."""
    from app.actions.catalogue import browse

    with open_store(db, read_only=True) as store:
        found = browse(store, theme)
    for a in found:
        click.echo(f"{a.id[:8]}  {a.theme:<11} {a.stage:<15} {a.title:<40.40}  "
                   f"{a.organisation or '—'} ({a.neighbourhood})")  # fmt: skip
    click.echo(f"{len(found)} action(s) partagée(s).")


@actions.command("copy")
@click.argument("ref", metavar="ID")
@click.option("--neighbourhood", default=None, help="Quartier du projet (nom ou identifiant).")
@db_option
def copy(ref: str, neighbourhood: str | None, db: Path | None) -> None:
    """Copie une action partagée comme idée de projet du quartier, sa source nommée.
    Copies a shared action as a project idea."""
    from app.actions.catalogue import copy_as_project, find_shared
    from app.actions.projects import neighbourhood_of
    from app.store import Key

    with open_store(db) as store:
        action = find_shared(store, ref)
        nid, me = neighbourhood_of(store, neighbourhood), store.settings.get(Key.PERSON)
        made = copy_as_project(store, action, nid, me)
    source = ", ".join(p for p in (action.organisation, action.neighbourhood) if p)
    click.echo(f"Idée de projet {made.id[:8]} créée : « {made.title} » (source : {source}).")
