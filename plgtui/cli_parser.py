"""What every plgtui command shares on the command line: an argument parser that speaks the
interface language (argparse's own words, the placeholders for values, the version) and whose
errors start with `plgtui:` as plgtui's own do, and help texts that may hold a `%`."""

from __future__ import annotations

import argparse
import difflib
import os
from collections.abc import Mapping
from pathlib import Path

from plgtui.core.i18n import LANGUAGES, _

# argparse's own words, in the interface language (it looks them up through its module's `_`).
ARGPARSE_WORDS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positional",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "show program's version number and exit": "cli.argparse.version",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.choice",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid",
    "expected one argument": "cli.argparse.one_value",
    "expected at most one argument": "cli.argparse.at_most_one",
    "expected at least one argument": "cli.argparse.at_least_one",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "not allowed with argument %s": "cli.argparse.not_with",
    "one of the arguments %s is required": "cli.argparse.one_of",
    "ignored explicit argument %r": "cli.argparse.ignored",
}
# the placeholder a value is shown by in the usage, by the argument's name
METAVARS = {
    "journey": "cli.metavar.file", "output": "cli.metavar.file", "base": "cli.metavar.base",
    "ours": "cli.metavar.ours", "theirs": "cli.metavar.theirs", "theme": "cli.metavar.name",
    "name": "cli.metavar.name", "meeting": "cli.metavar.meeting", "today": "cli.metavar.date",
    "host": "cli.metavar.host", "port": "cli.metavar.port",
}  # fmt: skip


def argparse_word(text: str) -> str:
    key = ARGPARSE_WORDS.get(text)
    return _(key) if key else text


def env_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language the environment asks for, as gettext reads it (LANGUAGE, a list, first;
    then LC_ALL, LC_MESSAGES, LANG), if it is one plgtui speaks: `en_GB.UTF-8` is English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for item in environ.get(name, "").split(":"):
            code = item.split("_")[0].split(".")[0].casefold()
            if code in LANGUAGES:
                return code
    return None


def version_text(version: str) -> str:
    return _("cli.version", version=version)


def prefixed(message: str) -> str:
    """Every message of plgtui's on the command line starts with `plgtui:`."""
    return message if message.startswith("plgtui") else f"plgtui: {message}"


class Parser(argparse.ArgumentParser):
    """argparse's own, in the interface language, but a mistake is said first, as
    `plgtui: ...` (exit status 2), then how the command is used."""

    def __init__(self, *args, **kwargs):
        argparse._ = argparse_word  # type: ignore[attr-defined]
        super().__init__(*args, **kwargs)

    def _add_action(self, action: argparse.Action) -> argparse.Action:
        # every argument passes here, also those of a group of arguments that exclude each other
        if (
            action.dest in METAVARS
            and action.choices is None
            and not isinstance(action.metavar, tuple)
        ):
            action.metavar = _(METAVARS[action.dest])
        return super()._add_action(action)

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
