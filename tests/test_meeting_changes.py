"""Planning a meeting through the workbook: agenda, ideas, groups; each change saved at once."""

from __future__ import annotations

import random
from datetime import date

import pytest

from plgtui.core.model import AgreementKind, BlockKind, MeetingStatus, Presence, Role
from plgtui.core.techniques import find, load_techniques
from plgtui.core.validate import InputError
from plgtui.core.workbook import Workbook


def reopened(workbook: Workbook):
    path = workbook.path
    workbook.close()
    return Workbook.open(path)


def test_a_new_meeting_starts_with_the_follow_up_of_open_agreements(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "September")
    kinds = [b.kind for b in meeting.blocks]
    assert kinds == [BlockKind.FOLLOWUP, BlockKind.DISCUSSION, BlockKind.DISCUSSION]
    opened = workbook.journey.open_agreements()
    to_discuss = [a for a in opened if a.kind is AgreementKind.DISCUSS]
    # (a) and (c) in the follow-up; each (b) its own critical discussion; then the pupils.
    assert len(meeting.blocks[0].prompts) == len(opened) - len(to_discuss) == 3
    assert meeting.blocks[1].title == f"Kritisch bespreken: {to_discuss[0].text}"
    assert meeting.blocks[2].title == "Effect bij leerlingen"
    without = workbook.meetings.add_meeting(date(2026, 9, 9), "Zonder opvolging", followup=False)
    assert [b.title for b in without.blocks] == [meeting.blocks[2].title]
    bare = workbook.meetings.add_meeting(date(2026, 9, 9), "Leeg", prefill=False)
    assert bare.blocks == []


def test_from_the_template_with_a_technique_for_the_phase(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Sjabloon", template=True)
    kinds = [b.kind for b in meeting.blocks]
    assert kinds[:3] == [BlockKind.WELCOME, BlockKind.FOLLOWUP, BlockKind.DISCUSSION]
    brainstorm = next(b for b in meeting.blocks if b.kind is BlockKind.BRAINSTORM)
    technique = find(load_techniques("nl"), brainstorm.technique)
    assert 4 in technique.phases  # the demo group is in phase 4
    assert brainstorm.steps == technique.steps


def test_blocks_are_added_edited_moved_and_removed(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Plan", prefill=False)
    one_two_four = find(load_techniques("nl"), "1-2-4-all")
    a = workbook.meetings.add_block(meeting.id, BlockKind.WELCOME, "Welkom", 5)
    b = workbook.meetings.add_block(meeting.id, BlockKind.BRAINSTORM, "", technique=one_two_four)
    assert b.title == "1-2-4-allen" and b.minutes == 12 and len(b.steps) == 4
    c = workbook.meetings.add_block(meeting.id, BlockKind.BREAK, "Koffie", 10, after=a.id)
    assert [x.id for x in meeting.blocks] == [a.id, c.id, b.id]
    workbook.meetings.move_block(meeting.id, b.id, -5)
    assert [x.id for x in meeting.blocks] == [b.id, a.id, c.id]
    workbook.meetings.update_block(
        meeting.id,
        a.id,
        kind=BlockKind.INFORMATION,
        title="Nieuws",
        minutes=7,
        prompts=["Wat is er nieuw?", "  ", "Wie heeft vragen?"],
    )
    workbook.meetings.remove_block(meeting.id, c.id)
    again = reopened(workbook)
    saved = again.journey.meeting(meeting.id)
    assert [(x.kind, x.title, x.minutes) for x in saved.blocks] == [
        (BlockKind.BRAINSTORM, "1-2-4-allen", 12),
        (BlockKind.INFORMATION, "Nieuws", 7),
    ]
    assert saved.blocks[1].prompts == ["Wat is er nieuw?", "Wie heeft vragen?"]
    assert saved.blocks[0].steps[3].minutes == 5
    again.close()


def test_bad_block_input_is_refused_and_changes_nothing(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Plan", prefill=False)
    with pytest.raises(InputError, match="Minuten"):
        workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "Lang", 0)
    with pytest.raises(InputError, match="Titel"):
        workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "  ", 5)
    with pytest.raises(InputError, match="Hoogstens 12 vragen"):
        workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "V", 5, prompts=["?"] * 13)
    assert meeting.blocks == []


def test_ideas_are_captured_merged_voted_and_turned_into_agreements_and_themes(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Ideeën", prefill=False)
    block = workbook.meetings.add_block(meeting.id, BlockKind.BRAINSTORM, "Brainstorm", 10)
    one = workbook.ideas.add_idea(meeting.id, block.id, "Bronnen uit de krant")
    two = workbook.ideas.add_idea(meeting.id, block.id, "[bold]krant[/] van vandaag")
    three = workbook.ideas.add_idea(meeting.id, block.id, "Tijdlijn op de muur")
    workbook.ideas.vote(meeting.id, one.id, 2)
    workbook.ideas.vote(meeting.id, two.id)
    merged = workbook.ideas.merge_ideas(meeting.id, one.id, two.id)
    assert merged.text == "Bronnen uit de krant / [bold]krant[/] van vandaag"
    assert merged.votes == 3
    workbook.ideas.edit_idea(meeting.id, three.id, "Tijdlijn in de gang")
    agreement = workbook.ideas.idea_to_agreement(meeting.id, three.id, AgreementKind.SUPPORT)
    theme = workbook.ideas.idea_to_theme(meeting.id, one.id)
    with pytest.raises(InputError, match="al een thema"):
        workbook.ideas.idea_to_theme(meeting.id, one.id)
    workbook.ideas.remove_idea(meeting.id, three.id)
    again = reopened(workbook)
    saved = again.journey.meeting(meeting.id)
    assert [(i.text, i.votes) for i in saved.ideas] == [(merged.text, 3)]
    assert again.journey.agreements[-1].text == "Tijdlijn in de gang"
    assert again.journey.agreements[-1].meeting_id == meeting.id == agreement.meeting_id
    assert again.journey.themes[-1].title == theme.title
    again.close()


def test_groups_have_sizes_that_differ_by_at_most_one(workbook):
    meeting = workbook.meetings.add_meeting(date(2026, 9, 2), "Groepen", prefill=False)
    active = [m for m in workbook.journey.members if m.active]
    people = [m.id for m in active if m.role is Role.MEMBER]
    for member in active:
        workbook.meetings.set_presence(meeting.id, member.id, Presence.PRESENT)
    workbook.meetings.set_presence(meeting.id, people.pop(), Presence.ABSENT)
    groups = workbook.meetings.make_groups(meeting.id, 4, random.Random(7))
    assert sorted(len(g) for g in groups) == [3, 4]  # 7 teachers; the coach and guests lead
    assert sorted(x for g in groups for x in g) == sorted(people)
    assert workbook.meetings.make_groups(meeting.id, 4, random.Random(8)) != groups


def test_only_one_meeting_runs_at_a_time_and_ending_records_actual_minutes(workbook):
    from plgtui.core.model import LiveState

    first = workbook.meetings.add_meeting(date(2026, 9, 2), "Eerste", prefill=False)
    block = workbook.meetings.add_block(first.id, BlockKind.WELCOME, "Welkom", 5)
    second = workbook.meetings.add_meeting(date(2026, 9, 9), "Tweede")
    with pytest.raises(InputError, match="nog geen blokken"):
        workbook.meetings.start_meeting(
            workbook.meetings.add_meeting(date(2026, 9, 1), "Leeg", prefill=False).id, LiveState()
        )
    workbook.meetings.start_meeting(first.id, LiveState())
    assert first.status is MeetingStatus.LIVE
    assert len(first.present()) == sum(m.active for m in workbook.journey.members)
    with pytest.raises(InputError, match="loopt nog"):
        workbook.meetings.start_meeting(second.id, LiveState())
    with pytest.raises(InputError, match="terwijl de bijeenkomst loopt"):
        workbook.meetings.remove_block(first.id, block.id)
    workbook.meetings.end_meeting(first.id, {block.id: 437})
    assert first.status is MeetingStatus.CLOSED and first.live is None
    assert block.actual_minutes == 7.3


def test_a_technique_brings_its_questions_unless_told_otherwise(workbook):
    from plgtui.core.techniques import find, load_techniques

    meeting = workbook.journey.meetings[-1]
    tuning = find(load_techniques("nl"), "tuning")
    kept = workbook.meetings.add_block(meeting.id, BlockKind.DISCUSSION, "", technique=tuning)
    assert kept.prompts == tuning.prompts and kept.roles == tuning.roles
    none = workbook.meetings.add_block(
        meeting.id, BlockKind.DISCUSSION, "", technique=tuning, prompts=[]
    )
    assert none.prompts == []
