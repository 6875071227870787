"""`quartier project conflicts` and `quartier project resolve`: a project's sheet changed in
the same field on two laptops is a conflict the server keeps open; the coach reads it and
keeps one value per field (`app.conflicts.resolve_project`), which leaves at the next sync
with the coach's session. Both hang on the `project` group (quartier.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from quartier.errors import CommandError
from quartier.options import db_option, open_store

#: The value a coach keeps, as the command's words say it: the one the server received first,
#: the one that came after it in conflict, or the one both changes started from.
SIDES = {"premiere": "current", "first": "current", "seconde": "incoming",
         "second": "incoming", "avant": "base", "before": "base"}  # fmt: skip


@click.command("conflicts")
@click.option("--neighbourhood", default=None, help="Quartier (nom ou identifiant).")
@db_option
def conflicts(neighbourhood: str | None, db: Path | None) -> None:
    """Les conflits ouverts des fiches projet : pour chaque champ, la valeur d'avant, la
    première reçue par le serveur et la seconde. Open conflicts of project sheets."""
    from app.actions.projects import neighbourhood_of
    from sync.wire.merge import open_conflicts

    count = 0
    with open_store(db, read_only=True) as store:
        for p in store.projects.all(neighbourhood_of(store, neighbourhood)):
            found = open_conflicts(p.data)
            if not found:
                continue
            click.echo(f"{p.id[:8]}  {p.title}")
            for c in found:
                click.echo(f"    {c.get('field')} : avant {_shown(c.get('base'))} · première "
                           f"{_shown(c.get('current'))} · seconde "
                           f"{_shown(c.get('incoming'))}")  # fmt: skip
                count += 1
    click.echo(f"{count} conflit(s) ouvert(s).")


@click.command("resolve")
@click.argument("ref")
@click.option("--keep", "keep", multiple=True, metavar="CHAMP=premiere|seconde|avant",
              help="Garde la valeur reçue la première, la seconde ou celle d'avant.")  # fmt: skip
@click.option("--value", "typed", multiple=True, metavar="CHAMP=TEXTE",
              help="Garde cette valeur-ci pour ce champ.")  # fmt: skip
@db_option
def resolve(ref: str, keep: tuple[str, ...], typed: tuple[str, ...], db: Path | None) -> None:
    """Résout les conflits d'une fiche projet ; la décision part à la prochaine
    synchronisation (session de coach). Resolves a project's conflicts."""
    from app.actions.projects import find_project
    from app.conflicts import resolve_project
    from sync.wire.merge import open_conflicts

    with open_store(db) as store:
        found = find_project(store, ref)
        by_field = {str(c.get("field")): c for c in open_conflicts(found.data)}
        values: dict[str, Any] = {}
        for field, side in (_pair(text) for text in keep):
            if side.casefold() not in SIDES:
                raise CommandError("cli.resolve_side", given=f"{field}={side}",
                                   known=", ".join(SIDES))  # fmt: skip
            conflict = by_field.get(field)
            values[field] = conflict.get(SIDES[side.casefold()]) if conflict else None
        values |= dict(_pair(text) for text in typed)
        resolved = resolve_project(store, found.id, values)
    fields = ", ".join(sorted(values))
    click.echo(f"Conflit(s) résolu(s) sur « {resolved.title} » : {fields}. La décision part "
               "à la prochaine synchronisation (session de coach requise).")  # fmt: skip


def _pair(text: str) -> tuple[str, str]:
    field, equals, value = text.partition("=")
    if not equals or not field.strip():
        raise CommandError("cli.resolve_pair", given=text)
    return field.strip(), value


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"« {text} »"
