"""A journey with the demo's next meeting running, at a chosen point, on a fake clock."""

from __future__ import annotations

from conftest import TODAY

from plgtui.core.live import LiveMeeting
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp

IDEAS = [
    "Stappenkaart ook digitaal, met [link]invulvelden[/link]",
    "Voorbeeld bij stap 2 uit een echte bron",
    "Minder tekst op de kaart",
]


def running_meeting(workbook: Workbook, clock: FakeClock, seconds_in: float) -> LiveMeeting:
    """The 1-2-4-all block of the demo's next meeting, in its last step (5 min, everyone),
    `seconds_in` seconds after that step started, with three ideas captured."""
    meeting = workbook.journey.meetings[-1]
    live = LiveMeeting.start(workbook, meeting.id, clock)
    live.toggle()
    clock.advance(9 * 60)  # the follow-up ran a little short
    for _ in range(4):
        live.next()
    for text in IDEAS:
        workbook.ideas.add_idea(meeting.id, live.block.id, text)
    clock.advance(seconds_in)
    return live


def live_app(workbook: Workbook, clock: FakeClock, projector: bool = False) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=clock, projector=projector)
