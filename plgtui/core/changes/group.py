"""Changes to the group and its members.

A member is never removed: one who left stays in the minutes and the attendance of the meetings
they were part of, and is marked no longer active instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from plgtui.core import validate
from plgtui.core.changes.writer import Part, edits
from plgtui.core.codec import encode
from plgtui.core.i18n import LANGUAGES, _
from plgtui.core.model import Group, Member, Role
from plgtui.core.validate import InputError

NORMS_MAX = 12  # working agreements: a short list the group can keep in mind
ASK_MAX = 2000  # what the group asks of its leaders: a few lines, read in their digest
# A meeting's length as the meeting form takes it (changes/meetings.py), so the usual length
# the group gives is always one a new meeting can have.
LENGTH_LOW, LENGTH_HIGH = 5, 600


class GroupChanges(Part):
    @edits
    def update_group(
        self,
        *,
        name: str | None = None,
        subject: str | None = None,
        schools: list[str] | None = None,
        language: str | None = None,
        asks_leaders: str | None = None,
        norms: Iterable[str] | None = None,
        usual_length: int | str | None = None,
    ) -> Group:
        """Only the fields given change. `usual_length` 0 or '' says: as the last meetings."""
        group = self.journey.group
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = validate.name(name, _("field.group_name"))
        if subject is not None:
            changes["subject"] = validate.line(subject, _("field.subject"), required=False)
        if schools is not None:
            changes["schools"] = clean_schools(schools)
        if language is not None:
            changes["language"] = clean_language(language)
        if norms is not None:
            changes["norms"] = clean_norms(norms)
        if usual_length is not None:
            changes["usual_length"] = clean_length(usual_length)
        if asks_leaders is not None:
            changes["asks_leaders"] = validate.text(
                asks_leaders, _("field.asks_leaders"), limit=ASK_MAX
            ).strip()
        self.journey.group = replace(group, **changes)
        self._w.write([("group", 1, encode(self.journey.group))])
        return self.journey.group

    @edits
    def set_time_up(self, *, signal: bool | None = None, advance: bool | None = None) -> Group:
        """What happens when a step's time is up, for every meeting of this group: the bell
        (`signal`) and moving on to the block's next step by itself (`advance`). Off unless
        the group asks."""
        changes: dict[str, Any] = {}
        for field, value, label in (
            ("time_signal", signal, "field.time_signal"),
            ("auto_advance", advance, "field.auto_advance"),
        ):
            if value is None:
                continue
            if not isinstance(value, bool):
                raise InputError(_("input.on_or_off", field=_(label)))
            changes[field] = value
        self.journey.group = replace(self.journey.group, **changes)
        self._w.write([("group", 1, encode(self.journey.group))])
        return self.journey.group

    @edits
    def set_primary(self, on: bool) -> Group:
        """A primary school's team reads the phase texts written for primary schools (a team
        rather than a subject department); off: the texts of the sources' secondary schools."""
        if not isinstance(on, bool):
            raise InputError(_("input.on_or_off", field=_("field.primary")))
        self.journey.group = replace(self.journey.group, primary=on)
        self._w.write([("group", 1, encode(self.journey.group))])
        return self.journey.group

    @edits
    def add_member(self, name: str, role: Role | str = Role.MEMBER, school: str = "") -> Member:
        member = Member(
            id=self._next_id("members"),
            name=validate.name(name, _("field.member")),
            role=clean_role(role),
            school=validate.line(school, _("field.school"), required=False),
        )
        refuse_duplicates([*self.journey.members, member])
        return self._add("members", member)

    @edits
    def update_member(
        self,
        member_id: int,
        *,
        name: str | None = None,
        role: Role | str | None = None,
        school: str | None = None,
    ) -> Member:
        """A new name, role or school; only the fields given change. The minutes name members
        by id, so a new name shows in every meeting they were part of."""
        member = self._find(self.journey.members, member_id, "input.no_member")
        changed = replace(member)
        if name is not None:
            changed.name = validate.name(name, _("field.member"))
        if role is not None:
            changed.role = clean_role(role)
        if school is not None:
            changed.school = validate.line(school, _("field.school"), required=False)
        refuse_duplicates([changed if m is member else m for m in self.journey.members])
        member.name, member.role, member.school = changed.name, changed.role, changed.school
        self._put("members", member)
        return member

    @edits
    def set_member_active(self, member_id: int, active: bool, on: date | None = None) -> Member:
        """No longer active from `on` (the meetings from that day on do not expect them), or
        active again: then they are a member of every meeting again, as before they left."""
        member = self._find(self.journey.members, member_id, "input.no_member")
        member.active = bool(active)
        if not member.active and on is not None:
            member.left = on
        elif member.active:
            member.left = None
        self._put("members", member)
        return member


def clean_role(value: object) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InputError(_("input.bad_role", value=value)) from None


def clean_language(value: object) -> str:
    if value not in LANGUAGES:
        raise InputError(_("input.bad_language", value=value))
    return str(value)


def clean_schools(schools: Iterable[str]) -> list[str]:
    """One line each, blank lines left out, each school once."""
    lines = [
        validate.line(s, _("field.school"), required=False, limit=validate.NAME_MAX)
        for s in schools
    ]
    return list(dict.fromkeys(s for s in lines if s))


def clean_norms(norms: Iterable[str]) -> list[str]:
    lines = [validate.line(n, _("field.norm"), required=False) for n in norms]
    lines = [n for n in lines if n]
    if len(lines) > NORMS_MAX:
        raise InputError(_("input.too_many_norms", limit=NORMS_MAX))
    return lines


def clean_length(value: int | str) -> int:
    if isinstance(value, str) and not value.strip():
        return 0
    if value == 0:
        return 0
    label = _("field.usual_length")
    return validate.whole(value, label, low=LENGTH_LOW, high=LENGTH_HIGH)


def refuse_duplicates(members: list[Member]) -> None:
    seen: set[str] = set()
    for member in members:
        key = member.name.casefold()
        if key in seen:
            raise InputError(_("input.duplicate_member", name=member.name))
        seen.add(key)
