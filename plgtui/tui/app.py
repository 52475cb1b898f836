"""The Textual app: wires the screens, the keys and the command palette. Logic lives elsewhere."""

from __future__ import annotations

import importlib
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from textual import events
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.signal import Signal
from textual.timer import Timer

from plgtui.core import labels, settings, signature
from plgtui.core.i18n import _, ngettext, phase_title
from plgtui.core.timer import Clock, SystemClock
from plgtui.core.validate import InputError
from plgtui.core.workbook import Change, Workbook
from plgtui.tui import keymaps, themes
from plgtui.tui.commands import APP, palette_commands
from plgtui.tui.disk_watch import DiskWatch
from plgtui.tui.sync_copies import offer_copies
from plgtui.tui.export_beside import export_beside
from plgtui.tui.held_keys import HeldKeys
from plgtui.tui.kept_screens import KeptScreens
from plgtui.tui.quitting import quit_keeping_work
from plgtui.tui.screens.overview import OverviewScreen
from plgtui.tui.textual_internals import forget_closed_watchers

if TYPE_CHECKING:
    from plgtui.tui.live_ticker import LiveTicker

RETRY_SECONDS = 5  # how often a refused save is tried again
SERVER_CHECK = 2  # seconds between looks whether `plgtui serve` still runs
WARM_START = 0.5  # when to start preparing a large journey for quick saves
WARM_PAUSE = 0.05  # between the slices of that preparation
# The screens reached from the overview, imported one at a time once the app is idle, so that
# opening one the first time does not wait for its code (and the Textual widgets and Markdown
# it uses) to load (bench/README.md, "Why the speed-ups").
PREPARED = (
    "plgtui.tui.screens.meetings", "plgtui.tui.screens.minutes_view", "plgtui.tui.screens.minutes",
    "plgtui.tui.screens.agenda", "plgtui.tui.screens.meeting_forms", "plgtui.tui.screens.phases",
    "plgtui.tui.screens.question", "plgtui.tui.screens.member_agreements", "plgtui.tui.screens.attendance",
    "plgtui.tui.screens.search", "plgtui.tui.screens.help", "plgtui.tui.screens.agreement_form",
)


class PlgApp(App[None]):
    """plgtui: one group's journey, opened by the command line and handed in here."""

    CSS_PATH = "app.tcss"
    TITLE = "plgtui"
    BINDINGS = list(APP)

    def __init__(
        self,
        workbook: Workbook | None,
        *,
        new_path: Path | None = None,
        today: Callable[[], date] = date.today,
        clock: Clock | None = None,
        projector: bool = False,
        content_dir: Path | None = None,
        theme: str | None = None,
        settings_dir: Path | None = None,
    ) -> None:
        super().__init__()
        for shipped in themes.SHIPPED:
            self.register_theme(shipped)
        self.settings_dir = settings_dir  # where the chosen theme is remembered; None: nowhere
        saved = settings.load(settings_dir).get("theme") if settings_dir else None
        signature.load_person(settings_dir)  # who saves here, in each version's history
        keymaps.apply(self, settings_dir)  # AZERTY preset and keys.txt (tui/keymaps.py)
        chosen = theme or saved
        self.theme = chosen if chosen in self.available_themes else themes.DEFAULT
        self.workbook = workbook
        self.new_path = new_path
        self.today = today
        self.clock = clock or SystemClock()
        self.projector = projector
        self.content_dir = content_dir  # the coach's own copies of content files, if any
        self.ticker: LiveTicker | None = None
        self._retry: Timer | None = None
        self.disk_watch: DiskWatch | None = None  # not `watch`: that is Textual's method
        self.held_keys = HeldKeys(self)  # while a merge swaps the screens
        self._unsubscribe: Callable[[], None] | None = None
        self._to_prepare = list(PREPARED)
        self.kept = KeptScreens(self)
        self.rescued_to: Path | None = None  # where unsaved changes were written on quitting
        self.journey_changed: Signal[Change] = Signal(self, "journey_changed")
        """Every change to the journey, once saved (or kept in memory when the disk refused
        it): what changed, who made it, and whether the file now holds it."""
        self.clock_ticked: Signal[None] = Signal(self, "clock_ticked")
        """The live countdown shows another second, or changed state."""

    def watch_theme(self, name: str) -> None:
        """A theme chosen in the picker (or with --theme) is the one plgtui opens with next."""
        if self.settings_dir is not None and self.is_running:
            settings.save(self.settings_dir, theme=name)

    def push_screen(self, *args, **kwargs):
        forget_closed_watchers(self)  # lets the screens popped before this one go
        return super().push_screen(*args, **kwargs)

    async def on_event(self, event: events.Event) -> None:
        if not self.held_keys.takes(event):
            await super().on_event(event)

    def get_default_screen(self) -> Screen:
        # The first screen is built here rather than switched to as a mode: a mode switch
        # re-parses all CSS, which costs a noticeable part of startup.
        return OverviewScreen()

    def on_mount(self) -> None:
        if self.workbook is None:
            from plgtui.tui.screens.new_group import NewGroupScreen

            self.push_screen(NewGroupScreen(self.new_path), self._group_started)
        else:
            self._open_journey()

    def _group_started(self, workbook: Workbook | None) -> None:
        if workbook is None:
            self.exit()
            return
        self.workbook = workbook
        self._open_journey()
        self.journey_changed.publish(Change("*", (), workbook.revision))  # the overview below

    def _watch_server(self) -> None:
        """Under `plgtui serve`: end with the server, however it ends, so no session goes on
        holding the journey's lock (the next one would open read-only)."""
        pid = os.environ.get("PLGTUI_SERVER_PID", "")
        if pid.isdigit():
            self.set_interval(SERVER_CHECK, lambda: self._server_alive(int(pid)))

    def on_exit_app(self) -> None:
        """However the app is ended (under `plgtui serve`, its tab closed: ExitApp, without
        the quit keys), typing waiting for its autosave is saved first, and what the disk
        refused is written down beside the backups."""
        self.flush_screens()
        if self.workbook is not None and self.workbook.unsaved and self.rescued_to is None:
            if not self.workbook.read_only and not self.workbook.retry_save():
                return
            self.rescued_to = self.workbook.keep_unsaved().path

    def _server_alive(self, pid: int) -> None:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            self.flush_screens()
            if self.workbook is not None and self.workbook.unsaved:
                self.rescued_to = self.workbook.keep_unsaved().path
            self.exit()
        except OSError:
            pass  # it exists but is not ours to signal: still there

    def _open_journey(self) -> None:
        assert self.workbook is not None
        self._watch_server()
        self._unsubscribe = self.workbook.subscribe(self._journey_changed)
        self.disk_watch = DiskWatch(self)
        self.set_timer(WARM_START, self._warm)  # after the first screen is drawn
        self._update_titles()
        if self.workbook.read_only_reason in ("locked", "folder_read_only"):
            self.notify(
                _(labels.READ_ONLY[self.workbook.read_only_reason]),
                title=_("readonly.title"),
                severity="warning",
                timeout=8,
            )
        self._resume_live()
        if not self.workbook.read_only:
            offer_copies(self)

    def _journey_changed(self, change: Change) -> None:
        self._update_titles()
        self.journey_changed.publish(change)
        if change.conflict:
            self.disk_watch.found()
        elif change.problem and self._retry is None:
            self.notify(change.problem, title=_("save.title"), severity="error", timeout=15,
                        markup=False)  # fmt: skip
        if change.problem and self._retry is None:
            # Also after a conflict: should the file turn back into the one last read here
            # (the other program's write undone), no merge comes to save what waits.
            self._retry = self.set_interval(RETRY_SECONDS, self._retry_save)

    def _warm(self) -> None:
        # A few milliseconds at a time, so the countdown and typing never wait for it.
        if self.workbook is not None and self.workbook.warm():
            self.set_timer(WARM_PAUSE, self._warm)
        elif self._to_prepare:
            importlib.import_module(self._to_prepare.pop(0))
            self.set_timer(WARM_PAUSE, self._warm)

    @property
    def preparing(self) -> bool:
        """Whether screens are still being loaded in the background (see PREPARED)."""
        return bool(self._to_prepare)

    def _retry_save(self) -> None:
        """Keep trying to land a change the disk refused; say so when it worked."""
        if self.workbook.retry_save():
            return
        self._stop_retry()
        if self.disk_watch is not None:
            self.disk_watch.conflict = False  # saved over the very file last read here
        self.notify(_("save.recovered"), severity="information")

    def _stop_retry(self) -> None:
        if self._retry is not None:
            self._retry.stop()
            self._retry = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reload":
            return self.disk_watch is not None and self.disk_watch.conflict
        if action == "conflicts":
            return self.workbook is not None and bool(self.workbook.journey.conflicts)
        if action in ("plan_meeting", "meetings") and self.workbook is None:
            return False
        if action == "plan_meeting" and self.workbook.read_only:
            return False
        if action == "open_live" and self.ticker is None:
            return False  # only shown while a meeting runs
        return True

    def action_undo(self) -> None:
        """The last change made in this run, taken back; the notice says which."""
        if self.workbook is None:
            return
        try:
            what = self.workbook.undo()
        except InputError as exc:  # nothing to undo, read-only, the meeting's running block
            self.notify(str(exc), severity="warning", markup=False)
            return
        self.notify(_("undo.done", what=what), markup=False)

    def action_reload(self) -> None:
        if self.disk_watch is not None:
            self.run_worker(self.disk_watch.reload(), exclusive=True, group="reload")

    def after_reload(self) -> None:
        """The journey was read again from disk; the overview is the only screen left."""
        self._stop_retry()
        self.kept.drop_all()  # they hold widgets for records that may be gone
        self._update_titles()
        self._resume_live()

    def _update_titles(self) -> None:
        journey = self.workbook.journey
        self.title = journey.group.name
        self.show_live_status()

    # -- the live meeting ------------------------------------------------------------------

    def _resume_live(self) -> None:
        """A meeting that was live when the app stopped (closed or crashed) picks up again."""
        running = [m for m in self.workbook.journey.meetings if m.live is not None]
        if not running:
            return
        from plgtui.core.live import LiveMeeting
        from plgtui.tui.live_ticker import LiveTicker

        self.ticker = LiveTicker(self, LiveMeeting(self.workbook, running[0].id, self.clock))
        self.open_live()
        self.notify(_("live.resumed", title=running[0].title), markup=False)

    def open_live(self, meeting_id: int | None = None) -> None:
        """Show the live view; with a meeting id, take that meeting live first."""
        from plgtui.core.live import LiveMeeting
        from plgtui.tui.live_ticker import LiveTicker
        from plgtui.tui.screens.live import LiveScreen

        if meeting_id is not None and self.ticker is None:
            live = LiveMeeting.start(self.workbook, meeting_id, self.clock)
            self.ticker = LiveTicker(self, live)
        if self.ticker is None:
            return
        if not isinstance(self.screen, LiveScreen):
            self.push_screen(LiveScreen(projector=self.projector))
        self.ticker.changed()

    def open_agenda(self, meeting_id: int) -> None:
        from plgtui.tui.screens.agenda import AgendaScreen

        self.push_screen(AgendaScreen(meeting_id))

    # -- the minutes -----------------------------------------------------------------------

    def open_meetings(self) -> None:
        from plgtui.tui.screens.meetings import MeetingsScreen

        self.kept.show("meetings", MeetingsScreen)

    def open_minutes(self, meeting_id: int) -> None:
        from plgtui.tui.screens.minutes_view import MinutesView

        self.kept.show(
            "read_minutes",
            lambda: MinutesView(meeting_id),
            reuse=lambda view: view.show_meeting(meeting_id),
        )

    def write_minutes(self, meeting_id: int) -> None:
        from plgtui.tui.screens.minutes import MinutesScreen

        if self.workbook.read_only:
            self.notify(_(labels.READ_ONLY[self.workbook.read_only_reason]), severity="warning")
            return
        self.kept.show("write_minutes", lambda: MinutesScreen(meeting_id), key=meeting_id)

    def action_phases(self) -> None:
        from plgtui.tui.screens.phases import PhasesScreen

        self.kept.show("phases", PhasesScreen)

    def action_question(self) -> None:
        from plgtui.tui.screens.question import QuestionScreen

        self.kept.show("question", QuestionScreen)

    def action_search(self) -> None:
        from plgtui.tui.screens.search import SearchScreen

        self.push_screen(SearchScreen())

    def action_member_agreements(self) -> None:
        from plgtui.tui.screens.member_agreements import MemberAgreementsScreen

        self.kept.show("member_agreements", MemberAgreementsScreen)

    def action_conflicts(self) -> None:
        from plgtui.tui.screens.conflicts import ConflictsScreen

        self.push_screen(ConflictsScreen())

    def action_history(self) -> None:
        from plgtui.tui.screens.history import HistoryScreen

        self.push_screen(HistoryScreen())

    def action_attendance(self) -> None:
        from plgtui.tui.screens.attendance import AttendanceScreen

        self.kept.show("attendance", AttendanceScreen)

    def action_group(self) -> None:
        from plgtui.tui.screens.group import GroupScreen

        self.kept.show("group", GroupScreen)

    def action_export(self, what: str = "journey") -> None:
        export_beside(self, fmt="html" if what == "html" else "md", leaders=what == "leaders")

    def flush_screens(self) -> None:
        """Save typing that waits for its autosave, on every open screen."""
        for screen in self.screen_stack:
            flush = getattr(screen, "flush", None)
            if callable(flush):
                flush()

    def action_quit(self) -> None:
        """Stop, after saving what is typed (`quitting`)."""
        quit_keeping_work(self)

    def action_open_live(self) -> None:
        self.open_live()

    def end_live(self) -> None:
        from plgtui.tui.screens.live import LiveScreen

        if self.ticker is None:
            return
        ticker, self.ticker = self.ticker, None  # screens stop showing it before it closes
        ticker.stop()
        try:
            meeting = ticker.live.end()
        except InputError as exc:
            self.ticker = ticker
            self.notify(str(exc), severity="error", markup=False)
            return
        if isinstance(self.screen, LiveScreen):
            self.pop_screen()
        self._update_titles()
        self.notify(_("live.ended", title=meeting.title), markup=False)

    def show_live_status(self) -> None:
        """Away from the live view, the header keeps the countdown in sight; on every screen it
        says first how many conflicts a merge left to choose (the header is on each screen)."""
        if self.workbook is None:
            return
        count = len(self.workbook.journey.conflicts)
        badge = [ngettext("conflicts.badge", count)] if count else []
        if self.ticker is not None:
            from plgtui.tui.screens.live import (
                LiveScreen,  # imported only once a meeting runs
            )

            if not isinstance(self.screen, LiveScreen):
                self.sub_title = " · ".join([*badge, self.ticker.status()])
                return
        phase = self.workbook.journey.current_phase
        self.sub_title = " · ".join([*badge, *([phase_title(phase.phase)] if phase else [])])

    def live_flash(self) -> None:
        from plgtui.tui.screens.live import LiveScreen

        if isinstance(self.screen, LiveScreen):
            self.screen.flash()

    def on_unmount(self) -> None:
        if self.ticker is not None:
            self.ticker.stop_all()
        if self._unsubscribe is not None:
            self._unsubscribe()

    # -- actions ---------------------------------------------------------------------------

    # Help and the palette are imported on first use: they pull in Markdown and fuzzy search,
    # which would otherwise slow every start.

    def action_help(self) -> None:
        from plgtui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_overview(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                CommandPalette(placeholder=_("palette.placeholder"), id="--command-palette")
            )

    def search_themes(self) -> None:
        """Textual's theme picker, with its prompt in the interface language."""
        from textual.command import CommandPalette

        from plgtui.tui.theme_picker import CoachThemes  # the themes in a coach's words

        self.push_screen(
            CommandPalette(providers=[CoachThemes], placeholder=_("palette.themes"))
        )

    def action_plan_meeting(self) -> None:
        """The next meeting's agenda; without one, the form for a new meeting."""
        self.action_overview()
        self.screen_stack[0].action_meeting()  # the overview

    def action_meetings(self) -> None:
        self.open_meetings()

    def action_end_live_asked(self) -> None:
        from plgtui.tui.screens.confirm import ConfirmScreen

        self.push_screen(
            ConfirmScreen(_("live.end_question")), lambda yes: self.end_live() if yes else None
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for title, line, run in palette_commands(self, screen):
            yield SystemCommand(title, line, run)
