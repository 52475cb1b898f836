"""Dates as Flemish people type them: every accepted form reads back as the day it names, a day
without a year is the coming one, and an impossible day is refused with the forms to use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import TODAY
from hypothesis import given
from hypothesis import strategies as st

from plgtui.core import i18n, validate
from plgtui.core.dates import read_day, write_day
from plgtui.core.i18n import format_short_date
from plgtui.core.validate import InputError

DEC_17 = date(2026, 12, 17)


@pytest.mark.parametrize(
    "text",
    ["2026-12-17", "17/12/2026", "17-12-2026", "17.12.2026", "17/12/26", "17/12", "17-12",
     "17.12", " 17/12/2026 "],
)  # fmt: skip
def test_every_form_a_flemish_teacher_writes(text):
    assert read_day(text, TODAY) == DEC_17  # TODAY is 21 May 2026


@pytest.mark.parametrize("text", ["3/4/2026", "03/04/2026", "3-4-26", "3.4.2026"])
def test_the_day_comes_first_and_may_be_one_digit(text):
    assert read_day(text, TODAY) == date(2026, 4, 3)


@pytest.mark.parametrize(
    "text",
    ["31/02/2026", "31/02", "30/02/26", "29/02/2026", "32/01/2026", "17/13/2026", "00/12/2026",
     "2026-02-31", "17/12-2026", "17/12/202", "1712", "17 december", "", "morgen", "2026/12/17"],
)  # fmt: skip
def test_what_names_no_day(text):
    assert read_day(text, TODAY) is None


def test_a_day_without_a_year_is_the_coming_one():
    assert read_day("21/05", TODAY) == TODAY  # today itself is still coming
    assert read_day("20/05", TODAY) == date(2027, 5, 20)  # yesterday: next year's
    assert read_day("01/01", date(2026, 12, 31)) == date(2027, 1, 1)
    assert read_day("29/02", TODAY) == date(2028, 2, 29)  # the next leap year
    assert read_day("29/02", date(2096, 3, 1)) == date(2104, 2, 29)  # 2100 is no leap year


def test_the_fields_write_day_first():
    assert write_day(date(2026, 4, 3)) == "03/04/2026"


# Forms with a year read back any day; a two-digit year, this century's days; no year, the
# coming year's days, counted from TODAY.
FORMS = {
    "iso": (lambda d: d.isoformat(), st.dates(min_value=date(1000, 1, 1))),
    "shown": (write_day, st.dates(min_value=date(1000, 1, 1))),
    "slash": (lambda d: f"{d.day}/{d.month}/{d.year}", st.dates(min_value=date(1000, 1, 1))),
    "dash": (lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}", st.dates(min_value=date(1000, 1, 1))),
    "dot": (lambda d: f"{d.day}.{d.month}.{d.year}", st.dates(min_value=date(1000, 1, 1))),
    "short year": (
        lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
        st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    ),
    "no year": (
        lambda d: f"{d.day}/{d.month}",
        st.dates(min_value=TODAY, max_value=TODAY.replace(year=TODAY.year + 1) - timedelta(days=1)),
    ),
    "no year, dash": (
        lambda d: f"{d.day:02d}-{d.month:02d}",
        st.dates(min_value=TODAY, max_value=TODAY.replace(year=TODAY.year + 1) - timedelta(days=1)),
    ),
}


@pytest.mark.parametrize("form", FORMS)
def test_any_day_written_in_an_accepted_form_reads_back_as_itself(form):
    write, days = FORMS[form]

    @given(days)
    def reads_back(day):
        assert read_day(write(day), TODAY) == day
        assert validate.day(write(day), "Datum", today=TODAY) == day

    reads_back()


def test_an_impossible_day_is_refused_with_the_forms_to_use():
    with pytest.raises(InputError) as refused:
        validate.day("31/02", "Datum", today=TODAY)
    assert str(refused.value) == (
        "Datum: '31/02' is geen datum (schrijf bv. 17/12/2026, 17/12/26 of 17/12)."
    )
    i18n.set_language("en")
    with pytest.raises(InputError, match="day first"):
        validate.day("31/02/2026", "Date", today=TODAY)


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_no_day_at_all_is_said_plainly(empty):
    with pytest.raises(InputError, match="^Datum mag niet leeg zijn.$"):
        validate.day(empty, "Datum", today=TODAY)


def test_a_day_without_a_year_counts_from_the_machine_unless_told():
    assert validate.day("17/12", "Datum", today=date(2027, 1, 1)) == date(2027, 12, 17)
    coming = validate.day(write_day(date.today())[:5], "Datum")
    assert coming == date.today()


def test_the_short_date_with_its_weekday():
    assert format_short_date(DEC_17, weekday=True) == "do 17 dec 2026"
    i18n.set_language("en")
    assert format_short_date(DEC_17, weekday=True) == "Thu 17 Dec 2026"
    assert format_short_date(DEC_17) == "17 Dec 2026"
