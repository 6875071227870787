"""Analysis of a small campaign whose every figure is known."""

from __future__ import annotations

from typing import Any

import pytest

from app import analysis
from app.dataset import Dataset, load_dataset
from app.errors import PersonalDataRefused
from app.review import REJECTED, review
from app.store import Store
from survey_forms.model import Choice, Form, Question

FORM = Form(
    "enquete",
    "1",
    children=[
        Question("street", "text"),
        Question("tenure", "select_one", {"fr": "Statut"}, list_name="tenure"),
        Question("needs", "select_multiple", {"fr": "Besoins"}, list_name="needs"),
        Question("household_size", "integer", {"fr": "Taille du ménage"}),
        Question("likes", "text", {"fr": "Ce que vous aimez"}),
        Question("contact_name", "text", personal=True),
        Question("theme", "select_one", list_name="themes"),
    ],
    choice_lists={
        "tenure": [Choice("owner", {"fr": "Propriétaire"}), Choice("tenant", {"fr": "Locataire"})],
        "needs": [
            Choice("garden", {"fr": "Potager"}, theme="biodiversite"),
            Choice("trees", {"fr": "Arbres"}, theme="biodiversite"),
            Choice("bike", {"fr": "Vélo"}, theme="mobilite"),
        ],
        "themes": [
            Choice("biodiversite", {"fr": "Biodiversité"}),
            Choice("mobilite", {"fr": "Mobilité"}),
        ],
    },
)
ANSWERS: list[dict[str, Any]] = [
    {
        "street": "Rue Haute",
        "tenure": "owner",
        "needs": ["garden", "bike"],
        "household_size": 1,
        "likes": "Le marché",
        "contact_name": "Anne Maes",
    },
    {"street": "Rue Haute", "tenure": "tenant", "needs": ["garden", "trees"], "household_size": 3},
    {
        "street": "Rue Blaes",
        "tenure": "tenant",
        "needs": ["bike"],
        "household_size": 4,
        "likes": "Les voisins",
    },
    {"street": "Rue Blaes", "tenure": "tenant", "household_size": 4},
    {"street": "Rue Blaes", "tenure": "owner", "needs": ["garden"], "household_size": 9},
]  # the last one is rejected


def campaign(store: Store, answers: list[dict[str, Any]], reject_last: bool = True) -> Dataset:
    store.forms.add(FORM)
    nid = store.directory.add_neighbourhood("Marolles")
    cid = store.directory.add_campaign(nid, "Diagnostic", target_households=10)
    ids = [
        store.submissions.finalize(
            store.submissions.save_draft("enquete", "1", a, campaign_id=cid).id
        ).id
        for a in answers
    ]
    if reject_last:
        review(store, ids[-1:], REJECTED, "Doublon")
    return load_dataset(store, form_id="enquete", campaign_id=cid)


@pytest.fixture
def dataset(store: Store) -> Dataset:
    return campaign(store, ANSWERS)


def test_choice_counts_and_percentages(dataset: Dataset) -> None:
    tenure = analysis.question_summary(dataset, "tenure")
    assert isinstance(tenure, analysis.ChoiceSummary) and tenure.respondents == 4
    assert tenure.table[["label", "count", "percent"]].values.tolist() == [
        ["Propriétaire", 1, 25.0],
        ["Locataire", 3, 75.0],
    ]
    needs = analysis.question_summary(dataset, "needs")
    assert isinstance(needs, analysis.ChoiceSummary) and needs.respondents == 3
    assert needs.table["count"].tolist() == [2, 1, 2]
    assert needs.table["percent"].tolist() == [66.7, 33.3, 66.7]


def test_the_dashboard_offers_no_consent_question(marolles: Store) -> None:
    # every household counted consented: its chart would always say 100 % "yes"
    dataset = load_dataset(marolles)
    assert "consent" in dataset.form and "consent" not in {
        q.name for q in analysis.analysable(dataset)
    }


def test_number_distribution(dataset: Dataset) -> None:
    size = analysis.question_summary(dataset, "household_size")
    assert isinstance(size, analysis.NumberSummary)
    assert (size.respondents, size.mean, size.median) == (4, 3.0, 3.5)
    assert (size.minimum, size.maximum, size.q1, size.q3) == (1, 4, 2.5, 4.0)
    assert size.histogram["count"].tolist() == [1, 0, 1, 2], "one bin per household size"


def test_free_text_is_quoted_but_personal_fields_never(dataset: Dataset) -> None:
    assert analysis.quotes(dataset).empty, "two households answered: too few to quote"
    quotes = analysis.quotes(dataset, min_respondents=2)
    assert sorted(quotes["text"]) == ["Le marché", "Les voisins"]
    assert set(quotes["question"]) == {"likes"}
    with pytest.raises(PersonalDataRefused, match="personnelles, jamais citées : contact_name"):
        analysis.quotes(dataset, ["contact_name"])
    with pytest.raises(PersonalDataRefused, match="contact_name est une donnée personnelle"):
        analysis.question_summary(dataset, "contact_name")


def test_a_share_is_printed_only_from_enough_households_with_its_interval() -> None:
    assert analysis.MIN_HOUSEHOLDS == 5
    assert not analysis.Share(3, 3).printable, "three households: no percentage"
    assert not analysis.Share(2, 300).printable, "two households of 300: not a percentage"
    assert analysis.Share(0, 300).printable and analysis.Share(5, 5).printable
    # Wilson 95 %, checked against the closed form: 117 of 300 -> 33.7-44.6 %
    low, high = analysis.Share(117, 300).interval
    assert (round(low, 1), round(high, 1)) == (33.7, 44.6)
    low, high = analysis.Share(0, 300).interval
    assert low == pytest.approx(0, abs=1e-9) and round(high, 2) == 1.26, "never below 0 %"
    assert analysis.Share(5, 5).interval[1] == 100.0


@pytest.mark.parametrize(
    ("low", "high", "whole", "edges"),
    [
        (134, 14962, True, [0, 2000, 4000, 6000, 8000, 10000, 12000, 14000, 16000]),
        (0, 8, True, list(range(10))),  # few whole values: one bin each
        (0.3, 7.7, False, [0, 1, 2, 3, 4, 5, 6, 7, 8]),
        (12, 61, True, [10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65]),
    ],
)
def test_histogram_bins_are_round(low: float, high: float, whole: bool, edges: list) -> None:
    assert analysis.round_edges(low, high, whole).tolist() == edges


def test_results_by_street_and_volunteer(dataset: Dataset) -> None:
    by_street = analysis.summary_by(dataset, "tenure")
    assert by_street.loc["Rue Blaes"].to_dict() == {"n": 2, "Propriétaire": 0.0, "Locataire": 100.0}
    assert by_street.loc["Rue Haute", "Propriétaire"] == 50.0
    sizes = analysis.summary_by(dataset, "household_size", by="_submitted_by")
    assert sizes["n"].sum() == 4


def test_progress_against_the_target(dataset: Dataset) -> None:
    progress = analysis.campaign_progress(dataset, street_targets={"Rue Haute": 4, "Rue Blaes": 4})
    assert (progress.reached, progress.target, progress.percent_of_target) == (4, 10, 40.0)
    by_street = progress.by_street.set_index("street")
    assert by_street["percent_of_target"].to_dict() == {"Rue Blaes": 50.0, "Rue Haute": 50.0}
    assert progress.by_day["cumulative"].iloc[-1] == 4


def test_needs_ranked_by_theme(dataset: Dataset) -> None:
    themes = analysis.needs_by_theme(dataset)
    assert themes[["theme", "label", "mentions", "households"]].values.tolist() == [
        ["biodiversite", "Biodiversité", 3, 2],
        ["mobilite", "Mobilité", 2, 2],
    ]
    assert themes["top"][0] == "Potager (2), Arbres (1)"
    # of the 4 households, 3 answered a question about needs: the share is of those 3
    assert themes["answered"].tolist() == [3, 3]
    assert themes["percent"].tolist() == [66.7, 66.7]


def test_key_figures(dataset: Dataset) -> None:
    figures = analysis.key_figures(dataset)
    assert (figures.interviews, figures.streets, figures.people_in_households) == (4, 2, 12)


def test_two_campaigns_compared(tmp_path) -> None:
    with Store.open(tmp_path / "a.sqlite") as store:
        before = campaign(store, ANSWERS)
    with Store.open(tmp_path / "b.sqlite") as store:
        answers = [
            {"tenure": "owner", "household_size": 2},
            {"tenure": "tenant", "household_size": 4},
        ]
        after = campaign(store, answers, reject_last=False)
    rows = analysis.compare_campaigns(before, after, ["tenure", "household_size"]).set_index(
        ["question", "choice"]
    )
    owner = rows.loc[("tenure", "owner")]
    assert owner[["before", "after", "change"]].tolist() == [25, 50, 25]
    assert owner[["before_count", "before_n", "after_count", "after_n"]].tolist() == [1, 4, 1, 2]
    assert rows.loc[("household_size", "mean"), "change"] == 0.0


def test_analysis_refuses_a_labelled_dataset(store: Store) -> None:
    campaign(store, ANSWERS[:1], reject_last=False)
    labelled = load_dataset(store, form_id="enquete", lang="fr")
    with pytest.raises(ValueError, match="brutes"):
        analysis.question_summary(labelled, "tenure")
