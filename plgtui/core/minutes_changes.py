"""The workbook's changes to the minutes: notes, guests, decisions, and the agreements' lives.

A mixin of `Workbook`, like `meeting_changes`: validate, change the model, save through `_put`.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from plgtui.core import agreements as rules
from plgtui.core import validate
from plgtui.core.changes_base import WorkbookPart
from plgtui.core.i18n import _
from plgtui.core.model import Agreement, AgreementKind, AgreementStatus, Meeting
from plgtui.core.validate import InputError

NOTES_MAX = 200_000
GUESTS_MAX = 40


class MinutesChanges(WorkbookPart):
    def set_notes(self, meeting_id: int, text: str) -> Meeting:
        """The meeting's notes (Markdown); called often while typing, so unchanged text is not
        written again."""
        meeting = self.meeting_of(meeting_id)
        notes = validate.text(text, _("field.notes"), limit=NOTES_MAX)
        if notes != meeting.notes:
            self._guard()
            meeting.notes = notes
            self._put("meetings", meeting)
        return meeting

    def set_guests(self, meeting_id: int, names: Iterable[str]) -> Meeting:
        meeting = self.meeting_of(meeting_id)
        guests = [
            validate.line(n, _("field.guest"), required=False, limit=validate.NAME_MAX)
            for n in names
        ]
        guests = list(dict.fromkeys(g for g in guests if g))
        if len(guests) > GUESTS_MAX:
            raise InputError(_("input.too_many_guests", limit=GUESTS_MAX))
        self._guard()
        meeting.guests = guests
        self._put("meetings", meeting)
        return meeting

    # -- decisions -------------------------------------------------------------------------

    def add_decision(self, meeting_id: int, text: str) -> Meeting:
        meeting = self.meeting_of(meeting_id)
        decision = validate.line(text, _("field.decision"), limit=2000)
        self._guard()
        meeting.decisions.append(decision)
        self._put("meetings", meeting)
        return meeting

    def edit_decision(self, meeting_id: int, index: int, text: str) -> Meeting:
        meeting = self.meeting_of(meeting_id)
        self._decision_index(meeting, index)
        decision = validate.line(text, _("field.decision"), limit=2000)
        self._guard()
        meeting.decisions[index] = decision
        self._put("meetings", meeting)
        return meeting

    def remove_decision(self, meeting_id: int, index: int) -> str:
        meeting = self.meeting_of(meeting_id)
        self._decision_index(meeting, index)
        self._guard()
        removed = meeting.decisions.pop(index)
        self._put("meetings", meeting)
        return removed

    @staticmethod
    def _decision_index(meeting: Meeting, index: int) -> None:
        if not 0 <= index < len(meeting.decisions):
            raise InputError(_("input.no_decision", n=index + 1))

    # -- agreements ------------------------------------------------------------------------

    def update_agreement(
        self,
        agreement_id: int,
        *,
        text: str,
        kind: AgreementKind,
        owners: Iterable[int],
        due: date | None,
    ) -> Agreement:
        agreement = self._find(self.journey.agreements, agreement_id, "agreement")
        owner_ids = list(dict.fromkeys(owners))
        for owner in owner_ids:
            self._find(self.journey.members, owner, "member")
        new_text = validate.line(text, _("field.agreement"), limit=2000)
        new_due = None if due is None else validate.day(due, _("field.due"))
        self._guard()
        agreement.text = new_text
        agreement.kind = AgreementKind(kind)
        agreement.owners = owner_ids
        agreement.due = new_due
        self._put("agreements", agreement)
        return agreement

    def close_agreement(
        self, agreement_id: int, status: AgreementStatus, *, on: date, reason: str = ""
    ) -> Agreement:
        """Done, dropped (a reason is required) or open again."""
        status = AgreementStatus(status)
        if status is AgreementStatus.DROPPED and not reason.strip():
            raise InputError(_("input.drop_needs_reason"))
        return self.set_agreement_status(agreement_id, status, on=on, reason=reason)

    def remove_agreement(self, agreement_id: int, *, today: date) -> Agreement:
        """Only a fresh mistake can be removed; once carried over, it must be closed instead."""
        agreement = self._find(self.journey.agreements, agreement_id, "agreement")
        if rules.carried_over(self.journey, agreement, today) > 0:
            raise InputError(_("input.agreement_carried"))
        self._guard()
        self.journey.agreements.remove(agreement)
        self._remove("agreements", agreement.id)
        return agreement
