"""More than a thousand damaged, hostile or forged copies of one signed bundle, each imported
into the server (the administrator's import) and into a coach's laptop (the import it then
forwards): each is refused whole with a keyed message, or (a flip in bytes the zip module
does not read) imported exactly as the original was. Never a traceback, never a partial
import, and a zip bomb costs a few MiB of memory, not gigabytes.

Run with `-s` to see the counts by outcome.
"""

from __future__ import annotations

import hashlib
import json
import random
import tracemalloc
import uuid
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bundle_forge import RawMember, deflated, forge, members, raw_zip, write, zeros_bomb
from conftest import in_process
from sqlalchemy import Engine, text
from sync_helpers import interview

from app.store import Key, Store
from sync.client.bundles import export_bundle
from sync.client.bundles import import_bundle as laptop_import
from sync.client.device import connect, enrol, login, synchronise
from sync.server.api import create_app
from sync.server.bundle_import import import_bundle as server_import
from sync.server.store import ServerStore
from sync.wire.bundle_format import (
    CHANGES,
    DIGEST,
    MANIFEST,
    MAX_JSON_DEPTH,
    SIGNATURE,
    Bundle,
    read_bundle,
)
from sync.wire.errors import QuartierError
from sync.wire.signing import new_private_key

MiB = 1 << 20
SERVER_TABLES = ("submission", "inventory_item", "feed", "attachment", "received_change")
LAPTOP_TABLES = ("submission", "outbox", "attachment", "device", "person")


@dataclass
class World:
    """A server with two neighbourhoods; Ana's laptop (Marolles) made the original bundle,
    Bob's (Anneessens) lends a real key of another device; Claire coaches the Marolles and her
    laptop knows Ana's key from the feed. Both importers already took the original."""

    server: ServerStore
    ana: Store
    bob: Store
    coach: Store
    original: Path
    bundle: Bundle
    tmp: Path

    def server_state(self) -> tuple[int, ...]:
        return _counts(self.server.engine, SERVER_TABLES)

    def coach_state(self) -> tuple[int, ...]:
        return _counts(self.coach.engine, LAPTOP_TABLES)


def _counts(engine: Engine, tables: tuple[str, ...]) -> tuple[int, ...]:
    """How many rows each table holds, in one statement (this runs twice per mutant)."""
    counts = ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)
    with engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT {counts}")).one())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("mutants")
    server = ServerStore.open(f"sqlite:///{tmp / 'server.sqlite'}")
    marolles = server.add_neighbourhood("Marolles")
    anneessens = server.add_neighbourhood("Anneessens")
    server.create_account("claire", "mot-de-passe-solide", "coach", [marolles])
    app = create_app(server)

    def laptop(name: str, nid: str) -> Store:
        store = Store.open(tmp / f"{name}.sqlite")
        code = server.create_enrolment_code(nid, None).code
        enrol(store, connect("http://testserver", in_process(app)), code, name)
        return store

    ana, bob = laptop("ana", marolles), laptop("bob", anneessens)
    for size in range(5):
        interview(ana, {"street": "Rue Haute", "size": size})
    ana.inventory.save(marolles, {"name": "Potager de la rue Haute"})
    ana.attachments.add(b"\xff\xd8 une photo de la give-box " * 40, "image/jpeg")
    original = tmp / "ana.quartier"
    export_bundle(ana, original)
    coach = Store.open(tmp / "claire.sqlite")
    http = connect("http://testserver", in_process(app))
    login(coach, http, "claire", "mot-de-passe-solide")
    synchronise(coach, http)
    coach.forms.add(ana.forms.get("enquete", "1"))
    assert server_import(server, original).accepted == 6
    assert laptop_import(coach, original).accepted == 6
    made = World(server, ana, bob, coach, original, read_bundle(original), tmp)
    yield made
    for store in (ana, bob, coach):
        store.close()
    server.close()


def outcome(world: World, mutant: bytes) -> str:
    """Import `mutant` on the server, then on the coach's laptop: the key of the refusal, or
    "identical" when it was taken as the original was (nothing new anywhere). Anything else
    than a keyed refusal, a traceback included, fails the test."""
    path = world.tmp / "mutant.quartier"
    path.write_bytes(mutant)
    server_before, coach_before = world.server_state(), world.coach_state()
    outcomes = []
    for importer in (
        lambda: server_import(world.server, path),
        lambda: laptop_import(world.coach, path),
    ):
        try:
            summary = importer()
        except QuartierError as error:
            reason = error.params.get("reason")
            outcomes.append(reason.key if reason is not None else error.key)
        else:
            assert (summary.accepted, summary.duplicates) == (0, 6), summary
            assert read_bundle(path) == world.bundle
            outcomes.append("identical")
    assert world.server_state() == server_before, "a refused bundle changed the server"
    assert world.coach_state() == coach_before, "a refused bundle changed the coach's laptop"
    return outcomes[0] if outcomes[0] == outcomes[1] else "/".join(outcomes)


def tally(world: World, mutants: Iterator[bytes], title: str) -> Counter[str]:
    counts = Counter(outcome(world, m) for m in mutants)
    print(f"\n{title}: {sum(counts.values())} mutants — {dict(counts.most_common())}")
    return counts


def test_single_byte_flips_are_refused_or_change_nothing(world: World) -> None:
    raw = world.original.read_bytes()
    rng = random.Random(12)

    def flips() -> Iterator[bytes]:
        for n in range(800):
            mutant = bytearray(raw)
            at = rng.randrange(len(mutant))
            mutant[at] = mutant[at] ^ (1 << rng.randrange(8)) if n % 2 else rng.randrange(256)
            if mutant != raw:
                yield bytes(mutant)

    counts = tally(world, flips(), "single-byte flips")
    assert sum(counts.values()) > 780
    assert counts["identical"] < sum(counts.values()) // 2
    assert set(counts) <= {"identical"} | {k for k in counts if k.startswith("bundle.")}


def test_truncations_are_refused(world: World) -> None:
    raw = world.original.read_bytes()
    lengths = [*random.Random(7).sample(range(len(raw)), 120), 0, 1, 21, 22, len(raw) - 1]
    counts = tally(world, (raw[:n] for n in lengths), "truncations")
    assert "identical" not in counts and sum(counts.values()) == 125


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_reordered_members_change_nothing_and_duplicated_ones_are_refused(world: World) -> None:
    content = members(world.original)
    rng = random.Random(3)

    def reordered() -> Iterator[bytes]:
        for _ in range(30):
            shuffled = rng.sample(content, len(content))
            yield write(world.tmp / "shuffled.zip", shuffled).read_bytes()

    def duplicated() -> Iterator[bytes]:
        for name, data in content:
            for twin in (data, b"autre chose"):
                yield write(world.tmp / "twin.zip", [*content, (name, twin)]).read_bytes()
                yield write(world.tmp / "twin.zip", [(name, twin), *content]).read_bytes()

    assert tally(world, reordered(), "reordered members") == {"identical": 30}
    counts = tally(world, duplicated(), "duplicated members")
    assert counts == {"bundle.duplicate_member": 4 * len(content)}


def _signed_by(world: World, store: Store) -> str:
    return str(store.settings.get(Key.SIGNING_KEY))


def _forgeries(world: World) -> Iterator[tuple[str, Callable[[Path], Path]]]:
    """(expected refusal, forgery): the first finding of issue 12 and its variants."""
    bob_id, bob_key = world.bob.device_id, _signed_by(world, world.bob)
    stranger = new_private_key()
    hoods = {n["name"]: n["id"] for n in world.server.neighbourhoods()}

    def answers(value: int) -> Callable[[list[dict[str, Any]]], None]:
        def edit(changes: list[dict[str, Any]]) -> None:
            changes[0]["payload"]["answers"]["size"] = value

        return edit

    def claim_hood(nid: str) -> Callable[[dict[str, Any]], None]:
        return lambda manifest: manifest.update(neighbourhood={"id": nid, "name": "?"})

    def made_on(device: str) -> Callable[[list[dict[str, Any]]], None]:
        def edit(changes: list[dict[str, Any]]) -> None:
            for change in changes:
                change["payload"]["device_id"] = device

        return edit

    for value in range(10):  # re-hashed, old signature kept
        yield (
            "bundle.bad_signature",
            lambda p, v=value: forge(world.original, p, changes=answers(v)),
        )
        yield (
            "bundle.bad_signature",
            lambda p: forge(world.original, p, manifest=claim_hood(hoods["Anneessens"])),
        )
    for value in range(10):  # signed again, with another real device's key or a stranger's
        yield (
            "bundle.wrong_key",
            lambda p, v=value: forge(world.original, p, changes=answers(v), private_key=bob_key),
        )
        yield (
            "bundle.wrong_key",
            lambda p, v=value: forge(world.original, p, changes=answers(v), private_key=stranger),
        )
    # Bob's own key, claiming Bob and his neighbourhood, over Ana's interviews: the server
    # sees interviews of another device; Claire's laptop does not know Bob's key at all
    yield (
        "bundle.foreign_device/bundle.unknown_device",
        lambda p: forge(
            world.original,
            p,
            manifest=lambda m: m.update(
                device_id=bob_id, neighbourhood={"id": hoods["Anneessens"]}
            ),
            private_key=bob_key,
        ),
    )
    yield (
        "bundle.foreign_device",
        lambda p: forge(
            world.original, p, changes=made_on(bob_id), private_key=_signed_by(world, world.ana)
        ),
    )
    # a device nobody enrolled, naming a neighbourhood: only an administrator files it
    nobody = str(uuid.uuid4())
    yield (
        "sync.bundle_without_neighbourhood/bundle.unknown_device",
        lambda p: forge(
            world.original,
            p,
            changes=made_on(nobody),
            manifest=lambda m: m.update(
                device_id=nobody, neighbourhood={"id": hoods["Anneessens"]}
            ),
            private_key=stranger,
        ),
    )
    # a photo filed under another photo's hash (attachments are shared by their hash)
    [(sha, _, media_type)] = world.bundle.attachments
    other = "0" * 64
    yield (
        "bundle.contents_differ",
        lambda p: forge(
            world.original,
            p,
            rename={f"attachments/{sha}": f"attachments/{other}"},
            manifest=lambda m: m.update(media_types={other: media_type}),
            private_key=_signed_by(world, world.ana),
        ),
    )
    yield (
        "bundle.other_neighbourhood",
        lambda p: forge(
            world.original,
            p,
            manifest=claim_hood(hoods["Anneessens"]),
            private_key=_signed_by(world, world.ana),
        ),
    )


def test_forged_bundles_are_refused_for_what_they_are(world: World) -> None:
    """A re-hashed bundle once filed Ana's interviews under another neighbourhood: now every
    checksum a forger can recompute is covered by a signature they cannot make."""
    counts: Counter[str] = Counter()
    for expected, make in _forgeries(world):
        got = outcome(world, make(world.tmp / "forged.quartier").read_bytes())
        assert got == expected
        counts[got] += 1
    print(f"\nforgeries: {sum(counts.values())} — {dict(counts)}")
    assert sum(counts.values()) == 45


def _signed_with(world: World, raw_changes: bytes) -> bytes:
    ana_key = _signed_by(world, world.ana)
    return forge(
        world.original, world.tmp / "nested.quartier", raw_changes=raw_changes, private_key=ana_key
    ).read_bytes()


def test_deep_json_is_refused_even_when_signed(world: World) -> None:
    """Signed by Ana's own key (a laptop's bug or a stolen key): the depth limit still holds,
    below and beyond the parser's own recursion limit."""
    nested = [(b"[" * depth + b"]" * depth) for depth in (MAX_JSON_DEPTH + 1, 500, 5_000, 200_000)]
    deep_answer = json.dumps(
        [
            {
                "change_id": "7f1d3a52-2b9c-4f39-9a8e-0d6f3c1b2a11",
                "entity": "submission",
                "entity_id": "s1",
                "payload": {
                    "id": "s1",
                    "form_id": "enquete",
                    "form_version": "1",
                    "answers": {"street": json.loads("[" * 40 + "]" * 40)},
                    "created_at": "2026-11-22T09:00:00.000Z",
                },
            }
        ]
    ).encode()
    mutants = [_signed_with(world, body) for body in [*nested, deep_answer]]
    for depth in (40, 100_000):  # a manifest with its digest: parsed before any signature
        manifest = b'{"a":' * depth + b"1" + b"}" * depth
        digest = hashlib.sha256(manifest).hexdigest().encode()
        replaced = {MANIFEST: manifest, DIGEST: digest}
        content = [(n, replaced.get(n, d)) for n, d in members(world.original)]
        mutants.append(write(world.tmp / "deep-manifest.zip", content).read_bytes())
    counts = tally(world, iter(mutants), "deep JSON")
    assert counts == {"bundle.too_deep": 4, "bundle.bad_changes": 2, "bundle.bad_manifest": 1}


def _bomb_bundle(world: World, name: str, member: RawMember) -> bytes:
    """The original bundle with `name` replaced by `member` (declared as it says)."""
    rest = [
        RawMember(n, deflated(d), len(d), crc=zlib.crc32(d))
        for n, d in members(world.original)
        if n != name
    ]
    return raw_zip([*rest, member])


def test_zip_bombs_and_huge_declared_sizes_are_refused_in_bounded_memory(world: World) -> None:
    bomb = zeros_bomb(1024)  # 1 MiB on disk, 1 GiB once inflated
    assert len(bomb) < 1.1 * MiB
    cases = []
    for name in (CHANGES, MANIFEST, f"attachments/{world.bundle.attachments[0][0]}"):
        cases += [
            RawMember(name, bomb, 1 << 30),  # honest: too large
            RawMember(name, zeros_bomb(60), 60 * MiB),  # under the size limit, ratio 1000:1
            RawMember(name, bomb, 1000),  # lying: says 1000 bytes
            RawMember(name, zeros_bomb(60), 60 * MiB, compress_size=2 * MiB),  # lying ratio
        ]
    for name in (CHANGES, DIGEST, SIGNATURE):
        for declared in (2**31, 2**32 - 1, 65 * MiB):
            cases.append(RawMember(name, deflated(b"{}"), declared, crc=zlib.crc32(b"{}")))
    counts: Counter[str] = Counter()
    peaks = []
    for member in cases:
        mutant = _bomb_bundle(world, member.name, member)
        tracemalloc.start()
        try:
            got = outcome(world, mutant)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert got != "identical"
        counts[got] += 1
    peak = max(peaks) / MiB
    print(f"\nzip bombs and huge sizes: {len(cases)} — {dict(counts)}; peak {peak:.1f} MiB")
    assert max(peaks) < 16 * MiB, [p // MiB for p in peaks]


def test_junk_and_extra_members_are_refused(world: World) -> None:
    content = members(world.original)
    rng = random.Random(5)
    mutants = [
        b"",
        b"PK\x05\x06" + b"\0" * 18,
        bytes(rng.randrange(256) for _ in range(3000)),
        write(world.tmp / "x.zip", [*content, ("../../etc/passwd", b"root")]).read_bytes(),
        write(world.tmp / "x.zip", [*content, ("attachments/", b"")]).read_bytes(),
        write(world.tmp / "x.zip", [(n, d) for n, d in content if n != SIGNATURE]).read_bytes(),
        write(world.tmp / "x.zip", [(n, d) for n, d in content if n != CHANGES]).read_bytes(),
        write(world.tmp / "x.zip", content, zipfile.ZIP_BZIP2).read_bytes(),
    ]
    counts = tally(world, iter(mutants), "junk and extra members")
    assert "identical" not in counts and sum(counts.values()) == len(mutants)
