"""A new version of the built-in interview form, installed as ODK installs one: beside the old
version, never over it. A laptop that an earlier Quartier set up with version 1 (27 questions,
no household habits) gets version 2 when it opens its file; its interviews keep version 1, still
load, open with their own version, count in the footprint and export; new interviews take
version 2. A group's own version of the form is never replaced, and a server still offering
version 1 does not bring it back in front."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from app import exports
from app.carbon.factor_table import load_factors
from app.carbon.outputs import campaign_footprint
from app.dataset import load_dataset
from app.records import DRAFT, SubmissionQuery
from app.store import Key, Store
from survey_forms import load_builtin
from survey_forms.builtin import EARLIER_VERSIONS, INTERVIEW_FORM, INTERVIEW_VERSION
from survey_forms.model import Form

#: Version 1 of the interview form as Quartier installed it before the carbon diagnosis
#: (built by survey_forms/builtin/build.py at commit c650851's parent).
V1 = Path(__file__).parent / "data" / "porte_a_porte_v1.json"
OLD_ANSWERS = {"consent": "yes", "street": "Rue Haute", "house_number": "12",
               "household_size": 3, "tenure": "tenant", "heating": "gas", "car_use": "none",
               "flights": 1, "diet": "little_meat", "purchases": "mixed",
               "needs": ["garden"]}  # fmt: skip


def version_1() -> Form:
    return Form.from_dict(json.loads(V1.read_text(encoding="utf-8")))


def test_the_current_version_is_the_form_s_own() -> None:
    form = load_builtin(INTERVIEW_FORM)
    assert form.version == INTERVIEW_VERSION not in EARLIER_VERSIONS[INTERVIEW_FORM]
    old = version_1()
    assert old.version == "1" and "surface" not in old and "surface" in form
    new = {q.name for q in form.questions()} - {q.name for q in old.questions()}
    assert len(new) == 18  # the household habits of the carbon diagnosis


@pytest.fixture
def old_laptop(tmp_path: Path) -> Path:
    """A file as an earlier Quartier left it: version 1 only, six interviews made with it."""
    path = tmp_path / "old.sqlite"
    with Store.open(path) as store:
        form = version_1()
        store.forms.add(form)
        hood = store.directory.add_neighbourhood("Marolles", "Bruxelles", "1000")
        campaign = store.directory.add_campaign(hood, "Diagnostic 2025", starts_on="2025-03-01")
        store.settings.set(Key.CAMPAIGN, campaign)
        for number in range(6):
            answers = {**OLD_ANSWERS, "house_number": str(10 + number)}
            draft = store.submissions.save_draft(form.form_id, "1", answers, campaign_id=campaign)
            store.submissions.finalize(draft.id)
        store.submissions.save_draft(form.form_id, "1", OLD_ANSWERS, campaign_id=campaign)
        assert [v["version"] for v in store.forms.versions()] == ["1"]
    return path


def test_an_old_file_gets_version_2_on_open_and_keeps_version_1(
    old_laptop: Path, tmp_path: Path
) -> None:
    with Store.open(old_laptop) as store:
        versions = {(v["form_id"], v["version"]) for v in store.forms.versions()}
        assert versions == {(INTERVIEW_FORM, "1"), (INTERVIEW_FORM, INTERVIEW_VERSION)}
        newest = store.forms.get(INTERVIEW_FORM)
        assert newest.version == INTERVIEW_VERSION and "meals_red_meat" in newest
        assert store.forms.get(INTERVIEW_FORM, "1") == version_1()  # untouched
        # the old draft opens with the version it was made with
        [draft] = store.submissions.summaries(SubmissionQuery(status=DRAFT), limit=10)
        record = store.submissions.get(draft.id)
        assert record.form_version == "1"
        assert store.forms.get(record.form_id, record.form_version) == version_1()
        # a new interview takes the newest version
        campaign = store.settings.get(Key.CAMPAIGN)
        answers = {**OLD_ANSWERS, "house_number": "40", "surface": 70, "meals_red_meat": 2}
        new = store.submissions.save_draft(
            newest.form_id, newest.version or "", answers, campaign_id=campaign
        )
        store.submissions.finalize(new.id)
        dataset = load_dataset(store, campaign_id=campaign)
        frame = dataset.interviews
        finalized = frame[frame["__version__"].notna()]
        assert sorted(finalized["__version__"]) == ["1"] * 6 + [INTERVIEW_VERSION]
        old = finalized[finalized["__version__"] == "1"]
        assert (old["heating"] == "gas").all() and old["surface"].isna().all()
        assert finalized.loc[finalized["__version__"] == "2", "surface"].tolist() == [70]
        # old interviews count in the footprint: their six usage answers, defaults for the rest
        result = campaign_footprint(dataset, load_factors("be"))
        assert len(result.households) == 7 and result.without_usage == 0
        written = exports.export(
            dataset, "csv", tmp_path / "entretiens.csv", db_path=store.path
        ).paths
        table = pd.read_csv(written[0], dtype=str, sep=";", encoding="utf-8-sig")
        assert sorted(table["__version__"]) == ["1"] * 6 + [INTERVIEW_VERSION]
        assert (table["footprint/heating"] == "gas").all()
        assert "address/house_number" not in table.columns  # personal, left out by default
    with Store.open(old_laptop) as store:  # opening again adds nothing
        assert len(store.forms.versions()) == 2


def test_a_group_s_own_version_is_never_replaced(old_laptop: Path) -> None:
    with Store.open(old_laptop) as store:
        own = Form.from_dict({**version_1().to_dict(), "version": "2025-09-01"})
        store.forms.add(own)
        # a server still offering version 1 (or version 2) does not put it back in front
        store.forms.add(version_1())
        assert store.forms.get(INTERVIEW_FORM).version == "2025-09-01"
    with Store.open(old_laptop) as store:
        assert store.forms.get(INTERVIEW_FORM).version == "2025-09-01"
        assert len(store.forms.versions()) == 3


def test_a_server_still_offering_version_1_does_not_bring_it_back(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new.sqlite") as store:
        store.forms.ensure_builtin()
        store.forms.add(version_1())  # downloaded later, imported after version 2
        assert store.forms.get(INTERVIEW_FORM).version == INTERVIEW_VERSION
