"""The journey's file while the app runs: noticing that someone else wrote it and merging that
in, reading it again, trying again a save the disk refused, the copies a sync service left, and
quitting without losing anything.

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

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from plgtui.core import labels
from plgtui.core.i18n import _, ngettext
from plgtui.core.journey_file import JourneyError
from plgtui.core.merge_files import conflict_copies, put_away_folder

if TYPE_CHECKING:
    from textual.timer import Timer

    from plgtui.core.changes.writer import Change
    from plgtui.tui.controllers.host import Host

CHECK_SECONDS = 2.0  # how often the file is looked at
RETRY_SECONDS = 5  # how often a refused save is tried again
SERVER_CHECK = 2  # seconds between looks whether `plgtui serve` still runs
T = TypeVar("T")


class DiskController:
    def __init__(self, app: Host) -> None:
        self.app = app
        self.conflict = False  # the file on disk is not what this window last read or wrote
        self._reloading = False
        # A merge or reload is under way, up to the person being back where they typed: a new
        # one started then would cancel it (the worker group is exclusive) half-way back, on
        # another tab, their keys dropped. The next look after it finds the change still there.
        self._swapping = False
        self._unreadable = False  # the file could not be read at the last try; said once
        self._retry: Timer | None = None
        self._timers: list[Timer] = []

    def start(self) -> None:
        """A journey is open: say why it is read-only, look at its file, end with `plgtui
        serve`, offer the copies a sync service left."""
        reason = self.app.workbook.read_only_reason
        if reason in ("locked", "folder_read_only"):
            self.app.notify(_(labels.READ_ONLY[reason]), title=_("readonly.title"),
                            severity="warning", timeout=8)  # fmt: skip
        self._timers.append(self.app.set_interval(CHECK_SECONDS, self.check))
        pid = os.environ.get("PLGTUI_SERVER_PID", "")
        if pid.isdigit():
            check = lambda: self._server_alive(int(pid))  # noqa: E731
            self._timers.append(self.app.set_interval(SERVER_CHECK, check))
        if not self.app.workbook.read_only:
            self.offer_copies()

    def stop(self) -> None:
        """The app is closing: no look, retry or merge starts after this."""
        self._stop_retry()
        for timer in self._timers:
            timer.stop()
        self._timers.clear()

    def flush_screens(self) -> None:
        """Save typing that waits for its autosave, on every open screen."""
        for screen in self.app.screen_stack:
            flush = getattr(screen, "flush", None)
            if callable(flush):
                flush()

    # -- a save refused ------------------------------------------------------------------

    def changed(self, change: Change) -> None:
        """Every change published: a refused save is said, and tried again until it lands."""
        if change.conflict:
            self.found()
        elif change.problem and self._retry is None:
            self.app.notify(change.problem, title=_("save.title"), severity="error", timeout=15,
                            markup=False)  # fmt: skip
        if change.problem and self._retry is None:
            # Also after a conflict: should the file turn back into the one last read here
            # (the other program's write undone), no merge comes to save what waits.
            self._retry = self.app.set_interval(RETRY_SECONDS, self.retry)

    def retry(self) -> None:
        """Keep trying to land a change the disk refused; say so when it worked."""
        if self.app.workbook.retry_save():
            return
        self._stop_retry()
        self.conflict = False  # saved over the very file last read here
        self.app.notify(_("save.recovered"), severity="information")

    @property
    def retrying(self) -> bool:
        return self._retry is not None

    def _stop_retry(self) -> None:
        if self._retry is not None:
            self._retry.stop()
            self._retry = None

    # -- another computer's save ---------------------------------------------------------

    def check(self) -> None:
        workbook = self.app.workbook
        if not self.app.is_running:  # shutting down: the screens may be gone already
            return
        if workbook is None or self.conflict or self._reloading or self._swapping:
            return
        if workbook.changed_on_disk():
            self.found()

    def found(self) -> None:
        """Called by the poll, and when a save was refused for this reason; merges or asks
        once per change on disk (the question lasts until a merge or a reload)."""
        if self._reloading or self._swapping or self.conflict:
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
            self.flush_screens()  # typing waiting for its autosave is part of what changed here
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
        self._swapping = True
        try:
            yield swap
        finally:
            back = False
            try:
                back = swap.place is not None and await swap.place.go(app)
            finally:
                self._swapping = False
                app.held_keys.release(back)

    def ask(self, conflicts: int) -> None:
        from plgtui.tui.dialogs.reload import ReloadScreen

        self.app.push_screen(ReloadScreen(self.app.workbook.unsaved, conflicts), self._answered)

    def _answered(self, answer: str | None) -> None:
        if answer == "merge":
            self.app.run_worker(
                self.merge_in(conflicts_allowed=True), exclusive=True, group="reload"
            )
        elif answer == "reload":
            self.reload()
        else:
            self.app.notify(_("reload.held"), title=_("reload.title"), severity="warning")

    def reload(self) -> None:
        """Ctrl+R: take the file as it is on disk (after a change there)."""
        self.app.run_worker(self._reload(), exclusive=True, group="reload")

    async def _reload(self) -> None:
        """Take the file as it is on disk; show what was changed here and not saved."""
        from plgtui.tui.dialogs.reload import UnsavedScreen

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
            self.flush_screens()
            app.live.let_go()
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
        self._stop_retry()
        app.kept.drop_all()  # they hold widgets for records that may be gone
        app.show_titles()
        app.live.resume()
        return result

    # -- a sync service's copies ---------------------------------------------------------

    def offer_copies(self) -> None:
        """Conflict copies a sync service left beside the journey, offered for merging: asked
        once per start; 'later' leaves them where they are."""
        app = self.app
        copies = conflict_copies(app.workbook.path)
        if not copies:
            return
        from plgtui.tui.dialogs.copies import CopiesScreen

        names = ", ".join(c.name for c in copies)
        question = ngettext("copies.question", len(copies), names=names)
        detail = _("copies.detail", folder=put_away_folder(app.workbook.path))

        def answered(merge: bool | None) -> None:
            if merge:
                app.run_worker(self.take_in(copies), exclusive=True, group="reload")

        app.push_screen(CopiesScreen(question, detail), answered)

    async def take_in(self, copies: list) -> None:
        """Merge them in as a reload does: every screen closed first, the overview after."""
        app = self.app
        outcome = await self.start_again(lambda: app.workbook.take_in(copies))
        if outcome is None:
            return  # a copy could not be read: said by start_again
        if outcome.problem:
            app.notify(outcome.problem, title=_("copies.title"), severity="error", markup=False)
            return
        names = ", ".join(c.name for c in copies)
        app.notify(
            _("copies.done", names=names, folder=put_away_folder(app.workbook.path)),
            title=_("copies.title"), markup=False,
        )  # fmt: skip
        if outcome.conflicts:
            app.action_conflicts()

    # -- stopping ------------------------------------------------------------------------

    def quit(self) -> None:
        """Stop, once the keys typed before Ctrl+Q have been taken in and said. Ctrl+Q is the
        app's own key and is handled at once, while the letters before it may still wait in the
        focused field's queue (typed fast, pasted, or on a long journey where a key takes
        longer), and what they changed is said by a message that bubbles from the field up to
        its screen. A callback queued behind them in each of those queues in turn, the field's
        twice (its own Changed comes after the keys), runs after all of it."""
        app = self.app
        field = app.focused
        hops: list[Any] = [field] if field is not None else []
        node = field
        while node is not None and node is not app.screen:
            hops.append(node)
            node = node.parent
        hops.append(app.screen)

        def hop(rest: list[Any]) -> None:
            if rest:
                rest[0].call_later(hop, rest[1:])
            else:
                self._quit()

        hop(hops)

    def _quit(self) -> None:
        """Stop, after saving what is typed. With changes the disk refused or a conflict left
        for later, they are written down first beside the backups, and plgtui asks before it
        stops."""
        app = self.app
        from plgtui.tui.dialogs.quit_form import ask_about_forms

        if ask_about_forms(app, self._quit):  # a form's typing first; quit() again after
            return
        self.flush_screens()
        workbook = app.workbook
        if workbook is None or not workbook.unsaved or workbook.read_only:
            app.exit()
            return
        from plgtui.tui.dialogs.quit import SAVE, QuitScreen

        problem = _("save.conflict") if self.conflict else workbook.retry_save()
        if not problem:  # the disk takes it now
            app.exit()
            return
        rescued = workbook.keep_unsaved()  # written down before anything is asked
        app.rescued_to = rescued.path
        where = _("quit.rescued", path=rescued.path) if rescued.path else _("quit.not_rescued")

        def answered(answer: str | None) -> None:
            if answer == SAVE:
                still = workbook.retry_save()
                if still:
                    app.notify(still, title=_("save.title"), severity="error", markup=False)
                    return
            if answer is not None:
                app.exit()

        app.push_screen(QuitScreen(problem, where), answered)

    def exiting(self) -> None:
        """However the app is ended (under `plgtui serve`, its tab closed: ExitApp, without
        the quit keys), typing waiting for its autosave is saved first, and what the disk
        refused is written down beside the backups."""
        self.flush_screens()
        workbook = self.app.workbook
        if workbook is not None and workbook.unsaved and self.app.rescued_to is None:
            if not workbook.read_only and not workbook.retry_save():
                return
            self.app.rescued_to = workbook.keep_unsaved().path

    def _server_alive(self, pid: int) -> None:
        """Under `plgtui serve`: end with the server, however it ends, so no session goes on
        holding the journey's lock (the next one would open read-only)."""
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            self.flush_screens()
            workbook = self.app.workbook
            if workbook is not None and workbook.unsaved:
                self.app.rescued_to = workbook.keep_unsaved().path
            self.app.exit()
        except OSError:
            pass  # it exists but is not ours to signal: still there


class Swap:
    """Where to go back to once the screens are swapped; None: nowhere (keys are dropped)."""

    def __init__(self, place: Any) -> None:
        self.place = place
