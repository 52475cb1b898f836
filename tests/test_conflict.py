"""The journey file changed by something else while it is open (a second laptop through a shared
folder, a sync service, git): plgtui notices, never writes over it, and keeps its own unsaved
change visible when it reads the file again."""

from __future__ import annotations

import json
import os

import pytest
from conftest import TODAY

from plgtui.core.atomic_storage import dump_json, write_atomic
from plgtui.core.journey_file import JourneyError
from plgtui.core.model import AgreementKind
from plgtui.core.timer import FakeClock
from plgtui.core.workbook import Workbook
from plgtui.tui.app import PlgApp
from plgtui.tui.screens.reload import ReloadScreen, UnsavedScreen


def edit_elsewhere(path, name="Andere laptop"):
    """What another plgtui on another laptop would leave: the group renamed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["group"]["1"]["name"] = name
    write_atomic(path, dump_json(data))


def test_a_change_on_disk_is_noticed_and_never_overwritten(workbook):
    path = workbook.path
    assert not workbook.changed_on_disk()
    edit_elsewhere(path)
    theirs = path.read_bytes()
    assert workbook.changed_on_disk()
    changes = []
    workbook.subscribe(changes.append)
    agreement = workbook.agreements.add_agreement("Toetsen delen", AgreementKind.FINISH)
    assert changes[-1].conflict and "ander programma" in changes[-1].problem
    assert path.read_bytes() == theirs
    assert agreement in workbook.journey.agreements and workbook.unsaved
    assert "ander programma" in workbook.retry_save()
    assert path.read_bytes() == theirs


def test_reload_takes_their_version_and_keeps_ours_visible(workbook):
    path = workbook.path
    edit_elsewhere(path)
    agreement = workbook.agreements.add_agreement("Toetsen delen", AgreementKind.FINISH)
    meeting = workbook.journey.meetings[0]
    workbook.minutes.set_notes(meeting.id, "Notities die hier\nnog niet bewaard waren")
    rescued = workbook.reload()
    assert workbook.journey.group.name == "Andere laptop"
    assert agreement.id not in {a.id for a in workbook.journey.agreements}
    assert f"Afspraak {agreement.id} (nieuw)" in rescued.text
    assert "Toetsen delen" in rescued.text
    assert "nog niet bewaard waren" in rescued.text
    assert rescued.path is not None and rescued.path.parent == path.with_name("demo.backups")
    kept = rescued.path.read_text(encoding="utf-8")
    assert "Toetsen delen" in kept and f'"agreements/{agreement.id}"' in kept
    assert not workbook.unsaved and not workbook.changed_on_disk()
    workbook.agreements.add_agreement("Na het laden", AgreementKind.FINISH)  # saving works again
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["group"]["1"]["name"] == "Andere laptop"
    assert "Na het laden" in {a["text"] for a in saved["agreements"].values()}


def test_a_removal_that_was_not_saved_is_listed(workbook):
    fresh = workbook.agreements.add_agreement("Toch niet", AgreementKind.FINISH)
    edit_elsewhere(workbook.path)
    workbook.agreements.remove_agreement(fresh.id, today=TODAY)
    assert f"Afspraak {fresh.id} (verwijderd)" in workbook.reload().text


def test_the_same_bytes_written_again_are_no_conflict(workbook):
    path = workbook.path
    raw = path.read_bytes()
    path.unlink()
    path.write_bytes(raw)  # a sync tool putting back what was there
    os.utime(path, ns=(1, 1))
    assert not workbook.changed_on_disk()
    workbook.agreements.add_agreement("Gewoon bewaard", AgreementKind.FINISH)
    assert "Gewoon bewaard" in path.read_text(encoding="utf-8")


def test_a_deleted_file_is_written_again(workbook):
    path = workbook.path
    path.unlink()
    assert not workbook.changed_on_disk()
    workbook.agreements.add_agreement("Terug op schijf", AgreementKind.FINISH)
    assert "Terug op schijf" in path.read_text(encoding="utf-8")


def test_reload_of_a_broken_file_changes_nothing(workbook):
    path = workbook.path
    agreement = workbook.journey.agreements[0]
    path.write_text("{ half", encoding="utf-8")
    workbook.agreements.add_agreement("Blijft in het geheugen", AgreementKind.FINISH)
    with pytest.raises(JourneyError):
        workbook.reload()
    assert agreement in workbook.journey.agreements and workbook.unsaved
    assert path.read_text(encoding="utf-8") == "{ half"


def test_a_read_only_window_sees_the_new_version(workbook):
    reader = Workbook.open(workbook.path)  # the lock makes this one read-only
    assert reader.read_only
    workbook.group.update_group(name="Nieuwe naam")
    assert reader.changed_on_disk()
    reader.reload()
    assert reader.journey.group.name == "Nieuwe naam" and not reader.changed_on_disk()
    reader.close()


async def unsaved_after(pilot, key: str) -> str:
    """Press `key`, let the reload finish, and return what the app shows as not saved."""
    await pilot.press(key)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, UnsavedScreen)
    return pilot.app.screen.query_one("#unsaved").text


async def test_the_app_asks_to_reload_and_shows_what_was_not_saved(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")  # agreements per member: a screen that must close on reload
        await pilot.pause()
        edit_elsewhere(workbook.path)
        workbook.agreements.add_agreement("Toetsen delen", AgreementKind.FINISH)
        await pilot.pause()
        assert isinstance(app.screen, ReloadScreen)
        assert "Toetsen delen" in await unsaved_after(pilot, "r")
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.title == "Andere laptop"
        assert not app.kept.screens()  # they showed the journey as it was; built afresh next


async def test_later_holds_saves_and_ctrl_r_reloads(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        edit_elsewhere(workbook.path)
        app.disk_watch.check()  # what the two-second look does
        await pilot.pause()
        assert isinstance(app.screen, ReloadScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReloadScreen)
        assert any("Ctrl+R" in n.message for n in app._notifications)
        assert app.check_action("reload", ())
        theirs = workbook.path.read_bytes()
        workbook.group.update_group(name="Hier getypt")
        await pilot.pause()
        assert workbook.path.read_bytes() == theirs  # not asked twice, not overwritten
        assert not isinstance(app.screen, ReloadScreen)
        assert "Hier getypt" in await unsaved_after(pilot, "ctrl+r")
        assert not app.check_action("reload", ())


async def test_the_notes_field_does_not_claim_saved_when_the_file_changed(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "w")
        await pilot.pause()
        await pilot.press("2", *"Nieuw")
        edit_elsewhere(workbook.path)
        minutes = app.screen
        minutes.flush()
        await pilot.pause()
        assert isinstance(app.screen, ReloadScreen)
        saved = str(minutes.query_one("#saved").render())
        assert "niet op schijf" in saved
        assert "Nieuw" in await unsaved_after(pilot, "r")
