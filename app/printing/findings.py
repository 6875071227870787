"""What a poster or report prints, gathered once from the store through ``app.analysis``.

The figures come from the analysis; this module only chooses what fits on paper (which quotes,
which inventory items) and fetches each label in every language printed. Personal questions
never get here: the analysis refuses them, and the inventory keeps only non-personal fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from app import analysis
from app.dataset import Dataset, choice_labels, load_dataset
from app.errors import RecordNotFound
from app.printing.texts import Languages
from app.store import Store
from survey_forms.model import Form, Question

INVENTORY_FORM = "inventaire"
#: The questions where residents speak for themselves (a volunteer's notes are not quotes).
QUOTE_QUESTIONS = ("missing", "wishes", "likes", "meeting_places")
#: Inventory fields a page may show; the others (description, photo...) stay in the app.
INVENTORY_FIELDS = ("kind", "theme", "name", "address", "status")
RESOURCE = "resource"
#: A quote that looks like it holds a phone number or an e-mail address is never printed.
_CONTACT_LIKE = re.compile(r"@|\d[\d .\-/]{6,}\d")


class PrintingError(ValueError):
    """Nothing to print, or an option that cannot be honoured; the message says why."""


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
    labels: list[str]
    households: int
    percent: float
    mentions: int
    #: The theme's choices by mentions, "label (n)", in each language.
    top: list[str]


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
    quotes: list[Quote]
    inventory: list[InventoryItem]
    dataset: Dataset
    previous: Dataset | None = None
    previous_campaign: dict[str, Any] | None = None
    inventory_form: Form | None = field(default=None, repr=False)

    @property
    def resources(self) -> int:
        return sum(item.is_resource for item in self.inventory)

    def labels(self, question: Question) -> list[str]:
        return list(
            dict.fromkeys(analysis.question_label(question, c) for c in self.languages.codes)
        )

    def choice_labels(self, question: Question) -> dict[str, list[str]]:
        return labels_by_choice(question, self.languages)


def labels_by_choice(question: Question, languages: Languages) -> dict[str, list[str]]:
    """Choice name -> its label in each language printed (once when they are the same)."""
    per_lang = [choice_labels(question, code) for code in languages.codes]
    return {c.name: list(dict.fromkeys(m[c.name] for m in per_lang)) for c in question.choices}


def chosen_campaign(store: Store, campaign_id: str | None) -> dict[str, Any]:
    """The campaign asked for, else the device's current one, else the latest."""
    campaigns = store.campaigns()
    if not campaigns:
        raise PrintingError("Aucune campagne dans ce fichier : rien à imprimer.")
    wanted = campaign_id or store.get_setting("campaign_id")
    for campaign in campaigns:
        if campaign["id"] == wanted:
            return campaign
    if campaign_id:
        raise PrintingError(f"Campagne inconnue : {campaign_id}")
    return campaigns[-1]


def gather(
    store: Store,
    languages: Languages,
    *,
    campaign_id: str | None = None,
    compare_with: str | None = None,
    quote_count: int = 5,
) -> Findings:
    """Load the campaign's dataset once and ask the analysis for what a page shows."""
    campaign = chosen_campaign(store, campaign_id)
    place = next(n for n in store.neighbourhoods() if n["id"] == campaign["neighbourhood_id"])
    dataset = load_dataset(store, campaign_id=campaign["id"])
    previous = previous_campaign = None
    if compare_with:
        previous_campaign = chosen_campaign(store, compare_with)
        previous = load_dataset(store, campaign_id=previous_campaign["id"])
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
        quotes=_quotes(dataset, lang, quote_count),
        inventory=_inventory(dataset.inventory, inventory_form, languages),
        dataset=dataset,
        previous=previous,
        previous_campaign=previous_campaign,
        inventory_form=inventory_form,
    )


def _inventory_form(store: Store) -> Form | None:
    try:
        return store.get_form(INVENTORY_FORM)
    except RecordNotFound:
        return None


def _needs(dataset: Dataset, languages: Languages) -> list[ThemeNeed]:
    tables = [analysis.needs_by_theme(dataset, code) for code in languages.codes]
    first = tables[0]
    others = [t.set_index("theme") for t in tables[1:]]
    needs = []
    for row in first.itertuples(index=False):
        labels = [row.label, *(t.at[row.theme, "label"] for t in others)]
        top = [row.top, *(t.at[row.theme, "top"] for t in others)]
        needs.append(
            ThemeNeed(
                theme=row.theme,
                labels=list(dict.fromkeys(labels)),
                households=int(row.households),
                percent=float(row.percent),
                mentions=int(row.mentions),
                top=list(dict.fromkeys(top)),
            )
        )
    return needs


def _quotes(dataset: Dataset, lang: str, limit: int) -> list[Quote]:
    """The quotes said most often (a sentence many households share speaks for more of them),
    one per question in turn so the page is not all about one question."""
    names = [n for n in QUOTE_QUESTIONS if n in dataset.form] or None
    table = analysis.quotes(dataset, names, lang)
    if table.empty:
        return []
    table = table[~table["text"].str.contains(_CONTACT_LIKE)]
    table = table.assign(text=table["text"].str.strip())
    counts = table.groupby(["question", "text"], sort=False).size().rename("times").reset_index()
    counts = counts.sort_values(["times", "text"], ascending=[False, True])
    per_question = {
        q: list(group.itertuples(index=False)) for q, group in counts.groupby("question")
    }
    order = [n for n in (names or per_question) if n in per_question]
    chosen: list[Quote] = []
    seen: set[str] = set()
    while len(chosen) < limit and any(per_question[n] for n in order):
        for name in order:
            while per_question[name] and len(chosen) < limit:
                row = per_question[name].pop(0)
                if row.text in seen:
                    continue
                seen.add(row.text)
                question = dataset.question(name)
                chosen.append(Quote(row.text, analysis.question_label(question, lang), row.times))
                break
    return chosen


def _inventory(frame: pd.DataFrame, form: Form | None, languages: Languages) -> list[InventoryItem]:
    """The inventory's items with their kind, theme and status labelled, resources first."""
    if frame.empty:
        return []
    allowed = [
        f for f in INVENTORY_FIELDS if not (form and f in form and form.question(f).personal)
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
