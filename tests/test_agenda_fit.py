"""The core of the meeting's flow without a terminal: a pre-filled agenda fits the meeting,
groups never leave one person alone, and a pause stops a block's time (not the meeting's clock)."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from plgtui.core import agenda
from plgtui.core.agenda_fit import drop_order, fit
from plgtui.core.live import LiveMeeting
from plgtui.core.model import Block, BlockKind, Meeting, Step
from plgtui.core.participants import split
from plgtui.core.timer import FakeClock

KINDS = list(BlockKind)


@st.composite
def agendas(draw):
    blocks = []
    for n in range(1, draw(st.integers(1, 9)) + 1):
        kind = draw(st.sampled_from(KINDS))
        if draw(st.booleans()) and kind is BlockKind.BRAINSTORM:
            steps = [Step(title="s", minutes=draw(st.integers(1, 10))) for _ in range(3)]
            blocks.append(Block(id=n, kind=kind, title=f"b{n}", minutes=0, steps=steps))
        else:
            blocks.append(Block(id=n, kind=kind, title=f"b{n}", minutes=draw(st.integers(1, 60))))
    return blocks


@settings(max_examples=300, deadline=None)
@given(agendas(), st.integers(5, 600), st.integers(1, 12))
def test_a_fitted_agenda_never_exceeds_the_meeting(blocks, length, people):
    discussions = [b.id for b in blocks if b.kind is BlockKind.DISCUSSION]
    fitted = fit(blocks, length, people, drop_order(blocks, discussions))
    assert sum(b.planned_seconds(people) for b in fitted.blocks) <= length * 60
    kept = {b.title for b in fitted.blocks}
    assert kept | set(fitted.left_out) == {b.title for b in blocks}
    for _title, before, after in fitted.shortened:
        assert 1 <= after < before


def test_a_sixty_minute_meeting_from_the_template(workbook):
    meeting = Meeting(id=0, date=date(2026, 9, 2), title="x", length_minutes=60)
    fitted = workbook.meetings.draft_agenda(meeting, agenda.Parts.of(template=True))
    people = agenda.expected_people(workbook.journey, meeting)
    assert sum(b.planned_seconds(people) for b in fitted.blocks) <= 60 * 60
    assert fitted.left_out == ["Werken per thema"]  # sub-groups go before the technique
    kept = [b.title for b in fitted.blocks]
    assert "Effect bij leerlingen" in kept and "1-2-4-allen" in kept
    assert kept[0] == "Welkom en werkafspraken" and kept[-1] == "Afsluiting"
    assert [b.id for b in fitted.blocks] == list(range(1, len(kept) + 1))
    summary = agenda.fit_summary(fitted, 60)
    assert (
        summary.startswith("Agenda: 60 van 60 min.") and "weggelaten: Werken per thema" in summary
    )


def test_the_usual_length_is_the_most_common_of_the_last_meetings(workbook):
    for n, length in enumerate([60, 90, 60]):
        workbook.meetings.add_meeting(date(2027, 1, 10 + n), f"m{n}", length, prefill=False)
    assert agenda.usual_length(workbook.journey) == 60


@given(st.integers(2, 40), st.integers(2, 8), st.integers(0, 1000))
def test_groups_never_leave_one_person_alone(people, size, seed):
    groups = split(list(range(people)), size, random.Random(seed))
    sizes = [len(g) for g in groups]
    assert min(sizes) >= 2 and max(sizes) - min(sizes) <= 1
    assert sorted(i for g in groups for i in g) == list(range(people))


def test_a_pause_stops_the_blocks_time_not_the_meetings_clock(workbook):
    clock = FakeClock()
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Live", 60, prefill=False)
    workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "Een", 10)
    workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "Twee", 10)
    live = LiveMeeting.start(workbook, meeting.id, clock)
    clock.advance(120)  # not started yet: the meeting's clock runs all the same
    assert live.meeting_left() == 3600 - 120
    live.toggle()
    clock.advance(60)
    live.toggle()  # a pause of five minutes
    clock.advance(300)
    assert live.meeting_left() == 3600 - 480
    live.toggle()
    clock.advance(30)
    live.next()
    assert live.state.spent[live.meeting.blocks[0].id] == 90
    live.toggle()
    clock.advance(600)  # paused in the second block
    live.toggle()
    clock.advance(45)
    assert live.actual_seconds()[live.block.id] == 45
    assert live.meeting_left() == 3600 - 1155
