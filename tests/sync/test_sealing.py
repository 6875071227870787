"""Personal answers sealed to the coaches' keys (issue 12): the cryptography and the split of
the answers (the way through laptops and server is in test_sealed_personal.py). Real
libsodium, real Argon2id."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from nacl.pwhash import argon2id

from survey_forms.builtin import INTERVIEW_FORM, load_builtin
from survey_forms.personal import (
    SEALED,
    merge_personal,
    personal_keys,
    split_personal,
    without_answers,
)
from sync.wire.sealing import (
    LockedKey,
    SealingError,
    new_coach_key,
    open_answers,
    seal_answers,
    unlock,
    without_sealed,
)

#: Argon2id at its lightest for the tests; the laptop uses libsodium's "moderate" work.
FAST = {"opslimit": argon2id.OPSLIMIT_MIN, "memlimit": argon2id.MEMLIMIT_MIN}
PASS_A, PASS_B = "la tour du Midi penche", "le canal en hiver gèle"
KEYS = personal_keys(load_builtin(INTERVIEW_FORM))
ANSWERS: dict[str, Any] = {
    "street": "Rue Haute",
    "house_number": "152",
    "household_size": 3,
    "contact_name": "Aïcha Benali",
    "contact_phone": "+32 470 12 34 56",
    "contact_email": "aicha@example.org",
    "members": [  # a repeat: personal answers inside its instances come back to their place
        {"age": 41, "contact_name": "Aïcha"},
        {"age": 9},
        {"age": 12, "contact_name": "Sami"},
    ],
}


@pytest.fixture(scope="module")
def coaches() -> tuple[LockedKey, LockedKey]:
    return new_coach_key(PASS_A, **FAST), new_coach_key(PASS_B, **FAST)


def test_the_built_in_interview_has_personal_questions() -> None:
    assert {"contact_name", "contact_phone", "contact_email"} <= KEYS


def test_split_and_merge_give_the_answers_back_at_any_depth() -> None:
    kept, personal = split_personal(ANSWERS, KEYS)
    assert kept["members"] == [{"age": 41}, {"age": 9}, {"age": 12}]
    assert "contact_name" not in kept and kept["street"] == "Rue Haute"
    assert personal["members"] == [{"contact_name": "Aïcha"}, {}, {"contact_name": "Sami"}]
    assert merge_personal(kept, personal) == ANSWERS


def test_sealed_answers_hold_no_personal_text_and_each_coach_opens_them(
    coaches: tuple[LockedKey, LockedKey],
) -> None:
    a, b = coaches
    sealed = seal_answers(ANSWERS, KEYS, [a.public_key, b.public_key])
    text = json.dumps(sealed, ensure_ascii=False)
    for secret in ("Aïcha", "Sami", "470 12", "example.org", "152"):
        assert secret not in text
    assert sealed["street"] == "Rue Haute" and sealed["household_size"] == 3  # still counted
    assert sorted(sealed[SEALED]["to"]) == sorted([a.public_key, b.public_key])
    assert open_answers(sealed, unlock(a, PASS_A)) == ANSWERS
    assert open_answers(sealed, unlock(b, PASS_B)) == ANSWERS
    assert without_sealed(sealed) == {k: v for k, v in sealed.items() if k != SEALED}


def test_a_wrong_passphrase_or_another_key_opens_nothing(
    coaches: tuple[LockedKey, LockedKey],
) -> None:
    a, b = coaches
    with pytest.raises(SealingError) as wrong:
        unlock(a, PASS_B)
    assert wrong.value.key == "sealing.wrong_passphrase"
    sealed = seal_answers(ANSWERS, KEYS, [a.public_key])
    with pytest.raises(SealingError) as other:
        open_answers(sealed, unlock(b, PASS_B))
    assert other.value.key == "sealing.not_for_this_key"
    # the locked key as a setting keeps its private half encrypted: no passphrase, no key
    stored = LockedKey.from_text(a.to_text())
    assert stored == a and unlock(stored, PASS_A).public_key == unlock(a, PASS_A).public_key


def test_a_tampered_seal_is_refused(coaches: tuple[LockedKey, LockedKey]) -> None:
    a, _ = coaches
    sealed = seal_answers(ANSWERS, KEYS, [a.public_key])
    box = bytearray(base64.b64decode(sealed[SEALED]["box"]))
    box[-1] ^= 1
    sealed[SEALED]["box"] = base64.b64encode(bytes(box)).decode()
    with pytest.raises(SealingError) as damaged:
        open_answers(sealed, unlock(a, PASS_A))
    assert damaged.value.key == "sealing.damaged"


def test_no_coach_key_no_seal_and_nothing_personal_nothing_to_seal(
    coaches: tuple[LockedKey, LockedKey],
) -> None:
    with pytest.raises(SealingError) as none:
        seal_answers(ANSWERS, KEYS, ["not a key"])
    assert none.value.key == "sealing.no_coach_key"
    plain = {"street": "Rue Blaes", "household_size": 2}
    assert seal_answers(plain, KEYS, []) == plain
    sealed = seal_answers(ANSWERS, KEYS, [coaches[0].public_key])
    assert seal_answers(sealed, KEYS, []) == sealed  # a correction keeps its earlier seal


def test_retention_and_erasure_take_the_seal_with_the_personal_answers(
    coaches: tuple[LockedKey, LockedKey],
) -> None:
    sealed = seal_answers(ANSWERS, KEYS, [coaches[0].public_key])
    kept, gone = without_answers(sealed, KEYS)
    assert SEALED not in kept and gone == 1
    assert kept["street"] == "Rue Haute"
    assert without_answers(sealed, frozenset()) == (sealed, 0)  # no personal key, no erasure


def test_a_short_passphrase_is_refused() -> None:
    with pytest.raises(SealingError) as short:
        new_coach_key("motdepasse", **FAST)
    assert short.value.key == "sealing.passphrase_too_short"


def test_a_correction_of_one_personal_answer_keeps_the_others_sealed_before(
    coaches: tuple[LockedKey, LockedKey],
) -> None:
    a, b = coaches
    first = seal_answers(ANSWERS, KEYS, [a.public_key])
    # the volunteer correcting sees no personal answer: they type only the new phone
    corrected = {**first, "household_size": 4, "contact_phone": "+32 2 511 00 00"}
    second = seal_answers(corrected, KEYS, [a.public_key, b.public_key])
    assert "+32 2 511" not in json.dumps(second) and "contact_phone" not in second
    opened = open_answers(second, unlock(a, PASS_A))
    assert opened == {**ANSWERS, "household_size": 4, "contact_phone": "+32 2 511 00 00"}
    # a coach added after the first version reads what was sealed to them, and only that
    later = open_answers(second, unlock(b, PASS_B))
    assert later["contact_phone"] == "+32 2 511 00 00" and "contact_name" not in later


def test_many_personal_answers_seal_into_a_payload_a_server_accepts(
    coaches: tuple[LockedKey, LockedKey],
) -> None:
    from sync.wire.protocol import SubmissionPayload

    many = {**ANSWERS, "members": [{"age": n, "contact_name": f"Habitant·e n° {n:03d} " * 12}
                                   for n in range(120)]}  # fmt: skip
    assert len(json.dumps(split_personal(many, KEYS)[1])) > 40_000
    sealed = seal_answers(many, KEYS, [coaches[0].public_key])
    assert isinstance(sealed[SEALED]["box"], list)  # in pieces no string limit refuses
    SubmissionPayload.model_validate(
        {"id": "a", "form_id": INTERVIEW_FORM, "form_version": "2", "answers": sealed,
         "created_at": "2026-12-02T10:00:00Z"}
    )  # fmt: skip
    assert open_answers(sealed, unlock(coaches[0], PASS_A)) == many
