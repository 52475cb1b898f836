"""What changed for the pupils, as records: goals with a measure and their readings, rubrics and
the levels samples of pupil work were scored at, and notes on case pupils in a lesson study.

Pupils appear only as codes the group chooses (a class "3A", a sample "W07", case pupil "A"):
the group's file travels between laptops and to school leaders, and names of pupils have no
place in it (core/privacy.py asks before a name is kept). No I/O, no Textual; model.py lists the
tables in the journey, changes/evidence.py checks and saves them.

Five tables of their own (journey_data.TABLES), so they merge record by record like the rest. A
file from before them opens with the tables empty, and an older plgtui keeps tables it does not
know when it saves, so no schema step was needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class MeasureKind(str, Enum):
    """How a goal is measured: the unit of its baseline, readings and target."""

    PERCENT = "percent"  # 0-100
    COUNT = "count"  # a whole number of pupils, answers...; 0 and up (to `high`, if given)
    SCALE = "scale"  # a number from `low` to `high` (a survey's 1-5)
    RUBRIC = "rubric"  # pupils counted per level of a rubric; the value is the share at
    # `level` or above, in percent


class ReadingSource(str, Enum):
    TEST = "test"
    OBSERVATION = "observation"
    SURVEY = "survey"  # a pupil survey
    OTHER = "other"


@dataclass
class Goal:
    """A goal of the research question with a measure: what is measured, how, in which classes,
    from which baseline to which target."""

    id: int
    what: str  # "score op de bronvragen van de toets"
    kind: MeasureKind = MeasureKind.PERCENT
    classes: list[str] = field(default_factory=list)  # codes the group chooses: "3A", "3B"
    low: float = 0.0  # a scale's lowest value (percent: 0; count: 0)
    high: float | None = None  # a scale's highest (percent: 100; count: None, no top)
    rubric_id: int | None = None  # a rubric goal: the rubric whose levels are counted
    level: int = 0  # a rubric goal: the level (1 = lowest) from which a pupil counts as there
    baseline_on: date | None = None
    baseline: float | None = None
    target: float | None = None
    target_on: date | None = None
    note: str = ""


@dataclass
class Reading:
    """One reading of a goal in one class: a value, or for a rubric goal how many pupils were
    at each level (level 1 = lowest -> pupils)."""

    id: int
    goal_id: int
    on: date
    class_code: str
    value: float | None = None
    levels: dict[int, int] = field(default_factory=dict)
    source: ReadingSource = ReadingSource.TEST
    note: str = ""
    meeting_id: int | None = None  # entered in this meeting's "effects on pupils" block


@dataclass
class Rubric:
    """Criteria and levels, written once and reused. `levels` holds a short description of
    each level, lowest first: level 1 is levels[0]."""

    id: int
    title: str
    criteria: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class RubricScore:
    """A sample of pupil work (under a code) scored on one criterion of a rubric, in a round of
    looking at pupil work (1: before, 2: after, ...)."""

    id: int
    rubric_id: int
    meeting_id: int | None
    round: int
    sample: str  # the work's code: "W07"
    criterion: int  # index into the rubric's criteria, from 0
    level: int  # 1 = the lowest level


@dataclass
class CaseNote:
    """What an observer saw a case pupil (A, B or C) do, at a minute of the observed lesson."""

    id: int
    meeting_id: int
    pupil: str  # "A", "B" or "C": never a name
    minute: int
    text: str
    block_id: int | None = None  # the observe block it was typed in


CASE_PUPILS = ("A", "B", "C")
CASE_PUPILS_MAX = 3
