"""packaging/server/: the example configuration loads with the server's own loader, and every
`quartier server ...` the unit files, the compose file, the Dockerfile and the notes name is a
real command with real options. The image is built where Docker runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from dataclasses import fields
from pathlib import Path

import click
import pytest
import yaml

from quartier.cli import cli
from sync.server.config import PREFIX, ServerConfig

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "server"
FILES = (
    "README.md",
    "postgresql.md",
    "quartier-server.service",
    "quartier-backup.service",
    "Dockerfile",
    "compose.yaml",
)


def test_the_example_configuration_loads_and_names_every_setting() -> None:
    example = HERE / "quartier-server.toml"
    config = ServerConfig.load(example, env={})
    assert config.workers > 1 and config.db.startswith("postgresql")
    assert config.retention_months is not None
    assert set(tomllib.loads(example.read_text(encoding="utf-8"))) == {
        f.name for f in fields(ServerConfig)
    }


def invocations(text: str) -> list[list[str]]:
    """Every `quartier server ...` (or the README's `q server ...`) in a text, as tokens up
    to the end of its command (a pipe, a comment, a backquote, the line's end)."""
    found = []
    segments = [part for line in text.splitlines() for part in line.split("`")]
    for segment in segments:
        tokens = re.sub(r"[\[\]\",']", " ", segment).split()
        for i, token in enumerate(tokens[:-1]):
            named = token in ("quartier", "q") or token.endswith("/bin/quartier")
            if named and tokens[i + 1] == "server":
                rest = []
                for part in tokens[i + 1 :]:
                    if part in ("|", "||", "&&", ";", "#", ">") or part.startswith("$("):
                        break
                    rest.append(part)
                found.append(rest)
    return found


def check(tokens: list[str]) -> str | None:
    """None when `tokens` name a real command and only its options; else what is wrong."""
    command: click.Command = cli
    rest = list(tokens)
    while isinstance(command, click.Group) and rest and rest[0] in command.commands:
        command = command.commands[rest.pop(0)]
    if isinstance(command, click.Group):
        return f"{' '.join(tokens)}: no such command"
    options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
    unknown = [t.split("=")[0] for t in rest if t.startswith("--")]
    wrong = [o for o in unknown if o not in options]
    return f"{' '.join(tokens)}: unknown {wrong}" if wrong else None


@pytest.mark.parametrize("name", FILES)
def test_the_commands_named_are_real(name: str) -> None:
    text = (HERE / name).read_text(encoding="utf-8")
    named = invocations(text)
    assert named, f"{name} names no quartier server command"
    assert [problem for tokens in named if (problem := check(tokens))] == []


def test_the_checks_catch_a_wrong_command() -> None:
    assert check(["server", "backup", "--out", "x"]) is None
    assert check(["server", "bakup", "--out", "x"]) is not None
    assert check(["server", "restore", "x", "--forse"]) is not None


def test_the_pieces_agree() -> None:
    toml = tomllib.loads((HERE / "quartier-server.toml").read_text(encoding="utf-8"))
    assert f"reverse_proxy 127.0.0.1:{toml['port']}" in (HERE / "Caddyfile").read_text()
    assert "reverse_proxy server:8080" in (HERE / "Caddyfile.compose").read_text()
    compose = yaml.safe_load((HERE / "compose.yaml").read_text(encoding="utf-8"))
    server = compose["services"]["server"]
    names = {f"{PREFIX}{f.name.upper()}" for f in fields(ServerConfig)}
    assert set(server["environment"]) <= names
    dockerfile = (HERE / "Dockerfile").read_text(encoding="utf-8")
    client = re.search(r"postgresql-client-(\d+)", dockerfile)
    assert client and compose["services"]["db"]["image"] == f"postgres:{client[1]}"
    assert server["build"]["dockerfile"] == "packaging/server/Dockerfile"
    assert (HERE / server["build"]["context"] / "pyproject.toml").exists()
    for copied in re.findall(r"^COPY (\S+)", dockerfile, re.MULTILINE):
        assert (ROOT / copied).exists(), copied
    assert "/api/v1/health" in dockerfile


def docker_runs() -> bool:
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, check=False).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not docker_runs(), reason="no Docker daemon on this machine (docker info)")
def test_the_image_builds_and_knows_the_server_commands() -> None:
    tag = "quartier-server:test"
    subprocess.run(
        ["docker", "build", "-f", str(HERE / "Dockerfile"), "-t", tag, str(ROOT)], check=True
    )
    done = subprocess.run(
        ["docker", "run", "--rm", tag, "quartier", "server", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "backup" in done.stdout and "restore" in done.stdout and "retention" in done.stdout
