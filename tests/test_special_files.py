"""What stands where a group's file should be, but is no ordinary file: a pipe, a socket, a
device behind a link, a link that points at itself or at nothing, a file far too large. Each
is refused at once (exit status 2, the file and the problem named), by every command that reads
a journey; none hangs, grows memory or opens the new-group form. Each run is a real plgtui in
its own process, with a time limit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import plgtui
from plgtui.core.journey_parse import FILE_LIMIT, holds_journey

LIMIT = 30  # seconds: plgtui refuses in well under one


def fifo(path: Path) -> None:
    os.mkfifo(path)


def unix_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # the file stays after the socket is closed
    server.close()


def link_to(target: str):
    return lambda path: path.symlink_to(target)


def loop_of_two(path: Path) -> None:
    other = path.with_name("ander.json")
    other.symlink_to(path.name)
    path.symlink_to(other.name)


def too_large(path: Path) -> None:
    with path.open("wb") as file:  # sparse: no disk is filled
        file.truncate(FILE_LIMIT + 1)


KINDS = {
    "a pipe": (fifo, "pipe"),
    "a socket": (unix_socket, "socket"),
    "/dev/zero behind a link": (link_to("/dev/zero"), "apparaat"),
    "/dev/urandom behind a link": (link_to("/dev/urandom"), "apparaat"),
    "a link to itself": (link_to("journey.json"), "naar zichzelf"),
    "two links in a circle": (loop_of_two, "in een kring"),
    "a link to nothing": (link_to("weg.json"), "weg.json"),
    "a file of 64 MB": (too_large, "64 MB"),
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run plgtui; a run that is still going after LIMIT seconds is killed and fails the test."""
    source = Path(plgtui.__file__).parents[1]  # this checkout's plgtui, wherever pytest runs
    env = {**os.environ, "PLGTUI_DATA_DIR": str(cwd / "userdata"), "PYTHONPATH": str(source)}
    return subprocess.run(
        [sys.executable, "-m", "plgtui", *args],
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=LIMIT,
    )  # fmt: skip


@pytest.fixture
def special(tmp_path, request) -> tuple[Path, str]:
    """The kind of file named by the test's parameter, at journey.json; and a word the message
    about it must hold."""
    make, word = KINDS[request.param]
    path = tmp_path / "journey.json"
    make(path)
    return path, word


def refused(done: subprocess.CompletedProcess, path: Path, word: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.startswith("plgtui:") and path.name in done.stderr, done.stderr
    assert word in done.stderr and "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize("special", KINDS, indirect=True)
def test_opening_it_is_refused_at_once(special):
    path, word = special
    refused(run(path.name, cwd=path.parent), path, word)


# The kinds that hung, grew memory or opened the new-group form, through every command that
# reads a journey.
COMMANDS = {
    "export": lambda name: ["export", name],
    "merge (theirs)": lambda name: ["merge", "eigen.json", name],
    "conflicts": lambda name: ["conflicts", name],
    "serve": lambda name: ["serve", name, "--port", "1"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "special", ["a pipe", "/dev/zero behind a link", "a link to itself"], indirect=True
)
def test_every_command_refuses_it(special, command, demo_path):
    path, word = special
    own = path.with_name("eigen.json")
    own.write_bytes(demo_path.read_bytes())
    before = own.read_bytes()
    refused(run(*COMMANDS[command](path.name), cwd=path.parent), path, word)
    assert own.read_bytes() == before


@pytest.mark.parametrize("special", ["a pipe", "/dev/zero behind a link"], indirect=True)
def test_a_merge_into_it_is_refused(special, demo_path):
    path, _word = special
    path.with_name("ander.json").write_bytes(demo_path.read_bytes())
    done = run("merge", path.name, "ander.json", cwd=path.parent)
    assert done.returncode == 2 and "geen groepsbestand" in done.stderr, done.stderr
    assert not holds_journey(path)
