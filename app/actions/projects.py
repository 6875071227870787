"""A transition project's sheet (issue 16; the Quartiers en Transitions *fiche projet*: qui,
quoi, comment, où, quand, combien, pourquoi), built from the diagnosis.

A sheet is a plain JSON object, versioned and synced by ``app.store.projects``:

- ``title`` (required), ``theme`` (one of the grid's seven, required), ``stage`` (as an
  action's: idee, en_preparation, en_cours, terminee);
- ``goal`` (quoi), ``how`` (comment), ``why`` (pourquoi, in the group's words), ``who`` (qui:
  the group and its partners, never a resident's personal data), ``where`` (où);
- ``milestones`` (quand): ``[{"date": "YYYY-MM-DD", "what": text}]``, kept in date order;
- ``budget`` (combien): ``[{"label": text, "amount": whole euros}]``;
- ``reach``: the people it expects to reach;
- the diagnosis it answers: ``needs`` (the interview's need choices, ``"question/choice"``
  keys such as ``"needs/trees"``), ``items`` (inventory item ids) and ``levers`` (the carbon
  diagnosis' levers, ``app.carbon.levers.LEVERS`` keys);
- ``origin``: ``"gap"`` when it was made from a gap of the benchmark grid;
- ``report``, written when the project ends (the end-of-year report): ``done``,
  ``changed``, ``lessons``, ``next`` (texts), ``reached`` (people reached), ``expenses``
  (``[{"line": budget line's label or "", "cents": amount in cents, "receipt": its number}]``)
  and ``photos`` (``[{"sha256": the attachment's hash, "caption": text}]``, at most 12).

``check_sheet`` is the one check before a sheet is saved. ``diagnosis_of`` gathers what the
diagnosis says (counts of households, never their answers) and ``from_gap`` turns a gap of the
grid into a project idea linked to the needs, inventory items and levers of its theme.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from app.actions.id_prefix import by_id_prefix
from app.actions.themes import IDEA, LEVER_THEMES, NEED_THEMES, STAGES, theme_labels
from app.analysis import MIN_HOUSEHOLDS, Share, counted
from app.dataset import load_dataset
from app.errors import InvalidOperation, RecordNotFound
from app.records import InventoryRecord, ProjectRecord
from app.store import Key, Store
from survey_forms.model import Texts

#: Free texts of a sheet, each kept stripped (an empty one is left out).
TEXTS = ("goal", "how", "why", "who", "where")
TITLE_LENGTH = 300
TEXT_LENGTH = 4000
#: Photos of the end-of-project report, each kept as an attachment (by its SHA-256).
MAX_PHOTOS = 12
CAPTION_LENGTH = 200
SHA256 = re.compile(r"[0-9a-f]{64}")
#: Inventory kinds a project may build on or answer.
NEED_KIND = "need"
GAP = "gap"


def check_sheet(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as a sheet is kept: texts stripped, milestones in date order, empty fields
    left out. Raises ``InvalidOperation`` (``project.*``) for what cannot be kept. Fields this
    version does not know (a newer laptop's, open conflicts) are kept as they are."""
    sheet = dict(data)
    title = str(sheet.get("title") or "").strip()
    if not title:
        raise InvalidOperation("project.no_title")
    if len(title) > TITLE_LENGTH:
        raise InvalidOperation("project.too_long", field="title", limit=TITLE_LENGTH)
    sheet["title"] = title
    themes = theme_labels()
    if sheet.get("theme") not in themes:
        raise InvalidOperation(
            "project.unknown_theme", theme=sheet.get("theme"), known=", ".join(themes)
        )
    sheet["stage"] = sheet.get("stage") or IDEA
    if sheet["stage"] not in STAGES:
        raise InvalidOperation(
            "project.unknown_stage", stage=sheet["stage"], known=", ".join(STAGES)
        )
    for name in TEXTS:
        text = str(sheet.pop(name, "") or "").strip()
        if len(text) > TEXT_LENGTH:
            raise InvalidOperation("project.too_long", field=name, limit=TEXT_LENGTH)
        if text:
            sheet[name] = text
    milestones = [_milestone(m) for m in sheet.pop("milestones", None) or []]
    if milestones:
        sheet["milestones"] = sorted(milestones, key=lambda m: m["date"])
    budget = [_budget_line(line) for line in sheet.pop("budget", None) or []]
    if budget:
        sheet["budget"] = budget
    reach = sheet.pop("reach", None)
    if reach not in (None, ""):
        sheet["reach"] = _whole(reach, "reach")
    for name in ("needs", "items", "levers"):
        links = list(dict.fromkeys(str(v) for v in sheet.pop(name, None) or [] if str(v)))
        if links:
            sheet[name] = links
    unknown = sorted(set(sheet.get("levers", [])) - set(lever_labels()))
    if unknown:
        raise InvalidOperation(
            "project.unknown_lever", lever=", ".join(unknown), known=", ".join(lever_labels())
        )
    report = _report(sheet.pop("report", None) or {})
    if report:
        sheet["report"] = report
    return sheet


#: The end-of-year report's texts.
REPORT_TEXTS = ("done", "changed", "lessons", "next")


def _report(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidOperation("project.bad_report")
    report: dict[str, Any] = {}
    for name in REPORT_TEXTS:
        text = str(value.get(name) or "").strip()
        if len(text) > TEXT_LENGTH:
            raise InvalidOperation("project.too_long", field=name, limit=TEXT_LENGTH)
        if text:
            report[name] = text
    if value.get("reached") not in (None, ""):
        report["reached"] = _whole(value["reached"], "reached")
    expenses = [_expense(e) for e in value.get("expenses") or []]
    if expenses:
        report["expenses"] = expenses
    photos = [_photo(p) for p in value.get("photos") or []]
    if len(photos) > MAX_PHOTOS:
        raise InvalidOperation("project.too_many_photos", limit=MAX_PHOTOS)
    if photos:
        report["photos"] = photos
    return report


def _photo(value: Any) -> dict[str, str]:
    sha = str(value.get("sha256") or "") if isinstance(value, dict) else ""
    if not SHA256.fullmatch(sha):
        raise InvalidOperation("project.bad_photo", photo=str(value)[:80])
    caption = str(value.get("caption") or "").strip()
    if len(caption) > CAPTION_LENGTH:
        raise InvalidOperation("project.too_long", field="caption", limit=CAPTION_LENGTH)
    return {"sha256": sha, "caption": caption}


def _expense(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidOperation("project.bad_expense", expense=str(value))
    cents = value.get("cents")
    if isinstance(cents, bool) or not isinstance(cents, int) or cents <= 0:
        raise InvalidOperation("project.bad_expense", expense=str(value))
    return {"line": str(value.get("line") or "").strip(), "cents": cents,
            "receipt": str(value.get("receipt") or "").strip()}  # fmt: skip


def cents_of(text: str) -> int:
    """'182,40', '182.4', '1 200' -> cents; refused unless positive with at most 2 decimals."""
    clean = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    clean = clean.replace(",", ".").removesuffix("€")
    whole, dot, decimals = clean.partition(".")
    if not whole.isdigit() or (dot and not (decimals.isdigit() and len(decimals) <= 2)):
        raise InvalidOperation("project.bad_amount", label=text, amount=text)
    cents = int(whole) * 100 + int((decimals or "0").ljust(2, "0"))
    if cents <= 0:
        raise InvalidOperation("project.bad_amount", label=text, amount=text)
    return cents


def spent_by_line(sheet: dict[str, Any]) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """The cents spent on each budget line (by its label), and the expenses no line foresaw."""
    lines = {line["label"]: 0 for line in sheet.get("budget", [])}
    others = []
    for expense in sheet.get("report", {}).get("expenses", []):
        if expense["line"] in lines:
            lines[expense["line"]] += expense["cents"]
        else:
            others.append(expense)
    return lines, others


def _milestone(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InvalidOperation("project.bad_milestone", milestone=str(value))
    when, what = str(value.get("date") or "").strip(), str(value.get("what") or "").strip()
    try:
        date.fromisoformat(when)
    except ValueError:
        raise InvalidOperation("project.bad_date", date=when) from None
    if len(when) != 10 or not what:
        raise InvalidOperation("project.bad_milestone", milestone=f"{when} {what}".strip())
    return {"date": when, "what": what}


def _budget_line(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not str(value.get("label") or "").strip():
        raise InvalidOperation("project.bad_budget_line", line=str(value))
    label = str(value["label"]).strip()
    amount = _whole(value.get("amount"), label)
    if amount <= 0:
        raise InvalidOperation("project.bad_amount", label=label, amount=amount)
    return {"label": label, "amount": amount}


def _whole(value: Any, what: str) -> int:
    """A whole number of euros or people: 1200, "1 200", "1200.0"."""
    if isinstance(value, bool):
        raise InvalidOperation("project.bad_amount", label=what, amount=value)
    text = str(value).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    try:
        number = float(text)
    except ValueError:
        raise InvalidOperation("project.bad_amount", label=what, amount=value) from None
    if number != int(number) or number < 0:
        raise InvalidOperation("project.bad_amount", label=what, amount=value)
    return int(number)


def budget_total(sheet: dict[str, Any]) -> int:
    return sum(int(line["amount"]) for line in sheet.get("budget", []))


def lever_labels() -> dict[str, Texts]:
    from app.carbon.levers import LEVERS

    return {lever.key: lever.label for lever in LEVERS}


@dataclass(frozen=True)
class NeedFigure:
    """One need of the interview (a choice that carries a diagnosis theme): the households
    that named it among those that answered. A count, never who."""

    key: str
    label: Texts
    #: The diagnosis' theme and the grid theme it counts in (``themes.NEED_THEMES``).
    diagnosis_theme: str
    theme: str
    share: Share


@dataclass(frozen=True)
class Diagnosis:
    """What the diagnosis of a neighbourhood says, for its projects: the campaign it comes
    from (None: every campaign of the neighbourhood), the interviews that count, every need
    with its households, households naming a need of each grid theme, the inventory."""

    neighbourhood: dict[str, Any]
    campaign: dict[str, Any] | None
    households: int
    needs: list[NeedFigure]
    themes: dict[str, Share]
    items: list[InventoryRecord]
    #: Households that answered the carbon diagnosis' usage questions.
    usage_households: int = 0
    campaign_households: dict[str, int] = field(default_factory=dict)

    def need(self, key: str) -> NeedFigure | None:
        return next((n for n in self.needs if n.key == key), None)

    def item(self, item_id: str) -> InventoryRecord | None:
        return next((i for i in self.items if i.id == item_id), None)

    @property
    def has_carbon(self) -> bool:
        """The carbon diagnosis is present: enough households answered its questions."""
        return self.usage_households >= MIN_HOUSEHOLDS


def campaign_of(store: Store, neighbourhood_id: str, campaign_id: str | None = None) -> str | None:
    """The campaign whose diagnosis a project of the neighbourhood cites: the one named,
    else this laptop's current one when it is the neighbourhood's, else the neighbourhood's
    latest begun; None when it has none."""
    campaigns = store.directory.campaigns(neighbourhood_id)
    known = {c["id"] for c in campaigns}
    if campaign_id is not None:
        if campaign_id not in known:
            raise RecordNotFound("campaign.unknown", id=campaign_id)
        return campaign_id
    current = store.settings.get(Key.CAMPAIGN)
    if current in known:
        return current
    if not campaigns:
        return None
    return max(campaigns, key=lambda c: (c["starts_on"] or "", c["created_at"]))["id"]


def diagnosis_of(store: Store, neighbourhood_id: str, campaign_id: str | None = None) -> Diagnosis:
    """The diagnosis a project of ``neighbourhood_id`` builds on (``campaign_of`` says which
    campaign's; rejected interviews never count)."""
    from app.carbon.footprint import answered_usage

    hood = next((n for n in store.directory.neighbourhoods() if n["id"] == neighbourhood_id), None)
    if hood is None:
        raise RecordNotFound("record.not_found", id=neighbourhood_id)
    cid = campaign_of(store, neighbourhood_id, campaign_id)
    campaign = next((c for c in store.directory.campaigns(neighbourhood_id) if c["id"] == cid),
                    None)  # fmt: skip
    items = store.inventory.items(neighbourhood_id, limit=1_000_000)
    try:
        dataset = load_dataset(store, campaign_id=cid, neighbourhood_id=neighbourhood_id)
    except RecordNotFound:  # no interview form on this laptop: no interview either
        return Diagnosis(hood, campaign, 0, [], {}, items)
    frame = counted(dataset)
    needs: list[NeedFigure] = []
    named: dict[str, pd.Series] = {}
    for question in dataset.questions:
        if not question.is_select or question.is_personal:
            continue
        respondents = int(frame[question.key].notna().sum())
        for choice in question.choices:
            theme = NEED_THEMES.get(choice.theme or "")
            if theme is None:
                continue
            if question.is_multiple:
                picked = frame[f"{question.key}/{choice.name}"].fillna(0).astype(bool)
            else:
                picked = frame[question.key] == choice.name
            key = f"{question.key}/{choice.name}"
            share = Share(int(picked.sum()), respondents)
            needs.append(NeedFigure(key, choice.label, str(choice.theme), theme, share))
            named[theme] = named[theme] | picked if theme in named else picked
    themes = {theme: Share(int(picked.sum()), len(frame)) for theme, picked in named.items()}
    usage = int(answered_usage(frame).sum()) if len(frame) else 0
    return Diagnosis(hood, campaign, len(frame), needs, themes, items, usage)


def needs_in(diagnosis: Diagnosis, theme: str) -> list[NeedFigure]:
    """The needs of a grid theme that households named, most named first."""
    found = [n for n in diagnosis.needs if n.theme == theme and n.share.count > 0]
    return sorted(found, key=lambda n: (-n.share.count, n.key))


def items_in(diagnosis: Diagnosis, theme: str, kinds: Iterable[str] = (NEED_KIND,)) -> list[str]:
    """The ids of the inventory's items of these kinds whose theme counts in a grid theme."""
    wanted = set(kinds)
    return [
        i.id
        for i in diagnosis.items
        if i.kind in wanted and NEED_THEMES.get(i.theme) == theme and not i.deleted
    ]


def levers_in(theme: str) -> list[str]:
    """The carbon levers that work in a grid theme (``themes.LEVER_THEMES``)."""
    from app.carbon.levers import LEVERS

    return [lever.key for lever in LEVERS if LEVER_THEMES.get(lever.sector) == theme]


def from_gap(
    store: Store,
    neighbourhood_id: str,
    theme: str,
    *,
    title: str | None = None,
    campaign_id: str | None = None,
) -> dict[str, Any]:
    """A project idea from a gap of the grid (residents named needs of ``theme``, and no
    action exists there): linked to the theme's needs that households named, its inventory
    needs and, when the carbon diagnosis is present, its levers. Its title is the one given,
    else the first inventory need's name, else the theme's. Raises ``project.not_a_gap``
    when the neighbourhood's cell is not a gap."""
    from app.actions.grid import actions_of, needs_of

    labels = theme_labels()
    if theme not in labels:
        raise InvalidOperation("project.unknown_theme", theme=theme, known=", ".join(labels))
    actions = [a for a in actions_of(store, neighbourhood_id) if a.theme == theme]
    expressed = needs_of(store, neighbourhood_id).get(theme)
    if actions or expressed is None or not expressed.expressed:
        raise InvalidOperation(
            "project.not_a_gap",
            theme=labels[theme]["fr"],
            actions=len(actions),
            households=expressed.households if expressed else 0,
        )
    diagnosis = diagnosis_of(store, neighbourhood_id, campaign_id)
    items = items_in(diagnosis, theme)
    first_item = diagnosis.item(items[0]) if items else None
    sheet: dict[str, Any] = {
        "title": title or (first_item.name if first_item else labels[theme]["fr"]),
        "theme": theme,
        "stage": IDEA,
        "needs": [n.key for n in needs_in(diagnosis, theme)],
        "items": items,
        "levers": levers_in(theme) if diagnosis.has_carbon else [],
        "origin": GAP,
    }
    return check_sheet(sheet)


def save_project(
    store: Store,
    neighbourhood_id: str,
    data: dict[str, Any],
    *,
    project: ProjectRecord | None = None,
    author_id: str | None = None,
) -> ProjectRecord:
    """Check a sheet and keep it: a new project, or a new version of ``project`` (made from
    the version it was read at)."""
    sheet = check_sheet(data)
    if project is None:
        return store.projects.save(neighbourhood_id, sheet, author_id=author_id)
    return store.projects.save(
        project.neighbourhood_id,
        sheet,
        project_id=project.id,
        base_version=project.version,
        author_id=author_id,
    )


def find_project(store: Store, ref: str) -> ProjectRecord:
    """A project by its id or by the first characters of it (at least 4, as ``quartier
    project list`` shows them), deleted ones included."""
    projects = store.projects.all(include_deleted=True)
    return by_id_prefix(projects, ref, ("record.not_found", "id"), "project.ambiguous")


def neighbourhood_of(store: Store, ref: str | None = None) -> str:
    """The neighbourhood a command works on: the one named (id or name), else this laptop's
    current one, else the only one it knows."""
    hoods = store.directory.neighbourhoods()
    if ref is not None:
        wanted = ref.strip().casefold()
        for hood in hoods:
            if hood["id"] == ref or str(hood["name"]).casefold() == wanted:
                return str(hood["id"])
        raise RecordNotFound("record.not_found", id=ref)
    current = store.settings.get(Key.NEIGHBOURHOOD)
    if current in {h["id"] for h in hoods}:
        return str(current)
    if len(hoods) == 1:
        return str(hoods[0]["id"])
    raise InvalidOperation("project.choose_neighbourhood", count=len(hoods))
