"""Writing the minutes, live on the projector or afterwards: attendance, notes, decisions and
agreements. Notes save themselves a moment after typing and whenever the field is left."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    ContentSwitcher,
    Header,
    Input,
    OptionList,
    Static,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from plgtui.core import labels
from plgtui.core.i18n import _, format_date
from plgtui.core.model import AgreementStatus
from plgtui.core.participants import presence
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.base.tabbed import TabKeys, tab_bindings
from plgtui.tui.commands import command
from plgtui.tui.ui import WIDE, attempt, plain
from plgtui.tui.way_back import Place, place_of
from plgtui.tui.widgets.autosave import Autosave
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.markdown_text import MarkdownText
from plgtui.tui.widgets.minutes_parts import AgreementTable, AttendanceList
from plgtui.tui.widgets.notes_area import NotesArea

TABS = ("attendance", "notes", "decisions", "learnings", "agreements")
# the tabs that are a list of lines: the list, the field for a new line, how to edit one
LINE_LISTS = {"decisions": "new-decision", "learnings": "new-learning"}


class MinutesScreen(TabKeys, JourneyScreen):
    BINDINGS = [
        command("ctrl+s", "save_now", "key.save", priority=True),
        command("f2", "preview", "key.preview"),
        command("f3", "read", "key.read_minutes"),
        command("escape", "leave", "key.back"),
        *tab_bindings(TABS, labels.MINUTES_TABS),
    ]
    TABS = TABS
    TAB_TITLES = labels.MINUTES_TABS
    FIRST = {
        "attendance": "#attendance-list",
        "notes": "#notes",
        "decisions": "#new-decision",
        "agreements": "#agreements",
        "learnings": "#new-learning",
    }

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self._saved_state = ""  # what #saved says: "saved", "pending" or "error"

    @property
    def meeting(self):
        return self.workbook.meetings.meeting_of(self.meeting_id)

    def compose(self) -> ComposeResult:
        # Set before the widgets exist: set later, it restyles the whole screen.
        self.set_class(self.app.size.width >= WIDE, "-preview")
        meeting = self.meeting
        yield Header(icon="")
        with Horizontal(id="minutes-head"):
            yield Static(
                plain(meeting.title, "bold") + plain(f" · {format_date(meeting.date)}"),
                id="minutes-title",
            )
            yield Static(id="saved")
        yield self.tab_bar()
        with ContentSwitcher(id="minutes-tabs", initial=f"tab-{TABS[0]}"):
            with TabPane(_("minutes.tab.attendance"), id="tab-attendance"):
                yield AttendanceList(id="attendance-list")
                yield Input(
                    ", ".join(meeting.guests), id="guests", placeholder=_("minutes.guests_hint")
                )
            yield from self.later_panes()
        yield KeyBar()

    def _compose_notes(self) -> ComposeResult:
        with Horizontal(id="notes-row"):
            yield NotesArea(self.meeting.notes, id="notes", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="preview-box"):
                yield MarkdownText(self.meeting.notes, id="preview")

    def _compose_decisions(self) -> ComposeResult:
        yield OptionList(id="decisions")
        yield Input(id="new-decision", placeholder=_("minutes.decision_hint"))

    def _compose_learnings(self) -> ComposeResult:
        yield OptionList(id="learnings")
        yield Input(id="new-learning", placeholder=_("minutes.learning_hint"))

    def _compose_agreements(self) -> ComposeResult:
        with Vertical():
            yield AgreementTable(id="agreements")
            yield Static(_("minutes.agreements_hint"), id="agreements-hint")

    def on_mount(self) -> None:
        # Kept by reference: the last save runs while the screen is being taken down.
        self._guests = self.query_one("#guests", Input)
        self._autosave: Autosave | None = None  # made with the notes tab
        self.follow_journey(self.show_all)
        self._show_saved("saved")
        self.query_one(AttendanceList).focus()

    def show_all(self) -> None:
        journey = self.workbook.journey
        meeting = journey.meeting(self.meeting_id)
        if meeting is None:
            return
        self.query_one(AttendanceList).show(journey, meeting)
        present, recorded = presence(journey, meeting)
        self.query_one(AttendanceList).border_title = _(
            "minutes.present_count", present=present, total=recorded
        )
        for tab in self.later_tabs_made():
            self._show_tab(tab, journey, meeting)

    def _show_tab(self, tab: str, journey, meeting) -> None:
        if tab in LINE_LISTS:
            self._show_lines(tab, getattr(meeting, tab))
        elif tab == "agreements":
            self.query_one(AgreementTable).show(journey, meeting, self.app.today())

    def _show_lines(self, which: str, lines: list[str]) -> None:
        listing = self.query_one(f"#{which}", OptionList)
        keep = listing.highlighted
        listing.set_options(
            Option(plain(f"{n}. {d}"), id=str(n - 1)) for n, d in enumerate(lines, 1)
        )
        if listing.option_count:
            listing.highlighted = min(keep or 0, listing.option_count - 1)

    def made_tab(self, tab: str) -> None:
        if tab == "notes":
            notes = self.query_one("#notes", TextArea)
            self._autosave = Autosave(
                self, notes, self._save_notes, self._show_saved, settled=self._show_preview
            )
        journey = self.workbook.journey
        meeting = journey.meeting(self.meeting_id)
        if meeting is not None:
            self._show_tab(tab, journey, meeting)

    # -- saving ----------------------------------------------------------------------------

    def _show_saved(self, state: str, problem: str = "") -> None:
        text = plain(_(labels.SAVED[state], problem=problem))
        for saved in self.query("#saved").results(Static):  # none once taken down
            shown = saved.visual
            if state == self._saved_state and text.plain == getattr(shown, "plain", None):
                continue  # said already (a save and its Change both say "saved")
            # Laid out again only when its width changes: a layout redraws the whole screen.
            width = getattr(shown, "cell_length", None)
            saved.update(text, layout=text.cell_length != width)
            for name in ("saved", "pending", "error"):
                saved.set_class(name == state, f"-{name}")
        self._saved_state = state

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "notes" and self._autosave:
            self._autosave.changed()

    def _save_notes(self, text: str) -> None:
        with self.workbook.caused_by(self):
            self.workbook.minutes.set_notes(self.meeting_id, text)

    def _show_preview(self, text: str) -> None:
        for preview in self.query("#preview").results(MarkdownText):  # none once taken down
            preview.update_markdown(text)

    def flush(self) -> None:
        """Write the notes now if they changed since the last save."""
        if self._autosave:
            self._autosave.flush()

    def on_descendant_blur(self, event) -> None:
        if getattr(event.widget, "id", None) == "notes":
            self.flush()
        elif getattr(event.widget, "id", None) == "guests":
            self._save_guests()

    def on_screen_suspend(self) -> None:
        self.flush()

    def on_unmount(self) -> None:
        self.flush()

    def place(self) -> Place:
        """Where to come back to when a merge swaps the screens: this meeting, if it is still
        there, in this tab and field."""
        app, meeting_id = self.app, self.meeting_id

        def reopen() -> bool:
            if app.workbook.read_only or app.workbook.journey.meeting(meeting_id) is None:
                return False
            app.write_minutes(meeting_id)
            return True

        return place_of(self, reopen)

    def action_save_now(self) -> None:
        self.flush()
        self._save_guests()

    def _save_guests(self) -> None:
        names = self._guests.value.split(",")
        if [n.strip() for n in names if n.strip()] == self.meeting.guests:
            return
        attempt(self, lambda: self.workbook.minutes.set_guests(self.meeting_id, names))

    # -- the parts -------------------------------------------------------------------------

    def on_attendance_list_marked(self, event: AttendanceList.Marked) -> None:
        attempt(
            self,
            lambda: self.workbook.meetings.set_presence(
                self.meeting_id, event.member_id, event.presence
            ),
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "guests":
            self._save_guests()
        elif event.input.id == "new-decision" and event.value.strip():
            if attempt(
                self, lambda: self.workbook.minutes.add_decision(self.meeting_id, event.value)
            ):
                event.input.value = ""
        elif event.input.id == "new-learning" and event.value.strip():
            if attempt(
                self, lambda: self.workbook.minutes.add_learning(self.meeting_id, event.value)
            ):
                event.input.value = ""

    def on_key(self, event) -> None:
        listing = self.focused
        if not isinstance(listing, OptionList) or listing.id not in LINE_LISTS:
            return
        if listing.highlighted is None:
            return
        index, minutes, meeting_id = listing.highlighted, self.workbook.minutes, self.meeting_id
        learning = listing.id == "learnings"
        if event.key == "delete":
            event.stop()
            remove = minutes.remove_learning if learning else minutes.remove_decision
            attempt(self, lambda: remove(meeting_id, index))
        elif event.key == "e":
            event.stop()
            self._edit_line(listing.id, index)

    def _edit_line(self, which: str, index: int) -> None:
        from plgtui.tui.dialogs.quick_input import QuickInput

        minutes, meeting_id = self.workbook.minutes, self.meeting_id
        change = minutes.edit_learning if which == "learnings" else minutes.edit_decision
        title = "minutes.edit_learning" if which == "learnings" else "minutes.edit_decision"
        self.app.push_screen(
            QuickInput(
                _(title),
                lambda text: change(meeting_id, index, text),
                value=getattr(self.meeting, which)[index],
                repeat=False,
            )
        )

    def on_list_table_row_selected(self, event: AgreementTable.RowSelected) -> None:
        if isinstance(event.control, AgreementTable):
            event.control.action_act("edit")

    def on_agreement_table_act(self, event: AgreementTable.Act) -> None:
        from plgtui.tui.dialogs.agreement_form import AgreementForm

        workbook, today = self.workbook, self.app.today()
        agreement = next(
            (a for a in workbook.journey.agreements if a.id == event.agreement_id), None
        )
        if event.what == "new":
            self.app.push_screen(AgreementForm(self.meeting_id))
        elif agreement is None:
            return
        elif event.what == "edit":
            self.app.push_screen(AgreementForm(self.meeting_id, agreement))
        elif event.what == "done":
            status = (
                AgreementStatus.OPEN
                if agreement.status is AgreementStatus.DONE
                else AgreementStatus.DONE
            )
            attempt(
                self, lambda: workbook.agreements.close_agreement(agreement.id, status, on=today)
            )
        elif event.what == "reopen":
            attempt(
                self,
                lambda: workbook.agreements.close_agreement(
                    agreement.id, AgreementStatus.OPEN, on=today
                ),
            )
        elif event.what == "drop":
            from plgtui.tui.dialogs.quick_input import QuickInput

            self.app.push_screen(
                QuickInput(
                    _("minutes.drop_reason", text=agreement.text),
                    lambda why: workbook.agreements.close_agreement(
                        agreement.id, AgreementStatus.DROPPED, on=today, reason=why
                    ),
                    repeat=False,
                )
            )
        elif event.what == "remove":
            if agreement.meeting_id != self.meeting_id:  # a follow-up row: carried over
                self.notify(_("input.agreement_carried"), severity="error")
                return
            attempt(self, lambda: workbook.agreements.remove_agreement(agreement.id, today=today))

    # -- moving around ---------------------------------------------------------------------

    def entered_tab(self, tab: str) -> None:
        if tab == "notes":
            notes = self.query_one("#notes", TextArea)
            notes.move_cursor(notes.document.end)  # go on writing where the notes end

    def action_preview(self) -> None:
        self.toggle_class("-preview")

    def action_read(self) -> None:
        self.flush()
        self.app.open_minutes(self.meeting_id)

    def action_leave(self) -> None:
        self.flush()
        self._save_guests()
        self.dismiss()
