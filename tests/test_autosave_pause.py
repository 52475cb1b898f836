"""The notes are saved when typing pauses (autosave.DELAY after the last key), at the latest
autosave.LONGEST after the first unsaved key, and at once on quitting: deferred, never lost."""

from __future__ import annotations

import json

from conftest import TODAY
from test_minutes_app import make_app, open_last_held_minutes

from plgtui.tui.widgets import autosave


def notes_on_disk(workbook, meeting_id: int) -> str:
    return json.loads(workbook.path.read_text())["meetings"][str(meeting_id)]["notes"]


async def open_notes(pilot) -> None:
    await open_last_held_minutes(pilot)
    await pilot.press("ctrl+pagedown")
    await pilot.pause()


async def test_keys_closer_together_than_the_pause_wait_for_it(workbook, monkeypatch):
    monkeypatch.setattr(autosave, "DELAY", 1.0)
    monkeypatch.setattr(autosave, "LONGEST", 60.0)
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_notes(pilot)
        await pilot.press("Q")
        for key in "rstuvwxy":  # some 1.2 s of keys, 0.15 s apart: no pause yet
            await pilot.pause(0.15)
            await pilot.press(key)
        assert "Q" not in notes_on_disk(workbook, meeting_id)
        assert "… bewaren" in str(app.screen.query_one("#saved").visual)
        await pilot.pause(1.5)  # the pause: saved without another key
        assert notes_on_disk(workbook, meeting_id).endswith("Qrstuvwxy")
        assert "✓ bewaard" in str(app.screen.query_one("#saved").visual)


async def test_typing_that_never_pauses_is_saved_at_the_longest_wait(workbook, monkeypatch):
    monkeypatch.setattr(autosave, "DELAY", 1.0)
    monkeypatch.setattr(autosave, "LONGEST", 1.2)
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_notes(pilot)
        await pilot.press("Q")
        for key in "rstuvwxyz":  # over 1.5 s of keys, never a pause of 1 s
            await pilot.pause(0.2)
            await pilot.press(key)
        assert "Qr" in notes_on_disk(workbook, meeting_id)


async def test_typed_then_quit_at_once_is_all_saved(workbook, monkeypatch):
    monkeypatch.setattr(autosave, "DELAY", 600)  # however slow this machine, no autosave yet
    monkeypatch.setattr(autosave, "LONGEST", 600)
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_notes(pilot)
        await pilot.press(*"Net getypt")
        assert "Net getypt" not in notes_on_disk(workbook, meeting_id)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert notes_on_disk(workbook, meeting_id).endswith("Net getypt")


def test_due_after_the_pause_but_never_after_the_longest_wait(monkeypatch):
    monkeypatch.setattr(autosave, "DELAY", 0.8)
    monkeypatch.setattr(autosave, "LONGEST", 2.0)
    assert autosave.due_in(first=0.0, last=0.0, now=0.8) == 0  # one key, then a pause
    assert autosave.due_in(first=0.0, last=0.5, now=0.8) > 0  # typing went on
    assert autosave.due_in(first=0.0, last=1.9, now=2.0) <= 0  # and on too long: save now


async def test_the_preview_follows_when_typing_pauses_not_at_a_save_during_it(
    workbook, monkeypatch
):
    from plgtui.tui.widgets.markdown_text import MarkdownText

    monkeypatch.setattr(autosave, "DELAY", 0.6)
    monkeypatch.setattr(autosave, "LONGEST", 0.9)
    meeting_id = workbook.journey.last_meeting(TODAY).id
    app = make_app(workbook)
    async with app.run_test(size=(160, 45)) as pilot:  # wide: the preview beside the notes
        await open_notes(pilot)
        preview = app.screen.query_one("#preview", MarkdownText)
        await pilot.press("Q")
        for key in "rstuvwxyz":  # 1.4 s of keys 0.15 s apart: saved at 0.9 s, no pause yet
            await pilot.pause(0.15)
            await pilot.press(key)
        assert "Qr" in notes_on_disk(workbook, meeting_id)
        assert "Q" not in preview.markdown
        await pilot.pause(1.0)
        assert preview.markdown.endswith("Qrstuvwxyz")
        assert notes_on_disk(workbook, meeting_id).endswith("Qrstuvwxyz")
        await pilot.press(*"ab", "escape")  # leaving: saved and shown at once
    assert notes_on_disk(workbook, meeting_id).endswith("Qrstuvwxyzab")
