"""What changed for the pupils, in the exports: each goal with its baseline, readings, target and
whether each class is on track (the journey), the same in short for school leaders (the digest),
and what a meeting entered (its minutes): readings, the scores of pupil work per round, and each
case pupil's notes as a timeline. Typed text is escaped as everywhere (markdown.escape)."""

from __future__ import annotations

from plgtui.core import labels
from plgtui.core.evidence import Goal, MeasureKind, Reading, Rubric, RubricScore
from plgtui.core.evidence_checks import reading_value
from plgtui.core.i18n import _, format_date, ngettext
from plgtui.core.model import Journey, Meeting
from plgtui.core.on_track import (
    class_track,
    goal_tracks,
    readings_of,
    track_words,
    value_text,
)
from plgtui.export.evidence_svg import goal_chart
from plgtui.export.markdown import escape, table


def _measure(goal: Goal) -> str:
    kind = _(labels.MEASURE_KIND[goal.kind.value])
    if goal.kind is MeasureKind.SCALE:
        kind += f" ({value_text(goal, goal.low)}–{value_text(goal, goal.high)})"
    return kind


def _line(goal: Goal) -> str:
    """'**Nulmeting:** 40% op 17 september 2025 · **Streefwaarde:** 70% tegen 30 juni 2026'."""
    parts = []
    if goal.baseline is not None:
        parts.append(f"**{_('field.baseline')}:** " + _("export.evidence_baseline",
                     value=value_text(goal, goal.baseline), date=format_date(goal.baseline_on)))  # fmt: skip
    if goal.target is not None:
        parts.append(f"**{_('field.target')}:** " + _("export.evidence_target",
                     value=value_text(goal, goal.target), date=format_date(goal.target_on)))  # fmt: skip
    return " · ".join(parts)


def evidence_lines(journey: Journey, level: int = 2, charts: bool = True) -> list[str]:
    """The evidence section of the journey: per goal its measure, baseline and target, a chart
    (HTML only), the readings and where each class stands; then each rubric's scores by round."""
    if not journey.goals and not journey.rubric_scores:
        return []
    h = "#" * level
    lines = [f"{h} {_('export.evidence')}", ""]
    for goal in journey.goals:
        lines += [f"{h}# {escape(goal.what)}", ""]
        about = f"*{_('field.measure_kind')}:* {_measure(goal)}"
        about += f" · *{_('field.classes')}:* {escape(', '.join(goal.classes))}"
        lines += [about, ""]
        if _line(goal):
            lines += [_line(goal), ""]
        if goal.note:
            lines += [escape(goal.note), ""]
        chart = goal_chart(journey, goal) if charts else None
        if chart is not None:  # in place of the blank line: Markdown shows no chart
            lines[-1] = chart
        readings = readings_of(journey, goal)
        if readings:
            lines += _readings_table(journey, goal, readings)
        lines += [f"**{_('export.on_track')}**", ""]
        lines += [f"- {escape(track_words(goal, t))}" for t in goal_tracks(journey, goal)] + [""]
    for rubric in journey.rubrics:
        scores = [s for s in journey.rubric_scores if s.rubric_id == rubric.id]
        if scores:
            lines += [f"{h}# {_('export.rubric', title=escape(rubric.title))}", ""]
            lines += _rubric_tables(rubric, scores)
    return lines


def _readings_table(journey: Journey, goal: Goal, readings: list[Reading]) -> list[str]:
    rows = []
    for r in readings:
        value = value_text(goal, reading_value(journey, goal, r))
        if r.levels:
            value += " (" + ", ".join(f"{lv}: {n}" for lv, n in sorted(r.levels.items())) + ")"
        rows.append([format_date(r.on), escape(r.class_code), value,
                     _(labels.READING_SOURCE[r.source.value]), escape(r.note)])  # fmt: skip
    header = [
        _("field.date"),
        _("field.class"),
        _("field.value"),
        _("field.source"),
        _("field.note"),
    ]
    return table(header, rows)


def _rubric_tables(rubric: Rubric, scores: list[RubricScore]) -> list[str]:
    """Per criterion and round, how many samples were at each level: the rounds side by side."""
    rounds = sorted({s.round for s in scores})
    header = [_("field.criterion"), _("field.round")]
    header += [f"{n + 1}. {escape(level)}" for n, level in enumerate(rubric.levels)]
    rows = []
    for c, criterion in enumerate(rubric.criteria):
        for r in rounds:
            at = [s.level for s in scores if s.criterion == c and s.round == r]
            if not at:
                continue
            counts = [str(at.count(n + 1)) for n in range(len(rubric.levels))]
            rows.append([escape(criterion), str(r), *counts])
    samples = {r: len({s.sample for s in scores if s.round == r}) for r in rounds}
    said = " · ".join(_("export.round_samples", round=r, samples=ngettext("export.samples", n))
                      for r, n in samples.items())  # fmt: skip
    return [f"*{said}*", "", *table(header, rows)]


def meeting_evidence_lines(journey: Journey, meeting: Meeting, h: str) -> list[str]:
    """What the meeting entered: readings, scores of pupil work and case-pupil notes."""
    readings = sorted(
        (r for r in journey.readings if r.meeting_id == meeting.id), key=lambda r: (r.on, r.id)
    )
    scores = [s for s in journey.rubric_scores if s.meeting_id == meeting.id]
    notes = [n for n in journey.case_notes if n.meeting_id == meeting.id]
    if not (readings or scores or notes):
        return []
    lines = [f"{h}# {_('export.evidence_meeting')}", ""]
    for goal in journey.goals:
        mine = [r for r in readings if r.goal_id == goal.id]
        if mine:
            lines += [f"{h}## {_('export.readings_of', what=escape(goal.what))}", ""]
            lines += _readings_table(journey, goal, mine)
    for rubric in journey.rubrics:
        mine = [s for s in scores if s.rubric_id == rubric.id]
        if mine:
            lines += [f"{h}## {_('export.rubric', title=escape(rubric.title))}", ""]
            lines += _rubric_tables(rubric, mine)
    for pupil in sorted({n.pupil for n in notes}):
        lines += [f"{h}## {_('export.case_pupil', pupil=escape(pupil))}", ""]
        for note in sorted((n for n in notes if n.pupil == pupil), key=lambda n: (n.minute, n.id)):
            lines.append(f"- {_('export.minute', minute=note.minute)} {escape(note.text)}")
        lines.append("")
    return lines


def pupils_lines(journey: Journey) -> list[str]:
    """For school leaders, first: per goal and class the baseline, the latest reading, the
    target and whether the class is on track."""
    if not journey.goals:
        return []
    lines = [f"## {_('export.evidence')}", ""]
    header = [
        _("field.class"),
        _("field.baseline"),
        _("export.latest"),
        _("field.target"),
        _("export.on_track"),
    ]
    for goal in journey.goals:
        lines += [f"**{escape(goal.what)}**", ""]
        rows = []
        for code in goal.classes:
            found = class_track(journey, goal, code)
            latest = (
                "–"
                if found.latest is None
                else (f"{value_text(goal, found.value)} ({format_date(found.latest.on)})")
            )
            rows.append([
                escape(code), value_text(goal, goal.baseline), latest,
                value_text(goal, goal.target), _(labels.TRACK[found.track.value]),
            ])  # fmt: skip
        lines += table(header, rows)
    return lines
