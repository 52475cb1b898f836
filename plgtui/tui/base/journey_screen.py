"""Screens that show the journey: a typed workbook, and a redraw after every saved change.

A screen hears of every change through the app's `journey_changed` signal. It redraws only when
it is in sight (on top, or under a see-through input) and did not make the change itself (`Change.source`, set with
`workbook.caused_by(screen)`: typing already shows what was typed). A screen out of sight
notes nothing; when it is shown again it compares the workbook's revision with the one it drew.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from plgtui.tui.base.styled_once import StyledOnce
from plgtui.tui.ui import UsesWorkbook

if TYPE_CHECKING:
    from plgtui.core.workbook import Change

TRACE = os.environ.get("PLGTUI_TRACE_SCREENS")


class JourneyScreen(UsesWorkbook, StyledOnce):
    SHOWS: frozenset[str] | None = None  # the tables it draws from; None: all of them
    _drawn = -1  # the workbook's revision this screen last drew (or has seen nothing to draw in)
    _show_journey: Callable[[], None] | None = None

    def follow_journey(self, show: Callable[[], None]) -> None:
        """Call `show` now and after every change saved while this screen is on top."""
        self._show_journey = show
        self.app.journey_changed.subscribe(self, self._journey_changed)  # type: ignore[attr-defined]
        self._draw()

    def _draw(self) -> None:
        if self.app.workbook is None:  # type: ignore[attr-defined]
            return  # the new-group form is still open above
        self._drawn = self.workbook.revision
        if self._show_journey is not None:
            self._show_journey()

    def _journey_changed(self, change: Change) -> None:
        shown = self.SHOWS is None or change.table == "*" or change.table in self.SHOWS
        if change.source is self or not shown:
            # It shows this already, or does not show it: if it was up to date, it still is.
            if self._drawn == change.revision - 1:
                self._drawn = change.revision
        elif self._in_sight():
            self._draw()

    def _in_sight(self) -> bool:
        """On top, or under screens that let it show through (`SEE_THROUGH`): ideas typed in
        the live view's one-line input appear behind it as each is saved."""
        stack = self.app.screen_stack  # type: ignore[attr-defined]
        if self not in stack:
            return False
        above = stack[stack.index(self) + 1 :]
        return all(getattr(screen, "SEE_THROUGH", False) for screen in above)

    def on_screen_resume(self) -> None:
        if TRACE:  # lets a test outside the process (a browser test) see which screen is up
            with open(TRACE, "a", encoding="utf-8") as trace:
                mode = self.workbook.read_only_reason or "editing"
                trace.write(f"{type(self).__name__} {mode}\n")
        if self.app.workbook is not None and self._drawn != self.workbook.revision:  # type: ignore[attr-defined]
            self._draw()
