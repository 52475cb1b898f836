"""Agreements over time: which meeting made them, how often they were carried over, overdue.

The three kinds come from the sources: finished by next time, material to discuss critically,
support to provide. An open agreement is carried over to every meeting held after the one that
made it, until it is closed; three carries or more flag it as stale, so the list stays short.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from plgtui.core.model import (
    Agreement,
    AgreementStatus,
    Journey,
    Meeting,
    MeetingStatus,
)

STALE_AFTER = 3


def origin_date(journey: Journey, agreement: Agreement) -> date | None:
    meeting = journey.meeting(agreement.meeting_id) if agreement.meeting_id else None
    return meeting.date if meeting else None


class Carries:
    """How often agreements were carried over, for lists that ask about many of them: the
    meetings' dates and the held ones are looked up once, not once per agreement."""

    def __init__(self, journey: Journey, today: date) -> None:
        self.origins = {m.id: m.date for m in journey.meetings}
        self.held = [m.date for m in journey.held_meetings(today)]

    def count(self, agreement: Agreement) -> int:
        """How many meetings held after the one that made it found it still open."""
        start = self.origins.get(agreement.meeting_id) if agreement.meeting_id else None
        if start is None:
            return 0
        first = bisect_right(self.held, start)
        ended = None if agreement.is_open else agreement.status_changed
        end = len(self.held) if ended is None else bisect_left(self.held, ended)
        return max(0, end - first)

    def is_stale(self, agreement: Agreement) -> bool:
        return agreement.is_open and self.count(agreement) >= STALE_AFTER


class Tally(NamedTuple):
    done: int
    dropped: int
    open: int

    @property
    def total(self) -> int:
        return self.done + self.dropped + self.open


def tally(agreements: Iterable[Agreement]) -> Tally:
    """How many agreements are done, dropped and open. Done means done: a dropped agreement is
    closed but not done, on every screen that counts them."""
    statuses = Counter(a.status for a in agreements)
    return Tally(
        statuses[AgreementStatus.DONE], statuses[AgreementStatus.DROPPED],
        statuses[AgreementStatus.OPEN],
    )  # fmt: skip


def is_done(agreement: Agreement) -> bool:
    return agreement.status is AgreementStatus.DONE


def carried_over(journey: Journey, agreement: Agreement, today: date) -> int:
    return Carries(journey, today).count(agreement)


def is_stale(journey: Journey, agreement: Agreement, today: date) -> bool:
    return Carries(journey, today).is_stale(agreement)


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


def follow_up(journey: Journey, meeting: Meeting, index: Index | None = None) -> list[Agreement]:
    """Agreements from earlier meetings on this meeting's follow-up list: the ones still open,
    and the ones closed since the meeting before it (ticked off in preparation or during it),
    so its minutes show what was finished. Pass an `Index` when asking for many meetings."""
    return follow_up_fresh(journey, meeting, index, stale_after=None)[0]


def follow_up_fresh(
    journey: Journey, meeting: Meeting, index: Index | None, stale_after: int | None = STALE_AFTER
) -> tuple[list[Agreement], int]:
    """(the follow-up list, how many stale ones were left out of it). An agreement still open
    after `stale_after` meetings is left out: a whole journey's minutes would otherwise repeat
    it in every later meeting, and grow with the square of the journey."""
    index = index or Index(journey)
    position = bisect_left(index.dates, meeting.date)
    low = index.dates[position - 1] if position > 0 else date.min
    later = bisect_right(index.dates, meeting.date) < len(index.dates)
    high = meeting.date if later else date.max
    end = bisect_left(index.open_origins, meeting.date)
    start = 0
    if stale_after is not None and position >= stale_after:
        start = bisect_left(index.open_origins, index.dates[position - stale_after])
    closed = index.closed[
        bisect_right(index.closed_dates, low) : bisect_right(index.closed_dates, high)
    ]
    result = [a for _o, a in index.open[start:end]]
    result += [a for _c, a in closed if index.origins[a.meeting_id] < meeting.date]
    return sorted(result, key=lambda a: (a.due or date.max, a.id)), start


class Index:
    """Agreements arranged by date once, for questions asked about every meeting (exports)."""

    def __init__(self, journey: Journey) -> None:
        self.origins = {m.id: m.date for m in journey.meetings}
        self.dates = sorted(self.origins.values())
        made = [
            (self.origins[a.meeting_id], a)
            for a in journey.agreements
            if a.meeting_id in self.origins
        ]
        self.open = sorted(((o, a) for o, a in made if a.is_open), key=lambda x: (x[0], x[1].id))
        self.open_origins = [o for o, _a in self.open]
        self.closed = sorted(
            ((a.status_changed, a) for _o, a in made if not a.is_open and a.status_changed),
            key=lambda x: (x[0], x[1].id),
        )
        self.closed_dates = [c for c, _a in self.closed]


def of_member(journey: Journey, member_id: int) -> list[Agreement]:
    """A member's agreements (and the whole group's), open first, oldest due date first."""
    mine = [a for a in journey.agreements if member_id in a.owners or not a.owners]
    return sorted(mine, key=lambda a: (not a.is_open, a.due or date.max, a.id))
