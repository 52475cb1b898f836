"""The room's screen: its QR code as large as the projector lets it be, its own keys in sight at
80 x 24 (no notice over them), and the room closed from the palette."""

from __future__ import annotations

import pytest
from live_fixtures import live_app
from room_fixtures import voting_meeting
from textual.widgets import Static

from plgtui.core.timer import FakeClock
from plgtui.tui import room_door
from plgtui.tui.room_qr import qr_lines, qr_matrix
from plgtui.tui.screens.room import RoomScreen


@pytest.fixture(autouse=True)
def on_this_computer(monkeypatch):
    monkeypatch.setattr(room_door, "LISTEN", "127.0.0.1")
    monkeypatch.setattr(room_door, "PORT", 0)


async def qr_on(workbook, size: tuple[int, int]) -> tuple[list[str], str, object]:
    clock = FakeClock()
    voting_meeting(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        assert isinstance(app.screen, RoomScreen)
        qr = str(app.screen.query_one("#room-qr", Static).render()).splitlines()
        frame = app.screen.query_one("#room-qr").parent.region
        address = room_door.door_of(app).server.address
        hint = app.screen.query_one("#room-hint", Static)
        shown = hint.region.height > 0 and frame.contains_region(hint.region)
        toasts = list(app.screen.query("Toast"))
        seen = str(hint.render()) if shown and not toasts else ""
        return qr, address, seen


async def test_the_code_is_larger_on_a_larger_screen_and_fits_80x24(workbook):
    small, address, hint = await qr_on(workbook, (80, 24))
    assert small == qr_lines(address)
    assert len(small) <= 24 - 4 and len(small[0]) <= 80 - 40
    # the room's own keys stay in sight: no notice over them
    assert hint == "s sluit de zaal · esc terug naar de bijeenkomst", (
        hint
    )  # as the key bar shows them


async def test_the_code_is_drawn_larger_at_160x45(workbook):
    large, address, _hint = await qr_on(workbook, (160, 45))
    assert len(large) > 20  # at 80 x 24 it has 17 lines or fewer
    scale = 2
    assert large == qr_lines(address, scale=scale)
    import segno

    expected = [
        list(map(bool, row))
        for row in segno.make(address, micro=False).matrix_iter(scale=2, border=2)
    ]
    assert qr_matrix(large)[: len(expected)] == expected  # still what a camera reads


async def test_the_palette_closes_the_room(workbook):
    from plgtui.tui.commands import palette_commands

    clock = FakeClock()
    voting_meeting(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        titles = [title for title, _line, _run in palette_commands(app, app.screen)]
        assert "De zaal sluiten" not in titles  # nothing to close yet
        await pilot.press("z")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        door = room_door.door_of(app)
        found = {title: run for title, _line, run in palette_commands(app, app.screen)}
        await found["De zaal sluiten"]()
        await pilot.pause()
        assert room_door.door_of(app) is None and door.room.closed
