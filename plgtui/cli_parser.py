"""What every plgtui command shares on the command line: an argument parser whose errors start
with `plgtui:` as plgtui's own do, and help texts that may hold a `%`."""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from plgtui.core.i18n import _


class Parser(argparse.ArgumentParser):
    """argparse's own, but a mistake is said first, as `plgtui: ...` (exit status 2), then how
    the command is used."""

    def error(self, message: str):  # type: ignore[override]
        more = _("cli.more_help", prog=self.prog)
        self.exit(2, f"plgtui: {message}\n{self.format_usage()}{more}\n")


def literal(text: str) -> str:
    """A help text as it is meant: argparse fills in `%(default)s` and the like, so a lone `%`
    (git's %O) would end the help in a traceback."""
    return text.replace("%", "%%")


def not_a_command(name: str, commands: tuple[str, ...]) -> str:
    """What `plgtui NAME` says when NAME is neither a command nor a file, nor a name a new
    group's file could have: most likely a command mistyped."""
    close = difflib.get_close_matches(name, commands, n=1)
    hint = " " + _("cli.did_you_mean", command=f"plgtui {close[0]}") if close else ""
    return _(
        "cli.not_a_command", name=name, hint=hint, commands=", ".join(commands),
        suggestion=_json_name(Path(name)),
    )  # fmt: skip


def new_needs_json(path: Path) -> str | None:
    """A new group's file is named *.json; any other name that does not exist yet is refused
    (with the name that would do) rather than created."""
    if path.suffix.lower() == ".json":
        return None
    return _("cli.new_needs_json", path=path, suggestion=_json_name(path))


def _json_name(path: Path) -> Path:
    try:
        return path.with_suffix(".json")
    except ValueError:  # "..", "/": no name to give an ending
        return path / "journey.json"
