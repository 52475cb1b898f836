"""The forms of the meeting planner: a new meeting, and one block of its agenda."""

from __future__ import annotations

from textual import on
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select, Static, TextArea

from plgtui.core import agenda, labels
from plgtui.core.agenda_fit import Fit
from plgtui.core.content import ContentError
from plgtui.core.i18n import _, language, ngettext, number
from plgtui.core.model import Block, BlockKind, Meeting
from plgtui.core.step_times import scale_steps, total_minutes
from plgtui.core.techniques import Technique, find, load_techniques, suggested
from plgtui.core.validate import InputError
from plgtui.tui.base.form import FormScreen, number_input
from plgtui.tui.ui import plain
from plgtui.tui.widgets.date_input import DateInput
from plgtui.tui.widgets.lines_box import LinesBox
from plgtui.tui.widgets.text_select import TextSelect
from plgtui.tui.widgets.ticks import TickBox

NO_TECHNIQUE = ""


class NewMeetingForm(FormScreen[int]):
    """Date, title, place, start and length (the group's usual one); ticks for what the agenda
    starts with (a tick left off adds nothing). Below, what the pre-filled agenda will hold and
    what had to be shortened or left out to fit the length."""

    def __init__(self) -> None:
        super().__init__()
        self.title_text = _("meeting.new_title")

    def fields(self) -> list[tuple[str, Widget]]:
        day = agenda.new_meeting_day(self.workbook.journey, self.app.today())
        length = str(agenda.usual_length(self.workbook.journey))
        return [
            (_("field.date"), DateInput(day, id="date")),
            (_("field.title"), Input(id="title")),
            (
                _("field.place"),
                Input(self._usual_place(), id="place", placeholder=_("field.place_hint")),
            ),
            (
                _("field.start_time"),
                Input(self._usual_start(), id="start", placeholder=_("field.start_time_hint")),
            ),
            (
                _("field.length"),
                number_input(length, id="length", label=_("field.length"), low=5, high=600),
            ),
            ("", TickBox(_("meeting.with_opening"), True, id="opening")),
            ("", TickBox(self._followup_label(), True, id="followup")),
            ("", TickBox(_("meeting.with_effects"), self._effects_usual(), id="effects")),
            ("", TickBox(_("meeting.from_template"), False, id="template")),
            ("", Static(id="fit-note", classes="form-note")),
        ]

    def on_mount(self) -> None:
        self.query_one("#date", Input).focus()
        self._preview()

    def _followup_label(self) -> str:
        count = len(self.workbook.journey.open_agreements())
        return ngettext("meeting.with_followup", count) if count else _("meeting.no_followup")

    def _effects_usual(self) -> bool:
        """On once the group has a research question: before that there is nothing to look
        for in the pupils' learning yet."""
        return bool(self.workbook.journey.questions)

    def _usual_place(self) -> str:
        """Where the last meeting was: most groups meet in the same room."""
        placed = [m for m in self.workbook.journey.meetings_by_date() if m.place]
        return placed[-1].place if placed else ""

    def _usual_start(self) -> str:
        """When the last meeting began: most groups keep the same hour."""
        timed = [m for m in self.workbook.journey.meetings_by_date() if m.start]
        return timed[-1].start if timed else ""

    @on(Input.Changed, "#length")
    @on(Checkbox.Changed)
    def _preview(self) -> None:
        """What the agenda will be, as the length or the ticks change."""
        note = self.query_one("#fit-note", Static)
        try:
            fitted = self._draft()
        except InputError as exc:  # a coach's techniques file that does not read
            note.update(plain(str(exc)))
            return
        except ValueError:  # no length yet: the field itself says what is wrong
            note.update("")
            return
        note.update(plain(agenda.fit_summary(fitted, self._length())))

    def _length(self) -> int:
        return int(self.query_one("#length", Input).value)

    def _draft(self) -> Fit:
        meeting = Meeting(id=0, date=self.app.today(), title="", length_minutes=self._length())
        return self.workbook.meetings.draft_agenda(meeting, agenda.Parts.of(**self._ticks()))

    def _ticks(self) -> dict[str, bool]:
        return {
            name: self.query_one(f"#{name}", TickBox).value
            for name in ("template", "followup", "opening", "effects")
        }

    def save(self) -> int:
        meeting = self.workbook.meetings.add_meeting(
            self.query_one("#date", DateInput).given,
            self.query_one("#title", Input).value,
            self.query_one("#length", Input).value or 0,
            place=self.query_one("#place", Input).value,
            start=self.query_one("#start", Input).value,
            **self._ticks(),
        )
        return meeting.id


class BlockForm(FormScreen[int]):
    """Technique, minutes, title, kind and the questions to show. A technique's steps are
    fitted to the minutes the coach gives the block; the form shows their times as the minutes
    change. The technique comes first and can be found by typing part of its name."""

    def __init__(self, meeting_id: int, block: Block | None = None, after: int | None = None):
        super().__init__()
        self.meeting_id = meeting_id
        self.block = block
        self.after = after
        self.title_text = _("block.edit_title" if block else "block.new_title")
        try:
            self.techniques = load_techniques(language())
        except ContentError as exc:  # the form still works, without techniques
            self.techniques = []
            self.content_problem = str(exc)
        else:
            self.content_problem = ""

    def fields(self) -> list[tuple[str, Widget]]:
        block = self.block
        phase = self.workbook.journey.current_phase
        number = phase.phase if phase else None
        options = [(_("block.no_technique"), NO_TECHNIQUE)] + [
            (("★ " if number in t.phases else "") + t.title, t.id)
            for t in suggested(self.techniques, number)
        ]
        kinds = [(_(labels.BLOCK_KIND[k.value]), k.value) for k in BlockKind]
        minutes = str(block.minutes) if block else "10"
        return [
            (
                _("field.technique"),
                TextSelect(
                    options,
                    value=block.technique
                    if block and find(self.techniques, block.technique)
                    else NO_TECHNIQUE,
                    allow_blank=False,
                    id="technique",
                ),
            ),
            (
                _("field.minutes"),
                number_input(minutes, id="minutes", label=_("field.minutes"), low=1, high=600),
            ),
            ("", Static(id="technique-note", classes="form-note")),
            (_("field.title"), Input(block.title if block else "", id="title")),
            (
                _("field.kind"),
                Select(
                    kinds,
                    value=(block.kind if block else BlockKind.DISCUSSION).value,
                    allow_blank=False,
                    id="kind",
                ),
            ),
            (
                _("field.prompts"),
                LinesBox(
                    "\n".join(block.prompts) if block else "",
                    id="prompts",
                    soft_wrap=True,
                    tab_behavior="focus",
                ),
            ),
            ("", Static(_("block.prompts_note"), classes="form-note")),
        ]

    def on_mount(self) -> None:
        self.query_one("#technique", Select).focus()
        self._shown = self._technique()  # the technique whose title and questions are shown
        self._describe(self._shown)
        if self.content_problem:
            self.query_one("#form-error", Static).update(plain(self.content_problem))

    @property
    def _people(self) -> int:
        meeting = self.workbook.meetings.meeting_of(self.meeting_id)
        return agenda.expected_people(self.workbook.journey, meeting)

    def _technique(self) -> Technique | None:
        value = self.query_one("#technique", Select).value
        return find(self.techniques, value) if isinstance(value, str) and value else None

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another technique brings its title, questions, kind and length in place of the old
        one's; a title or questions the coach typed herself stay."""
        if event.select.id != "technique":
            return
        old, technique = self._shown, self._technique()
        if technique is old:
            return
        self._shown = technique
        title = self.query_one("#title", Input)
        if not title.value.strip() or (old is not None and title.value == old.title):
            title.value = technique.title if technique else ""
        prompts = self.query_one("#prompts", TextArea)
        theirs = set(old.prompts) if old is not None else set()
        kept = [line for line in prompts.text.splitlines() if line.strip() and line not in theirs]
        added = [p for p in technique.prompts if p not in kept] if technique else []
        prompts.text = "\n".join(kept + added)
        if technique is not None:
            self.query_one("#kind", Select).value = technique.kind.value
            self.query_one("#minutes", Input).value = str(technique.minutes(self._people))
        self._describe(technique)

    @on(Input.Changed, "#minutes")
    def _minutes_changed(self) -> None:
        self._describe(self._shown)

    def _describe(self, technique: Technique | None) -> None:
        """The technique's steps with the times they get in the minutes given."""
        note = self.query_one("#technique-note", Static)
        if technique is None:
            note.update("")
            return
        people = self._people
        try:
            minutes = int(self.query_one("#minutes", Input).value)
        except ValueError:
            minutes = technique.minutes(people)
        turns = min(technique.group_size, people) if technique.group_size else people
        steps = scale_steps(technique.steps, max(1, minutes), turns)
        times = " · ".join(  # a time and whose it is never part at the end of a line
            f"{number(s.minutes)}{'×' + str(turns) if s.per_person else ''}\u00a0{s.who}".strip()
            for s in steps
        )
        total = round(total_minutes(steps, turns))
        line = _("block.steps_fit", steps=times, total=total)
        if total != minutes:
            line += " " + _("block.steps_shortest", minutes=total)
        origin = _("block.origin", origin=technique.origin) if technique.origin else ""
        note.update(
            plain("\n".join(part for part in (technique.description, origin, line) if part))
        )

    def save(self) -> int:
        workbook = self.workbook
        kind = BlockKind(self.query_one("#kind", Select).value)
        title = self.query_one("#title", Input).value
        minutes = self.query_one("#minutes", Input).value or 0
        prompts = self.query_one("#prompts", TextArea).text.splitlines()
        technique = self._technique()
        if self.block is None:
            block = workbook.meetings.add_block(
                self.meeting_id,
                kind,
                title,
                minutes,
                prompts=prompts,
                technique=technique,
                after=self.after,
            )
        else:
            block = workbook.meetings.update_block(
                self.meeting_id,
                self.block.id,
                kind=kind,
                title=title,
                minutes=minutes,
                prompts=prompts,
                technique=technique,
            )
        return block.id
