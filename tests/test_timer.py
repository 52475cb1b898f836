"""The countdown with a fake clock: it is computed from a deadline, so nothing can drift."""

from __future__ import annotations

import pytest

from plgtui.core.timer import (
    Countdown,
    FakeClock,
    Stage,
    format_clock,
    shown_seconds,
    stage,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_new_countdown_waits_for_start(clock):
    countdown = Countdown(clock, 600)
    clock.advance(30)
    assert not countdown.running
    assert countdown.remaining() == 600


def test_running_counts_down_from_the_deadline(clock):
    countdown = Countdown(clock, 600)
    countdown.start()
    for _ in range(10_000):  # many small steps add no error: nothing is decremented
        clock.advance(0.0371)
    assert countdown.remaining() == pytest.approx(600 - 371.0, abs=1e-6)


def test_pause_keeps_the_exact_remainder_and_resume_goes_on(clock):
    countdown = Countdown(clock, 300)
    countdown.start()
    clock.advance(12.345)
    countdown.pause()
    clock.advance(3600)
    assert countdown.remaining() == pytest.approx(287.655)
    countdown.toggle()
    clock.advance(7.655)
    assert countdown.remaining() == pytest.approx(280)


def test_extend_and_shorten_while_running_and_paused(clock):
    countdown = Countdown(clock, 120)
    countdown.start()
    clock.advance(20)
    countdown.extend(60)
    assert countdown.remaining() == pytest.approx(160)
    countdown.pause()
    countdown.extend(-60)
    assert countdown.remaining() == pytest.approx(100)
    assert countdown.duration == 120


def test_reset_goes_back_to_the_full_duration(clock):
    countdown = Countdown(clock, 90)
    countdown.start()
    clock.advance(50)
    countdown.reset()
    assert countdown.running
    assert countdown.remaining() == 90


def test_past_zero_it_counts_overtime(clock):
    countdown = Countdown(clock, 10)
    countdown.start()
    clock.advance(17.5)
    assert countdown.remaining() == pytest.approx(-7.5)
    assert stage(countdown.remaining()) is Stage.OVERTIME
    assert format_clock(countdown.remaining()) == "-0:07"


def test_resume_after_a_restart_counts_the_time_that_passed(clock):
    countdown = Countdown(clock, 600)
    countdown.start()
    clock.advance(100)
    saved = countdown.saved()
    clock.advance(250)  # the app was closed for a while
    back = Countdown.restored(FakeClock(wall=clock.wall()), 600, *saved)
    assert back.running
    assert back.remaining() == pytest.approx(250)


def test_a_paused_countdown_restores_paused(clock):
    countdown = Countdown(clock, 600)
    countdown.start()
    clock.advance(100)
    countdown.pause()
    saved = countdown.saved()
    clock.advance(999)
    back = Countdown.restored(clock, 600, *saved)
    assert not back.running
    assert back.remaining() == pytest.approx(500)


@pytest.mark.parametrize(
    "remaining, expected",
    [
        (600, Stage.NORMAL),
        (120.5, Stage.NORMAL),
        (120, Stage.WRAP_UP),
        (60, Stage.LAST_MINUTE),
        (0.01, Stage.LAST_MINUTE),
        (0, Stage.OVERTIME),
        (-30, Stage.OVERTIME),
    ],
)
def test_stages(remaining, expected):
    assert stage(remaining) is expected


@pytest.mark.parametrize(
    "remaining, text",
    [
        (600, "10:00"),
        (59.2, "1:00"),
        (59.0, "0:59"),
        (0.4, "0:01"),
        (0, "0:00"),
        (-0.4, "0:00"),
        (-61, "-1:01"),
        (3900, "1:05:00"),
    ],
)
def test_format_clock(remaining, text):
    assert format_clock(remaining) == text


def test_shown_seconds_ignores_float_noise():
    assert shown_seconds(60.0000000001) == 60
