"""Who takes part in a meeting's work: groups and speaking turns are for the teachers present.

The PLG coach (and a school leader or pedagogical adviser who sits in) runs the meeting rather
than taking part in it, so they are left out of groups, turns and per-person timings, unless the
coach says that this time they join in (`Meeting.coach_joins`).
"""

from __future__ import annotations

import random

from plgtui.core.model import Journey, Meeting, Presence, Role


def takes_part(journey: Journey, meeting: Meeting, member_id: int) -> bool:
    member = journey.member(member_id)
    return member is not None and (member.role is Role.MEMBER or meeting.coach_joins)


def participants(journey: Journey, meeting: Meeting) -> list[int]:
    """The people present who take part, in the order of the members list; before attendance
    is taken, every active member who takes part."""
    if meeting.attendance:
        present = set(meeting.present())
        ids = [m.id for m in journey.members if m.id in present]
    else:
        ids = [m.id for m in journey.members if m.active]
    return [i for i in ids if takes_part(journey, meeting, i)]


def split(people: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Random groups of about `size`, sizes differing by at most one, and never a group of one
    while there are two people or more: 7 in pairs gives 3, 2, 2 rather than 2, 2, 2, 1."""
    shuffled = list(people)
    rng.shuffle(shuffled)
    if not shuffled:
        return []
    count = max(1, min(round(len(shuffled) / size), len(shuffled) // 2))
    return [sorted(shuffled[i::count]) for i in range(count)]


def groups_match(groups: list[list[int]], people: list[int]) -> bool:
    """Whether the groups hold exactly the people in the room now."""
    return sorted(i for g in groups for i in g) == sorted(people)


def least_spoken_first(meeting: Meeting, people: list[int]) -> list[int]:
    """Who has taken the fewest turns in this meeting first; the list order breaks ties."""
    return sorted(people, key=lambda i: meeting.turns.get(i, 0))


def presence(journey: Journey, meeting: Meeting) -> tuple[int, int]:
    """(present, recorded) among those who take part: '7 of 8 teachers present' leaves out
    the coach, the school leader and the adviser, who come to run or follow the meeting."""
    states = [p for i, p in meeting.attendance.items() if takes_part(journey, meeting, i)]
    return sum(1 for p in states if p is Presence.PRESENT), len(states)
