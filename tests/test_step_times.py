"""A technique's steps fitted to the block's length the coach chose (core/step_times.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plgtui.core.model import Step
from plgtui.core.step_times import scale_steps, total_minutes
from plgtui.core.techniques import find, load_techniques


def test_one_two_four_all_in_twenty_minutes_lasts_twenty():
    technique = find(load_techniques("nl"), "1-2-4-all")
    steps = scale_steps(technique.steps, 20, 4)
    assert total_minutes(steps, 4) == 20
    assert [s.minutes for s in steps] == [2, 3, 7, 8]  # each keeps its share
    assert [s.title for s in steps] == [s.title for s in technique.steps]


def test_a_per_person_step_stays_per_person():
    technique = find(load_techniques("nl"), "round-robin")
    steps = scale_steps(technique.steps, 15, 6)
    assert [s.per_person for s in steps] == [s.per_person for s in technique.steps]
    assert total_minutes(steps, 6) == 15


def test_too_short_a_block_gives_every_step_a_minute():
    technique = find(load_techniques("nl"), "round-robin")  # 1 + 1 per person + 5
    steps = scale_steps(technique.steps, 5, 6)
    assert [s.minutes for s in steps] == [1, 1, 1]


steps_st = st.lists(
    st.builds(
        Step,
        title=st.just("x"),
        minutes=st.integers(1, 30).map(float),
        per_person=st.booleans(),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(steps=steps_st, minutes=st.integers(1, 240), turns=st.integers(1, 12))
def test_whole_minutes_at_least_one_and_the_length_asked_when_it_can_be(steps, minutes, turns):
    scaled = scale_steps(steps, minutes, turns)
    assert all(s.minutes == int(s.minutes) and s.minutes >= 1 for s in scaled)
    assert [s.per_person for s in scaled] == [s.per_person for s in steps]
    shortest = sum(turns if s.per_person else 1 for s in steps)
    if any(not s.per_person for s in steps) and minutes >= shortest:
        assert total_minutes(scaled, turns) == minutes
    if minutes < shortest:
        assert total_minutes(scaled, turns) == shortest


def test_a_block_with_a_technique_lasts_the_minutes_the_coach_gives_it(workbook):
    from datetime import date

    from plgtui.core.agenda import expected_people
    from plgtui.core.model import BlockKind

    techniques = load_techniques("nl")
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Plan", 60, prefill=False)
    people = expected_people(workbook.journey, meeting)
    block = workbook.meetings.add_block(
        meeting.id, BlockKind.BRAINSTORM, "", 20, technique=find(techniques, "1-2-4-all")
    )
    assert block.minutes == 20 and block.planned_seconds(people) == 20 * 60
    block = workbook.meetings.update_block(
        meeting.id, block.id, kind=block.kind, title=block.title, minutes=15,
        prompts=block.prompts, technique=find(techniques, "1-2-4-all"),
    )  # fmt: skip
    assert block.planned_seconds(people) == 15 * 60
    pupil_work = find(techniques, "assessment-conference")
    assert pupil_work.kind is BlockKind.DISCUSSION  # a protocol is no brainstorm
    protocol = workbook.meetings.add_block(
        meeting.id, pupil_work.kind, "", 20, technique=pupil_work
    )
    assert protocol.roles and protocol.planned_seconds(people) == 20 * 60


def _coach_plan(workbook, lengths, length=60):
    from datetime import date

    from plgtui.core.model import BlockKind

    techniques = load_techniques("nl")
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Plan", length, prefill=False)
    workbook.meetings.add_block(meeting.id, BlockKind.WELCOME, "Welkom", 5)
    for technique, minutes in lengths:
        found = find(techniques, technique)
        workbook.meetings.add_block(meeting.id, found.kind, "", minutes, technique=found)
    workbook.meetings.add_block(meeting.id, BlockKind.EVALUATION, "Afsluiting", 5)
    return meeting


def test_one_key_fits_a_plan_that_runs_over_and_keeps_opening_and_closing(workbook):
    from plgtui.core.agenda import expected_people, planned_seconds

    meeting = _coach_plan(
        workbook, [("1-2-4-all", 25), ("dot-voting", 13), ("assessment-conference", 25)]
    )
    people = expected_people(workbook.journey, meeting)
    assert planned_seconds(meeting, people) == 73 * 60
    changed = workbook.meetings.fit_agenda(meeting.id)
    meeting = workbook.meetings.meeting_of(meeting.id)
    assert planned_seconds(meeting, people) == 60 * 60
    assert [b.minutes for b in meeting.blocks][0::4] == [5, 5]  # opening and closing kept
    assert len(changed) == 3


def test_fitting_a_plan_too_short_lengthens_it_and_an_impossible_one_gets_its_shortest(workbook):
    from plgtui.core.agenda import expected_people, planned_seconds

    meeting = _coach_plan(workbook, [("1-2-4-all", 10), ("dot-voting", 10)])
    workbook.meetings.fit_agenda(meeting.id)
    people = expected_people(workbook.journey, meeting)
    assert planned_seconds(workbook.meetings.meeting_of(meeting.id), people) == 60 * 60
    short = _coach_plan(workbook, [("tuning", 22)] * 4, length=20)  # 4 x 8 steps: 32 + 10 min
    workbook.meetings.fit_agenda(short.id)
    assert planned_seconds(workbook.meetings.meeting_of(short.id), people) == (32 + 10) * 60
