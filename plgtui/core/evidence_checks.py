"""The checks on goals, readings, rubrics, scores and case-pupil notes, before anything is kept.

Each takes a candidate record and returns a new, cleaned one (texts folded, codes as the goal
spells them, numbers as numbers), or raises InputError with a message a person can act on.
Nothing here changes the journey.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from plgtui.core import validate
from plgtui.core.evidence import (
    CASE_PUPILS_MAX,
    CaseNote,
    Goal,
    MeasureKind,
    Reading,
    ReadingSource,
    Rubric,
    RubricScore,
)
from plgtui.core.i18n import _, format_date, number
from plgtui.core.model import Journey
from plgtui.core.validate import InputError

CODE_MAX = 20  # a class, a sample, a case pupil: a code, not a description
CLASSES_MAX = 12
CRITERIA_MAX = 12
LEVELS_MAX = 10
ROUNDS_MAX = 20
MINUTE_MAX = 600  # a lesson, or a double one, with room to spare
NOTE_MAX = 2000


def _enum(kind: type, value: Any, message: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise InputError(_(message, value=value)) from None


def amount(value: Any, label: str) -> float:
    """A number as typed: 62,5 or 62.5, with or without a % sign."""
    if isinstance(value, bool):
        raise InputError(_("evidence.not_a_number", field=label, value=value))
    if isinstance(value, (int, float)):
        found = float(value)
    else:
        text = validate.line(value, label, limit=40).rstrip("%").strip().replace(",", ".")
        try:
            found = float(text)
        except ValueError:
            raise InputError(_("evidence.not_a_number", field=label, value=value)) from None
    if not math.isfinite(found):
        raise InputError(_("evidence.not_a_number", field=label, value=value))
    return found


def code(value: Any, label: str) -> str:
    return validate.line(value, label, limit=CODE_MAX)


def goal_range(goal: Goal) -> tuple[float, float | None]:
    """The lowest and highest value a goal's readings, baseline and target may take."""
    if goal.kind in (MeasureKind.PERCENT, MeasureKind.RUBRIC):
        return 0.0, 100.0
    return goal.low, goal.high


def in_range(goal: Goal, value: Any, label: str) -> float:
    found = amount(value, label)
    low, high = goal_range(goal)
    if goal.kind is MeasureKind.COUNT and found != int(found):
        raise InputError(_("evidence.not_whole", field=label, value=number(found, 2)))
    if found < low or (high is not None and found > high):
        if high is None:
            raise InputError(_("evidence.below", field=label, low=number(low, 2)))
        raise InputError(
            _("evidence.out_of_scale", field=label, low=number(low, 2), high=number(high, 2))
        )
    return found


def goal(journey: Journey, candidate: Goal, *, editing: Goal | None = None) -> Goal:
    what = validate.line(candidate.what, _("field.goal_what"))
    kind = _enum(MeasureKind, candidate.kind, "evidence.bad_kind")
    classes = _classes(candidate.classes)
    low, high = _scale(kind, candidate.low, candidate.high)
    rubric_id, level = None, 0
    if kind is MeasureKind.RUBRIC:
        rubric = _rubric(journey, candidate.rubric_id)
        rubric_id = rubric.id
        level = candidate.level or len(rubric.levels) // 2 + 1  # the upper half counts
        level = validate.whole(level, _("field.goal_level"), low=1, high=len(rubric.levels))
    fresh = Goal(
        id=candidate.id, what=what, kind=kind, classes=classes, low=low, high=high,
        rubric_id=rubric_id, level=level,
        note=validate.line(candidate.note, _("field.note"), required=False),
    )  # fmt: skip
    fresh.baseline_on, fresh.baseline = _pair(
        fresh, candidate.baseline_on, candidate.baseline,
        ("field.baseline_on", "field.baseline", "evidence.baseline_pair"),
    )  # fmt: skip
    fresh.target_on, fresh.target = _pair(
        fresh, candidate.target_on, candidate.target,
        ("field.target_on", "field.target", "evidence.target_pair"),
    )  # fmt: skip
    if fresh.baseline_on and fresh.target_on and fresh.target_on <= fresh.baseline_on:
        raise InputError(_("evidence.target_before_baseline"))
    if editing is not None:
        _readings_still_fit(journey, editing, fresh)
    return fresh


def _classes(given: Any) -> list[str]:
    if isinstance(given, str):  # as typed in one field: "3A, 3B"
        given = given.replace(";", ",").split(",")
    codes = [code(c, _("field.class")) for c in given if isinstance(c, str) and c.strip()]
    if not codes:
        raise InputError(_("evidence.no_classes"))
    if len(codes) > CLASSES_MAX:
        raise InputError(_("input.too_many_items", limit=CLASSES_MAX))
    seen: set[str] = set()
    for c in codes:
        if c.casefold() in seen:
            raise InputError(_("evidence.class_twice", code=c))
        seen.add(c.casefold())
    return codes


def _scale(kind: MeasureKind, low: Any, high: Any) -> tuple[float, float | None]:
    if kind in (MeasureKind.PERCENT, MeasureKind.RUBRIC):
        return 0.0, 100.0
    if kind is MeasureKind.COUNT:
        top = None if high in (None, "") else amount(high, _("field.scale_high"))
        if top is not None and top <= 0:
            raise InputError(_("evidence.bad_scale"))
        return 0.0, top
    if high in (None, "") or low in (None, ""):
        raise InputError(_("evidence.scale_needs_range"))
    bottom, top = amount(low, _("field.scale_low")), amount(high, _("field.scale_high"))
    if bottom >= top:
        raise InputError(_("evidence.bad_scale"))
    return bottom, top


def _rubric(journey: Journey, rubric_id: Any) -> Rubric:
    found = next((r for r in journey.rubrics if r.id == rubric_id), None)
    if found is None:
        raise InputError(_("evidence.no_rubric", id=rubric_id))
    return found


def _pair(
    goal: Goal, on: Any, value: Any, keys: tuple[str, str, str]
) -> tuple[date | None, float | None]:
    """A baseline or a target: a date and a value, both or neither. `keys`: the labels of
    the date and the value, and the message when only one is given."""
    label_on, label, half = _(keys[0]), _(keys[1]), keys[2]
    empty_on = on is None or (isinstance(on, str) and not on.strip())
    empty_value = value is None or (isinstance(value, str) and not value.strip())
    if empty_on and empty_value:
        return None, None
    if empty_on or empty_value:
        raise InputError(_(half))
    return validate.day(on, label_on), in_range(goal, value, label)


def _readings_still_fit(journey: Journey, old: Goal, fresh: Goal) -> None:
    readings = [r for r in journey.readings if r.goal_id == old.id]
    if not readings:
        return
    gone = {r.class_code for r in readings} - set(fresh.classes)
    if gone:
        raise InputError(_("evidence.class_has_readings", code=", ".join(sorted(gone))))
    if (fresh.kind, fresh.rubric_id) != (old.kind, old.rubric_id):
        raise InputError(_("evidence.kind_has_readings"))
    for r in readings:
        if r.value is not None:
            in_range(fresh, r.value, _("field.value"))
    if fresh.baseline_on is not None and min(r.on for r in readings) < fresh.baseline_on:
        raise InputError(_("evidence.reading_before_baseline", date=format_date(fresh.baseline_on)))


def reading(journey: Journey, candidate: Reading) -> Reading:
    goal = next((g for g in journey.goals if g.id == candidate.goal_id), None)
    if goal is None:
        raise InputError(_("evidence.no_goal", id=candidate.goal_id))
    if candidate.on is None or (isinstance(candidate.on, str) and not candidate.on.strip()):
        raise InputError(_("evidence.reading_no_date"))
    on = validate.day(candidate.on, _("field.date"))
    if goal.baseline_on is not None and on < goal.baseline_on:
        # the line runs from the baseline on: an earlier reading has nothing to be judged against
        raise InputError(_("evidence.reading_before_baseline", date=format_date(goal.baseline_on)))
    given = candidate.class_code if isinstance(candidate.class_code, str) else ""
    if not given.strip():
        raise InputError(_("evidence.reading_no_class", classes=", ".join(goal.classes)))
    class_code = next((c for c in goal.classes if c.casefold() == given.strip().casefold()), None)
    if class_code is None:
        raise InputError(
            _("evidence.class_unknown", code=given.strip(), classes=", ".join(goal.classes))
        )
    value, levels = None, {}
    if goal.kind is MeasureKind.RUBRIC:
        levels = _pupils_per_level(journey, goal, candidate.levels)
    elif candidate.value is None or (
        isinstance(candidate.value, str) and not candidate.value.strip()
    ):
        raise InputError(_("evidence.reading_no_value"))
    else:
        value = in_range(goal, candidate.value, _("field.value"))
    meeting_id = candidate.meeting_id
    if meeting_id is not None and journey.meeting(meeting_id) is None:
        raise InputError(_("input.no_meeting", id=meeting_id))
    return Reading(
        id=candidate.id, goal_id=goal.id, on=on, class_code=class_code, value=value,
        levels=levels, source=_enum(ReadingSource, candidate.source, "evidence.bad_source"),
        note=validate.line(candidate.note, _("field.note"), required=False),
        meeting_id=meeting_id,
    )  # fmt: skip


def _pupils_per_level(journey: Journey, goal: Goal, given: Any) -> dict[int, int]:
    rubric = _rubric(journey, goal.rubric_id)
    levels: dict[int, int] = {}
    for level, pupils in dict(given or {}).items():
        at = _level(rubric, level)
        levels[at] = validate.whole(pupils, _("field.pupils"), low=0, high=10_000)
    if not sum(levels.values()):
        raise InputError(_("evidence.no_pupils"))
    return dict(sorted(levels.items()))


def _level(rubric: Rubric, level: Any) -> int:
    try:
        at = int(level)
    except (TypeError, ValueError):
        at = 0
    if (
        isinstance(level, bool)
        or not 1 <= at <= len(rubric.levels)
        or str(at) != str(level).strip()
    ):
        raise InputError(
            _("evidence.level_unknown", level=level, title=rubric.title, top=len(rubric.levels))
        )
    return at


def reading_value(journey: Journey, goal: Goal, reading: Reading) -> float | None:
    """The value a reading stands for: its own, or for a rubric goal the share of pupils at the
    goal's level or above, in percent."""
    if goal.kind is not MeasureKind.RUBRIC:
        return reading.value
    pupils = sum(reading.levels.values())
    if not pupils:
        return None
    return 100 * sum(n for lv, n in reading.levels.items() if lv >= goal.level) / pupils


def rubric(journey: Journey, candidate: Rubric, *, editing: Rubric | None = None) -> Rubric:
    title = validate.line(candidate.title, _("field.rubric_title"))
    criteria = _lines(candidate.criteria, _("field.criterion"), CRITERIA_MAX)
    levels = _lines(candidate.levels, _("field.level"), LEVELS_MAX)
    if not criteria:
        raise InputError(_("evidence.no_criteria"))
    if len(levels) < 2:
        raise InputError(_("evidence.two_levels"))
    if editing is not None:
        used = [s for s in journey.rubric_scores if s.rubric_id == editing.id]
        goals = [g for g in journey.goals if g.rubric_id == editing.id]
        top_level = max([s.level for s in used] + [g.level for g in goals], default=0)
        top_criterion = max((s.criterion for s in used), default=-1)
        readings = [
            lv for r in journey.readings for g in goals if r.goal_id == g.id for lv in r.levels
        ]
        if (
            top_level > len(levels)
            or max(readings, default=0) > len(levels)
            or top_criterion >= len(criteria)
        ):
            raise InputError(_("evidence.rubric_in_use"))
    note = validate.line(candidate.note, _("field.note"), required=False)
    return Rubric(id=candidate.id, title=title, criteria=criteria, levels=levels, note=note)


def _lines(given: Any, label: str, limit: int) -> list[str]:
    lines = [validate.line(x, label) for x in given]  # an empty one is refused, not dropped
    if len(lines) > limit:
        raise InputError(_("input.too_many_items", limit=limit))
    return lines


def score(journey: Journey, candidate: RubricScore) -> RubricScore:
    rubric_ = _rubric(journey, candidate.rubric_id)
    if candidate.meeting_id is not None and journey.meeting(candidate.meeting_id) is None:
        raise InputError(_("input.no_meeting", id=candidate.meeting_id))
    sample = code(candidate.sample, _("field.sample"))
    round_ = validate.whole(candidate.round, _("field.round"), low=1, high=ROUNDS_MAX)
    try:
        criterion = int(candidate.criterion)
    except (TypeError, ValueError):
        criterion = -1
    if not 0 <= criterion < len(rubric_.criteria):
        raise InputError(_("evidence.no_criterion", n=candidate.criterion, title=rubric_.title))
    return RubricScore(
        id=candidate.id, rubric_id=rubric_.id, meeting_id=candidate.meeting_id, round=round_,
        sample=sample, criterion=criterion, level=_level(rubric_, candidate.level),
    )  # fmt: skip


def same_score(journey: Journey, score_: RubricScore) -> RubricScore | None:
    """The score already given to this sample on this criterion in this round, if any."""
    key = (
        score_.rubric_id,
        score_.meeting_id,
        score_.round,
        score_.sample.casefold(),
        score_.criterion,
    )
    return next(
        (s for s in journey.rubric_scores
         if (s.rubric_id, s.meeting_id, s.round, s.sample.casefold(), s.criterion) == key),
        None,
    )  # fmt: skip


def case_note(
    journey: Journey, candidate: CaseNote, *, editing: CaseNote | None = None
) -> CaseNote:
    meeting = journey.meeting(candidate.meeting_id)
    if meeting is None:
        raise InputError(_("input.no_meeting", id=candidate.meeting_id))
    pupil = code(candidate.pupil, _("field.case_pupil")).upper()
    followed = {
        n.pupil for n in journey.case_notes if n.meeting_id == meeting.id and n is not editing
    }
    if pupil not in followed and len(followed) >= CASE_PUPILS_MAX:
        raise InputError(_("evidence.too_many_case_pupils", pupils=", ".join(sorted(followed))))
    minute = validate.whole(candidate.minute, _("field.minute"), low=0, high=MINUTE_MAX)
    text = validate.line(candidate.text, _("field.observation"), required=False, limit=NOTE_MAX)
    if not text:
        raise InputError(_("evidence.empty_note"))
    block_id = candidate.block_id
    if block_id is not None and meeting.block(block_id) is None:
        raise InputError(_("input.no_block", id=block_id))
    return CaseNote(
        id=candidate.id,
        meeting_id=meeting.id,
        pupil=pupil,
        minute=minute,
        text=text,
        block_id=block_id,
    )
