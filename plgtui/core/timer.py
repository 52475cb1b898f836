"""A countdown on a deadline: it is computed from a clock, never decremented, so it cannot drift.

Linux's CLOCK_MONOTONIC stops while a laptop sleeps; CLOCK_BOOTTIME keeps counting, so a
countdown anchored to it shows the real time left on waking. A saved countdown keeps a wall-clock
deadline instead, because no monotonic clock survives a restart.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

WRAP_UP = 120.0  # seconds left when the countdown turns to "wrap up"
LAST_MINUTE = 60.0


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds that only go forward and keep counting through a suspend."""

    def wall(self) -> float:
        """Seconds since the epoch, to save a deadline across a restart."""


class SystemClock:
    def __init__(self) -> None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            self.monotonic = lambda: time.clock_gettime(boottime)  # type: ignore[method-assign]

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class FakeClock:
    """A clock that moves only when told to: for tests, snapshots and demos."""

    def __init__(self, wall: float = 1_779_300_000.0) -> None:
        self._mono = 1000.0
        self._wall = wall

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._wall += seconds


class Stage(str, Enum):
    NORMAL = "normal"
    WRAP_UP = "wrap-up"
    LAST_MINUTE = "last-minute"
    OVERTIME = "overtime"


def thresholds(duration: float) -> tuple[float, float]:
    """Wrap-up and last-minute points for a step of `duration` seconds.

    Two minutes and one minute, but never more than a third and a sixth of the step: a one-minute
    step of 1-2-4-all would otherwise start in red, with no cue left to give.
    """
    return min(WRAP_UP, duration / 3), min(LAST_MINUTE, duration / 6)


def warning_points(planned: float, length: float) -> tuple[float, float]:
    """The wrap-up and last-minute points of a step planned `planned` seconds long and now
    `length` long, after + and -. Time added moves them as for a longer step; time taken away
    keeps the planned step's: a coach who shortens a ten-minute step to two minutes still gets
    the two-minute warning, at once, instead of nothing until 0:40."""
    return thresholds(max(planned, length))


def stage(remaining: float, wrap_up: float = WRAP_UP, last_minute: float = LAST_MINUTE) -> Stage:
    if remaining <= 0:
        return Stage.OVERTIME
    if remaining <= last_minute:
        return Stage.LAST_MINUTE
    if remaining <= wrap_up:
        return Stage.WRAP_UP
    return Stage.NORMAL


# How many beeps mark the entry into each stage.
BEEPS = {Stage.NORMAL: 0, Stage.WRAP_UP: 1, Stage.LAST_MINUTE: 2, Stage.OVERTIME: 3}


def shown_seconds(remaining: float) -> int:
    """The whole second on screen: 59.2 s left shows 1:00 until it really is 59 s."""
    return math.ceil(round(remaining, 6))


def format_clock(remaining: float) -> str:
    """`12:34`, `1:05:00`, and overtime as `-0:07`."""
    whole = shown_seconds(remaining)
    sign = "-" if whole < 0 else ""
    minutes, seconds = divmod(abs(whole), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes}:{seconds:02d}"


@dataclass
class Countdown:
    """`duration` seconds, started and paused at will; past zero it counts overtime."""

    clock: Clock
    duration: float
    _deadline: float | None = None  # on the monotonic clock, while running
    _left: float = 0.0  # while paused

    def __post_init__(self) -> None:
        self._left = self.duration

    @property
    def running(self) -> bool:
        return self._deadline is not None

    def remaining(self) -> float:
        if self._deadline is None:
            return self._left
        return self._deadline - self.clock.monotonic()

    def start(self) -> None:
        if self._deadline is None:
            self._deadline = self.clock.monotonic() + self._left

    def pause(self) -> None:
        if self._deadline is not None:
            self._left = self.remaining()
            self._deadline = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def extend(self, seconds: float) -> None:
        """Add (or with a negative number take away) time; the duration follows."""
        self.duration += seconds
        if self._deadline is None:
            self._left += seconds
        else:
            self._deadline += seconds

    def reset(self) -> None:
        """Back to the full duration, keeping whether it runs."""
        was_running = self.running
        self._deadline = None
        self._left = self.duration
        if was_running:
            self.start()

    # -- saving across a restart -----------------------------------------------------------

    def saved(self) -> tuple[bool, float, float]:
        """(running, remaining, wall-clock deadline) to write into the journey."""
        left = self.remaining()
        return self.running, left, self.clock.wall() + left if self.running else 0.0

    @classmethod
    def restored(
        cls, clock: Clock, duration: float, running: bool, remaining: float, deadline: float
    ) -> Countdown:
        countdown = cls(clock, duration)
        if running:
            countdown._left = deadline - clock.wall()  # the time that passed while closed
            countdown.start()
        else:
            countdown._left = remaining
        return countdown
