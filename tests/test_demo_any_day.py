"""The demo reads as true on whatever day it is opened (issue 32, "The demo"): one whole school
year of ten meetings on the Flemish school calendar, the story told up to today and no further,
no meeting in the exams but the June look-back, and the next meeting soon where the year allows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import TODAY

from plgtui.core.demo import TEXTS, build_demo
from plgtui.core.demo.school_year import breaks, free, in_exams, meeting_days, school_year_of
from plgtui.core.journey_data import journey_tables
from plgtui.core.model import AgreementStatus, MeetingStatus
from plgtui.core.workbook import Workbook
from plgtui.export.html import to_html
from plgtui.export.journey import journey_markdown, leaders_digest, meeting_export

# a dozen days across the year: before and after the kick-off, around the autumn break, in the
# December exams and the Christmas break, after it, in carnival and Easter, in the June exams
# and the summer; and the tests' own day
DAYS = [
    date(2026, 9, 1), date(2026, 9, 16), date(2026, 10, 2), date(2026, 11, 11), date(2026, 12, 3),
    date(2026, 12, 28), date(2027, 1, 20), date(2027, 2, 10), date(2027, 3, 1), date(2027, 4, 7),
    date(2027, 5, 26), date(2027, 6, 10), date(2027, 7, 1), date(2027, 8, 15), date(2025, 12, 10),
    date(2030, 11, 30), TODAY,
]  # fmt: skip


def _story_dates(journey) -> list[date]:
    dated = [p.entered for p in journey.phases] + [q.created for q in journey.questions]
    dated += [a.status_changed for a in journey.agreements if a.status_changed]
    dated += [c.on for c in journey.selfchecks] + [c.on for c in journey.functioning]
    dated += [d for n in journey.phase_notes for d in n.signals.values()]
    dated += list(journey.inquiry[0].quality_ticked.values()) + [r.on for r in journey.readings]
    dated += [m.left for m in journey.members if m.left and not m.active]
    return dated


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_one_school_year_on_the_school_calendar(today):
    journey = build_demo(today, "nl")
    days = [m.date for m in journey.meetings]
    year = school_year_of(days[0])
    assert days == meeting_days(year) and len(days) == 10
    assert (days[0].month, days[-1].month) == (9, 6) and {school_year_of(d) for d in days} == {year}
    holidays = breaks(year)
    for day in days:
        assert day.weekday() == 2 and day.month not in (7, 8), day
        assert not any(start <= day < end for start, end in holidays), day
    # no meeting in the exams but the look-back, which designs nothing
    assert [d for d in days if in_exams(d)] in ([], [days[-1]])
    assert all(b.kind.value != "subgroup" for b in journey.meetings[-1].blocks)
    assert all(b - a >= timedelta(weeks=2) for a, b in zip(days, days[1:]))


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_story_is_told_up_to_today(today):
    journey = build_demo(today, "nl")
    held = [m for m in journey.meetings if m.date <= today]
    assert held and held == journey.meetings[: len(held)]
    assert all(m.status is MeetingStatus.CLOSED for m in held)
    assert all(m.status is MeetingStatus.PLANNED and not m.ideas and not m.notes
               for m in journey.meetings[len(held):])  # fmt: skip
    # held meetings with minutes, ideas, agreements, phase history and evidence, whatever the day
    assert all(m.notes for m in held) and any(m.ideas for m in held) and journey.agreements
    assert len(journey.phases) >= 2 and journey.goals and journey.readings
    # nothing of the story lies after today, and nothing was done before it was agreed
    assert all(day <= today for day in _story_dates(journey)), today
    assert all(a.meeting_id <= len(held) for a in journey.agreements)
    assert all(
        a.status is AgreementStatus.OPEN for a in journey.agreements if a.meeting_id == len(held)
    )
    # what happened at a meeting is the same whatever day the demo is opened
    whole = build_demo(date(school_year_of(journey.meetings[0].date) + 1, 7, 1), "nl")
    assert {(r.on, r.class_code, r.value) for r in journey.readings} <= {
        (r.on, r.class_code, r.value) for r in whole.readings
    }
    # the leaders are asked to show the step card only once it was tried in class
    tried = any(p.phase == 4 for p in journey.phases)
    assert ("stappenkaart" in journey.group.asks_leaders) == tried
    # no exam results before the exams: readings are chapter tests outside holidays and exams
    assert all(free(r.on) and r.on.weekday() < 5 for r in journey.readings)
    assert not journey.inquiry[0].results


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_next_meeting_is_soon_where_the_year_allows(today):
    journey = build_demo(today, "nl")
    ahead = journey.next_meeting(today)
    running = meeting_days(school_year_of(today))
    if ahead is None:  # the year is over, or the running one has not met yet (the summer)
        assert today > journey.meetings[-1].date and (
            today.month in (6, 7, 8) or running[0] > today
        )
        return
    # at most four school Wednesdays (no holiday, no exams) skipped before the next meeting
    skipped = [today + timedelta(days=n) for n in range(1, (ahead.date - today).days)]
    assert len([d for d in skipped if d.weekday() == 2 and free(d)]) <= 4, ahead.date


@pytest.mark.parametrize("today", DAYS, ids=str)
@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_demo_builds_and_exports_on_any_day(today, language, tmp_path):
    journey = build_demo(today, language)
    assert journey_tables(journey)
    Workbook.create(tmp_path / "demo.json", journey).close()
    text = journey_markdown(journey, today=today) + leaders_digest(journey, today=today)
    assert to_html(text, journey.group.name, language)
    for meeting in journey.meetings:
        assert meeting_export(journey, meeting, today=today)


def test_the_december_tester_sees_a_meeting_after_the_christmas_break():
    """3 December 2026: the next meeting is the first Wednesday after the Christmas break, not
    one in the exams, and its title names no season that is not true on its day."""
    journey = build_demo(date(2026, 12, 3), "nl")
    ahead = journey.next_meeting(date(2026, 12, 3))
    assert ahead.date == date(2027, 1, 6)
    assert not any("examens" in m.title for m in journey.meetings)
