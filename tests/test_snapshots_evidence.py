"""Snapshots of what changed for the pupils at 80x24 and 160x45, in Dutch and English: the
research question's goals tab (goals, readings, the chart and 'on track?'), the notes on case
pupils beside a lesson study's observe block, and a rubric's levels before and after."""

from __future__ import annotations

import pytest
from evidence_fixtures import app_for, live_at, with_evidence
from test_snapshots import IDS, SIZES, keys
from test_snapshots_live import quiet

LANGS = ["nl", "en"]
NOTES = {
    "nl": [("A", "kijkt eerst naar de bron, dan naar de vraag"), ("B", "vraagt buur om uitleg"),
           ("A", "onderstreept de auteur"), ("C", "schrijft niets bij stap 2")],
    "en": [("A", "looks at the source first, then at the question"), ("B", "asks a neighbour"),
           ("A", "underlines the author"), ("C", "writes nothing at step 2")],
}  # fmt: skip


async def drawn(pilot) -> None:
    """Charts drawn again once the layout has settled: plotext places its tick labels a cell
    apart depending on the sizes it was given before."""
    await pilot.pause()
    for chart in pilot.app.screen.query("GoalChart, RoundBars"):
        chart.refresh()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_goals_tab(snap_compare, tmp_path, lang, size):
    book = with_evidence(tmp_path / "e.json", lang)
    tab = keys("q", "5")

    async def shown(pilot):
        await tab(pilot)
        await drawn(pilot)

    assert snap_compare(app_for(book), terminal_size=size, run_before=shown)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_case_pupils_in_the_observe_block(snap_compare, tmp_path, lang, size):
    book = with_evidence(tmp_path / "e.json", lang)
    live, clock = live_at(book, "lesson-observe", seconds_in=14 * 60, lang=lang)
    for minute, (pupil, text) in zip((3, 5, 9, 12), NOTES[lang]):
        book.evidence.add_case_note(live.meeting_id, pupil=pupil, minute=minute, text=text,
                                    block_id=live.block.id)  # fmt: skip
    assert snap_compare(app_for(book, clock), terminal_size=size, run_before=quiet)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_pupil_work_before_and_after(snap_compare, tmp_path, lang, size):
    book = with_evidence(tmp_path / "e.json", lang)
    live, clock = live_at(book, "assessment-conference", seconds_in=60, lang=lang)

    async def bars(pilot):
        await quiet(pilot)
        await pilot.press("j")
        await drawn(pilot)

    assert snap_compare(app_for(book, clock), terminal_size=size, run_before=bars)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_reading_in_the_effects_block(snap_compare, tmp_path, lang, size):
    """The panel beside the effects block: each goal, on track in words, this meeting's
    readings; and the one-line field for a case pupil is not offered here."""
    book = with_evidence(tmp_path / "e.json", lang)
    live, clock = live_at(book, "effects", seconds_in=90, lang=lang)
    goal = book.journey.goals[0]
    book.evidence.add_reading(goal.id, on=live.meeting.date, class_code="3B", value=58,
                              meeting_id=live.meeting_id)  # fmt: skip
    assert snap_compare(app_for(book, clock), terminal_size=size, run_before=quiet)
