"""Who saves, and on which computer: written into every version of the group's file, so the
history on any laptop can say "An, op laptop-an".

Process-wide, like the interface language: one person runs one plgtui on one computer. The name
is the one set on this laptop (the user settings, asked once); the computer is its hostname.
"""

from __future__ import annotations

import socket

NAME_MAX = 60  # characters of a name or a computer's name kept in the file

_person = ""
_computer: str | None = None  # None: this computer's hostname, looked up once


def set_person(name: str) -> None:
    global _person
    _person = clean(name)


def set_computer(name: str | None) -> None:
    """For tests and pictures: a fixed computer name instead of the hostname."""
    global _computer
    _computer = None if name is None else clean(name)


def person() -> str:
    return _person


def computer() -> str:
    global _computer
    if _computer is None:
        try:
            _computer = clean(socket.gethostname())
        except OSError:
            _computer = ""
    return _computer


def current() -> dict[str, str]:
    """What a save records of who made it: {"by": name or "", "on": computer or ""}."""
    return {"by": person(), "on": computer()}


def clean(text: object) -> str:
    """A name as the file may hold it: text on one line, without control characters, short."""
    if not isinstance(text, str):
        return ""
    kept = "".join(c for c in text if c.isprintable())
    return " ".join(kept.split())[:NAME_MAX]
