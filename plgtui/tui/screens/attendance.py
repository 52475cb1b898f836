"""Attendance per member over the meetings held while they were a member, with a small trail."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Header, Static

from plgtui.core import labels
from plgtui.core.attendance import COLUMNS, headers, records
from plgtui.core.i18n import _
from plgtui.core.model import Presence
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.ui import tones
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable

# One character per meeting, oldest first: a chart that fits in a table cell.
MARKS = {
    Presence.PRESENT: ("█", "success"),
    Presence.EXCUSED: ("▄", "warning"),
    Presence.ABSENT: ("▁", "error"),
    None: ("·", "muted"),
}
TRAIL = 24  # the most recent meetings shown in the trail


def trail(states: list[Presence | None], colours: dict[str, str]) -> Text:
    text = Text()
    for state in states[-TRAIL:]:
        mark, tone = MARKS[state]
        text.append(mark, colours[tone])
    return text


class AttendanceScreen(JourneyScreen):
    BINDINGS = [command("escape", "dismiss", "key.back")]

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(_("attendance.intro"), id="attendance-intro")
        table = ListTable(id="attendance")
        for key, title in zip(COLUMNS, headers()):
            table.add_column(title, key=key)
        table.add_column(_(labels.ATTENDANCE_COLUMNS["trail"]), key="trail")
        yield table
        yield Static(_("attendance.legend"), id="attendance-legend")
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_attendance)
        self.query_one(ListTable).focus()

    def show_attendance(self) -> None:
        table = self.query_one(ListTable)
        table.clear()
        colours = tones(self)
        for record in records(self.workbook.journey, self.app.today()):
            table.add_row(Text(record.member.name), *record.counts(), trail(record.trail, colours))
