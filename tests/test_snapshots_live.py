"""Snapshots of planning and running a meeting, at 80x24 and 160x45, on a fake clock."""

from __future__ import annotations

import pytest
from conftest import TODAY
from live_fixtures import live_app, running_meeting
from test_snapshots import IDS, SIZES, steady

from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp


async def quiet(pilot) -> None:
    """No toast over the picture (the 'meeting resumed' note) and no blinking cursor."""
    await pilot.pause()
    pilot.app.clear_notifications()
    await steady(pilot)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_live(snap_compare, workbook, size, projector):
    clock = FakeClock()
    running_meeting(workbook, clock, 88)
    app = live_app(workbook, clock, projector=projector)
    assert snap_compare(app, terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("seconds_in, state", [(258, "last-minute"), (365, "overtime")])
def test_live_stages(snap_compare, workbook, size, seconds_in, state):
    clock = FakeClock()
    running_meeting(workbook, clock, seconds_in)
    assert snap_compare(live_app(workbook, clock), terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_live_groups(snap_compare, workbook, size):
    import random

    clock = FakeClock()
    live = running_meeting(workbook, clock, 30)
    workbook.meetings.make_groups(live.meeting_id, 4, random.Random(3))

    async def groups(pilot):
        await quiet(pilot)
        await pilot.press("g")

    assert snap_compare(live_app(workbook, clock), terminal_size=size, run_before=groups)


def plan_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_agenda(snap_compare, workbook, size):
    assert snap_compare(plan_app(workbook), press=["m", "down"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_block_form(snap_compare, workbook, size):
    app = plan_app(workbook)
    assert snap_compare(app, press=["m", "down", "e"], terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_new_meeting_form(snap_compare, workbook, size):
    async def opened(pilot):
        await pilot.press("n")
        await steady(pilot)

    assert snap_compare(plan_app(workbook), terminal_size=size, run_before=opened)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_live_light(snap_compare, workbook, size, projector):
    """The light theme, for a bright classroom where a projector washes out a dark screen."""
    clock = FakeClock()
    running_meeting(workbook, clock, 258)
    app = live_app(workbook, clock, projector=projector)
    app.theme = "plgtui-light"
    assert snap_compare(app, terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_live_vote(snap_compare, workbook, size):
    """A dot-voting block lists the ideas of the block before, with their votes and what
    became of them."""
    from plgtui.core.model import BlockKind
    from plgtui.core.techniques import find, load_techniques

    clock = FakeClock()
    live = running_meeting(workbook, clock, 30)
    dots = find(load_techniques("nl"), "dot-voting")
    workbook.meetings.add_block(
        live.meeting_id, BlockKind.BRAINSTORM, "", technique=dots, after=live.block.id
    )
    ideas = live.meeting.ideas
    workbook.ideas.vote(live.meeting_id, ideas[1].id, 3)
    workbook.ideas.vote(live.meeting_id, ideas[2].id, 1)
    workbook.ideas.idea_to_agreement(live.meeting_id, ideas[2].id)
    live.next()

    assert snap_compare(live_app(workbook, clock), terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_start_question_when_the_plan_does_not_fit(snap_compare, workbook, size):
    assert snap_compare(plan_app(workbook), press=["m", "s"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_idea_to_agreement_form(snap_compare, workbook, size):
    clock = FakeClock()
    running_meeting(workbook, clock, 88)

    async def to_agreement(pilot):
        await quiet(pilot)
        await pilot.press("a")
        await steady(pilot)

    assert snap_compare(live_app(workbook, clock), terminal_size=size, run_before=to_agreement)
