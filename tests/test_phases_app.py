"""Pilot tests of the phase screen: signals, a move with a reason, a theme, an output."""

from __future__ import annotations

from conftest import TODAY, journey_state
from textual.widgets import SelectionList

from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.dialogs.phase_forms import OutputForm, PhaseMoveForm, ThemeForm
from plgtui.tui.screens.phases import PhasesScreen
from plgtui.tui.widgets.list_table import ListTable


def make_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


async def test_tick_move_add_theme_and_output_then_find_them_again(workbook):
    path = workbook.path
    app = make_app(workbook)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, PhasesScreen)
        assert app.screen.selected == 4  # opens on the current phase
        before = dict(workbook.phases.phase_note(4).signals)  # the demo ticked two of three
        await pilot.press("tab", "down", "down", "space")  # the third readiness signal
        await pilot.pause()
        signals = app.screen.query_one("#signals", SelectionList)
        third = signals.get_option_at_index(2).value
        assert third not in before
        assert workbook.phases.phase_note(4).signals == {**before, third: TODAY}

        await pilot.press("shift+tab", "v")
        assert isinstance(app.screen, PhaseMoveForm)
        await pilot.press("ctrl+s")  # no reason: refused, the form stays
        assert isinstance(app.screen, PhaseMoveForm)
        await pilot.press(*"Materiaal in vijf klassen gebruikt", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PhasesScreen)
        assert workbook.journey.current_phase.phase == 5
        assert app.sub_title.startswith("Fase 5")

        await pilot.press("ctrl+pagedown", "n")
        assert isinstance(app.screen, ThemeForm)
        await pilot.press(*"Digitale bronnen", "tab", "space", "down", "space", "ctrl+s")
        await pilot.pause()
        table = app.screen.query_one("#themes", ListTable)
        assert (
            str(table.get_row_at(table.row_count - 1)[3]) == "✓"
        )  # four to six is advice, not a floor

        await pilot.press("ctrl+pagedown", "n")
        assert isinstance(app.screen, OutputForm)
        await pilot.press(*"Bronnenmap", "tab", "tab", "space", "tab", *"Studiedag", "ctrl+s")
        await pilot.pause()
        assert app.screen.query_one("#outputs", ListTable).row_count == 2
        await pilot.press("ctrl+q")

    again = Workbook.open(path)
    journey = again.journey
    assert journey.current_phase.reason == "Materiaal in vijf klassen gebruikt"
    assert (
        journey.themes[-1].title == "Digitale bronnen" and len(journey.themes[-1].member_ids) == 2
    )
    output = journey.outputs[-1]
    assert (output.title, output.tried_in_class, output.shown_at) == (
        "Bronnenmap",
        True,
        "Studiedag",
    )
    assert journey.phase_notes[0].signals
    again.close()


async def test_read_only_phase_screen_has_no_editing_keys(demo_path):
    book = Workbook.open(demo_path, read_only=True)
    before = journey_state(book)
    app = make_app(book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f", "v", "n")
        assert isinstance(app.screen, PhasesScreen)
        assert app.screen.query_one("#phase-notes").read_only
        for _tab in range(4):  # every tab, every key a writable screen edits with
            await pilot.press(
                "ctrl+pagedown", "space", "v", "e", "n", "l", "enter", *"xyz", "ctrl+s"
            )
            await pilot.pause()
            for _ in range(3):  # out of any form the keys opened (a form asks first)
                if len(app.screen_stack) > 2:
                    await pilot.press("escape", "j")
            assert len(app.screen_stack) == 2
    assert journey_state(book) == before
    book.close()


async def test_what_the_group_asks_of_its_leaders_is_written_on_the_phase_screen(workbook):
    from textual.widgets import TextArea

    from plgtui.export.journey import leaders_digest
    from plgtui.tui.dialogs.phase_forms import AsksLeadersForm

    path = workbook.path
    app = make_app(workbook)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f", "l")
        form = app.screen
        assert isinstance(form, AsksLeadersForm)
        assert form.query_one("#asks", TextArea).text == workbook.journey.group.asks_leaders
        form.query_one("#asks", TextArea).text = ""
        await pilot.press(*"Een lokaal met projector", "enter", *"Twee uur per maand", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PhasesScreen)
    again = Workbook.open(path, read_only=True)
    try:
        assert again.journey.group.asks_leaders == "Een lokaal met projector\nTwee uur per maand"
        assert "Een lokaal met projector  \nTwee uur per maand" in leaders_digest(again.journey)
    finally:
        again.close()
