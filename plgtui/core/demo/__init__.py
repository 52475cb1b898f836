"""A realistic, fictional journey to try plgtui on: a school year of a history group.

The demo is always one whole school year, September to June, of ten meetings on the Flemish
school calendar (school_year.py): the running year from its first meeting on, else the one that
just ended. The meetings before today are held, the rest planned, and the story stops at today:
whatever is tied to a meeting (a phase, an agreement's outcome, a self-assessment, evidence)
exists only once that meeting is held. By the end of the year it shows what a coach looks for: the inquiry filled in up to the step the group is at, two
self-assessments months apart, ticked signals, a member who stopped, a guest, visitors at the
meetings built around their input, a dropped agreement with its reason, every technique.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from types import ModuleType

from plgtui.core.agenda import EFFECTS, block_from_technique, followup_prompts
from plgtui.core.demo import plan, school_year, text_en, text_nl
from plgtui.core.demo.evidence import add_evidence
from plgtui.core.model import (
    CONDITION_KEYS,
    FUNCTIONING_KEYS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Block,
    BlockKind,
    FunctioningCheck,
    Group,
    Idea,
    Inquiry,
    Journey,
    Meeting,
    MeetingStatus,
    Member,
    Output,
    PhaseEntry,
    PhaseNote,
    Presence,
    QuestionVersion,
    Role,
    SelfCheck,
    Theme,
)
from plgtui.core.phases import load_phases
from plgtui.core.techniques import find, load_techniques

TEXTS: dict[str, ModuleType] = {"nl": text_nl, "en": text_en}
BEFORE = -min(m for _phase, m in plan.PHASES)  # meeting days before the kick-off that matter


def build_demo(today: date, language: str = "nl") -> Journey:
    t = TEXTS[language]
    year = school_year.demo_year(today)
    dates = school_year.meeting_days(year)
    days = (
        school_year.meeting_days(year - 1)[-BEFORE:] + dates
    )  # the leaders began the spring before
    held = sum(d <= today for d in dates)

    def day(meeting: int) -> date:
        return days[BEFORE + meeting]

    def met(meeting: int) -> bool:
        return meeting < held

    members = [
        Member(id=i + 1, name=n, role=Role(r), school="" if s is None else t.SCHOOLS[s])
        for i, (n, r, s) in enumerate(plan.MEMBERS)
    ]
    for index, meeting in plan.LEFT.items():
        if met(meeting - 1):  # she said goodbye; she belongs to no meeting after that one
            left = day(meeting) if met(meeting) else day(meeting - 1) + timedelta(days=1)
            members[index] = replace(members[index], active=False, left=left)
    journey = Journey(
        group=Group(
            name=t.GROUP, subject=t.SUBJECT, schools=list(t.SCHOOLS), language=language,
            start=day(0), norms=list(t.NORMS),
            asks_leaders="\n".join(
                line for line, m in zip(t.ASKS_LEADERS.splitlines(), plan.ASKS_LEADERS_AT, strict=True)
                if met(m)
            ),
        ),
        members=members,
        questions=[
            QuestionVersion(id=i + 1, text=q, reason=why, created=day(m))
            for i, ((q, why), m) in enumerate(zip(t.QUESTIONS, plan.QUESTION_MEETINGS, strict=True))
            if met(m)
        ],
        phases=[
            PhaseEntry(id=i + 1, phase=p, entered=day(m), reason=why)
            for i, ((p, m), why) in enumerate(zip(plan.PHASES, t.PHASE_REASONS, strict=True))
            if met(m)
        ],
    )  # fmt: skip
    journey.meetings = _meetings(t, language, dates, today, members)
    journey.agreements = _agreements(t, dates, members, journey.meetings, held)
    for meeting in journey.meetings:
        # what was still open when the meeting began
        waiting = [
            a for a in journey.agreements
            if a.meeting_id < meeting.id and (a.is_open or a.status_changed >= meeting.date)
        ]  # fmt: skip
        for block in meeting.blocks:
            if block.kind is BlockKind.FOLLOWUP and not block.prompts:
                block.prompts = followup_prompts(journey, waiting)
    journey.themes = [
        Theme(id=i + 1, title=title, member_ids=[members[o].id for o in owners],
              notes=notes if met(at) else "")
        for i, (title, owners, notes, at) in enumerate(
            zip(t.THEMES, plan.THEMES, t.THEME_NOTES, plan.THEME_NOTES_AT, strict=True))
        if met(plan.THEME_IDEAS[i][0])
    ]  # fmt: skip
    for theme, (m, place) in zip(journey.themes, plan.THEME_IDEAS, strict=False):
        _idea(journey.meetings[m], place).theme_id = theme.id
    journey.outputs = [
        Output(id=i + 1, title=title, theme_id=theme + 1, tried_in_class=tried, shown_at=where)
        for i, ((theme, tried), (title, where), m) in enumerate(
            zip(plan.OUTPUTS, t.OUTPUTS, plan.OUTPUT_MEETINGS, strict=True))
        if met(m)
    ]  # fmt: skip
    journey.inquiry = [_inquiry(t, day, met, journey.agreements)]
    journey.selfchecks = [
        SelfCheck(
            id=i + 1, on=day(m), scores=dict(zip(CONDITION_KEYS, scores, strict=True)), notes=notes
        )
        for i, ((m, scores), notes) in enumerate(zip(plan.SELFCHECKS, t.SELFCHECK_NOTES, strict=True))
        if met(m)
    ]  # fmt: skip
    journey.functioning = [
        FunctioningCheck(id=i + 1, on=day(m), scores=dict(zip(FUNCTIONING_KEYS, s, strict=True)))
        for i, (m, s) in enumerate(plan.FUNCTIONING)
        if met(m)
    ]
    phases, _problem = load_phases(language)
    journey.phase_notes = [
        PhaseNote(
            id=phase,
            notes=t.PHASE_NOTES.get(phase, "") if met(plan.PHASE_NOTES_AT[phase]) else "",
            signals={
                signal: day(m)
                for signal, m in zip(phases[phase].signals, ticked, strict=True)
                if m is not None and met(m)
            },
        )
        for phase, ticked in plan.SIGNALS.items()
        if any(p.phase == phase for p in journey.phases)
    ]
    add_evidence(journey, language)  # what changed for the pupils (demo/evidence.py)
    return journey


def _idea(meeting: Meeting, place: int) -> Idea:
    return meeting.ideas[place]


def _meetings(
    t: ModuleType, language: str, dates: list[date], today: date, members: list[Member]
) -> list[Meeting]:
    techniques = load_techniques(language)
    teachers = [m for m in members if m.role is Role.MEMBER]
    meetings = []
    block_id = idea_id = 0
    for index, (day, blocks, words) in enumerate(zip(dates, plan.BLOCKS, t.MEETINGS, strict=True)):
        held = day <= today  # a meeting day: the demo has already met
        meeting = Meeting(
            id=index + 1,
            date=day,
            title=words["title"],
            status=MeetingStatus.CLOSED if held else MeetingStatus.PLANNED,
            notes=words["notes"] if held else "",
            decisions=list(words["decisions"]) if held else [],
            learnings=list(words.get("learnings", [])) if held else [],
            norms_kept=t.NORMS_REVIEWS.get(index, ("", ""))[0] if held else "",
            norms_note=t.NORMS_REVIEWS.get(index, ("", ""))[1] if held else "",
            guests=list(words.get("guests", [])) if held else [],
            place=t.SCHOOLS[index % len(t.SCHOOLS)],  # the schools take turns as host
            # after lesson hours: Wednesday afternoon has no lessons (a research lesson is
            # observed in the last morning hour, so that meeting starts before it)
            start=plan.STARTS.get(index, "13:30"),
        )
        for place, ((kind, minutes, technique), (title, prompts)) in enumerate(
            zip(blocks, words["blocks"], strict=True)
        ):
            block_id += 1
            found = find(techniques, technique) if technique else None
            if found is not None:
                block = block_from_technique(block_id, found, title)
                block = replace(block, kind=BlockKind(kind), prompts=list(prompts) or block.prompts)
            else:
                block = Block(block_id, BlockKind(kind), title, minutes, prompts=list(prompts))
            if (index, place) in plan.EFFECTS_BLOCKS:
                block.purpose = EFFECTS
            holders = plan.ROLE_HOLDERS.get((index, place), [])
            block.role_holders = {
                role: members[who].id for role, who in zip(block.roles, holders, strict=False)
            }
            meeting.blocks.append(block)
            for text in words["ideas"].get(place, []) if held else []:
                idea_id += 1
                meeting.ideas.append(Idea(id=idea_id, block_id=block.id, text=text))
        if held:
            _held(meeting, index, teachers, members)
            people = sum(  # the teachers who take part; visitors do not take turns
                meeting.attendance.get(t.id) is Presence.PRESENT for t in teachers
            )
            for place, block in enumerate(meeting.blocks):  # a minute or two off, either way
                planned = round(block.planned_seconds(people) / 60)
                block.actual_minutes = float(planned + (index + place) % 4 - 1)
        # two hours on a Wednesday afternoon, an hour and a half when less is planned, two and a
        # half around a research lesson
        planned = sum(b.planned_seconds(len(teachers)) for b in meeting.blocks) / 60
        meeting.length_minutes = 90 if planned <= 80 else 120 if planned <= 120 else 150
        meetings.append(meeting)
    return meetings


def _held(meeting: Meeting, index: int, teachers: list[Member], members: list[Member]) -> None:
    """Who came, and how the votes fell, at a meeting that took place."""
    # the ideas of a voting block's meeting got dots; elsewhere ideas were only gathered
    if any(s.vote for b in meeting.blocks for s in b.steps):
        for n, idea in enumerate(meeting.ideas):
            idea.votes = (len(meeting.ideas) - n) * 2
    for member in [members[plan.COACH], *teachers]:
        if member.member_on(meeting.date):
            place = members.index(member)
            excused = (place, index) in plan.EXCUSED
            meeting.attendance[member.id] = Presence.EXCUSED if excused else Presence.PRESENT
    for place in plan.VISITS.get(index, []):
        meeting.attendance[members[place].id] = Presence.PRESENT


def _agreements(
    t: ModuleType, dates: list[date], members: list[Member], meetings: list[Meeting], held: int
) -> list[Agreement]:
    """The agreements made at the held meetings (a prefix of plan.AGREEMENTS, so the ids stay);
    one is done or dropped only once the meeting after it is held, else still open."""
    agreements = []
    for i, ((m, kind, owners, status), text) in enumerate(
        zip(plan.AGREEMENTS, t.AGREEMENTS, strict=True)
    ):
        if m >= held:
            break
        if m + 1 >= held:
            status = AgreementStatus.OPEN.value
        closed = AgreementStatus(status) is not AgreementStatus.OPEN
        agreements.append(
            Agreement(
                id=i + 1,
                text=text,
                kind=AgreementKind(kind),
                meeting_id=m + 1,
                owners=[members[o].id for o in owners],
                due=dates[m + 1] if m + 1 < len(dates) else None,
                status=AgreementStatus(status),
                status_changed=dates[m + 1] if closed else None,
                reason=t.REASONS.get(i, "") if closed else "",
            )
        )
    for agreement, (m, place) in plan.FROM_IDEAS.items():
        if agreement < len(agreements):
            _idea(meetings[m], place).agreement_id = agreements[agreement].id
    return agreements


def _inquiry(t: ModuleType, day, met, agreements: list[Agreement]) -> Inquiry:
    """The inquiry cycle as far as the held meetings filled it in."""
    ticked = {key: day(m) for key, m in plan.QUALITY_TICKED.items() if met(m)}
    return Inquiry(
        step=[step for m, step in plan.INQUIRY_STEPS.items() if met(m)][-1],
        **{
            key: list(lines) if met(plan.INQUIRY_FILLED[key]) else []
            for key, lines in t.INQUIRY.items()
        },
        agreement_ids=[agreements[a].id for a in plan.ACTION_AGREEMENTS if a < len(agreements)],
        quality={key: note for key, note in t.QUALITY_NOTES.items() if key in ticked},
        quality_ticked=ticked,
    )
