"""`plgtui merge`, `plgtui merge-driver` (for git) and `plgtui conflicts`: bringing copies of a
journey together on the command line, and choosing what a merge left side by side.

Exit status: 0 merged cleanly (or chosen), 1 merged with conflicts still to choose, 2 refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from plgtui.cli_parser import Parser, literal
from plgtui.core.i18n import LANGUAGES, _, ngettext, set_language
from plgtui.core.journey_file import JourneyError
from plgtui.core.journey_parse import holds_journey, parse, read_raw, refuse_broken_link
from plgtui.core.merge_files import NotSameGroup, Read

if TYPE_CHECKING:
    from plgtui.core.model import Journey

EXIT_OK, EXIT_CONFLICTS, EXIT_USAGE = 0, 1, 2


def parser(command: str) -> argparse.ArgumentParser:
    if command == "merge":
        p = Parser(prog="plgtui merge", description=_("cli.merge"))
        p.add_argument("ours", type=Path, metavar="OURS", help=_("cli.merge_ours"))
        p.add_argument("theirs", type=Path, metavar="THEIRS", help=_("cli.merge_theirs"))
        p.add_argument("--base", type=Path, help=_("cli.merge_base"))
        p.add_argument("-o", "--output", type=Path, help=_("cli.merge_output"))
    elif command == "merge-driver":
        p = Parser(prog="plgtui merge-driver", description=_("cli.driver"))
        p.add_argument("base", type=Path, help=literal(_("cli.driver_base")))
        p.add_argument("ours", type=Path, help=literal(_("cli.driver_ours")))
        p.add_argument("theirs", type=Path, help=literal(_("cli.driver_theirs")))
        p.add_argument("name", nargs="?", default="", help=literal(_("cli.driver_name")))
    else:
        p = Parser(prog="plgtui conflicts", description=_("cli.conflicts"))
        p.add_argument("journey", type=Path, metavar="JOURNEY", help=_("cli.journey"))
        p.add_argument("--choose", nargs=2, metavar=("N", "K"), help=_("cli.choose"))
    p.add_argument("--lang", choices=LANGUAGES, help=_("cli.lang"))
    return p


def run(command: str, args: argparse.Namespace) -> int:
    journey = args.journey if command == "conflicts" else args.ours
    first = None if command == "conflicts" else _read_first(args.ours)
    set_language(args.lang or (_language(first.data) if first else group_language(journey)))
    _sign()
    try:
        if command == "merge":
            return _merge(args, first)
        if command == "merge-driver":
            return _driver(args, first)
        return _conflicts(args)
    except (JourneyError, NotSameGroup) as exc:
        return _fail(str(exc))
    except OSError as exc:
        from plgtui.core.i18n import os_problem

        return _fail(f"plgtui: {os_problem(exc)}")


def group_language(path: Path) -> str:
    """The group's working language, which messages about its file are in (unless --lang):
    a Flemish group's git says its merges in Dutch, an English one's in English."""
    try:
        return _language(parse(path, read_raw(path)[1]))
    except (JourneyError, OSError):
        return "nl"  # the file is refused later, in the default language


def _language(data: object) -> str:
    try:
        group = data["group"]["1"]  # type: ignore[index]
    except (LookupError, TypeError):
        return "nl"
    language = group.get("language") if isinstance(group, dict) else None
    return language if language in LANGUAGES else "nl"


def _read_first(path: Path) -> Read | None:
    """OURS read and checked once, first: its group's language is the messages', and it is the
    merge's first side and the file the merge is written over, not read again. None when it
    cannot be: then it is read again where it is refused, in the language as before."""
    from plgtui.core.merge_files import read_checked

    try:
        return read_checked(path)
    except (JourneyError, OSError, LookupError, TypeError, ValueError):
        return None


def _sign() -> None:
    """What this writes is signed with the name set on this laptop, as the app's saves are."""
    from plgtui.cli import data_dir
    from plgtui.core import signature

    signature.load_person(data_dir())


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_USAGE


def _merge(args: argparse.Namespace, first: Read | None) -> int:
    from plgtui.core.journey_data import journey_from_data
    from plgtui.core.merge_files import merge_paths, write_merged
    from plgtui.core.workbook import Workbook

    for path in (args.ours, args.theirs, args.base):
        if path is not None:
            refuse_broken_link(path)
            if not path.exists():
                return _fail(_("cli.nothing_to_read", path=path))
    target: Path = args.output or args.ours
    refuse_broken_link(target)
    if target.exists() and not holds_journey(target):
        return _fail(f"plgtui: {_('cli.merge_not_journey', path=target)}")
    done = merge_paths(args.ours, args.theirs, args.base, ours_read=first)
    if target.exists():
        # Through the workbook: the lock (no plgtui has it open), a backup, a new revision.
        # OURS as the merge read it: a change saved since then refuses the write.
        book = Workbook.open(target, just_read=first if target == args.ours else None)
        try:
            if book.read_only:
                return _fail(f"plgtui: {_('cli.merge_busy', path=target)}")
            problem = book.take_merged(done.merged.data).problem
            journey = book.journey  # checked by the workbook before it was written
        finally:
            book.close()
        if problem:
            return _fail(f"plgtui: {problem}")
    else:
        write_merged(target, done.merged.data)
        journey = journey_from_data(target, done.merged.data)
    print(_("cli.merged", path=target), file=sys.stderr)
    if done.base is None:
        print(_("cli.merge_no_base"), file=sys.stderr)
    return _report(target, journey)


def _driver(args: argparse.Namespace, first: Read | None) -> int:
    """git runs this with its three temporary files; the result goes into %A."""
    from plgtui.core.merge_files import merge_paths, write_merged

    names = (_("merge.git_ours"), _("merge.git_theirs"))
    done = merge_paths(args.ours, args.theirs, args.base, names, ours_read=first)
    write_merged(args.ours, done.merged.data)
    count = len(done.merged.conflicts)
    if count:
        name = args.name or args.ours.name
        print(ngettext("cli.driver_conflicts", count, path=name), file=sys.stderr)
        return EXIT_CONFLICTS
    return EXIT_OK


def _report(path: Path, journey: Journey | None = None) -> int:
    """List what is left to choose in the journey at `path` (`journey`: it, just written); the
    exit status says whether anything is."""
    if journey is not None:
        return _list_conflicts(path, journey)
    from plgtui.core.workbook import Workbook

    book = Workbook.open(path, read_only=True)
    try:
        return _list_conflicts(path, book.journey)
    finally:
        book.close()


def _list_conflicts(path: Path, journey: Journey) -> int:
    from plgtui.core.changes.conflicts import can_keep_both
    from plgtui.core.conflict_text import choice_text, where

    if not journey.conflicts:
        print(_("cli.no_conflicts"))
        return EXIT_OK
    print(ngettext("cli.conflicts_left", len(journey.conflicts)))
    for n, conflict in enumerate(journey.conflicts, 1):
        print(f"{n}. {where(journey, conflict)}")
        for k, choice in enumerate(conflict.choices, 1):
            print(f"   {k}) {choice_text(journey, choice, conflict)}")
        if can_keep_both(conflict):
            print(f"   b) {_('conflicts.both')}")
    print(_("cli.choose_how", path=path))
    return EXIT_CONFLICTS


def _conflicts(args: argparse.Namespace) -> int:
    from plgtui.core.validate import InputError
    from plgtui.core.workbook import Workbook

    refuse_broken_link(args.journey)
    if not args.journey.exists():
        return _fail(_("cli.nothing_to_read", path=args.journey))
    if args.choose:
        from plgtui.core.merge_choose import BOTH

        number, choice = args.choose
        if not number.isdigit() or not (choice.isdigit() or choice == "b"):
            return _fail(f"plgtui: {_('cli.choose_bad')}")
        number, index = int(number), BOTH if choice == "b" else int(choice) - 1
        book = Workbook.open(args.journey)
        try:
            if book.read_only:
                return _fail(f"plgtui: {_('cli.merge_busy', path=args.journey)}")
            conflicts = book.journey.conflicts
            if not 1 <= number <= len(conflicts):
                return _fail(f"plgtui: {_('input.no_conflict', id=number)}")
            book.conflicts.choose(conflicts[number - 1].id, index)
        except InputError as exc:
            return _fail(f"plgtui: {exc}")
        finally:
            book.close()
    return _report(args.journey)
