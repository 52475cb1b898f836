"""Changes to agreements: made, edited, done, dropped, open again or removed while fresh."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from plgtui.core import agreements as rules
from plgtui.core import validate
from plgtui.core.changes.writer import Part, edits
from plgtui.core.i18n import _
from plgtui.core.model import Agreement, AgreementKind, AgreementStatus
from plgtui.core.validate import InputError


class Agreements(Part):
    def new_agreement(
        self,
        text: str,
        kind: AgreementKind,
        *,
        owners: Iterable[int] = (),
        due: date | None = None,
        meeting_id: int | None = None,
    ) -> Agreement:
        """An agreement checked and numbered, not yet added or saved."""
        owner_ids = self._members(owners)
        if meeting_id is not None:
            self._find(self.journey.meetings, meeting_id, "input.no_meeting")
        agreement = Agreement(
            id=self._next_id("agreements"),
            text=validate.line(text, _("field.agreement"), limit=2000),
            kind=AgreementKind(kind),
            meeting_id=meeting_id,
            owners=owner_ids,
            due=None if due is None else validate.day(due, _("field.due")),
        )
        return agreement

    @edits
    def add_agreement(self, text: str, kind: AgreementKind, **details: Any) -> Agreement:
        """A new agreement, saved; `details` as for `new_agreement` (owners, due, meeting_id)."""
        return self._add("agreements", self.new_agreement(text, kind, **details))

    @edits
    def update_agreement(
        self,
        agreement_id: int,
        *,
        text: str,
        kind: AgreementKind,
        owners: Iterable[int],
        due: date | None,
    ) -> Agreement:
        agreement = self._find(self.journey.agreements, agreement_id, "input.no_agreement")
        owner_ids = self._members(owners)
        new_text = validate.line(text, _("field.agreement"), limit=2000)
        new_due = None if due is None else validate.day(due, _("field.due"))
        agreement.text = new_text
        agreement.kind = AgreementKind(kind)
        agreement.owners = owner_ids
        agreement.due = new_due
        self._put("agreements", agreement)
        return agreement

    @edits
    def set_agreement_status(
        self, agreement_id: int, status: AgreementStatus, *, on: date, reason: str = ""
    ) -> Agreement:
        agreement = self._find(self.journey.agreements, agreement_id, "input.no_agreement")
        new_status = AgreementStatus(status)
        why = validate.line(reason, _("field.reason"), required=False)
        changed = validate.day(on, _("field.date"))
        agreement.status, agreement.status_changed, agreement.reason = new_status, changed, why
        self._put("agreements", agreement)
        return agreement

    @edits
    def close_agreement(
        self, agreement_id: int, status: AgreementStatus, *, on: date, reason: str = ""
    ) -> Agreement:
        """Done, dropped (a reason is required) or open again."""
        status = AgreementStatus(status)
        if status is AgreementStatus.DROPPED and not reason.strip():
            raise InputError(_("input.drop_needs_reason"))
        return self.set_agreement_status(agreement_id, status, on=on, reason=reason)

    @edits
    def remove_agreement(self, agreement_id: int, *, today: date) -> Agreement:
        """Only a fresh mistake can be removed; once carried over, it must be closed instead."""
        agreement = self._find(self.journey.agreements, agreement_id, "input.no_agreement")
        if rules.carried_over(self.journey, agreement, today) > 0:
            raise InputError(_("input.agreement_carried"))
        self.journey.agreements.remove(agreement)
        self._remove("agreements", agreement.id)
        return agreement
