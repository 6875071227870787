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
@click.option("--server", "server_url", default=None,
              help="Adresse d'un serveur : la grille de tous ses quartiers (compte "
              "d'administration), le nombre d'actions par case seulement.")  # fmt: skip
@click.option("--user", "name", default=None, help="Compte d'administration (avec --server).")
@click.option("--password", envvar="QUARTIER_PASSWORD", default=None,
              help="Demandé si absent (ou QUARTIER_PASSWORD).")  # fmt: skip
@db_option
def grid(out: Path, lang: Languages, theme: str, server_url: str | None, name: str | None,
         password: str | None, db: Path | None) -> None:  # fmt: skip
    """Grille de benchmark des actions de transition, par quartier et par thème : ceux de cet
    ordinateur, ou tous ceux d'un serveur (--server). Benchmark grid of transition actions."""
    suffix = out.suffix.lower()
    if suffix not in GRID_FORMATS:
        raise CommandError("cli.grid_format", path=out, known=", ".join(GRID_FORMATS))
    if server_url is not None:
        if not name:
            raise CommandError("cli.grid_server_user")
        from sync.client.admin_grid import fetch_grid
        from sync.client.device import connect

        secret = password or click.prompt("Mot de passe", hide_input=True)
        with connect(server_url) as http:
            found = fetch_grid(http, name, secret)
        click.echo("Grille du serveur : le nombre d'actions par case seulement (ni personnes "
                   "touchées, ni manques).")  # fmt: skip
    else:
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
@click.argument("ballots", type=IN, required=False)
@click.option("--round", "round_ref", default=None,
              help="Tour gardé sur cet ordinateur (au lieu des fichiers CSV).")  # fmt: skip
@click.option("--budget", "envelope", type=int, default=None, help="L'enveloppe, en euros.")
@click.option("--projects", "projects", type=IN, default=None,
              help="CSV des projets : colonnes id, title, cost.")  # fmt: skip
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF à écrire.")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
@db_option
def tally(ballots: Path | None, round_ref: str | None, envelope: int | None,
          projects: Path | None, out: Path, lang: Languages, db: Path | None) -> None:  # fmt: skip
    """Dépouille les bulletins avec le vote glouton et la méthode des parts égales, et imprime
    le résultat avec le détail de chaque étape : ceux d'un tour gardé sur cet ordinateur
    (--round), ou ceux d'un CSV (colonnes household, projects — les identifiants des projets
    approuvés, séparés par des espaces ; un bulletin par ménage) avec --budget et --projects.
    Tallies approval ballots with both rules."""
    from app.actions.budget import Election, election, equal_shares, greedy
    from app.printing.budget_tally import draw_tally

    vote: Election
    title = ""
    if round_ref is not None:
        if ballots is not None or envelope is not None or projects is not None:
            raise CommandError("cli.tally_round_or_files")
        from app.actions.budget_rounds import find_round
        from app.actions.budget_rounds import tally as round_tally

        with open_store(db, read_only=True) as store:
            found = find_round(store, round_ref)
            vote, tallies = round_tally(store, found.id)
        title = found.title
    else:
        if ballots is None or envelope is None or projects is None:
            raise CommandError("cli.tally_round_or_files")
        from app.actions.budget_files import read_ballots, read_projects

        vote = election(read_projects(projects), envelope, read_ballots(ballots))
        tallies = [greedy(vote), equal_shares(vote)]
    draw_tally(vote, tallies, out, lang, round_title=title)
    click.echo(f"{len(vote.ballots)} bulletins comptés ({len(vote.repeated)} encodés deux fois).")
    for result, name in zip(tallies, ("Vote glouton", "Parts égales"), strict=True):
        click.echo(f"{name} : {', '.join(result.selected) or 'aucun'} ({result.spent} €)")
    click.echo(f"Dépouillement écrit : {out}")


@budget.command("open")
@click.option("--title", required=True, help="Le nom du tour (ex. « Budget participatif 2027 »).")
@click.option("--envelope", type=int, required=True, help="L'enveloppe, en euros.")
@click.option("--neighbourhood", default=None, help="Quartier (nom ou identifiant).")
@db_option
def open_round(title: str, envelope: int, neighbourhood: str | None, db: Path | None) -> None:
    """Ouvre un tour de budget participatif. Opens a participatory budget round."""
    from app.actions.projects import neighbourhood_of

    with open_store(db) as store:
        made = store.budget_rounds.open(neighbourhood_of(store, neighbourhood), title, envelope)
    click.echo(f"Tour {made.id} ouvert : « {made.title} », enveloppe {made.envelope} €.")


@budget.command()
@click.argument("round_ref", metavar="ROUND")
@click.argument("project_ref", metavar="PROJECT")
@click.option("--cost", type=int, default=None,
              help="Le coût demandé (défaut : le total du budget de la fiche projet).")  # fmt: skip
@db_option
def propose(round_ref: str, project_ref: str, cost: int | None, db: Path | None) -> None:
    """Propose un projet au vote (après les contrôles d'éligibilité). Proposes a project."""
    from app.actions.budget_rounds import find_round
    from app.actions.budget_rounds import propose as propose_project

    with open_store(db) as store:
        made = propose_project(store, find_round(store, round_ref).id, project_ref, cost)
    click.echo(f"{made.code} : {made.title} ({made.cost} €)")


@budget.command()
@click.argument("round_ref", metavar="ROUND")
@click.argument("household")
@click.argument("codes", nargs=-1)
@db_option
def vote(round_ref: str, household: str, codes: tuple[str, ...], db: Path | None) -> None:
    """Encode le bulletin d'un ménage : son numéro, puis les projets qu'il approuve (P1 P3...).
    Un bulletin par ménage ; le même bulletin encodé deux fois compte une fois.
    Records one household's approval ballot."""
    from app.actions.budget_rounds import find_round
    from app.store.budget_rounds import REPEATED

    with open_store(db) as store:
        said = store.budget_rounds.record_ballot(find_round(store, round_ref).id, household,
                                                 list(codes))  # fmt: skip
    if said == REPEATED:
        click.echo(f"Bulletin du ménage {household} déjà encodé, identique : il compte une fois.")
    else:
        click.echo(f"Bulletin du ménage {household} : {' '.join(codes) or 'aucun projet'}.")


@budget.command()
@click.argument("round_ref", metavar="ROUND")
@click.option("--count", type=click.IntRange(1, 2000), required=True,
              help="Nombre de bulletins (un par ménage attendu).")  # fmt: skip
@click.option("--first", type=click.IntRange(1, 99999), default=1, show_default=True,
              help="Numéro du premier bulletin.")  # fmt: skip
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF (A4, 4 par page).")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
@db_option
def ballots(round_ref: str, count: int, first: int, out: Path, lang: Languages,
            db: Path | None) -> None:  # fmt: skip
    """Imprime des bulletins numérotés avec leur QR code, quatre par page A4 à découper ; le
    numéro d'un bulletin est le numéro du ménage au dépouillement. Numbered paper ballots."""
    from app.actions.budget_rounds import find_round
    from app.printing.ballots import draw_ballots

    with open_store(db, read_only=True) as store:
        found = find_round(store, round_ref)
        proposals = store.budget_rounds.proposals(found.id)
    pages = draw_ballots(found, proposals, count, out, lang, first=first)
    click.echo(f"{count} bulletins numérotés {first:03d} à {first + count - 1:03d}, "
               f"{pages} page(s) A4 : {out}")  # fmt: skip


@budget.command()
@click.argument("round_ref", metavar="ROUND")
@click.argument("household")
@db_option
def withdraw(round_ref: str, household: str, db: Path | None) -> None:
    """Retire le bulletin d'un ménage (pour encoder ensuite celui qui vaut)."""
    from app.actions.budget_rounds import find_round

    with open_store(db) as store:
        gone = store.budget_rounds.withdraw(find_round(store, round_ref).id, household)
    click.echo(f"{gone} bulletin(s) du ménage {household} retiré(s).")


@budget.command()
@click.argument("round_ref", metavar="ROUND")
@db_option
def close(round_ref: str, db: Path | None) -> None:
    """Clôture le tour : plus aucun bulletin. Closes the round."""
    from app.actions.budget_rounds import find_round

    with open_store(db) as store:
        closed = store.budget_rounds.close(find_round(store, round_ref).id)
        count = len(store.budget_rounds.ballots(closed.id))
    click.echo(f"Tour « {closed.title} » clôturé : {count} bulletin(s) encodé(s).")


@budget.command("show")
@click.argument("round_ref", metavar="ROUND", required=False)
@db_option
def show_round(round_ref: str | None, db: Path | None) -> None:
    """Les tours (sans argument), ou un tour : ses projets et le nombre de bulletins."""
    from app.actions.budget_rounds import find_round

    with open_store(db, read_only=True) as store:
        if round_ref is None:
            for r in store.budget_rounds.all():
                state = "clôturé" if r.closed_at else "ouvert"
                click.echo(f"{r.id[:8]}  {r.title}  {r.envelope} €  {state}")
            return
        found = find_round(store, round_ref)
        click.echo(f"Tour {found.id} : « {found.title} », enveloppe {found.envelope} €, "
                   f"{'clôturé' if found.closed_at else 'ouvert'}")  # fmt: skip
        for p in store.budget_rounds.proposals(found.id):
            click.echo(f"  {p.code} : {p.title} ({p.cost} €)")
        ballots = store.budget_rounds.ballots(found.id)
        households = len({b.household for b in ballots})
        click.echo(f"  {len(ballots)} bulletin(s) encodé(s), {households} ménage(s).")
