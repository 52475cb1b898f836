"""Screens kept between visits: found as they were left, never stale, never shown twice."""

from __future__ import annotations

from conftest import TODAY
from textual.widgets import Select

from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.meetings import MeetingsScreen
from plgtui.tui.screens.minutes import MinutesScreen
from plgtui.tui.screens.minutes_view import MinutesView
from plgtui.tui.screens.phases import PhasesScreen
from plgtui.tui.widgets.list_table import ListTable
from plgtui.tui.widgets.markdown_text import MarkdownText


def make_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


def row_texts(app: PlgApp) -> list[str]:
    table = app.screen.query_one(ListTable)
    return [str(table.get_row_at(row)[1]) for row in range(table.row_count)]


async def test_a_kept_screen_is_found_as_it_was_left(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("f", "ctrl+pagedown")
        await pilot.pause()
        phases = app.screen
        assert isinstance(phases, PhasesScreen)
        tab = phases.current_tab()
        assert tab != PhasesScreen.FIRST
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        await pilot.press("f")
        await pilot.pause()
        assert app.screen is phases
        assert phases.current_tab() == tab


async def test_a_kept_screen_shows_what_was_saved_while_it_was_away(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        member = app.screen.query_one(Select).value
        assert "Kopieerbudget navragen" not in row_texts(app)
        await pilot.press("escape")
        await pilot.pause()
        workbook.agreements.add_agreement(
            "Kopieerbudget navragen", AgreementKind.SUPPORT, owners=[member]
        )
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert "Kopieerbudget navragen" in row_texts(app)


async def test_a_kept_screen_is_gone_back_to_or_passed_but_never_shown_twice(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        kept = app.screen
        app.action_meetings()  # asked for while it is on top: it stays
        await pilot.pause()
        assert app.screen is kept and len(app.screen_stack) == 2
        await pilot.press("p")  # agreements per member, from the list
        await pilot.pause()
        app.action_meetings()  # right below: go back to it
        await pilot.pause()
        assert app.screen is kept and len(app.screen_stack) == 2
        await pilot.press("p")
        await pilot.pause()
        app.action_search()
        await pilot.pause()
        app.action_meetings()  # deeper down: a passing copy on top
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen) and app.screen is not kept
        assert app.screen_stack.count(kept) == 1
        await pilot.press("escape")  # the list goes back to the overview
        await pilot.pause()
        assert len(app.screen_stack) == 1
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is kept


async def test_the_minutes_being_written_are_kept_for_their_meeting_only(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "w", "ctrl+pagedown")
        await pilot.pause()
        writing = app.screen
        assert isinstance(writing, MinutesScreen) and writing.current_tab() == "notes"
        await pilot.press("escape", "w")  # the same meeting again
        await pilot.pause()
        assert app.screen is writing and writing.current_tab() == "notes"
        await pilot.press("escape", "down", "w")  # another meeting
        await pilot.pause()
        other = app.screen
        assert isinstance(other, MinutesScreen) and other is not writing
        assert other.meeting_id != writing.meeting_id
        assert app.kept.screens().count(other) == 1 and writing not in app.kept.screens()
        await pilot.pause()
        assert not writing.is_running  # let go: removed, its messages no longer handled


async def test_reading_and_writing_the_minutes_go_back_and_forth_without_piling_up(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "w")
        await pilot.pause()
        writing, depth = app.screen, len(app.screen_stack)
        for _ in range(2):
            await pilot.press("f3")  # read them
            await pilot.pause()
            assert isinstance(app.screen, MinutesView)
            await pilot.press("w")  # and write on
            await pilot.pause()
            assert app.screen is writing and len(app.screen_stack) == depth


async def test_the_reading_view_is_kept_and_shows_the_meeting_asked_for(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "enter")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, MinutesView)
        first = view.meeting_id
        await pilot.press("escape", "down", "enter")
        await pilot.pause()
        assert app.screen is view and view.meeting_id != first
        shown = view.query_one(MarkdownText).markdown
        assert workbook.journey.meeting(view.meeting_id).title in shown
        assert workbook.journey.meeting(first).title not in shown


async def test_minutes_asked_for_from_just_above_the_reading_view_are_shown_in_it(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r", "enter")
        await pilot.pause()
        view, depth = app.screen, len(app.screen_stack)
        other = next(m.id for m in workbook.journey.meetings if m.id != view.meeting_id)
        app.action_search()  # a screen above the view that opens minutes
        await pilot.pause()
        app.open_minutes(other)
        await pilot.pause()
        assert app.screen is view and view.meeting_id == other
        assert len(app.screen_stack) == depth
        app.open_minutes(view.meeting_id)  # asked for again while it is on top: it stays
        await pilot.pause()
        assert app.screen is view and len(app.screen_stack) == depth
