"""The group itself: its name, subject, schools, usual meeting length, working language and
working agreements, and its members with their role, school and whether they are still active.

A member who leaves is marked no longer active, never removed: the minutes of the meetings they
were part of keep their name.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from plgtui.core import labels
from plgtui.core.agenda import usual_length
from plgtui.core.i18n import _, format_short_date, ngettext
from plgtui.core.model import Member, Role
from plgtui.tui.base.journey_screen import JourneyScreen
from plgtui.tui.commands import command
from plgtui.tui.ui import attempt, plain, tones
from plgtui.tui.widgets.key_bar import KeyBar
from plgtui.tui.widgets.list_table import ListTable, Row

EDITING = ("add_member", "edit_member", "toggle_active", "edit_group", "norms")
# The coach, the teachers, then the others, as the overview lists them; who left comes last.
ROLE_ORDER = {Role.COACH: 0, Role.MEMBER: 1, Role.LEADER: 2, Role.COUNSELLOR: 3, Role.GUEST: 4}


class GroupScreen(JourneyScreen):
    DEFAULT_CSS = """
    GroupScreen #group-about-box { height: auto; max-height: 50%; }
    GroupScreen #group-about { height: auto; }
    GroupScreen #group-members {
        height: 1fr; border: round $primary 60%;
        border-title-color: $text-accent; border-title-style: bold;
        border-subtitle-color: $text-muted;
    }
    """

    SHOWS = frozenset({"group", "members", "meetings"})  # meetings: the usual length
    _shown: list[str | None] = []  # the members' ids in the order the table shows them

    # `e` changes the member under the cursor, as it changes the chosen row elsewhere; `g`, the
    # key that opened this screen, changes the group. At 80 columns the bar holds a, e, i and g.
    BINDINGS = [
        command("a", "add_member", "key.add_member"),
        command("e", "edit_member", "key.edit"),
        command("enter", "edit_member", "key.edit_member", show=False),
        command("i", "toggle_active", "key.member_active"),
        command("g", "edit_group", "key.edit_group"),
        command("w", "norms", "key.norms"),
        command("escape", "dismiss", "key.back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        # Scrolls on a low terminal, so a long list of working agreements is not cut off unseen.
        with VerticalScroll(id="group-about-box", classes="panel") as box:
            box.border_title = _("overview.group")
            yield Static(id="group-about")
        table = ListTable(id="group-members")
        table.border_title = _("overview.members")
        for key in ("name", "role", "school", "state"):
            table.add_column(_(labels.MEMBER_COLUMNS[key]), key=key, flex=key in ("role", "school"))
        yield table
        yield KeyBar()

    def on_mount(self) -> None:
        self.follow_journey(self.show_group)
        self.query_one(ListTable).focus()

    # -- drawing ---------------------------------------------------------------------------

    def show_group(self) -> None:
        self.query_one("#group-about", Static).update(self._about())
        table = self.query_one(ListTable)
        chosen = table.cursor_key
        rows = list(self._rows())
        table.clear()
        table.add_rows(rows)
        self._shown = [key for _cells, key in rows]
        table.move_cursor(row=self._shown.index(chosen) if chosen in self._shown else 0)
        members = self.workbook.journey.members
        active = sum(1 for m in members if m.active)
        subtitle = ngettext("overview.member_count", active)
        if len(members) > active:
            subtitle += " · " + ngettext("overview.inactive_count", len(members) - active)
        table.border_subtitle = subtitle

    def _about(self) -> Content:
        journey = self.workbook.journey
        group = journey.group
        length = group.usual_length
        how_long = (
            _("group.length_given", minutes=length)
            if length
            else _("group.length_usual", minutes=usual_length(journey))
        )
        rows = [
            (_("field.group_name"), plain(group.name, "bold")),
            (_("field.subject"), plain(group.subject)),
            (_("field.schools"), plain(", ".join(group.schools))),
            (_("field.usual_length"), Content(how_long)),
            (_("field.language"), Content(_(labels.LANGUAGE.get(group.language, "language.nl")))),
        ]
        muted = "$text-muted"
        lines = [
            Content.assemble(Content.styled(f"{label}: ", muted), value)
            for label, value in rows
            if value.plain
        ]
        lines.append(Content.styled(_("group.norms") + ":", muted))
        if group.norms:
            lines += [Content.assemble("  • ", plain(norm)) for norm in group.norms]
        else:
            lines.append(Content.styled("  " + _("group.no_norms"), muted))
        return Content("\n").join(lines)

    def _rows(self) -> Iterator[Row]:
        colours = tones(self)
        journey = self.workbook.journey.members
        # By role, and within a role in the order they were typed, as every list of owners
        # shows them; former members last.
        members = sorted(
            journey, key=lambda m: (not m.active, ROLE_ORDER.get(m.role, 9), journey.index(m))
        )
        for member in members:
            # A span, not the Text's own style: the table draws cells without their base style.
            style = "" if member.active else colours["muted"]
            cells = tuple(
                Text.styled(text, style)
                for text in (member.name, _(labels.ROLE[member.role.value]), member.school,
                             self._state(member))
            )  # fmt: skip
            yield cells, str(member.id)

    @staticmethod
    def _state(member: Member) -> str:
        if member.active:
            return _("group.active")
        if member.left is not None:
            return _("group.left_on", date=format_short_date(member.left))
        return _("group.inactive")

    # -- keys ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in EDITING and self.workbook.read_only:
            return False
        if action in ("edit_member", "toggle_active") and not self.workbook.journey.members:
            return False
        return True

    def _member(self) -> Member | None:
        key = self.query_one(ListTable).cursor_key
        return None if key is None else self.workbook.journey.member(int(key))

    def on_list_table_row_selected(self) -> None:
        if self.check_action("edit_member", ()):
            self.action_edit_member()

    def action_add_member(self) -> None:
        from plgtui.tui.dialogs.group_forms import MemberForm

        self.app.push_screen(MemberForm(), self._show_member)

    def action_edit_member(self) -> None:
        from plgtui.tui.dialogs.group_forms import MemberForm

        member = self._member()
        if member is not None:
            self.app.push_screen(MemberForm(member.id), self._show_member)

    def _show_member(self, member_id: int | None) -> None:
        """Put the cursor on the member just added or changed (the list is sorted)."""
        if member_id is None:
            return
        self._draw()
        if str(member_id) in self._shown:
            self.query_one(ListTable).move_cursor(row=self._shown.index(str(member_id)))

    def action_toggle_active(self) -> None:
        member = self._member()
        if member is None:
            return
        today = self.app.today()
        changed = attempt(
            self,
            lambda: self.workbook.group.set_member_active(member.id, not member.active, on=today),
        )
        if changed is None:
            return
        key = "group.now_active" if changed.active else "group.now_inactive"
        text = _(key, name=changed.name)
        still = [a for a in self.workbook.journey.open_agreements() if changed.id in a.owners]
        if still and not changed.active:  # someone should take these over
            text += " " + ngettext("group.still_owns", len(still), name=changed.name)
        self.notify(
            text,
            markup=False,
            severity="warning" if still and not changed.active else "information",
        )
        self._show_member(changed.id)

    def action_edit_group(self) -> None:
        from plgtui.tui.dialogs.group_forms import GroupForm

        self.app.push_screen(GroupForm())

    def action_norms(self) -> None:
        from plgtui.tui.dialogs.phase_forms import NormsForm

        self.app.push_screen(NormsForm())
