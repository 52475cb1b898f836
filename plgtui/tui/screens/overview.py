"""The way in: where the group stands, what is next and what is still open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Header, Static

from plgtui.core.i18n import _, ngettext
from plgtui.tui import commands
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.ui import BREAKPOINTS, take_width_class
from plgtui.tui.widgets import overview_panels as panels
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.readonly_banner import ReadOnlyBanner

PANELS = {
    "phase": ("overview.phase", panels.phase_panel),
    "question": ("overview.question", panels.question_panel),
    "meetings": ("overview.meetings", panels.meetings_panel),
    "agreements": ("overview.agreements", panels.agreements_panel),
    "members": ("overview.members", panels.members_panel),
    "group": ("overview.group", panels.group_panel),
}
LEFT = ("phase", "question", "meetings", "group")
RIGHT = ("agreements", "members")


class OverviewScreen(JourneyScreen):
    """Group, members, phase, research question, meetings and open agreements at a glance."""

    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    # At 80 columns the key bar holds four keys beside help and the palette. Back to the
    # running meeting and the choices a merge left come first while there are any (hidden
    # otherwise), then the ways to the four screens; the group follows where there is room.
    # The rest is in the help (F1).
    BINDINGS = [
        commands.LIVE, commands.CONFLICTS,
        commands.MEETING, commands.MEETINGS, commands.PHASES, commands.QUESTION,
        commands.GROUP,
        command("n", "new_meeting", "key.new_meeting", show=False, help="cmd.meeting.help"),
        commands.EXPORT, commands.SEARCH, commands.PER_MEMBER, commands.ATTENDANCE,
        commands.HISTORY,
    ]  # fmt: skip

    def compose(self) -> ComposeResult:
        take_width_class(self)
        yield Header(icon="")
        if self.workbook is not None and self.workbook.read_only:
            yield ReadOnlyBanner()
        yield Static(id="conflicts-banner")
        with VerticalScroll(id="overview"):
            for column, names in (("left", LEFT), ("right", RIGHT)):
                with Vertical(classes="column", id=f"col-{column}"):
                    for name in names:
                        panel = Static(id=name, classes="panel")
                        panel.border_title = _(PANELS[name][0])
                        yield panel
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_journey)

    def show_journey(self) -> None:
        if self.workbook is None:
            return
        journey = self.workbook.journey
        today = self.app.today()
        for name, (title, build) in PANELS.items():
            body, subtitle = build(journey, today)
            panel = self.query_one(f"#{name}", Static)
            panel.border_title = _(title)  # again: the first-run form may change the language
            panel.update(body)
            panel.border_subtitle = subtitle
        banner = self.query_one("#conflicts-banner", Static)
        banner.display = bool(journey.conflicts)
        if journey.conflicts:
            banner.update(ngettext("conflicts.banner", len(journey.conflicts)))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new_meeting":
            return self.app.workbook is not None and not self.workbook.read_only
        return True

    def action_meeting(self) -> None:
        """The next meeting's agenda; without one, the form for a new meeting."""
        journey = self.workbook.journey
        meeting = journey.next_meeting(self.app.today())
        if meeting is None:
            self.action_new_meeting()
        else:
            self.app.open_agenda(meeting.id)

    def action_new_meeting(self) -> None:
        def created(meeting_id: int | None) -> None:
            if meeting_id is not None:
                self.app.open_agenda(meeting_id)

        self.app.new_meeting(created)
