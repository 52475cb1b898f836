"""The warm-up waits for the first screen on the terminal before it counts its half second."""

from __future__ import annotations

from plgtui.tui.warm_up import START, WarmUp


class Host:
    workbook = None

    def __init__(self) -> None:
        self.after_refresh: list = []
        self.timers: list[float] = []

    def call_after_refresh(self, callback) -> bool:
        self.after_refresh.append(callback)
        return True

    def set_timer(self, delay, callback):
        self.timers.append(delay)
        return None


def test_the_half_second_counts_from_the_first_paint_not_from_the_mount():
    """Started at mount, the timer fell while a loaded machine was still drawing the overview,
    and the warm-up's work landed right after the first paint."""
    host = Host()
    warm_up = WarmUp(host)
    warm_up.start()
    assert host.timers == []  # nothing before the screen is drawn
    host.after_refresh.pop()()
    assert host.timers == [START]


def test_stopped_before_the_first_paint_it_never_starts():
    host = Host()
    warm_up = WarmUp(host)
    warm_up.start()
    warm_up.stop()
    host.after_refresh.pop()()
    assert host.timers == []
