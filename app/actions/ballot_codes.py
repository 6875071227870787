"""What a tally desk types or scans for a ballot: the household's number as printed, or the
ballot's QR code read by a hand scanner (which types ``quartier://ballot?round=…&n=…`` as a
keyboard would, `app.printing.ballots.ballot_link`). Either gives the household's number; a
ballot of another round is refused rather than counted."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from app.errors import InvalidOperation

SCHEME, HOST = "quartier", "ballot"


def household_of(typed: str, round_id: str) -> str:
    """The household number a typed or scanned ballot code names, as the printed ballots
    write it ('17' is '017'; "" when nothing is typed)."""
    text = typed.strip()
    link = urlsplit(text)
    if link.scheme.lower() == SCHEME and link.netloc.lower() == HOST:
        query = parse_qs(link.query)
        found = (query.get("round") or [""])[0]
        if found != round_id:
            raise InvalidOperation("budget.other_round_ballot", found=found or "?")
        text = (query.get("n") or [""])[0].strip()
    return text.zfill(3) if text.isdigit() else text
