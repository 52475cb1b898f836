"""A protocol's roles (presenter, timekeeper...): held by people present, passed on with Enter in
the live view, shown with the step that is theirs, and kept in the minutes."""

from __future__ import annotations

import pytest
from conftest import TODAY, journey_state
from live_fixtures import live_app
from test_snapshots import IDS, SIZES, steady
from textual.widgets import OptionList, Static

from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.techniques import find, load_techniques
from plgtui.core.timer import FakeClock
from plgtui.core.validate import InputError
from plgtui.export.minutes import meeting_markdown


def tuning_running(workbook, clock) -> LiveMeeting:
    """The demo's next meeting, running, at the first step of a tuning protocol added first."""
    meeting = workbook.journey.meetings[-1]
    tuning = find(load_techniques("nl"), "tuning")
    block = workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "", technique=tuning)
    workbook.meetings.move_block(meeting.id, block.id, -10)
    live = LiveMeeting.start(workbook, meeting.id, clock)
    live.toggle()
    return live


def test_roles_come_with_the_technique_and_are_checked(workbook):
    live = tuning_running(workbook, FakeClock())
    block = live.block
    assert block.roles == ["voorsteller", "gespreksleider", "tijdbewaker"]
    before = journey_state(workbook)
    with pytest.raises(InputError, match="geen rol"):
        workbook.meetings.set_role_holder(live.meeting_id, block.id, "zanger", 2)
    with pytest.raises(InputError):
        workbook.meetings.set_role_holder(live.meeting_id, block.id, "voorsteller", 999)
    assert journey_state(workbook) == before
    present = live.meeting.present()
    holders = [live.pass_role("tijdbewaker") for _ in range(len(present) + 1)]
    from plgtui.core.participants import participants

    order = [m.id for m in workbook.journey.members]
    teachers = participants(workbook.journey, live.meeting)
    others = sorted((p for p in present if p not in teachers), key=order.index)
    # the teachers taking part first, then the others present: the coach is not the first
    # presenter, though she often keeps the time
    assert holders[:-1] == teachers + others and holders[0] in teachers
    assert holders[-1] is None  # after the last one present, nobody


async def test_enter_passes_a_role_and_the_step_says_who(workbook):
    clock = FakeClock()
    live = tuning_running(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("l")
        roles = app.screen.query_one("#roles", OptionList)
        assert roles.has_focus and roles.option_count == 3
        # the chair opens a tuning: the first present, then the next
        await pilot.press("down", "enter", "enter")
        await pilot.pause()
        block = app.ticker.live.block
        second = workbook.journey.member(block.role_holders["gespreksleider"])
        first_step = app.screen.query_one("#live-head", Static).render()
        assert f"gespreksleider ({second.name})" in str(first_step)
        assert second.name in str(roles.get_option_at_index(1).prompt)
    text = meeting_markdown(workbook.journey, live.meeting, TODAY)
    assert f"*Rollen:* gespreksleider: {second.name}" in text


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_the_roles_panel(snap_compare, workbook, size):
    clock = FakeClock()
    live = tuning_running(workbook, clock)
    live.pass_role("voorsteller")
    live.pass_role("tijdbewaker")

    async def roles(pilot) -> None:
        await pilot.press("l")
        await pilot.pause()
        pilot.app.clear_notifications()
        await steady(pilot)

    assert snap_compare(live_app(workbook, clock), terminal_size=size, run_before=roles)
