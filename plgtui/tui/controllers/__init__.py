"""What the app does over time, apart from showing screens: the file (disk.py) and the running
meeting (live.py). Each owns its timers and stops them before the screens come down."""

from typing import Any


def to(part: str, name: str) -> Any:
    """An attribute of the app that is one of a controller's: what keys and screens ask of
    the running meeting or the file, done where it is kept."""
    return property(lambda app: getattr(getattr(app, part), name))
