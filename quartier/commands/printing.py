"""`quartier poster` and `quartier report`: the PDFs a pilot group prints."""

from __future__ import annotations

from pathlib import Path

import click

from app.printing.texts import LANGUAGE_CHOICES, Languages
from app.printing.theme import DEFAULT_THEME, THEMES
from quartier.commands.coach_key import PASSPHRASE, unlocked_key
from quartier.options import db_option, open_store

OUT = click.Path(dir_okay=False, writable=True, path_type=Path)
#: app.printing.poster.POSTER_KINDS, named here so that `quartier --help` does not wait for
#: ReportLab and pandas (a test keeps the two equal).
POSTER_KINDS = ("findings", "footprint")
TEXT_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
IMAGE = click.Path(exists=True, dir_okay=False, path_type=Path)
LANG = click.Choice(LANGUAGE_CHOICES)


def _languages(_ctx: click.Context, _param: click.Parameter, choice: str) -> Languages:
    """--lang read once, here: the printing code takes the parsed value."""
    return Languages.parse(choice)


@click.command()
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF à écrire.")
@click.option("--size", type=click.Choice(["A3", "A2", "A4"]), default="A3", show_default=True,
              help="A3 ou A2 (affiche), A4 (flyer).")  # fmt: skip
@click.option("--kind", type=click.Choice(POSTER_KINDS), default="findings", show_default=True,
              help="findings : ce que le quartier a dit ; footprint : « Notre empreinte », "
              "l'empreinte carbone des usages.")  # fmt: skip
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux côte à côte.")  # fmt: skip
@click.option(
    "--campaign", "campaign", default=None, help="Campagne (défaut : la campagne en cours)."
)
@click.option("--theme", type=click.Choice(list(THEMES)), default=DEFAULT_THEME,
              show_default=True, help="Thème de couleurs.")  # fmt: skip
@click.option("--bleed", is_flag=True, help="Fond perdu de 3 mm et traits de coupe (imprimeur).")
@click.option("--qr", "qr", default="", help="Adresse web du QR code (rejoindre le groupe).")
@click.option("--invitation", default="", help="Texte de l'invitation.")
@click.option("--when", "when", default="", help="Date et heure de la rencontre.")
@click.option("--where", "where", default="", help="Lieu de la rencontre.")
@click.option("--logo", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Logo du groupe (PNG ou JPEG).")  # fmt: skip
@PASSPHRASE
@db_option
@click.pass_context
def poster(
    ctx: click.Context,
    out: Path,
    size: str,
    kind: str,
    lang: Languages,
    campaign: str | None,
    theme: str,
    bleed: bool,
    qr: str,
    invitation: str,
    when: str,
    where: str,
    logo: Path | None,
    passphrase: str | None,
    db: Path | None,
) -> None:
    """Affiche A3/A2 ou flyer A4 : ce que le quartier a trouvé, ou notre empreinte. Poster."""
    from app.printing.poster import Invitation, PosterOptions, build_poster

    options = PosterOptions(
        size=size,
        kind=kind,
        languages=lang,
        theme=theme,
        bleed=bleed,
        qr_url=qr,
        invitation=Invitation(when=when, where=where, text=invitation),
        logo=logo,
    )
    with open_store(db) as store:
        key = unlocked_key(store, passphrase) if passphrase is not None else None
        findings = build_poster(store, out, options, campaign_id=campaign, coach_key=key)
    click.echo(f"Affiche {size} écrite : {out}")
    _say_sealed(findings.dataset.sealed_unopened)


@click.command()
@click.option("--out", "out", required=True, type=OUT, help="Fichier PDF à écrire.")
@click.option("--lang", "lang", type=LANG, default="fr", show_default=True, callback=_languages,
              help="Français, néerlandais, ou les deux.")  # fmt: skip
@click.option(
    "--campaign", "campaign", default=None, help="Campagne (défaut : la campagne en cours)."
)
@click.option("--compare", "compare", default=None,
              help="Campagne à comparer (défaut : la campagne précédente du quartier, s'il y en a "
              "une).")  # fmt: skip
@click.option("--theme", type=click.Choice(list(THEMES)), default=DEFAULT_THEME,
              show_default=True, help="Thème de couleurs.")  # fmt: skip
@click.option("--recommendations", type=TEXT_FILE, default=None,
              help="Fichier texte : recommandations et prochaines étapes (gardées sur la "
              "campagne). Recommendations and next steps.")  # fmt: skip
@click.option(
    "--thanks",
    type=TEXT_FILE,
    default=None,
    help="Fichier texte : remerciements (gardés sur la campagne). Acknowledgements.",
)
@click.option(
    "--contact",
    default=None,
    help="Contact du groupe (gardé sur la campagne ; \"\" l'efface). The group's contact.",
)
@click.option("--logo", type=IMAGE, default=None, help="Logo du groupe, en couverture.")
@click.option(
    "--partner-logo",
    "partner_logos",
    type=IMAGE,
    multiple=True,
    help="Logo d'un partenaire ou financeur, avec les remerciements (répétable).",
)
@PASSPHRASE
@db_option
@click.pass_context
def report(
    ctx: click.Context,
    out: Path,
    lang: Languages,
    campaign: str | None,
    compare: str | None,
    theme: str,
    recommendations: Path | None,
    thanks: Path | None,
    contact: str | None,
    logo: Path | None,
    partner_logos: tuple[Path, ...],
    passphrase: str | None,
    db: Path | None,
) -> None:
    """Rapport du diagnostic (PDF de plusieurs pages). The diagnosis report.

    Les recommandations, les remerciements et le contact sont gardés sur la campagne : les
    rapports suivants les reprennent. Texts given are kept on the campaign for later prints."""
    from app.printing.findings import chosen_campaign
    from app.printing.report import ReportOptions, build_report

    texts = {
        name: value
        for name, value in (
            ("recommendations", _read_text(recommendations)),
            ("thanks", _read_text(thanks)),
            ("contact", contact),
        )
        if value is not None
    }
    options = ReportOptions(
        languages=lang, theme=theme, logo=logo, partner_logos=tuple(partner_logos)
    )
    with open_store(db) as store:
        if texts:
            chosen = chosen_campaign(store, campaign)
            store.directory.set_report_texts(chosen["id"], **texts)
            campaign = chosen["id"]
        key = unlocked_key(store, passphrase) if passphrase is not None else None
        pages, findings = build_report(
            store, out, options, campaign_id=campaign, compare_with=compare, coach_key=key
        )
    click.echo(f"Rapport de {pages} pages écrit : {out}")
    _say_sealed(findings.dataset.sealed_unopened)


def _say_sealed(unopened: int) -> None:
    if unopened:
        click.echo(
            f"Sans citations : {unopened} entretien(s) gardent leurs données personnelles "
            "scellées ; une citation pourrait nommer l'un de ces habitants. --passphrase : "
            "les ouvrir avec la clé de coach de cet ordinateur pour vérifier les citations."
        )


def _read_text(path: Path | None) -> str | None:
    """A text file a coach wrote (UTF-8, or Windows-1252 as Notepad may save it)."""
    if path is None:
        return None
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")
