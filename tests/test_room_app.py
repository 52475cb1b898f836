"""The room from the live view: one key opens it (address and QR code on the projector), phones'
ideas appear in the live view, the same key shows the code again, the room's screen closes it
(phones hear it closed), and so does the end of the meeting."""

from __future__ import annotations

import time

import aiohttp
import pytest
import segno
from live_fixtures import live_app
from room_fixtures import voting_meeting
from textual.widgets import OptionList, Static

from plgtui.core.timer import FakeClock
from plgtui.tui import room_door
from plgtui.tui.room_qr import qr_lines, qr_matrix
from plgtui.tui.screens.live import LiveScreen
from plgtui.tui.screens.room import RoomScreen


@pytest.fixture(autouse=True)
def on_this_computer(monkeypatch):
    monkeypatch.setattr(room_door, "LISTEN", "127.0.0.1")
    monkeypatch.setattr(room_door, "PORT", 0)


def test_the_qr_code_on_screen_is_the_address():
    address = "http://192.168.1.20:8765/abcdefgh"
    lines = qr_lines(address)
    expected = [
        list(map(bool, row)) for row in segno.make(address, micro=False).matrix_iter(border=2)
    ]
    assert qr_matrix(lines)[: len(expected)] == expected
    assert len(lines) <= 20 and len(lines[0]) <= 40  # fits the projector beside its words


async def send_idea(address: str, text: str, session: aiohttp.ClientSession) -> int:
    base = address.rsplit("/", 1)[0]
    async with session.get(address) as page:
        assert page.status == 200
    async with session.post(
        f"{address}/idea", json={"text": text, "name": "Dries"}, headers={"Origin": base}
    ) as answer:
        return answer.status


async def test_z_opens_the_room_phones_add_ideas_s_closes_it(workbook, capsys):
    clock = FakeClock()
    live = voting_meeting(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert room_door.door_of(app) is None  # nothing listens until the coach opens it
        await pilot.press("z")
        await pilot.pause()
        assert isinstance(app.screen, RoomScreen)
        door = room_door.door_of(app)
        address = door.server.address
        assert address.startswith("http://127.0.0.1:") and address.endswith("/" + door.room.key)
        shown = app.screen.query_one("#room-address", Static).render()
        assert str(shown) == address
        qr = str(app.screen.query_one("#room-qr", Static).render()).splitlines()
        assert qr == qr_lines(address)
        rules = str(app.screen.query_one("#room-rules", Static).render())
        assert "zonder naam" in rules and "3 stippen" in rules
        await pilot.press("n", "plus")
        block = live.meeting.blocks[1]
        assert block.ideas_named and block.dots == 4
        assert "met naam" in str(app.screen.query_one("#room-rules", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        head = app.screen.query_one("#live-head", Static)
        assert f"Meedoen: {address}" in str(head.render())  # for whoever comes in late
        ideas = app.screen.query_one("#ideas", OptionList)

        def shown() -> list[str]:
            return [str(ideas.get_option_at_index(n).prompt) for n in range(ideas.option_count)]

        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as phone:
            sent = time.perf_counter()
            assert await send_idea(address, "Een voorbeeld per stap", phone) == 200
            for _ in range(100):  # drawn at the app's next turn: a few pauses at most
                if any("Een voorbeeld per stap — Dries" in line for line in shown()):
                    break
                await pilot.pause()
            else:
                pytest.fail(f"the phone's idea is not in the live view: {shown()}")
            with capsys.disabled():
                print(
                    f"\nphone's idea on the projector {1000 * (time.perf_counter() - sent):.0f} ms "
                    "after the phone sent it (page load, POST, save and redraw)"
                )
            assert live.meeting.ideas[-1].author == "Dries"
            await pilot.press("z")  # the same key shows the code again, for a latecomer
            await pilot.pause()
            assert isinstance(app.screen, RoomScreen) and room_door.door_of(app) is door
            await pilot.press("s")  # closing is the room screen's own key, asked with a phone in
            await pilot.pause()
            assert room_door.door_of(app) is door
            await pilot.press("j")
            await pilot.pause()
            assert isinstance(app.screen, LiveScreen)
            assert room_door.door_of(app) is None
            assert "Meedoen" not in str(head.render())
            async with phone.get(f"{address}/state") as answer:  # the phone hears it closed
                assert answer.status == 410
                assert "De zaal is gesloten" in (await answer.json())["error"]
        await pilot.press("z")  # a fresh key for the next opening
        await pilot.pause()
        again = room_door.door_of(app)
        assert again is not None and again.room.key != door.room.key
        assert not door.server.running  # the closed room's server made way for the new one
        await pilot.press("escape")


async def test_the_room_closes_when_the_meeting_ends(workbook):
    clock = FakeClock()
    voting_meeting(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        door = room_door.door_of(app)
        address = door.server.address
        await pilot.press("escape")
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as phone:
            async with phone.get(address) as page:
                assert page.status == 200
            app.end_live()  # Ctrl+E
            await pilot.pause()
            await pilot.pause()
            assert room_door.door_of(app) is None
            # for a while the phones still hear the room closed, instead of no answer at all
            async with phone.get(f"{address}/state") as answer:
                assert answer.status == 410
                assert "De zaal is gesloten" in (await answer.json())["error"]
        assert door.server.running


async def test_a_closed_room_stops_after_its_grace(workbook, monkeypatch):
    monkeypatch.setattr(room_door, "GRACE", 0)
    clock = FakeClock()
    voting_meeting(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        door = room_door.door_of(app)
        await pilot.press("s")  # no phone in the room: no question
        for _ in range(50):
            await pilot.pause()
            if not door.server.running:
                break
        assert room_door.door_of(app) is None and not door.server.running
        assert isinstance(app.screen, LiveScreen)


async def test_the_room_stops_with_the_app(workbook):
    clock = FakeClock()
    voting_meeting(workbook, clock)
    app = live_app(workbook, clock)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        door = room_door.door_of(app)
        assert door.server.running
    assert not door.server.running
