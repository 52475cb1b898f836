"""Saving around what else happens to the file: a sync client writing during a save, a
journey that is a link into a synced folder, temp files of killed saves, and the indicator
after a refused save landed."""

from __future__ import annotations

import errno
import os

import pytest
from conftest import TODAY

from plgtui import cli
from plgtui.core import atomic_storage as storage
from plgtui.core.atomic_storage import temp_files
from plgtui.core.journey_text import JourneyText
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp


def test_a_write_from_elsewhere_during_a_save_is_a_conflict_not_overwritten(workbook, monkeypatch):
    """The sync client writes after the check before the save and before the rename."""
    path = workbook.path
    theirs = path.read_text(encoding="utf-8").replace("Leergroep", "Hun leergroep", 1)
    real = JourneyText.render

    def render_while_they_write(self, data):
        text = real(self, data)
        path.write_text(theirs, encoding="utf-8")  # a sync client, mid-save
        return text

    monkeypatch.setattr(JourneyText, "render", render_while_they_write)
    changes = []
    workbook.subscribe(changes.append)
    workbook.minutes.set_notes(workbook.journey.meetings[0].id, "van ons")
    assert changes[-1].conflict
    assert path.read_text(encoding="utf-8") == theirs  # their write stands
    assert temp_files(path) == []


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_linked_journey_is_saved_through_its_link(demo_path, tmp_path):
    synced = tmp_path / "gedeeld"
    synced.mkdir()
    real = synced / "journey.json"
    demo_path.rename(real)
    link = tmp_path / "journey.json"
    link.symlink_to(real)
    book = Workbook.open(link)
    book.minutes.set_notes(book.journey.meetings[0].id, "via de link")
    book.close()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "via de link" in real.read_text(encoding="utf-8")


def test_temp_files_of_killed_saves_go_when_the_journey_is_opened(demo_path, capsys):
    orphan = demo_path.with_name(f".{demo_path.name}.abc123.tmp")
    orphan.write_text("half", encoding="utf-8")
    cli.main(["where", str(demo_path)])
    assert str(orphan) in capsys.readouterr().out  # `where` shows what is left
    Workbook.open(demo_path, read_only=True).close()
    assert orphan.exists()  # read-only: another plgtui may be saving
    Workbook.open(demo_path).close()
    assert not orphan.exists()


async def test_the_indicator_says_saved_once_a_refused_save_landed(workbook, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    real = storage.write_atomic
    meeting = workbook.journey.meetings[0]
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 30)) as pilot:
        app.write_minutes(meeting.id)
        await pilot.pause()
        await pilot.press("2")  # the notes tab
        await pilot.pause()
        monkeypatch.setattr(storage, "write_atomic", refuse)
        await pilot.press(*"schijf vol", "ctrl+s")
        await pilot.pause()
        saved = app.screen.query_one("#saved")
        assert saved.has_class("-error")
        monkeypatch.setattr(storage, "write_atomic", real)
        app.disk.retry()
        await pilot.pause()
        assert saved.has_class("-saved"), saved.visual.plain
    assert "schijf vol" in Workbook.open(workbook.path, read_only=True).journey.meetings[0].notes


def test_half_a_character_never_reaches_a_save(workbook):
    member = workbook.group.add_member("Bad\ud800name")
    assert member.name == "Badname"
    meeting = workbook.journey.meetings[0]
    workbook.minutes.set_notes(meeting.id, "notities \udc00 bij de bijeenkomst")
    assert "\udc00" not in Workbook.open(workbook.path, read_only=True).journey.meetings[0].notes


def test_an_encoding_error_in_a_save_is_said_not_raised(workbook, monkeypatch):
    def broken(self, data):
        raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(JourneyText, "render", broken)
    changes = []
    workbook.subscribe(changes.append)
    workbook.minutes.set_notes(workbook.journey.meetings[0].id, "blijft in het geheugen")
    assert "surrogates" in changes[-1].problem and workbook.unsaved
