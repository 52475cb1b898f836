"""Tabs whose widgets are made when first shown: by key, by click, and with what changed while
they were hidden."""

from __future__ import annotations

from conftest import TODAY
from textual.widgets import TextArea

from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.minutes import MinutesScreen
from plgtui.tui.screens.phases import PhasesScreen
from plgtui.tui.screens.question import QuestionScreen
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.tab_bar import TabBar


def make_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


async def test_a_clicked_tab_is_made_filled_and_focused(workbook):
    meeting = workbook.journey.last_meeting(TODAY)
    workbook.minutes.set_notes(meeting.id, "Eerst dit")
    app = make_app(workbook)
    async with app.run_test(size=(120, 36)) as pilot:
        app.push_screen(MinutesScreen(meeting.id))
        await pilot.pause()
        assert not app.screen.query("#notes")  # hidden, so not made yet
        bar = app.screen.query_one(TabBar)
        start, _end, _tab = next(s for s in bar.spans() if s[2] == "tab-notes")
        await pilot.click(TabBar, offset=(start + 1, 0))
        await pilot.pause()
        notes = app.screen.query_one("#notes", TextArea)
        assert notes.text == "Eerst dit"
        assert app.focused is notes
        await pilot.press(*" en dat")
        await pilot.press("ctrl+pagedown")  # leaving the notes saves them
        await pilot.pause()
        assert workbook.journey.meeting(meeting.id).notes == "Eerst dit en dat"


async def test_a_tab_made_late_shows_what_changed_while_it_was_hidden(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, PhasesScreen)
        workbook.phases.add_theme("Nieuw thema")  # while the themes tab was never shown
        await pilot.pause()
        assert not app.screen.query("#themes")
        await pilot.press("2")
        await pilot.pause()
        table = app.screen.query_one("#themes", ListTable)
        assert app.focused is table
        assert table.row_count == len(workbook.journey.themes)
        assert "Nieuw thema" in str(table.get_row_at(table.row_count - 1)[0])
        workbook.phases.add_theme("Nog een")  # once made, the tab follows the journey itself
        await pilot.pause()
        assert table.row_count == len(workbook.journey.themes)


async def test_stepping_through_the_tabs_makes_each_once(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("q")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("ctrl+pagedown")
        versions = app.screen.query_one("#versions", ListTable)
        assert versions.row_count == len(workbook.journey.questions)
        await pilot.press("ctrl+pagedown", "ctrl+pagedown", "ctrl+pagedown")  # round to the start
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert app.screen.query_one("#versions", ListTable) is versions  # not made again
        assert len(versions.columns) == 4
