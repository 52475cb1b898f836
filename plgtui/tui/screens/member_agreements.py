"""'My agreements': pick a member and see what is theirs (and the whole group's), open first."""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Header, Select, Static

from plgtui.core import agreements as rules
from plgtui.core import labels
from plgtui.core.i18n import _, format_short_date
from plgtui.core.model import AgreementStatus
from plgtui.core.validate import InputError
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.ui import plain, tones
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable, Row
from plgtui.tui.widgets.text_select import TextSelect


def first_with_open(journey) -> int | None:
    """The first member who owns an open agreement, else the first member."""
    owners = {o for a in journey.agreements if a.is_open for o in a.owners}
    ids = [m.id for m in journey.members]
    return next((i for i in ids if i in owners), ids[0] if ids else None)


class MemberAgreementsScreen(JourneyScreen):
    BINDINGS = [
        command("d", "done", "key.done"),
        command("escape", "dismiss", "key.back"),
    ]

    def __init__(self, member_id: int | None = None) -> None:
        super().__init__()
        self.member_id = member_id
        self.shown_member: object = None

    def compose(self) -> ComposeResult:
        journey = self.workbook.journey
        members = [(m.name, m.id) for m in journey.members]
        first = self.member_id or first_with_open(journey)
        yield Header(icon="")
        yield TextSelect(
            members,
            value=first if first else Select.NULL,
            allow_blank=first is None,
            id="member",
            prompt=_("agreements.pick"),
        )
        table = ListTable(id="member-agreements")
        for key in ("status", "text", "kind", "due", "meeting"):
            table.add_column(_(labels.AGREEMENTS_COLUMNS[key]), key=key, flex=key == "text")
        yield table
        yield Static(id="agreement-full")  # the highlighted agreement, when the list cuts it
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_agreements)
        self.query_one(ListTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.value != self.shown_member:  # the Select also reports its first value
            self.show_agreements()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "done" and self.workbook.read_only:
            return False
        return True

    def show_agreements(self) -> None:
        value = self.shown_member = self.query_one(Select).value
        table = self.query_one(ListTable)
        row = table.cursor_row
        table.clear()
        table.add_rows(self._rows(value) if isinstance(value, int) else ())
        table.move_cursor(row=row)
        self.call_after_refresh(self.show_full_text)

    def show_full_text(self) -> None:
        table = self.query_one(ListTable)
        full = self.query_one("#agreement-full", Static)
        text = table.cut_text(table.cursor_row)
        full.update(plain(text))
        full.display = bool(text)

    def on_list_table_row_highlighted(self) -> None:
        self.show_full_text()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_full_text)

    def _rows(self, member_id: int) -> Iterator[Row]:
        journey = self.workbook.journey
        today = self.app.today()
        carries = rules.Carries(journey, today)
        colours = tones(self)
        for agreement in rules.of_member(journey, member_id):
            made = carries.origins.get(agreement.meeting_id)  # the date of its meeting
            status = Text(_(labels.AGREEMENT_STATUS[agreement.status.value]))
            if rules.is_overdue(agreement, today):
                status = Text(_("minutes.overdue"), f"bold {colours['error']}")
            elif carries.is_stale(agreement):
                status = Text(_("agreements.stale"), f"bold {colours['warning']}")
            owner = "" if agreement.owners else " " + _("agreements.group_mark")
            cells = (
                status,
                Text(agreement.text + owner),
                _(labels.AGREEMENT_KIND_SHORT[agreement.kind.value]),
                format_short_date(agreement.due) if agreement.due else "",
                format_short_date(made) if made else "",
            )
            yield cells, str(agreement.id)

    def action_done(self) -> None:
        key = self.query_one(ListTable).cursor_key
        if key is None:
            return
        agreement_id = int(key)
        agreement = next(a for a in self.workbook.journey.agreements if a.id == agreement_id)
        status = (
            AgreementStatus.OPEN
            if agreement.status is AgreementStatus.DONE
            else AgreementStatus.DONE
        )
        try:
            self.workbook.agreements.close_agreement(agreement_id, status, on=self.app.today())
        except InputError as exc:
            self.notify(str(exc), severity="error", markup=False)
