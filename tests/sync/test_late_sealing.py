"""Personal answers finalized before any coach key was known (issue 12): the laptop kept them
in clear. They must end as ciphertext everywhere: on the server when they arrive (if the
neighbourhood has coach keys) or when a coach publishes a key (for those it kept), and on the
laptop after the sync that brings the keys. Real files, real libsodium, the server over HTTP."""

from __future__ import annotations

from pathlib import Path

from conftest import Hub
from nacl.pwhash import argon2id
from sqlalchemy import text
from test_sealed_personal import ANSWERS, PASSPHRASE, PRIVATE, close, leaked

from app.store import Key, Store
from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from sync.client.device import login, synchronise
from sync.wire.sealing import LockedKey, new_coach_key, open_answers, unlock


def finalized_offline(store: Store) -> str:
    """An interview finalized on a laptop that knows no coach key: clear personal answers."""
    store.forms.ensure_builtin()
    form = load_builtin(INTERVIEW_FORM)
    draft = store.submissions.save_draft(INTERVIEW_FORM, form.version or "", {"consent": "yes"})
    final = store.submissions.finalize(draft.id, ANSWERS)
    assert final.answers["contact_name"] == PRIVATE[0]  # no key: nothing to seal to
    return final.id


def coach_with_key(hub: Hub) -> tuple[Store, str]:
    coach = hub.device("coach")
    coach.forms.ensure_builtin()  # as the window does at its start
    locked = new_coach_key(
        PASSPHRASE, opslimit=argon2id.OPSLIMIT_MIN, memlimit=argon2id.MEMLIMIT_MIN
    )
    coach.settings.set(Key.COACH_SEAL_KEY, locked.to_text())
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    return coach, locked.public_key


def server_file_after_checkpoint(hub: Hub) -> Path:
    with hub.store.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return hub.tmp / "server.sqlite"


def test_the_server_seals_what_arrives_in_clear_for_a_neighbourhood_with_coach_keys(
    hub: Hub,
) -> None:
    coach, public = coach_with_key(hub)
    synchronise(coach, hub.http())  # the server knows the coach's key from now on
    jo = hub.device("jo")  # enrolled, but finalizes before its first sync brings the key
    sid = finalized_offline(jo)
    summary = synchronise(jo, hub.http())
    assert summary.sent == 1 and summary.sealed_late == 1
    kept = hub.store.submission(sid)
    assert kept is not None and "contact_name" not in kept["answers"]
    assert list(kept["answers"]["_sealed"]["to"]) == [public]
    assert leaked(server_file_after_checkpoint(hub)) == []
    assert leaked(close(hub, jo)) == []  # its own copy and its outbox copy sealed too


def test_a_coach_key_published_later_seals_what_the_server_kept_in_clear(hub: Hub) -> None:
    jo = hub.device("jo")
    sid = finalized_offline(jo)
    assert synchronise(jo, hub.http()).sealed_late == 0  # no coach key anywhere yet
    assert hub.store.submission(sid)["answers"]["contact_name"] == PRIVATE[0]  # type: ignore[index]

    coach, _public = coach_with_key(hub)
    synchronise(coach, hub.http())  # publishes the key: the server seals what it kept
    assert "contact_name" not in hub.store.submission(sid)["answers"]  # type: ignore[index]
    assert leaked(server_file_after_checkpoint(hub)) == []

    assert synchronise(jo, hub.http()).sealed_late == 1  # the keys reach the laptop
    assert jo.submissions.get(sid).answers.keys() >= {"_sealed", "street"}
    assert leaked(close(hub, jo)) == []

    locked = coach.settings.get(Key.COACH_SEAL_KEY)
    assert locked is not None
    key = unlock(LockedKey.from_text(locked), PASSPHRASE)
    received = coach.submissions.get(sid).answers
    assert "contact_name" not in received
    assert open_answers(received, key)["contact_name"] == PRIVATE[0]  # the coach reads it
