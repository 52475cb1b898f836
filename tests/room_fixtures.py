"""A running meeting with a brainstorm block and a dot-voting block, for the room's tests."""

from __future__ import annotations

from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.techniques import load_techniques
from plgtui.core.timer import Clock
from plgtui.core.workbook import Workbook


def voting_meeting(workbook: Workbook, clock: Clock) -> LiveMeeting:
    """The demo's next meeting with a dot-voting block after its brainstorm, taken live and
    moved to the brainstorm's first step (block 1), running."""
    meeting = workbook.journey.meetings[-1]
    brainstorm = meeting.blocks[1]
    dots = next(t for t in load_techniques("nl") if t.id == "dot-voting")
    workbook.meetings.add_block(
        meeting.id, BlockKind.DISCUSSION, "Kiezen", technique=dots, after=brainstorm.id
    )
    live = LiveMeeting.start(workbook, meeting.id, clock)
    live.next()
    live.toggle()
    return live


def to_voting_step(live: LiveMeeting) -> None:
    """From anywhere before it, to the voting step of the dot-voting block."""
    while not live.step.vote:
        assert live.next()
