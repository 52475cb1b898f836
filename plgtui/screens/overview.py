"""The way in: where the group stands, what is next and what is still open."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from plgtui.i18n import _
from plgtui.ui import translate_bindings
from plgtui.widgets import overview_panels as panels
from plgtui.widgets.readonly_banner import ReadOnlyBanner

PANELS = {
    "phase": ("overview.phase", panels.phase_panel),
    "question": ("overview.question", panels.question_panel),
    "meetings": ("overview.meetings", panels.meetings_panel),
    "agreements": ("overview.agreements", panels.agreements_panel),
    "members": ("overview.members", panels.members_panel),
    "group": ("overview.group", panels.group_panel),
}
LEFT = ("phase", "question", "meetings")
RIGHT = ("agreements", "members", "group")


class OverviewScreen(Screen[None]):
    """Group, members, phase, research question, meetings and open agreements at a glance."""

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield ReadOnlyBanner()
        with VerticalScroll(id="overview"):
            for column, names in (("left", LEFT), ("right", RIGHT)):
                with Vertical(classes="column", id=f"col-{column}"):
                    for name in names:
                        panel = Static(id=name, classes="panel")
                        panel.border_title = _(PANELS[name][0])
                        yield panel
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "revision", self.show_journey)

    def show_journey(self) -> None:
        journey = self.app.workbook.journey
        today = self.app.today()
        for name, (_title, build) in PANELS.items():
            body, subtitle = build(journey, today)
            panel = self.query_one(f"#{name}", Static)
            panel.update(body)
            panel.border_subtitle = subtitle
