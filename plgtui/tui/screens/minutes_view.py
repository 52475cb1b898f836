"""One meeting's minutes, rendered: what members open afterwards to read what was agreed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header

from plgtui.export.minutes import meeting_markdown
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.export_beside import export_beside
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.markdown_text import MarkdownText


class MinutesView(JourneyScreen):
    BINDINGS = [
        command("w", "write", "key.write"),
        command("comma", "other(-1)", "key.previous_meeting", key_display=","),
        # `.` is Shift+`;` on AZERTY (`;` first with --keys azerty)
        command("full_stop,semicolon", "other(1)", "key.next_meeting", id="minutes-next-meeting"),
        command("x", "export", "key.export_meeting"),
        command("b", "members_message", "key.members_message"),
        command("escape", "dismiss", "key.back"),
    ]

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="minutes-scroll"):
            yield MarkdownText(id="minutes-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_minutes)
        self.query_one(VerticalScroll).focus()

    def show_minutes(self) -> None:
        journey = self.workbook.journey
        meeting = journey.meeting(self.meeting_id)
        if meeting is not None:
            self.query_one(MarkdownText).update_markdown(
                meeting_markdown(journey, meeting, self.app.today())
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "write" and self.workbook.read_only:
            return False
        return True

    def action_export(self) -> None:
        export_beside(self.app, self.meeting_id)

    def action_members_message(self) -> None:
        export_beside(self.app, self.meeting_id, members=True)

    def action_write(self) -> None:
        self.app.write_minutes(self.meeting_id)

    def show_meeting(self, meeting_id: int) -> None:
        """Show another meeting's minutes, from the top (also when the kept view is reopened)."""
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self._draw()  # and noted as drawn, so showing it again does not draw it twice
            self.query_one(VerticalScroll).scroll_home(animate=False)

    def action_other(self, delta: int) -> None:
        ids = [m.id for m in self.workbook.journey.meetings_by_date()]
        index = ids.index(self.meeting_id) + delta
        if 0 <= index < len(ids):
            self.show_meeting(ids[index])
