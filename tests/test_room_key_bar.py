"""The live view's `z` (the room for members' phones, issue 35) stands in the key bar, where a
coach finds it, and the bar still fits at 80 columns (issue 34)."""

from __future__ import annotations

import pytest
from live_fixtures import live_app, running_meeting

from plgtui.core import i18n
from plgtui.core.timer import FakeClock
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.widgets.key_bar import MORE, KeyBar


@pytest.mark.parametrize("lang, word", [("nl", "Gsm"), ("en", "Join")])
@pytest.mark.parametrize("width", [80, 160])
async def test_z_and_its_word_are_in_the_key_bar(workbook, lang, word, width):
    i18n.set_language(lang)
    clock = FakeClock()
    running_meeting(workbook, clock, 30)
    app = live_app(workbook, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        line = app.screen.query_one(KeyBar).render().plain
        assert f" z {word} " in line  # at 80 columns beside start/pause, the steps and an idea
        assert len(line) == width and line.rstrip().endswith(("Commando's", "Commands"))
        assert MORE.format(count=9).strip() in line or width > 80
