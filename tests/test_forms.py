"""Every form, by keys: Tab reaches only fields a person can see, and Escape after typing asks
before anything typed is thrown away."""

from __future__ import annotations

import pytest
from conftest import TODAY

from plgtui.tui.app import PlgApp
from plgtui.tui.base.form import FormScreen
from plgtui.tui.dialogs.confirm import ConfirmScreen

FORMS = {
    "new meeting": ["n"],
    "block": ["m", "a"],
    "agreement": ["r", "w", "5", "n"],
    "phase move": ["f", "v"],
    "theme": ["f", "ctrl+pagedown", "n"],
    "output": ["f", "ctrl+pagedown", "ctrl+pagedown", "n"],
    "wording": ["q", "e"],
    "self-assessment": ["q", "s"],
    "member": ["g", "a"],
    "group": ["g", "g"],
}


def seen(widget) -> bool:
    """Shown on screen: displayed itself and in every container, with room on the screen."""
    node = widget
    while node is not None and node is not widget.screen:
        if not node.display or not node.visible:
            return False
        node = node.parent
    return widget.region.area > 0 and widget.screen.region.overlaps(widget.region)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
@pytest.mark.parametrize("form", FORMS)
async def test_tab_reaches_only_visible_fields(workbook, form, size):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*FORMS[form])
        await pilot.pause()
        assert isinstance(app.screen, FormScreen), form
        reached = []
        for _ in range(30):  # round the form once, back to where it started
            focused = app.screen.focused
            assert focused is not None and seen(focused), (form, focused)
            if reached and focused is reached[0]:
                break
            reached.append(focused)
            await pilot.press("tab")
        assert len(reached) >= 2 and focused is reached[0], (form, reached)


@pytest.mark.parametrize("form", ["new meeting", "agreement", "wording"])
async def test_escape_after_typing_asks_first(workbook, form):
    app = PlgApp(workbook, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*FORMS[form])
        await pilot.pause()
        opened = app.screen
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        await pilot.press(*FORMS[form][-1:])
        await pilot.pause()
        opened = app.screen
        assert isinstance(opened, FormScreen)
        field = opened.query("Input").last()  # the title, the text or the new wording's reason
        field.focus()
        await pilot.press(*"Iets", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep typing
        await pilot.pause()
        assert app.screen is opened
        await pilot.press("escape", "y")
        await pilot.pause()
        assert not isinstance(app.screen, (FormScreen, ConfirmScreen))


async def test_the_owners_of_an_agreement_are_found_by_typing_part_of_a_name(workbook):
    from conftest import TODAY

    from plgtui.tui.app import PlgApp
    from plgtui.tui.dialogs.agreement_form import AgreementForm
    from plgtui.tui.widgets.ticks import TickList

    app = PlgApp(workbook, today=lambda: TODAY)
    meeting = workbook.journey.meetings[-1]
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(AgreementForm(meeting.id))
        await pilot.pause()
        owners = app.screen.query_one("#owners", TickList)
        owners.focus()
        target = next(
            m
            for m in workbook.journey.members
            if m.active and m.name[0] != owners.get_option_at_index(0).prompt.plain[0]
        )
        await pilot.press(*target.name[:3].lower(), "space")
        await pilot.pause()
        assert list(owners.selected) == [target.id]
