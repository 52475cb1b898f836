"""A long journey stays quick on screen: a long list holds every row and goes to the end at
once, and a screen under another one does not redraw for every save."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import TODAY

from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.meetings import MeetingsScreen
from plgtui.tui.screens.overview import OverviewScreen
from plgtui.tui.widgets.list_table import ListTable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_journey import build  # noqa: E402


def long_journey(tmp_path, meetings=150):
    return Workbook.create(tmp_path / "long.json", build(meetings=meetings, members=8))


async def test_the_meetings_list_holds_every_meeting_newest_first(tmp_path):
    book = long_journey(tmp_path)
    app = PlgApp(book, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        table = app.screen.query_one(ListTable)
        assert isinstance(app.screen, MeetingsScreen)
        assert table.row_count == len(book.journey.meetings)
        by_date = book.journey.meetings_by_date()
        assert table.cursor_key == str(by_date[-1].id)  # newest first
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_key == str(by_date[0].id)
        assert table.scroll_y == table.max_scroll_y  # the last row is on screen
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.meeting_id == by_date[0].id
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
        book.group.update_group(name="Nieuwe naam")
        book.group.update_group(name="Nog een naam")
        await pilot.pause()
        assert calls == []  # hidden: only marked as behind
        await pilot.press("escape")
        await pilot.pause()
        assert calls == [1]  # one redraw on coming back, not one per save
    book.close()


async def test_a_screen_out_of_sight_is_not_drawn_again_for_what_it_does_not_show(tmp_path):
    from plgtui.tui.screens.question import QuestionScreen

    book = long_journey(tmp_path, meetings=5)
    app = PlgApp(book, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, QuestionScreen)
        calls = []
        real = question._show_journey
        question._show_journey = lambda: calls.append(1) or real()
        await pilot.press("escape")
        await pilot.pause()
        book.minutes.set_notes(book.journey.meetings[0].id, "andere notities")  # a meeting
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert calls == []  # the research question shows no meeting's notes
        await pilot.press("escape")
        await pilot.pause()
        book.question.set_results("nieuw resultaat")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert calls == [1]
    book.close()
