"""Planning a meeting: its blocks in order, each with kind, technique and minutes, the planned
total against the meeting's length, and the way into the live view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Header, Static

from plgtui.core import agenda, labels
from plgtui.core.content import ContentError
from plgtui.core.i18n import _, format_date, language, ngettext, number
from plgtui.core.model import Meeting, MeetingStatus
from plgtui.core.techniques import load_techniques, title_of
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.ui import attempt, plain
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable

SUGGESTED_SHOWN = 4  # techniques named under the agenda; a long list crowded out the plan


class AgendaScreen(JourneyScreen):
    BINDINGS = [
        # In the order the key bar keeps them when room runs out: what planning needs most.
        command("s", "run", "key.run", id="plan-run"),
        command("a", "add", "key.add_block", id="plan-add-block"),
        command("f", "fit", "key.fit", id="plan-fit", help="cmd.fit.help"),
        command("e", "edit", "key.edit", id="plan-edit"),
        command("delete", "remove", "key.remove", id="plan-remove"),
        command("ctrl+up,K", "move(-1)", "key.move_up", id="plan-move-up", key_display="^↑"),
        command("ctrl+down,J", "move(1)", "key.move_down", id="plan-move-down", key_display="^↓"),
        command(
            "n", "new_meeting", "key.new_meeting", id="plan-new-meeting", help="cmd.meeting.help"
        ),
        command("w", "minutes", "key.write", id="plan-write", show=False),
        command("b", "members_message", "key.members_message", id="plan-members-message"),
        command(
            "comma", "other(-1)", "key.previous_meeting", id="plan-previous-meeting", show=False
        ),
        command(  # `.` needs Shift on AZERTY; `;` beside it does not
            "full_stop,semicolon",
            "other(1)",
            "key.next_meeting",
            id="plan-next-meeting",
            show=False,
        ),
        command("escape", "app.overview", "key.back", id="plan-back"),
    ]

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id

    @property
    def meeting(self) -> Meeting:
        return self.workbook.meetings.meeting_of(self.meeting_id)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(id="agenda-head")
        table = ListTable(id="blocks")
        table.add_column("#", key="n")
        table.add_column(_("col.kind"), key="kind")
        table.add_column(_("col.title"), key="title", flex=True)
        table.add_column(_("col.technique"), key="technique", flex=True)
        table.add_column(_("col.planned"), key="planned")
        table.add_column(_("col.actual"), key="actual")
        yield table
        yield Static(id="agenda-total")
        yield Static(id="agenda-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_meeting)
        self.query_one(ListTable).focus()

    def show_meeting(self) -> None:
        meeting = self.meeting
        people = agenda.expected_people(self.workbook.journey, meeting)
        status = _(labels.MEETING_STATUS[meeting.status.value])
        self.query_one("#agenda-head", Static).update(
            plain(meeting.title, "bold")
            + plain(f" · {format_date(meeting.date, weekday=True)} · ")
            + plain(_("meeting.length", minutes=meeting.length_minutes) + f" · {status}")
        )
        table = self.query_one(ListTable)
        row = table.cursor_row
        table.clear()
        for n, block in enumerate(meeting.blocks, start=1):
            actual = "" if block.actual_minutes is None else number(block.actual_minutes)
            table.add_row(
                str(n),
                _(labels.BLOCK_KIND[block.kind.value]),
                Text(block.title),
                Text(title_of(block.technique, language())),
                str(round(block.planned_seconds(people) / 60)),
                actual,
                key=str(block.id),
            )
        if meeting.blocks:
            table.move_cursor(row=min(row, len(meeting.blocks) - 1))
        self._show_total(meeting, people)
        self._show_detail()

    def _show_total(self, meeting: Meeting, people: int) -> None:
        planned = round(agenda.planned_seconds(meeting, people) / 60)
        spare = meeting.length_minutes - planned
        text = plain(_("agenda.total", planned=planned, length=meeting.length_minutes) + " · ")
        if spare == 0:
            text += plain(_("agenda.fits"), "$text-success")
        elif spare > 0:
            text += plain(
                _("agenda.spare", minutes=spare) + " · " + _("agenda.fit_hint"), "$text-success"
            )
        else:
            text += plain(
                _("agenda.over", minutes=-spare) + " · " + _("agenda.fit_hint"), "bold $text-error"
            )
        if not meeting.blocks:
            text = plain(_("agenda.empty"))
        self.query_one("#agenda-total", Static).update(text + plain("\n") + self._suggestions())

    def _suggestions(self):
        """The techniques that suit the group's phase, so the coach need not look them up."""
        phase = self.workbook.journey.current_phase
        if phase is None:
            return plain("")
        try:
            techniques = load_techniques(language())
        except ContentError as exc:
            return plain(str(exc), "$text-error")
        fitting = [t.title for t in techniques if phase.phase in t.phases]
        titles = ", ".join(fitting[:SUGGESTED_SHOWN])
        if len(fitting) > SUGGESTED_SHOWN:  # the rest are in the block form's list, starred
            titles += " " + ngettext("agenda.suggested_more", len(fitting) - SUGGESTED_SHOWN)
        return plain(_("agenda.suggested", phase=phase.phase, titles=titles), "dim")

    def _selected(self):
        table = self.query_one(ListTable)
        meeting = self.meeting
        if not meeting.blocks or table.cursor_row >= len(meeting.blocks):
            return None
        return meeting.blocks[table.cursor_row]

    def on_list_table_row_highlighted(self) -> None:
        self._show_detail()

    def on_list_table_row_selected(self) -> None:
        self.action_edit()

    def _show_detail(self) -> None:
        block = self._selected()
        detail = self.query_one("#agenda-detail", Static)
        if block is None:
            detail.update("")
            return
        people = agenda.expected_people(self.workbook.journey, self.meeting)
        lines = [
            plain(
                f"{number(s.minutes)} min{' × ' + str(block.turns(people)) if s.per_person else ''}"
                f" · {s.who} · {s.title}"
            )
            for s in block.steps
        ]
        lines += [plain(f"• {p}") for p in block.prompts]
        detail.update(plain("\n").join(lines) if lines else plain(_("agenda.no_detail"), "dim"))
        detail.border_title = block.title

    # -- actions ---------------------------------------------------------------------------

    def _after_form(self, block_id: int | None) -> None:
        if block_id is None:
            return
        # The form's save reached this screen while it was behind the form: draw the new
        # block first, or the cursor cannot move to it (it stayed on the first row).
        self._behind = False
        self.show_meeting()
        ids = [b.id for b in self.meeting.blocks]
        if block_id in ids:
            self.query_one(ListTable).move_cursor(row=ids.index(block_id))

    def action_add(self) -> None:
        from plgtui.tui.dialogs.meeting_forms import BlockForm

        selected = self._selected()
        self.app.push_screen(
            BlockForm(self.meeting_id, after=selected.id if selected else None), self._after_form
        )

    def action_edit(self) -> None:
        from plgtui.tui.dialogs.meeting_forms import BlockForm

        block = self._selected()
        if block is not None:
            self.app.push_screen(BlockForm(self.meeting_id, block), self._after_form)

    def action_remove(self) -> None:
        from plgtui.tui.dialogs.confirm import ConfirmScreen

        block = self._selected()
        if block is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                attempt(
                    self, lambda: self.workbook.meetings.remove_block(self.meeting_id, block.id)
                )

        self.app.push_screen(
            ConfirmScreen(_("agenda.remove_question", title=block.title)), answered
        )

    def action_move(self, delta: int) -> None:
        block = self._selected()
        if block is not None:
            row = attempt(
                self, lambda: self.workbook.meetings.move_block(self.meeting_id, block.id, delta)
            )
            if row is not None:
                self.query_one(ListTable).move_cursor(row=row)

    def action_fit(self) -> None:
        changed = attempt(self, lambda: self.workbook.meetings.fit_agenda(self.meeting_id))
        if changed is None:
            return
        if not changed:
            self.notify(_("agenda.fits_already"))
            return
        lines = [_("meeting.fit_shortened", title=t, before=b, after=a) for t, b, a in changed]
        self.notify("; ".join(lines), title=_("agenda.fitted"), markup=False)

    def action_run(self) -> None:
        """Start the meeting live, after saying so when its plan does not fit its length and
        offering to hold it today when it was planned for another day."""
        if self.meeting.status is MeetingStatus.CLOSED:
            self.notify(_("agenda.closed"), severity="warning")
            return
        ticker = self.app.ticker
        if ticker is not None and ticker.live.meeting_id != self.meeting_id:
            self.notify(
                _("input.other_meeting_live", title=ticker.live.meeting.title),
                severity="error",
                markup=False,
            )
            return
        meeting = self.meeting
        people = agenda.expected_people(self.workbook.journey, meeting)
        planned = round(agenda.planned_seconds(meeting, people) / 60)
        if meeting.status is MeetingStatus.PLANNED and planned != meeting.length_minutes:
            from plgtui.tui.dialogs.start_questions import PlanDoesNotFit

            def answered(answer: str | None) -> None:
                if answer == "fit":
                    self.action_fit()
                if answer in ("fit", "start"):
                    self._start_on_the_day()

            self.app.push_screen(PlanDoesNotFit(planned, meeting.length_minutes), answered)
            return
        self._start_on_the_day()

    def _start_on_the_day(self) -> None:
        meeting, today = self.meeting, self.app.today()
        if meeting.status is MeetingStatus.PLANNED and meeting.date != today:
            from plgtui.tui.dialogs.confirm import ConfirmScreen

            def answered(yes: bool | None) -> None:
                if yes and attempt(
                    self, lambda: self.workbook.meetings.hold_on(self.meeting_id, today)
                ):
                    self._start()

            question = _(
                "agenda.hold_today",
                date=format_date(meeting.date, weekday=True),
                today=format_date(today, weekday=True),
            )
            self.app.push_screen(ConfirmScreen(question, yes_first=True), answered)
            return
        self._start()

    def _start(self) -> None:
        attempt(self, lambda: self.app.open_live(self.meeting_id))

    def action_minutes(self) -> None:
        self.app.write_minutes(self.meeting_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # the message to members follows a meeting that took place
        if action == "members_message":
            return self.meeting.status is MeetingStatus.CLOSED
        return True

    def action_members_message(self) -> None:
        from plgtui.tui.export_beside import export_beside

        export_beside(self.app, self.meeting_id, members=True)

    def action_new_meeting(self) -> None:
        def created(meeting_id: int | None) -> None:
            if meeting_id is not None:
                self.point_at(meeting_id)

        self.app.new_meeting(created)

    def point_at(self, meeting_id: int) -> None:
        """Show another meeting's agenda from its first block (kept between visits:
        navigation.open_agenda)."""
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.query_one(ListTable).move_cursor(row=0)
            self._draw()

    def action_other(self, delta: int) -> None:
        meetings = self.workbook.journey.meetings_by_date()
        ids = [m.id for m in meetings]
        index = ids.index(self.meeting_id) + delta
        if 0 <= index < len(ids):
            self.meeting_id = ids[index]
            self.show_meeting()
