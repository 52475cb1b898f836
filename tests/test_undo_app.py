"""Ctrl+Z in the app: the last change taken back with a notice; a text area keeps its own."""

from __future__ import annotations

from conftest import TODAY
from live_fixtures import IDEAS, live_app, running_meeting
from textual.widgets import OptionList, TextArea

from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.screens.minutes import MinutesScreen


def make_app(workbook) -> PlgApp:
    return PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_an_idea_added_in_the_live_view_goes_on_ctrl_z(workbook):
    clock = FakeClock()
    live = running_meeting(workbook, clock, 30)
    meeting = live.meeting
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        await pilot.press("i", *"Kaart in kleur", "enter", "escape")
        await pilot.pause()
        ideas = app.screen.query_one("#ideas", OptionList)
        assert ideas.option_count == len(IDEAS) + 1
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [i.text for i in meeting.ideas] == IDEAS
        assert app.screen.query_one("#ideas", OptionList).option_count == len(IDEAS)
        assert f'Ongedaan gemaakt: idee toegevoegd in bijeenkomst "{meeting.title}"' in notices(app)
        assert isinstance(app.screen, LiveScreen)  # the meeting runs on where it was


async def test_nothing_to_undo_is_said(workbook):
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Er is niets om ongedaan te maken." in notices(app)


async def test_ctrl_z_in_the_notes_undoes_the_typing_there(workbook):
    workbook.agreements.add_agreement("Voor het verslag", AgreementKind.FINISH)
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "down", "w")  # the meetings, the last one held, its minutes
        await pilot.pause()
        assert isinstance(app.screen, MinutesScreen)
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        notes = app.screen.query_one(TextArea)
        before = notes.text
        await pilot.press(*"Eigen tekst.", "ctrl+z")
        await pilot.pause()
        assert notes.text == before  # the typing undone in the field
        assert "Voor het verslag" in [a.text for a in workbook.journey.agreements]
        assert not any(m.startswith("Ongedaan gemaakt") for m in notices(app))
