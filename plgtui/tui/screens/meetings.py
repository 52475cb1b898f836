"""Every meeting, newest first, with attendance and what it left open; the way into the minutes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Header, Static

from plgtui.core import labels
from plgtui.core.i18n import _, format_short_date
from plgtui.core.participants import presence
from plgtui.tui import commands
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.export_beside import export_beside
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable, Row


class MeetingsScreen(JourneyScreen):
    BINDINGS = [
        command("enter", "read", "key.read", show=False),
        command("w", "write", "key.write"),
        replace(commands.SEARCH, show=True, key_display="/"),
        replace(commands.PER_MEMBER, show=True),
        replace(commands.ATTENDANCE, show=True),
        command("x", "export", "key.export_meeting"),
        command("escape", "app.overview", "key.back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(_("meetings.intro"), id="meetings-intro")
        table = ListTable(id="meetings")
        for key in ("date", "title", "present", "open", "status"):
            table.add_column(_(labels.MEETINGS_COLUMNS[key]), key=key, flex=key == "title")
        yield table
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_meetings)
        self.query_one(ListTable).focus()

    def show_meetings(self) -> None:
        table = self.query_one(ListTable)
        row = table.cursor_row
        table.clear()
        table.add_rows(self._rows())
        table.move_cursor(row=row)

    def _rows(self) -> Iterator[Row]:
        journey = self.workbook.journey
        open_per_meeting = Counter(a.meeting_id for a in journey.agreements if a.is_open)
        for meeting in reversed(journey.meetings_by_date()):
            still_open = open_per_meeting[meeting.id]
            present, recorded = presence(journey, meeting)
            cells = (
                format_short_date(meeting.date),
                Text(meeting.title),
                f"{present}/{recorded}" if recorded else "",
                str(still_open) if still_open else "",
                _(labels.MEETING_STATUS[meeting.status.value]),
            )
            yield cells, str(meeting.id)

    def _meeting_id(self) -> int | None:
        key = self.query_one(ListTable).cursor_key
        return None if key is None else int(key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "write" and self.workbook.read_only:
            return False
        return True

    def on_list_table_row_selected(self) -> None:
        self.action_read()

    def action_read(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is not None:
            self.app.open_minutes(meeting_id)

    def action_export(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is not None:
            export_beside(self.app, meeting_id)

    def action_write(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is not None:
            self.app.write_minutes(meeting_id)
