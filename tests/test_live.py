"""A running meeting with a fake clock: position, countdown, schedule, cues and resuming."""

from __future__ import annotations

from datetime import date

import pytest

from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.techniques import find, load_techniques
from plgtui.core.timer import FakeClock, Stage
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def planned(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Live", 60, prefill=False)
    workbook.meetings.add_block(meeting.id, BlockKind.WELCOME, "Welkom", 5)
    workbook.meetings.add_block(
        meeting.id, BlockKind.BRAINSTORM, "", technique=find(load_techniques("nl"), "1-2-4-all")
    )
    workbook.meetings.add_block(
        meeting.id, BlockKind.DISCUSSION, "", technique=find(load_techniques("nl"), "round-robin")
    )
    return meeting


def test_start_waits_paused_at_the_first_block(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    assert live.block.title == "Welkom" and not live.running
    assert live.remaining() == 300
    assert live.next_up()[0].title == "1-2-4-allen"


def test_next_walks_through_the_steps_then_the_blocks(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.toggle()
    seen = []
    while True:
        seen.append((live.block.title, live.step.minutes, live.remaining()))
        if not live.next():
            break
    assert [s[1] for s in seen[:5]] == [5, 1, 2, 4, 5]
    assert seen[1][2] == 60  # the next step starts running at once
    assert live.running
    # Round robin: one minute for each of the 8 teachers; the coach, the school leader and the
    # pedagogical adviser of the demo group run the meeting and take no turn.
    assert seen[6] == ("Beurtrondje", 1, 8 * 60)
    assert live.previous() and live.step.minutes == 1
    live.previous(), live.previous()
    assert live.block.title == "1-2-4-allen" and live.step.minutes == 5


def test_the_stages_ring_once_twice_then_three_times(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.toggle()
    beeps = []
    for _ in range(400):
        clock.advance(1)
        beeps.append(live.poll())
    assert [b for b in beeps if b] == [1, 2, 3]
    assert live.stage() is Stage.OVERTIME and live.remaining() == -100


def test_extend_and_reset(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.toggle()
    clock.advance(100)
    live.extend(1)
    assert live.remaining() == 260
    live.extend(-2)
    assert live.remaining() == 140
    live.reset()
    assert live.remaining() == 300 and live.running


def test_schedule_slip_and_meeting_time_left(workbook, planned, clock):
    """The agenda plans 31 minutes of a 60-minute meeting: an overrun of 100 s leaves it
    ahead, by the time left less what the agenda still plans."""
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.toggle()
    clock.advance(400)  # the welcome overran by 100 s
    planned_after_welcome = (12 + 14) * 60  # 1-2-4-all and the round robin of 8 teachers
    assert live.planned_left() == planned_after_welcome
    assert live.slip() == pytest.approx(planned_after_welcome - (3600 - 400))
    live.next()
    assert live.slip() == pytest.approx(planned_after_welcome - (3600 - 400))
    assert live.meeting_left() == 3600 - 400


def test_a_restart_resumes_with_the_time_that_passed(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.next()
    live.toggle()
    clock.advance(20)
    path = workbook.path
    workbook.close()
    clock.advance(15)  # closed and opened again
    again = Workbook.open(path)
    back = LiveMeeting(again, planned.id, clock)
    assert back.block.title == "1-2-4-allen" and back.running
    assert back.remaining() == pytest.approx(60 - 35)
    assert back.poll() == 0  # no bell for what happened while closed
    again.close()


def test_ending_records_actual_minutes_per_block(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.toggle()
    clock.advance(6 * 60)
    live.next()
    clock.advance(3 * 60)
    live.next()  # a step inside the same block: no new block time
    clock.advance(60)
    meeting = live.end()
    assert [b.actual_minutes for b in meeting.blocks] == [6.0, 4.0, None]


def test_speaking_turns_are_kept_per_block(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.toggle_spoken(2)
    live.toggle_spoken(3)
    live.toggle_spoken(2)
    assert live.state.spoken == [3]
    live.next()
    assert live.state.spoken == []


def test_the_agenda_can_grow_while_the_meeting_runs(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.next()
    running = live.block
    workbook.meetings.add_block(
        planned.id, BlockKind.BREAK, "Koffie", 10, after=planned.blocks[0].id
    )
    assert live.block is running and live.state.block == 2
    with pytest.raises(InputError, match="terwijl de bijeenkomst loopt"):
        workbook.meetings.update_block(
            planned.id, running.id, kind=BlockKind.DISCUSSION, title="x", minutes=5, prompts=[]
        )


def test_short_steps_get_shorter_cues_so_none_is_lost(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    live.next()  # 1-2-4-all, step 1: one minute
    live.toggle()
    assert live.stage() is Stage.NORMAL
    beeps = []
    for _ in range(70):
        clock.advance(1)
        beeps.append(live.poll())
    assert [b for b in beeps if b] == [1, 2, 3]
    assert beeps.index(1) == 39 and beeps.index(2) == 49  # at 20 s and 10 s left


def test_turns_follow_the_clock_in_a_per_person_step(workbook, planned, clock):
    live = LiveMeeting.start(workbook, planned.id, clock)
    for _ in range(6):
        live.next()
    assert live.block.technique == "round-robin" and live.step.per_person
    live.toggle()
    assert live.turn() == (1, 8)
    clock.advance(150)
    assert live.turn() == (3, 8)
    clock.advance(3600)
    assert live.turn() == (8, 8)
