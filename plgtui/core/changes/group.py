"""Changes to the group and its members."""

from __future__ import annotations

from dataclasses import replace
from collections.abc import Iterable
from typing import Any

from plgtui.core import validate
from plgtui.core.changes.writer import Part, edits
from plgtui.core.codec import encode
from plgtui.core.i18n import _
from plgtui.core.model import Group, Member, Role
from plgtui.core.validate import InputError


NORMS_MAX = 12  # working agreements: a short list the group can keep in mind
ASK_MAX = 2000  # what the group asks of its leaders: a few lines, read in their digest


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
    ) -> Group:
        group = self.journey.group
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = validate.name(name, _("field.group_name"))
        if subject is not None:
            changes["subject"] = validate.line(subject, _("field.subject"), required=False)
        if schools is not None:
            changes["schools"] = [
                validate.line(s, _("field.school"), limit=validate.NAME_MAX) for s in schools
            ]
        if language is not None:
            if language not in ("nl", "en"):
                raise InputError(_("input.bad_language", value=language))
            changes["language"] = language
        if norms is not None:
            lines = [validate.line(n, _("field.norm"), required=False) for n in norms]
            lines = [n for n in lines if n]
            if len(lines) > NORMS_MAX:
                raise InputError(_("input.too_many_norms", limit=NORMS_MAX))
            changes["norms"] = lines
        if asks_leaders is not None:
            changes["asks_leaders"] = validate.text(
                asks_leaders, _("field.asks_leaders"), limit=ASK_MAX
            ).strip()
        self.journey.group = replace(group, **changes)
        self._w.write([("group", 1, encode(self.journey.group))])
        return self.journey.group

    @edits
    def add_member(self, name: str, role: Role = Role.MEMBER, school: str = "") -> Member:
        member = Member(
            id=self._next_id("members"),
            name=validate.name(name, _("field.member")),
            role=Role(role),
            school=validate.line(school, _("field.school"), required=False),
        )
        refuse_duplicates([*self.journey.members, member])
        return self._add("members", member)

    @edits
    def set_member_active(self, member_id: int, active: bool) -> Member:
        member = self._find(self.journey.members, member_id, "input.no_member")
        member.active = bool(active)
        self._put("members", member)
        return member


def refuse_duplicates(members: list[Member]) -> None:
    seen: set[str] = set()
    for member in members:
        key = member.name.casefold()
        if key in seen:
            raise InputError(_("input.duplicate_member", name=member.name))
        seen.add(key)
