"""Ballot codes at the tally desk: typed numbers and scanned QR codes give the same household;
a ballot printed for another round is refused."""

from __future__ import annotations

import pytest

from app.actions.ballot_codes import household_of
from app.errors import InvalidOperation
from app.printing.ballots import ballot_link


def test_a_scanned_ballot_and_its_typed_number_name_the_same_household() -> None:
    assert household_of(ballot_link("r1", 12), "r1") == "012"
    assert household_of("  012 ", "r1") == "012"
    assert household_of(" 7 ", "r1") == "007" and household_of("A-12", "r1") == "A-12"
    assert household_of("QUARTIER://BALLOT?round=r1&n=007\n", "r1") == "007"  # a scanner's case
    assert household_of("", "r1") == ""


def test_a_ballot_of_another_round_is_refused_not_counted() -> None:
    with pytest.raises(InvalidOperation) as other:
        household_of(ballot_link("r0", 12), "r1")
    assert other.value.key == "budget.other_round_ballot"
    assert "r0" in str(other.value)
