"""`quartier coach-key ...`: a coach's sealing key, and the coaches' keys a laptop seals
personal answers to (issue 12). A coach's laptop publishes its key at its next sync with a
session (`quartier login`), and every laptop takes its neighbourhood's keys at each sync;
`coach-key add` gives a laptop a key by hand (a laptop that never syncs, or before the coach
has synced)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from quartier.options import db_option, open_store

if TYPE_CHECKING:
    from nacl.public import PrivateKey

    from app.store import Store

PASSPHRASE_ENV = "QUARTIER_COACH_PASSPHRASE"
#: The passphrase that unlocks this laptop's coach key for a command that reads the sealed
#: personal answers (an export with them, or printing, to check its quotes against them).
PASSPHRASE = click.option(
    "--passphrase",
    envvar=PASSPHRASE_ENV,
    default=None,
    help="Phrase de passe de la clé de coach : ouvre les réponses personnelles scellées.",
)


@click.group("coach-key")
def coach_key() -> None:
    """Clé de coach : scelle les réponses personnelles. Coach key: seals personal answers."""


@coach_key.command("create")
@click.option(
    "--neighbourhood",
    "hood",
    default=None,
    help="Quartier dont ce coach ouvrira les réponses personnelles (nom ou id ; défaut : "
    "celui de cet ordinateur).",
)
@click.password_option(
    "--passphrase",
    envvar=PASSPHRASE_ENV,
    prompt="Phrase de passe (12 caractères au moins)",
    help="Protège la clé privée ; sans elle, rien ne s'ouvre.",
)
@db_option
def create(hood: str | None, passphrase: str, db: Path | None) -> None:
    """Crée la clé de coach de cet ordinateur (une fois). Makes this laptop's coach key."""
    from app.store import Key
    from sync.wire.sealing import LockedKey, new_coach_key

    with open_store(db) as store:
        hood = _neighbourhood(store, hood)
        kept = store.settings.get(Key.COACH_SEAL_KEY)
        if kept is not None:
            raise click.ClickException(
                f"Cet ordinateur a déjà une clé de coach : {LockedKey.from_text(kept).public_key}"
            )
        locked = new_coach_key(passphrase)
        store.settings.set(Key.COACH_SEAL_KEY, locked.to_text())
        store.settings.add_coach_keys(hood, [locked.public_key])
    click.echo(f"Clé publique de coach : {locked.public_key}")
    click.echo(
        "Elle part vers le serveur à la prochaine synchronisation avec votre session "
        "(quartier login) ; hors ligne : quartier coach-key add CLÉ sur chaque ordinateur."
    )


@coach_key.command("add")
@click.argument("public_key")
@click.option("--neighbourhood", "hood", default=None,
              help="Quartier (nom ou id ; défaut : celui de cet ordinateur).")  # fmt: skip
@db_option
def add(public_key: str, hood: str | None, db: Path | None) -> None:
    """Scelle désormais les réponses personnelles de ce quartier pour ce coach aussi."""
    with open_store(db) as store:
        hood = _neighbourhood(store, hood)
        try:
            known = store.settings.add_coach_keys(hood, [public_key.strip().lower()])
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="PUBLIC_KEY") from error
    click.echo(f"{len(known)} clé(s) de coach pour ce quartier.")


def _neighbourhood(store: Store, ref: str | None) -> str:
    """The neighbourhood named (its name, else taken as its id: a laptop may be given a key
    before its first sync brings the neighbourhood), or this laptop's."""
    from app.actions.projects import neighbourhood_of

    if ref is None:
        return neighbourhood_of(store)
    wanted = ref.strip().casefold()
    named = [h["id"] for h in store.directory.neighbourhoods() if h["name"].casefold() == wanted]
    return str(named[0]) if len(named) == 1 else ref.strip()


def unlocked_key(store: Store, passphrase: str | None) -> PrivateKey | None:
    """This laptop's coach key, unlocked with the passphrase (asked when not given); None on
    a laptop that has none."""
    from app.store import Key
    from sync.wire.sealing import LockedKey, unlock

    kept = store.settings.get(Key.COACH_SEAL_KEY)
    if kept is None:
        return None
    if passphrase is None:
        passphrase = click.prompt("Phrase de passe de la clé de coach", hide_input=True)
    return unlock(LockedKey.from_text(kept), str(passphrase))
