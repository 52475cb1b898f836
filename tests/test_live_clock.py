"""One truth about the meeting's time: it runs on the wall clock to the planned end (the start
plus the meeting's length), a pause included, and ahead of or behind schedule compares what the
agenda still plans with that time left."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.timer import FakeClock
from plgtui.tui.widgets.live_panels import status


def meeting_of(workbook, length: int, blocks: list[int]) -> int:
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Klok", length, prefill=False)
    for n, minutes in enumerate(blocks, start=1):
        workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, f"Blok {n}", minutes)
    return meeting.id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def full_hour(workbook, clock) -> LiveMeeting:
    """A 60-minute meeting whose agenda fills it: three blocks of 20 minutes."""
    return LiveMeeting.start(workbook, meeting_of(workbook, 60, [20, 20, 20]), clock)


def test_a_pause_does_not_stop_the_meetings_clock(full_hour, clock):
    live = full_hour
    live.toggle()
    clock.advance(60)
    live.toggle()  # a pause of five minutes
    clock.advance(300)
    assert live.meeting_left() == 3600 - 360  # the pause counted too
    assert live.remaining() == 1200 - 60  # the countdown did stop
    assert live.slip() == pytest.approx(300)  # the agenda still needs it all: behind
    assert "5 min achter op schema" in status(live).plain
    assert "nog 54:00 in de bijeenkomst" in status(live).plain


def test_starting_late_is_behind(full_hour, clock):
    clock.advance(7 * 60)  # live, but Space only pressed seven minutes later
    full_hour.toggle()
    assert full_hour.meeting_left() == 53 * 60
    assert full_hour.slip() == pytest.approx(7 * 60)
    assert "7 min achter op schema" in status(full_hour).plain


def test_on_schedule_and_ahead(full_hour, clock):
    live = full_hour
    live.toggle()
    clock.advance(20 * 60)
    live.next()
    assert abs(live.slip()) < 1 and "op schema" in status(live).plain
    clock.advance(10 * 60)
    live.next()  # the second block ended ten minutes early
    assert live.slip() == pytest.approx(-10 * 60)
    assert "10 min voorsprong" in status(live).plain


def test_ahead_never_exceeds_the_time_left(workbook, clock):
    """Paging through a 90-minute agenda in a 60-minute meeting: at most 60 minutes ahead."""
    live = LiveMeeting.start(workbook, meeting_of(workbook, 60, [30, 30, 30]), clock)
    live.toggle()
    while live.next():
        clock.advance(1)
    live.extend(-40)  # and the last block cut short
    assert -live.slip() <= live.meeting_left() <= 3600
    assert "60 min voorsprong" in status(live).plain


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["toggle", "next", "previous", "extend", "reset", "wait"]),
        st.integers(-30, 600),
    ),
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    length=st.integers(5, 180),
    blocks=st.lists(st.integers(1, 60), min_size=1, max_size=5),
    actions=ACTIONS,
)
def test_whatever_the_coach_does_ahead_is_at_most_the_time_left(workbook, length, blocks, actions):
    clock = FakeClock()
    live = LiveMeeting.start(workbook, meeting_of(workbook, length, blocks), clock)
    try:
        for action, amount in actions:
            if action == "wait":
                clock.advance(abs(amount) * 10)
            elif action == "extend":
                live.extend(amount // 20)
            else:
                getattr(live, action)()
            left = live.meeting_left()
            assert left <= length * 60
            assert -live.slip() <= max(left, 0.0)
            shown = status(live).plain
            if "voor op schema" in shown:
                assert int(shown.rsplit(" min voor", 1)[0].rsplit(" ", 1)[-1]) <= length
    finally:
        live.end()
