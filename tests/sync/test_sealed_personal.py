"""Personal answers sealed to the coach at finalize (issue 12): the volunteer's laptop and the
server keep only ciphertext; the coach's laptop opens them with its passphrase for an export
with --include-personal. Real files, real libsodium, the server in-process over HTTP.

Until the server publishes the coaches' keys, the volunteer's laptop is given the coach's
public key by hand (`quartier coach-key add`)."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from conftest import Hub

from app.store import Key, Store
from quartier.cli import cli
from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from sync.client.device import login, synchronise

PASSPHRASE = "les Marolles sous la pluie"
PRIVATE = ("Aïcha Benali", "+32 470 12 34 56", "aicha@example.org")
ANSWERS = {
    "consent": "yes",
    "street": "Rue Haute",
    "house_number": "152",
    "household_size": 3,
    "contact_name": PRIVATE[0],
    "contact_phone": PRIVATE[1],
    "contact_email": PRIVATE[2],
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def on_disk(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists()
    )


def leaked(path: Path) -> list[str]:
    raw = on_disk(path)
    return [text for text in PRIVATE if text.encode() in raw]


def close(hub: Hub, store: Store) -> Path:
    store.close()
    hub.opened.remove(store)
    return store.path


def export(db: Path, out: Path, *options: str) -> tuple[int, str, list[dict[str, str]]]:
    code, said = run("export", "--format", "csv", "--out", str(out), "--db", str(db), *options)
    rows = (
        list(csv.DictReader(out.open(encoding="utf-8-sig"), delimiter=";")) if out.exists() else []
    )
    return code, said, rows


def test_personal_answers_travel_sealed_and_open_on_the_coachs_laptop(hub: Hub) -> None:
    coach_db = hub.tmp / "coach.sqlite"
    code, said = run(
        "coach-key", "create", "--neighbourhood", hub.nid,
        "--passphrase", PASSPHRASE, "--db", str(coach_db),
    )  # fmt: skip
    assert code == 0, said
    public = said.split("Clé publique de coach : ")[1].split()[0]
    coach = hub.device("coach")
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    synchronise(coach, hub.http())  # publishes the coach's public key
    assert hub.store.coach_keys([hub.nid]) == {hub.nid: [public]}

    jo = hub.device("jo")
    synchronise(jo, hub.http())  # takes the neighbourhood's coach keys
    assert jo.settings.coach_keys(hub.nid) == [public]
    jo.forms.ensure_builtin()
    form = load_builtin(INTERVIEW_FORM)
    draft = jo.submissions.save_draft(INTERVIEW_FORM, form.version or "", {"consent": "yes"})
    for n in range(1, len(ANSWERS) + 1):  # saved as it is typed, as the window does
        typed = dict(list(ANSWERS.items())[:n]) | {"likes": "le marché " * 40 * n}
        jo.submissions.save_draft(INTERVIEW_FORM, form.version or "", typed, submission_id=draft.id)
    final = jo.submissions.finalize(draft.id, ANSWERS)
    assert final.answers["street"] == "Rue Haute" and "contact_name" not in final.answers
    assert "_sealed" in final.answers
    synchronise(jo, hub.http())
    assert leaked(close(hub, jo)) == []  # the draft's clear text is gone from the file
    assert leaked(hub.tmp / "server.sqlite") == []

    coach.forms.ensure_builtin()  # as the window does at its start
    synchronise(coach, hub.http())
    coach_path = close(hub, coach)
    assert leaked(coach_path) == []  # the coach's replica is sealed too, until opened

    code, said, rows = export(coach_path, hub.tmp / "plain.csv")
    assert code == 0, said
    assert len(rows) == 1 and not [c for c in rows[0] if c.endswith("contact_name")]
    assert not set(PRIVATE) & {v for row in rows for v in row.values()}

    code, said, rows = export(
        coach_path, hub.tmp / "wrong.csv", "--include-personal", "--passphrase", "pas la bonne"
    )
    assert code == 1 and "Phrase de passe incorrecte" in said and "Wrong passphrase" in said

    code, said, rows = export(
        coach_path, hub.tmp / "personal.csv", "--include-personal", "--passphrase", PASSPHRASE
    )
    assert code == 0, said
    assert set(PRIVATE) <= set(rows[0].values())
    assert rows[0]["address/street"] == "Rue Haute" and rows[0]["address/house_number"] == "152"


def test_without_the_coach_key_an_export_says_what_it_left_sealed(hub: Hub) -> None:
    jo_db = hub.tmp / "jo.sqlite"  # a coach's key given by hand, before the server has any
    code, said = run("coach-key", "add", "f" * 63, "--neighbourhood", hub.nid, "--db", str(jo_db))
    assert code == 2 and "not a public key" in said
    code, said = run("coach-key", "add", "AB" * 32, "--neighbourhood", hub.nid, "--db", str(jo_db))
    assert code == 0 and "1 clé(s)" in said, said
    jo = hub.device("jo")
    synchronise(jo, hub.http())  # the server publishes none: the key given by hand stays
    assert jo.settings.coach_keys(hub.nid) == ["ab" * 32]
    jo.forms.ensure_builtin()
    form = load_builtin(INTERVIEW_FORM)
    draft = jo.submissions.save_draft(INTERVIEW_FORM, form.version or "", ANSWERS)
    jo.submissions.finalize(draft.id)
    assert jo.settings.get(Key.COACH_SEAL_KEY) is None
    path = close(hub, jo)
    code, said, rows = export(path, hub.tmp / "out.csv", "--include-personal")
    assert code == 0, said
    assert "1 entretien(s) aux réponses personnelles scellées non ouvertes" in said
    assert rows[0]["address/street"] == "Rue Haute"
    assert not set(PRIVATE) & {v for row in rows for v in row.values()}


def test_a_laptop_receives_only_its_neighbourhoods_coach_keys(hub: Hub) -> None:
    other = hub.store.add_neighbourhood("Anneessens")
    hub.store.create_account("karim", "mot-de-passe-solide", "coach", [other])
    karim = hub.store.login("karim", "mot-de-passe-solide")
    assert karim
    for token, key in ((hub.coach_token, "aa" * 32), (karim, "bb" * 32)):
        answer = hub.http().put(
            "/api/v1/coach-key",
            json={"public_key": key},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert answer.status_code == 204, answer.text
    jo = hub.device("jo")
    synchronise(jo, hub.http())
    assert jo.settings.coach_keys(hub.nid) == ["aa" * 32]
    assert jo.settings.coach_keys(other) == []
    refused = hub.http().put(
        "/api/v1/coach-key",
        json={"public_key": "not hex"},
        headers={"Authorization": f"Bearer {hub.coach_token}"},
    )
    assert refused.status_code == 422
