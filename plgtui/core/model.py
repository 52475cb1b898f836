"""The journey of one group as plain dataclasses: no I/O, no Textual.

Every record that lives in its own table carries an `id` that is also its TinyDB document id, so
ids stay stable across saves and a diff of the file stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from plgtui.core.evidence import CaseNote, Goal, Reading, Rubric, RubricScore


class Role(str, Enum):
    MEMBER = "member"  # a teacher
    COACH = "coach"
    LEADER = "leader"
    COUNSELLOR = "counsellor"  # a pedagogical adviser
    GUEST = "guest"  # joins now and then; not expected at every meeting


class MeetingStatus(str, Enum):
    PLANNED = "planned"
    LIVE = "live"
    CLOSED = "closed"


class BlockKind(str, Enum):
    WELCOME = "welcome"
    INFORMATION = "information"
    DISCUSSION = "discussion"
    BRAINSTORM = "brainstorm"
    SUBGROUP = "subgroup"
    EVALUATION = "evaluation"
    BREAK = "break"
    FOLLOWUP = "followup"


class Presence(str, Enum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class AgreementKind(str, Enum):
    """The three kinds of agreement the sources ask every meeting to record."""

    FINISH = "finish"
    DISCUSS = "discuss"
    SUPPORT = "support"


class AgreementStatus(str, Enum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


PHASES = (1, 2, 3, 4, 5)


@dataclass
class Group:
    name: str
    subject: str = ""
    schools: list[str] = field(default_factory=list)
    language: str = "nl"
    start: date | None = None
    asks_leaders: str = ""  # what the group asks of its school leaders, for their digest
    norms: list[str] = field(default_factory=list)  # the group's working agreements
    usual_length: int = 0  # minutes a meeting usually lasts; 0: as the last meetings did
    time_signal: bool = False  # the bell as a step's time runs out (core/time_up.py)
    auto_advance: bool = False  # at zero, on to the block's next step by itself
    primary: bool = False  # a primary school's team: the phase texts for primary schools


@dataclass
class Member:
    id: int
    name: str
    role: Role = Role.MEMBER
    school: str = ""
    active: bool = True
    joined: date | None = None  # None: from the group's start
    left: date | None = None

    @property
    def expected(self) -> bool:
        """Teachers and the coach are expected at every meeting; a school leader or adviser
        comes now and then, so a meeting with nothing written down about them says nothing."""
        return self.role in (Role.MEMBER, Role.COACH)

    def member_on(self, day: date) -> bool:
        return (self.joined is None or self.joined <= day) and (
            self.left is None or day < self.left
        )


@dataclass
class QuestionVersion:
    """One wording of the research question; a new wording is a new version."""

    id: int
    text: str
    created: date
    reason: str = ""
    round: int = 1


@dataclass
class PhaseEntry:
    """The group entered `phase` on `entered`; moving back is an entry too."""

    id: int
    phase: int
    entered: date
    reason: str = ""


@dataclass
class Step:
    """One timed step of a technique; a per-person step lasts `minutes` for each one present."""

    title: str
    minutes: float
    who: str = ""
    per_person: bool = False
    vote: bool = False

    def seconds(self, people: int) -> int:
        return round(self.minutes * 60 * (max(people, 1) if self.per_person else 1))


INQUIRY_STEPS = ("grounding", "question", "goals", "doing", "measuring")
# The quality checks of a research question and the nine conditions for effective professional
# development, by key; their wording is content (question_guide), these keys are what is saved.
QUALITY_KEYS = ("focused", "grounded", "pupils", "priorities", "feasible")
CONDITION_KEYS = (
    "ownership", "research", "coherence", "subject", "active",
    "collective", "context", "facilitator", "duration",
)  # fmt: skip


@dataclass
class Inquiry:
    """The inquiry cycle around the research question; one record (`id` 1) per journey.

    Grounding comes as three short lists (data, research, experience), each line with its source.
    """

    id: int = 1
    round: int = 1
    step: str = "grounding"
    data: list[str] = field(default_factory=list)
    research: list[str] = field(default_factory=list)
    experience: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    agreement_ids: list[int] = field(default_factory=list)  # actions followed as agreements
    measures: list[str] = field(default_factory=list)
    results: str = ""
    quality: dict[str, str] = field(default_factory=dict)  # quality key -> note, when ticked
    quality_ticked: dict[str, date] = field(default_factory=dict)


@dataclass
class ScoreCheck:
    """The group's scores (1-4) on a fixed list of points on one day, with notes."""

    id: int
    on: date
    scores: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


class SelfCheck(ScoreCheck):
    """On the nine conditions for effective professional development."""


# How the group works as a PLG, apart from the nine conditions for professional development:
# the characteristics of a PLG in Stoll et al. (2006) and Hord (1997), none overlapping another.
# Older files may hold scores for "collaboration" and "pupils": kept, no longer asked or shown.
FUNCTIONING_KEYS = ("vision", "responsibility", "dialogue", "open_practice", "leadership", "trust")


class FunctioningCheck(ScoreCheck):
    """On how the group works as a PLG."""


@dataclass
class PhaseNote:
    """The group's own notes and ticked readiness signals for one phase (`id` = the phase)."""

    id: int
    notes: str = ""
    signals: dict[str, date] = field(default_factory=dict)  # signal text -> day ticked


@dataclass
class Block:
    """An agenda item. A block with steps (from a technique) lasts as long as its steps."""

    id: int
    kind: BlockKind
    title: str
    minutes: int
    technique: str = ""
    prompts: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    group_size: int = 0
    actual_minutes: float | None = None
    groups: list[list[int]] = field(default_factory=list)  # the groups made during this block
    roles: list[str] = field(default_factory=list)  # the technique's roles (presenter...)
    role_holders: dict[str, int] = field(default_factory=dict)  # role -> member id, chosen live
    # The room (members' phones, core/room.py): ideas sent with a name, or without (the
    # default), and dots per person in a voting step (0: room.DEFAULT_DOTS).
    ideas_named: bool = False
    dots: int = 0
    # What a block is for, whatever its title says: "effects" for the standing block on effects
    # on pupils (core/agenda.effects_block, asked through agenda.is_effects_block); "" for others.
    purpose: str = ""

    def turns(self, people: int) -> int:
        """How many take a turn in a per-person step: the group size when people split up."""
        return min(self.group_size, people) if self.group_size else people

    def planned_seconds(self, people: int) -> int:
        if self.steps:
            return sum(step.seconds(self.turns(people)) for step in self.steps)
        return self.minutes * 60


@dataclass
class LiveState:
    """Where a running meeting stands, saved on every change so a restart resumes it.

    `deadline` is wall-clock seconds (epoch) when running, because a monotonic clock does not
    survive a restart; `remaining` holds the exact rest while paused.
    """

    block: int = 0
    step: int = 0
    running: bool = False
    remaining: float = 0.0
    deadline: float = 0.0
    started: float = 0.0
    entered: float = 0.0
    spent: dict[int, float] = field(default_factory=dict)
    spoken: list[int] = field(default_factory=list)
    # A block's time leaves out pauses (the meeting's own clock does not: it runs on the wall
    # clock to the planned end): paused seconds so far, when the current pause began (0:
    # running, or a state saved before pauses were counted), and the paused seconds when the
    # current block was entered.
    paused: float = 0.0
    paused_at: float = 0.0
    entered_paused: float = 0.0
    idea_scope: int = 0  # which ideas the side panel lists: IDEAS_DEFAULT, IDEAS_ALL or a block id
    idea_order: str = ""  # "votes" or "" (as typed; a voting block sorts by votes anyway)
    turn_order: str = ""  # "least" (who spoke least in this meeting first) or "" (the list)
    group_size: int = 0  # the size the meeting's groups were asked with (0: not known)
    length: float = 0.0  # the step's seconds after + and - (0: as planned, or an older file)


IDEAS_DEFAULT = 0  # this block's ideas; in a voting block the meeting's ideas not yet used
IDEAS_ALL = -1  # every idea of the meeting


@dataclass
class Idea:
    """An idea typed during a block; it may become an agreement or a theme (its id kept here)."""

    id: int
    block_id: int
    text: str
    votes: int = 0
    agreement_id: int | None = None
    theme_id: int | None = None
    author: str = ""  # a name given on a phone, only in a block whose ideas are named

    @property
    def used(self) -> bool:
        return self.agreement_id is not None or self.theme_id is not None


@dataclass
class Meeting:
    id: int
    date: date
    title: str
    status: MeetingStatus = MeetingStatus.PLANNED
    length_minutes: int = 120
    place: str = ""  # where the group meets this time, for the message to members
    start: str = ""  # "HH:MM" when the meeting begins, or "" (files before it had none)
    attendance: dict[int, Presence] = field(default_factory=dict)
    guests: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    ideas: list[Idea] = field(default_factory=list)
    notes: str = ""
    decisions: list[str] = field(default_factory=list)
    learnings: list[str] = field(default_factory=list)  # what the teachers learned
    norms_kept: str = ""  # did we keep our working agreements? "yes", "mostly", "no" or ""
    norms_note: str = ""
    groups: list[list[int]] = field(default_factory=list)  # the last groups made
    live: LiveState | None = None
    coach_joins: bool = False  # the coach and other non-teaching roles take part this time
    turns: dict[int, int] = field(default_factory=dict)  # member id -> turns taken

    def present(self) -> list[int]:
        return [mid for mid, p in self.attendance.items() if p is Presence.PRESENT]

    def block_ideas(self, block_id: int) -> list[Idea]:
        return [i for i in self.ideas if i.block_id == block_id]

    def present_count(self) -> int:
        return sum(1 for p in self.attendance.values() if p is Presence.PRESENT)

    def block(self, block_id: int) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)


@dataclass
class Agreement:
    """Owners are member ids; no owners means the whole group owns it."""

    id: int
    text: str
    kind: AgreementKind
    meeting_id: int | None = None
    owners: list[int] = field(default_factory=list)
    due: date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    status_changed: date | None = None
    reason: str = ""

    @property
    def is_open(self) -> bool:
        return self.status is AgreementStatus.OPEN


@dataclass
class Theme:
    id: int
    title: str
    member_ids: list[int] = field(default_factory=list)
    notes: str = ""


@dataclass
class Output:
    id: int
    title: str
    theme_id: int | None = None
    tried_in_class: bool = False
    shown_at: str = ""


@dataclass
class Choice:
    """One value a side of a merge had: a field's value, or the record removed."""

    value: Any = None
    removed: bool = False
    source: str = ""  # which copy had it: a file name, or "ours"/"theirs"


@dataclass
class Conflict:
    """A field both copies changed to different values, or a record one removed and the other
    changed: kept until someone chooses. `path` leads to it: table, record id, field names,
    and the id of a block or idea inside a meeting."""

    id: int
    path: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    # Both copies added a new wording or phase: keep the newer as current (choice 1) or remove
    # it so the other copy's stands (choice 2, which holds that one to show it).
    current: bool = False


@dataclass
class Journey:
    """Everything one group's file holds, as it is in memory."""

    group: Group
    members: list[Member] = field(default_factory=list)
    questions: list[QuestionVersion] = field(default_factory=list)
    phases: list[PhaseEntry] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    outputs: list[Output] = field(default_factory=list)
    phase_notes: list[PhaseNote] = field(default_factory=list)
    inquiry: list[Inquiry] = field(default_factory=list)  # zero or one record
    selfchecks: list[SelfCheck] = field(default_factory=list)
    functioning: list[FunctioningCheck] = field(default_factory=list)
    # What changed for the pupils (core/evidence.py)
    goals: list[Goal] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    rubrics: list[Rubric] = field(default_factory=list)
    rubric_scores: list[RubricScore] = field(default_factory=list)
    case_notes: list[CaseNote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)  # left by a merge, to choose

    def member(self, member_id: int) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def meeting(self, meeting_id: int) -> Meeting | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)

    @property
    def current_phase(self) -> PhaseEntry | None:
        return self.phases[-1] if self.phases else None

    @property
    def current_question(self) -> QuestionVersion | None:
        return self.questions[-1] if self.questions else None

    def meetings_by_date(self) -> list[Meeting]:
        return sorted(self.meetings, key=lambda m: (m.date, m.id))

    def next_meeting(self, today: date) -> Meeting | None:
        """The first meeting on or after today that has not been closed."""
        upcoming = [
            m
            for m in self.meetings_by_date()
            if m.date >= today and m.status is not MeetingStatus.CLOSED
        ]
        return upcoming[0] if upcoming else None

    def held_meetings(self, today: date) -> list[Meeting]:
        """Meetings that took place: closed ones, and any dated before today."""
        return [
            m for m in self.meetings_by_date() if m.status is MeetingStatus.CLOSED or m.date < today
        ]

    def held_meetings_all(self) -> list[Meeting]:
        """Meetings known to have taken place without asking the date: closed, or with
        attendance taken. Exports use this, so they read the same on any day."""
        return [
            m for m in self.meetings_by_date() if m.status is MeetingStatus.CLOSED or m.attendance
        ]

    def last_meeting(self, today: date) -> Meeting | None:
        held = [m for m in self.meetings_by_date() if m.date <= today]
        return held[-1] if held else None

    def open_agreements(self) -> list[Agreement]:
        return [a for a in self.agreements if a.is_open]
