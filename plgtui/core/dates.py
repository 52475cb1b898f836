"""Dates as Flemish people write them in a field, and as the fields show them.

Read: 17/12/2026, 17-12-2026, 17.12.2026, 17/12/26, 17/12 (and 17-12, 17.12) and 2026-12-17.
Day first, always: in Flanders 03/04 is the third of April, whatever the interface language.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# One separator throughout: "17/12-2026" is more likely a slip than a date.
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?")

# A 29 February without a year is at most eight years away (2096, then 2104).
_LEAP_SEARCH = 9


def read_day(text: str, today: date) -> date | None:
    """The day `text` names, or None when it names none (31/02 neither). A day without a year
    is the coming one: the first such day on or after `today`. A two-digit year is this
    century's: the group plans meetings, not history."""
    text = text.strip()
    if found := _ISO.fullmatch(text):
        year, month, day = map(int, found.groups())
        return _day(year, month, day)
    found = _DAY_FIRST.fullmatch(text)
    if not found:
        return None
    day, month, year_text = int(found[1]), int(found[3]), found[4]
    if year_text is None:
        return _coming(day, month, today)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    return _day(year, month, day)


def write_day(day: date) -> str:
    """A day as the date fields show it: 17/12/2026, the way the group writes it."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _coming(day: int, month: int, today: date) -> date | None:
    for year in range(today.year, today.year + _LEAP_SEARCH):
        found = _day(year, month, day)
        if found is not None and found >= today:
            return found
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31/02, month 13, year 0
        return None
