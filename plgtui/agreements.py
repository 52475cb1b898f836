"""Agreements over time: which meeting made them, how often they were carried over, overdue.

The three kinds come from the sources: finished by next time, material to discuss critically,
support to provide. An open agreement is carried over to every meeting held after the one that
made it, until it is closed; three carries or more flag it as stale, so the list stays short.
"""

from __future__ import annotations

from datetime import date

from plgtui.model import Agreement, Journey, Meeting, MeetingStatus

STALE_AFTER = 3


def origin_date(journey: Journey, agreement: Agreement) -> date | None:
    meeting = journey.meeting(agreement.meeting_id) if agreement.meeting_id else None
    return meeting.date if meeting else None


def carried_over(journey: Journey, agreement: Agreement, today: date) -> int:
    """How many meetings held after the one that made it found it still open."""
    start = origin_date(journey, agreement)
    if start is None:
        return 0
    ended = None if agreement.is_open else agreement.status_changed
    return sum(
        1
        for m in journey.held_meetings(today)
        if m.date > start and (ended is None or m.date < ended)
    )


def is_stale(journey: Journey, agreement: Agreement, today: date) -> bool:
    return agreement.is_open and carried_over(journey, agreement, today) >= STALE_AFTER


def is_overdue(agreement: Agreement, today: date) -> bool:
    return agreement.is_open and agreement.due is not None and agreement.due < today


def default_due(journey: Journey, meeting: Meeting | None) -> date | None:
    """The next planned meeting after `meeting` (or after the latest one)."""
    after = meeting.date if meeting else None
    later = [
        m
        for m in journey.meetings_by_date()
        if m.status is not MeetingStatus.CLOSED and (after is None or m.date > after)
    ]
    return later[0].date if later else None


def follow_up(journey: Journey, meeting: Meeting) -> list[Agreement]:
    """Agreements from earlier meetings on this meeting's follow-up list: the ones still open,
    and the ones closed since the meeting before it (ticked off in preparation or during it),
    so its minutes show what was finished."""
    dates = [m.date for m in journey.meetings_by_date()]
    before = [d for d in dates if d < meeting.date]
    after = [d for d in dates if d > meeting.date]
    low = before[-1] if before else date.min
    high = meeting.date if after else date.max
    result = []
    for agreement in journey.agreements:
        start = origin_date(journey, agreement)
        if start is None or start >= meeting.date:
            continue
        changed = agreement.status_changed
        if agreement.is_open or (changed is not None and low < changed <= high):
            result.append(agreement)
    return sorted(result, key=lambda a: (a.due or date.max, a.id))


def of_member(journey: Journey, member_id: int) -> list[Agreement]:
    """A member's agreements (and the whole group's), open first, oldest due date first."""
    mine = [a for a in journey.agreements if member_id in a.owners or not a.owners]
    return sorted(mine, key=lambda a: (not a.is_open, a.due or date.max, a.id))
