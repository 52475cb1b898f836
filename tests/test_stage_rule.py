"""One rule for the countdown's stage (tester's report): the projector's clock and `plgtui status`
say the same words at the same moment after + and -, and a step shortened to two minutes still
gets the two-minute warning."""

from __future__ import annotations

import io

from live_fixtures import running_meeting

from plgtui import cli_status
from plgtui.core.live import LiveMeeting
from plgtui.core.stage_words import stage_word
from plgtui.core.timer import FakeClock, Stage, warning_points


def status_time_line(workbook, clock) -> str:
    out = io.StringIO()
    cli_status.report(workbook.path, out, follow=False, clock=clock)
    return next(line for line in out.getvalue().splitlines() if line.startswith("nog "))


def first_block_shortened(workbook, clock, minus: int) -> LiveMeeting:
    """The demo's first block (10 minutes, no steps), running, `minus` times '-'."""
    live = LiveMeeting.start(workbook, workbook.journey.meetings[-1].id, clock)
    live.toggle()
    for _ in range(minus):
        live.extend(-1)
    return live


def test_time_taken_away_keeps_the_planned_warnings_time_added_widens_them():
    assert warning_points(600, 120) == (120, 60)
    assert warning_points(60, 60) == (20, 10)  # a one-minute step does not start in red
    assert warning_points(60, 300) == (100, 50)


def test_a_ten_minute_block_shortened_to_two_warns_at_once_on_both(workbook):
    clock = FakeClock()
    live = first_block_shortened(workbook, clock, 8)
    assert live.remaining() == 120
    assert live.stage() is Stage.WRAP_UP
    assert stage_word(live) == "tijd om af te ronden"
    assert status_time_line(workbook, clock) == "nog 2:00 · tijd om af te ronden"
    clock.advance(60)
    assert stage_word(live) == "nog 1 min"
    assert status_time_line(workbook, clock) == "nog 1:00 · nog 1 min"


def test_status_and_the_projector_agree_at_every_moment_after_plus_and_minus(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 0)  # a five-minute step
    for _ in range(4):
        live.extend(-1)  # 5:00 -> 1:00
    live.extend(0.5)
    for _ in range(80):
        again = cli_status.Watch(workbook.path, clock)
        try:
            read = again.live()
            assert (read.stage(), stage_word(read)) == (live.stage(), stage_word(live))
            assert read.countdown.duration == live.countdown.duration
        finally:
            again.close()
        clock.advance(1)
