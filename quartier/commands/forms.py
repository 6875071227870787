"""`quartier form ...`: check, import and export XLSForms (for coaches' automation)."""

from __future__ import annotations

from pathlib import Path

import click

from quartier.options import open_store
from survey_forms import Form, FormError, Group, Repeat
from survey_forms.dependencies import form_errors

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


def summary(form: Form) -> str:
    """A few lines that say what is in a form."""
    questions = list(form.questions())
    groups = [e for e in form.elements() if isinstance(e, Group) and not isinstance(e, Repeat)]
    repeats = [e for e in form.elements() if isinstance(e, Repeat)]
    personal = [q.name + ("" if q.personal else " (déduite)") for q in questions if q.is_personal]
    lines = [
        f"Formulaire {form.form_id} (version {form.version or '—'}) : {form.text(form.title)}",
        f"  questions : {len(questions)}",
        f"  langues : {', '.join(form.languages)} (par défaut : {form.default_language})",
        f"  groupes : {len(groups)}"
        + (f" ({', '.join(g.name for g in groups)})" if groups else ""),
        f"  répétitions : {len(repeats)}"
        + (f" ({', '.join(r.name for r in repeats)})" if repeats else ""),
        f"  données personnelles : {', '.join(personal) if personal else 'aucune'}",
        f"  fichiers externes : {_files(form)}",
    ]
    lines += [f"  avertissement : {w}" for w in form.warnings]
    return "\n".join(lines)


def _files(form: Form) -> str:
    """The files the form reads (pulldata, search, select from file, images...), each said
    present or absent."""
    from survey_forms.media import needed_files

    names = needed_files(form)
    return ", ".join(n + ("" if n in form.media else " (absent)") for n in names) or "aucun"


def _read(path: Path) -> Form:
    """Read and fully check a form; every error found is raised together."""
    from survey_forms.xlsform_reader import read_xlsform  # pyxform: only when a file is read

    form = read_xlsform(path, check=False)
    errors = form_errors(form)
    if errors:
        raise FormError.collect(errors)
    return form


def _fail(error: FormError) -> None:
    count = len(error.errors)
    click.echo(f"{count} erreur(s) :" if count > 1 else "Erreur :", err=True)
    for each in error.errors:
        click.echo(f"  {each}", err=True)
        if each.key:  # pyxform's refusals and file errors are also said in Dutch and English
            for lang in ("nl", "en"):
                click.echo(f"    {lang} : {each.text(lang)}", err=True)
    raise SystemExit(1)


@click.group("form")
def form() -> None:
    """Formulaires XLSForm : vérifier, importer, exporter. XLSForm forms."""


@form.command()
@click.argument("file", type=FILE)
def check(file: Path) -> None:
    """Vérifie un XLSForm et le résume, ou liste chaque erreur avec sa place."""
    try:
        click.echo(summary(_read(file)))
    except FormError as error:
        _fail(error)


@form.command("import")
@click.argument("file", type=FILE)
@click.pass_context
def import_(ctx: click.Context, file: Path) -> None:
    """Vérifie puis importe un XLSForm dans les données locales."""
    try:
        parsed = _read(file)
    except FormError as error:
        _fail(error)
        return
    with open_store() as store:
        store.forms.add(parsed, file.read_bytes())
    click.echo(f"Importé : {parsed.form_id} version {parsed.version or '—'}")


@form.command()
@click.argument("form_id")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--version", "version", default=None, help="Version (défaut : la dernière).")
@click.pass_context
def export(ctx: click.Context, form_id: str, out: Path, version: str | None) -> None:
    """Écrit un formulaire importé en XLSForm (.xlsx)."""
    with open_store() as store:
        found = store.forms.get(form_id, version)
    from survey_forms.xlsform_writer import write_xlsform

    write_xlsform(found, out)
    click.echo(f"Exporté : {found.form_id} version {found.version or '—'} → {out}")
