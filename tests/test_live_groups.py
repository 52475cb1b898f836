"""Groups in a running meeting: as close to the size asked as the room allows, the size the step
asks ("per twee", "in pairs"), the coach joining groups without counting as a teacher, and roles
held by different people."""

from __future__ import annotations

import math
import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind, Presence, Step
from plgtui.core.participants import asked_size, participants, presence, split
from plgtui.core.techniques import find, load_techniques
from plgtui.core.timer import FakeClock

COACH = 1  # the demo group's PLG coach; 2-9 are active teachers


def off(groups: list[list[int]], size: int) -> int:
    """How far the groups are from the size asked, counted per person."""
    return sum(len(g) * abs(len(g) - size) for g in groups)


@given(st.integers(2, 30), st.integers(2, 6), st.integers(0, 10_000))
def test_groups_are_as_close_to_the_size_asked_as_the_room_allows(people, size, seed):
    room = list(range(100, 100 + people))
    groups = split(room, size, random.Random(seed))
    sizes = [len(g) for g in groups]
    assert max(sizes) - min(sizes) <= 1
    assert min(sizes) >= 2  # nobody alone
    assert sorted(i for g in groups for i in g) == room  # everyone, once
    # The number of groups is n / size rounded down or up (at least one, at most n // 2) ...
    most = people // 2
    low = max(1, min(most, math.floor(people / size)))
    high = max(1, min(most, math.ceil(people / size)))
    assert low <= len(groups) <= high
    # ... whichever puts people in groups closer to the size asked; a tie goes to fewer groups.
    for count in range(1, people // 2 + 1):
        other = [room[i::count] for i in range(count)]
        assert (off(groups, size), len(groups)) <= (off(other, size), count)


@pytest.mark.parametrize(
    "people, size, sizes",
    [
        (1, 2, [1]),  # one person present: one group of one is all there is
        (2, 4, [2]),
        (3, 2, [3]),
        (5, 2, [2, 3]),  # the reported case, in pairs
        (5, 4, [5]),
        (7, 2, [2, 2, 3]),
        (7, 5, [3, 4]),  # not one group of seven
        (10, 4, [3, 3, 4]),  # not 5, 5
        (0, 3, []),
    ],
)
def test_examples_of_the_rule(people, size, sizes):
    groups = split(list(range(people)), size, random.Random(1))
    assert sorted(len(g) for g in groups) == sizes


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_steps_of_1_2_4_all_ask_alone_pairs_fours_everyone(lang):
    steps = find(load_techniques(lang), "1-2-4-all").steps
    assert [asked_size(s) for s in steps] == [0, 2, 4, 0]


@pytest.mark.parametrize(
    "who, title, size",
    [
        ("", "Bespreek het per twee.", 2),
        ("", "Work in pairs on the question.", 2),
        ("", "Per 2: wat valt op?", 2),
        ("", "In groepjes van drie.", 3),
        ("per drie", "", 3),
        ("", "Work in fours.", 4),
        ("in tweetallen", "", 2),
        ("alleen", "Vat het samen in twee zinnen.", 0),  # "in twee" is no group
        ("groepjes", "Deel je kleine stap.", 0),
        ("pairs", "Two pairs together", 2),
    ],
)
def test_the_size_a_step_asks_in_words(who, title, size):
    assert asked_size(Step(title=title, minutes=2, who=who)) == size


@pytest.fixture
def five_present(workbook):
    """A meeting of the demo group with the 1-2-4-all block (groups of four) and five teachers
    present, the coach too."""
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Live", 60, prefill=False)
    workbook.meetings.add_block(
        meeting.id, BlockKind.BRAINSTORM, "", technique=find(load_techniques("nl"), "1-2-4-all")
    )
    for member in workbook.journey.members:
        here = member.id in (COACH, 2, 3, 4, 5, 6)
        workbook.meetings.set_presence(
            meeting.id, member.id, Presence.PRESENT if here else Presence.ABSENT
        )
    live = LiveMeeting.start(workbook, meeting.id, FakeClock())
    live.rng = random.Random(5)
    return live


def sizes(live: LiveMeeting) -> list[int]:
    return sorted(len(g) for g in live.meeting.groups)


def test_a_step_in_pairs_makes_pairs_not_the_blocks_fours(workbook, five_present):
    live = five_present
    live.next()
    assert live.step.who == "per twee" and live.block.group_size == 4
    assert live.group_size() == 2
    workbook.meetings.make_groups(live.meeting_id, live.group_size(), random.Random(2))
    assert sizes(live) == [2, 3]  # was one group of five


def test_groups_follow_the_step_and_keep_the_size_asked(workbook, five_present):
    live = five_present
    live.next()
    workbook.meetings.make_groups(live.meeting_id, live.group_size(), random.Random(2))
    live.next()  # per vier: the pairs become one group of five, as close to four as five allow
    assert live.group_size() == 4 and sizes(live) == [5]
    live.next()  # everyone: the step asks nothing, the groups stay
    assert sizes(live) == [5]
    live.previous(), live.previous()  # back to pairs
    assert sizes(live) == [2, 3] and live.current_group_size() == 2
    # Two more arrive: the groups are made again, in pairs still (not threes, the largest).
    for member_id in (7, 8):
        workbook.meetings.set_presence(live.meeting_id, member_id, Presence.PRESENT)
    assert workbook.meetings.regroup_if_changed(live.meeting_id, random.Random(3))
    assert sizes(live) == [2, 2, 3]


def test_the_coach_joins_groups_and_turns_but_is_not_counted_a_teacher(workbook, five_present):
    live = five_present
    meeting_id = live.meeting_id
    counted = presence(workbook.journey, live.meeting)
    assert counted[0] == 5 and COACH not in live.people_ids()
    workbook.meetings.set_coach_joins(meeting_id, True)
    assert COACH in live.people_ids() and live.people == 6
    assert presence(workbook.journey, live.meeting) == counted  # still 5 of 8 teachers
    assert workbook.meetings.regroup_if_changed(meeting_id) is False  # no groups yet
    workbook.meetings.make_groups(meeting_id, 2, random.Random(4))
    assert COACH in {i for g in live.meeting.groups for i in g}
    assert sorted(participants(workbook.journey, live.meeting)) == [COACH, 2, 3, 4, 5, 6]


def tuning(workbook, present: tuple[int, ...]) -> LiveMeeting:
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Tuning", 60, prefill=False)
    workbook.meetings.add_block(
        meeting.id, BlockKind.DISCUSSION, "", technique=find(load_techniques("nl"), "tuning")
    )
    for member in workbook.journey.members:
        here = Presence.PRESENT if member.id in present else Presence.ABSENT
        workbook.meetings.set_presence(meeting.id, member.id, here)
    return LiveMeeting.start(workbook, meeting.id, FakeClock())


def test_roles_go_to_different_people_while_there_are_enough(workbook):
    live = tuning(workbook, (COACH, 2, 3, 4))
    roles = live.block.roles
    assert len(roles) == 3
    holders = [live.pass_role(role) for role in roles]
    assert len(set(holders)) == 3
    # Passing one on skips whoever holds another role: the one person free, then nobody.
    first = live.pass_role(roles[0])
    assert first not in holders and live.pass_role(roles[0]) is None


def test_with_fewer_people_than_roles_someone_holds_two(workbook):
    live = tuning(workbook, (2, 3))
    holders = [live.pass_role(role) for role in live.block.roles]
    assert holders[:2] == [2, 3] and holders[2] == 2
