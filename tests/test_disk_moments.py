"""A bad moment on disk never stops saving for good, and no key typed while a merge swaps the
screens is lost or lands elsewhere (issue 30, "Saving never stops for good").

Tested the way it was found: a real second writer leaves the file half-written for 2.5 s while
the app, driven by keys, is writing the minutes' notes."""

from __future__ import annotations

import json
import threading
import time

from conftest import TODAY
from textual import events

from plgtui.core.atomic_storage import dump_json, write_atomic
from plgtui.core.timer import FakeClock
from plgtui.tui.app import PlgApp
from plgtui.tui.controllers import disk
from plgtui.tui.screens.minutes import MinutesScreen

PAUSE = 2.5  # how long the other program leaves the file half-written


def other_laptop(path, name: str) -> str:
    """The file as another laptop's plgtui would save it: the group renamed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["group"]["1"]["name"] = name
    return dump_json(data)


def write_slowly(path, text: str, started: threading.Event) -> None:
    """Another program writing in place: truncate, half, a pause, the rest."""
    raw = text.encode("utf-8")
    with open(path, "r+b") as handle:
        handle.truncate(0)
        handle.write(raw[: len(raw) // 2])
        handle.flush()
        started.set()
        time.sleep(PAUSE)
        handle.write(raw[len(raw) // 2 :])
        handle.flush()


async def wait_until(pilot, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await pilot.pause(0.1)
    return condition()


def on_disk(path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}


async def test_a_half_written_moment_only_delays_saving(workbook, monkeypatch):
    monkeypatch.setattr(disk, "CHECK_SECONDS", 0.3)  # many looks land in the bad moment
    path = workbook.path
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "w")
        await pilot.pause()
        await pilot.press("2", *"Eerst")
        minutes = app.screen
        assert isinstance(minutes, MinutesScreen)
        meeting = str(minutes.meeting_id)
        assert await wait_until(pilot, lambda: "Eerst" in path.read_text(encoding="utf-8"), 5)
        started = threading.Event()
        writer = threading.Thread(
            target=write_slowly, args=(path, other_laptop(path, "Van Bert"), started)
        )
        writer.start()
        started.wait(5)
        await pilot.press(*" tijdens")  # typed while the file is half-written
        await pilot.pause(1.0)
        await pilot.press(*" ook")
        while writer.is_alive():
            await pilot.pause(0.1)
        writer.join()

        def landed() -> bool:
            saved = on_disk(path)
            return (
                saved.get("group", {}).get("1", {}).get("name") == "Van Bert"
                and "Eerst tijdens ook" in saved["meetings"][meeting]["notes"]
            )

        assert await wait_until(pilot, landed, 8), on_disk(path).get("group")
        assert not workbook.unsaved and not app.disk.conflict
        # A later change from another laptop is merged in too, without a key.
        write_atomic(path, other_laptop(path, "Van Carla"))
        assert await wait_until(pilot, lambda: workbook.journey.group.name == "Van Carla", 5)
        assert "Eerst tijdens ook" in on_disk(path)["meetings"][meeting]["notes"]
        assert isinstance(app.screen, MinutesScreen)  # still writing where the coach was
        await pilot.press(*" daarna")
        assert await wait_until(
            pilot, lambda: "Eerst tijdens ook daarna" in path.read_text(encoding="utf-8"), 5
        )
        assert on_disk(path)["group"]["1"]["name"] == "Van Carla"


async def settled(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def typed_during_the_merge(app, workbook, monkeypatch, keys: str) -> None:
    """Another laptop's save comes in; while the merge has the screens down, `keys` arrive."""
    merge = workbook.merge_from_disk

    def merging_while_typing(**kw):
        for key in keys:
            app.post_message(events.Key(key, key))
        return merge(**kw)

    monkeypatch.setattr(workbook, "merge_from_disk", merging_while_typing)
    write_atomic(workbook.path, other_laptop(workbook.path, "Van Bert"))
    app.disk.check()  # what the two-second look does


async def test_keys_typed_during_a_merge_reach_the_notes_they_were_meant_for(workbook, monkeypatch):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "w")
        await pilot.pause()
        await pilot.press("2", *"Begin")
        meeting_id = app.screen.meeting_id
        await pilot.press("left", "left")  # the cursor before "in"
        typed_during_the_merge(app, workbook, monkeypatch, "gmq")  # commands on the overview
        await settled(pilot)
        assert workbook.journey.group.name == "Van Bert"
        screen = app.screen
        assert isinstance(screen, MinutesScreen) and screen.meeting_id == meeting_id
        assert len(app.screen_stack) == 2  # no group screen, meeting form or question opened
        assert screen.focused.id == "notes"
        assert screen.query_one("#notes").text == "Beggmqin"
        await pilot.press(*"!")
        await settled(pilot)
        assert screen.query_one("#notes").text == "Beggmq!in"


async def test_keys_typed_during_a_merge_with_no_way_back_are_dropped_and_said(
    workbook, monkeypatch
):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("p")  # agreements per member: nothing typed there to come back to
        await pilot.pause()
        typed_during_the_merge(app, workbook, monkeypatch, "gm")
        await settled(pilot)
        assert workbook.journey.group.name == "Van Bert"
        assert len(app.screen_stack) == 1  # the overview, and no command was run
        assert any("2 toetsen" in n.message for n in app._notifications)
        await pilot.press("g")  # keys work again afterwards
        await pilot.pause()
        assert len(app.screen_stack) == 2


async def test_held_keys_never_overtake_each_other(workbook):
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "w")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        app.held_keys.hold()
        for key in "ab":
            app.post_message(events.Key(key, key))
        await pilot.pause()
        app.post_message(events.Key("c", "c"))  # typed just as the others are given back
        app.held_keys.release(back=True)
        await settled(pilot)
        assert app.screen.query_one("#notes").text == "abc"
        assert not app.held_keys.holding


async def test_a_merge_brings_the_phases_back_at_the_same_tab(workbook, monkeypatch):
    from plgtui.tui.screens.phases import PhasesScreen

    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f", "2")
        await pilot.pause()
        typed_during_the_merge(app, workbook, monkeypatch, "")
        await settled(pilot)
        assert workbook.journey.group.name == "Van Bert"
        assert isinstance(app.screen, PhasesScreen) and app.screen.current_tab() == "themes"


async def test_a_save_coming_in_on_the_way_back_waits_until_the_coach_is_back(
    workbook, monkeypatch
):
    """A second laptop's save found while the first merge is still reopening the minutes must
    not cut that way back short (it left the coach on the attendance tab, typing into the list)."""
    from plgtui.tui.way_back import Place

    go, came_in = Place.go, []

    async def another_save_as_the_way_back_starts(place, app):
        if not came_in:
            came_in.append(True)
            write_atomic(workbook.path, other_laptop(workbook.path, "Van Carla"))
            app.disk.check()  # the look that happened to land in this moment
        return await go(place, app)

    monkeypatch.setattr(Place, "go", another_save_as_the_way_back_starts)
    app = PlgApp(workbook, today=lambda: TODAY, clock=FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "w")
        await pilot.pause()
        await pilot.press("2", *"Begin")
        write_atomic(workbook.path, other_laptop(workbook.path, "Van Bert"))
        app.disk.check()
        await settled(pilot)
        assert came_in
        app.disk.check()  # the next look finds the second save
        await settled(pilot)
        assert workbook.journey.group.name == "Van Carla"
        screen = app.screen
        assert isinstance(screen, MinutesScreen) and screen.focused.id == "notes"
        await pilot.press("!")
        await settled(pilot)
        assert screen.query_one("#notes").text == "Begin!"
