"""Changes to the minutes: notes, guests, decisions and what was learned."""

from __future__ import annotations

from collections.abc import Iterable

from plgtui.core import validate
from plgtui.core.changes.writer import Part, edits
from plgtui.core.i18n import _
from plgtui.core.model import Meeting
from plgtui.core.validate import InputError

NOTES_MAX = 200_000
NORMS_KEPT = ("yes", "mostly", "no")
# decisions and learnings: lines of the minutes, each edited the same way
_LINES = {"decisions": ("field.decision", "input.no_decision"),
          "learnings": ("field.learning", "input.no_learning")}  # fmt: skip
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
        return self._add_line(meeting_id, "decisions", text)

    @edits
    def edit_decision(self, meeting_id: int, index: int, text: str) -> Meeting:
        return self._edit_line(meeting_id, "decisions", index, text)

    @edits
    def remove_decision(self, meeting_id: int, index: int) -> str:
        return self._remove_line(meeting_id, "decisions", index)

    @edits
    def review_norms(self, meeting_id: int, kept: str, note: str = "") -> Meeting:
        """Did the group keep its working agreements this time? Kept in the minutes."""
        meeting = self._meeting(meeting_id)
        if kept not in NORMS_KEPT:
            raise InputError(_("input.bad_norms_kept", value=kept))
        meeting.norms_kept = kept
        meeting.norms_note = validate.line(note, _("field.norms_note"), required=False)
        self._put("meetings", meeting)
        return meeting

    @edits
    def add_learning(self, meeting_id: int, text: str) -> Meeting:
        """What teachers learned: the sources put their growth first, beside the products."""
        return self._add_line(meeting_id, "learnings", text)

    @edits
    def edit_learning(self, meeting_id: int, index: int, text: str) -> Meeting:
        return self._edit_line(meeting_id, "learnings", index, text)

    @edits
    def remove_learning(self, meeting_id: int, index: int) -> str:
        return self._remove_line(meeting_id, "learnings", index)

    def _add_line(self, meeting_id: int, which: str, text: str) -> Meeting:
        meeting = self._meeting(meeting_id)
        line = validate.line(text, _(_LINES[which][0]), limit=2000)
        getattr(meeting, which).append(line)
        self._put("meetings", meeting)
        return meeting

    def _edit_line(self, meeting_id: int, which: str, index: int, text: str) -> Meeting:
        meeting = self._meeting(meeting_id)
        self._line_index(meeting, which, index)
        getattr(meeting, which)[index] = validate.line(text, _(_LINES[which][0]), limit=2000)
        self._put("meetings", meeting)
        return meeting

    def _remove_line(self, meeting_id: int, which: str, index: int) -> str:
        meeting = self._meeting(meeting_id)
        self._line_index(meeting, which, index)
        removed = getattr(meeting, which).pop(index)
        self._put("meetings", meeting)
        return removed

    def _line_index(self, meeting: Meeting, which: str, index: int) -> None:
        if not 0 <= index < len(getattr(meeting, which)):
            raise InputError(_(_LINES[which][1], n=index + 1))
