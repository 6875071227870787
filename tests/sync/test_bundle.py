"""Offline bundles: exported from a device, imported on a coach's hub or the server, with the
push rules; refused whole when damaged."""

from __future__ import annotations

import json
import os
import threading
import zipfile
from pathlib import Path

import pytest
from bundle_forge import forge
from conftest import Hub
from sync_helpers import interview

from app.store import Key, Store
from sync.client.bundles import export_bundle
from sync.client.device import synchronise
from sync.server.bundle_import import import_bundle
from sync.server.store import ServerStore
from sync.wire.bundle_format import BundleError, read_bundle
from sync.wire.errors import QuartierError


@pytest.fixture
def device_bundle(tmp_path: Path) -> Path:
    with Store.open(tmp_path / "device.sqlite") as device:
        for i in range(5):
            interview(device, {"street": "Rue Haute", "size": i})
        nid = device.directory.add_neighbourhood("Marolles")
        device.inventory.save(nid, {"name": "Potager"})
        device.attachments.add(b"photo", "image/jpeg")
        summary = export_bundle(device, tmp_path / "jo.quartier")
        assert (summary.changes, summary.attachments) == (6, 1)
        assert device.outbox.pending_count() == 6  # still pending until a server acknowledges
    return tmp_path / "jo.quartier"


def test_a_never_enrolled_laptop_goes_where_the_admin_says_once(
    device_bundle: Path, tmp_path: Path
) -> None:
    server = ServerStore.open(f"sqlite:///{tmp_path / 'server.sqlite'}")
    marolles = server.add_neighbourhood("Marolles (serveur)")
    with pytest.raises(QuartierError) as unfiled:
        import_bundle(server, device_bundle)
    assert unfiled.value.key == "sync.bundle_without_neighbourhood"
    assert server.count("submission") == 0 and [n["id"] for n in server.neighbourhoods()] == [
        marolles
    ]
    first = import_bundle(server, device_bundle, neighbourhood_id=marolles)
    counts = {t: server.count(t) for t in ("submission", "inventory_item", "feed", "attachment")}
    second = import_bundle(server, device_bundle, neighbourhood_id=marolles)
    assert (first.accepted, second.accepted, second.duplicates) == (6, 0, 6)
    assert counts == {"submission": 5, "inventory_item": 1, "feed": 6, "attachment": 1}
    assert counts == {t: server.count(t) for t in counts}
    assert len(server.neighbourhoods()) == 1
    server.close()


def test_the_device_then_syncs_its_bundled_changes_as_duplicates(hub: Hub) -> None:
    jo = hub.device("jo")
    for i in range(3):
        interview(jo, {"street": "Rue Blaes", "size": i})
    path = hub.tmp / "jo.quartier"
    export_bundle(jo, path)
    assert import_bundle(hub.store, path).accepted == 3
    summary = synchronise(jo, hub.http())
    assert (summary.sent, summary.duplicates, jo.outbox.pending_count()) == (0, 3, 0)
    assert hub.store.count("submission") == 3


def _rewrite(path: Path, out: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, change.get(name, src.read(name)))


@pytest.mark.parametrize("damage", ["truncated", "member", "manifest", "not_a_zip", "missing"])
def test_a_damaged_bundle_is_refused_whole(
    device_bundle: Path, tmp_path: Path, damage: str
) -> None:
    bad = tmp_path / "bad.quartier"
    raw = device_bundle.read_bytes()
    if damage == "truncated":
        bad.write_bytes(raw[: len(raw) * 2 // 3])
    elif damage == "member":
        with zipfile.ZipFile(device_bundle) as src:
            changes = json.loads(src.read("changes.json"))
        changes[0]["payload"]["answers"]["size"] = 99
        _rewrite(device_bundle, bad, {"changes.json": json.dumps(changes).encode()})
    elif damage == "manifest":
        with zipfile.ZipFile(device_bundle) as src:
            manifest = json.loads(src.read("manifest.json"))
        manifest["changes"] = 1
        _rewrite(device_bundle, bad, {"manifest.json": json.dumps(manifest).encode()})
    elif damage == "not_a_zip":
        bad.write_bytes(b"bonjour")
    hub = ServerStore.open(f"sqlite:///{tmp_path / 'hub.sqlite'}")
    with pytest.raises(BundleError) as error:
        import_bundle(hub, bad, neighbourhood_id=hub.add_neighbourhood("Marolles"))
    assert "refusé en entier" in str(error.value)
    assert hub.count("submission") == hub.count("feed") == hub.count("attachment") == 0
    hub.close()


def test_a_reused_change_id_in_a_bundle_is_refused_as_in_a_push(
    device_bundle: Path, tmp_path: Path
) -> None:
    """The device's own key signs it: the bundle is sound, one of its changes is not."""
    hub = ServerStore.open(f"sqlite:///{tmp_path / 'hub.sqlite'}")
    with Store.open(tmp_path / "device.sqlite") as device:
        key = device.settings.get(Key.SIGNING_KEY)
    bad = forge(
        device_bundle,
        tmp_path / "reused.quartier",
        changes=lambda cs: [*cs, cs[0] | {"payload": cs[0]["payload"] | {"answers": {}}}],
        private_key=key,
    )
    summary = import_bundle(hub, bad, neighbourhood_id=hub.add_neighbourhood("Marolles"))
    assert (summary.accepted, summary.refused) == (6, 1)  # a reused id is refused, as in a push
    hub.close()


@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "link_to_dev_zero", "folder", "empty"])
def test_what_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    """A FIFO with no writer would block an open() for ever, /dev/zero never ends: both were
    read until killed. Now each is refused before anything is read."""
    path = tmp_path / "paquet.quartier"
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    elif kind in ("dev_zero", "link_to_dev_zero"):
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        path = Path("/dev/zero") if kind == "dev_zero" else path
        if kind == "link_to_dev_zero":
            path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_bytes(b"")
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_bundle(path)
        except BaseException as error:  # handed to the test's thread below
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading hangs"
    [error] = outcome
    assert isinstance(error, BundleError), repr(error)
    expected = "bundle.damaged" if kind == "empty" else "bundle.not_a_file"
    assert error.params["reason"].key == expected
    assert "refusé en entier" in error.text("fr") and "volledig geweigerd" in error.text("nl")
