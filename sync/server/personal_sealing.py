"""Personal answers the server receives in clear, sealed on arrival (issue 12).

A laptop seals at finalize only once it knows a coach key of the neighbourhood; an interview
finalized before (or a bundle from such a laptop) arrives with its personal answers in clear.
The server then seals them to the neighbourhood's coach keys before keeping them, and when a
coach publishes a key, the clear ones it already keeps for the coach's neighbourhoods. Sealing
needs only public keys: from then on the server's database holds those answers as ciphertext
that none of its keys open. The personal questions are those of the form version the server
holds, else, for a built-in form it never published, those of this release's version; an
interview of a group's own form the server does not have is kept as it came."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select, update

from survey_forms.builtin import BUILTIN_IDS, load_builtin
from survey_forms.model import Form
from survey_forms.personal import SEALED, personal_keys, split_personal
from sync.server import schema as t


def coach_keys_in(conn: Connection, neighbourhood_ids: list[str]) -> dict[str, list[str]]:
    """The public keys of the coaches of each neighbourhood (accounts with the role coach
    and a membership there), sorted."""
    k, m, a = t.coach_key, t.membership, t.account
    found: dict[str, list[str]] = defaultdict(list)
    rows = conn.execute(
        select(m.c.neighbourhood_id, k.c.public_key)
        .join(k, k.c.account_id == m.c.account_id)
        .join(a, a.c.id == m.c.account_id)
        .where(m.c.neighbourhood_id.in_(neighbourhood_ids), a.c.role == "coach")
        .order_by(m.c.neighbourhood_id, k.c.public_key)
    )
    for nid, key in rows:
        found[nid].append(key)
    return {nid: found.get(nid, []) for nid in neighbourhood_ids}


class ArrivalSealer:
    """Seals the clear personal answers of one neighbourhood's interviews."""

    def __init__(self, conn: Connection, neighbourhood_id: str) -> None:
        self.conn = conn
        self.coaches = coach_keys_in(conn, [neighbourhood_id])[neighbourhood_id]
        self._personal: dict[tuple[str, str], frozenset[str]] = {}

    def sealed(self, form_id: str, form_version: str, answers: dict[str, Any]) -> dict[str, Any]:
        if not self.coaches or SEALED in answers:
            return answers
        keys = self._personal_keys(form_id, form_version)
        if not split_personal(answers, keys)[1]:
            return answers
        from sync.wire.sealing import seal_answers  # libsodium, loaded when first needed

        return seal_answers(answers, keys, self.coaches)

    def _personal_keys(self, form_id: str, form_version: str) -> frozenset[str]:
        form = (form_id, form_version)
        if form not in self._personal:
            definition = self.conn.scalar(
                select(t.form.c.definition).where(
                    t.form.c.form_id == form_id, t.form.c.version == form_version
                )
            )
            if definition:
                self._personal[form] = personal_keys(Form.from_dict(definition))
            elif form_id in BUILTIN_IDS:  # not published here: the release's own form
                self._personal[form] = personal_keys(load_builtin(form_id))
            else:
                self._personal[form] = frozenset()
        return self._personal[form]


def seal_kept(conn: Connection, neighbourhood_id: str) -> int:
    """Seal the clear personal answers the server keeps for a neighbourhood (after a coach
    published a key there); returns how many interviews were sealed."""
    sealer = ArrivalSealer(conn, neighbourhood_id)
    if not sealer.coaches:
        return 0
    s = t.submission
    rows = conn.execute(
        select(s.c.id, s.c.form_id, s.c.form_version, s.c.answers).where(
            s.c.neighbourhood_id == neighbourhood_id, s.c.erased_at.is_(None)
        )
    ).all()
    count = 0
    for row in rows:
        answers = row.answers or {}
        closed = sealer.sealed(row.form_id, row.form_version, answers)
        if closed is not answers:
            conn.execute(update(s).where(s.c.id == row.id).values(answers=closed))
            count += 1
    return count
