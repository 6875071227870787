"""What enrolment, a coach's login and a bundle export leave in a laptop's database file: no
token and no private key in clear (issue 12, #7). They are in the OS keyring or sealed with a
key kept outside the file (app/store/vault.py); the laptop syncs as before."""

from __future__ import annotations

from pathlib import Path

from conftest import Hub
from sync_helpers import interview

from app.store import Key, Store
from sync.client import keys
from sync.client.bundles import export_bundle
from sync.client.device import login, synchronise


def on_disk(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def test_no_token_or_private_key_in_clear_in_the_laptops_file(hub: Hub) -> None:
    coach = hub.device("coach")
    login(coach, hub.http(), "claire", "mot-de-passe-solide")
    interview(coach)
    export_bundle(coach, hub.tmp / "coach.qbundle")
    secrets = {
        "device token": str(coach.settings.get(Key.TOKEN)),
        "coach token": str(coach.settings.get(Key.COACH_TOKEN)),
        "signing key": keys.signing_key(coach),
    }
    assert all(len(value) > 20 for value in secrets.values())
    path = coach.path
    coach.close()
    hub.opened.remove(coach)
    raw = on_disk(path)
    assert [name for name, value in secrets.items() if value.encode() in raw] == []
    with Store.open(path) as again:  # the same laptop opens them and syncs
        assert again.settings.get(Key.TOKEN) == secrets["device token"]
        assert keys.signing_key(again) == secrets["signing key"]
        summary = synchronise(again, hub.http())
        assert summary.sent == 1 and not summary.coach_session_expired
