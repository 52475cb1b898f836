"""Pilot tests of the research-question screen, driven by keys."""

from __future__ import annotations

from conftest import TODAY, journey_state
from textual.widgets import SelectionList

from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.question_forms import SelfCheckForm, WordingForm
from plgtui.tui.screens.question import QuestionScreen
from plgtui.tui.widgets.list_table import ListTable


def make_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


async def score_all(pilot, score: str) -> None:
    await pilot.press("s")
    assert isinstance(pilot.app.screen, SelfCheckForm)
    for _ in range(9):  # each row: the score (pre-filled with the last one), then its note
        await pilot.press("end", "backspace", score, "tab", "tab")
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_versions_parts_quality_and_two_selfchecks_survive_a_reopen(blank_inquiry):
    workbook = blank_inquiry
    path = workbook.path
    versions_before = len(workbook.journey.questions)
    app = make_app(workbook)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("tab", *"Cijfers 2025", "tab")  # leaving saves
        await pilot.press("shift+tab", "shift+tab")
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert workbook.question.inquiry.step == "goals"

        await pilot.press("e")
        assert isinstance(app.screen, WordingForm)
        app.screen.query_one("#text").clear()  # the form starts from the current wording
        await pilot.press(*"Welke stap helpt?", "ctrl+s")
        assert isinstance(app.screen, WordingForm)  # a new wording needs a reason
        await pilot.press("tab", *"Observaties", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)

        await pilot.press("ctrl+pagedown", "ctrl+pagedown")  # quality
        quality = app.screen.query_one("#quality", SelectionList)
        assert app.focused is quality
        await pilot.press("space", "down", "space", "n", *"Cijfers", "enter")
        await pilot.pause()
        assert set(workbook.question.inquiry.quality) == {"focused", "grounded"}
        assert workbook.question.inquiry.quality["grounded"] == "Cijfers"

        await pilot.press("ctrl+pagedown")
        await score_all(pilot, "2")
        await score_all(pilot, "3")
        table = app.screen.query_one("#conditions", ListTable)
        assert str(table.get_row_at(0)[1]).startswith("●●●○ 3")
        assert str(table.get_row_at(0)[2]).startswith("●●○○ 2")
        await pilot.press("ctrl+q")

    again = Workbook.open(path)
    journey = again.journey
    assert len(journey.questions) == versions_before + 1
    assert (journey.current_question.text, journey.current_question.reason) == (
        "Welke stap helpt?",
        "Observaties",
    )
    assert again.question.inquiry.data == ["Cijfers 2025"]
    assert [set(c.scores.values()) for c in journey.selfchecks] == [{2}, {3}]
    assert len(journey.selfchecks[0].scores) == 9
    again.close()


async def test_read_only_question_screen_refuses_changes(demo_path):
    book = Workbook.open(demo_path, read_only=True)
    before = journey_state(book)
    app = make_app(book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q", "e", "s", "r")
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.query_one("#part-data").read_only
        for _tab in range(4):  # every tab, every key a writable screen edits with
            await pilot.press(
                "ctrl+pagedown",
                "space",
                "e",
                "right_square_bracket",
                "r",
                "s",
                "n",
                *"xyz",
                "ctrl+s",
            )
            await pilot.pause()
            for _ in range(3):  # out of any form the keys opened (a form asks first)
                if len(app.screen_stack) > 2:
                    await pilot.press("escape", "j")
            assert len(app.screen_stack) == 2
    assert journey_state(book) == before
    book.close()
