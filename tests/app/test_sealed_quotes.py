"""Printing with personal answers sealed to the coaches (issue 12): a quote that names a
resident is kept out of posters and reports by checking it against the personal answers, so
a coach's unlocked key, given to the findings, opens them for that check (they are never
printed); without it no quote can be checked and none is printed. Real libsodium, with its
lightest Argon2id work."""

from __future__ import annotations

from pathlib import Path

from nacl.pwhash import argon2id
from pypdf import PdfReader

from app.demo import build_demo
from app.printing.findings import Quote, gather
from app.printing.poster import PosterOptions, poster_findings
from app.printing.report import report_findings
from app.printing.texts import Languages
from app.store import Key, Store
from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from sync.wire.sealing import LockedKey, new_coach_key, unlock

PASSPHRASE = "les Marolles sous la pluie"
NAME = "Aïcha Benali"
QUOTE = f"La gentillesse de {NAME}, ma voisine"


def sealed_store(tmp_path: Path) -> tuple[Store, LockedKey]:
    path = tmp_path / "demo.sqlite"
    build_demo(path, households=20)
    store = Store.open(path)
    locked = new_coach_key(
        PASSPHRASE, opslimit=argon2id.OPSLIMIT_MIN, memlimit=argon2id.MEMLIMIT_MIN
    )
    store.settings.set(Key.COACH_SEAL_KEY, locked.to_text())
    campaign = store.settings.get(Key.CAMPAIGN)
    hood = next(c for c in store.directory.campaigns() if c["id"] == campaign)["neighbourhood_id"]
    store.settings.add_coach_keys(hood, [locked.public_key])
    version = load_builtin(INTERVIEW_FORM).version or ""
    for _ in range(3):  # said by several households: the most shared quote
        draft = store.submissions.save_draft(
            INTERVIEW_FORM, version, {"consent": "yes"}, campaign_id=campaign
        )
        answers = {"consent": "yes", "street": "Rue Haute", "likes": QUOTE, "contact_name": NAME}
        final = store.submissions.finalize(draft.id, answers)
        assert "contact_name" not in final.answers and "_sealed" in final.answers
    return store, locked


def quoted(findings_quotes: dict[str, list[Quote]]) -> set[str]:
    return {q.text for quotes in findings_quotes.values() for q in quotes}


def test_the_coach_key_keeps_out_quotes_naming_a_sealed_personal_answer(tmp_path: Path) -> None:
    store, locked = sealed_store(tmp_path)
    try:
        key = unlock(locked, PASSPHRASE)
        # without the key the names are unknown: no quote can be checked, none is printed
        assert gather(store, Languages()).quotes == {}
        assert poster_findings(store, PosterOptions(), None).quotes == {}
        opened = quoted(gather(store, Languages(), coach_key=key).quotes)
        assert QUOTE not in opened and opened  # the others are checked and printed
        poster = poster_findings(store, PosterOptions(), None, coach_key=key)
        assert QUOTE not in quoted(poster.quotes)
        report = report_findings(store, Languages(), None, None, coach_key=key)
        assert QUOTE not in quoted(report.quotes)
        assert NAME not in str(report.quotes)
    finally:
        store.close()


def test_the_print_commands_say_when_quotes_were_left_out_and_open_them_with_the_passphrase(
    tmp_path: Path,
) -> None:
    from click.testing import CliRunner

    from quartier.cli import cli

    store, _locked = sealed_store(tmp_path)
    db = str(store.path)
    store.close()
    runner = CliRunner()
    locked = runner.invoke(cli, ["poster", "--out", str(tmp_path / "a.pdf"), "--db", db])
    assert locked.exit_code == 0, locked.output
    assert "Sans citations : 3 entretien(s)" in locked.output
    poster_text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(tmp_path / "a.pdf").pages
    )
    assert "Les paroles d'habitants viendront quand un coach aura vérifié" in poster_text
    assert "Pas encore de réponse" not in poster_text
    opened = runner.invoke(
        cli, ["report", "--out", str(tmp_path / "r.pdf"), "--db", db, "--passphrase", PASSPHRASE]
    )
    assert opened.exit_code == 0, opened.output
    assert "Rapport de" in opened.output and "Sans citations" not in opened.output
    wrong = runner.invoke(
        cli, ["report", "--out", str(tmp_path / "w.pdf"), "--db", db, "--passphrase", "non"]
    )
    assert wrong.exit_code == 1 and "Phrase de passe incorrecte" in wrong.output


def test_a_coach_key_is_made_for_the_neighbourhood_named_or_this_laptops(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quartier.cli import cli

    path = tmp_path / "demo.sqlite"
    build_demo(path, households=5)
    runner = CliRunner()
    made = runner.invoke(cli, ["coach-key", "create", "--neighbourhood", "marolles",
                               "--passphrase", PASSPHRASE, "--db", str(path)])  # fmt: skip
    assert made.exit_code == 0, made.output
    public = made.output.split("Clé publique de coach : ")[1].split()[0]
    with Store.open(path) as store:
        hood = store.settings.get(Key.NEIGHBOURHOOD)
        assert hood is not None and store.settings.coach_keys(hood) == [public]
    added = runner.invoke(cli, ["coach-key", "add", "cd" * 32, "--db", str(path)])
    assert added.exit_code == 0 and "2 clé(s)" in added.output, added.output
