"""A long journey stays quick on screen: long tables fill a page at a time, and a screen under
another one does not redraw for every save."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.widgets import DataTable

from plgtui.app import PlgApp
from plgtui.screens.meetings import MeetingsScreen
from plgtui.screens.overview import OverviewScreen
from plgtui.widgets.row_feed import PAGE
from plgtui.workbook import Workbook

from conftest import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_journey import build  # noqa: E402


def long_journey(tmp_path, meetings=150):
    return Workbook.create(tmp_path / "long.json", build(meetings=meetings, members=8))


async def test_the_meetings_list_adds_rows_as_the_cursor_nears_the_end(tmp_path):
    book = long_journey(tmp_path)
    app = PlgApp(book, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert isinstance(app.screen, MeetingsScreen) and table.row_count == PAGE
        first = table.coordinate_to_cell_key((0, 0)).row_key.value
        newest = max(book.journey.meetings, key=lambda m: (m.date, m.id))
        assert first == str(newest.id)  # newest first
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert table.row_count == 2 * PAGE
        for _ in range(4):
            await pilot.press("ctrl+end")
            await pilot.pause()
        assert table.row_count == len(book.journey.meetings)
    book.close()


async def test_a_screen_below_catches_up_only_when_shown_again(tmp_path):
    book = long_journey(tmp_path, meetings=20)
    app = PlgApp(book, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        overview = app.screen
        assert isinstance(overview, OverviewScreen)
        calls = []
        real = overview._show_journey
        overview._show_journey = lambda: calls.append(1) or real()
        await pilot.press("r")
        await pilot.pause()
        book.update_group(name="Nieuwe naam")
        book.update_group(name="Nog een naam")
        await pilot.pause()
        assert calls == []  # hidden: only marked as behind
        await pilot.press("escape")
        await pilot.pause()
        assert calls == [1]  # one redraw on coming back, not one per save
    book.close()
