"""Version 2 of the action form (a description, and whether the action is shared, issue 16)
is installed beside version 1 on a laptop an earlier Quartier set up: actions made with
version 1 keep it, still count in the grid, and are never shared."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.actions.grid import build_grid
from app.store import Store
from survey_forms.builtin import ACTION_FORM, load_builtin
from survey_forms.model import Form


def version_1() -> Form:
    """Version 1 as it was: version 2 without its description and 'shareable' questions."""
    current = load_builtin(ACTION_FORM)
    kept = [q for q in current.children if q.name not in ("description", "shareable")]
    lists = {k: v for k, v in current.choice_lists.items() if k != "yes_no"}
    return replace(current, version="1", children=kept, choice_lists=lists)


def test_version_2_arrives_beside_version_1_and_old_actions_still_count(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Store.open(path) as store:
        store.forms.add(version_1())
        nid = store.directory.add_neighbourhood("Marolles")
        campaign = store.directory.add_campaign(nid, "Diagnostic")
        answers = {"theme": "circuler", "title": "Vélos", "stage": "en_cours", "reach": 3}
        draft = store.submissions.save_draft(ACTION_FORM, "1", answers, campaign_id=campaign)
        old = store.submissions.finalize(draft.id).id
    with Store.open(path) as store:
        versions = {f["version"] for f in store.forms.versions() if f["form_id"] == ACTION_FORM}
        assert versions == {"1", "2"}
        assert "shareable" in store.forms.get(ACTION_FORM)
        assert store.submissions.get(old).form_version == "1"
        cell = build_grid(store).rows[0].cells["circuler"]
        assert cell.stages["en_cours"] == 1 and cell.reached == 3
