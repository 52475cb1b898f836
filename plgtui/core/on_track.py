"""On track? Each class's latest reading against the straight line from baseline to target.

The line runs from the baseline (its date, its value) to the target (its value, its date); after
the target date it stays at the target. A reading within a tenth of the way from baseline to
target of the line is on track; further on it is ahead, further back behind. A reading at the
target or beyond it has reached it. A target below the baseline (fewer pupils late) is read the
other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from plgtui.core import labels
from plgtui.core.evidence import Goal, MeasureKind, Reading
from plgtui.core.evidence_checks import reading_value
from plgtui.core.i18n import _, format_date, ngettext, number
from plgtui.core.model import Journey

MARGIN = 0.1  # of the distance from baseline to target


class Track(str, Enum):
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    REACHED = "reached"
    NO_READING = "no_reading"
    NO_LINE = "no_line"  # the goal has no baseline or no target yet


@dataclass(frozen=True)
class ClassTrack:
    """Where one class stands: its latest reading (None: none yet), that reading's value, and
    the value the line expects on that day (None without a line)."""

    class_code: str
    track: Track
    latest: Reading | None = None
    value: float | None = None
    expected: float | None = None


def readings_of(journey: Journey, goal: Goal, class_code: str | None = None) -> list[Reading]:
    """A goal's readings (in one class, if given), oldest first."""
    return sorted(
        (r for r in journey.readings
         if r.goal_id == goal.id and (class_code is None or r.class_code == class_code)),
        key=lambda r: (r.on, r.id),
    )  # fmt: skip


def expected_on(goal: Goal, day: date) -> float | None:
    """The value the line from baseline to target gives on `day`."""
    if None in (goal.baseline, goal.target, goal.baseline_on, goal.target_on):
        return None
    span = (goal.target_on - goal.baseline_on).days  # type: ignore[operator]
    done = min(max((day - goal.baseline_on).days / span, 0.0), 1.0)  # type: ignore[operator]
    return goal.baseline + (goal.target - goal.baseline) * done  # type: ignore[operator]


def class_track(journey: Journey, goal: Goal, class_code: str) -> ClassTrack:
    readings = [
        r
        for r in readings_of(journey, goal, class_code)
        if reading_value(journey, goal, r) is not None
    ]
    if not readings:
        return ClassTrack(class_code, Track.NO_READING)
    latest = readings[-1]
    value = reading_value(journey, goal, latest)
    expected = expected_on(goal, latest.on)
    if expected is None or value is None:
        return ClassTrack(class_code, Track.NO_LINE, latest, value)
    up = 1 if goal.target >= goal.baseline else -1  # type: ignore[operator]
    if (value - goal.target) * up >= 0 and goal.target != goal.baseline:  # type: ignore[operator]
        track = Track.REACHED
    else:
        margin = abs(goal.target - goal.baseline) * MARGIN  # type: ignore[operator]
        ahead = (value - expected) * up
        track = (
            Track.AHEAD if ahead > margin else Track.BEHIND if ahead < -margin else Track.ON_TRACK
        )
    return ClassTrack(class_code, track, latest, value, expected)


def goal_tracks(journey: Journey, goal: Goal) -> list[ClassTrack]:
    """Every class of the goal, in the order the goal lists them."""
    return [class_track(journey, goal, c) for c in goal.classes]


def unit(goal: Goal) -> str:
    return "%" if goal.kind in (MeasureKind.PERCENT, MeasureKind.RUBRIC) else ""


def value_text(goal: Goal, value: float | None) -> str:
    """'62,5%' / '62.5%', '14', '3,8'."""
    if value is None:
        return "–"
    return number(value, 1) + unit(goal)


def track_words(goal: Goal, found: ClassTrack) -> str:
    """'3A: 64% op 12 mei 2027, op schema (verwacht 62%)' and the like."""
    state = _(labels.TRACK[found.track.value])
    if found.latest is None:
        return _("track.class_none", code=found.class_code, state=state)
    if found.expected is None:
        return _("track.class_no_line", code=found.class_code, value=value_text(goal, found.value),
                 date=format_date(found.latest.on), state=state)  # fmt: skip
    return _(
        "track.class", code=found.class_code, value=value_text(goal, found.value),
        date=format_date(found.latest.on), state=state, expected=value_text(goal, found.expected),
    )  # fmt: skip


def goal_summary(journey: Journey, goal: Goal) -> str:
    """'2 klassen op schema, 1 klas achter' — each state with its count, in the order of TRACK."""
    tracks = goal_tracks(journey, goal)
    parts = []
    for state in Track:
        count = sum(1 for t in tracks if t.track is state)
        if count:
            parts.append(ngettext(labels.TRACK_COUNT[state.value], count))
    return ", ".join(parts) if parts else _("track.no_classes")
