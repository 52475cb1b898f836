"""When a step's time is up: the bell and moving on by itself, as the group chose.

Both are the group's (`Group.time_signal`, `Group.auto_advance`), off unless it asks: a bell
startles a room that did not expect it, and a step that moves on alone takes the decision from
the coach. The countdown's words and frame say the stage either way (tui/widgets/clock_cues.py).

`due` is asked at every tick of the running meeting, instead of `LiveMeeting.poll`.
"""

from __future__ import annotations

from plgtui.core.live import LiveMeeting
from plgtui.core.timer import Stage


def due(live: LiveMeeting) -> tuple[int, int]:
    """(cues, bells): the cues due since the last tick (1 wrap up, 2 the last minute, 3 at
    zero, as `poll`), and how many of them ring: none unless the group asked for the signal.
    Past zero, with auto-advance, the meeting is on the block's next step when this returns
    (the next block stays the coach's to start). Past zero however it got there: counted down,
    taken there with -, or reached while plgtui was closed; but only while the clock runs, so a
    paused step waits for the coach."""
    cues = live.poll()
    group = live.workbook.journey.group
    bells = cues if group.time_signal else 0
    over = live.running and live.stage() is Stage.OVERTIME
    if over and group.auto_advance and next_step_in_block(live):
        if not live.workbook.read_only:
            live.next()
            live.poll()  # the new step starts with plenty of time: nothing more is due
    return cues, bells


def next_step_in_block(live: LiveMeeting) -> bool:
    return live.state.step + 1 < len(live.steps(live.block))
