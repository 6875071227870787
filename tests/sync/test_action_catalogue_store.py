"""The server's catalogue and admin grid on either backend (SQLite, PostgreSQL): what enters
and leaves the catalogue, how it pages, and what the grid counts."""

from __future__ import annotations

import uuid
from typing import Any

from sync_helpers import submission_change

from survey_forms.builtin import ACTION_FORM
from sync.server.store import ServerStore
from sync.wire.protocol import Change

SHARED = {"theme": "habiter", "title": "Isolation groupée", "stage": "en_preparation",
          "actors": "Collectif Énergie", "description": "Achat groupé d'isolant.",
          "shareable": "yes"}  # fmt: skip


def action(answers: dict[str, Any], replaces_id: str | None = None) -> Change:
    made = submission_change(answers, replaces_id=replaces_id)
    payload = made.payload | {"form_id": ACTION_FORM, "form_version": "2"}
    return made.model_copy(update={"payload": payload})


def review(submission_id: str, state: str) -> Change:
    payload = {"id": submission_id, "review_state": state, "review_comment": "doublon",
               "reviewed_at": "2026-11-23T10:00:00.000Z"}  # fmt: skip
    return Change(change_id=uuid.uuid4(), entity="review", entity_id=submission_id,
                  payload=payload)  # fmt: skip


def test_the_catalogue_pages_and_withdraws(server_store: ServerStore) -> None:
    nid = server_store.add_neighbourhood("Marolles")
    first, other, private = (
        action(SHARED),
        action(SHARED | {"title": "Façades vertes"}),
        action(SHARED | {"shareable": "no", "title": "Chez Mme Dupont"}),
    )
    interview = submission_change({"street": "Rue Haute", "contact_name": "Jeanne Dupont"})
    server_store.push([first, interview, other, private], nid, None)
    page = server_store.catalogue(0, 1)  # a page counts actions, not the other interviews
    assert [a.title for a in page.actions] == ["Isolation groupée"] and page.more
    rest = server_store.catalogue(page.next_cursor, 10)
    assert [a.title for a in rest.actions] == ["Façades vertes"] and not rest.more
    assert rest.withdrawn == [] and "Dupont" not in str([page, rest])
    assert server_store.catalogue(rest.next_cursor, 10).actions == []

    fixed = action(SHARED | {"stage": "en_cours"}, replaces_id=first.entity_id)
    server_store.push([fixed], nid, None)
    server_store.erase_submission(other.entity_id, _admin(server_store))
    later = server_store.catalogue(rest.next_cursor, 10)
    assert [(a.id, a.stage) for a in later.actions] == [(fixed.entity_id, "en_cours")]
    assert set(later.withdrawn) == {first.entity_id, other.entity_id}
    assert later.actions[0].neighbourhood == "Marolles"

    # a coach rejects it (a duplicate, say): it leaves; approved again, it comes back
    server_store.push([review(fixed.entity_id, "rejected")], nid, None, "claire")
    rejected = server_store.catalogue(later.next_cursor, 10)
    assert (rejected.actions, rejected.withdrawn) == ([], [fixed.entity_id])
    server_store.push([review(fixed.entity_id, "approved")], nid, None, "claire")
    back = server_store.catalogue(rejected.next_cursor, 10)
    assert [a.id for a in back.actions] == [fixed.entity_id] and back.withdrawn == []


def test_the_grid_counts_the_latest_versions_without_rejected_ones(
    server_store: ServerStore,
) -> None:
    marolles = server_store.add_neighbourhood("Marolles")
    server_store.add_neighbourhood("Anneessens")
    kept, doubled = action(SHARED), action(SHARED | {"shareable": "no"})
    corrected = action(SHARED | {"stage": "terminee"}, replaces_id=kept.entity_id)
    odd = action({"theme": "voler", "stage": "idee", "title": "?"})
    server_store.push([kept, doubled, corrected, odd], marolles, None)
    grid = {row.name: row.counts for row in server_store.action_grid().rows}
    assert grid == {"Anneessens": {}, "Marolles": {"habiter": {"en_preparation": 1,
                                                                "terminee": 1}}}  # fmt: skip
    server_store.push([review(doubled.entity_id, "rejected")], marolles, None, "claire")
    grid = {row.name: row.counts for row in server_store.action_grid().rows}
    assert grid["Marolles"] == {"habiter": {"terminee": 1}}


def _admin(store: ServerStore) -> Any:
    from sync.server.accounts import Principal

    return Principal("account", "admin", "admin", "admin")


def test_the_shared_answers_are_none_of_the_action_form_s_personal_questions() -> None:
    from survey_forms.builtin import load_builtin
    from sync.wire.catalogue import SHAREABLE, SHARED_ANSWERS

    form = load_builtin(ACTION_FORM)
    names = SHARED_ANSWERS.values()
    assert SHAREABLE in form and all(name in form for name in names)
    assert not any(form.question(name).is_personal for name in names)
