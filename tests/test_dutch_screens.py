"""Every screen in Dutch shows no English that Textual ships: key labels of its widgets, the
palette's and the theme picker's prompts, the Mac's super key."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import textual.widgets
from live_fixtures import live_app, running_meeting
from textual.binding import Binding

from plgtui.core.timer import FakeClock

SHIPPED_ENGLISH = ["Search for commands", "Search for themes", "super+", "Dismiss menu"]


def textual_labels() -> set[str]:
    """The descriptions of every binding Textual's own classes declare (English)."""
    found: set[str] = set()
    modules = ["textual.app", "textual.screen", "textual.command", "textual.scroll_view"]
    modules += [f"textual.widgets.{m.name}" for m in pkgutil.iter_modules(textual.widgets.__path__)]
    for name in modules:
        for _n, cls in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            for binding in getattr(cls, "BINDINGS", None) or []:
                binding = binding if isinstance(binding, Binding) else Binding(*binding)
                if len(binding.description) > 3:
                    found.add(binding.description)
    return found


def screen_text(app) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


# From the overview: the keys that open each screen, then what to do there to see more of it.
VISITS = [
    [], ["r"], ["r", "enter"], ["r", "w"], ["r", "w", "2"], ["r", "w", "3"], ["r", "w", "4"],
    ["r", "w", "4", "n"], ["m"], ["m", "a"], ["m", "a", "enter"], ["n"], ["f"],
    ["f", "ctrl+pagedown"], ["f", "ctrl+pagedown", "ctrl+pagedown"], ["f", "v"], ["q"],
    ["q", "ctrl+pagedown"], ["q", "ctrl+pagedown", "ctrl+pagedown"], ["q", "s"], ["p"], ["t"],
    ["slash", *"stap"], ["f1"], ["m", "f1"], ["ctrl+p"], ["l"], ["l", "f"], ["l", "g"],
    ["l", "t"], ["l", "i"],
]  # fmt: skip


async def test_no_screen_shows_textual_english_in_dutch(workbook):
    english = textual_labels() | set(SHIPPED_ENGLISH)
    clock = FakeClock()
    running_meeting(workbook, clock, 10)
    app = live_app(workbook, clock)
    seen = []
    async with app.run_test(size=(160, 45)) as pilot:
        for keys in [*VISITS, ["theme"]]:
            await pilot.press("escape", "escape", "escape", "escape")
            app.action_overview()
            await pilot.pause()
            if keys == ["theme"]:
                app.search_themes()
            else:
                await pilot.press(*keys)
            await pilot.pause()
            text = screen_text(app)
            seen.append(type(app.screen).__name__)
            found = [e for e in english if re.search(rf"(?<!\w){re.escape(e)}(?!\w)", text)]
            assert found == [], (keys, type(app.screen).__name__, found)
    assert len(set(seen)) >= 15, seen
