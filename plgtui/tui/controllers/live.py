"""The running meeting inside the app, whichever screen is shown: taking a meeting live, picking
it up again after a restart or a merge, its countdown in every header, the beeps and the flash,
and ending it.

The ticker wakes exactly when the whole second on screen changes (not on a fixed interval), so
the display is never more than a few milliseconds late and an idle, paused meeting costs nothing.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from plgtui.core.i18n import _, ngettext, phase_title
from plgtui.core.timer import Stage, format_clock
from plgtui.core.validate import InputError

if TYPE_CHECKING:
    from textual.timer import Timer

    from plgtui.core.live import LiveMeeting
    from plgtui.tui.controllers.host import Host

BEEP_GAP = 0.35  # seconds between the beeps of one cue
LATE = 0.002  # wake just after the boundary, never just before it


def next_change(remaining: float) -> float:
    """Seconds until the shown whole second changes (it shows the ceiling)."""
    return remaining - math.ceil(round(remaining, 6)) + 1 + LATE


def live_screen():
    from plgtui.tui.screens.live import LiveScreen  # imported once a meeting runs: not at start

    return LiveScreen


def live_meeting():
    from plgtui.core.live import LiveMeeting  # the agenda and techniques: not at start

    return LiveMeeting


class LiveController:
    def __init__(self, app: Host) -> None:
        self.app = app
        self.ticker: LiveTicker | None = None
        self.stopped = False  # the app is closing: nothing is shown any more

    def resume(self) -> None:
        """A meeting that was live when the app stopped (closed, crashed, or the journey read
        again from disk) picks up again."""
        running = [m for m in self.app.workbook.journey.meetings if m.live is not None]
        if not running or self.ticker is not None:
            return
        self.ticker = LiveTicker(
            self, live_meeting()(self.app.workbook, running[0].id, self.app.clock)
        )
        self.open()
        self.app.notify(_("live.resumed", title=running[0].title), markup=False)

    def open(self, meeting_id: int | None = None) -> None:
        """Show the live view; with a meeting id, take that meeting live first."""
        if meeting_id is not None and self.ticker is None:
            live = live_meeting().start(self.app.workbook, meeting_id, self.app.clock)
            self.ticker = LiveTicker(self, live)
        if self.ticker is None:
            return
        if not isinstance(self.app.screen, live_screen()):
            self.app.push_screen(live_screen()(projector=self.app.projector))
        self.ticker.changed()

    def end(self) -> None:
        if self.ticker is None:
            return
        ticker, self.ticker = self.ticker, None  # screens stop showing it before it closes
        ticker.stop()
        try:
            meeting = ticker.live.end()
        except InputError as exc:
            self.ticker = ticker
            self.app.notify(str(exc), severity="error", markup=False)
            return
        if isinstance(self.app.screen, live_screen()):
            self.app.pop_screen()
        self.app.show_titles()
        self.app.notify(_("live.ended", title=meeting.title), markup=False)

    def let_go(self) -> None:
        """The journey is read again: the meeting is picked up afresh from the new one."""
        if self.ticker is not None:
            self.ticker.stop_all()
            self.ticker = None

    def stop(self) -> None:
        """The app is closing: no tick, beep or status after this (the screens are going)."""
        self.stopped = True
        if self.ticker is not None:
            self.ticker.stop_all()

    def show_status(self) -> None:
        """Away from the live view, the header keeps the countdown in sight; on every screen it
        says first how many conflicts a merge left to choose (the header is on each screen)."""
        app = self.app
        if self.stopped or not app.is_running or not app.screen_stack or app.workbook is None:
            return
        count = len(app.workbook.journey.conflicts)
        badge = [ngettext("conflicts.badge", count)] if count else []
        if self.ticker is not None and not isinstance(app.screen, live_screen()):
            app.sub_title = " · ".join([*badge, self.ticker.status()])
            return
        phase = app.workbook.journey.current_phase
        app.sub_title = " · ".join([*badge, *([phase_title(phase.phase)] if phase else [])])

    def flash(self) -> None:
        if not self.stopped and self.app.screen_stack:
            screen = self.app.screen
            if isinstance(screen, live_screen()):
                screen.flash()


class LiveTicker:
    def __init__(self, owner: LiveController, live: LiveMeeting) -> None:
        self.owner = owner
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
        """The beeps still to come as well."""
        self.stop()
        for beep in self._beeps:
            beep.stop()
        self._beeps.clear()

    def _tick(self, cue: bool = True) -> None:
        self.stop()
        app = self.owner.app
        if self.owner.stopped or not app.is_running:
            self.stop_all()
            return
        live = self.live
        from plgtui.core import time_up  # with the meeting's agenda: not at start

        cues, bells = time_up.due(live)  # the group's bell and auto-advance
        if cue and cues:
            self.ring(bells, flash=live.stage() is Stage.OVERTIME)
        app.clock_ticked.publish(None)
        self.owner.show_status()
        if live.running:
            self._timer = app.set_timer(next_change(live.remaining()), self._tick)

    def ring(self, beeps: int, flash: bool) -> None:
        app = self.owner.app
        self._beeps = [app.set_timer(n * BEEP_GAP + 0.001, app.bell) for n in range(beeps)]
        if flash:
            self.owner.flash()

    def status(self) -> str:
        live = self.live
        return f"● {format_clock(live.remaining())} · {live.block.title}"
