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
from plgtui.tui.dialogs.reload import ReloadScreen, UnsavedScreen


def edit_elsewhere(path, name="Andere laptop", notes: tuple[int, str] | None = None):
    """What another plgtui on another laptop would leave: the group renamed (and notes)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["group"]["1"]["name"] = name
    if notes is not None:
        data["meetings"][str(notes[0])]["notes"] = notes[1]
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


async def settled(pilot) -> None:
    """Let the app see what happened and finish the merge or reload it started."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def unsaved_after(pilot, key: str) -> str:
    """Press `key`, let the reload finish, and return what the app shows as not saved."""
    await pilot.press(key)
    await settled(pilot)
    assert isinstance(pilot.app.screen, UnsavedScreen)
    return pilot.app.screen.query_one("#unsaved").text


async def test_the_app_asks_to_reload_and_shows_what_was_not_saved(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")  # agreements per member: a screen that must close on reload
        await pilot.pause()
        edit_elsewhere(workbook.path)
        workbook.agreements.add_agreement("Toetsen delen", AgreementKind.FINISH)
        workbook.group.update_group(name="Hier getypt")  # what the other laptop changed too
        await settled(pilot)
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
        workbook.group.update_group(name="Hier eerst")  # refused: the file changed
        app.disk.check()  # what the two-second look does
        await settled(pilot)
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
        minutes = app.screen
        edit_elsewhere(workbook.path, notes=(minutes.meeting_id, "Elders getypt"))
        minutes.flush()
        await settled(pilot)
        assert isinstance(app.screen, ReloadScreen)
        saved = str(minutes.query_one("#saved").render())
        assert "niet op schijf" in saved
        assert "Nieuw" in await unsaved_after(pilot, "r")


async def test_a_change_elsewhere_that_meets_nothing_here_is_merged_and_said(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        meeting = workbook.journey.meetings_by_date()[0]
        await pilot.press("p")
        await pilot.pause()
        edit_elsewhere(workbook.path, notes=(meeting.id, "Van de laptop van Bert"))
        workbook.agreements.add_agreement("Toetsen delen", AgreementKind.FINISH)  # refused
        await settled(pilot)
        assert not isinstance(app.screen, ReloadScreen)
        assert any("samengevoegd" in n.message for n in app._notifications)
        saved = json.loads(workbook.path.read_text(encoding="utf-8"))
        assert saved["group"]["1"]["name"] == "Andere laptop"
        assert saved["meetings"][str(meeting.id)]["notes"] == "Van de laptop van Bert"
        assert any(a["text"] == "Toetsen delen" for a in saved["agreements"].values())
        assert not workbook.unsaved and not app.disk.conflict


async def test_merge_and_choose_afterwards(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        edit_elsewhere(workbook.path, name="Naam van Bert")
        workbook.group.update_group(name="Naam van An")
        await settled(pilot)
        assert isinstance(app.screen, ReloadScreen)
        await pilot.press("m")
        await settled(pilot)
        from plgtui.tui.screens.conflicts import ConflictsScreen

        assert isinstance(app.screen, ConflictsScreen)
        listing = str(app.screen.query_one("#conflicts").get_option_at_index(0).prompt)
        assert "Naam van An" in listing and "Naam van Bert" in listing
        assert "deze computer" in listing and "andere computer" in listing
        choice = next(n for n, c in enumerate(workbook.journey.conflicts[0].choices, 1)
                      if c.value == "Naam van An")  # fmt: skip
        await pilot.press(str(choice))
        await pilot.pause()
        assert workbook.journey.group.name == "Naam van An" and not workbook.journey.conflicts
        assert len(app.screen_stack) == 1  # all chosen: back to the overview
        saved = json.loads(workbook.path.read_text(encoding="utf-8"))
        assert saved["group"]["1"]["name"] == "Naam van An" and saved["conflicts"] == {}


async def test_a_sync_services_copy_found_at_the_start_is_merged_in_when_asked(workbook, tmp_path):
    """Bert's laptop saved while An's did: Dropbox left his version beside the journey."""
    import shutil

    from plgtui.tui.dialogs.copies import CopiesScreen

    laptop = tmp_path / "bert"
    laptop.mkdir()
    shutil.copy(workbook.path, laptop / "demo.json")
    bert = Workbook.open(laptop / "demo.json")
    meeting = bert.journey.meetings_by_date()[0]
    bert.minutes.set_notes(meeting.id, "Notities van Bert")
    bert.close()
    copy = workbook.path.with_name("demo (Bert's conflicted copy 2026-05-20).json")
    shutil.copy(laptop / "demo.json", copy)
    workbook.agreements.add_agreement("Toetsen delen", AgreementKind.FINISH)  # An's own change
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CopiesScreen)
        await pilot.press("j")
        await settled(pilot)
        assert workbook.journey.meeting(meeting.id).notes == "Notities van Bert"
        assert any(a.text == "Toetsen delen" for a in workbook.journey.agreements)
        assert not copy.exists()
        assert (workbook.path.with_name("demo.backups") / "merged-copies" / copy.name).exists()
        assert any("Samengevoegd" in n.message for n in app._notifications)
    saved = json.loads(workbook.path.read_text(encoding="utf-8"))
    assert saved["meetings"][str(meeting.id)]["notes"] == "Notities van Bert"


def test_nothing_changed_here_takes_theirs_without_writing(workbook):
    edit_elsewhere(workbook.path)
    theirs = workbook.path.read_bytes()
    done = workbook.merge_from_disk(conflicts_allowed=False)
    assert done.applied and done.conflicts == 0
    assert workbook.journey.group.name == "Andere laptop"
    assert workbook.path.read_bytes() == theirs  # no write sent back through the sync service
    assert not workbook.changed_on_disk()
    workbook.group.update_group(name="Daarna hier")  # and saving works on from their version
    assert (
        json.loads(workbook.path.read_text(encoding="utf-8"))["group"]["1"]["name"] == "Daarna hier"
    )


def bert_saves_over(workbook, copy):
    """Bert adds a member to his copy, which then lands on the journey's name; merge it in."""
    bert = Workbook.open(copy)
    bert.group.add_member("Bert Nieuw")
    bert.close()
    write_atomic(workbook.path, copy.read_text(encoding="utf-8"))
    done = workbook.merge_from_disk(conflicts_allowed=False)
    assert done.applied and done.conflicts == 0
    assert any(m.name == "Bert Nieuw" for m in workbook.journey.members)


def test_a_version_built_on_an_older_one_does_not_undo_what_was_saved_here(workbook, tmp_path):
    """Bert's laptop had the file from before An's last save: his version replaces hers on disk
    (a sync service keeping his under the journey's name). Merging must not take his older
    values for what An saved since."""
    import shutil

    older = tmp_path / "bert.json"
    shutil.copy(workbook.path, older)  # what Bert's laptop had
    meeting = workbook.journey.meetings_by_date()[0]
    workbook.minutes.set_notes(meeting.id, "An schreef dit en bewaarde het")
    bert_saves_over(workbook, older)
    assert workbook.journey.meeting(meeting.id).notes == "An schreef dit en bewaarde het"


def test_a_laptop_that_copied_one_of_the_saves_in_between_meets_nothing_here(workbook, tmp_path):
    """The sync service gave Bert's laptop An's file at one save; An typed on in the notes;
    Bert added a member. The merge starts from that very save, so An's later notes are simply
    hers, not a conflict with the version Bert happened to have."""
    import shutil

    meeting = workbook.journey.meetings_by_date()[0]
    workbook.minutes.set_notes(meeting.id, "An begon te typen")
    bert_copy = tmp_path / "bert.json"
    shutil.copy(workbook.path, bert_copy)  # the save the sync service copied
    workbook.minutes.set_notes(meeting.id, "An begon te typen en ging verder")
    workbook.minutes.set_notes(meeting.id, "An begon te typen en ging verder, en nog")
    bert_saves_over(workbook, bert_copy)
    assert workbook.journey.meeting(meeting.id).notes == "An begon te typen en ging verder, en nog"


async def test_the_palette_offers_the_conflicts_only_while_there_are_some(workbook):
    from plgtui.tui.commands import palette_commands

    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = [title for title, _line, _run in palette_commands(app, app.screen)]
        assert "Botsingen na samenvoegen" not in titles
        edit_elsewhere(workbook.path, name="Naam van Bert")
        workbook.group.update_group(name="Naam van An")
        await settled(pilot)
        await pilot.press("m")  # merge, choose afterwards
        await settled(pilot)
        await pilot.press("escape")  # back to the overview without choosing
        await pilot.pause()
        titles = [title for title, _line, _run in palette_commands(app, app.screen)]
        assert "Botsingen na samenvoegen" in titles
        assert "1 botsing" in str(app.screen.query_one("#conflicts-banner").render())
