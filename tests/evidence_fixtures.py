"""The demo group with evidence of its own, written out here so the interface's tests do not move
when the demo's evidence does: a goal for 3A and 3B with readings, a rubric scored in two
rounds, and a running meeting at a block that gathers evidence, on a fake clock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import TODAY

from plgtui.core import i18n
from plgtui.core.demo import build_demo
from plgtui.core.live import LiveMeeting
from plgtui.core.model import BlockKind
from plgtui.core.techniques import find, load_techniques
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp

READINGS = [
    ((2025, 10, 1), "3A", 48), ((2025, 12, 10), "3A", 55), ((2026, 3, 1), "3A", 61),
    ((2026, 5, 1), "3A", 66), ((2025, 10, 8), "3B", 40), ((2026, 1, 10), "3B", 47),
    ((2026, 4, 1), "3B", 50),
]  # fmt: skip
# (sample, levels per criterion) in round 1 and round 2
ROUNDS = {
    1: [("W01", {0: 1, 1: 2}), ("W02", {0: 2, 1: 1}), ("W03", {0: 1, 1: 1}), ("W04", {0: 2, 1: 2})],
    2: [("W01", {0: 3, 1: 3}), ("W02", {0: 2, 1: 3}), ("W03", {0: 4, 1: 2}), ("W04", {0: 3, 1: 4})],
}


def bare_demo(path: Path, lang: str = "nl") -> Workbook:
    """The demo without any goal, reading, rubric, score or case-pupil note."""
    i18n.set_language(lang)
    journey = build_demo(TODAY, lang)
    for table in ("goals", "readings", "rubrics", "rubric_scores", "case_notes"):
        setattr(journey, table, [])
    Workbook.create(path, journey).close()
    return Workbook.open(path)


def with_evidence(path: Path, lang: str = "nl") -> Workbook:
    book = bare_demo(path, lang)
    evidence = book.evidence
    rubric = evidence.add_rubric(
        "Bronnen" if lang == "nl" else "Sources",
        ["Bron vermelden", "Betrouwbaarheid"] if lang == "nl" else ["Citing", "Reliability"],
        ["begint", "op weg", "goed", "sterk"] if lang == "nl" else ["starting", "on the way", "good", "strong"],
    )  # fmt: skip
    goal = evidence.add_goal(
        "score op de bronvragen" if lang == "nl" else "score on the source questions",
        kind="percent", classes="3A, 3B", baseline_on=date(2025, 9, 15), baseline=42,
        target=75, target_on=date(2026, 6, 15),
    )  # fmt: skip
    for day, code, value in READINGS:
        evidence.add_reading(goal.id, on=date(*day), class_code=code, value=value, source="test")
    meeting = book.journey.meetings[-2].id
    for round_, samples in ROUNDS.items():
        for sample, levels in samples:
            evidence.score_sample(rubric.id, meeting_id=meeting, round=round_, sample=sample,
                                  levels=levels)  # fmt: skip
    return book


def live_at(
    book: Workbook, technique: str, seconds_in: float = 0, lang: str = "nl"
) -> tuple[LiveMeeting, FakeClock]:
    """The demo's next meeting running at a block made from `technique` (added after the
    first), or at its effects block when `technique` is 'effects'; `seconds_in` seconds later."""
    clock = FakeClock()
    meeting = book.journey.meetings[-1]
    live = LiveMeeting.start(book, meeting.id, clock)
    if technique == "effects":  # the standing block, as a new meeting's agenda has it
        title = i18n.CATALOGS[lang]["agenda.effects_title"]
        book.meetings.add_block(meeting.id, BlockKind.DISCUSSION, title, 15, after=live.block.id)
        while live.block.title != title:
            assert live.next()
    else:
        found = find(load_techniques(lang), technique)
        book.meetings.add_block(meeting.id, found.kind, "", technique=found, after=live.block.id)
        while live.block.technique != technique:
            assert live.next()
    live.toggle()
    clock.advance(seconds_in)
    return live, clock


def app_for(book: Workbook, clock: FakeClock | None = None) -> PlgApp:
    return PlgApp(book, today=lambda: TODAY, clock=clock or FakeClock())
