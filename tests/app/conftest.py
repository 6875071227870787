"""Shared by the tests of transition projects (issue 16): a small neighbourhood whose
diagnosis has needs above and below the five-household rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.store import Store
from survey_forms.builtin import ACTION_FORM, INTERVIEW_FORM, load_builtin


def _finalize(store: Store, form_id: str, campaign: str, answers: dict[str, Any]) -> None:
    form = load_builtin(form_id)
    draft = store.submissions.save_draft(form_id, form.version, answers, campaign_id=campaign)
    store.submissions.finalize(draft.id)


@pytest.fixture
def marolles(tmp_path: Path) -> Store:
    """Twelve households: seven ask for trees, three for a bench, nine for repairs; an
    action in consommer (so no gap there), an inventory need in protéger."""
    store = Store.open(tmp_path / "coach.sqlite")
    store.forms.ensure_builtin()
    nid = store.directory.add_neighbourhood("Marolles", commune="Bruxelles")
    campaign = store.directory.add_campaign(nid, "Diagnostic 2026", starts_on="2026-03-01",
                                            ends_on="2026-04-30")  # fmt: skip
    for index in range(12):
        needs = ["repair"] if index < 9 else []
        needs += ["trees"] if index < 7 else []
        needs += ["benches"] if index >= 9 else []
        answers = {"consent": "no", "street": "Rue Haute", "household_size": 2, "needs": needs,
                   "car_use": "none", "heating": "gas"}  # fmt: skip
        if index == 0:  # one resident gave a name and a phone: never printed anywhere
            answers |= {"consent": "yes", "contact_name": "Mme Verbeke",
                        "contact_phone": "0470 12 34 56", "house_number": "17"}  # fmt: skip
        _finalize(store, INTERVIEW_FORM, campaign, answers)
    _finalize(store, ACTION_FORM, campaign, {"theme": "consommer", "title": "Repair Café",
              "stage": "en_cours", "reach": 40})  # fmt: skip
    store.inventory.save(nid, {"kind": "need", "theme": "biodiversite",
                               "name": "Plus d'arbres rue des Capucins"})  # fmt: skip
    store.inventory.save(nid, {"kind": "resource", "theme": "biodiversite",
                               "name": "Hôtel à insectes"})  # fmt: skip
    return store
