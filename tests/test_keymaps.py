"""Keys for every keyboard (issue 34): every key of the live view and the meeting plan typed
without Shift or AltGr on a Belgian AZERTY keyboard, an AZERTY preset, and keys.txt changing a
key by its binding id, shown in the key bar, F1 and the palette."""

from __future__ import annotations

import string

import pytest
from conftest import TODAY
from live_fixtures import running_meeting
from textual.binding import Binding

from plgtui import cli
from plgtui.core import settings
from plgtui.core.timer import FakeClock
from plgtui.tui import keymaps
from plgtui.tui.app import PlgApp
from plgtui.tui.commands import APP
from plgtui.tui.screens.agenda import AgendaScreen
from plgtui.tui.screens.help import HelpScreen
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.widgets.key_bar import KeyBar

# What a Belgian AZERTY keyboard types without Shift or AltGr (Textual's names), and the keys
# that are the same everywhere.
AZERTY_PLAIN = {
    *string.ascii_lowercase, "é", "è", "ç", "à", "ù", "quotation_mark", "apostrophe",
    "left_parenthesis", "right_parenthesis", "section_sign", "exclamation_mark", "minus",
    "circumflex_accent", "dollar_sign", "less_than_sign", "comma", "semicolon", "colon",
    "equals_sign", "ampersand", "space", "enter", "escape", "tab", "delete", "backspace",
    "up", "down", "left", "right", "pageup", "pagedown", "home", "end",
    *(f"f{n}" for n in range(1, 13)),
}  # fmt: skip


def plain_on_azerty(key: str) -> bool:
    modifiers, _, name = key.rpartition("+")
    return name in AZERTY_PLAIN and modifiers in ("", "ctrl")


@pytest.mark.parametrize(
    "bindings", [LiveScreen.BINDINGS, AgendaScreen.BINDINGS, APP], ids=["live", "plan", "app"]
)
def test_every_key_is_typed_without_shift_or_altgr_on_azerty(bindings):
    for binding in bindings:
        assert isinstance(binding, Binding) and binding.id, binding
        keys = binding.key.split(",")
        if binding.action == "help" and "f1" not in keys:
            continue  # `?` beside F1
        assert any(plain_on_azerty(k) for k in keys), (binding.id, keys)


def test_ids_of_the_live_view_and_plan_are_short_and_unique():
    ids = [b.id for b in [*LiveScreen.BINDINGS, *AgendaScreen.BINDINGS]]
    assert len(ids) == len(set(ids))
    assert sum(i.split("-")[0] in ("live", "plan") for i in ids) >= 40


def write_keys(folder, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / keymaps.FILE).write_text(text, encoding="utf-8")


def help_rows(app) -> dict[str, str]:
    return {action: keys for keys, action in HelpScreen(app.screen).key_rows()}


async def test_a_keys_file_changes_a_key_and_help_shows_it(workbook, tmp_path):
    folder = tmp_path / "me"
    write_keys(folder, "# my clicker sends n\nlive-next = n\n")
    clock = FakeClock()
    live = running_meeting(workbook, clock, 30)
    app = PlgApp(workbook, today=lambda: TODAY, clock=clock, settings_dir=folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        block, step = live.state.block, live.state.step
        await pilot.press("pagedown")  # no longer the next step
        assert (live.state.block, live.state.step) == (block, step)
        await pilot.press("n")
        assert (live.state.block, live.state.step) != (block, step)
        assert help_rows(app)["Volgende"] == "n"
        from plgtui.tui.commands import palette_commands

        palette = {title: line for title, line, _run in palette_commands(app, app.screen)}
        assert palette["Volgende"] == "toets n"  # the palette names the key in force
        left, _right = app.screen.query_one(KeyBar).items()
        assert [k.label for k in left[0].keys] == ["PgUp", "n"]  # still one item: the steps
        assert left[0].description == "Stap"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from test_dutch_screens import screen_text

        text = screen_text(app)
        assert "n   " in text or " n " in text


async def test_a_line_it_cannot_use_is_named_and_the_rest_applies(workbook, tmp_path):
    folder = tmp_path / "me"
    write_keys(folder, "live-nergens = q\nplan-run\nplan-run = enter\n")
    keymap, problems = keymaps.keymap(folder)
    assert keymap == {"plan-run": "enter"}
    assert problems == ["regel 1: live-nergens = q", "regel 2: plan-run"]
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock(), settings_dir=folder)
    async with app.run_test() as pilot:
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("live-nergens" in m and "keys.txt" in m for m in said)


async def test_the_azerty_preset_names_its_keys_and_group_sizes_take_the_unshifted_digits(
    workbook, tmp_path
):
    folder = tmp_path / "me"
    settings.save(folder, keys="azerty")
    clock = FakeClock()
    live = running_meeting(workbook, clock, 30)
    app = PlgApp(workbook, today=lambda: TODAY, clock=clock, settings_dir=folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        rows = help_rows(app)
        assert rows["Minuut meer"].startswith("=")
        await pilot.press("g", "quotation_mark")  # the 3 key, unshifted on AZERTY
        assert sorted(len(g) for g in live.meeting.groups) == [2, 3, 3]
        await pilot.press("equals_sign")
        assert app.ticker.live.countdown.duration == 6 * 60


def test_keys_azerty_on_the_command_line_is_remembered(demo_path, data_dir):
    assert cli.main(["demo", "--no-open", "--keys", "azerty", "--theme", "plgtui-light"]) == 0
    assert settings.load(data_dir) == {"keys": "azerty", "theme": "plgtui-light"}
