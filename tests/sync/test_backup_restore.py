"""Backups and their restore, on SQLite and PostgreSQL, and the restore drill: devices push
while a backup is taken, the backup is restored into a fresh database, the server restarts on
it, and every device syncs again with nothing lost, nothing duplicated, and only what the
backup lacks sent again."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from conftest import _pg_admin, _pg_database, in_process
from sqlalchemy import select
from sync_helpers import interview

from app.store import Key, Store
from sync.client.device import connect, enrol, login, synchronise
from sync.server import backup as backups
from sync.server import schema as t
from sync.server.api import create_app
from sync.server.database import SCHEMA_HEAD
from sync.server.errors import ServerError
from sync.server.store import ServerStore

DEVICES = 6


def fresh_url(server_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of the same backend as `server_url` (a restore's target)."""
    if server_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / f'restored-{uuid.uuid4().hex[:6]}.sqlite'}"
    admin = request.getfixturevalue("pg_admin_url")
    name = f"r_{uuid.uuid4().hex[:16]}"
    _pg_admin(admin, f'CREATE DATABASE "{name}"')
    request.addfinalizer(lambda: _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return _pg_database(admin, name)


def quartier(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quartier", "server", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_backup_and_restore_keep_everything_and_start_an_epoch(
    server_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    store = ServerStore.open(server_url)
    nid = store.add_neighbourhood("Marolles")
    store.create_account("claire", "mot-de-passe-solide", "coach", [nid])
    first_epoch = store.epoch
    store.close()
    out = tmp_path / "backup.bin"
    done = backups.backup(server_url, out)
    assert done.schema == SCHEMA_HEAD and done.size == out.stat().st_size > 0
    assert not out.with_name("backup.bin.partial").exists()

    target = fresh_url(server_url, request, tmp_path)
    restored = backups.restore(out, target)
    again = ServerStore.open(target)
    assert [h["name"] for h in again.neighbourhoods()] == ["Marolles"]
    assert again.login("claire", "mot-de-passe-solide")
    assert again.epoch == restored.epoch != first_epoch
    assert again.epoch_since(first_epoch).resume_from == restored.feed
    assert again.epoch_since(restored.epoch).resume_from is None
    assert again.epoch_since("unknown").resume_from == 0
    assert "restore" in [a["action"] for a in again.audit_log(5)]
    again.close()

    with pytest.raises(ServerError) as refused:
        backups.restore(out, target)
    assert refused.value.key == "server.restore_not_empty" and "neighbourhood 1" in str(
        refused.value
    )
    assert backups.restore(out, target, force=True).epoch != restored.epoch


def test_restore_refuses_what_it_cannot_restore(server_url: str, tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a backup at all")
    with pytest.raises(ServerError) as unrecognised:
        backups.restore(junk, server_url)
    assert unrecognised.value.key == "server.backup_unrecognised"

    other = tmp_path / "other.sqlite" if server_url.startswith("postgresql") else None
    if other is not None:
        ServerStore.open(f"sqlite:///{other}").close()
        with pytest.raises(ServerError) as wrong:
            backups.restore(other, server_url)
        assert wrong.value.key == "server.backup_wrong_backend"
    with pytest.raises(ServerError) as nothing:
        backups.backup(f"sqlite:///{tmp_path / 'absent.sqlite'}", tmp_path / "b")
    assert nothing.value.key == "server.not_a_server_database"
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_backup_from_an_older_server_is_migrated_and_a_newer_one_refused(
    tmp_path: Path,
) -> None:
    from alembic import command
    from alembic.config import Config

    from sync.server.database import MIGRATIONS, create_server_engine

    old = tmp_path / "old.sqlite"
    engine = create_server_engine(f"sqlite:///{old}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "0005")
    engine.dispose()
    restored = backups.restore(old, f"sqlite:///{tmp_path / 'new.sqlite'}")
    assert (restored.schema_in_backup, restored.schema) == ("0005", SCHEMA_HEAD)

    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(ServerError) as newer:
        backups.restore(old, f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert newer.value.key == "server.backup_too_new"


def test_without_postgresql_tools_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    monkeypatch.setattr(backups.glob, "glob", lambda _pattern: [])
    with pytest.raises(ServerError) as missing:
        backups.pg_tool("pg_dump")
    assert missing.value.key == "server.pg_tool_missing"
    assert {"postgresql-client", "pg_dump"} <= set(
        missing.value.text("en").replace(",", " ").split()
    )


def test_the_commands_back_up_and_restore(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    store = ServerStore.open(url)
    store.add_neighbourhood("Marolles")
    store.close()
    out = tmp_path / "b.sqlite"
    made = quartier("backup", "--out", str(out), "--db", url)
    assert made.returncode == 0 and "schéma " + SCHEMA_HEAD in made.stdout
    refused = quartier("restore", str(out), "--db", url)
    assert refused.returncode != 0 and "--force" in refused.stderr + refused.stdout
    forced = quartier("restore", str(out), "--db", url, "--force")
    assert forced.returncode == 0 and "Nouvelle époque" in forced.stdout


def test_a_laptop_that_pulled_in_an_old_epoch_resends_only_what_was_lost(tmp_path: Path) -> None:
    """In-process: a device pushes, a backup is taken, it pushes more, the server is restored:
    the device resends exactly the changes made after the backup and pulls again from the
    fork (the inventory of another device made after the backup comes back through it)."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    store = ServerStore.open(url)
    nid = store.add_neighbourhood("Marolles")
    store.create_account("claire", "mot-de-passe-solide", "coach", [nid])
    codes = [store.create_enrolment_code(nid, None).code for _ in range(2)]
    http = connect("http://testserver", in_process(create_app(store)))
    coach = Store.open(tmp_path / "coach.sqlite")
    login(coach, http, "claire", "mot-de-passe-solide")
    ana, jo = Store.open(tmp_path / "ana.sqlite"), Store.open(tmp_path / "jo.sqlite")
    enrol(ana, http, codes[0], "ana")
    enrol(jo, http, codes[1], "jo")
    before = [interview(ana) for _ in range(3)]
    store.put_form("enquete", "1", ana.forms.get("enquete", "1").to_dict())  # for the coach
    garden = ana.inventory.save(nid, {"name": "Jardin", "hours": "sam"})
    synchronise(ana, http)
    synchronise(jo, http)
    backups.backup(url, tmp_path / "b.sqlite")
    after = [interview(ana) for _ in range(2)]
    item = jo.inventory.save(nid, {"name": "Repair café"})
    jo.inventory.save(nid, {"name": "Jardin", "hours": "dim"}, item_id=garden.id, base_version=1)
    synchronise(ana, http)
    synchronise(jo, http)
    synchronise(ana, http)
    assert ana.inventory.get(item.id) and ana.inventory.get(garden.id).data["hours"] == "dim"
    synchronise(coach, http)
    store.close()

    backups.restore(tmp_path / "b.sqlite", url, force=True)
    store = ServerStore.open(url)
    http = connect("http://testserver", in_process(create_app(store)))
    summary = synchronise(ana, http)
    assert summary.resent_after_restore == 2 and summary.sent == 2
    assert {store.submission(s)["id"] for s in before + after} == set(before + after)  # type: ignore[index]
    again = synchronise(jo, http)
    assert (again.resent_after_restore, again.conflicts, again.parallel_updates) == (2, 0, 0)
    assert synchronise(ana, http).received == 2  # jo's item and edit, numbered after the fork
    assert ana.inventory.get(garden.id).data["hours"] == "dim"
    login(coach, http, "claire", "mot-de-passe-solide")  # its session was after the backup
    synchronise(coach, http)  # the coach's replica pulls again from the fork
    assert {s.id for s in coach.submissions.summaries(limit=100)} == set(before + after)
    assert coach.inventory.get(garden.id).data["hours"] == "dim"
    quiet = [synchronise(device, http) for device in (ana, jo, coach)]
    assert [(s.sent, s.received, s.resent_after_restore) for s in quiet] == [(0, 0, 0)] * 3
    assert ana.settings.get(Key.EPOCH) == store.epoch == jo.settings.get(Key.EPOCH)
    for laptop in (ana, jo, coach):
        laptop.close()
    store.close()


def test_a_laptop_that_synced_before_epochs_existed_just_takes_the_epoch(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    store = ServerStore.open(url)
    nid = store.add_neighbourhood("Marolles")
    http = connect("http://testserver", in_process(create_app(store)))
    ana = Store.open(tmp_path / "ana.sqlite")
    enrol(ana, http, store.create_enrolment_code(nid, None).code, "ana")
    interview(ana)
    ana.inventory.save(nid, {"name": "Jardin"})
    synchronise(ana, http)
    ana.settings.forget(Key.EPOCH)  # as a laptop of the version before epochs left it
    assert ana.settings.get_int(Key.CURSOR) > 0
    summary = synchronise(ana, http)
    assert (summary.sent, summary.received, summary.resent_after_restore) == (0, 0, 0)
    assert ana.settings.get(Key.EPOCH) == store.epoch
    ana.close()
    store.close()


@contextmanager
def running_server(url: str, tmp_path: Path) -> Iterator[str]:
    """`quartier server run` on a free loopback port, until the block ends."""
    from test_campaign_from_zero import _free_port

    port = _free_port()
    log = (tmp_path / f"server-{port}.log").open("w")
    env = {**os.environ, "QUARTIER_SERVER_LOG_FORMAT": "text"}
    process = subprocess.Popen(
        [sys.executable, "-m", "quartier", "server", "run", "--db", url, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{address}/api/v1/ready").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not become ready")
        yield address
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_restore_drill(server_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Six devices push interviews and inventory in rounds on a real server while a backup
    is taken; more is pushed after it; the backup is restored into a fresh database and a
    server started on it; every device syncs again."""
    store = ServerStore.open(server_url)
    nid = store.add_neighbourhood("Marolles")
    codes = [store.create_enrolment_code(nid, None).code for _ in range(DEVICES)]
    store.close()
    laptops = [Store.open(tmp_path / f"v{n}.sqlite") for n in range(DEVICES)]
    made: list[str] = []
    items: list[str] = []
    out = tmp_path / "drill.backup"
    with running_server(server_url, tmp_path) as address:
        for laptop, code in zip(laptops, codes, strict=True):
            with connect(address) as http:
                enrol(laptop, http, code, "v")

        backup_done = threading.Event()
        pushes_during_backup = []

        def rounds(laptop: Store) -> None:
            """Rounds of 10 interviews and an item, each synced, until the backup is taken;
            then one more."""
            with connect(address) as http:
                while True:
                    last = backup_done.is_set()
                    made.extend(interview(laptop) for _ in range(10))
                    items.append(laptop.inventory.save(nid, {"name": uuid.uuid4().hex}).id)
                    synchronise(laptop, http)
                    pushes_during_backup.append(backup_started.is_set() and not last)
                    if last:
                        return

        backup_started = threading.Event()
        workers = [threading.Thread(target=rounds, args=(lap,)) for lap in laptops]
        for worker in workers:
            worker.start()
        while len(pushes_during_backup) < 2 * DEVICES:
            time.sleep(0.05)
        backup_started.set()
        taken = quartier("backup", "--out", str(out), "--db", server_url)  # under load
        backup_done.set()
        for worker in workers:
            worker.join()
        assert taken.returncode == 0, taken.stderr
        assert sum(pushes_during_backup) >= DEVICES  # the devices pushed while it ran
        before_restore = ServerStore.open(server_url)
        kept_before = before_restore.count("received_change")
        before_restore.close()

    target = fresh_url(server_url, request, tmp_path)
    restored = quartier("restore", str(out), "--db", target)
    assert restored.returncode == 0, restored.stderr
    in_backup = ServerStore.open(target)
    lost = kept_before - in_backup.count("received_change")
    in_backup.close()
    assert lost > 0  # the drill is only a drill if the backup lacks something

    with running_server(target, tmp_path) as address, connect(address) as http:
        first = [synchronise(laptop, http) for laptop in laptops]
        second = [synchronise(laptop, http) for laptop in laptops]  # the others' items
        third = [synchronise(laptop, http) for laptop in laptops]
    server = ServerStore.open(target)
    with server.engine.connect() as conn:
        on_server = list(conn.scalars(select(t.submission.c.id)))
        feed_items = list(
            conn.scalars(select(t.feed.c.entity_id).where(t.feed.c.entity == "inventory"))
        )
    resent = sum(s.resent_after_restore for s in first)
    pulled_again = sum(s.received for s in first)
    print(
        f"\nrestore drill ({server_url.split(':')[0]}): {len(made)} interviews and "
        f"{len(items)} items from {DEVICES} devices, {sum(pushes_during_backup)} syncs "
        f"during the backup; {lost} changes lacking in the backup, "
        f"{resent} resent ({resent - lost} more than lost); {pulled_again} feed entries "
        f"pulled again; second sync: {sum(s.sent for s in second)} sent, "
        f"{sum(s.received for s in second)} received; third: "
        f"{sum(s.sent + s.received for s in third)} moved"
    )
    assert sorted(on_server) == sorted(made)  # nothing lost, nothing twice
    assert resent == lost and sum(s.duplicates for s in first) == 0  # no resend storm
    assert sorted(set(feed_items)) == sorted(items)
    for laptop in laptops:
        assert {i.id for i in laptop.inventory.items(nid, limit=10_000)} == set(items)
        assert laptop.outbox.pending_count() == 0
        assert laptop.settings.get(Key.EPOCH) == server.epoch
    assert all(s.sent + s.resent_after_restore == 0 for s in second)
    assert all(s.sent + s.received + s.resent_after_restore == 0 for s in third)
    server.close()
    for laptop in laptops:
        laptop.close()
