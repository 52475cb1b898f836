"""The theme picker in a coach's words (issue 34): plgtui's themes first with the room each
suits, the terminal's own colours next; choosing one is remembered."""

from __future__ import annotations

from conftest import TODAY
from test_dutch_screens import screen_text

from plgtui.core import settings
from plgtui.tui.app import PlgApp
from plgtui.tui.theme_picker import choices


def test_the_shipped_themes_come_first_in_words():
    names = ["textual-dark", "ansi-dark", "plgtui-dark", "plgtui-light", "ansi-light", "nord"]
    shown = choices(names)
    assert [n for n, _s, _l in shown] == [
        "plgtui-dark",
        "plgtui-light",
        "ansi-light",
        "ansi-dark",
        "nord",
        "textual-dark",
    ]
    light = dict((n, (s, line)) for n, s, line in shown)["plgtui-light"]
    assert light == (
        "Licht (plgtui-light)",
        "licht, voor een fel verlicht lokaal of een projector die een donker scherm vaal maakt",
    )


async def test_the_picker_says_which_room_a_theme_suits_and_remembers_it(workbook, tmp_path):
    folder = tmp_path / "me"
    app = PlgApp(workbook, today=lambda: TODAY, settings_dir=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_change_theme()
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Licht (plgtui-light)" in text and "fel verlicht lokaal" in text
        assert "Kleuren van je terminal" in text
        await pilot.press(*"licht", "enter")
        await pilot.pause()
    assert app.theme == "plgtui-light"
    assert settings.load(folder)["theme"] == "plgtui-light"
