"""What a poster or report prints, gathered once from the store through ``app.analysis``.

The figures come from the analysis; this module only chooses what fits on paper (which quotes,
which inventory items) and fetches each label in every language printed. Personal questions
never get here: the analysis refuses them, and the inventory keeps only non-personal fields.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from app import analysis
from app.carbon.diagnosis import Diagnosis, diagnose
from app.carbon.factor_table import DEFAULT_REGION, load_factors
from app.carbon.footprint import DETAIL_QUESTIONS
from app.dataset import STREET, Dataset, choice_labels, load_dataset
from app.errors import InvalidOperation, PrintingError, RecordNotFound
from app.printing.texts import Languages
from app.store import Key, Store
from survey_forms.builtin import INVENTORY_FORM
from survey_forms.model import Form, Question

if TYPE_CHECKING:
    from nacl.public import PrivateKey

#: The questions where residents speak for themselves (a volunteer's notes are not quotes).
QUOTE_QUESTIONS = ("missing", "wishes", "likes", "meeting_places")
#: The interview's own bookkeeping, not what residents said: never printed as a result (the
#: consent rate and the streets are in the report's method); and the footprint's detail
#: questions, which reach the page through the footprint.
NOT_RESULTS = (analysis.CONSENT, STREET, "notes", *DETAIL_QUESTIONS)
#: The unit of a number question, singular and plural, for the histogram's bins: the
#: built-in form's questions, else the XLSForm's ``parameters`` column (``unit=km``).
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "household_size": {"fr": ("personne", "personnes"), "nl": ("persoon", "personen")},
    "car_km": {"fr": ("km", "km"), "nl": ("km", "km")},
    "flights": {"fr": ("vol", "vols"), "nl": ("vlucht", "vluchten")},
}
#: Inventory fields a page may show; the others (description, photo...) stay in the app.
INVENTORY_FIELDS = ("kind", "theme", "name", "address", "status")
RESOURCE = "resource"
#: A quote that looks like it holds a phone number or an e-mail address is never printed.
_CONTACT_LIKE = re.compile(r"@|\d[\d .\-/]{6,}\d")


@dataclass(frozen=True)
class Quote:
    text: str
    question: str
    times: int


@dataclass(frozen=True)
class InventoryItem:
    kind: list[str]
    theme: list[str]
    theme_code: str
    name: str
    address: str
    status: list[str]
    is_resource: bool


@dataclass(frozen=True)
class ThemeNeed:
    theme: str
    #: Language code -> the theme's name.
    names: dict[str, str]
    households: int
    #: The households it is a share of: those that answered a question about needs.
    interviews: int
    percent: float
    mentions: int
    #: Language code -> the theme's choices by mentions, "label (n)".
    top: dict[str, str]

    @property
    def labels(self) -> list[str]:
        """The theme's name in each language printed, once when they are the same."""
        return list(dict.fromkeys(self.names.values()))

    @property
    def share(self) -> analysis.Share:
        return analysis.Share(self.households, self.interviews)


@dataclass(frozen=True)
class Findings:
    """Everything printed about one campaign, labels in each of ``languages``."""

    languages: Languages
    neighbourhood: str
    commune: str
    campaign: dict[str, Any]
    figures: analysis.KeyFigures
    progress: analysis.Progress
    needs: list[ThemeNeed]
    quotes: dict[str, list[Quote]]
    inventory: list[InventoryItem]
    dataset: Dataset
    previous: Dataset | None = None
    previous_campaign: dict[str, Any] | None = None
    #: The carbon diagnosis of the households' uses (compared with ``previous`` when it has
    #: answers to the usage questions), when asked for and when any household answered them.
    footprint: Diagnosis | None = None
    #: Why there is none, when asked for: no household answered the usage questions
    #: (``carbon.no_households``) or too few did (``carbon.too_few_households``).
    footprint_missing: InvalidOperation | None = None

    @property
    def resources(self) -> int:
        return sum(item.is_resource for item in self.inventory)

    def labels(self, question: Question) -> list[str]:
        return list(
            dict.fromkeys(analysis.question_label(question, c) for c in self.languages.codes)
        )

    def choice_labels(self, question: Question) -> dict[str, list[str]]:
        return labels_by_choice(question, self.languages)


def results(dataset: Dataset) -> list[Question]:
    """The questions whose answers a report prints, in the form's order."""
    return [q for q in analysis.analysable(dataset) if q.name not in NOT_RESULTS]


def unit(question: Question, lang: str, plural: bool) -> str:
    forms = UNITS.get(question.name, {}).get(lang)
    if forms is None:
        given = question.parameters.get("unit", "")
        forms = (given, given)
    return forms[plural]


def labels_by_choice(question: Question, languages: Languages) -> dict[str, list[str]]:
    """Choice name -> its label in each language printed (once when they are the same)."""
    per_lang = [choice_labels(question, code) for code in languages.codes]
    return {c.name: list(dict.fromkeys(m[c.name] for m in per_lang)) for c in question.choices}


def chosen_campaign(store: Store, campaign_id: str | None) -> dict[str, Any]:
    """The campaign asked for, else the device's current one, else the latest."""
    campaigns = store.directory.campaigns()
    if not campaigns:
        raise PrintingError("print.no_campaign")
    wanted = campaign_id or store.settings.get(Key.CAMPAIGN)
    for campaign in campaigns:
        if campaign["id"] == wanted:
            return campaign
    if campaign_id:
        raise RecordNotFound("campaign.unknown", id=campaign_id)
    return campaigns[-1]


def gather(
    store: Store,
    languages: Languages,
    *,
    campaign_id: str | None = None,
    compare_with: str | None = None,
    previous_by_default: bool = False,
    quotes_per_question: int = 5,
    footprint: bool = False,
    region: str = DEFAULT_REGION,
    coach_key: PrivateKey | None = None,
) -> Findings:
    """Load the campaign's dataset once and ask the analysis for what a page shows. With
    ``compare_with`` (or ``previous_by_default`` and an earlier campaign of the same
    neighbourhood that has interviews), the earlier campaign's dataset comes too. With
    ``footprint``, the carbon diagnosis with the factor table of ``region``. ``coach_key``
    (a coach's unlocked key) opens the personal answers sealed to the coaches: never
    printed, they keep out the quotes that name them (without it, only those in clear do)."""
    campaign = chosen_campaign(store, campaign_id)
    place = next(
        n for n in store.directory.neighbourhoods() if n["id"] == campaign["neighbourhood_id"]
    )
    # a figure printed for a funder counts no interview a coach rejected (a duplicate, bad data)
    dataset = load_dataset(
        store, campaign_id=campaign["id"], include_rejected=False, coach_key=coach_key
    )
    previous_campaign = (
        chosen_campaign(store, compare_with)
        if compare_with
        else next(iter(store.directory.earlier_campaigns(campaign["id"])), None)
        if previous_by_default
        else None
    )
    previous = None
    if previous_campaign is not None:
        previous = load_dataset(
            store, campaign_id=previous_campaign["id"], include_rejected=False, coach_key=coach_key
        )
        if previous.interviews.empty and not compare_with:
            previous = previous_campaign = None
    inventory_form = _inventory_form(store)
    lang = languages.first
    return Findings(
        languages=languages,
        neighbourhood=place["name"],
        commune=" ".join(filter(None, (place["postcode"], place["commune"]))),
        campaign=campaign,
        figures=analysis.key_figures(dataset),
        progress=analysis.campaign_progress(dataset),
        needs=_needs(dataset, languages),
        quotes=quotes_by_question(dataset, lang, quotes_per_question),
        inventory=_inventory(dataset.inventory, inventory_form, languages),
        dataset=dataset,
        previous=previous,
        previous_campaign=previous_campaign,
        **(_footprint(dataset, previous, region) if footprint else {}),
    )


#: Why a campaign has no footprint to print.
NO_FOOTPRINT = ("carbon.no_households", "carbon.too_few_households")


def _footprint(dataset: Dataset, previous: Dataset | None, region: str) -> dict[str, Any]:
    """The carbon diagnosis, or why there is none."""
    try:
        return {"footprint": diagnose(dataset, load_factors(region), earlier=previous)}
    except InvalidOperation as error:
        if error.key not in NO_FOOTPRINT:
            raise
        return {"footprint_missing": error}


def _inventory_form(store: Store) -> Form | None:
    try:
        return store.forms.get(INVENTORY_FORM)
    except RecordNotFound:
        return None


def _needs(dataset: Dataset, languages: Languages) -> list[ThemeNeed]:
    tables = {code: analysis.needs_by_theme(dataset, code) for code in languages.codes}
    by_theme = {code: table.set_index("theme") for code, table in tables.items()}
    return [
        ThemeNeed(
            theme=row.theme,
            names={code: str(t.at[row.theme, "label"]) for code, t in by_theme.items()},
            households=int(row.households),
            interviews=int(row.answered),
            percent=float(row.percent),
            mentions=int(row.mentions),
            top={code: str(t.at[row.theme, "top"]) for code, t in by_theme.items()},
        )
        for row in tables[languages.first].itertuples(index=False)
    ]


def quotes_by_question(dataset: Dataset, lang: str, per_question: int) -> dict[str, list[Quote]]:
    """For each question where residents speak, its answers said most often first (a sentence
    many households share speaks for more of them). Left out: anything that looks like a phone
    number or an e-mail address, and any answer that names a value some household gave to a
    personal question (a neighbour's name written in "what do you like here?"). When some
    interviews keep their personal answers sealed (no coach key opened them), those names
    are unknown here and no answer can be checked: none is quoted."""
    if dataset.sealed_unopened:
        return {}
    names = [n for n in QUOTE_QUESTIONS if n in dataset.form] or None
    table = analysis.quotes(dataset, names, lang)
    table = table.assign(text=table["text"].str.strip())
    counts = table.groupby(["question", "text"], sort=False).size().rename("times").reset_index()
    counts = counts.sort_values(["times", "text"], ascending=[False, True])
    unsafe = _unsafe_for(dataset)
    found = {}
    for name in dict.fromkeys([*(names or []), *counts["question"]]):
        label = analysis.question_label(dataset.question(name), lang)
        rows = counts[counts["question"] == name].itertuples()
        # checked one by one, most said first, until enough are safe: a few dozen checks
        safe = (Quote(r.text, label, int(r.times)) for r in rows if not unsafe(r.text))
        chosen = list(itertools.islice(safe, per_question))
        if chosen:
            found[label] = chosen
    return found


def _unsafe_for(dataset: Dataset) -> Any:
    """A test for texts that must not be printed: contact-like, or naming a personal value
    (values of at least four characters, so that a house number "12" does not ban "12 ans")."""
    frame = dataset.interviews
    personal: set[str] = set()
    for question in dataset.questions:
        if question.is_personal and question.key in frame:
            values = frame[question.key].dropna().astype(str).str.strip().str.casefold()
            personal |= set(values[values.str.len() >= 4])

    def unsafe(text: str) -> bool:
        if _CONTACT_LIKE.search(text):
            return True
        folded = text.casefold()
        return any(value in folded for value in personal)

    return unsafe


def leading_quotes(by_question: dict[str, list[Quote]], limit: int) -> list[Quote]:
    """The most shared quote of each question in turn, never the same sentence twice, so a
    poster is not all about one question."""
    queues = [list(quotes) for quotes in by_question.values()]
    chosen: list[Quote] = []
    seen: set[str] = set()
    while len(chosen) < limit and any(queues):
        for queue in queues:
            while queue and len(chosen) < limit:
                quote = queue.pop(0)
                if quote.text not in seen:
                    seen.add(quote.text)
                    chosen.append(quote)
                    break
    return chosen


def _inventory(frame: pd.DataFrame, form: Form | None, languages: Languages) -> list[InventoryItem]:
    """The inventory's items with their kind, theme and status labelled, resources first."""
    if frame.empty:
        return []
    allowed = [
        f for f in INVENTORY_FIELDS if not (form and f in form and form.question(f).is_personal)
    ]
    labels = {
        name: labels_by_choice(form.question(name), languages)
        for name in ("kind", "theme", "status")
        if form and name in form
    }
    items = []
    for record in frame.reindex(columns=allowed).fillna("").to_dict("records"):

        def label(name: str, value: str) -> list[str]:
            return labels.get(name, {}).get(value, [value] if value else [])

        items.append(
            InventoryItem(
                kind=label("kind", record.get("kind", "")),
                theme=label("theme", record.get("theme", "")),
                theme_code=str(record.get("theme", "")),
                name=str(record.get("name", "")),
                address=str(record.get("address", "")),
                status=label("status", record.get("status", "")),
                is_resource=record.get("kind") == RESOURCE,
            )
        )
    return sorted(items, key=lambda i: (not i.is_resource, i.theme_code, i.name))
