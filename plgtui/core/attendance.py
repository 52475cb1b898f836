"""Attendance per member, counted only over meetings held while the person was a member.

"Unknown" (nothing recorded) is kept apart from "absent": a missing tick is not an absence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from plgtui.core import labels
from plgtui.core.i18n import _
from plgtui.core.model import Journey, Member, Presence

# The columns of every attendance table (the journey export, the attendance screen), after which
# the screen draws its trail.
COLUMNS = ("member", "present", "excused", "absent", "unknown", "rate", "rate_excused")


def headers() -> list[str]:
    """The columns' titles, in the interface language."""
    return [_(labels.ATTENDANCE_COLUMNS[key]) for key in COLUMNS]


@dataclass
class Record:
    member: Member
    present: int = 0
    excused: int = 0
    absent: int = 0
    unknown: int = 0
    trail: list[Presence | None] = field(default_factory=list)  # oldest first

    @property
    def known(self) -> int:
        return self.present + self.excused + self.absent

    @property
    def rate(self) -> float | None:
        """Present out of the meetings with a known state; None when there are none."""
        return self.present / self.known if self.known else None

    @property
    def rate_with_excused(self) -> float | None:
        """Present or excused out of the meetings with a known state: who kept the group
        informed counts here, so a group sees both."""
        return (self.present + self.excused) / self.known if self.known else None

    @property
    def rate_text(self) -> str:
        return percent(self.rate)

    @property
    def rate_with_excused_text(self) -> str:
        return percent(self.rate_with_excused)

    def counts(self) -> list[str]:
        """The row of an attendance table after the member's name (see COLUMNS)."""
        return [str(self.present), str(self.excused), str(self.absent), str(self.unknown),
                self.rate_text, self.rate_with_excused_text]  # fmt: skip


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.0%}"


def records(journey: Journey, today: date | None) -> list[Record]:
    """Per member; without `today`, over the meetings known to have been held."""
    held = journey.held_meetings(today) if today else journey.held_meetings_all()
    result = []
    for member in journey.members:
        record = Record(member)
        for meeting in held:
            if not member.member_on(meeting.date):
                continue
            state = meeting.attendance.get(member.id)
            if state is None and not member.expected:
                continue
            record.trail.append(state)
            if state is None:
                record.unknown += 1
            else:
                setattr(record, state.value, getattr(record, state.value) + 1)
        result.append(record)
    return result
