"""Pilot tests by keys on the goals tab: Enter on a reading opens its form filled in and saves
the change to that reading; x on a goal asks first, saying how many readings go with it; both
are one Ctrl+Z step."""

from __future__ import annotations

from datetime import date

from evidence_fixtures import app_for, with_evidence
from textual.widgets import Input, Select

from plgtui.core.evidence import ReadingSource
from plgtui.tui.dialogs.confirm import ConfirmScreen
from plgtui.tui.dialogs.evidence_forms import ReadingForm
from plgtui.tui.screens.question import QuestionScreen
from plgtui.tui.widgets.date_input import DateInput
from plgtui.tui.widgets.list_table import ListTable


async def goals_tab(pilot) -> None:
    await pilot.press("q", "5")
    await pilot.pause()
    assert pilot.app.screen.current_tab() == "goals"


async def test_enter_on_a_reading_edits_it_in_place_and_ctrl_z_undoes(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    newest = max(book.journey.readings, key=lambda r: r.on)  # the readings list's first row
    book.evidence.edit_reading(newest.id, note="na de uitstap", source="observation")
    count = len(book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("tab")  # from the goals to their readings
        assert app.focused is app.screen.query_one("#readings", ListTable)
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ReadingForm)
        assert form.query_one("#value", Input).value == "66"
        assert form.query_one("#class", Select).value == "3A"
        assert form.query_one("#source", Select).value == "observation"
        assert form.query_one("#note", Input).value == "na de uitstap"
        assert form.query_one("#on", DateInput).given == date(2026, 5, 1)
        assert form.query_one("#goal", Select).disabled
        assert app.focused.id == "class"
        await pilot.press("tab", "end", "backspace", "backspace", *"71,5", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen), app.screen.query_one("#form-error").render()
        edited = next(r for r in book.journey.readings if r.id == newest.id)
        assert (edited.value, edited.class_code, edited.on) == (71.5, "3A", date(2026, 5, 1))
        assert (edited.note, edited.source) == ("na de uitstap", ReadingSource.OBSERVATION)
        assert len(book.journey.readings) == count
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert next(r for r in book.journey.readings if r.id == newest.id).value == 66


async def test_a_refused_edit_keeps_the_reading(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    before = sorted((r.id, r.value) for r in book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("tab", "enter")
        await pilot.pause()
        await pilot.press("tab", "end", "backspace", "backspace", *"140", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReadingForm)
        assert "100" in str(app.screen.query_one("#form-error").render())
        assert sorted((r.id, r.value) for r in book.journey.readings) == before


async def test_x_on_a_goal_asks_with_its_readings_and_ctrl_z_brings_them_back(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    [goal] = book.journey.goals
    count = len(book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        assert app.focused is app.screen.query_one("#goals", ListTable)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert (
            f'"{goal.what}"' in app.screen.question and f"{count} metingen" in app.screen.question
        )
        await pilot.press("n")  # no: nothing goes
        await pilot.pause()
        assert len(book.journey.goals) == 1 and len(book.journey.readings) == count
        await pilot.press("x", "j")
        await pilot.pause()
        assert book.journey.goals == [] and book.journey.readings == []
        assert app.screen.query_one("#readings", ListTable).row_count == 0
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [g.id for g in book.journey.goals] == [goal.id] and len(
            book.journey.readings
        ) == count


async def test_x_on_the_readings_removes_only_the_reading(tmp_path):
    book = with_evidence(tmp_path / "e.json")
    count = len(book.journey.readings)
    app = app_for(book)
    async with app.run_test(size=(120, 40)) as pilot:
        await goals_tab(pilot)
        await pilot.press("tab", "x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "meting van" in app.screen.question
        await pilot.press("j")
        await pilot.pause()
        assert len(book.journey.goals) == 1 and len(book.journey.readings) == count - 1
