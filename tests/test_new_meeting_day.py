"""A new meeting is offered on the group's usual weekday, a week ahead at the earliest, on a
free day: a coach who plans on a Thursday for a group that meets on Wednesdays gets a Wednesday."""

from __future__ import annotations

from datetime import date

from live_fixtures import live_app
from textual.widgets import Input

from plgtui.core.agenda import new_meeting_day
from plgtui.core.model import Group, Journey, Meeting
from plgtui.core.timer import FakeClock

THURSDAY = date(2026, 12, 3)


def journey_meeting_on(*days: date) -> Journey:
    meetings = [
        Meeting(id=n, date=day, title=f"m{n}", length_minutes=120) for n, day in enumerate(days, 1)
    ]
    return Journey(group=Group(name="G"), meetings=meetings)


def test_the_usual_weekday_a_week_ahead_at_the_earliest():
    wednesdays = journey_meeting_on(date(2026, 10, 7), date(2026, 11, 4), date(2026, 11, 25))
    day = new_meeting_day(wednesdays, THURSDAY)
    assert day == date(2026, 12, 16) and day.weekday() == 2  # not Thursday 10 December


def test_the_weekday_most_of_the_last_meetings_fell_on_wins():
    # once on a Tuesday (a holiday week), otherwise on Wednesdays
    journey = journey_meeting_on(date(2026, 10, 7), date(2026, 11, 3), date(2026, 11, 25))
    assert new_meeting_day(journey, THURSDAY).weekday() == 2


def test_a_day_taken_by_another_meeting_moves_a_week_on():
    journey = journey_meeting_on(date(2026, 11, 4), date(2026, 11, 25), date(2026, 12, 16))
    assert new_meeting_day(journey, THURSDAY) == date(2026, 12, 23)


def test_a_group_without_meetings_gets_a_week_from_today():
    assert new_meeting_day(journey_meeting_on(), THURSDAY) == date(2026, 12, 10)


async def test_the_new_meeting_form_offers_that_day(workbook):
    app = live_app(workbook, FakeClock())
    usual = new_meeting_day(workbook.journey, app.today())
    last = workbook.journey.meetings_by_date()[-1].date
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        shown = app.screen.query_one("#date", Input).value
    assert usual.weekday() == last.weekday() and usual.strftime("%d/%m/%Y") in shown
