"""When a step's time is up (issue 34): the bell and auto-advance, each the group's choice, off
by default, kept in the group's file, and said in the live view's key bar while on."""

from __future__ import annotations

import pytest
from live_fixtures import live_app, running_meeting

from plgtui.core import time_up
from plgtui.core.timer import FakeClock, Stage
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.tui.widgets.key_bar import KeyBar


def test_off_by_default_and_kept_in_the_groups_file(workbook):
    group = workbook.journey.group
    assert not group.time_signal and not group.auto_advance
    workbook.group.set_time_up(signal=True)
    workbook.group.set_time_up(advance=True)
    path = workbook.path
    workbook.close()
    again = Workbook.open(path, read_only=True)
    assert again.journey.group.time_signal and again.journey.group.auto_advance
    again.close()


@pytest.mark.parametrize("value", ["ja", 1, 0, "true"])
def test_only_on_or_off_is_taken(workbook, value):
    revision = workbook.revision
    with pytest.raises(InputError):
        workbook.group.set_time_up(signal=value)
    assert workbook.revision == revision and workbook.journey.group.time_signal is False


def at_zero(workbook, signal=False, advance=False):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 0)
    workbook.group.set_time_up(signal=signal, advance=advance)
    live.poll()
    clock.advance(live.remaining() + 1)
    return live


def test_no_bell_unless_asked(workbook):
    live = at_zero(workbook)
    assert time_up.due(live) == (3, 0)
    assert live.stage() is Stage.OVERTIME  # the clock still counts on past zero


def test_the_bell_when_asked(workbook):
    assert time_up.due(at_zero(workbook, signal=True)) == (3, 3)


def test_auto_advance_moves_to_the_blocks_next_step_only(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 0)
    live.previous()  # step 3 of 4 of the 1-2-4-all block
    workbook.group.set_time_up(advance=True)
    live.poll()
    block, step = live.state.block, live.state.step
    clock.advance(live.remaining() + 1)
    time_up.due(live)
    assert (live.state.block, live.state.step) == (block, step + 1)
    assert live.running and live.stage() is Stage.NORMAL
    clock.advance(live.remaining() + 1)  # the block's last step: the next block waits
    time_up.due(live)
    assert (live.state.block, live.state.step) == (block, step + 1)
    assert live.stage() is Stage.OVERTIME


async def test_switched_in_the_live_view_and_said_in_its_key_bar(workbook, monkeypatch):
    clock = FakeClock()
    running_meeting(workbook, clock, 170)
    app = live_app(workbook, clock)
    beeps = []
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app, "bell", lambda: beeps.append(1))
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        assert "signaal" not in str(bar.render())
        clock.advance(35)  # wrap up, without a sound
        app.ticker._tick()
        await pilot.pause(0.1)
        assert beeps == []
        await pilot.press("ctrl+t", "ctrl+n")
        await pilot.pause()
        shown = str(bar.render())
        # at 80 columns the switches show as signs, so Space, i and z keep their place
        assert "♪»" in shown and "signaal" not in shown
        assert all(f" {key} " in shown for key in ("space", "i", "z")), shown
        assert workbook.journey.group.time_signal and workbook.journey.group.auto_advance
        clock.advance(50)  # the last stretch: two beeps
        app.ticker._tick()
        await pilot.pause(0.5)
        assert len(beeps) == 2
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "♪" not in str(bar.render()) and "»" in str(bar.render())
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        assert "» vanzelf verder" in str(bar.render())  # wide enough for the words


def test_auto_advance_also_when_minus_takes_the_step_past_zero(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 0)
    live.previous()
    live.previous()  # step 2 of 4 of the 1-2-4-all block: one minute
    workbook.group.set_time_up(advance=True)
    live.poll()
    live.extend(-1)
    live.extend(-1)
    time_up.due(live)
    assert live.state.step == 2 and live.stage() is Stage.NORMAL


def test_auto_advance_when_zero_passed_while_plgtui_was_closed(workbook):
    from plgtui.core.live import LiveMeeting

    clock = FakeClock()
    live = running_meeting(workbook, clock, 0)
    live.previous()
    workbook.group.set_time_up(advance=True)
    clock.advance(live.remaining() + 30)  # plgtui closed meanwhile
    reopened = LiveMeeting(workbook, live.meeting_id, clock)
    time_up.due(reopened)
    assert reopened.state.step == 3 and reopened.stage() is Stage.NORMAL


def test_a_paused_step_past_zero_waits_for_the_coach(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 0)
    live.previous()
    workbook.group.set_time_up(advance=True)
    live.toggle()
    live.extend(-5)
    time_up.due(live)
    assert live.state.step == 2 and live.stage() is Stage.OVERTIME
