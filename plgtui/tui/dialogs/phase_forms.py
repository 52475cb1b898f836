"""Forms on the phase screen: moving to a phase, a theme with its people, an output."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from plgtui.core import labels, validate
from plgtui.core.changes.minutes import NORMS_KEPT
from plgtui.core.i18n import _, phase_title
from plgtui.core.model import FUNCTIONING_KEYS, PHASES, Output, Theme
from plgtui.tui.base.form import FormScreen
from plgtui.tui.dialogs.question_forms import ScoresForm
from plgtui.tui.ui import plain
from plgtui.tui.widgets.date_input import DateInput
from plgtui.tui.widgets.text_select import TextSelect
from plgtui.tui.widgets.ticks import TickBox, TickList


class PhaseMoveForm(FormScreen[int]):
    """To which phase, from which day, and why (groups also fall back; that is kept too)."""

    def __init__(self, phase: int) -> None:
        super().__init__()
        self.phase = phase
        self.title_text = _("phase.move_title")

    def fields(self) -> list[tuple[str, Widget]]:
        options = [(phase_title(n), n) for n in PHASES]
        return [
            (_("field.phase"), Select(options, value=self.phase, allow_blank=False, id="phase")),
            (_("field.date"), DateInput(self.app.today(), id="date")),
            (_("field.reason"), Input(id="reason", placeholder=_("phase.reason_hint"))),
        ]

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def save(self) -> int:
        reason = validate.line(self.query_one("#reason", Input).value, _("field.reason"))
        entry = self.workbook.phases.enter_phase(
            int(self.query_one("#phase", Select).value),
            on=self.query_one("#date", DateInput).given,
            reason=reason,
        )
        return entry.phase


class FunctioningForm(ScoresForm):
    """How are we doing as a PLG? A score from 1 to 4 on six points (what a 1 and a 4 look like
    stands in each note), starting from the last scores; kept apart from the nine conditions,
    and shown as a trend on the phase screen."""

    NOTE = "functioning.form_note"

    def __init__(self) -> None:
        super().__init__()
        self.title_text = _("functioning.form_title")

    def points(self) -> list[tuple[str, str, str]]:
        # the note's placeholder says what a 1 and a 4 look like on this point
        return [
            (k, _(labels.FUNCTIONING[k]), _(labels.FUNCTIONING_LEVELS[k])) for k in FUNCTIONING_KEYS
        ]

    def last_scores(self) -> dict[str, int]:
        checks = self.workbook.journey.functioning
        return checks[-1].scores if checks else {}

    def add(self, scores: dict[str, str], notes: dict[str, str]) -> int:
        today = self.app.today()
        return self.workbook.phases.add_functioning_check(on=today, scores=scores, notes=notes).id


class NormsForm(FormScreen[int]):
    """The group's working agreements, one per line; the first block of every meeting shows
    them, and `k` in the live view asks whether they were kept."""

    DEFAULT_CSS = """
    NormsForm TextArea { height: 10; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.title_text = _("norms.title")

    def fields(self) -> list[tuple[str, Widget]]:
        text = "\n".join(self.workbook.journey.group.norms)
        return [
            ("", TextArea(text, id="norms", soft_wrap=True, tab_behavior="focus")),
            ("", Static(_("norms.hint"), classes="form-note")),
        ]

    def on_mount(self) -> None:
        self.query_one("#norms", TextArea).focus()

    def save(self) -> int:
        lines = self.query_one("#norms", TextArea).text.splitlines()
        return len(self.workbook.group.update_group(norms=lines).norms)


class NormsReviewForm(FormScreen[str]):
    """Did we keep our working agreements? Asked at the end of a meeting; the minutes keep it."""

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.title_text = _("norms.review_title")

    def fields(self) -> list[tuple[str, Widget]]:
        meeting = self.workbook.meetings.meeting_of(self.meeting_id)
        options = [(_(labels.NORMS_KEPT[k]), k) for k in NORMS_KEPT]
        norms = "\n".join(f"• {n}" for n in self.workbook.journey.group.norms)
        norms = norms or _("norms.none_yet")  # where to write them, rather than nothing
        return [
            ("", Static(plain(norms), classes="form-note")),
            (
                _("minutes.norms_kept"),
                Select(options, value=meeting.norms_kept or "yes", allow_blank=False, id="kept"),
            ),
            (_("field.norms_note"), Input(meeting.norms_note, id="note")),
        ]

    def on_mount(self) -> None:
        self.query_one("#kept", Select).focus()

    def save(self) -> str:
        kept = str(self.query_one("#kept", Select).value)
        note = self.query_one("#note", Input).value
        return self.workbook.minutes.review_norms(self.meeting_id, kept, note).norms_kept


class AsksLeadersForm(FormScreen[str]):
    """What the group asks of its school leaders (hours, a room, a moment to show the work): one
    short text, read at the top of the leaders' digest."""

    def __init__(self) -> None:
        super().__init__()
        self.title_text = _("asks_leaders.title")

    def fields(self) -> list[tuple[str, Widget]]:
        current = self.workbook.journey.group.asks_leaders
        return [
            (
                _("field.asks_leaders"),
                TextArea(current, id="asks", soft_wrap=True, tab_behavior="focus"),
            ),
            ("", Static(_("asks_leaders.hint"), classes="form-note")),
        ]

    def on_mount(self) -> None:
        self.query_one("#asks", TextArea).focus()

    def save(self) -> str:
        group = self.workbook.group.update_group(
            asks_leaders=self.query_one("#asks", TextArea).text
        )
        return group.asks_leaders


class ThemeForm(FormScreen[int]):
    DEFAULT_CSS = """
    ThemeForm TickList { height: 8; }
    """

    def __init__(self, theme: Theme | None = None) -> None:
        super().__init__()
        self.theme = theme
        self.title_text = _("themes.edit_title" if theme else "themes.new_title")

    def fields(self) -> list[tuple[str, Widget]]:
        theme = self.theme
        chosen = set(theme.member_ids) if theme else set()
        members = [(m.name, m.id, m.id in chosen) for m in self.workbook.journey.members
                   if m.active or m.id in chosen]  # fmt: skip
        return [
            (_("field.theme"), Input(theme.title if theme else "", id="title")),
            (_("field.owners"), TickList[int](*members, id="members", type_to_search=True)),
            ("", Static(_("themes.size_note"), classes="form-note")),
            (_("field.notes"), TextArea(theme.notes if theme else "", id="notes",
                                        tab_behavior="focus")),
        ]  # fmt: skip

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def save(self) -> int:
        workbook = self.workbook
        title = self.query_one("#title", Input).value
        members = list(self.query_one("#members", TickList).selected)
        notes = self.query_one("#notes", TextArea).text
        if self.theme is None:
            theme = workbook.phases.add_theme(title, members)
            if notes.strip():
                workbook.phases.update_theme(theme.id, title=title, member_ids=members, notes=notes)
            return theme.id
        return workbook.phases.update_theme(
            self.theme.id, title=title, member_ids=members, notes=notes
        ).id


class OutputForm(FormScreen[int]):
    def __init__(self, output: Output | None = None) -> None:
        super().__init__()
        self.output = output
        self.title_text = _("outputs.edit_title" if output else "outputs.new_title")

    def fields(self) -> list[tuple[str, Widget]]:
        output = self.output
        themes = [(t.title, t.id) for t in self.workbook.journey.themes]
        value = output.theme_id if output and output.theme_id else Select.NULL
        return [
            (_("field.output"), Input(output.title if output else "", id="title")),
            (_("field.theme"), TextSelect(themes, value=value, id="theme", prompt=_("outputs.no_theme"))),
            ("", TickBox(_("outputs.tried"), output.tried_in_class if output else False,
                          id="tried")),
            (_("field.shown_at"), Input(output.shown_at if output else "", id="shown",
                                        placeholder=_("outputs.shown_hint"))),
        ]  # fmt: skip

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def save(self) -> int:
        workbook = self.workbook
        theme = self.query_one("#theme", Select).value
        values = dict(
            title=self.query_one("#title", Input).value,
            theme_id=theme if isinstance(theme, int) else None,
            tried_in_class=self.query_one("#tried", TickBox).value,
            shown_at=self.query_one("#shown", Input).value,
        )
        if self.output is None:
            return workbook.phases.add_output(**values).id
        return workbook.phases.update_output(self.output.id, **values).id
