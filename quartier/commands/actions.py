"""`quartier grid` and `quartier budget tally`: the transition actions' benchmark grid and the
participatory budget's tally."""

from __future__ import annotations

from pathlib import Path

import click

from app.printing.texts import Languages
from app.printing.theme import DEFAULT_THEME, THEMES
from quartier.commands.printing import LANG, OUT, _languages
from quartier.errors import CommandError
from quartier.options import db_option, open_store

GRID_FORMATS = (".xlsx", ".pdf")
IN = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command()
@click.option("--out", "out", required=True, type=OUT, help="Fichier .xlsx ou .pdf (A3 paysage).")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
@click.option("--theme", type=click.Choice(list(THEMES)), default=DEFAULT_THEME,
              show_default=True, help="Thème de couleurs du PDF.")  # fmt: skip
@db_option
def grid(out: Path, lang: Languages, theme: str, db: Path | None) -> None:
    """Grille de benchmark des actions de transition, par quartier et par thème.
    Benchmark grid of transition actions."""
    suffix = out.suffix.lower()
    if suffix not in GRID_FORMATS:
        raise CommandError("cli.grid_format", path=out, known=", ".join(GRID_FORMATS))
    from app.actions.grid import build_grid

    with open_store(db, read_only=True) as store:
        found = build_grid(store)
    if suffix == ".pdf":
        from app.printing.benchmark import draw_grid

        pages = draw_grid(found, out, lang, theme)
        click.echo(f"Grille de {len(found.rows)} quartier(s), {pages} page(s) A3 : {out}")
    else:
        from app.actions.grid_sheet import write_grid_xlsx

        write_grid_xlsx(found, out, lang)
        click.echo(f"Grille de {len(found.rows)} quartier(s) : {out}")


@click.group()
def budget() -> None:
    """Budget participatif : dépouillement du vote. Participatory budget."""


@budget.command()
@click.argument("ballots", type=IN)
@click.option("--budget", "envelope", type=int, required=True, help="L'enveloppe, en euros.")
@click.option("--projects", "projects", type=IN, required=True,
              help="CSV des projets : colonnes id, title, cost.")  # fmt: skip
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF à écrire.")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
def tally(ballots: Path, envelope: int, projects: Path, out: Path, lang: Languages) -> None:
    """Dépouille les bulletins (CSV : colonnes household, projects — les identifiants des
    projets approuvés, séparés par des espaces ; un bulletin par ménage) avec le vote glouton
    et la méthode des parts égales, et imprime le résultat avec le détail de chaque étape.
    Tallies approval ballots with both rules."""
    from app.actions.budget import election, equal_shares, greedy
    from app.actions.budget_files import read_ballots, read_projects
    from app.printing.budget_tally import draw_tally

    vote = election(read_projects(projects), envelope, read_ballots(ballots))
    tallies = [greedy(vote), equal_shares(vote)]
    draw_tally(vote, tallies, out, lang)
    click.echo(f"{len(vote.ballots)} bulletins comptés ({len(vote.repeated)} encodés deux fois).")
    for result, name in zip(tallies, ("Vote glouton", "Parts égales"), strict=True):
        click.echo(f"{name} : {', '.join(result.selected) or 'aucun'} ({result.spent} €)")
    click.echo(f"Dépouillement écrit : {out}")
