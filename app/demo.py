"""A realistic demo neighbourhood: the Marolles in Brussels, a dozen volunteers, one diagnosis
campaign, N door-to-door interviews and a shared inventory, its transition actions, projects and
a participatory budget round; with ``neighbour``, next door, Anneessens' actions, for the
benchmark grid to compare two neighbourhoods. Deterministic for a given seed.
With ``second_diagnosis``, the same neighbourhood's second diagnosis a year later: most
addresses answer again, some habits have changed (less car, less meat, more repairs...), and
it becomes the current campaign, so that the comparison has something to show.

It is also the data of the benchmarks, so 100,000 interviews must take seconds: answers are
drawn from a pool of households filled through the real form session (so relevance and
consent hold), then spread over streets, house numbers, volunteers and days.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.actions.demo_projects import add_demo_projects
from app.errors import InvalidOperation
from app.paths import data_folder
from app.records import FINALIZED
from app.store import Key, Store
from survey_forms import Form, FormSession, Question, load_builtin
from survey_forms.builtin import ACTION_FORM, INTERVIEW_FORM
from sync.wire.clock import iso, new_id

STREETS = [
    "Rue Haute", "Rue Blaes", "Rue des Renards", "Rue de la Prévoyance", "Rue des Tanneurs",
    "Rue du Miroir", "Rue Notre-Seigneur", "Rue des Capucins", "Rue Saint-Ghislain",
    "Rue de l'Épée", "Place du Jeu de Balle", "Rue Pieremans", "Rue Montserrat",
    "Rue des Minimes", "Rue de la Rasière", "Rue des Fleuristes", "Rue du Faucon",
    "Rue de la Samaritaine", "Rue des Orfèvres", "Rue Christine",
]  # fmt: skip
VOLUNTEERS = [
    "Aïcha Benali", "Jan Peeters", "Marie Dubois", "Koen Janssens", "Fatou Diallo",
    "Lucas Vermeulen", "Sofia Moreira", "Hélène Lefèvre", "Youssef El Amrani", "Els De Smet",
    "Bérénice Nkulu", "Thomas Claes",
]  # fmt: skip
COACH = "Nathalie Wouters"
FIRST_NAMES = ["Mohamed", "Anne", "Sarah", "Pieter", "Ines", "Jean", "Nadia", "Luc", "Ana", "Ömer"]
LAST_NAMES = ["Maes", "Diallo", "Dupont", "Öztürk", "Lambert", "Silva", "Kabila", "Willems"]

#: (kind, theme, name, address, run_by, status) — what a Marolles inventory could hold.
INVENTORY = [
    ("resource", "alimentation", "Potager collectif des Renards", "Rue des Renards 29",
     "Comité des Renards", "active"),
    ("resource", "ressources", "Repair Café des Marolles", "Rue Blaes 154",
     "Maison de quartier", "active"),
    ("resource", "ressources", "Give-box du Jeu de Balle", "Place du Jeu de Balle 1",
     "Habitants", "active"),
    ("resource", "biodiversite", "Hôtel à insectes du square", "Rue des Tanneurs 60",
     "École n°10", "active"),
    ("resource", "energie", "Citernes d'eau de pluie partagées", "Rue de la Prévoyance 12",
     "Logement social Querelle", "planned"),
    ("resource", "solidarite", "Épicerie solidaire", "Rue Haute 296", "CPAS", "active"),
    ("resource", "mobilite", "Atelier vélo participatif", "Rue Pieremans 8", "Cyclo", "active"),
    ("resource", "alimentation", "Compost de quartier", "Rue Saint-Ghislain 40",
     "Maître-composteur", "active"),
    ("need", "espace_public", "Bancs et ombre sur la place", "Place du Jeu de Balle", "", ""),
    ("need", "mobilite", "Traversée sûre vers l'école", "Rue Haute 150", "", ""),
    ("need", "biodiversite", "Plus d'arbres rue des Capucins", "Rue des Capucins", "", ""),
    ("need", "energie", "Conseils pour isoler les logements", "", "", ""),
    ("place", "espace_public", "Parc de la Porte de Hal", "Boulevard du Midi", "Ville", ""),
    ("place", "solidarite", "Salle de la Maison de quartier", "Rue Blaes 154", "", ""),
    ("actor", "solidarite", "Comité des locataires", "Rue Haute 250", "Locataires", "active"),
    ("project_idea", "alimentation", "Frigo partagé", "Rue des Renards", "", "planned"),
    ("project_idea", "ressources", "Grainothèque à la bibliothèque", "Rue de la Rasière 5",
     "Bibliothèque", "planned"),
]  # fmt: skip

#: (theme, title, run by, stage, people reached, shareable) — the group's transition actions,
#: one theme of each level of the benchmark grid and a gap (protéger: trees asked for, no action).
ACTIONS = [
    ("se_nourrir", "Potager collectif des Renards", "Comité des Renards", "en_cours", 40, "yes"),
    ("se_nourrir", "Groupe d'achats solidaire", "Épicerie solidaire", "terminee", 25, "no"),
    ("consommer", "Repair Café mensuel", "Maison de quartier", "en_cours", 120, "yes"),
    ("circuler", "Atelier vélo pour les enfants", "Cyclo", "en_preparation", 0, "no"),
    ("habiter", "Permanence conseils isolation", "Comité des locataires", "idee", 0, "no"),
    ("cultiver", "Fête des voisins rue Blaes", "Habitants", "terminee", 80, "yes"),
    ("cultiver", "Chorale du Jeu de Balle", "Habitants", "en_cours", 20, "no"),
]  # fmt: skip

#: The neighbouring Anneessens, followed by the same coach: its campaign of actions, its
#: transition actions (protéger is well under way there, where the Marolles have a gap: the
#: grid compares them) and a need of its inventory no action answers yet (consommer, a gap).
NEIGHBOUR = "Anneessens"
NEIGHBOUR_CAMPAIGN = "Anneessens en transition 2026"
NEIGHBOUR_ACTIONS = [
    ("proteger", "Rue verte des Six-Jetons", "Comité Anneessens", "en_cours", 60, "yes"),
    ("proteger", "Nichoirs à martinets", "École des Six-Jetons", "terminee", 35, "yes"),
    ("circuler", "Rue scolaire le vendredi", "Parents de l'école", "en_cours", 200, "yes"),
    ("travailler", "Atelier couture et emploi", "Mission locale", "en_preparation", 0, "no"),
    ("se_nourrir", "Frigo solidaire", "Habitants", "idee", 0, "no"),
]  # fmt: skip
NEIGHBOUR_INVENTORY = [
    ("need", "ressources", "Dépôts sauvages rue d'Anderlecht", "Rue d'Anderlecht", "", ""),
]

#: Answer distributions for the door-to-door form, where a uniform draw would be implausible.
WEIGHTS: dict[str, dict[str, float]] = {
    "consent": {"yes": 0.86, "no": 0.14},
    "tenure": {"social": 0.42, "tenant": 0.38, "owner": 0.18, "other": 0.02},
    "years_here": {"lt2": 0.2, "2_10": 0.42, "gt10": 0.38},
    "dwelling_type": {"apartment": 0.62, "terraced": 0.25, "semi_detached": 0.05,
                      "detached": 0.03, "dont_know": 0.05},
    "building_period": {"before_1945": 0.45, "1945_1970": 0.2, "1971_1990": 0.12,
                        "1991_2010": 0.08, "after_2010": 0.05, "renovated": 0.05,
                        "dont_know": 0.05},
    "heating": {"gas": 0.62, "electric": 0.14, "district": 0.1, "oil": 0.07, "heat_pump": 0.04,
                "wood": 0.03, "dont_know": 0.02},
    "heating_known": {"kwh": 0.25, "euros": 0.2, "litres": 0.05, "dont_know": 0.5},
    "car_use": {"none": 0.5, "shared": 0.08, "occasional": 0.24, "daily": 0.18},
    "car_fuel": {"petrol": 0.4, "diesel": 0.4, "hybrid": 0.08, "electric": 0.07,
                 "dont_know": 0.05},
    "public_transport": {"daily": 0.35, "weekly": 0.3, "rarely": 0.2, "never": 0.1,
                         "dont_know": 0.05},
    "bike": {"daily": 0.15, "weekly": 0.2, "rarely": 0.25, "never": 0.38, "dont_know": 0.02},
    "diet": {"meat_daily": 0.45, "little_meat": 0.4, "vegetarian": 0.12, "vegan": 0.03,
             "dont_know": 0.03},
    "local_food": {"mostly": 0.2, "sometimes": 0.45, "rarely": 0.3, "dont_know": 0.05},
    "clothes": {"few": 0.35, "some": 0.45, "many": 0.12, "dont_know": 0.08},
    "purchases": {"new": 0.45, "mixed": 0.4, "second_hand": 0.15, "dont_know": 0.03},
    "repair": {"often": 0.2, "sometimes": 0.45, "never": 0.3, "dont_know": 0.05},
    "participate": {"no": 0.55, "maybe": 0.3, "yes": 0.15},
}  # fmt: skip
TEMPLATE_POOL = 1500
SECOND_CAMPAIGN = "Second diagnostic 2027"
#: Share of the first campaign's households met again at the same address a year later.
REVISITED = 0.7
QUOTES = [
    "Il manque un endroit où les enfants peuvent jouer sans voitures.",
    "On se croise au marché, mais on ne se parle pas vraiment.",
    "J'aimerais un potager pas loin, je n'ai pas de jardin.",
    "Les trottoirs sont trop étroits pour les poussettes.",
    "La solidarité entre voisins, c'est ce que j'aime ici.",
    "Een buurtfeest één keer per jaar zou leuk zijn.",
    "Il fait trop chaud l'été dans les logements du dernier étage.",
]


def DEFAULT_DEMO_PATH() -> Path:
    return data_folder() / "demo.sqlite"


@dataclass(frozen=True)
class DemoSummary:
    neighbourhood: str
    interviews: int
    inventory: int
    volunteers: int
    seconds: float


def build_demo(
    path: Path,
    *,
    households: int,
    seed: int = 1,
    replace: bool = False,
    second_diagnosis: bool = False,
    neighbour: bool = False,
) -> DemoSummary:
    """Create the demo database at `path`. An existing file is replaced only when asked. With
    ``second_diagnosis``, a second campaign a year later (as many interviews) is current. With
    ``neighbour``, the coach's laptop also holds the neighbouring Anneessens: its campaign of
    transition actions and its inventory's need, so that the benchmark grid compares two
    neighbourhoods (the Marolles stay the laptop's neighbourhood and campaign)."""
    started = time.perf_counter()
    if path.exists():
        if not replace:
            raise InvalidOperation("demo.exists", path=path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    with Store.open(path) as store:
        form = load_builtin(INTERVIEW_FORM)
        store.forms.ensure_builtin()
        nid = store.directory.add_neighbourhood("Marolles", commune="Bruxelles", postcode="1000")
        campaign = store.directory.add_campaign(
            nid,
            "Diagnostic partagé 2026",
            starts_on="2026-03-01",
            ends_on="2026-04-30",
            target_households=max(households, 1) * 5 // 4,
        )
        people = [(new_id(), name) for name in VOLUNTEERS]
        for pid, name in people:
            store.directory.add_person(name, person_id=pid)
        coach = store.directory.add_person(COACH, role="coach")
        store.settings.set(Key.NEIGHBOURHOOD, nid)
        store.settings.set(Key.CAMPAIGN, campaign)
        store.settings.set(Key.PERSON, coach)  # the demo opens with every section shown
        authors = [p for p, _ in people]
        pool, met = _insert_interviews(store, form, campaign, authors, households, rng)
        for index, item in enumerate(INVENTORY):
            _add_inventory_item(store, nid, item, people[index % len(people)][0], coach)
        _insert_actions(store, campaign, coach)
        add_demo_projects(store, nid, coach, seed)
        if neighbour:
            _add_neighbour(store, coach)
        if second_diagnosis:
            later = store.directory.add_campaign(
                nid,
                SECOND_CAMPAIGN,
                starts_on="2027-03-01",
                ends_on="2027-04-30",
                target_households=max(households, 1) * 5 // 4,
            )
            # a generator of its own: the first campaign is the same with or without it
            again = random.Random(seed + 2027)
            _insert_second_diagnosis(store, form, later, authors, pool, met, again)
            store.settings.set(Key.CAMPAIGN, later)
    return DemoSummary(
        "Marolles", households, len(INVENTORY), len(people), time.perf_counter() - started
    )


@dataclass(frozen=True)
class _Met:
    """A household met: which template of the pool answered, where."""

    template: int
    street: str
    house_number: str | None


def _insert_interviews(
    store: Store,
    form: Form,
    campaign: str,
    authors: list[str],
    households: int,
    rng: random.Random,
) -> tuple[list[dict[str, Any]], list[_Met]]:
    """The first campaign's interviews; returns the pool of answers and who was met where."""
    pool = [fill_household(form, rng) for _ in range(min(households, TEMPLATE_POOL))]
    met: list[_Met] = []

    def draw() -> Iterator[_Met]:  # drawn as the rows are made: one generator, one order
        for _ in range(households):
            template = rng.randrange(len(pool))
            street = rng.choice(STREETS)
            number = str(rng.randint(1, 320)) if "house_number" in pool[template] else None
            met.append(_Met(template, street, number))
            yield met[-1]

    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    _insert_met(store, form, campaign, authors, pool, draw(), start, rng)
    return pool, met


def _insert_second_diagnosis(
    store: Store,
    form: Form,
    campaign: str,
    authors: list[str],
    pool: list[dict[str, Any]],
    met: list[_Met],
    rng: random.Random,
) -> None:
    """A year later: REVISITED of the addresses answer again, their habits changed by
    ``_a_year_later``; the others are new households at new addresses."""
    later = [_a_year_later(form, answers, rng) for answers in pool]
    again = []
    for household in met:
        if rng.random() < REVISITED:
            again.append(household)
            continue
        template = rng.randrange(len(pool))
        number = str(rng.randint(1, 320)) if "house_number" in later[template] else None
        again.append(_Met(template, rng.choice(STREETS), number))
    start = datetime(2027, 3, 1, 9, tzinfo=UTC)
    _insert_met(store, form, campaign, authors, later, again, start, rng)


def _a_year_later(form: Form, answers: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A household's answers a year later: a few habits changed after a year of projects
    (bike workshop, repair café, insulation advice, the group's vegetable garden...). Replayed
    through the form session, so that answers no longer relevant go (no car: no km)."""
    new = dict(answers)

    def some(share: float) -> bool:
        return rng.random() < share

    car = new.get("car_use")
    if car == "daily" and some(0.3):
        new["car_use"] = "occasional"
    elif car == "occasional" and some(0.15):
        new["car_use"] = "shared"
    if isinstance(new.get("car_km"), int) and some(0.4):
        new["car_km"] = int(new["car_km"] * rng.uniform(0.5, 0.85))
    if new.get("bike") in ("never", "rarely") and some(0.3):
        new["bike"] = "weekly"
    if new.get("public_transport") in ("rarely", "never") and some(0.2):
        new["public_transport"] = "weekly"
    if new.get("diet") == "meat_daily" and some(0.3):
        new["diet"] = "little_meat"
    for meal, fewer in (("meals_red_meat", 3), ("meals_white_meat", 1)):
        if isinstance(new.get(meal), int) and some(0.35):
            new[meal] = max(0, new[meal] - rng.randint(1, fewer))
    if new.get("local_food") == "rarely" and some(0.3):
        new["local_food"] = "sometimes"
    if new.get("repair") == "never" and some(0.35):
        new["repair"] = "sometimes"
    if new.get("purchases") == "new" and some(0.2):
        new["purchases"] = "mixed"
    if new.get("clothes") == "many" and some(0.25):
        new["clothes"] = "some"
    if new.get("building_period") in ("before_1945", "1945_1970") and some(0.1):
        new["building_period"] = "renovated"
    if new.get("heating") == "oil" and some(0.2):
        new["heating"] = "heat_pump"
    if isinstance(new.get("flights"), int) and new["flights"] > 0 and some(0.15):
        new["flights"] -= 1
        if isinstance(new.get("flights_long"), int):
            new["flights_long"] = min(new["flights_long"], new["flights"])
    session = FormSession(form, lang="fr")
    for question in form.questions():
        if not question.repeat and question.name in new:
            session.set(question.name, new[question.name])
    return session.answers_to_keep()


def _insert_met(
    store: Store,
    form: Form,
    campaign: str,
    authors: list[str],
    pool: list[dict[str, Any]],
    met: Iterable[_Met],
    start: datetime,
    rng: random.Random,
) -> None:
    clock = {q.name: q.type for q in form.questions() if q.type in ("start", "end", "today")}
    rows: list[dict[str, Any]] = []
    for household in met:
        answers = dict(pool[household.template])
        answers["street"] = household.street
        if household.house_number is not None and "house_number" in answers:
            answers["house_number"] = household.house_number
        moment = start + timedelta(days=rng.randint(0, 55), minutes=rng.randint(0, 600))
        stamp = iso(moment)
        done = moment + timedelta(minutes=rng.randint(6, 25))
        times = {"start": stamp, "end": iso(done), "today": stamp[:10]}
        for name, kind in clock.items():  # the interview's own time, not the demo's
            answers[name] = times[kind]
        rows.append(
            {
                "id": new_id(),
                "form_id": form.form_id,
                "form_version": form.version,
                "campaign_id": campaign,
                "author_id": rng.choice(authors),
                "device_id": store.device_id,
                "status": FINALIZED,
                "answers": answers,
                "street": answers["street"],
                "created_at": stamp,
                "updated_at": stamp,
                "finalized_at": stamp,
            }
        )
    store.submissions.bulk_insert(rows)


def _add_neighbour(store: Store, coach: str) -> None:
    """The second neighbourhood of the grid: its actions and its inventory's need, no
    interview (the Marolles stay this laptop's neighbourhood and campaign)."""
    nid = store.directory.add_neighbourhood(NEIGHBOUR, commune="Bruxelles", postcode="1000")
    campaign = store.directory.add_campaign(
        nid, NEIGHBOUR_CAMPAIGN, starts_on="2026-01-15", ends_on="2026-12-15"
    )
    _insert_actions(store, campaign, coach, NEIGHBOUR_ACTIONS)
    for item in NEIGHBOUR_INVENTORY:
        _add_inventory_item(store, nid, item, coach, coach)


def _insert_actions(
    store: Store, campaign: str, author: str, actions: list[tuple[Any, ...]] | None = None
) -> None:
    form = load_builtin(ACTION_FORM)
    stamp = iso(datetime(2026, 5, 4, 18, tzinfo=UTC))
    rows = []
    for theme, title, actors, stage, reach, shareable in ACTIONS if actions is None else actions:
        answers = {"theme": theme, "title": title, "actors": actors, "stage": stage,
                   "reach": reach, "shareable": shareable}  # fmt: skip
        rows.append({"id": new_id(), "form_id": form.form_id, "form_version": form.version,
                     "campaign_id": campaign, "author_id": author, "device_id": store.device_id,
                     "status": FINALIZED, "answers": answers, "street": None,
                     "created_at": stamp, "updated_at": stamp, "finalized_at": stamp})  # fmt: skip
    store.submissions.bulk_insert(rows)


def fill_household(form: Form, rng: random.Random) -> dict[str, Any]:
    """One plausible household, answered question by question through the form session so
    that relevance, constraints and the consent rule hold as they would on a doorstep."""
    session = FormSession(form, lang="fr")
    for question in form.questions():
        if question.repeat or not session.is_relevant(question.name):
            continue
        value = _draw_habit(question, rng, session)
        if value is _NOT_A_HABIT:
            value = _draw(question, rng)
        if value is not None:
            session.set(question.name, value)
    return session.answers_to_keep()


#: Meals with red meat, white meat and fish a week, by diet (ranges drawn from).
MEALS = {"meat_daily": ((3, 7), (3, 7), (0, 2)), "little_meat": ((0, 2), (1, 3), (0, 2)),
         "vegetarian": ((0, 0), (0, 0), (0, 0)), "vegan": ((0, 0), (0, 0), (0, 0))}  # fmt: skip
SURFACES = {"apartment": (40, 110), "terraced": (80, 160), "semi_detached": (110, 190),
            "detached": (130, 250)}  # fmt: skip
HEATING_AMOUNTS = {"kwh": (6000, 20000), "litres": (900, 2800), "euros": (600, 2500)}
CAR_KM = {"daily": (8000, 20000), "occasional": (2000, 8000), "shared": (300, 3000)}
_NOT_A_HABIT = object()


def _draw_habit(q: Question, rng: random.Random, session: FormSession) -> Any:
    """The household habits' numbers, consistent with the answers before them (surface with
    the dwelling, meals with the diet...); about one in five left blank ("je ne sais pas")."""
    name = q.name
    numbers = ("surface", "heating_amount", "electricity_kwh", "cars", "car_km", "flights_long",
               "meals_red_meat", "meals_white_meat", "meals_fish", "devices")  # fmt: skip
    if name not in numbers:
        return _NOT_A_HABIT
    if name not in ("heating_amount", "flights_long") and rng.random() < 0.2:
        return None
    value = session.value
    match name:
        case "surface":
            return rng.randint(*SURFACES.get(value("dwelling_type"), (50, 150)))
        case "heating_amount":
            unit = value("heating_known")
            if unit == "litres" and value("heating") != "oil":
                return None
            return rng.randint(*HEATING_AMOUNTS.get(unit, (6000, 20000)))
        case "electricity_kwh":
            return rng.randint(1200, 5000)
        case "cars":
            return rng.choice((1, 1, 1, 1, 2))
        case "car_km":
            return rng.randint(*CAR_KM.get(value("car_use"), (2000, 8000)))
        case "flights_long":
            return rng.choice((0, 0, 0, 1)) if (value("flights") or 0) > 0 else None
        case "devices":
            return rng.choice((0, 0, 1, 1, 2, 3))
    meals = MEALS.get(value("diet"))
    if meals is None:
        return None
    column = ("meals_red_meat", "meals_white_meat", "meals_fish").index(name)
    return rng.randint(*meals[column])


def _draw(q: Question, rng: random.Random) -> Any:
    names = [c.name for c in q.choices]
    if q.name in WEIGHTS and q.type == "select_one":
        weights = WEIGHTS[q.name]
        options = [n for n in names if n in weights] or names
        return rng.choices(options, [weights.get(n, 0.01) for n in options])[0]
    if q.name == "contact_name":
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    if q.name == "contact_phone":
        pairs = " ".join(f"{rng.randint(10, 99)}" for _ in range(3))
        return f"+32 4{rng.randint(70, 99)} {pairs}"
    if q.name == "contact_email":
        return f"voisin{rng.randint(1, 99999)}@example.org"
    match q.type:
        case "select_one":
            return rng.choice(names) if names else None
        case "select_multiple":
            return rng.sample(names, k=min(len(names), rng.choice((1, 1, 2, 2, 3)))) or None
        case "integer":
            low, high = _bounds(q)
            return rng.randint(low, high)
        case "decimal":
            low, high = _bounds(q)
            return round(rng.uniform(low, high), 1)
        case "text":
            return rng.choice(QUOTES) if rng.random() < 0.35 else None
        case "date":
            return f"2026-03-{rng.randint(2, 28):02d}"
        case "acknowledge":
            return "OK"
    return None


def _bounds(q: Question) -> tuple[int, int]:
    """Plausible numbers: household size 1-6, kilometres a year, flights, years..."""
    name = q.name
    if "km" in name:
        return 0, 15000
    if "flight" in name or "vol" in name:
        return 0, 4
    if "year" in name or "annee" in name:
        return 0, 40
    return 1, 6


def _add_inventory_item(
    store: Store, nid: str, item: tuple[str, ...], author: str, coach: str
) -> None:
    kind, theme, name, address, run_by, status = item
    data = {"kind": kind, "theme": theme, "name": name, "address": address}
    if run_by:
        data["run_by"] = run_by
    if status:
        data["status"] = status
    record = store.inventory.save(nid, data, author_id=author)
    described = {**data, "description": f"{name} — relevé lors du porte-à-porte."}
    store.inventory.save(
        nid, described, item_id=record.id, base_version=record.version, author_id=coach
    )
