"""`quartier project`: transition projects' sheets (issue 16), written from the diagnosis,
versioned and synced like inventory items, and printed on A4."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from app.printing.texts import Languages
from app.printing.theme import DEFAULT_THEME, THEMES
from quartier.commands.printing import LANG, OUT, _languages
from quartier.options import db_option, open_store

if TYPE_CHECKING:
    from app.actions.projects import Diagnosis
    from app.records import ProjectRecord
    from app.store import Store

#: app.actions.themes' grid themes and stages, named here so that `quartier --help` does not
#: wait for the forms (a test keeps them equal).
THEMES_GRID = ("habiter", "circuler", "se_nourrir", "proteger", "cultiver", "travailler",
               "consommer")  # fmt: skip
STAGES = ("idee", "en_preparation", "en_cours", "terminee")
PHOTO = click.Path(exists=True, dir_okay=False, path_type=Path)


def _sheet_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """What a sheet says: each option given sets its field (a list option given replaces the
    whole list)."""
    options = [
        click.option("--title", default=None, help="Titre du projet."),
        click.option("--stage", type=click.Choice(STAGES), default=None,
                     help="Étape : idée, en préparation, en cours, terminée."),
        click.option("--goal", default=None, help="Quoi : ce que le projet fera."),
        click.option("--how", default=None, help="Comment."),
        click.option("--why", default=None, help="Pourquoi, avec les mots du groupe."),
        click.option("--who", default=None,
                     help="Qui : le groupe et ses partenaires (pas de données d'habitants)."),
        click.option("--where", default=None, help="Où."),
        click.option("--milestone", "milestones", multiple=True,
                     help="Quand : AAAA-MM-JJ:ce qui se passe (répétable)."),
        click.option("--budget-line", "budget", multiple=True,
                     help="Combien : libellé:montant en euros (répétable)."),
        click.option("--reach", default=None, help="Personnes que le projet veut toucher."),
        click.option("--need", "needs", multiple=True,
                     help="Besoin du diagnostic auquel il répond, ex. needs/trees (répétable)."),
        click.option("--item", "items", multiple=True,
                     help="Fiche de l'état des lieux liée, son identifiant (répétable)."),
        click.option("--lever", "levers", multiple=True,
                     help="Levier du diagnostic carbone, ex. car, meat (répétable)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def _fields(given: dict[str, Any]) -> dict[str, Any]:
    """The sheet fields set by the options given (None and empty tuples: not given)."""
    fields: dict[str, Any] = {}
    for name in ("title", "stage", "goal", "how", "why", "who", "where", "reach"):
        if given.get(name) is not None:
            fields[name] = given[name]
    if given.get("milestones"):
        fields["milestones"] = [_pair(text, "date", "what") for text in given["milestones"]]
    if given.get("budget"):
        fields["budget"] = [_pair(text, "label", "amount", last=True) for text in given["budget"]]
    for name in ("needs", "items", "levers"):
        if given.get(name):
            fields[name] = list(given[name])
    return fields


def _pair(text: str, first: str, second: str, *, last: bool = False) -> dict[str, str]:
    """'2027-05-15:Plantation' or 'Bacs et terre:1200' -> two fields (a budget line splits at
    its last colon, so that its label may hold one)."""
    head, colon, tail = text.rpartition(":") if last else text.partition(":")
    if not colon:
        head, tail = (text, "") if not last else ("", text)
    return {first: head.strip(), second: tail.strip()}


@click.group()
def project() -> None:
    """Fiches projet : du diagnostic aux projets. Transition projects."""


@project.command("add")
@click.option("--theme", type=click.Choice(THEMES_GRID), default=None,
              help="Thème de la grille (ou --from-gap).")  # fmt: skip
@click.option("--from-gap", "gap", type=click.Choice(THEMES_GRID), default=None,
              help="Fait du manque de ce thème (des besoins, aucune action) une idée de projet "
              "liée aux besoins, fiches et leviers du diagnostic.")  # fmt: skip
@click.option("--neighbourhood", default=None, help="Quartier (nom ou identifiant).")
@click.option("--campaign", default=None, help="Campagne du diagnostic (défaut : l'actuelle).")
@_sheet_options
@db_option
def add(theme: str | None, gap: str | None, neighbourhood: str | None, campaign: str | None,
        db: Path | None, **given: Any) -> None:  # fmt: skip
    """Nouvelle fiche projet. A new project sheet."""
    from app.actions.projects import from_gap, neighbourhood_of, save_project
    from quartier.errors import CommandError

    if (theme is None) == (gap is None):
        raise CommandError("cli.project_theme_or_gap")
    with open_store(db) as store:
        nid = neighbourhood_of(store, neighbourhood)
        if gap is not None:
            sheet = from_gap(store, nid, gap, campaign_id=campaign)
        else:
            sheet = {"theme": theme}
        sheet |= _fields(given)
        made = save_project(store, nid, sheet, author_id=_me(store))
        _show(store, made, campaign)


@project.command("edit")
@click.argument("ref")
@click.option("--theme", type=click.Choice(THEMES_GRID), default=None, help="Thème de la grille.")
@_sheet_options
@db_option
def edit(ref: str, theme: str | None, db: Path | None, **given: Any) -> None:
    """Change une fiche projet (une nouvelle version). Edit a project sheet."""
    from app.actions.projects import find_project, save_project

    with open_store(db) as store:
        found = find_project(store, ref)
        fields = _fields(given) | ({"theme": theme} if theme else {})
        changed = save_project(store, found.neighbourhood_id, found.data | fields,
                               project=found, author_id=_me(store))  # fmt: skip
        _show(store, changed, None)


@project.command("report")
@click.argument("ref")
@click.option("--done", default=None, help="Ce qui a été fait.")
@click.option("--changed", default=None, help="Ce qui a changé dans le quartier.")
@click.option("--lessons", default=None, help="Difficultés et apprentissages.")
@click.option("--next", "next_steps", default=None, help="Et la suite.")
@click.option("--reached", default=None, help="Personnes réellement touchées.")
@click.option("--expense", "expenses", multiple=True,
              help="Dépense : poste du budget:montant[:numéro de la pièce] (répétable ; un "
              "poste hors budget est noté tel quel).")  # fmt: skip
@click.option("--photo", "photos", multiple=True, type=PHOTO,
              help="Photo JPEG ou PNG ajoutée au rapport (répétable).")  # fmt: skip
@click.option("--caption", "captions", multiple=True,
              help="Légende de la photo de même rang (répétable).")  # fmt: skip
@db_option
def report(ref: str, done: str | None, changed: str | None, lessons: str | None,
           next_steps: str | None, reached: str | None, expenses: tuple[str, ...],
           photos: tuple[Path, ...], captions: tuple[str, ...],
           db: Path | None) -> None:  # fmt: skip
    """Le rapport de fin de projet : ce qui a été fait, les personnes touchées, les dépenses
    par poste du budget, des photos (une nouvelle version de la fiche). The end-of-project
    report."""
    from app.actions.project_photos import add_photos
    from app.actions.projects import find_project, save_project

    with open_store(db) as store:
        found = find_project(store, ref)
        written = dict(found.data.get("report", {}))
        for name, value in (("done", done), ("changed", changed), ("lessons", lessons),
                            ("next", next_steps), ("reached", reached)):  # fmt: skip
            if value is not None:
                written[name] = value
        if expenses:
            written["expenses"] = [_expense(text) for text in expenses]
        if photos:
            added = add_photos(store, list(photos), list(captions))
            kept = {p["sha256"] for p in written.get("photos", [])}
            written["photos"] = [*written.get("photos", []),
                                 *(p for p in added if p["sha256"] not in kept)]  # fmt: skip
            click.echo("Photos ajoutées : les personnes qu'on y reconnaît doivent avoir accepté "
                       "leur publication. / Foto's toegevoegd: wie erop herkenbaar is, moet "
                       "met de publicatie ingestemd hebben.")  # fmt: skip
        changed_sheet = save_project(store, found.neighbourhood_id,
                                     found.data | {"report": written}, project=found,
                                     author_id=_me(store))  # fmt: skip
        _show(store, changed_sheet, None)


def _expense(text: str) -> dict[str, Any]:
    """'Six arbres:1750,50:F-014' or 'Outils:180' -> line, cents, receipt (the amount is the
    last part that reads as one; a receipt number follows it)."""
    from app.actions.projects import cents_of
    from app.errors import InvalidOperation

    parts = text.split(":")
    for amount_at in (len(parts) - 1, len(parts) - 2):
        if amount_at < 1:
            continue
        try:
            cents = cents_of(parts[amount_at])
        except InvalidOperation:
            continue
        receipt = ":".join(parts[amount_at + 1 :])
        return {"line": ":".join(parts[:amount_at]).strip(), "cents": cents,
                "receipt": receipt.strip()}  # fmt: skip
    raise InvalidOperation("project.bad_expense", expense=text)


@project.command("delete")
@click.argument("ref")
@db_option
def delete(ref: str, db: Path | None) -> None:
    """Supprime une fiche projet (la suppression se synchronise). Delete a project sheet."""
    from app.actions.projects import find_project

    with open_store(db) as store:
        found = find_project(store, ref)
        store.projects.save(found.neighbourhood_id, found.data, project_id=found.id,
                            base_version=found.version, author_id=_me(store),
                            deleted=True)  # fmt: skip
        click.echo(f"Projet supprimé : {found.title} ({found.id[:8]})")


@project.command("list")
@click.option("--neighbourhood", default=None, help="Quartier (nom ou identifiant).")
@db_option
def list_projects(neighbourhood: str | None, db: Path | None) -> None:
    """Les fiches projet du quartier. The neighbourhood's projects."""
    from app.actions.projects import budget_total, neighbourhood_of

    with open_store(db, read_only=True) as store:
        nid = neighbourhood_of(store, neighbourhood)
        projects = store.projects.all(nid)
        for p in projects:
            total = budget_total(p.data)
            click.echo(f"{p.id[:8]}  {p.title:<40.40}  {p.theme:<11} {p.stage:<15} "
                       f"{total:>8} €  v{p.version}")  # fmt: skip
        click.echo(f"{len(projects)} projet(s).")


@project.command("show")
@click.argument("ref")
@click.option("--campaign", default=None, help="Campagne du diagnostic (défaut : l'actuelle).")
@db_option
def show(ref: str, campaign: str | None, db: Path | None) -> None:
    """Une fiche projet, ce que le diagnostic en dit, et son historique."""
    from app.actions.projects import find_project

    with open_store(db, read_only=True) as store:
        _show(store, find_project(store, ref), campaign, history=True)


@project.command("print")
@click.argument("ref")
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF (A4) à écrire.")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
@click.option("--theme", type=click.Choice(list(THEMES)), default=DEFAULT_THEME,
              show_default=True, help="Thème de couleurs.")  # fmt: skip
@click.option("--campaign", default=None, help="Campagne du diagnostic (défaut : l'actuelle).")
@db_option
def print_sheet(ref: str, out: Path, lang: Languages, theme: str, campaign: str | None,
                db: Path | None) -> None:  # fmt: skip
    """Imprime la fiche projet (A4). Prints the project sheet."""
    from app.actions.projects import diagnosis_of, find_project
    from app.printing.project_sheet import draw_project_sheet

    with open_store(db, read_only=True) as store:
        found = find_project(store, ref)
        diagnosis = diagnosis_of(store, found.neighbourhood_id, campaign)
    pages = draw_project_sheet(found, diagnosis, out, lang, theme)
    click.echo(f"Fiche projet « {found.title} », {pages} page(s) A4 : {out}")


def _me(store: Store) -> str | None:
    from app.store import Key

    return store.settings.get(Key.PERSON)


def _show(store: Store, p: ProjectRecord, campaign: str | None, history: bool = False) -> None:
    from app.actions.projects import budget_total, diagnosis_of
    from app.actions.themes import stage_labels, theme_labels

    diagnosis = diagnosis_of(store, p.neighbourhood_id, campaign)
    sheet = p.data
    click.echo(f"Projet {p.id} (version {p.version}{', supprimé' if p.deleted else ''})")
    click.echo(f"  Titre : {p.title}")
    click.echo(f"  Thème : {theme_labels()[p.theme]['fr']} ; étape : "
               f"{stage_labels()[p.stage]['fr']}")  # fmt: skip
    labels = (("goal", "Quoi"), ("how", "Comment"), ("why", "Pourquoi"), ("who", "Qui"),
              ("where", "Où"), ("reach", "Personnes visées"))  # fmt: skip
    for name, label in labels:
        if name in sheet:
            click.echo(f"  {label} : {sheet[name]}")
    for m in sheet.get("milestones", []):
        click.echo(f"  Quand : {m['date']} — {m['what']}")
    for line in sheet.get("budget", []):
        click.echo(f"  Combien : {line['label']} — {line['amount']} €")
    if sheet.get("budget"):
        click.echo(f"  Total : {budget_total(sheet)} €")
    for line in _evidence(diagnosis, sheet):
        click.echo(f"  Diagnostic : {line}")
    written = sheet.get("report", {})
    parts = (("done", "Fait"), ("reached", "Personnes touchées"), ("changed", "Changé"),
             ("lessons", "Appris"), ("next", "Suite"))  # fmt: skip
    for name, label in parts:
        if name in written:
            click.echo(f"  Rapport, {label.lower()} : {written[name]}")
    for e in written.get("expenses", []):
        amount = f"{e['cents'] // 100},{e['cents'] % 100:02d} €"
        click.echo(f"  Dépense : {e['line'] or 'hors budget'} — {amount} {e['receipt']}".rstrip())
    if history:
        for change in store.projects.history(p.id):
            who = change.author_name or "serveur"
            fields = ", ".join(change.changed_fields) or "état du serveur"
            click.echo(f"  v{change.version} {change.created_at[:16]} {who} : {fields}")


def _evidence(diagnosis: Diagnosis, sheet: dict[str, Any]) -> list[str]:
    from app.analysis import MIN_HOUSEHOLDS

    lines = []
    for key in sheet.get("needs", []):
        figure = diagnosis.need(key)
        if figure is None:
            lines.append(f"{key} (besoin inconnu de ce diagnostic)")
        elif 0 < figure.share.count < MIN_HOUSEHOLDS:
            lines.append(f"{figure.label['fr']} : moins de {MIN_HOUSEHOLDS} ménages")
        else:
            lines.append(f"{figure.label['fr']} : {figure.share.count} des {figure.share.n} "
                         "ménages interrogés")  # fmt: skip
    for item_id in sheet.get("items", []):
        item = diagnosis.item(item_id)
        lines.append(f"fiche « {item.name} » ({item.kind})" if item else f"fiche {item_id} ?")
    for lever in sheet.get("levers", []):
        lines.append(f"levier carbone « {lever} »")
    return lines


@click.command()
@click.argument("ref", metavar="PROJECT", required=False)
@click.option("--project", "project_ref", default=None, help="Le projet (ou en argument).")
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF (A4) à écrire.")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
@click.option("--theme", type=click.Choice(list(THEMES)), default=DEFAULT_THEME,
              show_default=True, help="Thème de couleurs.")  # fmt: skip
@click.option("--campaign", default=None, help="Campagne du diagnostic (défaut : l'actuelle).")
@click.option("--final", is_flag=True,
              help="Le rapport de fin de projet (écrit avec quartier project report).")  # fmt: skip
@db_option
def dossier(ref: str | None, project_ref: str | None, out: Path, lang: Languages, theme: str,
            campaign: str | None, final: bool, db: Path | None) -> None:  # fmt: skip
    """Le dossier de demande de subside d'un projet : la fiche, le diagnostic qui le justifie,
    le budget (et le vote du budget participatif), le rapport narratif et financier à
    compléter. The subsidy request of a project."""
    from app.actions.dossier import dossier_of
    from app.actions.projects import find_project
    from app.printing.dossier import draw_dossier
    from quartier.errors import CommandError

    if (ref is None) == (project_ref is None):
        raise CommandError("cli.dossier_project")
    with open_store(db, read_only=True) as store:
        found = find_project(store, ref or project_ref or "")
        gathered = dossier_of(store, found, campaign)
    pages = draw_dossier(gathered, out, lang, theme, final=final)
    what = "Rapport de fin de projet" if final else "Demande de subside"
    click.echo(f"{what} « {found.title} », {pages} pages A4 : {out}")
