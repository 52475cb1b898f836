"""The Flemish school calendar, as far as the demo needs it: which Wednesdays a group meets.

Flemish schools follow the calendar in force since the school year 2022-2023: two weeks of
autumn break around 1 November, two at Christmas, two from carnival Monday, two at Easter, and
the summer in July and August. Secondary schools hold exams in December and June: a group does
not meet in the December exams, and in June only to look back. The dates are computed, not
listed, so the demo stays right in any year.
"""

from __future__ import annotations

from datetime import date, timedelta

BREAK = timedelta(days=14)
WEEK = timedelta(weeks=1)
# the ten meetings of a school year: (month, week of the month; 1 = first Wednesday); none in
# December (exams), the first back after the Christmas break, the last a look-back in the June
# exams; so from September on the next meeting is never more than five school weeks away
MEETINGS = [(9, 3), (10, 1), (10, 3), (11, 3), (1, 1), (2, 1), (3, 2), (4, 3), (5, 3), (6, 1)]


def easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (2 * e + 2 * i - h - k + 32) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def breaks(autumn_year: int) -> list[tuple[date, date]]:
    """The school year's holidays that start in `autumn_year` or the spring after: (first day,
    day after the last)."""
    spring = autumn_year + 1
    all_saints = date(autumn_year, 11, 1)
    # 1 November in the second week when it falls early in the week, else in the first
    autumn = _monday(all_saints) - (WEEK if all_saints.weekday() <= 2 else timedelta(0))
    christmas = date(autumn_year, 12, 25)
    winter = _monday(christmas) if christmas.weekday() <= 4 else _monday(christmas) + WEEK
    sunday = easter(spring)
    carnival = sunday - timedelta(days=48)
    if sunday.month == 3:
        spring_break = sunday + timedelta(days=1)
    elif sunday.day > 15:
        spring_break = _monday(sunday) - WEEK
    else:
        spring_break = _monday(date(spring, 4, 7))  # the first Monday of April
    days_off = [date(autumn_year, 11, 11), date(spring, 5, 1)]
    return [(s, s + BREAK) for s in (autumn, winter, carnival, spring_break)] + [
        (d, d + timedelta(days=1)) for d in days_off
    ]


def exams(autumn_year: int) -> list[tuple[date, date]]:
    """The exam periods of secondary schools, (first day, day after the last): from the start of
    December to the Christmas break, and June (schools differ by some days; these are wide)."""
    christmas_break = breaks(autumn_year)[1][0]
    return [
        (date(autumn_year, 12, 1), christmas_break),
        (date(autumn_year + 1, 6, 1), date(autumn_year + 1, 7, 1)),
    ]


def in_exams(day: date) -> bool:
    return any(s <= day < e for s, e in exams(school_year_of(day)))


def free(day: date) -> bool:
    """A school day with no holiday and no exams: one a group can meet on to work."""
    holidays = breaks(school_year_of(day))
    return (
        day.month not in (7, 8) and not any(s <= day < e for s, e in holidays) and not in_exams(day)
    )


def meeting_days(autumn_year: int) -> list[date]:
    """The ten meeting Wednesdays of a school year (MEETINGS), each moved a week on while it falls
    in a holiday or the exams (the June look-back excepted) or within two weeks of the one before."""
    days: list[date] = []
    for month, week in MEETINGS:
        year = autumn_year if month >= 9 else autumn_year + 1
        first = date(year, month, 1)
        day = first + timedelta(days=(2 - first.weekday()) % 7) + WEEK * (week - 1)
        while not (free(day) or month == 6) or (days and day - days[-1] < 2 * WEEK):
            day += WEEK
        days.append(day)
    return days


def school_year_of(day: date) -> int:
    """The autumn year of the school year `day` belongs to (the summer goes with the next)."""
    return day.year if day.month >= 7 else day.year - 1


def demo_year(today: date) -> int:
    """The school year the demo shows on `today`: the running one from its first meeting on;
    before that (July, August, early September) the one that just ended, so that there are
    always meetings behind the group to look at (the coming year would have none yet)."""
    year = school_year_of(today)
    return year if meeting_days(year)[0] <= today else year - 1
