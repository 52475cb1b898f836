"""The forms of the group screen: the group itself, and one member."""

from __future__ import annotations

from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from plgtui.core import labels
from plgtui.core.agenda import usual_length
from plgtui.core.i18n import LANGUAGES, _, format_short_date
from plgtui.core.model import Role
from plgtui.tui.base.form import FormScreen

OWN_NAME = {"nl": "language.own.nl", "en": "language.own.en"}


def language_options() -> list[tuple[str, str]]:
    """Each language in its own words, so someone who does not read the other one finds theirs."""
    return [(_(OWN_NAME[lang]), lang) for lang in LANGUAGES]


class GroupForm(FormScreen[str]):
    """Name, subject, schools, usual meeting length and working language; the working agreements
    have their own form (`w`)."""

    DEFAULT_CSS = """
    GroupForm #schools { height: 5; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.title_text = _("group.form_title")

    def fields(self) -> list[tuple[str, Widget]]:
        journey = self.workbook.journey
        group = journey.group
        length = str(group.usual_length) if group.usual_length else ""
        hint = _("group.length_hint", minutes=usual_length(journey))
        return [
            (_("field.group_name"), Input(group.name, id="name")),
            (_("field.subject"), Input(group.subject, id="subject")),
            (_("field.schools"), TextArea("\n".join(group.schools), id="schools",
                                          soft_wrap=True, tab_behavior="focus")),
            ("", Static(_("group.schools_note"), classes="form-note")),
            (_("field.usual_length"), Input(length, id="length", placeholder=hint)),
            (_("field.language"),
             Select(language_options(), value=group.language if group.language in LANGUAGES
                    else "nl", allow_blank=False, id="language")),
            ("", Static(_("group.language_note"), classes="form-note")),
        ]  # fmt: skip

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#name", Input).focus()

    def save(self) -> str:
        group = self.workbook.group.update_group(
            name=self.query_one("#name", Input).value,
            subject=self.query_one("#subject", Input).value,
            schools=self.query_one("#schools", TextArea).text.splitlines(),
            usual_length=self.query_one("#length", Input).value,
            language=str(self.query_one("#language", Select).value),
        )
        return group.name


class MemberForm(FormScreen[int]):
    """A new member, or another name, role or school for one; the minutes name members by
    number, so a new name shows in every meeting they were part of."""

    def __init__(self, member_id: int | None = None) -> None:
        super().__init__()
        self.member_id = member_id
        self.title_text = _(
            "group.member_title" if member_id is None else "group.member_edit_title"
        )

    def fields(self) -> list[tuple[str, Widget]]:
        journey = self.workbook.journey
        member = journey.member(self.member_id) if self.member_id is not None else None
        roles = [(_(labels.ROLE[role.value]), role.value) for role in Role]
        schools = journey.group.schools
        hint = _("group.school_hint", school=schools[0]) if schools else ""
        rows: list[tuple[str, Widget]] = [
            (_("field.name"), Input(member.name if member else "", id="name")),
            (_("field.role"),
             Select(roles, value=(member.role if member else Role.MEMBER).value,
                    allow_blank=False, id="role")),
            (_("field.school"), Input(member.school if member else "", id="school",
                                      suggester=SuggestFromList(schools, case_sensitive=False),
                                      placeholder=hint)),
        ]  # fmt: skip
        if member is not None:
            rows.append(("", Static(_("group.rename_note"), classes="form-note")))
        if member is not None and not member.active:
            note = (
                _("group.left_note", date=format_short_date(member.left))
                if member.left
                else _("group.inactive_note")
            )
            rows.append(("", Static(note, classes="form-note")))
        return rows

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#name", Input).focus()

    def save(self) -> int:
        name = self.query_one("#name", Input).value
        role = str(self.query_one("#role", Select).value)
        school = self.query_one("#school", Input).value
        if self.member_id is None:
            return self.workbook.group.add_member(name, role, school).id
        return self.workbook.group.update_member(
            self.member_id, name=name, role=role, school=school
        ).id
