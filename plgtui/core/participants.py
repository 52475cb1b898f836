"""Who takes part in a meeting's work: groups and speaking turns are for the teachers present.

The PLG coach (and a school leader or pedagogical adviser who sits in) runs the meeting rather
than taking part in it, so they are left out of groups, turns and per-person timings, unless the
coach says that this time they join in (`Meeting.coach_joins`). Counts of who is present count
the teachers either way.
"""

from __future__ import annotations

import random
import re

from plgtui.core.model import Journey, Meeting, Presence, Role, Step


def takes_part(journey: Journey, meeting: Meeting, member_id: int) -> bool:
    """In groups and speaking turns: a teacher, or anyone when the coach joins this time."""
    if meeting.coach_joins:
        return journey.member(member_id) is not None
    return _teacher(journey, member_id)


def _teacher(journey: Journey, member_id: int) -> bool:
    member = journey.member(member_id)
    return member is not None and member.role is Role.MEMBER


def participants(journey: Journey, meeting: Meeting) -> list[int]:
    """The people present who take part, in the order of the members list; before attendance
    is taken, every active member who takes part."""
    if meeting.attendance:
        present = set(meeting.present())
        ids = [m.id for m in journey.members if m.id in present]
    else:
        ids = [m.id for m in journey.members if m.active]
    return [i for i in ids if takes_part(journey, meeting, i)]


DEFAULT_GROUP_SIZE = 4  # when neither the step nor the block says how many work together

# How a step's words ask for a size: "per twee", "per 4", "in pairs", "in tweetallen",
# "groepjes van drie"; "in" only before a word for a group, so "in twee zinnen" asks nothing.
_NUMBERS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}  # fmt: skip
_NOUNS = {
    "pairs": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6,
    "duo's": 2, "duos": 2, "trio's": 3, "trios": 3,
    "tweetallen": 2, "drietallen": 3, "viertallen": 4, "vijftallen": 5, "zestallen": 6,
}  # fmt: skip
_SIZE_WORDS = {**_NUMBERS, **_NOUNS}


def _either(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ASKED = re.compile(
    rf"\b(?:in\s+(?P<noun>{_either(_NOUNS)})"
    rf"|(?:per|(?:groepjes|groepen|groups)\s+(?:van|of))\s+(?P<number>{_either(_NUMBERS)}|[2-9]))"
    r"(?![\w'])",
    re.IGNORECASE,
)


def asked_size(step: Step) -> int:
    """The group size a technique step asks for in its words, or 0 when it asks none.

    Who works ("per twee", "pairs") is read before the instruction, whose "two pairs together"
    is no size; a word for a group alone ("pairs", "fours") counts only as the whole of who."""
    who = step.who.strip().lower()
    if who in _NOUNS:
        return _NOUNS[who]
    for text in (step.who, step.title):
        found = _ASKED.search(text)
        if found:
            word = (found["noun"] or found["number"]).lower()
            return _SIZE_WORDS.get(word) or int(word)
    return 0


def group_count(people: int, size: int) -> int:
    """How many groups `people` make when groups of `size` are asked.

    The number of groups whose sizes are closest to the size asked, counted per person: each
    one is as far off as their group's size is from `size`, and the total is smallest. A tie
    goes to fewer groups. Never more than `people // 2` groups, so nobody is alone while there
    are two people or more. Mostly this is round(people / size); where it is not, it is closer:
    10 in fours make 4, 3, 3 (not 5, 5), 7 in fives 4, 3 (not one group of 7).
    """
    if people <= 0:
        return 0
    size = max(size, 1)

    def off(count: int) -> int:
        small, larger = divmod(people, count)  # `larger` groups have one more than `small`
        return larger * (small + 1) * abs(small + 1 - size) + (count - larger) * small * abs(
            small - size
        )

    return min(range(1, max(1, people // 2) + 1), key=lambda count: (off(count), count))


def split(people: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Random groups as close to `size` as the room allows (`group_count`), sizes differing by
    at most one, never a group of one while there are two people or more: 7 in pairs gives
    3, 2, 2 rather than 2, 2, 2, 1, and 5 in pairs 3, 2 (one person alone is one group)."""
    shuffled = list(people)
    rng.shuffle(shuffled)
    count = group_count(len(shuffled), size)
    return [sorted(shuffled[i::count]) for i in range(count)]


def groups_match(groups: list[list[int]], people: list[int]) -> bool:
    """Whether the groups hold exactly the people in the room now."""
    return sorted(i for g in groups for i in g) == sorted(people)


def least_spoken_first(meeting: Meeting, people: list[int]) -> list[int]:
    """Who has taken the fewest turns in this meeting first; the list order breaks ties."""
    return sorted(people, key=lambda i: meeting.turns.get(i, 0))


def presence(journey: Journey, meeting: Meeting) -> tuple[int, int]:
    """(present, recorded) among the teachers: '7 of 8 teachers present' leaves out the
    coach, the school leader and the adviser, who come to run or follow the meeting, also
    when the coach joins the groups and turns this time (`Meeting.coach_joins`)."""
    states = [p for i, p in meeting.attendance.items() if _teacher(journey, i)]
    return sum(1 for p in states if p is Presence.PRESENT), len(states)
