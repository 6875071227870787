"""A laptop's first steps without a server, and the neighbourhood it adopts at enrolment."""

from __future__ import annotations

from app.first_start import (
    LocalStart,
    adopt_server_neighbourhood,
    choose_person,
    start_without_server,
)
from app.store import Key, Store


def test_start_without_server_makes_and_chooses_everything(store: Store) -> None:
    start = LocalStart("Cureghem", "Diagnostic 2026", "Awa", "Anderlecht", "1070", "2026-03-01")
    nid, cid, pid = start_without_server(store, start)
    [hood] = store.directory.neighbourhoods()
    assert (hood["name"], hood["commune"], hood["postcode"]) == ("Cureghem", "Anderlecht", "1070")
    [campaign] = store.directory.campaigns(nid)
    assert (campaign["id"], campaign["starts_on"], campaign["ends_on"]) == (cid, "2026-03-01", None)
    assert [p["name"] for p in store.directory.people()] == ["Awa"]
    settings = (Key.NEIGHBOURHOOD, Key.CAMPAIGN, Key.PERSON)
    assert [store.settings.get(key) for key in settings] == [nid, cid, pid]


def test_choosing_a_known_person_again_adds_nobody(store: Store) -> None:
    first = choose_person(store, "Claire", "coach")
    assert choose_person(store, "Claire", "coach") == first
    assert choose_person(store, "Claire") != first  # a volunteer of the same name is another
    assert len(store.directory.people()) == 2


def test_a_later_enrolment_leaves_the_current_neighbourhood_alone(store: Store) -> None:
    adopt_server_neighbourhood(store, "n-marolles", "Marolles", first_enrolment=True)
    assert store.settings.get(Key.NEIGHBOURHOOD) == "n-marolles"
    item = store.inventory.save("n-marolles", {"name": "Donnerie"})
    adopt_server_neighbourhood(store, "n-anneessens", "Anneessens", first_enrolment=False)
    assert {n["id"] for n in store.directory.neighbourhoods()} == {"n-marolles", "n-anneessens"}
    assert store.inventory.get(item.id).neighbourhood_id == "n-marolles"
    assert store.settings.get(Key.NEIGHBOURHOOD) == "n-marolles"


def test_the_server_neighbourhood_already_known_takes_the_local_ones_things(store: Store) -> None:
    store.directory.ensure_neighbourhood(
        "n-marolles", "Marolles"
    )  # received before (a coach's replica)
    _, cid, _ = start_without_server(store, LocalStart("Marolles (ici)", "Diagnostic", "Jo"))
    adopt_server_neighbourhood(store, "n-marolles", "Marolles", first_enrolment=True)
    assert [n["id"] for n in store.directory.neighbourhoods()] == ["n-marolles"]
    assert store.directory.campaigns("n-marolles")[0]["id"] == cid
    assert store.settings.get(Key.NEIGHBOURHOOD) == "n-marolles"
