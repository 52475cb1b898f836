"""Pilot tests of what changed for the pupils, by keys: a goal, readings and the rubric on the
research question's fifth tab; a reading, scores of pupil work and case-pupil notes in a running
meeting; a refused reading and a name in a note."""

from __future__ import annotations

from datetime import date

from conftest import TODAY, journey_state
from evidence_fixtures import app_for, bare_demo, live_at, with_evidence

from plgtui.core.evidence import MeasureKind
from plgtui.core.workbook import Workbook
from plgtui.tui.dialogs.case_note_input import CaseNoteInput
from plgtui.tui.dialogs.confirm import ConfirmScreen
from plgtui.tui.dialogs.evidence_forms import GoalForm, ReadingForm, RubricForm, ScoreForm
from plgtui.tui.screens.distribution import DistributionScreen
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.screens.question import QuestionScreen
from plgtui.tui.widgets.list_table import ListTable


async def goals_tab(pilot) -> None:
    await pilot.press("q")
    assert isinstance(pilot.app.screen, QuestionScreen)
    await pilot.press("5")
    await pilot.pause()
    assert pilot.app.screen.current_tab() == "goals"


async def test_a_goal_its_readings_and_the_rubric_by_keys(tmp_path):
    book = bare_demo(tmp_path / "g.json")
    path = book.path
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("u")
        assert isinstance(app.screen, RubricForm)
        await pilot.press(*"Bronnen", "tab", *"Bron vermelden", "enter", *"Standpunt", "tab")
        await pilot.press(*"begint", "enter", *"op weg", "enter", *"goed", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)

        await pilot.press("g")
        assert isinstance(app.screen, GoalForm)
        await pilot.press(*"score op de bronvragen", "enter")  # the kind: a percentage
        await pilot.press("tab", *"3A, 3B", "enter")  # on to the scale (none for a percentage)
        await pilot.press("tab", "tab", "tab", "tab")  # past the scale and the rubric
        await pilot.press(*"42", "tab", *"15/09/2025", "tab", *"75", "tab", *"15/06/2026")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen), app.screen.query_one("#form-error").render()

        for value in ("48", "55"):
            await pilot.press("m")
            assert isinstance(app.screen, ReadingForm)
            assert app.focused.id == "class"
            await pilot.press("enter", "down", "enter", "tab", *value, "ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
        table = app.screen.query_one("#readings", ListTable)
        assert table.row_count == 2
        assert "3A: 55%" in str(app.screen.query_one("#on-track").render())
        await pilot.press("ctrl+q")

    again = Workbook.open(path)
    journey = again.journey
    (rubric,) = journey.rubrics
    assert (rubric.title, rubric.criteria, rubric.levels) == (
        "Bronnen",
        ["Bron vermelden", "Standpunt"],
        ["begint", "op weg", "goed"],
    )
    (goal,) = journey.goals
    assert (goal.what, goal.kind, goal.classes) == (
        "score op de bronvragen",
        MeasureKind.PERCENT,
        ["3A", "3B"],
    )
    assert (goal.baseline, goal.baseline_on, goal.target, goal.target_on) == (
        42,
        date(2025, 9, 15),
        75,
        date(2026, 6, 15),
    )
    assert sorted((r.class_code, r.value, r.on) for r in journey.readings) == [
        ("3A", 48, TODAY),
        ("3A", 55, TODAY),
    ]
    again.close()


async def test_a_reading_without_a_class_is_refused_and_nothing_saved(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    before = journey_state(book)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("m", "tab", *"70", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReadingForm)
        error = str(app.screen.query_one("#form-error").render())
        assert "Een meting hoort bij een klas: kies uit 3A, 3B." in error
        assert journey_state(book) == before


async def test_a_name_in_a_note_is_asked_about_first(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    member = next(m for m in book.journey.members if len(m.name.split()) > 1).name
    count = len(book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press(
            "m", "enter", "down", "enter", "tab", *"70", "tab", "tab", *f"van {member}"
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert member in app.screen.question
        await pilot.press("n")  # no: back in the form, nothing kept
        await pilot.pause()
        assert isinstance(app.screen, ReadingForm)
        assert len(book.journey.readings) == count
        await pilot.press("ctrl+s", "j")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert book.journey.readings[-1].note == f"van {member}"


async def test_a_reading_removed_after_a_yes(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    count = len(book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press(
            "tab", "x"
        )  # on the readings list; on the goals list x asks about the goal
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("j")
        await pilot.pause()
        assert len(book.journey.readings) == count - 1
        assert (date(2026, 5, 1), "3A") not in {(r.on, r.class_code) for r in book.journey.readings}


async def test_a_reading_in_the_effects_block_is_dated_on_the_meeting(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    live, clock = live_at(book, "effects")
    app = app_for(book, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        await pilot.press("n")
        assert isinstance(app.screen, ReadingForm)
        await pilot.press("enter", "down", "down", "enter", "tab", *"58", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        reading = book.journey.readings[-1]
        assert (reading.class_code, reading.value) == ("3B", 58)
        assert (reading.on, reading.meeting_id) == (live.meeting.date, live.meeting_id)
        assert "+ 3B 58%" in str(app.screen.query_one("#evidence").render())


async def test_pupil_work_scored_by_keys_and_shown_before_and_after(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    live, clock = live_at(book, "assessment-conference")
    app = app_for(book, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        form = app.screen
        assert isinstance(form, ScoreForm)
        assert form.query_one("#round").value == "3"  # the round after the last one scored
        await pilot.press(*"W11", "tab", "tab", "2", "tab", "3", "ctrl+s")
        await pilot.pause()
        assert app.screen is form  # open for the next sample
        await pilot.press(*"W12", "tab", "tab", "4", "ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        here = {(s.sample, s.round, s.criterion, s.level) for s in book.journey.rubric_scores
                if s.meeting_id == live.meeting_id}  # fmt: skip
        assert here == {("W11", 3, 0, 2), ("W11", 3, 1, 3), ("W12", 3, 0, 4)}

        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, DistributionScreen)
        titles = [bars.bar_title for bars in app.screen.query("RoundBars")]
        assert titles == ["ronde 1 · 4 werken", "ronde 2 · 4 werken", "ronde 3 · 2 werken"]
        counts = [bars.counts for bars in app.screen.query("RoundBars")]
        assert counts == [[2, 2, 0, 0], [0, 1, 2, 1], [0, 1, 0, 1]]  # the first criterion
        await pilot.press("right")
        await pilot.pause()
        counts = [bars.counts for bars in app.screen.query("RoundBars")]
        assert counts == [[2, 2, 0, 0], [0, 1, 2, 1], [0, 0, 1, 0]]


async def test_case_pupil_notes_with_the_lesson_minute_and_their_timeline(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    live, clock = live_at(book, "lesson-observe", seconds_in=7 * 60 + 10)
    meeting_id = live.meeting_id
    app = app_for(book, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        assert isinstance(app.screen, CaseNoteInput)
        await pilot.press(*"kijkt naar buiten", "enter", "tab")
        clock.advance(5 * 60)
        await pilot.press(*"vraagt hulp aan buur", "enter")
        member = book.journey.members[0].name
        await pilot.press(*f"{member} kijkt mee", "enter")  # a name: asked first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n", "ctrl+u", "escape")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        notes = [
            (n.pupil, n.minute, n.text)
            for n in book.journey.case_notes
            if n.meeting_id == meeting_id
        ]
        assert notes == [("A", 7, "kijkt naar buiten"), ("B", 12, "vraagt hulp aan buur")]
        shown = str(app.screen.query_one("#evidence").render())
        assert "Casusleerling A" in shown and "12′ vraagt hulp aan buur" in shown

    # The discussion block lists them as a timeline.
    book.meetings.add_block(meeting_id, live.block.kind, "", technique=_technique("lesson-discuss"),
                            after=live.block.id)  # fmt: skip
    live.next()
    while live.block.technique != "lesson-discuss":
        live.next()
    app = app_for(book, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("#evidence")
        assert "7′ kijkt naar buiten" in str(panel.render())
        assert str(panel.border_title) == "Casusleerlingen: tijdlijn"


def _technique(name: str):
    from plgtui.core.techniques import find, load_techniques

    return find(load_techniques("nl"), name)


async def test_the_rubric_before_and_after_from_the_research_question(tmp_path):
    book = with_evidence(tmp_path / "e.json", "en")
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, DistributionScreen)
        titles = [bars.bar_title for bars in app.screen.query("RoundBars")]
        assert titles == ["round 1 · 4 pieces of work", "round 2 · 4 pieces of work"]


async def test_help_on_the_goals_tab_names_its_keys(tmp_path):
    from plgtui.tui.screens.help import HelpScreen

    book = with_evidence(tmp_path / "e.json")
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = dict((action, key) for key, action in app.screen.key_rows())
        assert (rows["Nieuw doel"], rows["Meting"], rows["Rubric"], rows["Voor en na"]) == (
            "g",
            "m",
            "u",
            "j",
        )
