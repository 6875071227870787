"""A coach who joins a neighbourhood later reads its earlier interviews' personal answers once
a coach who can open them shares them (issue 12): the data key sealed to the newcomer's key
travels as a "seal" change; the server adds it (never replaces a recipient, only keys of the
neighbourhood's coaches, only from a coach's laptop) and serves the interview again. Real
files, real libsodium, the server over HTTP."""

from __future__ import annotations

import uuid

from conftest import Hub
from nacl.public import PrivateKey
from nacl.pwhash import argon2id
from test_sealed_personal import ANSWERS, PASSPHRASE, PRIVATE

from app.store import Key, Store
from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from sync.client.device import login, synchronise
from sync.wire.sealing import LockedKey, SealingError, new_coach_key, open_answers, unlock

FAST = {"opslimit": argon2id.OPSLIMIT_MIN, "memlimit": argon2id.MEMLIMIT_MIN}


def coach_laptop(hub: Hub, name: str, account: str) -> tuple[Store, PrivateKey]:
    laptop = Store.open(hub.tmp / f"{name}.sqlite")  # the coach's own laptop: enrolled by login
    hub.opened.append(laptop)
    laptop.forms.ensure_builtin()
    locked = new_coach_key(PASSPHRASE, **FAST)
    laptop.settings.set(Key.COACH_SEAL_KEY, locked.to_text())
    login(laptop, hub.http(), account, "mot-de-passe-solide")
    synchronise(laptop, hub.http())  # publishes the key, takes the neighbourhood's keys
    return laptop, unlock(LockedKey.from_text(locked.to_text()), PASSPHRASE)


def test_a_coach_shares_earlier_interviews_with_a_coach_who_joined_later(hub: Hub) -> None:
    claire, claire_key = coach_laptop(hub, "claire", "claire")
    jo = hub.device("jo")
    synchronise(jo, hub.http())  # takes Claire's key: seals at finalize
    sid = finalized_offline_sealed(jo)
    synchronise(jo, hub.http())

    hub.store.create_account("karim", "mot-de-passe-solide", "coach", [hub.nid])
    karim, karim_key = coach_laptop(hub, "karim", "karim")
    received = karim.submissions.get(sid).answers
    try:
        open_answers(received, karim_key)
        raise AssertionError("sealed before Karim had a key: he cannot open it yet")
    except SealingError as error:
        assert error.key == "sealing.not_for_this_key"

    synchronise(claire, hub.http())  # Claire's laptop learns Karim's key
    assert karim.submissions.share_seals(karim_key) == 0  # he opens nothing to share
    assert claire.submissions.share_seals(claire_key) == 1
    assert claire.submissions.share_seals(claire_key) == 0  # shared once
    assert synchronise(claire, hub.http()).sent == 1
    synchronise(karim, hub.http())
    assert open_answers(karim.submissions.get(sid).answers, karim_key)["contact_name"] == PRIVATE[0]
    assert (
        open_answers(claire.submissions.get(sid).answers, claire_key)["contact_name"] == PRIVATE[0]
    )


def finalized_offline_sealed(store: Store) -> str:
    """An interview finalized on a laptop that knows the coach keys: sealed to them."""
    store.forms.ensure_builtin()
    version = load_builtin(INTERVIEW_FORM).version or ""
    draft = store.submissions.save_draft(INTERVIEW_FORM, version, {"consent": "yes"})
    final = store.submissions.finalize(draft.id, ANSWERS)
    assert "_sealed" in final.answers and "contact_name" not in final.answers
    return final.id


def test_the_server_takes_seal_shares_only_from_a_coach_and_only_for_coach_keys(
    hub: Hub,
) -> None:
    claire, _key = coach_laptop(hub, "claire", "claire")
    jo = hub.device("jo")
    synchronise(jo, hub.http())
    sid = finalized_offline_sealed(jo)
    synchronise(jo, hub.http())
    stranger = PrivateKey.generate().public_key.encode().hex()
    share = {"id": sid, "to": {stranger: "A" * 107 + "="}}

    def pushed(token: str, payload: dict[str, object]) -> str:
        change = {"change_id": str(uuid.uuid4()), "entity": "seal", "entity_id": payload["id"],
                  "payload": payload}  # fmt: skip
        answer = hub.http().post(
            "/api/v1/push", json={"changes": [change]}, headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 200, answer.text
        result = answer.json()["results"][0]
        return str(result["reason"] or result["status"])

    jo_token = jo.settings.get(Key.TOKEN)
    claire_token = claire.settings.get(Key.TOKEN)
    assert jo_token and claire_token
    assert pushed(jo_token, share) == "forbidden"  # a volunteer's laptop
    assert pushed(claire_token, share) == "not_a_coach_key"
    assert pushed(claire_token, {"id": "nope", "to": share["to"]}) == "not_found"
    kept = hub.store.submission(sid)
    assert kept is not None and stranger not in kept["answers"]["_sealed"]["to"]
