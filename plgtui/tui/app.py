"""The Textual app: the screens (navigation.py), the keys and the palette. What runs over time
is the controllers': controllers/disk.py the file, controllers/live.py the running meeting."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from textual import events
from textual.app import SystemCommand
from textual.screen import Screen
from textual.signal import Signal

from plgtui.core import settings, signature
from plgtui.core.end_question import end_question
from plgtui.core.i18n import _
from plgtui.core.timer import Clock, SystemClock
from plgtui.core.validate import InputError
from plgtui.core.workbook import Change, Workbook
from plgtui.tui import keymaps, themes
from plgtui.tui.commands import APP, palette_commands
from plgtui.tui.controllers import to
from plgtui.tui.controllers.disk import DiskController
from plgtui.tui.controllers.live import LiveController
from plgtui.tui.export_beside import export_beside
from plgtui.tui.held_keys import HeldKeys
from plgtui.tui.kept_screens import KeptScreens
from plgtui.tui.navigation import Navigation, screen
from plgtui.tui.screens.overview import OverviewScreen
from plgtui.tui.warm_up import WarmUp


class PlgApp(Navigation):
    """plgtui: one group's journey, opened by the command line and handed in here."""

    CSS_PATH = "app.tcss"
    TITLE = "plgtui"
    BINDINGS = list(APP)

    def __init__(self, workbook: Workbook | None, *, new_path: Path | None = None,
                 today: Callable[[], date] = date.today, clock: Clock | None = None,
                 projector: bool = False, content_dir: Path | None = None,
                 theme: str | None = None, settings_dir: Path | None = None) -> None:  # fmt: skip
        super().__init__()
        self.settings_dir = settings_dir  # where the chosen theme is remembered; None: nowhere
        themes.install(self, theme, settings_dir)  # sets self.theme
        signature.load_person(settings_dir)  # who saves here, in each version's history
        keymaps.apply(self, settings_dir)  # AZERTY preset and keys.txt (tui/keymaps.py)
        self.workbook, self.new_path, self.today = workbook, new_path, today
        self.clock, self.projector = clock or SystemClock(), projector  # live view: projector?
        self.content_dir = content_dir  # the coach's own copies of content files, if any
        self.rescued_to: Path | None = None  # where unsaved changes were written on quitting
        self.held_keys = HeldKeys(self)  # while a merge swaps the screens
        self.kept = KeptScreens(self)
        self.disk, self.live, self.warm_up = (
            DiskController(self),
            LiveController(self),
            WarmUp(self),
        )
        self._unsubscribe: Callable[[], None] = lambda: None
        # Every change to the journey, once saved or kept in memory (the disk refused it).
        self.journey_changed: Signal[Change] = Signal(self, "journey_changed")
        self.clock_ticked: Signal[None] = Signal(self, "clock_ticked")  # the countdown moved

    def watch_theme(self, name: str) -> None:
        if self.settings_dir is not None and self.is_running:  # the theme to open with next
            settings.save(self.settings_dir, theme=name)

    async def on_event(self, event: events.Event) -> None:
        if not self.held_keys.takes(event):
            await super().on_event(event)

    def get_default_screen(self) -> Screen:
        return OverviewScreen()  # not a mode: switching to one re-parses all CSS, slowly

    def on_mount(self) -> None:
        if self.workbook is None:
            self.push_screen(
                screen("dialogs.new_group.NewGroupScreen")(self.new_path), self._started
            )
        else:
            self._open_journey()

    def _started(self, workbook: Workbook | None) -> None:
        if workbook is None:
            return self.exit()
        self.workbook = workbook
        self._open_journey()
        workbook.announce()  # the overview below draws the new group

    def _open_journey(self) -> None:
        self._unsubscribe = self.workbook.subscribe(self._journey_changed)
        self.warm_up.start()  # after the first screen is drawn
        self.show_titles()
        self.disk.start()
        self.live.resume()

    def _journey_changed(self, change: Change) -> None:
        self.show_titles()
        self.journey_changed.publish(change)
        self.disk.changed(change)

    def show_titles(self) -> None:
        self.title = self.workbook.journey.group.name
        self.live.show_status()

    def on_exit_app(self) -> None:
        self.disk.exiting()  # however it ends: typing saved, what the disk refused kept

    def before_close(self) -> None:  # Textual takes the screens down next
        self._unsubscribe()
        self._unsubscribe = lambda: None
        for controller in (self.warm_up, self.disk, self.live):
            controller.stop()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        book = self.workbook
        if action in ("plan_meeting", "meetings") and book is None:
            return False
        shown = {
            "reload": lambda: self.disk.conflict,  # the file changed elsewhere
            "conflicts": lambda: bool(book.journey.conflicts),  # a merge left some to choose
            "plan_meeting": lambda: not book.read_only,
            "open_live": lambda: self.live.ticker is not None,  # only while a meeting runs
        }.get(action)
        return shown is None or (book is not None and shown())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for title, line, run in palette_commands(self, screen):
            yield SystemCommand(title, line, run)

    # What keys and screens ask of the running meeting and of the file, done by the controllers.
    ticker = to("live", "ticker")
    open_live = action_open_live = to("live", "open")
    end_live = to("live", "end")
    show_live_status = to("live", "show_status")
    live_flash = to("live", "flash")
    action_quit = to("disk", "quit")
    action_reload = to("disk", "reload")

    def action_undo(self) -> None:
        """The last change made in this run, taken back; the notice says which."""
        try:
            what = self.workbook.undo() if self.workbook is not None else None
        except InputError as exc:  # nothing to undo, read-only, the meeting's running block
            return self.notify(str(exc), severity="warning", markup=False)
        if what is not None:
            self.notify(_("undo.done", what=what), markup=False)

    def action_end_live_asked(self) -> None:
        ask = screen("dialogs.confirm.ConfirmScreen")(end_question(self.live))
        self.push_screen(ask, lambda yes: self.live.end() if yes else None)

    def action_export(self, what: str = "journey") -> None:
        export_beside(self, fmt="html" if what == "html" else "md", leaders=what == "leaders")
