"""Noticing that someone else wrote the journey file, and reading it again when asked.

The file is looked at every few seconds and before every save (the workbook refuses to save over
a change it did not make). Editing, the app asks once per change on disk whether to reload; a
read-only window only says so, since it has nothing to lose. Ctrl+R reloads at any time after.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol

from plgtui.core.i18n import _
from plgtui.core.journey_file import JourneyError
from plgtui.core.workbook import Workbook


class Host(Protocol):
    """What the watch needs of the app (declared here, so the two do not import each other)."""

    workbook: Workbook
    ticker: Any
    screen_stack: list[Any]

    def set_interval(self, interval: float, callback: Callable[[], object]) -> Any: ...
    def notify(self, message: str, **kw: Any) -> None: ...
    def push_screen(self, screen: Any, callback: Any = None) -> Any: ...
    def pop_screen(self) -> Any: ...
    def refresh_bindings(self) -> None: ...
    def flush_screens(self) -> None: ...
    def after_reload(self) -> None: ...
    def action_reload(self) -> None: ...

CHECK_SECONDS = 2.0


class DiskWatch:
    def __init__(self, app: Host) -> None:
        self.app = app
        self.conflict = False  # the file on disk is not what this window last read or wrote
        self._reloading = False
        app.set_interval(CHECK_SECONDS, self.check)

    def check(self) -> None:
        workbook = self.app.workbook
        if workbook is None or self.conflict or self._reloading:
            return
        if workbook.changed_on_disk():
            self.found()

    def found(self) -> None:
        """Called by the poll, and by the app when a save was refused for this reason; asks
        once per conflict (it lasts until a reload)."""
        if self._reloading or self.conflict:
            return
        self.conflict = True
        self.app.refresh_bindings()
        if self.app.workbook.read_only:
            self.app.notify(_("reload.read_only"), title=_("reload.title"), timeout=10)
            return
        self.ask()

    def ask(self) -> None:
        from plgtui.tui.screens.reload import ReloadScreen

        self.app.push_screen(ReloadScreen(self.app.workbook.unsaved), self._answered)

    def _answered(self, reload: bool | None) -> None:
        if reload:
            self.app.action_reload()
        else:
            self.app.notify(_("reload.held"), title=_("reload.title"), severity="warning")

    async def reload(self) -> None:
        """Close every screen (their typing is kept), read the file, start again from the
        overview, and show what was not saved."""
        from plgtui.tui.screens.reload import UnsavedScreen

        app = self.app
        self._reloading = True
        try:
            app.flush_screens()  # typing waiting for its autosave joins what is rescued
            if app.ticker is not None:
                app.ticker.stop()
                app.ticker = None
            while len(app.screen_stack) > 1:
                await app.pop_screen()
            try:
                rescued = app.workbook.reload()
            except JourneyError as exc:
                app.notify(str(exc), title=_("reload.title"), severity="error", markup=False)
                return
            self.conflict = False
        finally:
            self._reloading = False
            app.refresh_bindings()
        app.after_reload()
        if rescued.text:
            app.push_screen(UnsavedScreen(rescued))
        else:
            app.notify(_("reload.done"), title=_("reload.title"))
