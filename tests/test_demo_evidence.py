"""The demo's evidence: a year of readings for two classes, a rubric scored before (at the early
meeting on data) and after (in a meeting where the group looked at pupil work), a lesson study with notes on case pupils A, B
and C; dated from the demo's own meetings, passing the workbook's own checks, and no names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from conftest import TODAY

from plgtui.core import evidence_checks as check
from plgtui.core.demo import build_demo
from plgtui.core.privacy import looks_like_a_name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_holds_a_year_of_readings_a_rubric_and_a_lesson_study(lang):
    journey = build_demo(TODAY, lang)
    [goal] = journey.goals
    assert goal.classes == ["3A", "3B"] and goal.baseline is not None and goal.target is not None
    for code in goal.classes:
        days = sorted(r.on for r in journey.readings if r.class_code == code)
        assert len(days) >= 5 and (days[-1] - days[0]).days > 200  # the better part of a year
    [rubric] = journey.rubrics
    assert (len(rubric.criteria), len(rubric.levels)) == (3, 4)
    assert {s.round for s in journey.rubric_scores} == {1, 2}
    # before (round 1) at the early meeting on data, after (round 2) where pupil work is looked at
    [before] = {s.meeting_id for s in journey.rubric_scores if s.round == 1}
    [work_id] = {s.meeting_id for s in journey.rubric_scores if s.round == 2}
    assert journey.meeting(before).date < journey.meeting(work_id).date
    techniques = [b.technique for b in journey.meeting(work_id).blocks]
    assert "assessment-conference" in techniques or "tuning" in techniques
    assert sorted({n.pupil for n in journey.case_notes}) == ["A", "B", "C"]
    assert len({n.meeting_id for n in journey.case_notes}) == 1


def test_the_rounds_show_growth():
    journey = build_demo(TODAY, "nl")
    mean = {
        r: sum(s.level for s in journey.rubric_scores if s.round == r)
        / sum(1 for s in journey.rubric_scores if s.round == r)
        for r in (1, 2)
    }
    assert mean[2] > mean[1]


def test_every_date_comes_from_the_demos_meetings():
    for today in (TODAY, TODAY + timedelta(days=365), date(2031, 11, 3)):
        journey = build_demo(today, "nl")
        [goal] = journey.goals
        meetings = journey.meetings_by_date()
        assert goal.baseline_on == meetings[0].date
        assert goal.target_on.month == 6 and goal.target_on > meetings[-1].date - timedelta(
            days=300
        )
        held = {m.id: m.date for m in journey.held_meetings_all()}
        for reading in journey.readings:
            assert reading.meeting_id in held and reading.on <= held[reading.meeting_id]
        assert all(n.meeting_id in held for n in journey.case_notes)
        assert all(s.meeting_id in held for s in journey.rubric_scores)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_passes_its_own_checks_and_names_no_pupil(lang):
    journey = build_demo(TODAY, lang)
    [goal] = journey.goals
    assert check.goal(journey, replace(goal)) == goal
    for reading in journey.readings:
        assert check.reading(journey, replace(reading)) == reading
    for rubric in journey.rubrics:
        assert check.rubric(journey, replace(rubric)) == rubric
    for score in journey.rubric_scores:
        assert check.score(journey, replace(score)) == score
    texts = [n.text for n in journey.case_notes] + [r.note for r in journey.readings]
    assert [t for t in texts if looks_like_a_name(t, journey)] == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_case_pupil_notes_sit_in_the_observe_block_of_a_held_lesson_study(lang):
    journey = build_demo(TODAY, lang)
    [(meeting_id, block_id)] = {(n.meeting_id, n.block_id) for n in journey.case_notes}
    meeting = journey.meeting(meeting_id)
    assert meeting.date <= TODAY and block_id is not None
    [block] = [b for b in meeting.blocks if b.id == block_id]
    assert block.technique == "lesson-observe" and len(block.role_holders) == 4
    assert max(n.minute for n in journey.case_notes) <= 50  # within the observed lesson hour


@pytest.mark.parametrize("today", [date(2026, 11, 2), date(2026, 12, 3), date(2031, 11, 3)])
def test_a_demo_opened_after_october_has_the_rubric_and_a_round(today):
    """The story stops at today: from November on the rubric and its first round are there."""
    journey = build_demo(today, "nl")
    [rubric] = journey.rubrics
    assert {s.round for s in journey.rubric_scores} >= {1}
    held = {m.id for m in journey.held_meetings_all()}
    assert all(s.meeting_id in held for s in journey.rubric_scores)
