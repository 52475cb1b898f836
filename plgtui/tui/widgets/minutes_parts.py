"""The lists inside the minutes: attendance and agreements, each with its own keys.

Their keys live on the widgets, so the footer shows them only while that list has the focus.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from plgtui.core import agreements as rules
from plgtui.core import labels
from plgtui.core.i18n import _, format_short_date
from plgtui.core.model import Agreement, Journey, Meeting, Presence
from plgtui.tui.commands import command
from plgtui.tui.ui import plain, tones
from plgtui.tui.widgets.list_table import ListTable, Row

PRESENCE_STYLE = {
    Presence.PRESENT: "$text-success",
    Presence.EXCUSED: "$text-warning",
    Presence.ABSENT: "$text-error",
    None: "$text-muted",
}


class AttendanceList(OptionList):
    """Members with their state at this meeting; p, e, a, u set it."""

    BINDINGS = [
        command("p", "mark('present')", "key.present"),
        command("e", "mark('excused')", "key.excused"),
        command("a", "mark('absent')", "key.absent"),
        command("u", "mark('')", "key.unknown"),
    ]

    class Marked(Message):
        def __init__(self, member_id: int, presence: Presence | None) -> None:
            super().__init__()
            self.member_id = member_id
            self.presence = presence

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)

    def show(self, journey: Journey, meeting: Meeting) -> None:
        keep = self.highlighted
        people = [m for m in journey.members if m.active or m.id in meeting.attendance]
        options = []
        for member in people:
            state = meeting.attendance.get(member.id)
            label = _(labels.PRESENCE[(state.value if state else "unknown")])
            mark = Content(f"{label:<16}").stylize(PRESENCE_STYLE[state])
            options.append(Option(mark + plain(member.name), id=str(member.id)))
        self.set_options(options)
        if options:
            self.highlighted = min(keep or 0, len(options) - 1)

    def action_mark(self, state: str) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        self.post_message(self.Marked(int(option.id), Presence(state) if state else None))
        if self.highlighted is not None and self.highlighted + 1 < self.option_count:
            self.highlighted += 1  # the next name, as when calling the roll


class AgreementTable(ListTable):
    """This meeting's agreements, then the ones carried over from earlier meetings."""

    BINDINGS = [
        command("n", "act('new')", "key.new_agreement"),
        command("e", "act('edit')", "key.edit"),
        command("d", "act('done')", "key.done"),
        command("x", "act('drop')", "key.drop"),
        command("o", "act('reopen')", "key.reopen", show=False),
        command("delete", "act('remove')", "key.remove", show=False),
    ]

    class Act(Message):
        def __init__(self, what: str, agreement_id: int | None) -> None:
            super().__init__()
            self.what = what
            self.agreement_id = agreement_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        for key in ("status", "kind", "text", "owners", "due"):
            self.add_column(
                _(labels.AGREEMENTS_COLUMNS[key]), key=key, flex=key in ("text", "owners")
            )

    def show(self, journey: Journey, meeting: Meeting, today) -> None:
        row = self.cursor_row
        self.clear()
        carries = rules.Carries(journey, today)
        made = [a for a in journey.agreements if a.meeting_id == meeting.id]
        rows = [self._row(journey, agreement, today, None) for agreement in made]
        rows += [self._row(journey, a, today, carries) for a in rules.follow_up(journey, meeting)]
        self.add_rows(rows)
        self.move_cursor(row=row)

    def _row(
        self, journey: Journey, agreement: Agreement, today, carries: rules.Carries | None
    ) -> Row:
        """One agreement's cells; `carries` is given for the ones carried over."""
        names = [m.name for o in agreement.owners if (m := journey.member(o))]
        colours = tones(self)
        status = Text(_(labels.AGREEMENT_STATUS[agreement.status.value]))
        if rules.is_overdue(agreement, today):
            status = Text(_("minutes.overdue"), f"bold {colours['error']}")
        if carries is not None:
            times = carries.count(agreement)
            status.append(f" ↻{times}", "dim")
            if carries.is_stale(agreement):
                status.append(" " + _("agreements.stale"), f"bold {colours['warning']}")
        cells = (
            status,
            _(labels.AGREEMENT_KIND_SHORT[agreement.kind.value]),
            Text(agreement.text),
            Text(", ".join(names) or _("minutes.whole_group")),
            format_short_date(agreement.due) if agreement.due else "",
        )
        return cells, str(agreement.id)

    def action_act(self, what: str) -> None:
        agreement_id = None
        if self.row_count and what != "new":
            agreement_id = int(self.cursor_key)
        self.post_message(self.Act(what, agreement_id))
