"""One way to count across screens: done agreements, teachers present, bars from zero, both
attendance rates; the member list opens where there is work; search uses the width."""

from __future__ import annotations

from conftest import TODAY
from textual.widgets import OptionList, Select

from plgtui.core.agreements import tally
from plgtui.core.attendance import records
from plgtui.core.model import AgreementStatus, Presence, Role
from plgtui.core.participants import presence
from plgtui.tui.app import PlgApp
from plgtui.tui.widgets.bars import bars
from plgtui.tui.widgets.overview_panels import group_panel


def test_a_dropped_agreement_is_closed_but_not_done(workbook):
    journey = workbook.journey
    first = journey.agreements[0]
    workbook.agreements.set_agreement_status(
        first.id, AgreementStatus.DROPPED, on=TODAY, reason="niet haalbaar"
    )
    counts = tally(journey.agreements)
    done = sum(1 for a in journey.agreements if a.status is AgreementStatus.DONE)
    assert counts.done == done and counts.dropped >= 1 and counts.total == len(journey.agreements)
    text = group_panel(journey, TODAY)[0].plain
    assert f"{done} van {len(journey.agreements)} afspraken afgewerkt" in text
    assert "geschrapt" in text


def test_presence_counts_the_teachers_not_the_coach(workbook):
    meeting = next(m for m in workbook.journey.meetings if m.attendance)
    present, recorded = presence(workbook.journey, meeting)
    roles = {m.id: m.role for m in workbook.journey.members}
    teachers = [i for i in meeting.attendance if roles[i] is Role.MEMBER]
    assert recorded == len(teachers) < len(meeting.attendance)
    assert present == sum(1 for i in teachers if meeting.attendance[i] is Presence.PRESENT)


def test_bars_start_from_zero():
    assert bars([7, 8, 9], 9).plain == "▆▆▆ ▇▇▇ ███"  # 7 of 9 is a tall bar, not an empty one
    assert bars([0, 1], 8).plain == "    ▁▁▁"  # nobody is nothing; one is the lowest bar


def test_attendance_has_present_and_present_or_excused(workbook):
    record = next(r for r in records(workbook.journey, TODAY) if r.excused)
    assert record.rate == record.present / record.known
    assert record.rate_with_excused == (record.present + record.excused) / record.known
    assert record.rate_with_excused_text != record.rate_text


async def test_member_agreements_open_on_someone_with_open_agreements(workbook):
    journey = workbook.journey
    coach = journey.members[0]
    assert coach.role is Role.COACH and not any(
        coach.id in a.owners for a in journey.agreements if a.is_open
    )
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        chosen = app.screen.query_one(Select).value
        assert any(chosen in a.owners for a in journey.agreements if a.is_open)


async def test_search_results_use_the_width(workbook):
    meeting = workbook.journey.meetings[0]
    long_note = "begin " + "woord " * 40 + "stappenkaart " + "einde " * 40
    workbook.minutes.set_notes(meeting.id, long_note)
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("slash", *"stappenkaart")
        await pilot.pause()
        hits = app.screen.query_one(OptionList)
        shown = [str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count)]
        longest = max(len(s) for s in shown if "einde" in s)
        assert longest > 140, longest
