"""Screens that show the journey redraw after every saved change, but only when seen.

A screen under another one only notes that it is behind and catches up when it is shown again,
so one autosave does not redraw the overview and the meetings list beneath the minutes. A screen
does not redraw for its own typing either: it already shows what was typed.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

from plgtui.tui.screens.styled_once import StyledOnce

TRACE = os.environ.get("PLGTUI_TRACE_SCREENS")


class FollowsJourney(StyledOnce):
    _behind = False
    _own_change = False

    def follow_journey(self, show: Callable[[], None]) -> None:
        """Call `show` now and after every saved change while this screen is on top."""
        self._show_journey = show
        show()

    def journey_saved(self) -> None:
        """Called by the app after every saved change, for each screen on the stack."""
        if self._own_change:
            return
        if self.app.screen is self:
            self._show_journey()
        else:
            self._behind = True

    def clock_ticked(self) -> None:
        """Called by the app whenever the live countdown changes; for screens that show it."""

    def on_screen_resume(self) -> None:
        if TRACE:  # lets a test outside the process (a browser test) see which screen is up
            with open(TRACE, "a", encoding="utf-8") as trace:
                mode = self.app.workbook.read_only_reason or "editing"
                trace.write(f"{type(self).__name__} {mode}\n")
        if self._behind:
            self._behind = False
            self._show_journey()

    @contextmanager
    def own_change(self) -> Iterator[None]:
        """Save typing without redrawing the screen it was typed on."""
        self._own_change = True
        try:
            yield
        finally:
            self._own_change = False
