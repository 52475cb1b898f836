"""Noticing that someone else wrote the journey file, and merging it in.

The file is looked at every few seconds and before every save (the workbook refuses to save over
a change it did not make). Editing, the app merges what the other computer saved with what was
changed here and says so; when the two changed the same thing differently it asks first: merge
and choose afterwards, take their version, or later. A read-only window only says so, since it
has nothing to lose. Ctrl+R reloads at any time after.

A file that cannot be read (another program halfway through writing it) is read again at the
next look, said once, until it can: what was changed here is saved then. While the screens are
swapped, keys are held and handed to the screen the person was typing in (held_keys.py,
way_back.py).
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable, Protocol, TypeVar

from plgtui.core.i18n import _, ngettext
from plgtui.core.journey_file import JourneyError
from plgtui.core.workbook import Workbook
from plgtui.tui.held_keys import HeldKeys


class Host(Protocol):
    """What the watch needs of the app (declared here, so the two do not import each other)."""

    workbook: Workbook
    ticker: Any
    screen: Any
    held_keys: HeldKeys
    screen_stack: list[Any]
    is_running: bool

    def set_interval(self, interval: float, callback: Callable[[], object]) -> Any: ...
    def notify(self, message: str, **kw: Any) -> None: ...
    def push_screen(self, screen: Any, callback: Any = None) -> Any: ...
    def pop_screen(self) -> Any: ...
    def refresh_bindings(self) -> None: ...
    def flush_screens(self) -> None: ...
    def after_reload(self) -> None: ...
    def action_reload(self) -> None: ...
    def run_worker(self, work: Any, **kw: Any) -> Any: ...

CHECK_SECONDS = 2.0
T = TypeVar("T")


class DiskWatch:
    def __init__(self, app: Host) -> None:
        self.app = app
        self.conflict = False  # the file on disk is not what this window last read or wrote
        self._reloading = False
        self._unreadable = False  # the file could not be read at the last try; said once
        app.set_interval(CHECK_SECONDS, self.check)

    def check(self) -> None:
        workbook = self.app.workbook
        if not self.app.is_running:  # shutting down: the screens may be gone already
            return
        if workbook is None or self.conflict or self._reloading:
            return
        if workbook.changed_on_disk():
            self.found()

    def found(self) -> None:
        """Called by the poll, and by the app when a save was refused for this reason; merges
        or asks once per change on disk (the question lasts until a merge or a reload)."""
        if self._reloading or self.conflict:
            return
        self.conflict = True
        self.app.refresh_bindings()
        if self.app.workbook.read_only:
            self.app.notify(_("reload.read_only"), title=_("reload.title"), timeout=10)
            return
        self.app.run_worker(self.merge_in(), exclusive=True, group="reload")

    async def merge_in(self, conflicts_allowed: bool = False) -> None:
        """Merge the file on disk with what changed here; ask first where they meet."""
        app = self.app
        if not conflicts_allowed:
            app.flush_screens()  # typing waiting for its autosave is part of what changed here
            try:
                conflicts = app.workbook.disk_conflicts()
            except JourneyError as exc:
                self.unreadable(exc)
                return
            self._unreadable = False
            if conflicts:
                self.ask(conflicts)
                return
        async with self.swapping() as swap:
            outcome = await self.start_again(
                lambda: app.workbook.merge_from_disk(conflicts_allowed=True)
            )
            if outcome is None:
                return
            if outcome.conflicts:
                from plgtui.tui.screens.conflicts import ConflictsScreen

                swap.place = None  # the choices come first
                app.push_screen(ConflictsScreen())
            app.notify(
                ngettext("merge.done_conflicts", outcome.conflicts) if outcome.conflicts
                else _("merge.done"),
                title=_("merge.title"),
            )  # fmt: skip

    def unreadable(self, exc: JourneyError) -> None:
        """The file on disk could not be read: look again at the next check (another program
        may be halfway through writing it), and say so once until it can be read."""
        self.conflict = False
        self.app.refresh_bindings()
        if not self._unreadable:
            self._unreadable = True
            self.app.notify(
                _("reload.unreadable", problem=str(exc)), title=_("reload.title"),
                severity="error", timeout=15, markup=False,
            )  # fmt: skip

    @asynccontextmanager
    async def swapping(self) -> AsyncIterator[Swap]:
        """Hold the keys while the screens are swapped; then back to the screen the person was
        in, with the keys typed meanwhile (or, with no way back, a notice that they were not
        carried out)."""
        app = self.app
        place = getattr(app.screen, "place", None)
        swap = Swap(place() if callable(place) else None)
        app.held_keys.hold()
        try:
            yield swap
        finally:
            back = False
            try:
                back = swap.place is not None and await swap.place.go(app)
            finally:
                app.held_keys.release(back)

    def ask(self, conflicts: int) -> None:
        from plgtui.tui.screens.reload import ReloadScreen

        self.app.push_screen(ReloadScreen(self.app.workbook.unsaved, conflicts), self._answered)

    def _answered(self, answer: str | None) -> None:
        if answer == "merge":
            self.app.run_worker(self.merge_in(conflicts_allowed=True), exclusive=True, group="reload")
        elif answer == "reload":
            self.app.action_reload()
        else:
            self.app.notify(_("reload.held"), title=_("reload.title"), severity="warning")

    async def reload(self) -> None:
        """Take the file as it is on disk; show what was changed here and not saved."""
        from plgtui.tui.screens.reload import UnsavedScreen

        async with self.swapping() as swap:
            rescued = await self.start_again(self.app.workbook.reload)
            if rescued is None:
                return
            if rescued.text:
                swap.place = None  # what was not saved is shown first
                self.app.push_screen(UnsavedScreen(rescued))
            else:
                self.app.notify(_("reload.done"), title=_("reload.title"))

    async def start_again(self, step: Callable[[], T]) -> T | None:
        """Close every screen (their typing is kept), run `step` (which replaces the journey in
        memory), and start again from the overview; a running meeting opens again."""
        app = self.app
        self._reloading = True
        try:
            app.flush_screens()
            if app.ticker is not None:
                app.ticker.stop()
                app.ticker = None
            while len(app.screen_stack) > 1:
                await app.pop_screen()
            try:
                result = step()
                self.conflict = self._unreadable = False
            except JourneyError as exc:
                self.unreadable(exc)  # looked at again at the next check
                result = None  # nothing changed; the screens start again all the same
        finally:
            self._reloading = False
            app.refresh_bindings()
        app.after_reload()
        return result


class Swap:
    """Where to go back to once the screens are swapped; None: nowhere (keys are dropped)."""

    def __init__(self, place: Any) -> None:
        self.place = place
