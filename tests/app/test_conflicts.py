"""Resolving inventory conflicts on this computer (app.conflicts), from the state sync leaves."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import conflicts
from app.errors import InvalidOperation
from app.store import Store

ITEM = "0f0e0d0c-0000-4000-8000-000000000001"


def pulled(store: Store, nid: str, data: dict[str, object], version: int = 3) -> None:
    state = {"item_id": ITEM, "version": version, "data": data, "deleted": False,
             "outcome": "conflict", "updated_at": "2026-11-22T09:30:00.000Z"}  # fmt: skip
    assert store.inventory.apply_state(nid, f"change-{version}", state)


def conflict(field: str, current: object, incoming: object) -> dict[str, object]:
    return {"field": field, "base": "actif", "current": current, "incoming": incoming,
            "change_id": "c"}  # fmt: skip


def test_resolving_one_field_keeps_the_others_open_and_holds_pulled_states(tmp_path: Path) -> None:
    with Store.open(tmp_path / "coach.sqlite") as store:
        nid = store.directory.add_neighbourhood("Marolles")
        open_ = [conflict("status", "en pause", "fermé"), conflict("hours", "sam", "dim")]
        pulled(store, nid, {"name": "Potager", "status": "en pause", "hours": "sam",
                            "_conflicts": open_})  # fmt: skip
        item = conflicts.resolve(store, ITEM, {"status": "fermé"})
        assert item.data == {"name": "Potager", "status": "fermé", "hours": "sam",
                             "_conflicts": [open_[1]]}  # fmt: skip
        assert item.version == 3, "the server numbers the resolution"
        assert [e.entity for e in store.outbox.pending_resolutions()] == ["resolution"]
        assert store.outbox.pending_after(0) == []
        # a page pulled before the resolution is sent does not undo it
        assert not store.inventory.apply_state(
            nid, "change-4", {"item_id": ITEM, "version": 4, "data": {"name": "x"},
                              "deleted": False, "updated_at": "2026-11-22T10:00:00.000Z"},
        )  # fmt: skip
        assert store.inventory.get(ITEM).data["status"] == "fermé"


def test_only_fields_in_conflict_may_be_resolved(tmp_path: Path) -> None:
    with Store.open(tmp_path / "coach.sqlite") as store:
        nid = store.directory.add_neighbourhood("Marolles")
        pulled(store, nid, {"name": "Potager", "_conflicts": [conflict("status", "a", "b")]})
        with pytest.raises(InvalidOperation):
            conflicts.resolve(store, ITEM, {"name": "Autre"})
        with pytest.raises(InvalidOperation):
            conflicts.resolve(store, ITEM, {})
        assert store.outbox.pending_resolutions() == []


def test_a_deletion_in_conflict_resolves_to_deleted(tmp_path: Path) -> None:
    with Store.open(tmp_path / "coach.sqlite") as store:
        nid = store.directory.add_neighbourhood("Marolles")
        pulled(store, nid, {"name": "Boîte", "_conflicts": [conflict("_deleted", False, True)]})
        item = conflicts.resolve(store, ITEM, {"_deleted": True})
        assert item.deleted and item.data == {"name": "Boîte"}
