"""Keeps a live meeting ticking inside the app, whichever screen is shown.

It wakes exactly when the whole second on screen changes (not on a fixed interval), so the
display is never more than a few milliseconds late and an idle, paused meeting costs nothing.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Protocol

from textual.timer import Timer

from plgtui.core import time_up
from plgtui.core.live import LiveMeeting
from plgtui.core.timer import Stage, format_clock


class Host(Protocol):
    """What the ticker needs of the app (declared here, so the two do not import each other)."""

    clock_ticked: Any  # a Signal

    @property
    def is_running(self) -> bool: ...
    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...
    def bell(self) -> None: ...
    def show_live_status(self) -> None: ...
    def live_flash(self) -> None: ...

BEEP_GAP = 0.35  # seconds between the beeps of one cue
LATE = 0.002  # wake just after the boundary, never just before it


def next_change(remaining: float) -> float:
    """Seconds until the shown whole second changes (it shows the ceiling)."""
    return remaining - math.ceil(round(remaining, 6)) + 1 + LATE


class LiveTicker:
    def __init__(self, app: Host, live: LiveMeeting) -> None:
        self.app = app
        self.live = live
        self._timer: Timer | None = None
        self._beeps: list[Timer] = []

    def changed(self) -> None:
        """After every action on the live meeting: show it now and plan the next tick."""
        self._tick(cue=False)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def stop_all(self) -> None:
        """The beeps still to come as well: the app is closing."""
        self.stop()
        for beep in self._beeps:
            beep.stop()
        self._beeps.clear()

    def _tick(self, cue: bool = True) -> None:
        self.stop()
        if not self.app.is_running:
            # The app is shutting down: Textual takes the screens down while the app's timers
            # can still fire, and showing the status then finds no screen at all.
            self.stop_all()
            return
        live = self.live
        cues, bells = time_up.due(live)  # the group's bell and auto-advance
        if cue and cues:
            self.ring(bells, flash=live.stage() is Stage.OVERTIME)
        self.app.clock_ticked.publish(None)
        self.app.show_live_status()
        if live.running:
            self._timer = self.app.set_timer(next_change(live.remaining()), self._tick)

    def ring(self, beeps: int, flash: bool) -> None:
        self._beeps = [
            self.app.set_timer(n * BEEP_GAP + 0.001, self.app.bell) for n in range(beeps)
        ]
        if flash:
            self.app.live_flash()

    def status(self) -> str:
        live = self.live
        return f"● {format_clock(live.remaining())} · {live.block.title}"
