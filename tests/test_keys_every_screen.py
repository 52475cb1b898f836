"""Every action of every screen, and of the app, has a key a Belgian AZERTY keyboard types
without Shift or AltGr (issue 34); with the AZERTY preset that key comes first, so the key bar
and F1 name it."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from conftest import TODAY
from test_keymaps import help_rows, plain_on_azerty
from textual.binding import BindingsMap
from textual.screen import Screen

import plgtui.tui
from plgtui.core import settings
from plgtui.core.timer import FakeClock
from plgtui.tui import keymaps
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.question import QuestionScreen
from plgtui.tui.widgets.key_bar import KeyBar

# Textual's own Shift+Tab (to the field before): the same key on every keyboard, and Tab alone
# goes round every field too.
TEXTUALS_OWN = {"app.focus_previous"}
SAME_EVERYWHERE = {"shift+tab"}  # first where it is the key people expect; Up beside it


def every_screen() -> list[type]:
    for found in pkgutil.walk_packages(plgtui.tui.__path__, "plgtui.tui."):
        importlib.import_module(found.name)

    def below(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    ours = {c for c in below(Screen) if c.__module__.startswith("plgtui.tui")}
    return sorted(ours, key=lambda c: f"{c.__module__}.{c.__name__}")


SCREENS = [*every_screen(), PlgApp]


def keys_by_action(bindings: BindingsMap) -> dict[str, list[str]]:
    """Each action's keys, in the order Textual offers them (the key bar and F1 show the first)."""
    found: dict[str, list[str]] = {}
    for key, bound in bindings.key_to_bindings.items():
        for binding in bound:
            found.setdefault(binding.action, []).append(key)
    return found


def test_the_walk_finds_the_screens():
    names = {cls.__name__ for cls in SCREENS}
    assert {"QuestionScreen", "OverviewScreen", "ConflictsScreen", "HelpScreen", "PlgApp"} <= names
    assert len(SCREENS) > 40


@pytest.mark.parametrize("cls", SCREENS, ids=lambda c: c.__name__)
def test_every_action_has_a_key_without_shift_or_altgr_on_azerty(cls):
    for action, keys in keys_by_action(cls._merged_bindings).items():
        if action not in TEXTUALS_OWN:
            assert any(plain_on_azerty(k) for k in keys), (cls.__name__, action, keys)


@pytest.mark.parametrize("cls", SCREENS, ids=lambda c: c.__name__)
def test_with_the_azerty_preset_that_key_comes_first(cls):
    bindings = cls._merged_bindings.copy()
    bindings.apply_keymap(PlgApp._normalize_keymap(keymaps.PRESETS["azerty"]))
    for action, keys in keys_by_action(bindings).items():
        if action not in TEXTUALS_OWN:
            assert plain_on_azerty(keys[0]) or keys[0] in SAME_EVERYWHERE, (
                cls.__name__,
                action,
                keys,
            )


async def test_the_key_bar_and_help_name_the_azerty_keys(workbook, tmp_path):
    folder = tmp_path / "me"
    settings.save(folder, keys="azerty")
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock(), settings_dir=folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert help_rows(app)["Zoeken"].startswith(":")
        await pilot.press("colon")  # the overview's search, `/` unshifted
        await pilot.pause()
        assert type(app.screen).__name__ == "SearchScreen"
        await pilot.press("escape", "q")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        app.screen.set_focus(None)  # a text field takes `;` as a letter
        await pilot.pause()
        left, _right = app.screen.query_one(KeyBar).items()
        assert any(
            item.keys[0].label == ";" and item.description == "Volgende stap" for item in left
        )
        rows = help_rows(app)
        assert rows["Volgende stap"] == "; / ]" and rows["Vorige stap"] == ", / ["
        step = workbook.question.inquiry.step
        await pilot.press("semicolon")
        assert workbook.question.inquiry.step != step
        await pilot.press("comma")
        assert workbook.question.inquiry.step == step
        await pilot.press("quotation_mark")  # the third tab, `3` unshifted
        assert app.screen.query_one("TabBar").active == "tab-quality"
