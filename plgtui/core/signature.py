"""Who saves, and on which computer: written into every version of the group's file, so the
history on any laptop can say "An, op laptop-an".

Process-wide, like the interface language: one person runs one plgtui on one computer. The name
is the one set on this laptop (the user settings, asked once); the computer is its hostname.
"""

from __future__ import annotations

import socket
from pathlib import Path

from plgtui.core import settings

SETTING = "name"  # in the user settings; present (even empty) once it was asked

NAME_MAX = 60  # characters of a name or a computer's name kept in the file

_person = ""
_computer: str | None = None  # None: this computer's hostname, looked up once


def set_person(name: str) -> None:
    global _person
    _person = clean(name)


def load_person(folder: Path | None) -> None:
    """The name set on this laptop, from the user settings in `folder` (none: nobody's)."""
    if folder is not None:
        set_person(settings.load(folder).get(SETTING, ""))


def asked(folder: Path | None) -> bool:
    """Whether the name was asked on this laptop already (or cannot be kept: no folder)."""
    return folder is None or SETTING in settings.load(folder)


def keep_person(folder: Path | None, name: str) -> bool:
    """Remember the name on this laptop and sign with it from now on; False when the settings
    could not be written (it is still used until plgtui stops)."""
    set_person(name)
    return folder is not None and settings.save(folder, **{SETTING: person()})


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
