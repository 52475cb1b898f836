"""The command line: `plgtui [JOURNEY]` and `plgtui demo [JOURNEY]`.

The journey is opened here, once, before the interface starts, so a file that cannot be opened
is refused with one clear message and exit status 2, and the file stays as it was.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from plgtui import __version__
from plgtui.cli_parser import (
    Parser,
    env_language,
    new_needs_json,
    not_a_command,
    prefixed,
    version_text,
)
from plgtui.cli_parser import argparse_word as _argparse_word
from plgtui.core.i18n import LANGUAGES, _, set_language
from plgtui.core.journey_file import JourneyError
from plgtui.core.journey_parse import refuse_broken_link

EXIT_OK, EXIT_USAGE = 0, 2
COMMANDS = ("demo", "export", "where", "serve")
MERGE_COMMANDS = ("merge", "merge-driver", "conflicts")  # cli_merge.py
ALL_COMMANDS = (*COMMANDS, *MERGE_COMMANDS, "status")  # status: cli_status.py


def data_dir() -> Path:
    """Where journeys live unless a path is given: PLGTUI_DATA_DIR, else the user data folder."""
    override = os.environ.get("PLGTUI_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("plgtui", appauthor=False)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--read-only", action="store_true", help=_("cli.read_only"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("cli.lang"))
    parser.add_argument("--projector", action="store_true", help=_("cli.projector"))
    parser.add_argument("--theme", help=_("cli.theme"))
    parser.add_argument("--keys", choices=("standard", "azerty"), help=_("cli.keys"))


def build_parser(command: str | None) -> argparse.ArgumentParser:
    argparse._ = _argparse_word  # type: ignore[attr-defined]
    if command == "export":
        parser = Parser(prog="plgtui export", description=_("cli.export"))
        parser.add_argument("journey", type=Path, help=_("cli.export_journey"))
        parser.add_argument("-o", "--output", type=Path, help=_("cli.export_output"))
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--meeting", help=_("cli.export_meeting"))
        which.add_argument("--last", action="store_true", help=_("cli.export_last"))
        parser.add_argument(
            "--for", dest="audience", choices=["leaders", "members"], help=_("cli.export_for")
        )
        parser.add_argument("--format", choices=["md", "html", "txt"], help=_("cli.export_format"))
        parser.add_argument("--stamp", action="store_true", help=_("cli.export_stamp"))
        parser.add_argument("--today", help=_("cli.export_today"))
        parser.add_argument("--lang", choices=LANGUAGES, help=_("cli.lang"))
        return parser
    if command == "where":
        parser = Parser(prog="plgtui where", description=_("cli.where"))
        parser.add_argument("journey", nargs="?", type=Path, help=_("cli.journey"))
        return parser
    if command == "serve":
        parser = Parser(prog="plgtui serve", description=_("cli.serve"))
        parser.add_argument("journey", nargs="?", type=Path, help=_("cli.journey"))
        parser.add_argument("--host", default="127.0.0.1", help=_("cli.serve_host"))
        parser.add_argument("--port", type=int, default=8000, help=_("cli.serve_port"))
        from plgtui.tui.serve import DEFAULT_LIMIT, session_count

        parser.add_argument("--sessions", type=session_count, default=DEFAULT_LIMIT, metavar="N",
                            help=_("cli.serve_sessions", limit=DEFAULT_LIMIT))  # fmt: skip
    elif command == "demo":
        parser = Parser(prog="plgtui demo", description=_("cli.demo"))
        parser.add_argument("journey", nargs="?", type=Path, help=_("cli.demo_journey"))
        parser.add_argument("--no-open", action="store_true", help=_("cli.no_open"))
    else:
        parser = Parser(
            prog="plgtui",
            description=_("cli.description"),
            epilog=_("cli.epilog"),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.add_argument("journey", nargs="?", type=Path, help=_("cli.journey"))
        parser.add_argument("--version", action="version", version=version_text(__version__),
                            help=_("cli.argparse.version"))  # fmt: skip
    _common(parser)
    return parser


def _early_language(argv: Sequence[str]) -> None:
    """Pick up --lang before argparse runs, so its help and errors are in that language too."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGUAGES:
            set_language(value)


def fail(message: str) -> int:
    print(prefixed(message), file=sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(env_language() or "nl")  # --help and mistakes: --lang, else the environment
    _early_language(argv)
    if argv and argv[0] == "status":  # plain lines for a screen reader; no Textual
        from plgtui import cli_status

        argparse._ = _argparse_word  # type: ignore[attr-defined]
        return cli_status.run(cli_status.parser().parse_args(argv[1:]), data_dir())
    if argv and argv[0] in MERGE_COMMANDS:
        from plgtui import cli_merge

        argparse._ = _argparse_word  # type: ignore[attr-defined]
        merge_args = cli_merge.parser(argv[0]).parse_args(argv[1:])
        return cli_merge.run(argv[0], merge_args)
    command = argv[0] if argv and argv[0] in COMMANDS else None
    args = build_parser(command).parse_args(argv[1:] if command else argv)
    theme = getattr(args, "theme", None)
    if theme is not None and theme not in theme_names():
        return fail(_("cli.unknown_theme", name=theme, names=", ".join(theme_names())))
    remember(args)
    if command == "where":
        return where(args)
    if command == "serve":
        return serve(args)
    try:
        if command == "export":
            return export(args)
        app = demo(args) if command == "demo" else prepare(args)
    except JourneyError as exc:
        return fail(str(exc))
    if isinstance(app, int):
        return app
    try:
        app.run()
    finally:
        if app.workbook is not None:
            app.workbook.close()
    if app.rescued_to is not None:
        print(_("quit.rescued", path=app.rescued_to), file=sys.stderr)
    return app.return_code or EXIT_OK


def remember(args: argparse.Namespace) -> None:
    """--theme and --keys are what plgtui opens with next time on this computer, too."""
    from plgtui.core import settings

    chosen = {k: v for k in ("theme", "keys") if (v := getattr(args, k, None))}
    if chosen:
        settings.save(data_dir(), **chosen)


def _apply_language(args: argparse.Namespace, workbook) -> None:
    """--lang wins; otherwise the group's own working language."""
    set_language(args.lang or (workbook.journey.group.language if workbook else "nl"))


def prepare(args: argparse.Namespace, today=date.today):
    """Open the journey named on the command line; return the app to run, or an exit status."""
    from plgtui.core.workbook import Workbook

    path: Path = args.journey or data_dir() / "journey.json"
    if path.exists():
        workbook = Workbook.open(path, read_only=args.read_only)
        _apply_language(args, workbook)
        return _app(workbook, None, today, args.projector, args.theme)
    refuse_broken_link(path)
    if args.journey is not None and new_needs_json(path):
        # `plgtui frobnicate`: a mistyped command far more often than a new group's file.
        plain = len(path.parts) == 1 and not path.suffix
        return fail(not_a_command(str(path), ALL_COMMANDS) if plain else new_needs_json(path))
    if args.read_only:
        return fail(_("cli.nothing_to_read", path=path))
    if args.journey is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        return fail(_("cli.no_folder", path=path, folder=path.parent))
    _apply_language(args, None)
    return _app(None, path, today, args.projector, args.theme)


def demo(args: argparse.Namespace, today=date.today):
    """Write the demo journey and open it (unless --no-open)."""
    from plgtui.core.demo import build_demo
    from plgtui.core.journey_file import try_lock
    from plgtui.core.workbook import Workbook

    lang = args.lang or "nl"
    set_language(lang)
    if args.journey is not None:
        path = args.journey
        if path.exists() or path.is_symlink():
            return fail(_("cli.demo_exists", path=path))
        if new_needs_json(path):
            return fail(new_needs_json(path))
        if not path.parent.is_dir():
            return fail(_("cli.no_folder", path=path, folder=path.parent))
    else:
        # The default demo is written afresh each time, so the README's command always works.
        path = data_dir() / "demo.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        busy, lock = try_lock(path)
        if busy == "locked" and path.exists():
            print(_("cli.demo_busy", path=path), file=sys.stderr)
            return _app(
                Workbook.open(path, read_only=True), None, today, args.projector, args.theme
            )
        if lock is not None:
            lock.release()
        path.unlink(missing_ok=True)
    workbook = Workbook.create(path, build_demo(today(), lang))
    print(_("cli.demo_written", path=path), file=sys.stderr)
    if args.no_open:
        workbook.close()
        return EXIT_OK
    if args.read_only:
        workbook.close()
        workbook = Workbook.open(path, read_only=True)
    return _app(workbook, None, today, args.projector, args.theme)


def serve(args: argparse.Namespace) -> int:
    """Serve the app to a browser; the journey is checked here first, as for the terminal."""
    from plgtui.core.journey_file import vet
    from plgtui.tui import serve as web

    path: Path = args.journey or data_dir() / "journey.json"
    try:
        refuse_broken_link(path)
        if path.exists():
            vet(path)
    except JourneyError as exc:
        return fail(str(exc))
    if not path.exists():
        if args.journey is not None and new_needs_json(path):
            return fail(new_needs_json(path))
        if args.read_only:
            return fail(_("cli.nothing_to_read", path=path))
        if not path.parent.is_dir():
            return fail(_("cli.no_folder", path=path, folder=path.parent))
    return web.serve(args, path)


def where(args: argparse.Namespace) -> int:
    """Where the journey and its backups live, so a group knows what to copy."""
    from plgtui.core.atomic_storage import temp_files
    from plgtui.core.backups import backup_folder
    from plgtui.core.journey_file import lock_path

    path: Path = (args.journey or data_dir() / "journey.json").expanduser().resolve()
    print(
        _("cli.where_journey", path=path) + ("" if path.exists() else " " + _("cli.where_missing"))
    )
    print(_("cli.where_backups", path=backup_folder(path)))
    print(_("cli.where_lock", path=lock_path(path)))
    for orphan in temp_files(path):
        print(_("cli.where_temp", path=orphan))
    from plgtui.core.merge_files import conflict_copies

    for copy in conflict_copies(path):
        print(_("cli.where_copy", path=copy))
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    """Write the journey, one meeting or the leaders' digest as Markdown or HTML; the message
    to members as plain text unless asked otherwise."""
    from plgtui.core.workbook import Workbook
    from plgtui.export import writing

    refuse_broken_link(args.journey)
    if not args.journey.exists():
        return fail(_("cli.nothing_to_read", path=args.journey))
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError:
        return fail(_("cli.bad_today", value=args.today))
    meeting_id, meeting_day = None, None
    if args.meeting is not None:
        try:
            if args.meeting.isdigit():
                meeting_id = int(args.meeting)
            else:
                meeting_day = date.fromisoformat(args.meeting)
        except ValueError:
            return fail(f"plgtui: {_('cli.bad_meeting', value=args.meeting)}")
    if args.audience == "leaders" and (args.meeting is not None or args.last):
        return fail(f"plgtui: {_('cli.export_for_one')}")
    if args.format == "txt" and args.audience != "members":
        return fail(f"plgtui: {_('cli.export_txt_members')}")
    workbook = Workbook.open(args.journey, read_only=True)
    try:
        _apply_language(args, workbook)
        request = writing.Request(
            meeting_id=meeting_id, meeting_day=meeting_day, last=args.last, fmt=args.format or "",
            leaders=args.audience == "leaders", members=args.audience == "members",
            stamp=args.stamp, today=today,
        )  # fmt: skip
        try:
            text = writing.render(workbook.journey, request)
            if args.output is None:
                sys.stdout.write(text)
                return EXIT_OK
            suggestion = writing.default_name(args.journey, workbook.journey, request)
            writing.write(args.output, text, suggestion)
        except writing.ExportError as exc:
            return fail(f"plgtui: {exc}")
    finally:
        workbook.close()
    print(_("cli.export_written", path=args.output), file=sys.stderr)
    return EXIT_OK


def _app(workbook, new_path: Path | None, today, projector: bool = False, theme=None):
    from plgtui.tui.app import PlgApp

    return PlgApp(
        workbook, new_path=new_path, today=today, projector=projector,
        content_dir=data_dir() / "content", theme=theme, settings_dir=data_dir(),
    )  # fmt: skip


def theme_names() -> list[str]:
    """plgtui's own themes first, then Textual's."""
    from textual.theme import BUILTIN_THEMES

    from plgtui.tui.themes import SHIPPED

    return [t.name for t in SHIPPED] + sorted(BUILTIN_THEMES)
