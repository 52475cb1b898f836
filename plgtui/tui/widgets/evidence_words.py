"""Goals, readings, scores and case-pupil notes as short lines for the screens' tables and
panels (the exports have their own words in plgtui/export)."""

from __future__ import annotations

from textual.content import Content

from plgtui.core import labels
from plgtui.core.evidence import CaseNote, Goal, MeasureKind, Reading, ReadingSource, Rubric
from plgtui.core.i18n import _, format_short_date
from plgtui.core.model import Journey
from plgtui.core.on_track import (
    ClassTrack,
    Track,
    goal_summary,
    goal_tracks,
    track_words,
    value_text,
)
from plgtui.tui.ui import plain


def kind_label(kind: MeasureKind) -> str:
    return _(labels.MEASURE_KIND[kind.value])


def source_label(source: ReadingSource) -> str:
    return _(labels.READING_SOURCE[source.value])


def amount(goal: Goal, value: float | None) -> str:
    return value_text(goal, value)


def end(goal: Goal, value: float | None, day) -> str:
    """'42% · 15 sep 2025', or '–' when the group has not set it."""
    if value is None:
        return "–"
    return f"{amount(goal, value)} · {format_short_date(day)}"


def reading_value_text(goal: Goal, reading: Reading, value: float | None) -> str:
    """The value, and for a rubric goal the pupils per level it was counted from."""
    if goal.kind is not MeasureKind.RUBRIC:
        return amount(goal, value)
    counts = " ".join(f"{level}:{n}" for level, n in sorted(reading.levels.items()))
    return f"{amount(goal, value)} ({counts})"


def rubric_text(rubric: Rubric | None) -> Content:
    """The rubric under the goals: its criteria and levels, as written once."""
    if rubric is None:
        return Content(_("rubric.none")).stylize("dim")
    levels = " · ".join(f"{n} {text}" for n, text in enumerate(rubric.levels, start=1))
    return Content("\n").join(
        [
            plain(rubric.title, "bold"),
            Content.assemble(
                Content(_("rubric.criteria") + ": ").stylize("dim"),
                plain(", ".join(rubric.criteria)),
            ),
            Content.assemble(Content(_("rubric.levels") + ": ").stylize("dim"), plain(levels)),
        ]
    )


def timeline(notes: list[CaseNote]) -> Content:
    """Each case pupil's notes in the order of the lesson: 'A  12′ text'."""
    if not notes:
        return Content(_("case.no_notes")).stylize("dim")
    parts: list[Content] = []
    for pupil in sorted({n.pupil for n in notes}):
        lines = [Content(_("case.pupil", pupil=pupil)).stylize("bold")]
        for note in sorted((n for n in notes if n.pupil == pupil), key=lambda n: (n.minute, n.id)):
            lines.append(
                Content.assemble(Content(f"{note.minute:>3}′ ").stylize("dim"), plain(note.text))
            )
        parts.append(Content("\n").join(lines))
    return Content("\n\n").join(parts)


TRACK_STYLE = {
    Track.AHEAD: "$text-success",
    Track.REACHED: "bold $text-success",
    Track.ON_TRACK: "$text-success",
    Track.BEHIND: "bold $text-warning",
}


def on_track(journey: Journey, goal: Goal) -> Content:
    """'On track?' in words: the goal's summary, then each class with its latest reading
    against the line from baseline to target."""
    lines = [
        Content(_("goals.on_track") + " ").stylize("bold") + plain(goal_summary(journey, goal))
    ]
    for found in goal_tracks(journey, goal):
        lines.append(_class_line(goal, found))
    return Content("\n").join(lines)


def _class_line(goal: Goal, found: ClassTrack) -> Content:
    style = TRACK_STYLE.get(found.track, "dim")
    return Content("• ") + plain(track_words(goal, found)).stylize(style)
