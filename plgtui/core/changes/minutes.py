"""Changes to the minutes: notes, guests and decisions."""

from __future__ import annotations

from typing import Iterable

from plgtui.core import validate
from plgtui.core.changes.writer import Part, edits
from plgtui.core.i18n import _
from plgtui.core.model import Meeting
from plgtui.core.validate import InputError

NOTES_MAX = 200_000
GUESTS_MAX = 40


class Minutes(Part):
    @edits
    def set_notes(self, meeting_id: int, text: str) -> Meeting:
        """The meeting's notes (Markdown); called often while typing, so unchanged text is not
        written again."""
        meeting = self._meeting(meeting_id)
        notes = validate.text(text, _("field.notes"), limit=NOTES_MAX)
        if notes != meeting.notes:
            meeting.notes = notes
            self._put("meetings", meeting)
        return meeting

    @edits
    def set_guests(self, meeting_id: int, names: Iterable[str]) -> Meeting:
        meeting = self._meeting(meeting_id)
        guests = [
            validate.line(n, _("field.guest"), required=False, limit=validate.NAME_MAX)
            for n in names
        ]
        guests = list(dict.fromkeys(g for g in guests if g))
        if len(guests) > GUESTS_MAX:
            raise InputError(_("input.too_many_guests", limit=GUESTS_MAX))
        meeting.guests = guests
        self._put("meetings", meeting)
        return meeting

    @edits
    def add_decision(self, meeting_id: int, text: str) -> Meeting:
        meeting = self._meeting(meeting_id)
        decision = validate.line(text, _("field.decision"), limit=2000)
        meeting.decisions.append(decision)
        self._put("meetings", meeting)
        return meeting

    @edits
    def edit_decision(self, meeting_id: int, index: int, text: str) -> Meeting:
        meeting = self._meeting(meeting_id)
        self._decision_index(meeting, index)
        decision = validate.line(text, _("field.decision"), limit=2000)
        meeting.decisions[index] = decision
        self._put("meetings", meeting)
        return meeting

    @edits
    def remove_decision(self, meeting_id: int, index: int) -> str:
        meeting = self._meeting(meeting_id)
        self._decision_index(meeting, index)
        removed = meeting.decisions.pop(index)
        self._put("meetings", meeting)
        return removed

    @staticmethod
    def _decision_index(meeting: Meeting, index: int) -> None:
        if not 0 <= index < len(meeting.decisions):
            raise InputError(_("input.no_decision", n=index + 1))
