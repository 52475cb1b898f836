"""The command palette says it found nothing in the interface language, not in Textual's
English (textual_internals.worded_palette)."""

from __future__ import annotations

import pytest
from live_fixtures import live_app, running_meeting
from textual.command import CommandList, CommandPalette

from plgtui.core import i18n
from plgtui.core.timer import FakeClock
from plgtui.tui.textual_internals import palette_words_fit


def test_textual_still_has_what_the_worded_palette_replaces():
    assert palette_words_fit(CommandPalette)


@pytest.mark.parametrize("lang, words", [("nl", "Niets gevonden"), ("en", "No matches found")])
async def test_nothing_found_is_said_in_the_interface_language(workbook, lang, words):
    i18n.set_language(lang)
    clock = FakeClock()
    running_meeting(workbook, clock, 30)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"qxqxqxq")
        listing = app.screen.query_one(CommandList)
        for _ in range(400):  # Textual says it half a second after the last key; a loaded CI waits
            await pilot.pause(0.05)
            if listing.option_count:
                break
        shown = [
            str(listing.get_option_at_index(n).prompt.renderable)
            for n in range(listing.option_count)
        ]
        assert shown == [words]
