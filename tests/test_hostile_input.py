"""Anything a person (or a paste) can type, through the whole workbook API: no crash, a clear
error where the input is refused, and what is accepted comes back the same from the file and
from the export."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export import headings, tables

from plgtui.core.model import AgreementKind, BlockKind
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook
from plgtui.export.journey import journey_markdown
from plgtui.export.minutes import meeting_markdown

PIECES = [
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x1b]52;c;Y2xpcA==\x07",
    "\x9b2J",
    "\x00",
    "\x07",
    "\r",
    "\t",
    "\n",
    "[bold]",
    "[/]",
    "[link=x]",
    "[@click=app.quit]",
    "**",
    "_",
    "`",
    "```",
    "# ",
    "> ",
    "- ",
    "1. ",
    "|",
    "<script>",
    "&amp;",
    "\\",
    "مرحبا",
    "שלום",
    "\u202e",
    "\u200f",
    "👩‍🏫",
    "🇧🇪",
    "é",
    "e\u0301",
    "ﬁ",
    " ",
    "x" * 300,
]
HOSTILE = st.one_of(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=12).map("".join),
    st.text(max_size=40),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from([0, -1, 1, 599, 600, 601])
)
DAYS = st.one_of(st.dates(), st.sampled_from([date.min, date.max, TODAY]))
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def attempt(change):
    """Run one change: refused with InputError is fine, any other exception is a bug."""
    try:
        return change()
    except InputError as exc:
        assert str(exc).strip()  # a message a person can read
        return None


def clean(text: str) -> bool:
    return not RAW_CONTROL.search(text)


def reopened(workbook):
    again = Workbook.open(workbook.path, read_only=True)
    again.close()
    return again.journey


@SETTINGS
@given(text=HOSTILE, due=DAYS, kind=st.sampled_from(list(AgreementKind)))
def test_agreements(workbook, text, due, kind):
    agreement = attempt(lambda: workbook.agreements.add_agreement(text, kind, owners=[2], due=due,
                                                       meeting_id=workbook.journey.meetings[0].id))  # fmt: skip
    if agreement is None:
        return
    assert clean(agreement.text) and "\n" not in agreement.text
    assert agreement in reopened(workbook).agreements
    meeting = workbook.journey.meetings[0]
    exported = meeting_markdown(workbook.journey, meeting, TODAY)
    made = next(t for t in tables(exported) if t[0][1:2] == ["Afspraak"])
    assert agreement.text.strip() in [row[1].strip() for row in made[1:]]
    assert [level for level, _ in headings(exported)].count(1) == 1


@SETTINGS
@given(notes=HOSTILE, decision=HOSTILE, guests=st.lists(HOSTILE, max_size=3))
def test_minutes(workbook, notes, decision, guests):
    meeting_id = workbook.journey.meetings[0].id
    attempt(lambda: workbook.minutes.set_notes(meeting_id, notes))
    attempt(lambda: workbook.minutes.add_decision(meeting_id, decision))
    attempt(lambda: workbook.minutes.set_guests(meeting_id, guests))
    meeting = workbook.meetings.meeting_of(meeting_id)
    assert clean(meeting.notes) and all(clean(d) for d in meeting.decisions)
    assert next(m for m in reopened(workbook).meetings if m.id == meeting_id) == meeting
    exported = meeting_markdown(workbook.journey, meeting, TODAY)
    assert [level for level, _ in headings(exported)].count(1) == 1


@SETTINGS
@given(title=HOSTILE, minutes=NUMBERS, length=NUMBERS, on=DAYS, prompt=HOSTILE, idea=HOSTILE)
def test_meetings_blocks_and_ideas(workbook, title, minutes, length, on, prompt, idea):
    meeting = attempt(lambda: workbook.meetings.add_meeting(on, title, length))
    if meeting is None:
        return
    assert clean(meeting.title) and 5 <= meeting.length_minutes <= 600
    block = attempt(lambda: workbook.meetings.add_block(meeting.id, BlockKind.BRAINSTORM, title, minutes,
                                               prompts=[prompt]))  # fmt: skip
    if block is not None:
        assert block.minutes > 0 and all(clean(p) for p in block.prompts)
        attempt(lambda: workbook.ideas.add_idea(meeting.id, block.id, idea))
    saved = next(m for m in reopened(workbook).meetings if m.id == meeting.id)
    assert saved == workbook.meetings.meeting_of(meeting.id)
    journey_markdown(workbook.journey)  # far dates and odd text do not break the export


@SETTINGS
@given(name=HOSTILE, question=HOSTILE, reason=HOSTILE, on=DAYS, phase=NUMBERS)
def test_group_members_question_and_phase(workbook, name, question, reason, on, phase):
    member = attempt(lambda: workbook.group.add_member(name))
    attempt(lambda: workbook.group.update_group(name=name))
    version = attempt(lambda: workbook.question.set_question(question, reason, on=on))
    attempt(lambda: workbook.phases.enter_phase(phase, on=on, reason=reason))
    again = reopened(workbook)
    if member is not None:
        assert clean(member.name) and member in again.members
    if version is not None:
        assert clean(version.text) and again.current_question == version
    assert again.group == workbook.journey.group and again.phases == workbook.journey.phases


@pytest.mark.parametrize("wrong", [None, 12, 3.5, b"bytes", ["a"], object()])
def test_what_is_not_text_is_refused_clearly(workbook, wrong):
    with pytest.raises(InputError, match="tekst"):
        workbook.agreements.add_agreement(wrong, AgreementKind.FINISH)
    with pytest.raises(InputError):
        workbook.meetings.add_meeting(wrong, "Titel")
