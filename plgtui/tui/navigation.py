"""Where each key and command takes the coach: the screens, each declared in a line. Every
screen's code is imported when first shown (or earlier, while the app is idle: warm_up.py), so
that help's Markdown or a form never slows a start; a screen is kept between visits
(kept_screens.py) or built anew at each."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from plgtui.core import labels
from plgtui.core.i18n import _
from plgtui.tui.textual_internals import ClosingFirst

if TYPE_CHECKING:
    from plgtui.core.workbook import Workbook
    from plgtui.tui.kept_screens import KeptScreens


def screen(where: str) -> Callable[..., Screen]:
    """The class `module.Class` of plgtui.tui.screens (or `dialogs.module.Class`), imported
    when called."""
    module, name = where.rsplit(".", 1)
    package = "plgtui.tui" if "." in module else "plgtui.tui.screens"
    return lambda *a: getattr(importlib.import_module(f"{package}.{module}"), name)(*a)


def kept(name: str, where: str) -> Callable[[Any], None]:
    """An action showing the one screen of its kind, kept between visits."""
    return lambda app: app.kept.show(name, screen(where))


def pushed(where: str) -> Callable[..., None]:
    """An action showing a screen built anew at each visit (with what it is given)."""
    return lambda app, *args: app.push_screen(screen(where)(*args))


class Navigation(ClosingFirst):
    """The part of the app that shows screens (`PlgApp` derives from it)."""

    workbook: Workbook | None
    kept: KeptScreens

    action_meetings = kept("meetings", "meetings.MeetingsScreen")
    action_phases = kept("phases", "phases.PhasesScreen")
    action_question = kept("question", "question.QuestionScreen")
    action_member_agreements = kept("member_agreements", "member_agreements.MemberAgreementsScreen")
    action_attendance = kept("attendance", "attendance.AttendanceScreen")
    action_group = kept("group", "group.GroupScreen")
    action_search = pushed("search.SearchScreen")
    action_conflicts = pushed("conflicts.ConflictsScreen")
    action_history = pushed("history.HistoryScreen")

    def open_agenda(self, meeting_id: int) -> None:
        """A meeting's agenda (one screen kept, pointed at the meeting asked for)."""
        self.kept.show("agenda", lambda: screen("agenda.AgendaScreen")(meeting_id),
                       reuse=lambda plan: plan.point_at(meeting_id))  # fmt: skip

    def new_meeting(self, done: Callable[[int | None], None]) -> None:
        """The form for a new meeting, its answer (the new meeting's id) to `done`; kept while
        the journey and the day it was filled from stay the same."""
        make = screen("dialogs.meeting_forms.NewMeetingForm")
        self.kept.form("new_meeting", make, (self.workbook.revision, self.today()), done)

    def open_minutes(self, meeting_id: int) -> None:
        """The minutes to read (one screen kept, pointed at the meeting asked for)."""
        self.kept.show("read_minutes", lambda: screen("minutes_view.MinutesView")(meeting_id),
                       reuse=lambda view: view.show_meeting(meeting_id))  # fmt: skip

    def write_minutes(self, meeting_id: int) -> None:
        """The minutes to write; kept, and built again for another meeting."""
        if self.workbook.read_only:
            self.notify(_(labels.READ_ONLY[self.workbook.read_only_reason]), severity="warning")
            return
        make = lambda: screen("minutes.MinutesScreen")(meeting_id)  # noqa: E731
        self.kept.show("write_minutes", make, key=meeting_id)

    def action_help(self) -> None:
        if type(self.screen).__name__ != "HelpScreen":
            self.push_screen(screen("help.HelpScreen")(self.screen))

    def action_overview(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_plan_meeting(self) -> None:
        """The next meeting's agenda; without one, the form for a new meeting."""
        self.action_overview()
        self.screen_stack[0].action_meeting()  # the overview

    def action_command_palette(self) -> None:
        """Textual's command palette, with its prompt in the interface language; imported on
        first use, as its fuzzy search would slow every start. On a plain background
        (app.tcss): blending the screen beneath into a dimmed backdrop was a quarter of each
        opening (bench/README.md); the theme picker keeps it, to show a theme on the screen."""
        from textual.command import CommandPalette

        from plgtui.tui.textual_internals import worded_palette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                worded_palette(
                    _("palette.no_matches"),
                    placeholder=_("palette.placeholder"),
                    id="--command-palette",
                    classes="-plain",
                )
            )

    def search_themes(self) -> None:
        """Textual's theme picker, with its prompt in the interface language."""
        from plgtui.tui.textual_internals import worded_palette
        from plgtui.tui.theme_picker import CoachThemes  # the themes in a coach's words

        self.push_screen(
            worded_palette(
                _("palette.no_matches"), providers=[CoachThemes], placeholder=_("palette.themes")
            )
        )
