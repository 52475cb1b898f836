"""Names and titles that look like markup are shown as typed on every screen, selection lists
included, and never crash a screen or run an action."""

from __future__ import annotations

import json

from conftest import TODAY
from test_dutch_screens import VISITS, screen_text

from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp

NAMES = {"2": "Piet [/]", "3": "[@click=app.quit]Klik[/]", "4": "Els [ICT]"}
THEME = "Thema [b]vet[/b]"


def poisoned(demo_path):
    data = json.loads(demo_path.read_text(encoding="utf-8"))
    for key, name in NAMES.items():
        data["members"][key]["name"] = name
    first = min(data["themes"], key=int)
    data["themes"][first]["title"] = THEME
    demo_path.write_text(json.dumps(data), encoding="utf-8")
    return Workbook.open(demo_path)


async def test_markup_in_names_is_shown_as_text_everywhere(demo_path):
    workbook = poisoned(demo_path)
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    shown = ""
    async with app.run_test(size=(160, 45)) as pilot:
        # First (the phases screen is kept, and found later on the tab it was left on): the
        # output form's list of themes, open.
        await pilot.press("f", "ctrl+pagedown", "ctrl+pagedown", "n", "tab", "enter")
        await pilot.pause()
        assert THEME in screen_text(app)
        for keys in [*VISITS[:22], ["p", "tab", "enter"]]:
            await pilot.press("escape", "escape", "escape", "escape")
            app.action_overview()
            await pilot.pause()
            await pilot.press(*keys)
            await pilot.pause()
            assert app.is_running, keys
            shown += screen_text(app)
        await pilot.press("escape", "escape", "p", "tab", "enter")
        await pilot.pause()
        await pilot.click(offset=(10, 5))  # wherever the list is: no action may run
        await pilot.pause()
        assert app.is_running
    workbook.close()
    for name in [*NAMES.values(), THEME]:
        assert name in shown, name
    # Read as markup they would show as "Thema vet", "Klik", "Els".
    assert "Thema vet" not in shown
    assert shown.count("Klik") == shown.count("[@click=app.quit]Klik[/]")
    assert shown.count("Els") == shown.count("Els [ICT]")
