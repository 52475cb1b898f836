"""Ctrl+Q right behind the typing (a burst, a paste, a slow key on a long journey) keeps every
letter: Ctrl+Q is the app's key and is handled at once, while the letters before it still wait
for the notes field (found by a tester in tmux: the last letters, or a whole burst, were gone)."""

from __future__ import annotations

import json

from conftest import TODAY
from textual import events
from textual.widgets import TextArea

from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp


async def test_letters_sent_together_with_ctrl_q_are_saved(workbook):
    path = workbook.path
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "down", "w")  # the last meeting held, to write
        await pilot.pause()
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        burst = " snel getypt, één twee"
        for letter in burst:  # as the terminal hands them in: one read, all at once
            app.post_message(events.Key(letter if letter.isalnum() else "x", letter))
        app.post_message(events.Key("ctrl+q", None))
        await pilot.pause()
    notes = json.loads(path.read_text(encoding="utf-8"))["meetings"][str(meeting_id)]["notes"]
    assert burst.strip() in notes, notes
