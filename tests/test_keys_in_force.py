"""Keys named as they are in force (tester's findings, AZERTY): the groups panel names the
keymap's keys, F1 lists a key's names in the keymap's order, a remapped PgDn is still written
PgDn, and a remapped key keeps its place in the key bar (keys_in_force.py)."""

from __future__ import annotations

from types import SimpleNamespace

from conftest import TODAY
from live_fixtures import running_meeting
from textual.binding import ActiveBinding, Binding

from plgtui.core import settings
from plgtui.core.timer import FakeClock
from plgtui.tui import keymaps
from plgtui.tui.app import PlgApp
from plgtui.tui.keys_in_force import in_order
from plgtui.tui.screens.help import HelpScreen
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.widgets.key_bar import KeyBar


def coach_app(workbook, tmp_path, keys: str = "standard", own: str = "") -> PlgApp:
    folder = tmp_path / "me"
    settings.save(folder, keys=keys)
    if own:
        (folder / keymaps.FILE).write_text(own, encoding="utf-8")
    clock = FakeClock()
    running_meeting(workbook, clock, 30)
    return PlgApp(workbook, today=lambda: TODAY, clock=clock, settings_dir=folder)


def bar(app) -> list[tuple[list[str], str]]:
    left, _right = app.screen.query_one(KeyBar).items()
    return [([k.label for k in item.keys], item.description) for item in left]


async def test_the_groups_panel_names_the_azerty_keys(workbook, tmp_path):
    app = coach_app(workbook, tmp_path, "azerty")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        await pilot.press("g")
        await pilot.pause()
        hint = app.screen.query_one("#groups").border_subtitle
        assert hint == "d opnieuw verdelen · é…! grootte · g terug"
        rows = {action: keys for keys, action in HelpScreen(app.screen).key_rows()}
        assert rows["Opnieuw verdelen"] == "d / G"  # the preset's first key first


async def test_the_standard_groups_panel_is_as_before(workbook, tmp_path):
    app = coach_app(workbook, tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert (
            app.screen.query_one("#groups").border_subtitle
            == "G opnieuw verdelen · 2-8 grootte · g terug"
        )


def test_a_keys_names_come_in_the_keymaps_order_whatever_textuals_order():
    screen_node = SimpleNamespace()
    declared = Binding("G,d", "reshuffle", "key.reshuffle", id="live-reshuffle")
    as_textual_gave = [  # the same binding, its two keys in the order that flipped between runs
        ActiveBinding(screen_node, Binding("G", "reshuffle", "x", id="live-reshuffle"), True),
        ActiveBinding(screen_node, Binding("d", "reshuffle", "x", id="live-reshuffle"), True),
    ]
    screen = SimpleNamespace(active_bindings={a.binding.key: a for a in as_textual_gave})
    app = SimpleNamespace(_keymap={"live-reshuffle": "d,G"})
    assert declared.key == "G,d"
    assert [a.binding.key for a in in_order(app, screen)] == ["d", "G"]


async def test_a_remapped_page_down_is_written_pgdn_and_a_remapped_key_keeps_its_place(
    workbook, tmp_path
):
    app = coach_app(workbook, tmp_path, own="live-next = pagedown, n\nlive-turns = ù\n")
    async with app.run_test(size=(200, 45)) as pilot:
        await pilot.pause()
        shown = bar(app)
        assert shown[0] == (["PgUp", "PgDn"], "Stap")
        descriptions = [d for _keys, d in shown]
        assert descriptions.index("Beurten") == descriptions.index("Groepjes") + 1
        assert (["ù"], "Beurten") in shown
        rows = {action: keys for keys, action in HelpScreen(app.screen).key_rows()}
        assert rows["Volgende"] == "PgDn / n"


async def test_a_remapped_key_keeps_its_place_in_the_key_bar(workbook, tmp_path):
    app = coach_app(workbook, tmp_path, own="live-turns = ù\n")
    async with app.run_test(size=(200, 45)) as pilot:
        await pilot.pause()
        descriptions = [d for _keys, d in bar(app)]
        assert descriptions.index("Beurten") == descriptions.index("Groepjes") + 1
        assert (["ù"], "Beurten") in bar(app)


async def question_hint(workbook, tmp_path, keys: str) -> str:
    from plgtui.tui.screens.question import QuestionScreen

    folder = tmp_path / keys
    settings.save(folder, keys=keys)
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock(), settings_dir=folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        return str(app.screen.query_one("#cycle").render()).splitlines()[-1]


async def test_the_inquiry_cycles_line_names_its_step_keys_in_force(workbook, tmp_path):
    assert (await question_hint(workbook, tmp_path, "standard")).startswith(
        "] volgende stap · [ vorige ·"
    )
    assert (await question_hint(workbook, tmp_path, "azerty")).startswith(
        "; volgende stap · , vorige ·"
    )
