"""A key in keys.txt that another binding of the same screen had: the notice at the start says
which key and which two actions, and the other keeps its other keys (issue 34)."""

from __future__ import annotations

from conftest import TODAY
from live_fixtures import running_meeting
from test_keymaps import help_rows, write_keys

from plgtui.core.timer import FakeClock
from plgtui.tui import keymaps
from plgtui.tui.app import PlgApp
from plgtui.tui.key_clashes import clashes
from plgtui.tui.screens.live import LiveScreen


def test_the_shipped_keys_and_the_azerty_preset_hide_nothing():
    assert clashes(PlgApp, {}) == []
    assert clashes(PlgApp, keymaps.PRESETS["azerty"]) == []


def test_a_clash_names_the_key_both_actions_and_what_is_left():
    lines = clashes(PlgApp, {"live-idea": "x", "live-groups": "n"})
    assert "toets x: Idee, niet meer Idee verwijderen (Idee verwijderen blijft op delete)" in lines
    assert any(line.startswith("toets n: Groepjes, niet meer Meting (Meting heeft geen toets meer")
               for line in lines), lines  # fmt: skip


async def test_the_notice_says_it_and_the_other_key_still_works(workbook, tmp_path):
    folder = tmp_path / "me"
    write_keys(folder, "live-idea = x\n")
    clock = FakeClock()
    running_meeting(workbook, clock, 30)
    app = PlgApp(workbook, today=lambda: TODAY, clock=clock, settings_dir=folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        said = [n.message for n in app._notifications]
        assert any(
            "keys.txt" in m and "toets x: Idee, niet meer Idee verwijderen" in m for m in said
        ), said
        assert help_rows(app)["Idee verwijderen"] == "del"  # its other key, still working
        assert help_rows(app)["Idee"] == "x"
