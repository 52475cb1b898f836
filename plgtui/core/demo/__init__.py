"""A realistic, fictional journey to try plgtui on: a year of a history group, now in phase 4.

Dates are laid out around `today`, so the demo always has a meeting behind it and one ahead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from types import ModuleType

from plgtui.core.agenda import followup_prompts
from plgtui.core.demo import plan, text_en, text_nl
from plgtui.core.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Block,
    BlockKind,
    Group,
    Idea,
    Journey,
    Meeting,
    MeetingStatus,
    Member,
    Output,
    PhaseEntry,
    Presence,
    QuestionVersion,
    Role,
    Theme,
)
from plgtui.core.techniques import find, load_techniques

TEXTS: dict[str, ModuleType] = {"nl": text_nl, "en": text_en}
MEETING_INTERVAL = timedelta(weeks=5)


def _wednesday_on_or_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() - 2) % 7)


def build_demo(today: date, language: str = "nl") -> Journey:
    t = TEXTS[language]
    count = len(plan.BLOCKS)
    # The last meeting lies two to three weeks ahead; the ones before it, five weeks apart.
    last = _wednesday_on_or_before(today + timedelta(days=20))
    dates = [last - MEETING_INTERVAL * (count - 1 - i) for i in range(count)]
    start = dates[0] - timedelta(days=14)

    members = [
        Member(id=i + 1, name=n, role=Role(r), school="" if s is None else t.SCHOOLS[s])
        for i, (n, r, s) in enumerate(plan.MEMBERS)
    ]
    teachers = [m for m in members if m.role is Role.MEMBER]
    journey = Journey(
        group=Group(
            name=t.GROUP, subject=t.SUBJECT, schools=list(t.SCHOOLS), language=language,
            start=start,
        ),
        members=members,
        questions=[
            QuestionVersion(id=i + 1, text=q, reason=why, created=start + timedelta(days=d))
            for i, ((q, why), d) in enumerate(zip(t.QUESTIONS, plan.QUESTION_DAYS, strict=True))
        ],
        phases=[
            PhaseEntry(id=i + 1, phase=p, entered=start + timedelta(days=d), reason=why)
            for i, ((p, d), why) in enumerate(zip(plan.PHASES, t.PHASE_REASONS, strict=True))
        ],
    )
    techniques = load_techniques(language)
    block_id = idea_id = 0
    for index, (day, blocks, words) in enumerate(zip(dates, plan.BLOCKS, t.MEETINGS, strict=True)):
        held = day < today
        meeting = Meeting(
            id=index + 1,
            date=day,
            title=words["title"],
            status=MeetingStatus.CLOSED if held else MeetingStatus.PLANNED,
            notes=words["notes"],
            decisions=list(words["decisions"]),
        )
        for (kind, minutes, technique), title in zip(blocks, words["blocks"], strict=True):
            block_id += 1
            found = find(techniques, technique)
            meeting.blocks.append(
                Block(
                    id=block_id,
                    kind=BlockKind(kind),
                    title=title,
                    minutes=minutes,
                    technique=technique,
                    # the start-up intermezzo brings its own questions; later brainstorms
                    # ask about what was tried in class
                    prompts=(
                        list(found.prompts) if found and technique == "vlg-startup"
                        else list(t.PROMPTS) if kind == "brainstorm" else []
                    ),  # fmt: skip
                    steps=[replace(s) for s in found.steps] if found else [],
                    group_size=found.group_size if found else 0,
                    actual_minutes=float(minutes + (index + block_id) % 4 - 1) if held else None,
                )
            )
        brainstorm = next((b for b in meeting.blocks if b.kind is BlockKind.BRAINSTORM), None)
        for n, text in enumerate(words["ideas"]):
            idea_id += 1
            votes = (len(words["ideas"]) - n) * 2 if held else 0
            meeting.ideas.append(Idea(id=idea_id, block_id=brainstorm.id, text=text, votes=votes))
        if held:
            # A steady group: one or two teachers excused now and then, the rest present.
            for n, member in enumerate(teachers + [members[0]]):
                missing = (n + index) % 7 == 0 or (index == 3 and n == 5)
                meeting.attendance[member.id] = Presence.EXCUSED if missing else Presence.PRESENT
        journey.meetings.append(meeting)

    for i, ((m, kind, owners, status), text) in enumerate(zip(plan.AGREEMENTS, t.AGREEMENTS, strict=True)):
        closed = AgreementStatus(status) is not AgreementStatus.OPEN
        journey.agreements.append(
            Agreement(
                id=i + 1,
                text=text,
                kind=AgreementKind(kind),
                meeting_id=m + 1,
                owners=[members[o].id for o in owners],
                due=dates[m + 1] if m + 1 < count else None,
                status=AgreementStatus(status),
                status_changed=dates[m + 1] if closed else None,
            )
        )
    for block in (b for m in journey.meetings for b in m.blocks):
        if block.kind is BlockKind.FOLLOWUP:
            block.prompts = followup_prompts(journey, journey.open_agreements())
    journey.themes = [
        Theme(id=i + 1, title=title, member_ids=[members[o].id for o in owners])
        for i, (title, owners) in enumerate(zip(t.THEMES, plan.THEMES, strict=True))
    ]
    journey.outputs = [
        Output(id=i + 1, title=title, theme_id=theme + 1, tried_in_class=tried, shown_at=where)
        for i, ((theme, tried), (title, where)) in enumerate(zip(plan.OUTPUTS, t.OUTPUTS, strict=True))
    ]
    return journey
