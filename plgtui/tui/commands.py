"""Every command is declared once: its keys, the label the key bar and help show, and the title
and line the command palette shows. Labels, titles and lines are message keys, translated where
they are drawn (the key bar, help, the palette), so a change of language needs no rebuilding.

`Command` is a Textual `Binding` with two more fields, so a screen's `BINDINGS` hold commands
and Textual does the rest (enabled or not, priority, the key display). The commands that reach
any part of the journey (`ANYWHERE`) are bound on the overview and offered by the palette on
every screen, beside the commands of the screen that is open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

from plgtui.core.i18n import _

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

# Keys that Textual's own classes declare, with their English labels, mapped to our catalog.
TEXTUAL_LABELS = {
    "Focus Next": "key.focus_next",
    "Focus Previous": "key.focus_previous",
    "Copy selected text": "key.copy",
    "Dismiss menu": "key.dismiss_menu",  # an open Select
    "Exit the command palette": "key.close",
    "Open link": "key.open_link",
}


def label(description: str) -> str:
    """A binding's description as people read it: our message keys and Textual's own English
    labels in the interface language."""
    return _(TEXTUAL_LABELS.get(description, description)) if description else ""


@dataclass(frozen=True)
class Command:
    """What the palette and help need beyond Textual's binding: a title, a line, and when."""

    action: str
    title: str  # message key
    help: str = ""  # message key of the line under the title
    palette: bool = True  # offered by the palette while its key works
    # "journey": an open journey; "live": a running meeting; "conflicts": a merge left something
    # to choose; "room": the room for members' phones is open; "": always
    needs: str = "journey"
    keys: str = ""  # of a command reached from anywhere, for the palette's line
    id: str = ""  # its binding's, to find the key a keymap gave it


DECLARED: dict[str, Command] = {}  # binding id -> command


def command(
    keys: str,
    action: str,
    label: str = "",
    *,
    title: str = "",
    help: str = "",
    palette: bool = True,
    needs: str = "journey",
    id: str = "",
    **binding: Any,
) -> Binding:
    """A key binding (for BINDINGS) and its palette entry, declared together. The binding's id
    names the command, so Textual's keymaps can rebind it too: a short one (`live-next`) where
    a coach may change the key in keys.txt (tui/keymaps.py)."""
    found = Command(action, title or label, help, palette and bool(title or label), needs)
    name = id or f"plgtui.{action}.{keys}.{label}"
    if DECLARED.setdefault(name, found) != found:
        # Two screens declaring one key and action differently: declare it once, here.
        raise ValueError(f"{name} is declared twice, differently: {DECLARED[name]} and {found}")
    return Binding(keys, action, label, id=name, **binding)


def keyless(action: str, title: str, help: str, needs: str = "journey") -> Command:
    """A command only the palette offers (no key of its own)."""
    return Command(action, title, help, True, needs)


def declared(binding: Binding) -> Command:
    """The command of a binding, knowing its key, so the palette can show it."""
    return replace(DECLARED[binding.id or ""], keys=binding.key, id=binding.id or "")


MEETING = command(
    "m", "app.plan_meeting", "key.meeting", title="cmd.meeting", help="cmd.meeting.help"
)
MEETINGS = command(
    "r", "app.meetings", "key.minutes", title="cmd.meetings", help="cmd.meetings.help"
)
PHASES = command("f", "app.phases", "key.phases", title="cmd.phases", help="cmd.phases.help")
QUESTION = command(
    "q", "app.question", "key.question", title="cmd.question", help="cmd.question.help"
)
LIVE = command(
    "l", "app.open_live", "key.live", title="cmd.live", help="cmd.live.help", needs="live"
)
SEARCH = command(  # `/` is Shift+`:` on AZERTY, so `:` too (first with --keys azerty)
    "slash,colon",
    "app.search",
    "key.search",
    show=False,
    title="cmd.search",
    help="cmd.search.help",
    id="search",
)
PER_MEMBER = command(
    "p", "app.member_agreements", "key.per_member", show=False,
    title="cmd.member_agreements", help="cmd.member_agreements.help",
)  # fmt: skip
GROUP = command("g", "app.group", "key.group", title="cmd.group", help="cmd.group.help")
ATTENDANCE = command(
    "t", "app.attendance", "key.attendance", show=False,
    title="cmd.attendance", help="cmd.attendance.help",
)  # fmt: skip
EXPORT = command(
    "x", "app.export", "key.export", show=False, title="cmd.export_md", help="cmd.export_md.help"
)
HISTORY = command(
    "h", "app.history", "key.history", show=False, title="cmd.history", help="cmd.history.help"
)
CONFLICTS = command(
    "k",
    "app.conflicts",
    "key.conflicts",
    title="cmd.conflicts",
    help="cmd.conflicts.help",
    needs="conflicts",
)  # shown on the overview, and offered by the palette, while a merge left something to choose

ANYWHERE: tuple[Command, ...] = (
    keyless("app.overview", "cmd.overview", "cmd.overview.help"),
    *map(declared, (MEETING, MEETINGS, PHASES, QUESTION, GROUP, SEARCH, PER_MEMBER, ATTENDANCE)),
    declared(EXPORT),
    declared(HISTORY),
    keyless("app.export('html')", "cmd.export_html", "cmd.export_html.help"),
    keyless("app.export('leaders')", "cmd.export_leaders", "cmd.export_leaders.help"),
    declared(LIVE),
    declared(CONFLICTS),
    keyless("app.end_live_asked", "cmd.end_live", "cmd.end_live.help", needs="live"),
    # the live view and the room's screen have it (room_door.close_room_asked)
    keyless("screen.close_room", "cmd.room_close", "cmd.room_close.help", needs="room"),
    keyless("app.change_theme", "cmd.theme", "cmd.theme.help", needs=""),
)  # fmt: skip

APP: tuple[Binding, ...] = (
    command("f1", "help", "key.help", title="cmd.help", help="cmd.help.help", needs=""),
    command("question_mark", "help", "key.help", show=False, palette=False),
    command("ctrl+p", "command_palette", "key.palette", show=False, priority=True, palette=False),
    command("ctrl+q", "quit", "key.quit", priority=True, title="cmd.quit", help="cmd.quit.help", needs=""),
    # shown once the file changed elsewhere (App.check_action)
    command("ctrl+r", "reload", "key.reload", title="cmd.reload", help="cmd.reload.help"),
    # Not a priority: a focused text area's own Ctrl+Z undoes its typing first.
    command("ctrl+z", "undo", "key.undo", show=False, title="cmd.undo", help="cmd.undo.help"),
)  # fmt: skip


def _room_open(app: App, screen: Screen) -> bool:
    from plgtui.tui.room_door import door_of

    return door_of(app) is not None and hasattr(screen, "action_close_room")


def palette_commands(app: App, screen: Screen) -> Iterator[tuple[str, str, Callable[[], object]]]:
    """(title, line, what to run) for the palette: the commands that reach anywhere, then those
    of the open screen whose keys work now, each once."""
    from plgtui.tui.keys_in_force import shown_key

    seen: set[str] = set()
    has_journey = getattr(app, "workbook", None) is not None
    running = getattr(app, "ticker", None) is not None

    def run(node: App | Screen, action: str) -> Callable[[], object]:
        return lambda: node.run_action(action)

    to_choose = has_journey and bool(app.workbook.journey.conflicts)  # type: ignore[attr-defined]
    # Textual walks the focus chain for each reading of `active_bindings`: read it once.
    active_bindings = list(screen.active_bindings.values())
    by_id = {active.binding.id: active for active in reversed(active_bindings)}
    for found in ANYWHERE:
        if (found.needs == "journey" and not has_journey) or (
            found.needs == "live" and not running
        ):
            continue
        if found.needs == "conflicts" and not to_choose:
            continue
        if found.needs == "room" and not _room_open(app, screen):
            continue
        seen.add(found.action)
        line = _(found.help)
        # Its key only where the key does this here (in the live view `g` makes groups).
        here = by_id.get(found.id) if found.id else None  # under whatever key a keymap gave
        if here is not None and here.binding.action == found.action and here.enabled:
            line = f"{shown_key(app, here.binding)} · {line}"
        yield _(found.title), line, run(app, found.action)
    for active in active_bindings:
        found = DECLARED.get(active.binding.id or "")
        if found is None or not found.palette or not active.enabled or found.action in seen:
            continue
        if found.needs == "journey" and not has_journey:
            continue
        seen.add(found.action)
        key = shown_key(app, active.binding)
        line = f"{key} · {_(found.help)}" if found.help else _("palette.key", keys=key)
        node: App | Screen = app if active.node is app else screen
        yield _(found.title), line, run(node, found.action)
