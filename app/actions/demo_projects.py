"""The demo's projects and participatory budget (issue 16): the gap of the grid in protéger
(trees asked for, no action) made a project, three more projects of the group, and a closed
budget round of 4,000 € where 48 households voted. Its own random generator: the rest of the
demo is the same with or without it."""

from __future__ import annotations

import random
from typing import Any

from app.actions.budget_rounds import propose
from app.actions.projects import from_gap, save_project
from app.store import Store

TREES: dict[str, Any] = {
    "stage": "en_preparation",
    "goal": "Planter six arbres d'alignement et végétaliser leurs pieds avec les riverains.",
    "how": "Avec la commune (permis) et Bruxelles Environnement ; un chantier participatif un "
    "samedi, puis un parrainage de chaque arbre par une famille de la rue.",
    "why": "La rue des Capucins est minérale et très chaude l'été ; les habitants demandent de "
    "l'ombre et de la verdure.",
    "who": "Comité des Renards, avec l'école n°10 et la Maison de quartier",
    "where": "Rue des Capucins, entre la rue Haute et la rue Blaes",
    "milestones": [
        {"date": "2027-02-15", "what": "Demande de permis à la commune"},
        {"date": "2027-04-10", "what": "Réunion avec les riverains"},
        {"date": "2027-11-20", "what": "Plantation (chantier participatif)"},
    ],
    "budget": [
        {"label": "Six arbres haute tige", "amount": 1800},
        {"label": "Terre, paillage, grilles de pied d'arbre", "amount": 650},
        {"label": "Outils et gants", "amount": 200},
        {"label": "Affiches et invitations", "amount": 120},
    ],
    "reach": 150,
}
#: (theme, title, needs, levers, budget lines, reach) of the group's other projects.
OTHERS = [
    ("habiter", "Permanence conseils isolation", ["needs/insulation"], ["insulation", "oil"],
     [("Location d'une caméra thermique", 300), ("Brochures FR/NL", 150)], 60),
    ("consommer", "Grainothèque à la bibliothèque", ["needs/compost"], ["goods"],
     [("Meuble et bocaux", 400)], 80),
    ("circuler", "Abri vélos sécurisé rue Blaes", ["needs/bike"], ["car"],
     [("Box vélos 5 places", 2400), ("Pose", 200)], 10),
]  # fmt: skip
ENVELOPE = 4000
VOTERS = 48
#: The chance that a household approves each project (P1 to P4), for a plausible vote.
APPROVAL = (0.6, 0.45, 0.5, 0.3)


def add_demo_projects(store: Store, neighbourhood_id: str, author: str, seed: int) -> None:
    rng = random.Random(seed + 16)
    trees = from_gap(store, neighbourhood_id, "proteger") | TREES
    made = [save_project(store, neighbourhood_id, trees, author_id=author)]
    for theme, title, needs, levers, lines, reach in OTHERS:
        sheet = {"title": title, "theme": theme, "needs": needs, "levers": levers,
                 "budget": [{"label": label, "amount": amount} for label, amount in lines],
                 "reach": reach, "stage": "idee"}  # fmt: skip
        made.append(save_project(store, neighbourhood_id, sheet, author_id=author))
    vote = store.budget_rounds.open(neighbourhood_id, "Budget participatif 2027", ENVELOPE)
    codes = [propose(store, vote.id, project.id).code for project in made]
    for household in range(1, VOTERS + 1):
        approved = [code for code, p in zip(codes, APPROVAL, strict=True) if rng.random() < p]
        store.budget_rounds.record_ballot(vote.id, f"{household:03d}", approved)
    store.budget_rounds.close(vote.id)
